import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connect, type Connection, type Engine } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";

/** CLIFF_TEST_DIALECTS=sqlite,postgres (the default) chooses the engines every storage test runs on. */
export function requestedDialects(): Engine[] {
  const raw = process.env.CLIFF_TEST_DIALECTS ?? "sqlite,postgres";
  return raw
    .split(",")
    .map((d) => d.trim())
    .filter((d): d is Engine => d === "sqlite" || d === "postgres");
}

let counter = 0;

/** A fresh, empty database of the engine: a temporary SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(engine: Engine): Promise<{ url: string; drop(): Promise<void> }> {
  counter += 1;
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliffhanger-test-"));
    return { url: path.join(dir, "test.db"), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const serverUrl = process.env.CLIFF_TEST_PG_URL;
  if (!serverUrl) {
    throw new Error(
      `no PostgreSQL server for the tests (${process.env.CLIFF_TEST_PG_UNAVAILABLE ?? "run through npm test, whose global setup starts one"})`,
    );
  }
  const name = `t_${process.pid}_${counter}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Whether the engine can run here; outside CI a missing PostgreSQL is reported as a skip with its reason. */
export function unavailableReason(engine: Engine): string | undefined {
  if (engine === "postgres" && !process.env.CLIFF_TEST_PG_URL) {
    const reason = process.env.CLIFF_TEST_PG_UNAVAILABLE ?? "no test PostgreSQL server";
    if (process.env.CI === "true") throw new Error(`CI=true but PostgreSQL is unavailable: ${reason}`);
    return reason;
  }
  return undefined;
}

/** Opens a migrated, empty database for one test and always closes and drops it. */
export async function withMigratedDb<T>(engine: Engine, fn: (connection: Connection, url: string) => Promise<T>): Promise<T> {
  const database = await createTestDatabase(engine);
  const connection = connect(database.url);
  try {
    await migrateToLatest(connection);
    return await fn(connection, database.url);
  } finally {
    await connection.close();
    await database.drop();
  }
}
