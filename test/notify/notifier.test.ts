import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { systemClock } from "../../src/app/clock.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { loadConfig } from "../../src/app/config.ts";
import { createNotifier } from "../../src/http/notify.routes.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
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
        // A second write meanwhile is not a second pass at once: it waits for the running one.
        await notifier.afterWrite(1);
        await notifier.idle();
        assert.equal(await cursor(), last, "the pass went on to the end after the answers");
        assert.equal(Number((await db.selectFrom("title_state").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), TITLES, "every title seen once");

        // With nothing behind it, a write's pass ends within the bound: the answer follows it.
        await notifier.afterWrite();
        assert.equal(await cursor(), last);
      });
    });
  });
}
