// npm run bench:search-http — `/search` and `/titles/{name}` over HTTP at 32 connections on a store
// with every bundled dataset imported and a synthetic catalog of 1,000,000 more titles (BENCH_TITLES),
// thousands of distinct queries: requests per second, p50 and p99 at 32 connections and at one, and
// each query's own time in process (which query kinds make the tail). The server runs pinned to
// core 0, the load client (wrk when installed, see load-client.ts) here, and beside them a node:http
// ceiling answering the same paths with the same bytes under the same client. At 32 connections every request waits for the 31 before it, so p99 is
// about 32 requests' time: under 10 ms needs over 3,200 requests a second from one core.
// The store is built once (the dataset store copied, then the synthetic titles written with
// prepared statements, several minutes) and kept in the system's temporary folder (BENCH_SEARCH_STORE).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { search } from "../src/catalog/search.service.ts";
import { findTitle } from "../src/catalog/find-title.ts";
import { searchKey } from "../src/domain/search-key.ts";
import { titleKey } from "../src/ingest/resolve/resolve-entities.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { describeLoad, httpLoad, loadClient, startCeiling, warm, type Captured } from "./load-client.ts";
import { cpuNote, datasetStore, percentile, report, SERVE_HEAP_FLAG } from "./support.ts";

const root = path.resolve(import.meta.dirname, "..");
const TITLES = Number(process.env.BENCH_TITLES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const store = process.env.BENCH_SEARCH_STORE ?? path.join(os.tmpdir(), `cliffhanger-bench-search-${TITLES}.db`);
const hasTaskset = fs.existsSync("/usr/bin/taskset");

function rng(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/**
 * The synthetic titles: words drawn, by their frequency, from the dataset titles' own words (so that
 * common words and trigrams are as common as in real titles), one to five words, a leading "The"
 * now and then; each title with a release-date claim from one of a hundred dataset sources, as an
 * import writes them. Ids and names are a function of the index, so the queries can name them.
 */
function syntheticTitle(index: number, words: string[]): { name: string; year: number; subtype: string } {
  const random = rng(index * 7919 + 17);
  const lengthRoll = random();
  const count = lengthRoll < 0.1 ? 1 : lengthRoll < 0.45 ? 2 : lengthRoll < 0.75 ? 3 : lengthRoll < 0.9 ? 4 : 5;
  const picked: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = words[Math.floor(random() * words.length)]!;
    picked.push(word[0]!.toUpperCase() + word.slice(1));
  }
  const name = `${random() < 0.1 ? "The " : ""}${picked.join(" ")}`;
  return { name, year: 1950 + Math.floor(random() * 77), subtype: random() < 0.6 ? "series" : "film" };
}

function titleWords(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  const rows = db.prepare("SELECT name FROM entity WHERE kind = 'title' AND id NOT LIKE 'ttl_syn%' ORDER BY name, rowid").all() as { name: string }[];
  db.close();
  return rows.flatMap((r) => searchKey(r.name).split(" ")).filter((w) => /^\p{L}{2,}$/u.test(w));
}

async function buildStore(): Promise<void> {
  const started = performance.now();
  const partial = `${store}.partial`;
  fs.copyFileSync(datasetStore(), partial);
  const connection = connect(partial);
  await migrateToLatest(connection);
  await connection.close();
  const words = titleWords(partial);
  const db = new Sqlite(partial);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const entity = db.prepare("INSERT INTO entity (id, kind, name, subtype, created_at) VALUES (?, 'title', ?, ?, '2026-01-01')");
  const alias = db.prepare("INSERT INTO alias (id, entity_id, name, key, origin, source_id, created_at, search_key) VALUES (?, ?, ?, ?, 'importer', ?, '2026-01-01', ?)");
  const source = db.prepare("INSERT INTO source (id, kind, title, outlet, retrieved_at, content_hash, format, text) VALUES (?, 'dataset', ?, 'Synthetic', '2026-01-01', ?, 'text', '')");
  const claim = db.prepare(`INSERT INTO claim (id, subject_id, property, value_type, value_json, value_key, qualifiers_json, certainty, rank, source_id, quote, made_by_kind, made_by, made_by_version, recorded_at, known_from, fingerprint)
    VALUES (?, ?, 'release-date', 'date', ?, ?, '{}', 'confirmed', 'normal', ?, ?, 'importer', 'bench', '1', '2026-01-01', '2026-01-01', ?)`);
  const sources = 100;
  db.transaction(() => {
    for (let s = 0; s < sources; s++) source.run(`src_syn${s}`, `synthetic catalog part ${s}`, `synthetic-${s}`);
  })();
  const fill = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const t = syntheticTitle(i, words);
      const id = `ttl_syn${i.toString(36)}`;
      const src = `src_syn${i % sources}`;
      entity.run(id, t.name, t.subtype);
      alias.run(`als_syn${i.toString(36)}`, id, t.name, titleKey(t.name), src, searchKey(t.name));
      claim.run(`clm_syn${i.toString(36)}`, id, JSON.stringify({ date: `${t.year}-01-01`, label: String(t.year), precision: "year", type: "date" }), `${t.year}-01-01/year`, src, `${t.name}\t${t.year}`, `syn${i}`);
    }
  });
  for (let i = 0; i < TITLES; i += 20_000) {
    fill(i, Math.min(TITLES, i + 20_000));
    if (i % 200_000 === 0) process.stderr.write(`  ${i.toLocaleString("en")} synthetic titles…\n`);
  }
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.exec("ANALYZE");
  db.close();
  fs.renameSync(partial, store);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${partial}${suffix}`, { force: true });
  report(`store built (datasets + ${TITLES.toLocaleString("en")} synthetic titles)`, `${((performance.now() - started) / 1000).toFixed(0)} s, ${store}`);
}

/** One edit at a random place: a wrong, dropped, doubled or swapped letter. */
function typo(text: string, random: () => number): string {
  const letters = [...text];
  if (letters.length < 4) return text;
  const at = 1 + Math.floor(random() * (letters.length - 2));
  const roll = random();
  if (roll < 0.25) letters[at] = "etaoinshrdlu"[Math.floor(random() * 12)]!;
  else if (roll < 0.5) letters.splice(at, 1);
  else if (roll < 0.75) letters.splice(at, 0, letters[at]!);
  else [letters[at], letters[at + 1]] = [letters[at + 1] ?? letters[at]!, letters[at]!];
  return letters.join("");
}

interface Query { text: string; kind: string }

/** Thousands of distinct queries, as people type them: titles of the datasets and of the synthetic catalog, exact, lowercased, cut short and misspelled; people by name; names nobody holds. */
function queries(words: string[]): { search: Query[]; titles: Query[] } {
  const random = rng(2026);
  const db = new Sqlite(store, { readonly: true });
  const sample = (sqlText: string, n: number) => {
    const rows = db.prepare(sqlText).all() as { name: string }[];
    return Array.from({ length: Math.min(n, rows.length) }, () => rows[Math.floor(random() * rows.length)]!.name);
  };
  // Names people type, not the external ids also kept as aliases ("imdb:tt0903747").
  const datasetTitles = sample("SELECT alias.name AS name FROM alias JOIN entity ON entity.id = alias.entity_id WHERE entity.kind = 'title' AND entity.id NOT LIKE 'ttl_syn%' AND entity.merged_into IS NULL AND alias.name NOT GLOB '*[a-z]:[a-z0-9]*'", 1200);
  const people = sample("SELECT alias.name AS name FROM alias JOIN entity ON entity.id = alias.entity_id WHERE entity.kind = 'person' AND entity.merged_into IS NULL AND alias.name NOT GLOB '*[a-z]:[a-z0-9]*'", 600);
  db.close();
  const synthetic = Array.from({ length: 1200 }, () => syntheticTitle(Math.floor(random() * TITLES), words).name);
  const prefix = (name: string) => {
    const cut = name.split(" ");
    return cut.length > 1 ? cut.slice(0, Math.max(1, Math.floor(cut.length / 2))).join(" ") : name.slice(0, Math.max(3, Math.ceil(name.length * 0.6)));
  };
  const search: Query[] = [];
  const fixtures = fs.readFileSync(path.join(root, "test/fixtures/search/queries.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t")[0]!);
  for (const q of fixtures) search.push({ text: q, kind: "fixture" });
  for (const [i, name] of datasetTitles.entries()) search.push({ text: [name, name.toLowerCase(), prefix(name), typo(name.toLowerCase(), random)][i % 4]!, kind: ["dataset title", "dataset title", "dataset prefix", "dataset typo"][i % 4]! });
  for (const [i, name] of synthetic.entries()) search.push({ text: [name, prefix(name), typo(name.toLowerCase(), random)][i % 3]!, kind: ["synthetic title", "synthetic prefix", "synthetic typo"][i % 3]! });
  for (const [i, name] of people.entries()) search.push({ text: i % 2 ? name : name.toLowerCase(), kind: "person" });
  for (let i = 0; i < 300; i++) search.push({ text: `${typo(words[Math.floor(random() * words.length)]!, random)}${typo(words[Math.floor(random() * words.length)]!, random)}q`, kind: "nobody's name" });
  const titles: Query[] = [];
  for (const [i, name] of datasetTitles.entries()) titles.push({ text: i % 5 === 4 ? typo(name, random) : name, kind: i % 5 === 4 ? "dataset typo" : "dataset title" });
  for (const [i, name] of synthetic.entries()) titles.push({ text: i % 5 === 4 ? typo(name, random) : name, kind: i % 5 === 4 ? "synthetic typo" : "synthetic title" });
  for (let i = 0; i < 300; i++) titles.push({ text: `${words[Math.floor(random() * words.length)]} ${typo(words[Math.floor(random() * words.length)]!, random)}zq`, kind: "nobody's title" });
  for (let i = 0; i < 20; i++) titles.push({ text: "Long ".repeat(50 + i * 70), kind: "over-long" });
  const shuffle = (items: Query[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return [...new Map(items.map((q) => [q.text, q])).values()];
  };
  return { search: shuffle(search), titles: shuffle(titles) };
}

/** Each query's own time in process, in one pass after a warm-up pass: where the tail comes from. */
async function serviceTimes(label: string, list: Query[], run: (text: string) => Promise<unknown>): Promise<void> {
  for (const q of list) await run(q.text).catch(() => undefined);
  const times: { q: Query; ms: number }[] = [];
  for (const q of list) {
    const t0 = performance.now();
    await run(q.text).catch(() => undefined);
    times.push({ q, ms: performance.now() - t0 });
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  report(`${label}: in process, one at a time`, `p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, mean ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(3)} ms over ${sorted.length}`);
  const byKind = new Map<string, number[]>();
  for (const t of times) byKind.set(t.q.kind, [...(byKind.get(t.q.kind) ?? []), t.ms]);
  for (const [kind, ms] of [...byKind].sort()) {
    ms.sort((a, b) => a - b);
    report(`  ${kind} (${ms.length})`, `p50 ${percentile(ms, 50).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)} ms, max ${ms.at(-1)!.toFixed(1)} ms`);
  }
  if (process.env.BENCH_SLOWEST) for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.BENCH_SLOWEST))) process.stdout.write(`    ${t.ms.toFixed(1)} ms  ${t.q.kind}: ${t.q.text.slice(0, 60)}\n`);
}

function startServer(port: number, extra: string[]): Promise<ChildProcess> {
  const args = [SERVE_HEAP_FLAG, path.join(root, "bin/cliffhanger.js"), "serve", "--db", store, ...extra];
  const child = spawn(hasTaskset ? "taskset" : process.execPath, hasTaskset ? ["-c", "0", process.execPath, ...args] : args, { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CLIFFHANGER_LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/serving/.test(chunk.toString())) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
}

/** The server's peak resident memory and the part of it that is the store's mapped file (Linux only). */
function serverMemory(pid: number | undefined): string {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return `${Math.round(kb("VmHWM") / 1024)} MB (${Math.round(kb("RssFile") / 1024)} MB file-backed now)`;
  } catch {
    return "unknown";
  }
}

/**
 * What a browser sends that a response depends on (the cache keys on both), and what a bare client
 * sends (no compression: every page's full bytes). The warm-up pass sends the same headers as the
 * load that follows it, so that the load asks for the responses the warm-up kept.
 */
const clients = {
  browser: { "accept-encoding": "gzip, deflate, br, zstd", "accept-language": "en-GB,en;q=0.9" },
  bare: {},
} satisfies Record<string, Record<string, string>>;

const load = async (base: string, paths: string[], connections: number, headers: Record<string, string>) => describeLoad(await httpLoad({ base, paths, connections, seconds: SECONDS, headers }));

if (!fs.existsSync(store)) await buildStore();
if (process.env.BENCH_BUILD_ONLY) process.exit(0);
const words = titleWords(datasetStore());
const { search: searchQueries, titles: titleQueries } = queries(words);
report("cpu affinity mask (taskset)", `${cpuNote()} (the server runs on core 0)`);
report("load client", loadClient());
report("machine", `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
report("queries", `${searchQueries.length.toLocaleString("en")} distinct for /search, ${titleQueries.length.toLocaleString("en")} for /titles/{name}`);

