import Sqlite from "better-sqlite3";
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresDriver,
  SqliteAdapter,
  SqliteDialect,
  sql,
  type DatabaseConnection,
  type Driver,
  type LogEvent,
  type QueryResult,
  type RawBuilder,
} from "kysely";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
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
  /**
   * A number that moves whenever any connection (another process's, or this one's writer) commits
   * to the store, read without touching a table: SQLite's data_version on the reader handle, which
   * never writes itself. Absent where no such counter is cheap to read (PostgreSQL, and a ":memory:"
   * store, whose one handle does not see its own commits in it).
   */
  commitCounter?: () => number;
}

export function engineOf(db: string): Engine {
  return isPostgresUrl(db) ? "postgres" : "sqlite";
}

export interface ConnectOptions {
  /** How long a write transaction waits for another writer (another process or node) before giving up. */
  writeLockWaitMs?: number;
  /** Called with every statement run (Kysely's log hook): for tests that check the query plans. */
  onQuery?: (query: CompiledQuery) => void;
  /** PostgreSQL: connections this process may hold (each `serve` or `worker` node has its own pool). */
  poolSize?: number;
  /** PostgreSQL: the server cancels any one statement running longer (0: no limit). */
  statementTimeoutMs?: number;
}

/** Per process: a few nodes against one server stay well under its default max_connections (100). */
export const DEFAULT_POOL_SIZE = 8;
/**
 * No limit unless configured: the same connection runs the migrations at start, and building an
 * index on a large store may rightly take minutes. Serving nodes set one (README).
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 0;

const DEFAULT_WRITE_LOCK_WAIT_MS = 60_000;
/** Blocking wait of a plain statement for a lock: better-sqlite3 waits synchronously, so keep it short. */
const STATEMENT_BUSY_TIMEOUT_MS = 5_000;

