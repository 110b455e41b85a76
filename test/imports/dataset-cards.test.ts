import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { allCards, bundledDatasets, importAll, readJson } from "../support/dataset-cards.ts";
import { repoRoot } from "../support/run-cli.ts";

// The cards and import figures every bundled dataset slice makes, recorded before imports became
// set-based (test/fixtures/dataset-cards.json, written by CLIFF_RECORD_CARDS=1): how rows are
// stored may change, what the cards show may not.
const golden = path.join(repoRoot, "test/fixtures/dataset-cards.json");
const now = "2026-11-21T12:00:00.000Z";

for (const engine of requestedDialects()) {
  describe(`dataset imports make the recorded cards [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("imports every bundled slice with the same figures and cards, and a second import adds nothing", async () => {
      await withMigratedDb(engine, async (connection) => {
        const files = bundledDatasets(repoRoot);
        const figures = await importAll(connection, files, now);
        const cards = await allCards(connection, "2026-11-21");
        if (process.env.CLIFF_RECORD_CARDS === "1" && engine === "sqlite") {
          const fs = await import("node:fs");
          fs.writeFileSync(golden, `${JSON.stringify({ figures, cards }, null, 1)}\n`);
        }
        const expected = readJson(golden) as { figures: unknown[]; cards: Record<string, unknown> };
        assert.deepEqual(figures, expected.figures);
        assert.deepEqual(Object.keys(cards), Object.keys(expected.cards));
        for (const name of Object.keys(expected.cards)) assert.deepEqual(cards[name], expected.cards[name], name);
        const claims = await connection.db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
        const again = await importAll(connection, files, now);
        assert.ok(again.every((f) => (f as { claimsAdded: number }).claimsAdded === 0));
        const after = await connection.db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
        assert.equal(Number(after.n), Number(claims.n));
      });
    });
  });
}
