import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAppError } from "../../src/app/errors.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { getPersonCard, upcomingReleases } from "../../src/catalog/catalog.service.ts";
import { recentChanges } from "../../src/catalog/home.ts";
import { listChangeEvents, recordChangeEvents } from "../../src/claims/change-event.repository.ts";
import { getClaim, insertClaims, listClaimsAbout } from "../../src/claims/claim.repository.ts";
import type { NewClaim } from "../../src/domain/claim.ts";
import { addPersonAlias, undoAction } from "../../src/editor/editor.service.ts";
import { createEntity } from "../../src/entities/entity.repository.ts";
import { insertSource } from "../../src/sources/source.repository.ts";
import type { Db } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

/**
 * The JSON columns (a claim's value and qualifiers, an editor action's and a change event's payload)
 * are read back through their schemas everywhere, not cast: a row that cliffhanger did not write is
 * refused with CORRUPT_ROW naming the row and the column, by the repositories and by every read model.
 */
const now = "2026-11-21T10:00:00.000Z";
const editor = { actor: "tester", reason: null, now };

async function seed(db: Db) {
  const title = await createEntity(db, { kind: "title", name: "Lantern Street", subtype: "series" }, now);
  const person = await createEntity(db, { kind: "person", name: "Park Seo-yun" }, now);
  const source = await insertSource(db, {
    kind: "article", title: null, outlet: "Example Daily", url: null, author: null, published: "2026-01-10", publishedInferred: null,
    retrievedAt: now, contentHash: "json-columns", via: null, format: "text", text: "Lantern Street season 2 premieres on 5 June 2027, with Park Seo-yun.", previousVersionId: null,
  });
  const base = {
    certainty: "confirmed", knownFrom: "2026-01-10",
    evidence: { sourceId: source.id, quote: source.text, start: 0, end: source.text.length },
    madeBy: { kind: "extractor", name: "test", version: "1" },
  } satisfies Partial<NewClaim>;
  const [date, cast] = await insertClaims(db, [
    { ...base, subjectId: title.id, property: "release-date", value: { type: "date", date: "2027-06-05", precision: "day", label: "5 Jun 2027" }, qualifiers: { season: 2 } },
    { ...base, subjectId: title.id, property: "cast-member", value: { type: "entity", entityId: person.id }, qualifiers: { character: "Min" } },
  ], now);
  return { title, person, date: date!, cast: cast! };
}

function corrupt(claimId: string, column: RegExp) {
  return (error: unknown) => {
    assert.ok(isAppError(error), `an AppError, not ${String(error)}`);
    assert.equal(error.code, "CORRUPT_ROW");
    assert.match(error.message, new RegExp(`claim ${claimId}`));
    assert.match(error.message, column);
    return true;
  };
}

for (const engine of requestedDialects()) {
  describe(`JSON columns read through their codecs [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("reads well-formed columns as before", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const { title, person } = await seed(db);
        assert.deepEqual((await upcomingReleases(db, "2027-01-01")).map((r) => [r.label, r.season]), [["5 Jun 2027", 2]]);
        assert.deepEqual((await recentChanges(db)).map((c) => c.summary), ["Season 2 release date set: 5 Jun 2027"]);
        assert.deepEqual((await getPersonCard(db, person.id)).credits.map((c) => [c.title, c.role]), [["Lantern Street", "cast"]]);
        assert.equal((await getTitleCard(db, title, { asOf: null, today: "2026-11-21" })).title, "Lantern Street");
      });
    });

    it("refuses a claim value that does not match its schema, in the repository and in every read model", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const { title, date } = await seed(db);
        await db.updateTable("claim").set({ value_json: JSON.stringify({ type: "date", date: "soon", precision: "day", label: "soon" }) }).where("id", "=", date.id).execute();
        const atDate = /value_json at date/;
        await assert.rejects(getClaim(db, date.id), corrupt(date.id, atDate));
        await assert.rejects(listClaimsAbout(db, [title.id]), corrupt(date.id, atDate));
        await assert.rejects(upcomingReleases(db, "2027-01-01"), corrupt(date.id, atDate));
        await assert.rejects(recentChanges(db), corrupt(date.id, atDate));
        await assert.rejects(getTitleCard(db, title, { asOf: null, today: "2026-11-21" }), corrupt(date.id, atDate));
      });
    });

    it("refuses qualifiers that are not JSON or hold a field of the wrong type", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const { person, date, cast } = await seed(db);
        await db.updateTable("claim").set({ qualifiers_json: '{"season": 2' }).where("id", "=", date.id).execute();
        await assert.rejects(upcomingReleases(db, "2027-01-01"), corrupt(date.id, /qualifiers_json is not JSON/));
        await assert.rejects(recentChanges(db), corrupt(date.id, /qualifiers_json is not JSON/));
        await db.updateTable("claim").set({ qualifiers_json: JSON.stringify({ character: 7 }) }).where("id", "=", cast.id).execute();
        await assert.rejects(getPersonCard(db, person.id), corrupt(cast.id, /qualifiers_json at character/));
      });
    });

    it("refuses an editor action or change event whose payload is not what was recorded", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const { person } = await seed(db);
        const added = await addPersonAlias(db, person.id, "Park Seoyun", editor);
        await db.updateTable("editor_action").set({ payload_json: JSON.stringify({ action: "alias-add", entity: person.id }) }).where("id", "=", added.actionId).execute();
        await assert.rejects(undoAction(db, added.actionId, editor), (error: unknown) => isAppError(error) && error.code === "CORRUPT_ROW" && error.message.includes(`editor action ${added.actionId}: payload_json at name`));
        await recordChangeEvents(db, [{ kind: "claim-added", entityId: person.id, claimId: null, sourceId: null, payload: { note: "x" } }], now);
        await db.updateTable("change_event").set({ payload_json: "[1, 2]" }).where("entity_id", "=", person.id).execute();
        await assert.rejects(listChangeEvents(db, { entityId: person.id }), (error: unknown) => isAppError(error) && error.code === "CORRUPT_ROW" && /change event \S+: payload_json/.test(error.message));
      });
    });
  });
}
