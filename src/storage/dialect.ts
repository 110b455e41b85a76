import Sqlite from "better-sqlite3";
import { CompiledQuery, Kysely, PostgresDialect, PostgresDriver, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver, type Expression, type RawBuilder } from "kysely";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../app/config.ts";
import { AppError } from "../app/errors.ts";
import type { Database } from "./database.ts";

/**
 * The one place that knows which engine is underneath. Everything else is written once in
 * Kysely and runs on both.
 */
export type Engine = "sqlite" | "postgres";

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

export function engineOf(db: string): Engine {
  return isPostgresUrl(db) ? "postgres" : "sqlite";
}

export interface ConnectOptions {
  /** How long a write transaction waits for another writer (another process or node) before giving up. */
  writeLockWaitMs?: number;
}

const DEFAULT_WRITE_LOCK_WAIT_MS = 60_000;
/** Blocking wait of a plain statement for a lock: better-sqlite3 waits synchronously, so keep it short. */
const STATEMENT_BUSY_TIMEOUT_MS = 5_000;

export function connect(db: string, options: ConnectOptions = {}): Connection {
  const lockWaitMs = options.writeLockWaitMs ?? DEFAULT_WRITE_LOCK_WAIT_MS;
  if (engineOf(db) === "postgres") {
    const pool = new pg.Pool({ connectionString: db, max: 8 });
    const kysely = new Kysely<Database>({ dialect: new WriterSerializingPostgresDialect({ pool }, lockWaitMs) });
    return { db: kysely, engine: "postgres", close: () => kysely.destroy() };
  }
  if (db !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(db)), { recursive: true });
  const database = cachePreparedStatements(new Sqlite(db));
  database.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  const kysely = new Kysely<Database>({ dialect: new WriteFirstSqliteDialect({ database }, database, lockWaitMs) });
  return { db: kysely, engine: "sqlite", close: () => kysely.destroy() };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function storeBusy(waitedMs: number): AppError {
  return new AppError("STORE_BUSY", `the database stayed locked by another writer for ${Math.round(waitedMs / 1000)} s; try again`);
}

/**
 * Every transaction here writes. SQLite's plain BEGIN starts as a reader and asks for the write
 * lock at the first write, when the busy handler can no longer help (SQLITE_BUSY at once, to avoid a
 * deadlock), so two processes writing one file failed each other. BEGIN IMMEDIATE takes the lock
 * up front. It is retried here, asynchronously with a growing, jittered pause, rather than by
 * SQLite's busy handler, which would block the event loop (and every request of a server) while it waits.
 */
class WriteFirstSqliteDialect extends SqliteDialect {
  readonly #database: Sqlite.Database;
  readonly #lockWaitMs: number;
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0], database: Sqlite.Database, lockWaitMs: number) {
    super(config);
    this.#database = database;
    this.#lockWaitMs = lockWaitMs;
  }
  override createDriver(): Driver {
    const database = this.#database;
    const lockWaitMs = this.#lockWaitMs;
    const driver = super.createDriver() as SqliteDriver;
    const beginImmediately = async (connection: DatabaseConnection): Promise<void> => {
      const started = Date.now();
      for (let attempt = 0; ; attempt += 1) {
        database.pragma("busy_timeout = 20");
        try {
          await connection.executeQuery(CompiledQuery.raw("begin immediate"));
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
          const waited = Date.now() - started;
          if (waited >= lockWaitMs) throw storeBusy(waited);
          await sleep(Math.min(250, 5 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
        } finally {
          database.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
        }
      }
    };
    driver.beginTransaction = beginImmediately;
    return driver;
  }
}

/**
 * PostgreSQL writers would otherwise interleave: two articles naming one new show could each
 * create it. A transaction-scoped advisory lock, taken first in every (writing) transaction,
 * serialises writers across processes and nodes as SQLite does, and cannot deadlock because it
 * is always the first lock taken. Readers never take it.
 */
class WriterSerializingPostgresDialect extends PostgresDialect {
  readonly #lockWaitMs: number;
  constructor(config: ConstructorParameters<typeof PostgresDialect>[0], lockWaitMs: number) {
    super(config);
    this.#lockWaitMs = lockWaitMs;
  }
  override createDriver(): Driver {
    const driver = super.createDriver() as PostgresDriver;
    const begin = driver.beginTransaction.bind(driver);
    const lockWaitMs = this.#lockWaitMs;
    driver.beginTransaction = async (connection, settings) => {
      await begin(connection, settings);
      await connection.executeQuery(CompiledQuery.raw(`set local lock_timeout = ${Math.max(1, Math.round(lockWaitMs))}`));
      try {
        await connection.executeQuery(CompiledQuery.raw(`select pg_advisory_xact_lock(${WRITER_LOCK_KEY})`));
      } catch (error) {
        // Kysely only rolls back what began successfully: leave no open transaction on a pooled client.
        await connection.executeQuery(CompiledQuery.raw("rollback")).catch(() => undefined);
        if ((error as { code?: string }).code === "55P03") throw storeBusy(lockWaitMs);
        throw error;
      }
    };
    return driver;
  }
}

/** An arbitrary constant: the one advisory lock the application's writers share. */
const WRITER_LOCK_KEY = 7_344_211_982;

/**
 * Kysely prepares every query anew; each better-sqlite3 statement holds native memory until the
 * garbage collector, which cannot see it, gets round to it. Reusing statements by their SQL keeps
 * memory flat on long imports and saves the preparing.
 */
function cachePreparedStatements(database: Sqlite.Database): Sqlite.Database {
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, Sqlite.Statement>();
  database.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = prepare(source);
      if (cache.size >= 256) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof database.prepare;
  return database;
}

/** Case-insensitive LIKE: SQLite's LIKE already is for ASCII, PostgreSQL needs ILIKE. */
export function ilike(engine: Engine, column: Expression<string>, pattern: string): RawBuilder<boolean> {
  return engine === "postgres" ? sql<boolean>`${column} ILIKE ${pattern}` : sql<boolean>`${column} LIKE ${pattern}`;
}
