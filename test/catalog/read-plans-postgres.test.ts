// one engine: test/catalog/query-plans.test.ts holds SQLite's plans for the same reads; this asks PostgreSQL's.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { CompiledQuery } from "kysely";
import pg from "pg";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { listTitles, search, upcomingReleases } from "../../src/catalog/catalog.service.ts";
import { recentChanges } from "../../src/catalog/home.ts";
import { findEntitiesByAliasKeys } from "../../src/entities/entity.repository.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { nameKeys } from "../../src/names/match-names.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, unavailableReason } from "../support/dialects.ts";

const examples = path.resolve(import.meta.dirname, "../../examples/articles");

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

// Several nodes share one PostgreSQL: what every node reads most (search, a title lookup, its card,
// the home page, the title list) must be answered through indexes whatever the catalog's size. Each
// statement is planned with sequential scans priced out (enable_seqscan off), so a scan left in a
// plan means no index can answer it.
describe("hot reads use indexes [postgres]", { skip: unavailableReason("postgres") }, () => {
  it("plans no sequential scan for search, title lookup, the card, the home page and the title list", async () => {
    const database = await createTestDatabase("postgres");
    try {
      const seed = connect(database.url);
      await migrateToLatest(seed);
      for (const file of fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort()) {
        await ingestArticle(seed, fixedClock("2026-01-01T00:00:00Z"), { bytes: fs.readFileSync(path.join(examples, file)), label: file }, 5_000_000);
      }
      await seed.close();
      const seen = new Map<string, readonly unknown[]>();
      const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void seen.set(query.sql, query.parameters) });
      try {
        for (const q of ["the glory", "glory", "the glroy", "더 글로리", "song hye go", "hye-kyo song", "hospital plyalist", "x"]) await search(connection.db, q);
        for (const q of ["The Glory", "the glroy"]) {
          const title = await findTitle(connection.db, q).catch(() => undefined);
          if (title) await getTitleCard(connection.db, title, { asOf: null, today: "2026-12-01" });
        }
        await findEntitiesByAliasKeys(connection.db, "person", nameKeys("Song Hye Kyo"));
        await recentChanges(connection.db);
        await upcomingReleases(connection.db, "2026-12-01");
        await listTitles(connection.db, 50, 0);
      } finally {
        await connection.close();
      }
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const scans: string[] = [];
      try {
        await client.query("SET enable_seqscan = off");
        for (const [text, parameters] of seen) {
          if (!/^\s*select/i.test(text) || /kysely_migration|pg_catalog/i.test(text)) continue;
          const result = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, parameters as unknown[]);
          const walk = (node: PlanNode) => {
            if (node["Node Type"] === "Seq Scan") scans.push(`Seq Scan on ${node["Relation Name"]}: ${text.slice(0, 200)}`);
            for (const child of node.Plans ?? []) walk(child);
          };
          walk(result.rows[0]!["QUERY PLAN"][0]!.Plan);
        }
      } finally {
        await client.end();
      }
      assert.ok(seen.size > 10, `${seen.size} statements seen`);
      assert.deepEqual(scans, []);
    } finally {
      await database.drop();
    }
  });
});
