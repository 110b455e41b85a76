import type { Command } from "commander";
import type { ConfigInput } from "../app/config.ts";

/** The options every subcommand inherits from the program (`--db`, `--log-level`). */
export function globalOptions(command: Command): ConfigInput {
  const options = command.optsWithGlobals<{ db?: string; logLevel?: string }>();
  return { db: options.db, logLevel: options.logLevel };
}
