// npm run bench:ingest — articles and tokens per second, end to end (read, clean, extract,
// resolve, one transaction per article into SQLite), against wink-nlp's tokenizer alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixedClock } from "../src/app/clock.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { ingestArticle } from "../src/ingest/pipeline.ts";
import { countTokens } from "../src/ingest/extract/sentences.ts";
import { cpuNote, peakRssMb, report } from "./support.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const root = path.resolve(import.meta.dirname, "..");
const sources = [
  ...fs.readdirSync(path.join(root, "examples/articles")).map((f) => path.join(root, "examples/articles", f)),
  ...fs.readdirSync(path.join(root, "test/fixtures/articles")).filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(root, "test/fixtures/articles", f)),
];
const templates = sources.map((file) => fs.readFileSync(file, "utf8"));

// Each article is a fixture with its show renamed (50 shows per fixture) and a line of its own,
// so every one is new to the store and titles, people and claims accumulate as in real use.
function corpus(): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const template = templates[i % templates.length]!;
    const variant = Math.floor(i / templates.length) % 50;
    const text = template.replace(/(Related Articles|Related Stories|<\/article>)/, `Reader reference ${i}.\n\n$1`).replace(/\b(The Glory|Wednesday|Queen of Tears|The Irregulars|Squid Game)\b/g, `$1 ${variant}`);
    out.push({ label: `${path.basename(sources[i % sources.length]!)}#${i}`, text: text.includes(`Reader reference ${i}.`) ? text : `${text}\n\nReader reference ${i}.` });
  }
  return out;
}

const articles = corpus();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-ingest-"));
const connection = connect(path.join(dir, "bench.db"));
await migrateToLatest(connection);
const clock = fixedClock("2026-01-01T00:00:00Z");
const tokens = articles.reduce((sum, a) => sum + countTokens(a.text), 0);

const started = performance.now();
let claims = 0;
for (const article of articles) {
  const result = await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(article.text), label: article.label, published: "2025-12-01" }, 5_000_000);
  claims += result.claimsAdded;
}
const seconds = (performance.now() - started) / 1000;
await connection.close();

const ceilingStart = performance.now();
let ceilingTokens = 0;
for (const article of articles) ceilingTokens += countTokens(article.text);
const ceilingSeconds = (performance.now() - ceilingStart) / 1000;
fs.rmSync(dir, { recursive: true, force: true });

report("cpu affinity mask (taskset)", cpuNote());
report("articles", `${articles.length} (${tokens.toLocaleString("en")} tokens, ${claims.toLocaleString("en")} claims stored)`);
report("ingest end to end (SQLite, one transaction each)", `${(articles.length / seconds).toFixed(1)} articles/s, ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s`);
report("ceiling: wink-nlp tokenize only", `${Math.round(ceilingTokens / ceilingSeconds).toLocaleString("en")} tokens/s`);
report("ratio ingest / ceiling", `${((tokens / seconds / (ceilingTokens / ceilingSeconds)) * 100).toFixed(1)}%`);
report("peak RSS", `${peakRssMb()} MB`);