// Service time per query, in process (no HTTP), on the same store. (BENCH_IN_PROCESS=0 skips it.)
if (process.env.BENCH_IN_PROCESS !== "0") {
  const connection = connect(store);
  await migrateToLatest(connection);
  await serviceTimes("search()", searchQueries, (q) => search(connection.db, q));
  await serviceTimes("title lookup (findTitle)", titleQueries, (q) => findTitle(connection.db, q));
  await connection.close();
}

// Twice: with the response cache as `serve` runs by default (each query asked once before, so the
// load is answered from finished responses until a write), then with it off (every request runs its
// queries and renders; title pages still come from the 500 cached cards when theirs is among them).
// With the cache on, for a browser's headers (compressed pages) and for a bare client's (full pages).
const captured = new Map<string, Captured>();
for (const [mode, extra, kinds] of [
  ["response cache on (default)", [], ["browser", "bare"]],
  ["response cache off (--cached-responses-mb 0)", ["--cached-responses-mb", "0"], ["browser"]],
] as const) {
  // BENCH_CACHE=on (or off) measures one mode only.
  if (process.env.BENCH_CACHE && !mode.includes(`cache ${process.env.BENCH_CACHE}`)) continue;
  const port = 18_700 + Math.floor(Math.random() * 200);
  const server = await startServer(port, [...extra]);
  try {
    const base = `http://127.0.0.1:${port}`;
    const searchPaths = searchQueries.map((q) => `/search?q=${encodeURIComponent(q.text)}`);
    const titlePaths = titleQueries.map((q) => `/titles/${encodeURIComponent(q.text)}`);
    for (const kind of kinds) {
      const headers = clients[kind];
      // One pass first: statements prepared, pages and cards compiled, the store's pages in the OS cache.
      await warm(base, [...searchPaths, ...titlePaths], headers, mode.startsWith("response cache on") && kind === "browser" ? captured : undefined);
      report(`${mode}, ${kind} client: /search, ${CONNECTIONS} connections, ${SECONDS} s`, await load(base, searchPaths, CONNECTIONS, headers));
      report(`${mode}, ${kind} client: /titles/{name}, ${CONNECTIONS} connections, ${SECONDS} s`, await load(base, titlePaths, CONNECTIONS, headers));
      if (kind !== "browser") continue;
      // One connection: each request's own time over HTTP, with no other request queued before it.
      report(`${mode}, ${kind} client: /search, 1 connection, ${SECONDS} s`, await load(base, searchPaths, 1, headers));
      report(`${mode}, ${kind} client: /titles/{name}, 1 connection, ${SECONDS} s`, await load(base, titlePaths, 1, headers));
    }
    report(`${mode}: server peak RSS (of which mapped store pages)`, serverMemory(server.pid));
  } finally {
    server.kill();
    await new Promise((resolve) => server.once("exit", resolve));
  }
}

// The ceiling: node:http on the same core answering every path with the bytes and headers the
// application answered a browser with, under the same client.
{
  const port = 18_900 + Math.floor(Math.random() * 50);
  const ceiling = await startCeiling(captured, port, hasTaskset ? "0" : undefined);
  try {
    const base = `http://127.0.0.1:${port}`;
    const searchPaths = searchQueries.map((q) => `/search?q=${encodeURIComponent(q.text)}`);
    const titlePaths = titleQueries.map((q) => `/titles/${encodeURIComponent(q.text)}`);
    report(`ceiling (node:http, same bytes): /search, ${CONNECTIONS} connections`, await load(base, searchPaths, CONNECTIONS, clients.browser));
    report(`ceiling (node:http, same bytes): /titles/{name}, ${CONNECTIONS} connections`, await load(base, titlePaths, CONNECTIONS, clients.browser));
  } finally {
    ceiling.kill();
  }
}
