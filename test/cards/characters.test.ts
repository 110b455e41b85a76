import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

// An invented show: a character written with a nickname inside the name is also known without it.

const clock = fixedClock("2026-11-21T12:00:00Z");
const article = [
  "Rook Valley season 2 adds a rival",
  "Rook Valley, the Hulu ranch drama, returns on March 3.",
  "Joining the cast this season is Oren Castellano as Jaswinder \"Jazz\" Bhatti, a rodeo star lured from a rival ranch.",
].join("\n\n");

for (const engine of requestedDialects()) {
  describe(`characters with nicknames [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("keeps the name as written and the name without its nickname", async () => {
      await withMigratedDb(engine, async (connection) => {
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(article), label: "article.txt", published: "2026-11-20", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Rook Valley"), { asOf: null, today: "2026-11-21" });
        const entry = card.cast.find((c) => c.person.name === "Oren Castellano");
        assert.ok(entry, JSON.stringify(card.cast));
        assert.equal(entry.character, 'Jaswinder "Jazz" Bhatti');
        assert.deepEqual(entry.characterAliases, ["Jaswinder Bhatti"]);
      });
    });
  });
}
