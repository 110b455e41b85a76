import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { sql, type CompiledQuery } from "kysely";
import pg from "pg";
import { fixedClock } from "../../src/app/clock.ts";
import { recentChanges } from "../../src/catalog/home.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";

const examples = path.resolve(import.meta.dirname, "../../examples/articles");

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

// The home page's news is read from the front of the partial index claim_news (migration 0016), in
// its order, rather than by sorting every release date of the catalog (a second on a million titles,
// after every write). The query must keep the index's WHERE clause word for word: change either
// alone and the engines stop using the index, silently; this test notices.
for (const engine of requestedDialects()) {
  describe(`the home page's news reads the claim_news index in order [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("plans the newest news claims as a walk of claim_news, with no sort", async () => {
      const database = await createTestDatabase(engine);
      try {
        const seed = connect(database.url);
        await migrateToLatest(seed);
        for (const file of fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort()) {
          await ingestArticle(seed, fixedClock("2026-01-01T00:00:00Z"), { bytes: fs.readFileSync(path.join(examples, file)), label: file }, 5_000_000);
        }
        // Statistics, as an import of any size leaves them (refreshPlannerStatistics).
        await sql`ANALYZE`.execute(seed.db);
        await seed.close();
        let news: CompiledQuery | undefined;
        const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void (news ??= /claim_news|value_key IN/i.test(query.sql) ? query : undefined) });
        const changes = await recentChanges(connection.db);
        await connection.close();
        assert.ok(changes.length > 0, "the examples hold news");
        assert.ok(news, "the news query ran");
        if (engine === "sqlite") {
          const plans = new Sqlite(database.url, { readonly: true });
          const plan = (plans.prepare(`EXPLAIN QUERY PLAN ${news.sql}`).all(...(news.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail);
          plans.close();
          assert.ok(plan.some((d) => /USING INDEX claim_news/.test(d)), plan.join("\n"));
          assert.ok(!plan.some((d) => /TEMP B-TREE FOR ORDER BY/.test(d)), plan.join("\n"));
        } else {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            // A table of a few hundred rows is cheaper to sort than to walk: price both out, so that
            // only a plan the index can give is left.
            await client.query("SET enable_seqscan = off");
            await client.query("SET enable_sort = off");
            const result = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${news.sql}`, news.parameters as unknown[]);
            const nodes: PlanNode[] = [];
            const walk = (node: PlanNode) => {
              nodes.push(node);
              for (const child of node.Plans ?? []) walk(child);
            };
            walk(result.rows[0]!["QUERY PLAN"][0]!.Plan);
            assert.ok(nodes.some((n) => n["Index Name"] === "claim_news"), JSON.stringify(nodes.map((n) => [n["Node Type"], n["Index Name"]])));
            assert.ok(!nodes.some((n) => n["Node Type"] === "Sort"), "no sort");
          } finally {
            await client.end();
          }
        }
      } finally {
        await database.drop();
      }
    });
  });
}
