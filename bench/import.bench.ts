// npm run bench:import — rows per second importing a synthetic IMDb-format title.principals of
// 10 million rows (BENCH_ROWS) into SQLite, with validation and claims; the sqlite3 command-line
// .import of the same file into a bare table is the ceiling. Prints the ratio, peak memory, and the
// peak of each minute of the import, so that whether memory stays flat can be read off.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { imdb } from "../src/imports/imdb.ts";
import { importFile } from "../src/imports/import-runner.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { cpuNote, report } from "./support.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-import-"));
const file = path.join(dir, "title.principals.tsv");

// Ten principals per title, as IMDb lists them: actors with characters, then crew.
const categories = ["actor", "actress", "actor", "actress", "director", "writer", "producer", "composer", "cinematographer", "editor"];
const started = performance.now();
{
  const out = fs.openSync(file, "w");
  let buffer = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n";
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const people = Math.max(10, Math.floor(ROWS / 5));
  for (let i = 0; i < ROWS; i++) {
    const title = Math.floor(i / 10);
    const category = categories[i % 10]!;
    const characters = category.startsWith("act") ? `["Character ${i % 7}"]` : "\\N";
    buffer += `tt${String(1_000_000 + title).padStart(8, "0")}\t${(i % 10) + 1}\tnm${String(1_000_000 + Math.floor(random() * people)).padStart(8, "0")}\t${category}\t\\N\t${characters}\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = "";
    }
  }
  fs.writeSync(out, buffer);
  fs.closeSync(out);
}
report("synthetic title.principals", `${ROWS.toLocaleString("en")} rows, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The ceiling: sqlite3's own .import into a bare table, no validation, no claims.
const ceilingDb = path.join(dir, "ceiling.db");
const ceilingStart = performance.now();
execFileSync("sqlite3", [ceilingDb], { input: `.mode tabs\nCREATE TABLE principals (tconst TEXT, ordering TEXT, nconst TEXT, category TEXT, job TEXT, characters TEXT);\n.import --skip 1 ${file} principals\n` });
const ceilingSeconds = (performance.now() - ceilingStart) / 1000;

const dbFile = path.join(dir, "cliffhanger.db");
const connection = connect(dbFile);
await migrateToLatest(connection);
let peak = 0;
/** The highest RSS seen in each minute of the import. */
const perMinute: number[] = [];
const importStart = performance.now();
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  const minute = Math.floor((performance.now() - importStart) / 60_000);
  perMinute[minute] = Math.max(perMinute[minute] ?? 0, rss);
}, 200);
const summary = await importFile(connection, imdb, file, { now: "2026-01-01T00:00:00.000Z", batchSize: 5000 });
const importSeconds = (performance.now() - importStart) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await connection.close();

report("cpu affinity mask (taskset)", cpuNote());
report("cliffhanger import imdb (validation, entities, claims)", `${Math.round(ROWS / importSeconds).toLocaleString("en")} rows/s (${importSeconds.toFixed(1)} s; ${summary.claimsAdded.toLocaleString("en")} claims, ${summary.rowsRejected} rejected)`);
report("ceiling: sqlite3 .import into a bare table", `${Math.round(ROWS / ceilingSeconds).toLocaleString("en")} rows/s (${ceilingSeconds.toFixed(1)} s)`);
report("ratio import / ceiling", `${((ceilingSeconds / importSeconds) * 100).toFixed(1)}%`);
report("peak RSS during the import", `${Math.round(peak / 1024 / 1024)} MB (after: heap ${Math.round(process.memoryUsage().heapUsed / 1024 / 1024)} MB, external ${Math.round(process.memoryUsage().external / 1024 / 1024)} MB)`);
const mb = (bytes: number | undefined) => (bytes === undefined ? "—" : `${Math.round(bytes / 1024 / 1024)}`);
report("peak RSS per minute of the import (MB)", perMinute.map((rss, i) => `${i + 1}: ${mb(rss)}`).join(", "));
// From the third minute on (the batches, caches and statement cache have filled): how much more memory the rest took.
if (perMinute.length >= 4) {
  const settled = perMinute[2]!;
  const later = Math.max(...perMinute.slice(3).filter((v) => v !== undefined));
  report("RSS growth after the third minute", `${mb(later - settled)} MB (${mb(settled)} MB in minute 3, at most ${mb(later)} MB after)`);
} else report("RSS growth after the third minute", `not measured: the import took ${importSeconds.toFixed(0)} s, under four minutes`);
fs.rmSync(dir, { recursive: true, force: true });
