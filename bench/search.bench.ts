// npm run bench:search — how search ranks (mean reciprocal rank over test/fixtures/search/queries.tsv)
// and how fast it answers, on a store with every bundled dataset imported (../shared/data) and the
// example articles ingested. The store is built once with the CLI (about 3 minutes) and kept at
// BENCH_STORE (default: the system's temporary folder), so later runs start at once.
import fs from "node:fs";
import path from "node:path";
import { search } from "../src/catalog/catalog.service.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { cpuNote, datasetStore, percentile, report } from "./support.ts";

const root = path.resolve(import.meta.dirname, "..");
const store = datasetStore();

const connection = connect(store);
await migrateToLatest(connection);
const db = connection.db;
const [, ...lines] = fs.readFileSync(path.join(root, "test/fixtures/search/queries.tsv"), "utf8").trim().split("\n");
const queries = lines.map((line) => {
  const [query, kind, expected, group] = line.split("\t") as [string, "title" | "person", string, string];
  return { query, kind, expected, group };
});

// The expected entity: the one of that kind holding that spelling (the query set names each by a stored name).
const expectedIds = new Map<string, string>();
const problems: string[] = [];
for (const { kind, expected } of queries) {
  if (expectedIds.has(`${kind}|${expected}`)) continue;
  const rows = await db.selectFrom("alias").innerJoin("entity", "entity.id", "alias.entity_id").select("entity.id").distinct().where("alias.name", "=", expected).where("entity.kind", "=", kind).where("entity.merged_into", "is", null).execute();
  if (rows.length !== 1) problems.push(`${kind} "${expected}": ${rows.length} entities`);
  else expectedIds.set(`${kind}|${expected}`, rows[0]!.id);
}
if (problems.length) throw new Error(`the query set names entities the store does not hold once: ${problems.join("; ")}`);

let reciprocal = 0;
let first = 0;
const byGroup = new Map<string, { n: number; rr: number }>();
const misses: string[] = [];
for (const q of queries) {
  const results = await search(db, q.query);
  const rank = results.findIndex((r) => r.id === expectedIds.get(`${q.kind}|${q.expected}`)) + 1;
  const rr = rank > 0 ? 1 / rank : 0;
  reciprocal += rr;
  if (rank === 1) first += 1;
  else misses.push(`  ${q.query} → ${rank > 0 ? `rank ${rank}` : "not found"} (first: ${results[0]?.name ?? "nothing"})`);
  const g = byGroup.get(q.group) ?? { n: 0, rr: 0 };
  byGroup.set(q.group, { n: g.n + 1, rr: g.rr + rr });
}

// Speed: every query 20 times, after one pass to warm the statements.
const latencies: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    const t0 = performance.now();
    await search(db, q.query);
    latencies.push(performance.now() - t0);
  }
}
latencies.sort((a, b) => a - b);
const aliases = await db.selectFrom("alias").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
await connection.close();

report("cpu affinity mask (taskset)", cpuNote());
report("store", `${Number(aliases.n).toLocaleString("en")} aliases`);
report("mean reciprocal rank", `${(reciprocal / queries.length).toFixed(3)} over ${queries.length} queries; first ${first}/${queries.length}`);
for (const [group, g] of [...byGroup].sort()) report(`  ${group}`, `MRR ${(g.rr / g.n).toFixed(3)} (${g.n})`);
if (misses.length) process.stdout.write(`not first:\n${misses.join("\n")}\n`);
report("search latency in process (sqlite)", `p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms over ${latencies.length}`);
