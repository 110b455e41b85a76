// npm run bench:import — a synthetic IMDb-format title.principals of BENCH_ROWS rows (default 10
// million; ten principals per title, people drawn from a pool of rows/5) imported as a user runs it,
// `cliffhanger --db <store> import imdb <file>` in a process of its own, on each engine of
// BENCH_ENGINES (default sqlite,postgres; PostgreSQL is a throwaway server started here, as the tests
// start theirs, fsync off). Beside it, the ceilings on the same file: sqlite3's `.import` into a bare
// table, and psql's `\copy` into one. Prints rows/s and the ratio to the ceiling, the rate of the
// first and last 10% of the rows (from the import's own progress record, polled each second), the
// import process's peak RSS and the highest RSS of each minute, and the time to import the same file
// again.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { startPostgres, type PostgresServer } from "../test/support/postgres-server.ts";
import { writePrincipals } from "./imdb-principals.ts";
import { report } from "./support.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",").map((e) => e.trim());
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-import-"));
const file = path.join(dir, "title.principals.tsv");

const written = performance.now();
writePrincipals(file, ROWS);
report("synthetic title.principals", `${ROWS.toLocaleString("en")} rows, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB, written in ${((performance.now() - written) / 1000).toFixed(1)} s`);
report("machine", `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (shared: figures are noisy)`);

function vm(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

interface Run {
  seconds: number;
  peakRss: number;
  perMinute: number[];
  /** [seconds since start, rows committed] each second. */
  progress: [number, number][];
  output: string;
}

/** The CLI in a process of its own (with the import's own V8 flag, so it does not re-launch itself), sampled each second. */
async function runCli(db: string, rowsCommitted: () => Promise<number | undefined>): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--max-semi-space-size=2", path.join(root, "bin/cliffhanger.js"), "--db", db, "--log-level", "error", "import", "imdb", file, "--json"], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let peakRss = 0;
  const perMinute: number[] = [];
  const progress: [number, number][] = [];
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    await new Promise((r) => setTimeout(r, 1000));
    const hwm = vm(child.pid!, "VmHWM");
    const rss = vm(child.pid!, "VmRSS");
    if (hwm) peakRss = Math.max(peakRss, hwm);
    const at = (performance.now() - started) / 1000;
    if (rss) perMinute[Math.floor(at / 60)] = Math.max(perMinute[Math.floor(at / 60)] ?? 0, rss);
    const rows = await rowsCommitted().catch(() => undefined);
    if (rows !== undefined) progress.push([at, rows]);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`import exited ${code}: ${output}`);
  return { seconds: (performance.now() - started) / 1000, peakRss, perMinute, progress, output };
}

/** Rows per second over the first and the last tenth of the rows, from the progress record. */
function tenths(run: Run): { first: number; last: number } {
  const firstAt = run.progress.find(([, rows]) => rows >= ROWS * 0.1);
  const lastFrom = run.progress.filter(([, rows]) => rows <= ROWS * 0.9).pop();
  const first = firstAt ? firstAt[1] / firstAt[0] : Number.NaN;
  const last = lastFrom ? (ROWS - lastFrom[1]) / (run.seconds - lastFrom[0]) : Number.NaN;
  return { first, last };
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)}`;
const rate = (n: number) => `${Math.round(n).toLocaleString("en")} rows/s`;

function printRun(engine: string, run: Run, again: Run, ceilingSeconds: number, ceilingName: string): void {
  const summary = JSON.parse(run.output) as { claimsAdded: number; rowsRejected: number };
  const { first, last } = tenths(run);
  report(`[${engine}] cliffhanger import imdb (the CLI)`, `${rate(ROWS / run.seconds)} (${run.seconds.toFixed(1)} s; ${summary.claimsAdded.toLocaleString("en")} claims, ${summary.rowsRejected} rejected)`);
  report(`[${engine}] ceiling: ${ceilingName}`, `${rate(ROWS / ceilingSeconds)} (${ceilingSeconds.toFixed(1)} s)`);
  report(`[${engine}] ratio import / ceiling`, `${((ceilingSeconds / run.seconds) * 100).toFixed(1)}%`);
  report(`[${engine}] first 10% / last 10% of the rows`, `${rate(first)} / ${rate(last)} (last/first ${(last / first).toFixed(2)})`);
  report(`[${engine}] peak RSS of the import process`, `${mb(run.peakRss)} MB`);
  report(`[${engine}] highest RSS per minute (MB)`, run.perMinute.map((rss, i) => `${i + 1}: ${rss === undefined ? "—" : mb(rss)}`).join(", "));
  report(`[${engine}] the same file again`, `${again.seconds.toFixed(2)} s (${((again.seconds / run.seconds) * 100).toFixed(2)}% of the import)`);
}

if (ENGINES.includes("sqlite")) {
  const ceilingDb = path.join(dir, "ceiling.db");
  const ceilingStart = performance.now();
  execFileSync("sqlite3", [ceilingDb], { input: `.mode tabs\nCREATE TABLE principals (tconst TEXT, ordering TEXT, nconst TEXT, category TEXT, job TEXT, characters TEXT);\n.import --skip 1 ${file} principals\n` });
  const ceilingSeconds = (performance.now() - ceilingStart) / 1000;
  fs.rmSync(ceilingDb, { force: true });

  const db = path.join(dir, "cliffhanger.db");
  execFileSync(process.execPath, [path.join(root, "bin/cliffhanger.js"), "--db", db, "migrate"], { stdio: "ignore" });
  const reader = new Sqlite(db, { readonly: true });
  const committed = async () => (reader.prepare("SELECT rows_read FROM import_run").get() as { rows_read: number } | undefined)?.rows_read;
  const run = await runCli(db, committed);
  const again = await runCli(db, committed);
  reader.close();
  report("[sqlite] store size", `${(fs.statSync(db).size / 1e6).toFixed(0)} MB (${Math.round(fs.statSync(db).size / ROWS)} bytes per row)`);
  printRun("sqlite", run, again, ceilingSeconds, "sqlite3 .import into a bare table");
  fs.rmSync(db, { force: true });
}

if (ENGINES.includes("postgres")) {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE TABLE principals (tconst text, ordering text, nconst text, category text, job text, characters text)");
    const ceilingStart = performance.now();
    // psql's \copy in text format reads backslashes as escapes: csv with a tab delimiter takes \N as written.
    execFileSync("psql", [server.url, "-q", "-c", `\\copy principals FROM '${file}' WITH (FORMAT csv, DELIMITER E'\\t', HEADER true, QUOTE E'\\x01')`]);
    const ceilingSeconds = (performance.now() - ceilingStart) / 1000;
    await admin.query("CREATE DATABASE cliffhanger");
    await admin.end();
    const url = server.url.replace(/\/[^/]*$/, "/cliffhanger");
    execFileSync(process.execPath, [path.join(root, "bin/cliffhanger.js"), "--db", url, "migrate"], { stdio: "ignore" });
    const poll = new pg.Client({ connectionString: url });
    await poll.connect();
    const committed = async () => (await poll.query<{ rows_read: number }>("SELECT rows_read FROM import_run")).rows[0]?.rows_read;
    const run = await runCli(url, committed);
    const again = await runCli(url, committed);
    const size = (await poll.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size")).rows[0]!.size;
    await poll.end();
    report("[postgres] store size", `${(Number(size) / 1e6).toFixed(0)} MB (${Math.round(Number(size) / ROWS)} bytes per row)`);
    printRun("postgres", run, again, ceilingSeconds, "psql \\copy into a bare table");
  } finally {
    server?.stop();
  }
}
fs.rmSync(dir, { recursive: true, force: true });
