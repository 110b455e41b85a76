import { Command, CommanderError } from "commander";
import { AppError, isAppError } from "../app/errors.ts";
import { registerEval } from "./commands/eval.ts";
import { registerImport } from "./commands/import.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerMatchNames } from "./commands/match-names.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerPeople } from "./commands/people.ts";
import { registerServe } from "./commands/serve.ts";
import { registerShow } from "./commands/show.ts";
import { registerTokens } from "./commands/tokens.ts";

export function buildProgram(): Command {
  const program = new Command("cliffhanger")
    .description("Release tracker for streaming series: sourced claims from news and datasets, reconciled into title cards.")
    .version("0.1.0")
    .option("--db <path-or-url>", "SQLite file or postgres:// URL (env CLIFFHANGER_DB; default ./data/cliffhanger.db)")
    .option("--log-level <level>", "fatal|error|warn|info|debug|trace|silent (env CLIFFHANGER_LOG_LEVEL; logs go to stderr)")
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerMigrate(program);
  registerIngest(program);
  registerImport(program);
  registerShow(program);
  registerMatchNames(program);
  registerEval(program);
  registerPeople(program);
  registerServe(program);
  registerTokens(program);
  const quiet = (command: Command): void => {
    command.exitOverride().configureOutput({ outputError: () => undefined });
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  return program;
}

/** Exit codes: 0 success, 1 a user's error (one line on stderr), 2 an internal failure. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      process.stderr.write(`cliffhanger: ${error.message.replace(/^error: /, "")}\n`);
      return 1;
    }
    if (isAppError(error)) {
      process.stderr.write(`cliffhanger: ${error.message}\n`);
      return error.exitCode;
    }
    const internal = new AppError("INTERNAL", error instanceof Error ? error.message : String(error), { cause: error });
    process.stderr.write(`cliffhanger: internal error: ${internal.message}\n`);
    if (process.env.CLIFFHANGER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return internal.exitCode;
  }
}

if (import.meta.main || process.argv[1]?.endsWith("cliffhanger.js") || process.argv[1]?.endsWith("cliffhanger")) {
  const code = await runCli(process.argv.slice(2));
  process.exitCode = code;
}
