import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { findPerson } from "../../src/editor/editor.service.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { createResolver } from "../../src/ingest/resolve/resolve-entities.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

// Invented people; the names differ as real neighbours do (a glide, one syllable).
const clock = fixedClock("2026-11-21T12:00:00Z");
const casting = `Harbour Lights season 2 adds two familiar faces

Netflix has renewed Harbour Lights for a second season.

The series stars Seo Min-ho as the harbour master and Kang Ji-won as his sister, with Kang Tae-hoon as the ferry captain.`;
const now = "2026-11-21T12:00:00.000Z";

for (const engine of requestedDialects()) {
  describe(`the resolver uses the three verdicts [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("takes a possible spelling for the credited person of the show, and not for the catalog at large", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(casting), label: "casting.txt", published: "2026-01-05" }, 5_000_000);
        const show = await findTitle(db, "Harbour Lights");
        const minho = await findPerson(db, "Seo Min-ho");
        // With no show to agree, "Seo Min-hyo" (a glide more) is someone else: possible is not same.
        const elsewhere = await createResolver(db, null, now).person("Seo Min-hyo", null);
        assert.notEqual(elsewhere.id, minho.id);
        // In the show's credits, it is the credited Seo Min-ho: the context agrees.
        assert.equal((await createResolver(db, null, now).person("Seo Min-hyo", show.id)).id, minho.id);
        // A same spelling needs no context.
        assert.equal((await createResolver(db, null, now).person("Min-ho Seo", null)).id, minho.id);
        assert.equal((await createResolver(db, null, now).person("서민호", null)).id, minho.id);
      });
    });

    it("resolves partial mentions to the full credited person of that show only", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(casting), label: "casting.txt", published: "2026-01-05" }, 5_000_000);
        const show = await findTitle(db, "Harbour Lights");
        const minho = await findPerson(db, "Seo Min-ho");
        const jiwon = await findPerson(db, "Kang Ji-won");
        const resolver = createResolver(db, null, now);
        assert.equal((await resolver.person("Seo", show.id)).id, minho.id, "the one Seo of the show");
        assert.equal((await resolver.person("Ji-won", show.id)).id, jiwon.id, "the one Ji-won of the show");
        // Two Kangs in the credits: "Kang" alone names neither.
        const kang = await resolver.person("Kang", show.id);
        assert.ok(![jiwon.id, (await findPerson(db, "Kang Tae-hoon")).id].includes(kang.id));
        // Outside the show, "Seo" is not the catalog's Seo Min-ho.
        const other = await createResolver(db, null, now).title("Night Ferry", "series");
        assert.notEqual((await createResolver(db, null, now).person("Seo", other.id)).id, minho.id);
        assert.notEqual((await createResolver(db, null, now).person("Min-ho", null)).id, minho.id);
      });
    });
  });
}
