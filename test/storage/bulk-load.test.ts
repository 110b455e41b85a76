import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sql } from "kysely";
import { bulkLoad, createStagingTable } from "../../src/storage/dialect.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

for (const engine of requestedDialects()) {
  describe(`bulk loads into a staging table [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("carries every value as written (tabs, line breaks, backslashes, \\N, null, numbers)", async () => {
      await withMigratedDb(engine, async (connection) => {
        const tricky = ["plain", "a\ttab", "two\nlines", "cr\rhere", "back\\slash", "\\N", "", "한국어 ✓", "x".repeat(70_000)];
        const rows = [...tricky.map((text, i) => [i, text]), [tricky.length, null]] as [number, string | null][];
        // More rows than one statement or one COPY chunk holds.
        for (let i = 0; i < 1_200; i++) rows.push([100 + i, `row ${i}`]);
        const read = await connection.db.transaction().execute(async (trx) => {
          await createStagingTable(trx, "test_stage", "n integer, t text");
          await bulkLoad(trx, "test_stage", ["n", "t"], rows);
          const result = await sql<{ n: number; t: string | null }>`SELECT n, t FROM test_stage ORDER BY n`.execute(trx);
          await sql`DELETE FROM test_stage`.execute(trx);
          return result.rows;
        });
        assert.deepEqual(read.map((r) => [Number(r.n), r.t]), rows);
      });
    });
  });
}
