import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { writersWaiting } from "../../src/storage/dialect.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

// A long writer (an import holding its batches in one transaction) commits early when another writer
// waits for the lock: PostgreSQL can tell, SQLite cannot (its writers wait in their own processes).
for (const engine of requestedDialects()) {
  describe(`a writer waiting for the store's write lock [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it(engine === "postgres" ? "is seen while a transaction holds the lock, and not once it is let go" : "is never seen on SQLite", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        assert.equal(await writersWaiting(db), false, "no writer at all");
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        let entered!: () => void;
        const holding = new Promise<void>((resolve) => (entered = resolve));
        const first = db.transaction().execute(async () => {
          entered();
          await held;
        });
        await holding;
        assert.equal(await writersWaiting(db), false, "one writer holds the lock, none waits");
        if (engine === "sqlite") {
          release();
          await first;
          return;
        }
        const second = db.transaction().execute(async () => "written");
        let seen = false;
        for (let i = 0; i < 200 && !seen; i++) {
          seen = await writersWaiting(db);
          if (!seen) await new Promise((resolve) => setTimeout(resolve, 10));
        }
        assert.ok(seen, "the second transaction waits for the lock, and is seen waiting");
        release();
        await first;
        assert.equal(await second, "written");
        assert.equal(await writersWaiting(db), false, "nobody waits once both are done");
      });
    });
  });
}
