import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { describeDb } from "../../app/config.ts";
import { migrateToLatest } from "../../storage/migrate.ts";
import { print, printJson } from "../output.ts";
import { globalOptions } from "../global-options.ts";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("create or update the database schema (also done automatically at every start)")
    .option("--json", "print the result as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command), { migrate: false });
      try {
        const applied = await migrateToLatest(context.connection);
        const result = { database: describeDb(context.config.db), engine: context.connection.engine, applied };
        if (options.json) printJson(result);
        else print(applied.length ? `${result.database}: ${applied.join(", ")}` : `${result.database}: schema is up to date`);
      } finally {
        await context.close();
      }
    });
}