export function connect(db: string, options: ConnectOptions = {}): Connection {
  const lockWaitMs = options.writeLockWaitMs ?? DEFAULT_WRITE_LOCK_WAIT_MS;
  if (engineOf(db) === "postgres") {
    const timeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    const pool = new pg.Pool({
      connectionString: db,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      ...(timeout > 0 ? { statement_timeout: timeout } : {}),
      // A transaction left open by a crashed request holds the writers' lock: the server ends it.
      idle_in_transaction_session_timeout: Math.max(timeout, DEFAULT_WRITE_LOCK_WAIT_MS),
    });
    // An idle connection the server ends (a restart, a dropped database) is the pool's to replace:
    // without a listener its error would be thrown out of the event loop.
    pool.on("error", () => {});
    // The same for a connection the server ends while a transaction holds it between statements:
    // the transaction's next statement fails with the error; unheard, it would end the process.
    pool.on("connect", (client) => client.on("error", () => {}));
    const kysely = new Kysely<Database>({ dialect: new WriterSerializingPostgresDialect({ pool: copyingPool(pool) }, lockWaitMs), ...logHook(options) });
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
  const open = () => {
    const database = cachePreparedStatements(new Sqlite(db));
    database.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    return database;
  };
  const writer = open();
  keepPlannerStatistics(writer);
  // Writes land all over the claim indexes (fingerprints, people): with SQLite's default 2 MB page
  // cache a large import read the same index pages back from the file again and again.
  writer.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
  const reader = db === ":memory:" ? writer : open();
  // Reads (search, lookups, cards) touch index and table pages all over a large file: mapped, they
  // are read in place rather than copied through a 2 MB page cache with a system call per page. The
  // mapping is the OS's file cache, shared and reclaimable, not the process's own memory.
  if (reader !== writer) reader.pragma(`mmap_size = ${READER_MMAP_BYTES}`);
  const kysely = new Kysely<Database>({ dialect: new TwoHandleSqliteDialect(reader, writer, lockWaitMs), ...logHook(options) });
  const dataVersion = reader !== writer ? reader.prepare("PRAGMA data_version").pluck() : undefined;
  return { db: kysely, engine: "sqlite", close: () => kysely.destroy(), ...(dataVersion ? { commitCounter: () => dataVersion.get() as number } : {}) };
}

/**
 * SQLite plans from the statistics ANALYZE leaves in sqlite_stat1. With none at all it assumes every
 * index is selective, which suits this store: every hot read is written for an index. With some, an
 * index that has none (one a migration added after the store was analysed) is guessed selective
 * beside measured ones: a ten-title lookup then walked every release date of a million titles (5.8 s
 * instead of 0.5 ms). So a store that has statistics keeps them whole: PRAGMA optimize analyses only
 * the tables with an index lacking them or whose size changed tenfold, on a sample (analysis_limit):
 * nothing on most opens, about a second once on a large store. A store never analysed stays so.
 * Run on the writer before the reader handle loads the schema, and again after migrations.
 */
function keepPlannerStatistics(writer: Sqlite.Database): void {
  if (!writer.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get()) return;
  writer.pragma("analysis_limit = 1000");
  writer.pragma("optimize = 0x10002");
}

/** After a schema change (migrations): statistics for new indexes; PostgreSQL's autovacuum analyses by itself. */
export async function refreshStatisticsAfterMigrations(connection: Connection): Promise<void> {
  if (connection.engine !== "sqlite") return;
  const analysed = await sql`SELECT 1 AS yes FROM sqlite_master WHERE name = 'sqlite_stat1'`.execute(connection.db);
  if (analysed.rows.length > 0) await sql`PRAGMA optimize`.execute(connection.db);
}
/** The writer handle's page cache (KiB): allocated only as pages are used. */
const WRITER_CACHE_KIB = 32 * 1024;

/** How much of the store the reader handle maps (SQLite's own ceiling on most builds is 2 GB). */
const READER_MMAP_BYTES = 2 ** 31 - 2 ** 16;

function logHook(options: ConnectOptions): { log?: (event: LogEvent) => void } {
  const onQuery = options.onQuery;
  return onQuery ? { log: (event) => onQuery(event.query) } : {};
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function storeBusy(waitedMs: number): AppError {
  return new AppError("STORE_BUSY", `the database stayed locked by another writer for ${Math.round(waitedMs / 1000)} s; try again`);
}

/**
 * SQLite with two handles on one file: one for transactions (all of which write here) and one for
 * plain reads. Kysely's own SQLite driver has one handle behind one mutex, so a request that waited
 * for the write lock held up every read of the process; in WAL mode readers never need a lock, and
 * with their own handle they never queue behind a writer. (":memory:" has one handle: a second
 * would open a second, empty database.)
 *
 * Transactions begin with BEGIN IMMEDIATE. A plain BEGIN starts as a reader and asks for the write
 * lock at the first write, when SQLite answers SQLITE_BUSY at once rather than risk a deadlock,
 * whatever the busy timeout: two processes writing one file failed each other. The lock is waited
 * for asynchronously, with a growing, jittered pause, rather than by SQLite's busy handler, which
 * would block the event loop (and every request of a server) while it waits.
 */
class TwoHandleSqliteDialect extends SqliteDialect {
  readonly #reader: Sqlite.Database;
  readonly #writer: Sqlite.Database;
  readonly #lockWaitMs: number;
  constructor(reader: Sqlite.Database, writer: Sqlite.Database, lockWaitMs: number) {
    super({ database: writer });
    this.#reader = reader;
    this.#writer = writer;
    this.#lockWaitMs = lockWaitMs;
  }
  override createDriver(): Driver {
    return new TwoHandleSqliteDriver(this.#reader, this.#writer, this.#lockWaitMs);
  }
  override createAdapter(): SqliteAdapter {
    return new ConcurrentSqliteAdapter();
  }
}

/** Leases are independent (reads share a handle, writes queue on the writer's lock); DDL runs in transactions, so migrations are atomic and serialised. */
class ConcurrentSqliteAdapter extends SqliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * What Kysely calls a connection: a lease that reads on the reader handle and writes on the writer.
 * A write outside a transaction becomes a transaction of its own, so it too waits its turn without
 * blocking: a synchronous wait on the reader handle for a lock this process's writer holds could
 * never end.
 */
class SqliteLease implements DatabaseConnection {
  inTransaction = false;
  readonly #reader: Sqlite.Database;
  readonly #writer: Sqlite.Database;
  readonly #driver: TwoHandleSqliteDriver;
  constructor(reader: Sqlite.Database, writer: Sqlite.Database, driver: TwoHandleSqliteDriver) {
    this.#reader = reader;
    this.#writer = writer;
    this.#driver = driver;
  }
  handle(): Sqlite.Database {
    return this.inTransaction ? this.#writer : this.#reader;
  }
  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = compiledQuery.parameters as unknown[];
    if (!this.inTransaction) {
      const statement = prepared(this.#reader, compiledQuery.sql);
      // `readonly`, not `reader`: an UPDATE … RETURNING returns rows but writes, and must take its turn.
      if (statement.readonly) return { rows: statement.all(parameters) as R[] };
      return this.#driver.writeAlone(() => this.#run<R>(prepared(this.#writer, compiledQuery.sql), parameters));
    }
    const statement = prepared(this.#writer, compiledQuery.sql);
    return statement.reader ? { rows: statement.all(parameters) as R[] } : this.#run<R>(statement, parameters);
  }
  #run<R>(statement: Sqlite.Statement, parameters: unknown[]): QueryResult<R> {
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { insertId: BigInt(lastInsertRowid), numAffectedRows: BigInt(changes), rows: [] };
  }
  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    // A statement of its own: while it is iterated, a shared one could not run for anyone else.
    const statement = this.handle().prepare(compiledQuery.sql);
    for (const row of statement.iterate(compiledQuery.parameters as unknown[])) yield { rows: [row as R] };
  }
}

/** Prepared statements kept per handle, the most recently used last. */
const statementsByHandle = new WeakMap<Sqlite.Database, Map<string, Sqlite.Statement>>();
/** Enough for every query the application writes; lists of varying length (IN (?, ?, …)) make more, and the oldest go. */
const STATEMENTS_KEPT = 512;

/**
 * The handle's statement for this SQL, prepared once: SQLite parses and plans a statement when it is
 * prepared, and a card or a search runs dozens of small queries, so preparing each on every run
 * (as Kysely's own driver does) cost more than running it. A statement run with `all` or `run`
 * finishes before anything else can use it, so one per SQL text serves every lease of the handle.
 */
function prepared(handle: Sqlite.Database, text: string): Sqlite.Statement {
  // A bulk insert's many rows of values, or a long IN list, are one-offs: kept, they would push out the statements that repeat.
  if (text.length > 4096) return handle.prepare(text);
  let statements = statementsByHandle.get(handle);
  if (!statements) statementsByHandle.set(handle, (statements = new Map()));
  let statement = statements.get(text);
  if (statement) {
    statements.delete(text);
  } else {
    statement = handle.prepare(text);
    if (statements.size >= STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
  }
  statements.set(text, statement);
  return statement;
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

class TwoHandleSqliteDriver implements Driver {
  readonly #reader: Sqlite.Database;
  readonly #writer: Sqlite.Database;
  readonly #lockWaitMs: number;
  /** The writer handle's queue: one transaction at a time in this process. */
  #writerQueue: Promise<void> = Promise.resolve();
  #releaseWriter: (() => void) | undefined;

  constructor(reader: Sqlite.Database, writer: Sqlite.Database, lockWaitMs: number) {
    this.#reader = reader;
    this.#writer = writer;
    this.#lockWaitMs = lockWaitMs;
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new SqliteLease(this.#reader, this.#writer, this);
  }
  async releaseConnection(): Promise<void> {}

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.#takeWriter();
    (connection as SqliteLease).inTransaction = true;
  }

  /** One write statement outside a transaction, as a transaction of its own. */
  async writeAlone<T>(write: () => T): Promise<T> {
    await this.#takeWriter();
    try {
      const result = write();
      this.#writer.prepare("commit").run();
      return result;
    } catch (error) {
      if (this.#writer.inTransaction) this.#writer.prepare("rollback").run();
      throw error;
    } finally {
      this.#releaseWriter?.();
      this.#releaseWriter = undefined;
    }
  }

  /** Waits for this process's turn on the writer handle, then for the file's write lock. */
  async #takeWriter(): Promise<void> {
    const previous = this.#writerQueue;
    let release!: () => void;
    this.#writerQueue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#releaseWriter = release;
    try {
      await this.#beginImmediately();
    } catch (error) {
      this.#releaseWriter = undefined;
      release();
      throw error;
    }
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      this.#writer.prepare("commit").run();
    } finally {
      this.#finish(connection);
    }
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      if (this.#writer.inTransaction) this.#writer.prepare("rollback").run();
    } finally {
      this.#finish(connection);
    }
  }
  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteIdentifier(name)}`));
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteIdentifier(name)}`));
  }
  async destroy(): Promise<void> {
    if (this.#reader !== this.#writer) this.#reader.close();
    this.#writer.close();
  }

  #finish(connection: DatabaseConnection): void {
    (connection as SqliteLease).inTransaction = false;
    const release = this.#releaseWriter;
    this.#releaseWriter = undefined;
    release?.();
  }

  async #beginImmediately(): Promise<void> {
    const started = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      this.#writer.pragma("busy_timeout = 20");
      try {
        this.#writer.prepare("begin immediate").run();
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
        const waited = Date.now() - started;
        if (waited >= this.#lockWaitMs) throw storeBusy(waited);
        await sleep(Math.min(250, 5 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
      } finally {
        this.#writer.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
      }
    }
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

/**
 * Whether another writer waits for the store's write lock, for a long writer (an import holding its
 * batches in one transaction) to commit early and let it in. PostgreSQL lists the waiters of the
 * advisory lock in pg_locks (a bigint key as its high and low halves); SQLite's writers wait in their
 * own processes' busy handlers, out of sight, so there the answer is always no.
 */
export async function writersWaiting(db: Kysely<any>): Promise<boolean> {
  if (!isPostgresHandle(db)) return false;
  const high = Math.floor(WRITER_LOCK_KEY / 2 ** 32);
  const low = WRITER_LOCK_KEY % 2 ** 32;
  const { rows } = await db.executeQuery<{ waiting: boolean }>(
    CompiledQuery.raw(
      "select exists (select 1 from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database()) and classid::text::bigint = $1 and objid::text::bigint = $2 and objsubid = 1) as waiting",
      [high, low],
    ),
  );
  return rows[0]?.waiting === true;
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

/** Whether a database handle (or a transaction on it) is PostgreSQL. */
function isPostgresHandle(db: { getExecutor(): { adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Whether a select can lock the rows it picks and skip rows others hold (`FOR UPDATE SKIP LOCKED`):
 * PostgreSQL can; on SQLite a writing statement holds the whole file, so the question does not arise.
 */
export function supportsSkipLocked(db: { getExecutor(): { adapter: unknown } }): boolean {
  return isPostgresHandle(db);
}

/** How many aliases hold each trigram, per store handle: what picks a query's rarest trigrams. */
const trigramDocs = new WeakMap<object, Map<string, { docs: number; at: number }>>();
/** Counts are only an estimate of selectivity: one read of the vocabulary serves ten minutes. */
const TRIGRAM_DOCS_TTL_MS = 10 * 60_000;
/**
 * Aliases the trigram match may rank: the rarest trigrams are taken while their aliases add up to
 * no more than this. Ranking reads every alias of every trigram taken, so this bounds its cost
 * (a millisecond or two) whatever the size of the catalog.
 */
export const TRIGRAM_POSTINGS_BUDGET = 800;

async function trigramDocCounts(db: Kysely<any>, grams: string[]): Promise<Map<string, number>> {
  let cache = trigramDocs.get(db);
  if (!cache) trigramDocs.set(db, (cache = new Map()));
  const now = Date.now();
  const stale = grams.filter((g) => {
    const entry = cache.get(g);
    return !entry || now - entry.at > TRIGRAM_DOCS_TTL_MS;
  });
  if (stale.length > 0) {
    // fts5vocab counts a trigram's aliases by reading its list: once per trigram, then remembered.
    const counts = await sql<{ term: string; doc: number }>`SELECT term, doc FROM alias_trigram_vocab WHERE term IN (${sql.join(stale)})`.execute(db);
    const found = new Map(counts.rows.map((r) => [r.term, Number(r.doc)]));
    if (cache.size > 200_000) cache.clear();
    for (const g of stale) cache.set(g, { docs: found.get(g) ?? 0, at: now });
  }
  return new Map(grams.map((g) => [g, cache.get(g)!.docs]));
}

/**
 * A condition on `alias` rows: among the aliases sharing the query key's rarest trigrams, the
 * `limit` that share the most (migration 0005's indexes: an FTS5 trigram table on SQLite, pg_trgm
 * on PostgreSQL). On SQLite the trigrams are taken rarest first while their aliases add up to
 * `TRIGRAM_POSTINGS_BUDGET`: common ones ("ing", "the") have long lists and say little, and a key
 * made only of common ones is not looked up this way. Keys of fewer than three letters share no
 * trigram. Undefined when there is nothing to ask.
 */
export async function aliasTrigramMatch(db: Kysely<any>, key: string, limit: number): Promise<RawBuilder<boolean> | undefined> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add(key.slice(i, i + 3));
  if (grams.size === 0) return undefined;
  if (isPostgresHandle(db)) {
    return sql<boolean>`alias.id IN (SELECT id FROM alias WHERE search_key % ${key} ORDER BY similarity(search_key, ${key}) DESC LIMIT ${limit})`;
  }
  const docs = await trigramDocCounts(db, [...grams]);
  const rarest: string[] = [];
  let postings = 0;
  for (const [gram, count] of [...docs].filter(([, n]) => n > 0).sort((a, b) => a[1] - b[1])) {
    if (postings + count > TRIGRAM_POSTINGS_BUDGET || rarest.length === 8) break;
    rarest.push(gram);
    postings += count;
  }
  if (rarest.length === 0) return undefined;
  // Each trigram's aliases (a quoted phrase: keys hold letters, digits and spaces only), counted: the
  // aliases that share the most of them first. (FTS5's own rank, bm25, reads each alias's length
  // from another table, three times the cost, and weighs what a trigram match need not.)
  const lists = rarest.map((g) => sql`SELECT rowid AS id FROM alias_trigram WHERE alias_trigram MATCH ${`"${g.replace(/"/g, '""')}"`}`);
  return sql<boolean>`alias.rowid IN (SELECT id FROM (${sql.join(lists, sql` UNION ALL `)}) GROUP BY id ORDER BY count(*) DESC LIMIT ${limit})`;
}

/** Rows for `bulkLoad`, passed through Kysely as a statement's one parameter. */
class BulkRows {
  readonly rows: readonly (readonly (string | number | null)[])[];
  constructor(rows: readonly (readonly (string | number | null)[])[]) {
    this.rows = rows;
  }
}

/** A value in COPY's text format: \N is null; backslash, tab and line breaks are escaped. */
function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")) : text;
}

/**
 * A pg pool whose clients run a `COPY … FROM STDIN` statement carrying `BulkRows` through
 * pg-copy-streams, inside whatever transaction the client is in: Kysely passes the statement and
 * its parameter to client.query unchanged.
 */
function copyingPool(pool: pg.Pool): pg.Pool {
  const patched = new WeakSet<pg.PoolClient>();
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  return Object.assign(Object.create(pool) as pg.Pool, {
    end: () => pool.end(),
    connect: async () => {
      const client = await connect();
      if (!patched.has(client)) {
        patched.add(client);
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        client.query = ((text: unknown, values?: unknown) => {
          const bulk = Array.isArray(values) ? values[0] : undefined;
          if (typeof text === "string" && bulk instanceof BulkRows) return copyRows(client, text, bulk);
          return query(text, values);
        }) as typeof client.query;
      }
      return client;
    },
  });
}

async function copyRows(client: pg.PoolClient, text: string, bulk: BulkRows): Promise<{ command: string; rowCount: number; rows: never[] }> {
  const stream = client.query(copyFrom(text));
  let chunk = "";
  const write = (data: string) => new Promise<void>((resolve, reject) => (stream.write(data, (error) => (error ? reject(error) : resolve()))));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  for (const row of bulk.rows) {
    chunk += `${row.map(copyField).join("\t")}\n`;
    if (chunk.length >= 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  stream.end(chunk);
  await done;
  return { command: "COPY", rowCount: bulk.rows.length, rows: [] };
}

/**
 * Appends rows to a table at bulk-load speed, in the caller's transaction: PostgreSQL's COPY FROM
 * STDIN, or on SQLite one prepared multi-row INSERT run over the rows (the same text for every
 * full chunk, so it is prepared once). What is left after the full chunks goes in chunks of powers
 * of two, so a table has at most ten statement texts whatever the batches' sizes: a text per
 * length of the remainder kept up to 256 prepared statements of hundreds of rows each (with a
 * table's indexes, tens of megabytes) and prepared a new one for most batches.
 */
export async function bulkLoad(db: Kysely<any>, table: string, columns: string[], rows: readonly (readonly (string | number | null)[])[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(quoteIdentifier).join(", ");
  if (isPostgresHandle(db)) {
    await db.executeQuery(CompiledQuery.raw(`COPY ${quoteIdentifier(table)} (${names}) FROM STDIN`, [new BulkRows(rows)]));
    return;
  }
  const perStatement = Math.max(1, Math.min(500, Math.floor(32_000 / columns.length)));
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const statements = new Map<number, string>();
  for (let i = 0; i < rows.length; ) {
    const left = rows.length - i;
    const size = left >= perStatement ? perStatement : 2 ** Math.floor(Math.log2(left));
    const chunk = rows.slice(i, i + size);
    i += size;
    let text = statements.get(chunk.length);
    if (!text) statements.set(chunk.length, (text = `INSERT INTO ${quoteIdentifier(table)} (${names}) VALUES ${Array(chunk.length).fill(tuple).join(", ")}`));
    await db.executeQuery(CompiledQuery.raw(text, chunk.flat()));
  }
}

/**
 * A table private to this connection, emptied at the end of each transaction (a staging table
 * for bulk loads): SQLite's TEMP tables live with the writer handle; PostgreSQL's with the pooled
 * session, created by whichever transaction first needs one there.
 */
export async function createStagingTable(db: Kysely<any>, table: string, columns: string): Promise<void> {
  if (isPostgresHandle(db)) await db.executeQuery(CompiledQuery.raw(`CREATE TEMP TABLE IF NOT EXISTS ${quoteIdentifier(table)} (${columns}) ON COMMIT DELETE ROWS`));
  else await db.executeQuery(CompiledQuery.raw(`CREATE TEMP TABLE IF NOT EXISTS ${quoteIdentifier(table)} (${columns})`));
}

/**
 * Statistics for a staging table once a batch is in it. PostgreSQL never analyses a temporary table
 * by itself, so it planned each batch's joins to the store from guesses about its size; with the
 * batch's statistics a 200,000-row IMDb import spent a quarter less time in its claim and change
 * event inserts (16.9 s to 12.4 s; a noisy, shared machine). SQLite plans a join to an unanalysed
 * table through the other table's index already.
 */
export async function analyzeStagingTable(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgresHandle(db)) await db.executeQuery(CompiledQuery.raw(`ANALYZE ${quoteIdentifier(table)}`));
}

/**
 * Planner statistics brought up to date after a large write (an import): without them SQLite plans
 * a join by guesswork and may walk a whole table. `PRAGMA optimize` analyses only the tables that
 * grew (tenfold) since they were last analysed, each from a bounded sample; PostgreSQL's ANALYZE
 * samples too, and autovacuum would otherwise get to it only later.
 */
export async function refreshPlannerStatistics(db: Kysely<any>): Promise<void> {
  // In a transaction: on SQLite both pragmas then run on the writer handle (the limit is per handle).
  if (!db.isTransaction) return db.transaction().execute((trx) => refreshPlannerStatistics(trx));
  if (isPostgresHandle(db)) {
    await db.executeQuery(CompiledQuery.raw("ANALYZE entity, alias, dataset_id, claim, dataset_fact, change_event, source"));
    return;
  }
  await db.executeQuery(CompiledQuery.raw("PRAGMA analysis_limit = 1000"));
  await db.executeQuery(CompiledQuery.raw("PRAGMA optimize = 0x10002"));
}
