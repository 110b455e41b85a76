import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFingerprint, insertClaims } from "../../src/claims/claim.repository.ts";
import type { NewClaim } from "../../src/domain/claim.ts";
import { createEntity } from "../../src/entities/entity.repository.ts";
import { insertSource } from "../../src/sources/source.repository.ts";
import { connect } from "../../src/storage/db.ts";
import { sha256, stableJson } from "../../src/storage/ids.ts";
import { migrateDown, migrateToLatest, migrationNames } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";

// Migration 0014: fingerprints lead with the claim's subject. A store written before it holds full
// SHA-256 fingerprints; after it, each is the one the code now computes for the same claim, so the
// same row of a later copy of a file still adds nothing.
const now = "2026-12-01T10:00:00.000Z";
/** The migrations after 0013, undone to reach a store as the code before 0014 left it. */
const since0014 = migrationNames().slice(migrationNames().indexOf("0013_change_event_claim") + 1);

for (const engine of requestedDialects()) {
  describe(`fingerprints by subject (migration 0014) [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("rewrites fingerprints written before it into the form claims are now written with", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        // Back to before 0014 (and whatever came after it).
        for (const _ of since0014) await migrateDown(connection);
        const { db } = connection;
        const title = await createEntity(db, { kind: "title", name: "Night Harbor", subtype: "series" }, now);
        const source = await insertSource(db, { kind: "dataset", title: "t.tsv", outlet: "IMDb", url: null, author: null, published: null, publishedInferred: null, retrievedAt: now, contentHash: "h-1", via: null, format: "imdb", text: "imdb dataset t.tsv", previousVersionId: null });
        const claim: NewClaim = { subjectId: title.id, property: "genre", value: { type: "enum", value: "drama" }, qualifiers: {}, certainty: "confirmed", evidence: { sourceId: source.id, quote: "tt1\tDrama", start: null, end: null }, madeBy: { kind: "importer", name: "imdb", version: "1" }, knownFrom: null };
        const [written] = await insertClaims(db, [claim], now);
        const oldPrint = sha256(stableJson([claim.subjectId, claim.property, claim.value, claim.qualifiers]));
        // As the code before 0014 wrote it, and an editor's split of it.
        await db.updateTable("claim").set({ fingerprint: oldPrint }).where("id", "=", written!.id).execute();
        const [split] = await insertClaims(db, [{ ...claim, property: "genre", value: { type: "enum", value: "crime" } }], now);
        await db.updateTable("claim").set({ fingerprint: `${oldPrint}:split:${split!.id}` }).where("id", "=", split!.id).execute();

        assert.deepEqual(await migrateToLatest(connection), since0014.map((n) => `applied ${n}`));
        assert.equal(since0014[0], "0014_fingerprint_by_subject");
        const rows = await db.selectFrom("claim").select(["id", "fingerprint"]).orderBy("id").execute();
        assert.equal(rows.find((r) => r.id === written!.id)!.fingerprint, claimFingerprint(claim));
        assert.equal(rows.find((r) => r.id === split!.id)!.fingerprint, `${claimFingerprint(claim)}:split:${split!.id}`);
        assert.match(claimFingerprint(claim), new RegExp(`^${title.id}:[0-9a-f]{32}$`));
        // The same claim again is still the same claim.
        assert.deepEqual(await insertClaims(db, [claim], now), []);
        // Run again, the rewrite leaves new fingerprints as they are.
        for (const _ of since0014) await migrateDown(connection);
        await migrateToLatest(connection);
        assert.deepEqual(await db.selectFrom("claim").select(["id", "fingerprint"]).orderBy("id").execute(), rows);
      } finally {
        await connection.close();
        await database.drop();
      }
    });
  });
}
