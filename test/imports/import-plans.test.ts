import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import type { CompiledQuery } from "kysely";
import pg from "pg";
import { writePrincipals } from "../../bench/imdb-principals.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import type { Engine } from "../../src/storage/db.ts";
import { connect } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { bundledDatasets, importAll } from "../support/dataset-cards.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

// Every statement an import runs is planned here, on each engine, and none may read a whole table
// that grows with the store: the staging table (one batch, emptied at its end) is the only one a
// plan may walk. SQLite is asked with and without planner statistics (a fresh store has none);
// PostgreSQL with sequential scans priced out (enable_seqscan off), so that a scan in its plan means
// no index can answer, whatever the tables' sizes here.

/** Tables whose rows are bounded by a batch, not by the store. */
const bounded = new Set(["claim_stage", "fact_stage", "staged"]);

function sqliteScans(url: string, statements: Map<string, readonly unknown[]>, withStatistics: boolean): string[] {
  const database = new Sqlite(url);
  try {
    if (!withStatistics) {
      database.exec("DELETE FROM sqlite_stat1");
      database.close();
      return sqliteScans(url, statements, true);
    }
    const scans: string[] = [];
    for (const [text, parameters] of statements) {
      if (/^\s*create temp/i.test(text)) database.exec(text);
    }
    for (const [text, parameters] of statements) {
      if (!/^\s*(select|insert|update|delete|with)\b/i.test(text) || /kysely_migration|sqlite_master|pragma_/i.test(text)) continue;
      const rows = database.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(parameters as unknown[])) as { detail: string }[];
      for (const row of rows) {
        // A scan of a table (not of a VALUES list, a subquery's rows or FTS5's virtual table).
        const scanned = /^SCAN (\w+)(?! VIRTUAL TABLE)/.exec(row.detail)?.[1];
        if (scanned && !bounded.has(scanned) && !/^(CONSTANT|\(subquery|\d+-ROW VALUES)/.test(row.detail.slice(5))) scans.push(`${row.detail}: ${text.slice(0, 200)}`);
      }
    }
    return scans;
  } finally {
    if (database.open) database.close();
  }
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

async function postgresScans(url: string, statements: Map<string, readonly unknown[]>): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off");
    for (const [text] of statements) if (/^\s*create temp/i.test(text)) await client.query(text);
    const scans: string[] = [];
    for (const [text, parameters] of statements) {
      if (!/^\s*(select|insert|update|delete|with)\b/i.test(text) || /kysely_migration|pg_catalog|information_schema/i.test(text)) continue;
      const result = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, parameters as unknown[]);
      const walk = (node: PlanNode) => {
        if (node["Node Type"] === "Seq Scan" && !bounded.has(node["Relation Name"] ?? "")) scans.push(`Seq Scan on ${node["Relation Name"]}: ${text.slice(0, 200)}`);
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(result.rows[0]!["QUERY PLAN"][0]!.Plan);
    }
    return scans;
  } finally {
    await client.end();
  }
}

for (const engine of requestedDialects()) {
  describe(`dataset imports read through indexes [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("plans no scan of a growing table for any statement an import runs", async () => {
      const database = await createTestDatabase(engine as Engine);
      const dir = tempDir("cliff-import-plans");
      try {
        const statements = new Map<string, readonly unknown[]>();
        // The import's statements, not the migrations' (a migration may rightly rewrite a whole table, once).
        let recording = false;
        const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void (recording && statements.set(query.sql, query.parameters)) });
        try {
          await migrateToLatest(connection);
          recording = true;
          await importAll(connection, bundledDatasets(repoRoot), "2026-11-21T12:00:00.000Z");
          // Credits are facts of their file (dataset_fact), not claims: a ratings file makes `claim` grow
          // first, as a store's does, so that the statistics the principals' import plans with are those
          // of a claim table that grows (SQLite's PRAGMA optimize re-reads a table once it is 25 times larger).
          const ratings = path.join(dir, "title.ratings.tsv");
          fs.writeFileSync(ratings, ["tconst\taverageRating\tnumVotes", ...Array.from({ length: 3_000 }, (_, i) => `tt${String(2_000_000 + i).padStart(8, "0")}\t7.${i % 10}\t${1_000 + i}`)].join("\n"));
          assert.equal((await importFile(connection, imdb, ratings, { now: "2026-11-21T12:00:00.000Z", batchSize: 1_000 })).rowsImported, 3_000);
          const principals = path.join(dir, "title.principals.tsv");
          writePrincipals(principals, 3_000);
          const summary = await importFile(connection, imdb, principals, { now: "2026-11-21T12:00:00.000Z", batchSize: 1_000 });
          assert.equal(summary.rowsImported, 3_000);
        } finally {
          await connection.close();
        }
        const kinds = [...statements.keys()].map((s) => s.trim().split(/\s+/)[0]!.toLowerCase());
        assert.ok(kinds.filter((k) => k === "select").length > 20 && kinds.includes("insert") && kinds.includes("update"), `${statements.size} statements seen`);
        assert.ok([...statements.keys()].some((s) => /INSERT INTO claim .*SELECT/s.test(s)), "the set-based claim insert was planned");
        assert.ok([...statements.keys()].some((s) => /INSERT INTO dataset_fact .*SELECT/s.test(s)), "the set-based fact insert was planned");
        assert.ok([...statements.keys()].some((s) => /from "dataset_id" inner join "entity"/s.test(s)), "the batch's lookup of dataset ids was planned");
        if (engine === "sqlite") {
          assert.deepEqual(sqliteScans(database.url, statements, true), [], "with planner statistics");
          assert.deepEqual(sqliteScans(database.url, statements, false), [], "without planner statistics");
        } else {
          assert.deepEqual(await postgresScans(database.url, statements), []);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
        await database.drop();
      }
    });
  });
}
