// one engine: what it checks is how the PostgreSQL pool behaves.
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";
import { describe, it } from "node:test";
import pg from "pg";
import { sql } from "kysely";
import { connect } from "../../src/storage/db.ts";
import { createTestDatabase, unavailableReason } from "../support/dialects.ts";

describe("a PostgreSQL connection [postgres]", { skip: unavailableReason("postgres") }, () => {
  it("survives the server ending an idle session, and opens a new one for the next query", async () => {
    const database = await createTestDatabase("postgres");
    const name = new URL(database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.CLIFF_TEST_PG_URL });
    await admin.connect();
    const connection = connect(database.url);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", onUncaught);
    try {
      await sql`select 1`.execute(connection.db);
      // What a server restart, an administrator or a DROP DATABASE ... WITH (FORCE) does to an idle session.
      await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [name]);
      await delay(200);
      assert.deepEqual(uncaught, []);
      const { rows } = await sql<{ n: number }>`select 2 as n`.execute(connection.db);
      assert.equal(rows[0]!.n, 2);
    } finally {
      process.off("uncaughtException", onUncaught);
      await connection.close();
      await admin.end();
      await database.drop();
    }
  });
});

describe("a PostgreSQL pool sized and timed per process [postgres]", { skip: unavailableReason("postgres") }, () => {
  it("holds at most its pool size of sessions, and the server cancels a statement past the timeout", async () => {
    const database = await createTestDatabase("postgres");
    const name = new URL(database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.CLIFF_TEST_PG_URL });
    await admin.connect();
    const connection = connect(database.url, { poolSize: 2, statementTimeoutMs: 300 });
    try {
      // Six slow reads at once: two sessions run them, the others queue in the pool.
      let peak = 0;
      const watch = setInterval(() => {
        void admin.query<{ n: string }>("select count(*) as n from pg_stat_activity where datname = $1 and backend_type = 'client backend'", [name]).then((r) => (peak = Math.max(peak, Number(r.rows[0]!.n))));
      }, 20);
      await Promise.all(Array.from({ length: 6 }, () => sql`select pg_sleep(0.1)`.execute(connection.db)));
      clearInterval(watch);
      await delay(50);
      assert.ok(peak >= 1 && peak <= 2, `${peak} sessions at most`);
      await assert.rejects(sql`select pg_sleep(2)`.execute(connection.db), (error: { code?: string }) => error.code === "57014");
      const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(connection.db);
      assert.equal(rows[0]!.statement_timeout, "300ms");
    } finally {
      await connection.close();
      await admin.end();
      await database.drop();
    }
  });
});
