import assert from "node:assert/strict";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase } from "../support/dialects.ts";

// one engine: sqlite_stat1 and PRAGMA optimize are SQLite's; PostgreSQL's autovacuum analyses by itself.

function statisticsOf(file: string, index: string): string | undefined {
  const db = new Sqlite(file, { readonly: true });
  const row = db.prepare("SELECT stat FROM sqlite_stat1 WHERE idx = ?").get(index) as { stat: string } | undefined;
  db.close();
  return row?.stat;
}

// On a million-title store, an index added by a migration after the store's last ANALYZE had no
// statistics, and SQLite (with STAT4 samples for the other indexes) took it for the selective one:
// search's lookup of ten titles' years walked every release-date claim, 5.8 s instead of 0.5 ms.
describe("planner statistics [sqlite]", () => {
  it("an index that came after the last ANALYZE gets statistics when the store is opened", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const first = connect(database.url);
      await migrateToLatest(first);
      await first.close();
      // A store nobody analysed stays so: without statistics SQLite takes every index for selective,
      // which every hot read here is written for; statistics of a tiny store would pick scans instead.
      await connect(database.url).close();
      const probe = new Sqlite(database.url, { readonly: true });
      assert.equal(probe.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").get(), undefined);
      probe.close();
      // A catalog: many titles, each with a release date and a country, and one chart title with thousands of weekly ranks.
      const raw = new Sqlite(database.url);
      raw.exec("INSERT INTO source (id, kind, title, retrieved_at, content_hash, format, text) VALUES ('src_1', 'dataset', 'catalog', '2026-01-01', 'h', 'text', '')");
      const entity = raw.prepare("INSERT INTO entity (id, kind, name, created_at) VALUES (?, 'title', ?, '2026-01-01')");
      const claim = raw.prepare(`INSERT INTO claim (id, subject_id, property, value_type, value_json, value_key, qualifiers_json, certainty, rank, source_id, quote, made_by_kind, made_by, made_by_version, recorded_at, known_from, fingerprint)
        VALUES (?, ?, ?, 'text', '{}', ?, '{}', 'confirmed', 'normal', 'src_1', '', 'importer', 'test', '1', '2026-01-01', '2026-01-01', ?)`);
      raw.transaction(() => {
        let n = 0;
        for (let t = 0; t < 3000; t++) {
          entity.run(`ttl_${t}`, `Title ${t}`);
          for (const property of ["release-date", "country", "genre"]) claim.run(`clm_${n}`, `ttl_${t}`, property, `${property}-${t % 50}`, `f${n++}`);
        }
        for (let week = 0; week < 3000; week++) claim.run(`clm_${n}`, "ttl_0", "rank", String(week), `f${n++}`);
      })();
      // Statistics taken before the (property, value) index existed, as on a store analysed and then upgraded.
      raw.exec("ANALYZE; DELETE FROM sqlite_stat1 WHERE idx = 'claim_property_value'");
      raw.close();
      assert.equal(statisticsOf(database.url, "claim_property_value"), undefined);

      await connect(database.url).close();
      // 9,000 catalog claims over three properties and 3,000 ranks: each property holds thousands of rows, each title a few.
      const [rows, perProperty] = (statisticsOf(database.url, "claim_property_value") ?? "").split(" ").map(Number);
      assert.ok(rows! >= 1000 && perProperty! >= 1000, `statistics for claim_property_value: ${statisticsOf(database.url, "claim_property_value")}`);
    } finally {
      await database.drop();
    }
  });

  // entity.merged_into and parent_id are NULL for nearly every row. Statistics without STAT4
  // samples (an ANALYZE by a sqlite3 command line built without them) count those NULLs as one value
  // shared by half the table, and a full index of the column then looked useless: a card's
  // `merged_into IN (…)` walked every entity (51 ms a card on 500,000 entities, against 0.6 ms).
  it("finds merged and child entities through their indexes whatever statistics the store has", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      const first = connect(database.url);
      await migrateToLatest(first);
      await first.close();
      let raw = new Sqlite(database.url);
      const entity = raw.prepare("INSERT INTO entity (id, kind, name, merged_into, created_at) VALUES (?, 'person', ?, ?, '2026-01-01')");
      raw.transaction(() => {
        for (let i = 0; i < 20_000; i++) entity.run(`per_${i}`, `Person ${i}`, i === 1 ? "per_0" : null);
      })();
      raw.exec("ANALYZE; DELETE FROM sqlite_stat4");
      raw.close();
      // Statistics are read when a handle opens.
      raw = new Sqlite(database.url, { readonly: true });
      const plan = (text: string, ...parameters: unknown[]) => (raw.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...parameters) as { detail: string }[]).map((r) => r.detail).join("; ");
      assert.match(plan(`SELECT id FROM entity WHERE merged_into IN (?, ?, ?, ?, ?)`, "per_0", "per_2", "per_4", "per_6", "per_8"), /SEARCH entity USING INDEX entity_merged_into/);
      assert.match(plan(`SELECT id FROM entity WHERE merged_into = ?`, "per_0"), /SEARCH entity USING INDEX entity_merged_into/);
      assert.match(plan(`SELECT * FROM entity WHERE parent_id = ? AND kind = ? AND number = ?`, "ttl_1", "season", 2), /SEARCH entity USING INDEX entity_parent/);
      raw.close();
    } finally {
      await database.drop();
    }
  });
});
