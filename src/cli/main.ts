import { Command, CommanderError } from "commander";
import { AppError, isAppError } from "../app/errors.ts";

type Register = (program: Command) => void;

/**
 * Each command's module, loaded when it is run: `show` need not load the extractor, nor `migrate`
 * the web app. Help and an unknown command load them all. In the order `--help` lists them.
 */
const commands: Record<string, () => Promise<Register>> = {
  migrate: async () => (await import("./commands/migrate.ts")).registerMigrate,
  ingest: async () => (await import("./commands/ingest.ts")).registerIngest,
  extract: async () => (await import("./commands/ingest.ts")).registerIngest,
  import: async () => (await import("./commands/import.ts")).registerImport,
  show: async () => (await import("./commands/show.ts")).registerShow,
  "match-names": async () => (await import("./commands/match-names.ts")).registerMatchNames,
  eval: async () => (await import("./commands/eval.ts")).registerEval,
  people: async () => (await import("./commands/people.ts")).registerPeople,
  serve: async () => (await import("./commands/serve.ts")).registerServe,
  tokens: async () => (await import("./commands/tokens.ts")).registerTokens,
  sources: async () => (await import("./commands/sources.ts")).registerSources,
  fetch: async () => (await import("./commands/fetch.ts")).registerFetch,
  worker: async () => (await import("./commands/fetch.ts")).registerFetch,
  doctor: async () => (await import("./commands/doctor.ts")).registerDoctor,
  users: async () => (await import("./commands/users.ts")).registerUsers,
};

/** The program with the command argv names (the first argument that is one), or with every command. */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command("cliffhanger")
    .description("Release tracker for streaming series: sourced claims from news and datasets, reconciled into title cards.")
    .version("0.1.0")
    .option("--db <path-or-url>", "SQLite file or postgres:// URL (env CLIFFHANGER_DB; default ./data/cliffhanger.db)")
    .option("--log-level <level>", "fatal|error|warn|info|debug|trace|silent (env CLIFFHANGER_LOG_LEVEL; logs go to stderr)")
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  // The first argument that names a command, not the value of a global option ("--db show.db").
  const named = argv.find((arg, i) => Object.hasOwn(commands, arg) && !/^--(?:db|log-level)$/.test(argv[i - 1] ?? ""));
  const loaders = named ? [commands[named]!] : [...new Set(Object.values(commands))];
  const registered = new Set<Register>();
  for (const load of loaders) {
    const register = await load();
    if (registered.has(register)) continue;
    registered.add(register);
    register(program);
  }
  const quiet = (command: Command): void => {
    command.exitOverride().configureOutput({ outputError: () => undefined });
    for (const sub of command.commands) quiet(sub);
  };
  quiet(program);
  return program;
}

/** Exit codes: 0 success, 1 a user's error (one line on stderr), 2 an internal failure. */
export async function runCli(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
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
  // `cliffhanger show … | head`: the reader has gone, so stop quietly as Unix tools do (an open
  // transaction is rolled back by the store) instead of crashing on an unhandled EPIPE.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const code = await runCli(process.argv.slice(2));
  process.exitCode = code;
}
