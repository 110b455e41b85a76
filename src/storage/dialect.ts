import Sqlite from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Expression, type RawBuilder } from "kysely";
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
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db: kysely, engine: "postgres", close: () => kysely.destroy() };
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

/** Whether a database handle (or a transaction on it) is PostgreSQL. */
function isPostgresHandle(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * A condition on `alias` rows: the `limit` aliases whose search keys share the most trigrams with
 * `key` (migration 0005's indexes: an FTS5 trigram table on SQLite, pg_trgm on PostgreSQL). Keys of
 * fewer than three letters share no trigram: the condition is then false.
 */
export async function aliasTrigramMatch(db: Kysely<any>, key: string, limit: number): Promise<RawBuilder<boolean>> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
  if (grams.size === 0) return sql<boolean>`1 = 0`;
  if (isPostgresHandle(db)) {
    return sql<boolean>`alias.id IN (SELECT id FROM alias WHERE search_key % ${key} ORDER BY similarity(search_key, ${key}) DESC LIMIT ${limit})`;
  }
  // The rarest eight trigrams only (common ones such as "ing" have long lists and say little), each
  // a quoted phrase (keys hold letters, digits and spaces only), any of them, best ranked first.
  const counts = await sql<{ term: string; doc: number }>`SELECT term, doc FROM alias_trigram_vocab WHERE term IN (${sql.join([...grams])})`.execute(db);
  const known = new Map(counts.rows.map((r) => [r.term, Number(r.doc)]));
  const rarest = [...grams].filter((g) => known.has(g)).sort((a, b) => known.get(a)! - known.get(b)!).slice(0, 8);
  if (rarest.length === 0) return sql<boolean>`1 = 0`;
  const match = rarest.map((g) => `"${g.replace(/"/g, '""')}"`).join(" OR ");
  return sql<boolean>`alias.rowid IN (SELECT rowid FROM alias_trigram WHERE alias_trigram MATCH ${match} ORDER BY rank LIMIT ${limit})`;
}
