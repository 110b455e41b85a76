import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CompiledQuery } from "kysely";
import { fixedClock } from "../../src/app/clock.ts";
import { storeVersionReader } from "../../src/claims/change-event.repository.ts";
import { createToken } from "../../src/http/tokens.repository.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";

const article = (name: string) => new TextEncoder().encode(`${name} Renewed for Season 2\n\nNetflix has renewed ${name} for a second season, the streamer said on Monday.`);

// The store's version decides whether every kept page and card may still be served. A write by
// another process must move it for the next request; between writes, SQLite answers from a commit
// counter instead of reading the newest change event for every request.
for (const engine of requestedDialects()) {
  describe(`the store's version [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("moves with a write by another connection, and is read again only after a commit where commits are counted", async () => {
      const database = await createTestDatabase(engine);
      try {
        const writer = connect(database.url);
        await migrateToLatest(writer);
        let versionReads = 0;
        const reader = connect(database.url, { onQuery: (q: CompiledQuery) => void (/max\("seq"\)/.test(q.sql) && (versionReads += 1)) });
        const version = storeVersionReader(reader.db, reader.commitCounter);
        try {
          assert.equal(reader.commitCounter !== undefined, engine === "sqlite", "SQLite files count commits; PostgreSQL does not here");
          const before = await version();
          for (let i = 0; i < 20; i++) assert.equal(await version(), before);
          if (engine === "sqlite") assert.equal(versionReads, 1, "no commit, no second read");
          else assert.equal(versionReads, 21, "every request reads it");

          await ingestArticle(writer, fixedClock("2026-11-21T12:00:00Z"), { bytes: article("Lantern Bay"), label: "one.txt", title: "Lantern Bay" }, 5_000_000);
          const after = await version();
          assert.ok(after > before, `a write by another connection moves the version (${before} → ${after})`);

          // A commit that records no change event (a job's lease, say) is read again and leaves the version.
          const readsBefore = versionReads;
          await createToken(writer.db, "a token", "2026-11-21T12:00:00Z");
          assert.equal(await version(), after);
          assert.equal(versionReads, readsBefore + 1, "read again after the commit");
        } finally {
          await reader.close();
          await writer.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
}
