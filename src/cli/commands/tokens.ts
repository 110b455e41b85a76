import type { Command } from "commander";
import { findUser } from "../../accounts/user.repository.ts";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { createToken, listTokens, revokeToken } from "../../http/tokens.repository.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson } from "../output.ts";

export function registerTokens(program: Command): void {
  const tokens = program.command("tokens").description("API tokens for writes (POST /api/ingest, the ingest form); stored hashed");
  tokens
    .command("create")
    .description("create a token and print it once")
    .requiredOption("--name <name>", "who or what uses it")
    .option("--user <name>", "the user the token acts for, with that user's role (without: an editor token of no user)")
    .option("--json", "print as JSON")
    .action(async (options: { name: string; user?: string; json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const user = options.user === undefined ? undefined : await findUser(context.connection.db, options.user);
        if (options.user !== undefined && !user) throw new AppError("UNKNOWN_ENTITY", `no user ${options.user}`);
        const token = await createToken(context.connection.db, options.name, context.clock.now().toISOString(), user?.id ?? null);
        if (options.json) printJson(token);
        else print(`${token.token}\n(token ${token.id} for ${token.name}; it is shown only now)`);
      } finally {
        await context.close();
      }
    });
  tokens
    .command("list")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const rows = await listTokens(context.connection.db);
        if (options.json) printJson(rows);
        else for (const row of rows) print(`${row.id}  ${row.name}  created ${row.created_at}${row.last_used_at ? `  used ${row.last_used_at}` : ""}${row.revoked_at ? `  revoked ${row.revoked_at}` : ""}`);
      } finally {
        await context.close();
      }
    });
  tokens
    .command("revoke")
    .argument("<id>")
    .action(async (id: string, _options: unknown, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        if (!(await revokeToken(context.connection.db, id, context.clock.now().toISOString()))) throw new AppError("UNKNOWN_ENTITY", `no active token ${id}`);
        print(`revoked ${id}`);
      } finally {
        await context.close();
      }
    });
}
