import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql, type Expression, type RawBuilder } from "kysely";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../app/config.ts";
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

export function connect(db: string): Connection {
  if (engineOf(db) === "postgres") {
    const pool = new pg.Pool({ connectionString: db, max: 8 });
    // An idle connection the server ends (a restart, a dropped database) is the pool's to replace:
    // without a listener its error would be thrown out of the event loop.
    pool.on("error", () => {});
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const close = async () => {
      // pool.end() resolves once its connections are let go, not once they have said goodbye to the
      // server: wait for each to end, so that no session outlives close().
      let open = pool.totalCount;
      const ended = new Promise<void>((resolve) => {
        if (open === 0) resolve();
        pool.on("remove", () => {
          open -= 1;
          if (open <= 0) resolve();
        });
      });
      await kysely.destroy();
      await ended;
    };
    return { db: kysely, engine: "postgres", close };
  }
  if (db !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(db)), { recursive: true });
  const database = cachePreparedStatements(new Sqlite(db));
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db: kysely, engine: "sqlite", close: () => kysely.destroy() };
}

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
