import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { tempDir } from "../support/temp-dir.ts";

// An invented show whose title opens with a word that usually opens a sentence ("When"): read alone,
// the article's title is taken as "Rain Comes". A catalog that knows the show sets it right.
const article = `It's official: the melodrama is coming back

The streamer confirmed on Monday that When Rain Comes will return for a second season in 2026.

When Rain Comes follows two sisters who run a failing bakery, and it was the platform's biggest Korean hit of the spring.`;

const clock = fixedClock("2025-06-02T00:00:00Z");

function catalogFile(): string {
  const file = path.join(tempDir("cliff-gazetteer"), "title.basics.tsv");
  fs.writeFileSync(file, ["tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres", "tt9990001\ttvSeries\tWhen Rain Comes\tWhen Rain Comes\t0\t2024\t\\N\t60\tDrama,Romance"].join("\n"));
  return file;
}

async function ingest(connection: Parameters<typeof ingestArticle>[0]) {
  return ingestArticle(connection, clock, { bytes: new TextEncoder().encode(article), label: "rain.txt", published: "2025-06-01" }, 5_000_000);
}

for (const engine of requestedDialects()) {
  describe(`titles the catalog knows [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("without a catalog, the article alone gives a truncated title", async () => {
      await withMigratedDb(engine, async (connection) => {
        const result = await ingest(connection);
        assert.equal(result.title?.name, "Rain Comes");
      });
    });

    it("with the show imported from a catalog, the article's claims go to it", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, catalogFile(), { now: "2025-06-01T00:00:00.000Z" });
        const result = await ingest(connection);
        assert.equal(result.title?.name, "When Rain Comes");
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "When Rain Comes"), { asOf: "2025-06-01", today: "2025-06-02" });
        assert.equal(card.seasons.find((s) => s.number === 2)?.releases[0]?.when.value.date, "2026-01-01");
        assert.equal(card.nextSeason?.season, 2);
        const titles = await connection.db.selectFrom("entity").select("name").where("kind", "=", "title").execute();
        assert.deepEqual(titles.map((t) => t.name), ["When Rain Comes"], "no second entity for a truncated name");
      });
    });
  });
}
