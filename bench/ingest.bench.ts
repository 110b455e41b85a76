// npm run bench:ingest — articles and tokens per second, end to end (read, clean, extract,
// resolve, one transaction per article into SQLite), against wink-nlp's tokenizer alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixedClock } from "../src/app/clock.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { ingestArticle, readArticle } from "../src/ingest/pipeline.ts";
import { countTokens } from "../src/ingest/extract/sentences.ts";
import { cpuNote, peakRssMb, report } from "./support.ts";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const root = path.resolve(import.meta.dirname, "..");
const sources = [
  ...fs.readdirSync(path.join(root, "examples/articles")).map((f) => path.join(root, "examples/articles", f)),
  ...fs.readdirSync(path.join(root, "test/fixtures/articles")).filter((f) => /\.(txt|html)$/.test(f)).map((f) => path.join(root, "test/fixtures/articles", f)),
];
const templates = sources.map((file) => fs.readFileSync(file, "utf8"));

// The show each fixture is about, as the extractor reads it: the name the corpus renames.
const shows = sources.map((file, i) => readArticle({ bytes: fs.readFileSync(file), label: path.basename(file) }, 5_000_000).extraction.title ?? `(none in ${path.basename(sources[i]!)})`);

// Fifty invented words to rename a show with ("Harbour Lights Dorvane"): a number would read as a
// season ("Harbour Lights 7"), and a real word could be one the extractor knows.
const variants = Array.from({ length: 50 }, (_, v) => `${["Dor", "Kel", "Mar", "Tav", "Bri", "Sol", "Fen", "Qua", "Ril", "Zan"][v % 10]}${["vane", "mith", "orra", "ulen", "isk"][Math.floor(v / 10)]}`);

// Each article is a fixture with its show renamed to one of 50 variants and a line of its own, so
// every one is new to the store and titles, people and claims accumulate as in real use. Fixtures
// about the same show share its variants, as articles about one show do.
function corpus(): { label: string; text: string; show: string | null }[] {
  const out: { label: string; text: string; show: string | null }[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const template = templates[i % templates.length]!;
    const show = shows[i % templates.length]!;
    const variant = variants[Math.floor(i / templates.length) % variants.length]!;
    const name = new RegExp(`(?<![\\p{L}\\p{N}])${show.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    const renamed = template.replace(name, `${show} ${variant}`);
    const text = renamed.replace(/(Related Articles|Related Stories|<\/article>)/, `Reader reference ${i}.\n\n$1`);
    out.push({ label: `${path.basename(sources[i % sources.length]!)}#${i}`, text: text.includes(`Reader reference ${i}.`) ? text : `${text}\n\nReader reference ${i}.`, show: renamed === template ? null : `${show} ${variant}` });
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
report("corpus", `${templates.length} fixtures about ${new Set(shows).size} shows; ${articles.filter((a) => a.show).length} articles renamed, to ${new Set(articles.map((a) => a.show).filter(Boolean)).size} distinct shows`);
report("ingest end to end (SQLite, one transaction each)", `${(articles.length / seconds).toFixed(1)} articles/s, ${Math.round(tokens / seconds).toLocaleString("en")} tokens/s`);
report("ceiling: wink-nlp tokenize only", `${Math.round(ceilingTokens / ceilingSeconds).toLocaleString("en")} tokens/s`);
report("ratio ingest / ceiling", `${((tokens / seconds / (ceilingTokens / ceilingSeconds)) * 100).toFixed(1)}%`);
report("peak RSS", `${peakRssMb()} MB`);
