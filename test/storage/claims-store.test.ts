import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { insertClaims, getClaim, listClaimsAbout } from "../../src/claims/claim.repository.ts";
import { listChangeEvents, recordChangeEvents } from "../../src/claims/change-event.repository.ts";
import type { NewClaim } from "../../src/domain/claim.ts";
import { createEntity, addAlias, findEntitiesByAliasKeys, listAliases } from "../../src/entities/entity.repository.ts";
import { insertSource, findSourceByHash } from "../../src/sources/source.repository.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateDown, migrateToLatest, migrationNames } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

const now = "2026-11-21T10:00:00.000Z";

for (const engine of requestedDialects()) {
  const skip = unavailableReason(engine);
  describe(`claims store [${engine}]`, { skip }, () => {
    it("migrates an empty database up, down and up again", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        assert.deepEqual(await migrateToLatest(connection), migrationNames().map((n) => `applied ${n}`));
        assert.deepEqual(await migrateToLatest(connection), [], "a second run applies nothing");
        const tables = (await connection.db.introspection.getTables()).map((t) => t.name).sort();
        for (const table of ["alias", "change_event", "claim", "editor_action", "entity", "source"]) {
          assert.ok(tables.includes(table), `table ${table} exists on ${engine}`);
        }
        for (const _ of migrationNames()) await migrateDown(connection);
        const after = (await connection.db.introspection.getTables()).map((t) => t.name);
        assert.ok(!after.includes("claim") && !after.includes("import_run"), "down removes the tables");
        assert.deepEqual(await migrateToLatest(connection), migrationNames().map((n) => `applied ${n}`));
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("writes a claim with every field and reads it back; the same claim twice adds nothing", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const title = await createEntity(db, { kind: "title", name: "Night Harbor", subtype: "series" }, now);
        const season = await createEntity(db, { kind: "season", name: "Night Harbor season 2", parentId: title.id, number: 2 }, now);
        const person = await createEntity(db, { kind: "person", name: "Han Ji-min", hangul: "한지민" }, now);
        assert.equal(await addAlias(db, { entityId: person.id, name: "Han Ji Min", key: "han-jimin", origin: "extractor", sourceId: null }, now), true);
        assert.equal(await addAlias(db, { entityId: person.id, name: "Han Ji Min", key: "han-jimin", origin: "extractor", sourceId: null }, now), false);
        const source = await insertSource(db, {
          kind: "article",
          title: "Night Harbor season 2 gets a date",
          outlet: "Example Daily",
          url: "https://example.test/night-harbor",
          author: "A. Writer",
          published: null,
          publishedInferred: "2023-03-01",
          retrievedAt: now,
          contentHash: "hash-1",
          via: "Wire Service",
          format: "text",
          text: "Night Harbor season 2 premieres in the first half of 2023.",
          previousVersionId: null,
        });
        const claim: NewClaim = {
          subjectId: season.id,
          property: "release-date",
          value: { type: "date", date: "2023-01-01", precision: "half", label: "H1 2023" },
          qualifiers: { season: 2, part: 1, platform: "Netflix", region: "global", hedge: "subject to change", via: "Wire Service" },
          certainty: "rumored",
          evidence: { sourceId: source.id, quote: source.text, start: 0, end: source.text.length },
          madeBy: { kind: "extractor", name: "cliffhanger-extract", version: "1.0.0" },
          knownFrom: "2023-03-01",
        };
        const [written] = await insertClaims(db, [claim, { ...claim, subjectId: title.id, property: "cast-member", value: { type: "entity", entityId: person.id }, qualifiers: { character: "Yoon Seo", characterNote: "young" } }], now);
        assert.ok(written);
        const read = await getClaim(db, written.id);
        assert.deepEqual(read, {
          id: written.id,
          subjectId: season.id,
          property: "release-date",
          value: { type: "date", date: "2023-01-01", precision: "half", label: "H1 2023" },
          qualifiers: { season: 2, part: 1, platform: "Netflix", region: "global", hedge: "subject to change", via: "Wire Service" },
          certainty: "rumored",
          evidence: { sourceId: source.id, quote: source.text, start: 0, end: source.text.length },
          madeBy: { kind: "extractor", name: "cliffhanger-extract", version: "1.0.0" },
          recordedAt: now,
          knownFrom: "2023-03-01",
          retractedAt: null,
        });
        const again = await insertClaims(db, [claim], "2026-11-22T00:00:00.000Z");
        assert.equal(again.length, 0, "the same claim from the same source adds nothing");
        const about = await listClaimsAbout(db, [season.id, person.id]);
        assert.equal(about.length, 2, "claims about the season and claims pointing at the person");
        const number = await insertClaims(db, [{ ...claim, property: "episode-count", value: { type: "number", value: 300_000_000, approximate: true }, qualifiers: { season: 2, scope: "cumulative" } }], now);
        assert.deepEqual(number[0]?.value, { type: "number", value: 300_000_000, approximate: true });
        const text = await insertClaims(db, [{ ...claim, property: "statement", value: { type: "text", value: "“Nothing has been decided.” — 한지민" }, qualifiers: { speaker: "representatives", onBehalfOf: "Han Ji-min" }, certainty: "denied" }], now);
        assert.equal(text[0]?.value.type === "text" && text[0].value.value, "“Nothing has been decided.” — 한지민");
        assert.equal((await findSourceByHash(db, "hash-1"))?.publishedInferred, "2023-03-01");
        assert.deepEqual((await findEntitiesByAliasKeys(db, "person", ["han-jimin"])).map((e) => e.hangul), ["한지민"]);
        assert.deepEqual((await listAliases(db, [person.id])).map((a) => a.name), ["Han Ji Min"]);
      });
    });

    it("writes change events in the same transaction as their claims", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const title = await createEntity(db, { kind: "title", name: "Quiet Town" }, now);
        const source = await insertSource(db, {
          kind: "manual", title: null, outlet: null, url: null, author: "editor", published: "2024-01-02", publishedInferred: null,
          retrievedAt: now, contentHash: "hash-2", via: null, format: "text", text: "Quiet Town is renewed.", previousVersionId: null,
        });
        await assert.rejects(
          db.transaction().execute(async (trx) => {
            const [claim] = await insertClaims(trx, [{
              subjectId: title.id, property: "season-status", value: { type: "enum", value: "renewed" }, qualifiers: { season: 2 },
              certainty: "confirmed", evidence: { sourceId: source.id, quote: "Quiet Town is renewed.", start: 0, end: 22 },
              madeBy: { kind: "editor", name: "test", version: "1" }, knownFrom: "2024-01-02",
            }], now);
            await recordChangeEvents(trx, [{ kind: "claim-added", entityId: title.id, claimId: claim!.id, sourceId: source.id, payload: { property: "season-status" } }], now);
            throw new Error("abort");
          }),
          /abort/,
        );
        assert.equal((await listClaimsAbout(db, [title.id])).length, 0, "the rolled-back claim is gone");
        assert.equal((await listChangeEvents(db)).length, 0, "and so is its event");
        await db.transaction().execute(async (trx) => {
          const [claim] = await insertClaims(trx, [{
            subjectId: title.id, property: "season-status", value: { type: "enum", value: "renewed" }, qualifiers: { season: 2 },
            certainty: "confirmed", evidence: { sourceId: source.id, quote: "Quiet Town is renewed.", start: 0, end: 22 },
            madeBy: { kind: "editor", name: "test", version: "1" }, knownFrom: "2024-01-02",
          }], now);
          await recordChangeEvents(trx, [
            { kind: "claim-added", entityId: title.id, claimId: claim!.id, sourceId: source.id, payload: { property: "season-status" } },
            { kind: "source-added", entityId: title.id, claimId: null, sourceId: source.id, payload: {} },
          ], now);
        });
        const events = await listChangeEvents(db, { entityId: title.id });
        assert.deepEqual(events.map((e) => e.kind), ["claim-added", "source-added"]);
        assert.ok(events[0]!.seq < events[1]!.seq, "events are ordered by a feed position");
        assert.deepEqual(events[0]!.payload, { property: "season-status" });
      });
    });
  });
}
