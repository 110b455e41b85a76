import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { systemClock } from "../../src/app/clock.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { loadConfig } from "../../src/app/config.ts";
import { BACKLOG_ENTITIES, createNotifier } from "../../src/http/notify.routes.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { ClaimReads } from "../support/claim-reads.ts";
import { tempDir } from "../support/temp-dir.ts";

const TITLES = 400;


/** A title.basics file of TITLES series: a backlog of as many titles for the notification pass. */
function basics(): string {
  const file = path.join(tempDir("cliff-notifier"), "title.basics.tsv");
  const rows = Array.from({ length: TITLES }, (_, i) => `tt77${String(i).padStart(5, "0")}\ttvSeries\tHarbor Lights ${i}\tHarbor Lights ${i}\t0\t2024\t\\N\t50\tDrama`);
  fs.writeFileSync(file, ["tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres", ...rows].join("\n"));
  return file;
}

for (const engine of requestedDialects()) {
  describe(`the notifier after a write [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers within its bound while a long pass goes on, runs one pass at a time, and says when it is idle", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, basics(), { now: new Date().toISOString() });
        const db = connection.db;
        const last = Number((await db.selectFrom("change_event").select((eb) => eb.fn.max("seq").as("m")).executeTakeFirstOrThrow()).m);
        const cursor = async () => Number((await db.selectFrom("notify_cursor").select("seq").executeTakeFirstOrThrow()).seq);
        const before = await cursor();
        assert.ok(before < last, "the import's titles wait for a pass");
        const notifier = createNotifier({ connection, clock: systemClock, config: loadConfig({}), log: silentLogger });

        // A pass over 400 titles builds 400 cards: far longer than a 1 ms bound.
        const started = performance.now();
        await notifier.afterWrite(1);
        const waited = performance.now() - started;
        assert.ok((await cursor()) < last, `the answer came before the pass ended (after ${waited.toFixed(0)} ms)`);
        // A second write meanwhile is not a second pass at once: it waits for the running one. And
        // behind a backlog of more entities than BACKLOG_ENTITIES its answer does not wait its bound.
        assert.ok(TITLES > BACKLOG_ENTITIES);
        await notifier.afterWrite();
        assert.ok((await cursor()) < last, "behind a backlog, the answer came at once");
        await notifier.idle();
        assert.equal(await cursor(), last, "the pass went on to the end after the answers");
        assert.equal(Number((await db.selectFrom("title_state").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), TITLES, "every title seen once");

        // With nothing behind it, a write's pass ends within the bound: the answer follows it.
        await notifier.afterWrite();
        assert.equal(await cursor(), last);
      });
    });

    it("lets one pass at a time work through the events: another waits for the lease without building cards, and a lapsed lease is taken over", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, basics(), { now: new Date().toISOString() });
        const db = connection.db;
        const last = Number((await db.selectFrom("change_event").select((eb) => eb.fn.max("seq").as("m")).executeTakeFirstOrThrow()).m);
        const cursor = async () => db.selectFrom("notify_cursor").select(["seq", "lease_owner", "lease_until"]).executeTakeFirstOrThrow();

        // Another process holds the lease (it is working through these events).
        const until = new Date(Date.now() + 60_000).toISOString();
        await db.updateTable("notify_cursor").set({ lease_owner: "nfl_elsewhere", lease_until: until }).execute();
        const reads = new ClaimReads();
        let settled = false;
        const waiting = processNotifications({ ...connection, db: connection.db.withPlugin(reads) }, systemClock).then((result) => {
          settled = true;
          return result;
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(settled, false, "the pass waits while the events are another's");
        assert.equal(reads.count, 0, "and builds no card meanwhile");
        assert.equal((await cursor()).lease_owner, "nfl_elsewhere");

        // The holder lets go without finishing (as a pass whose batch failed does): the waiting pass takes over and ends.
        await db.updateTable("notify_cursor").set({ lease_owner: null, lease_until: null }).execute();
        const result = await waiting;
        assert.ok(result.events > 0, "the events it read are counted as its own");
        assert.ok(reads.count > 0, "it built the cards itself");
        const end = await cursor();
        assert.deepEqual({ ...end, seq: Number(end.seq) }, { seq: last, lease_owner: null, lease_until: null }, "at the end, the cursor is at the newest event and the lease is free");

        // A lease that lapsed (its holder was killed) does not hold the others back.
        await db.insertInto("change_event").values({ id: "evt_lapsed", kind: "aliases-added", entity_id: null, claim_id: null, source_id: null, payload_json: "{}", created_at: new Date().toISOString() }).execute();
        await db.updateTable("notify_cursor").set({ lease_owner: "nfl_killed", lease_until: new Date(Date.now() - 1_000).toISOString() }).execute();
        await processNotifications(connection, systemClock);
        const after = await cursor();
        assert.equal(after.lease_owner, null);
        assert.ok(Number(after.seq) > last, "the events after the lapsed lease were worked through");
      });
    });
  });
}
