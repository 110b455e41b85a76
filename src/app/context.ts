import { loadConfig, type Config, type ConfigInput } from "./config.ts";
import { systemClock, type Clock } from "./clock.ts";
import { createLogger, type Logger } from "./logger.ts";
import { sql } from "kysely";
import { AppError } from "./errors.ts";
import { connect, type Connection } from "../storage/db.ts";
import { migrateToLatest } from "../storage/migrate.ts";

/** The composition root: what every command and the server are handed. */
export interface AppContext {
  config: Config;
  connection: Connection;
  clock: Clock;
  log: Logger;
  close(): Promise<void>;
}

export async function openContext(input: ConfigInput, options: { migrate?: boolean; clock?: Clock } = {}): Promise<AppContext> {
  const config = loadConfig(input);
  const log = createLogger(config.logLevel);
  let connection: Connection | undefined;
  try {
    connection = connect(config.db, { poolSize: config.pgPoolSize, statementTimeoutMs: config.statementTimeoutMs });
    // A store that cannot be reached is the user's setting to fix (exit 1), not a failed migration.
    await sql`select 1`.execute(connection.db);
    // Migrations run at every start: a database is never read with an older schema.
    if (options.migrate !== false) {
      const applied = await migrateToLatest(connection);
      if (applied.length > 0) log.info({ applied }, "migrated");
    }
  } catch (error) {
    await connection?.close().catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw new AppError("DATABASE_UNAVAILABLE", `cannot open database ${config.db.replace(/:[^:@/]+@/, ":***@")}: ${(error as Error).message}`, { cause: error });
  }
  return { config, connection, clock: options.clock ?? systemClock, log, close: () => connection.close() };
}
