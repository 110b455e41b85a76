import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import type { CompiledQuery } from "kysely";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { search } from "../../src/catalog/catalog.service.ts";
import { findEntitiesByAliasKeys } from "../../src/entities/entity.repository.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { nameKeys } from "../../src/names/match-names.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase } from "../support/dialects.ts";

// one engine: it reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner picks by statistics, not shape.

const examples = path.resolve(import.meta.dirname, "../../examples/articles");

/** A full scan of a real table (not FTS5's virtual table, not a subquery's own rows, not a constant-false query). */
const fullScan = /^SCAN (?!.*VIRTUAL TABLE)(?!\(subquery)(?!CONSTANT ROW)/;

// What a search box and a title lookup ask must be answered through indexes whatever the catalog's
// size: every statement they run is planned here, on SQLite, and none may read a whole table.
describe("search and title lookup read through indexes [sqlite]", () => {
  it("plans no full scan of a table for any kind of query", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      await seedExamples(database.url);
      const seen = new Map<string, readonly unknown[]>();
      const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void seen.set(query.sql, query.parameters) });
      try {
        for (const q of ["the glory", "glory", "the glroy", "더 글로리", "song hye go", "송혜교", "hye-kyo song", "squid gmae season 2", "hsopital playlist", "hospital plyalist", "zzqx unknown words nobody wrote", "x"]) await search(connection.db, q);
        for (const q of ["The Glory", "the glroy", "Nothing Like This At All", "y".repeat(300)]) {
          const title = await findTitle(connection.db, q).catch(() => undefined);
          if (title) await getTitleCard(connection.db, title, { asOf: null, today: "2026-12-01" });
        }
        await findEntitiesByAliasKeys(connection.db, "person", nameKeys("Song Hye Kyo"));
      } finally {
        await connection.close();
      }
      const plans = new Sqlite(database.url, { readonly: true });
      const scans: string[] = [];
      for (const [text, parameters] of seen) {
        if (!/^\s*select/i.test(text) || /kysely_migration|sqlite_master|pragma_/i.test(text)) continue;
        const rows = plans.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(parameters as unknown[])) as { detail: string }[];
        for (const row of rows) if (fullScan.test(row.detail)) scans.push(`${row.detail}: ${text.slice(0, 160)}`);
      }
      plans.close();
      assert.ok(seen.size > 10, `${seen.size} statements seen`);
      assert.deepEqual(scans, []);
    } finally {
      await database.drop();
    }
  });
});

/** The bundled example articles, ingested: titles with cards, people, aliases and claims. */
async function seedExamples(url: string): Promise<void> {
  const connection = connect(url);
  await migrateToLatest(connection);
  for (const file of fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort()) {
    await ingestArticle(connection, fixedClock("2026-01-01T00:00:00Z"), { bytes: fs.readFileSync(path.join(examples, file)), label: file }, 5_000_000);
  }
  await connection.close();
}
