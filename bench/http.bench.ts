// npm run bench:http — title-card JSON, title pages and the home page: requests per second and p99
// latency at 32 connections, server on one core, on a synthetic catalog of 100,000 titles
// (BENCH_CATALOGS=1000,100000 for more sizes), each request for one of 5,000 distinct titles drawn
// at random (BENCH_DISTINCT). Warm: `serve` as it runs by default, after one pass over the titles
// (cards and finished responses cached until the next write). Cold: `serve --cached-cards 0
// --cached-responses-mb 0`, nothing kept in memory: every request reads the card the notification
// pass stored (or, where none is true today, loads the claims and builds it) and renders. The ceiling
// is node:http on the same core answering every path with the bytes the application answered it
// with, under the same client (wrk when installed; see load-client.ts) and a browser's headers.
// Before the runs, a `cliffhanger worker` makes the notification pass over the new catalog, as it
// would after an import: it builds and stores every title's card, which cold requests then read.
// Title pages made from stored cards are stored by the server that made them, per locale, origin
// and encoding (migration 0023): every request carries one Host header, as a site's public name,
// so that the cold server finds the pages the warm one stored. The cold title page is measured a
// second time with none stored (the first reader of each page, as after a restart under another name).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { fixedClock } from "../src/app/clock.ts";
import { getTitleCard } from "../src/cards/get-title-card.ts";
import { getEntity } from "../src/entities/entity.repository.ts";
import { ingestArticle } from "../src/ingest/pipeline.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { describeLoad, httpLoad, loadClient, startCeiling, warm, type Captured, type LoadResult } from "./load-client.ts";
import { percentile, report, SERVE_HEAP_FLAG } from "./support.ts";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const sizes = (process.env.BENCH_CATALOGS ?? "100000").split(",").map(Number);
const DISTINCT = Number(process.env.BENCH_DISTINCT ?? 5000);
const hasTaskset = (() => {
  try {
    return fs.existsSync("/usr/bin/taskset");
  } catch {
    return false;
  }
})();

/** A catalog of n titles, each with a source, a release date, platform, episodes and four cast members. */
async function buildCatalog(file: string, titles: number): Promise<string> {
  const connection = connect(file);
  await migrateToLatest(connection);
  for (const article of fs.readdirSync(path.join(root, "examples/articles")).sort()) {
    await ingestArticle(connection, fixedClock("2026-01-01T00:00:00Z"), { bytes: fs.readFileSync(path.join(root, "examples/articles", article)), label: article }, 5_000_000);
  }
  const glory = await connection.db.selectFrom("entity").select("id").where("kind", "=", "title").where("name", "=", "The Glory").executeTakeFirstOrThrow();
  await connection.close();
  const db = new Sqlite(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const entity = db.prepare("INSERT INTO entity (id, kind, name, created_at) VALUES (?, ?, ?, '2026-01-01')");
  const alias = db.prepare("INSERT INTO alias (id, entity_id, name, key, origin, created_at) VALUES (?, ?, ?, ?, 'importer', '2026-01-01')");
  const source = db.prepare("INSERT INTO source (id, kind, title, outlet, retrieved_at, content_hash, format, text) VALUES (?, 'dataset', ?, 'Synthetic', '2026-01-01', ?, 'text', ?)");
  const claim = db.prepare(`INSERT INTO claim (id, subject_id, property, value_type, value_json, value_key, value_entity_id, qualifiers_json, certainty, rank, source_id, quote, made_by_kind, made_by, made_by_version, recorded_at, known_from, fingerprint)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'reported', 'normal', ?, ?, 'importer', 'bench', '1', '2026-01-01', '2026-01-01', ?)`);
  const event = db.prepare("INSERT INTO change_event (id, kind, entity_id, payload_json, created_at) VALUES (?, 'claim-added', ?, '{}', '2026-01-01')");
  const fill = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const t = `ttl_bench${i}`;
      const s = `src_bench${i}`;
      entity.run(t, "title", `Bench Show ${i}`);
      alias.run(`als_t${i}`, t, `Bench Show ${i}`, `t:bench show ${i}`);
      source.run(s, `row ${i}`, `bench-${i}`, `Bench Show ${i} premieres on March ${(i % 28) + 1}, 2027.`);
      const q = JSON.stringify({ season: 1 });
      claim.run(`clm_r${i}`, t, "release-date", "date", JSON.stringify({ type: "date", date: `2027-03-${String((i % 28) + 1).padStart(2, "0")}`, precision: "day", label: "Mar 2027" }), "2027-03-01/day", null, q, s, "row", `r${i}`);
      claim.run(`clm_p${i}`, t, "platform", "enum", JSON.stringify({ type: "enum", value: "Netflix" }), "netflix", null, "{}", s, "row", `p${i}`);
      claim.run(`clm_e${i}`, t, "episode-count", "number", JSON.stringify({ type: "number", value: 8, approximate: false }), "8", null, q, s, "row", `e${i}`);
      for (let k = 0; k < 4; k++) {
        const p = `per_bench${i}_${k}`;
        entity.run(p, "person", `Person ${i}-${k}`);
        alias.run(`als_p${i}_${k}`, p, `Person ${i}-${k}`, `w:person${i}${k}`);
        claim.run(`clm_c${i}_${k}`, t, "cast-member", "entity", JSON.stringify({ type: "entity", entityId: p }), p, p, "{}", s, "row", `c${i}${k}`);
      }
      event.run(`evt_bench${i}`, t);
    }
  });
  for (let i = 0; i < titles; i += 10_000) fill(i, Math.min(titles, i + 10_000));
  // Planner statistics, as an import of this size leaves them (refreshPlannerStatistics).
  db.exec("ANALYZE");
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return glory.id;
}

/**
 * The notification pass over the new titles, as a user's setup runs it after an import: a
 * `cliffhanger worker` beside the server, here until its cursor has reached the newest change
 * event. The pass builds every changed title's card and stores it (migration 0022), so the cold
 * runs below read stored cards; it is timed, not measured with the requests.
 */
async function runNotificationPass(file: string): Promise<number> {
  const started = performance.now();
  const worker = spawn(process.execPath, [path.join(root, "bin/cliffhanger.js"), "worker", "--db", file], { env: { ...process.env, CLIFFHANGER_LOG_LEVEL: "silent" }, stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise((resolve) => worker.once("exit", resolve));
  const store = new Sqlite(file, { readonly: true });
  try {
    const newest = (store.prepare("SELECT max(seq) AS v FROM change_event").get() as { v: number }).v;
    const cursor = store.prepare("SELECT seq FROM notify_cursor WHERE name = 'notifications'");
    while ((cursor.get() as { seq: number }).seq < newest) {
      if (worker.exitCode !== null) throw new Error(`the worker exited ${worker.exitCode} before the pass was done`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    store.close();
    worker.kill();
    await exited;
  }
  return (performance.now() - started) / 1000;
}

function startServer(args: string[], port: number): Promise<ChildProcess> {
  const command = hasTaskset ? "taskset" : process.execPath;
  const full = hasTaskset ? ["-c", "0", process.execPath, ...args] : args;
  const child = spawn(command, full, { env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", CLIFFHANGER_LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/serving|ready/.test(chunk.toString())) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
}

const headers = { Host: "cliffhanger.test", "accept-encoding": "gzip, deflate, br, zstd", "accept-language": "en-GB,en;q=0.9" };
const load = (base: string, paths: string[]) => httpLoad({ base, paths, connections: 32, seconds: SECONDS, headers });
const line = (r: LoadResult, ceiling?: LoadResult) => `${describeLoad(r)}${ceiling ? `; ${((r.rps / ceiling.rps) * 100).toFixed(0)}% of the ceiling` : ""}`;

function rng(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-http-"));
let port = 18_500 + Math.floor(Math.random() * 100) * 10;
for (const size of sizes) {
  const file = path.join(dir, `catalog-${size}.db`);
  const started = performance.now();
  const gloryId = await buildCatalog(file, size);
  report(`catalog of ${size.toLocaleString("en")} titles`, `built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const passSeconds = await runNotificationPass(file);
  const storedCards = (() => {
    const store = new Sqlite(file, { readonly: true });
    try {
      return (store.prepare("SELECT count(*) AS n FROM title_card").get() as { n: number }).n;
    } finally {
      store.close();
    }
  })();
  report("  notification pass (cliffhanger worker)", `${storedCards.toLocaleString("en")} cards built and stored in ${passSeconds.toFixed(1)} s`);
  const random = rng(size);
  const ids = [gloryId, ...Array.from({ length: Math.min(DISTINCT, size) - 1 }, () => `ttl_bench${Math.floor(random() * size)}`)];
  const apiPaths = ids.map((id) => `/api/titles/${id}`);
  const pagePaths = ids.map((id) => `/titles/${id}`);
  report("  requests", `${new Set(ids).size.toLocaleString("en")} distinct titles, at random`);

  // What the application answered a browser for each path, for the ceiling to send the same bytes.
  const captured = new Map<string, Captured>();
  const measure = async <R>(mode: string, extra: string[], loads: (base: string) => Promise<R>): Promise<R> => {
    const server = await startServer([SERVE_HEAP_FLAG, path.join(root, "bin/cliffhanger.js"), "serve", "--db", file, ...extra], ++port);
    const base = `http://127.0.0.1:${port}`;
    try {
      // Warm: one pass over every path with the headers the load sends (the cache keys on them).
      if (mode === "warm") await warm(base, [...apiPaths, ...pagePaths, "/"], headers, captured);
      // The server learns the headers of a stored page from its own first answer of each encoding.
      else await warm(base, pagePaths.slice(0, 1), headers);
      return await loads(base);
    } finally {
      server.kill();
      await new Promise((resolve) => server.once("exit", resolve));
    }
  };
  if (process.env.BENCH_BUILD_ONLY) continue;
  const all = async (base: string) => ({ json: await load(base, apiPaths), page: await load(base, pagePaths), home: await load(base, ["/"]) });
  const warmResults = await measure("warm", [], all);
  const coldResults = await measure("cold", ["--cached-cards", "0", "--cached-responses-mb", "0"], all);
  // The cold title page again, with no page stored: every page is made once by the app, then read.
  const storedPages = (() => {
    const store = new Sqlite(file);
    try {
      return store.prepare("DELETE FROM title_page").run().changes;
    } finally {
      store.close();
    }
  })();
  const firstReaders = await measure("cold", ["--cached-cards", "0", "--cached-responses-mb", "0"], async (base) => ({ page: await load(base, pagePaths) }));

  // The ceiling: node:http on the same core, answering every path with the bytes the application answered.
  const ceilingPort = ++port;
  const ceiling = await startCeiling(captured, ceilingPort, hasTaskset ? "0" : undefined);
  const ceilingBase = `http://127.0.0.1:${ceilingPort}`;
  const ceilingResults = { json: await load(ceilingBase, apiPaths), page: await load(ceilingBase, pagePaths), home: await load(ceilingBase, ["/"]) };
  ceiling.kill();
  const bytes = (paths: string[]) => paths.reduce((sum, p) => sum + (captured.get(p)?.body.length ?? 0), 0) / paths.length / 1024;
  report("  client and encoding", `${loadClient()}; ${headers["accept-encoding"]} (mean body: JSON ${bytes(apiPaths).toFixed(1)} KB, page ${bytes(pagePaths).toFixed(1)} KB, home ${bytes(["/"]).toFixed(1)} KB)`);
  for (const [label, key] of [["title-card JSON", "json"], ["title page", "page"], ["home page", "home"]] as const) {
    report(`  warm: ${label}, ${SECONDS} s`, line(warmResults[key], ceilingResults[key]));
    report(`  cold: ${label}, ${SECONDS} s`, line(coldResults[key], ceilingResults[key]));
    if (key === "page") report(`  cold, no page stored (${storedPages.toLocaleString("en")} deleted): ${label}`, line(firstReaders.page, ceilingResults[key]));
    report(`  ceiling (node:http, same bytes): ${label}`, line(ceilingResults[key]));
  }

  // The build alone, in this process: load the claims and build the card, for 200 of the titles.
  const reader = connect(file);
  const builds: number[] = [];
  for (const id of ids.slice(0, 200)) {
    const entity = (await getEntity(reader.db, id))!;
    const t = performance.now();
    await getTitleCard(reader.db, entity, { asOf: null, today: "2026-11-21" });
    builds.push(performance.now() - t);
  }
  await reader.close();
  builds.sort((a, b) => a - b);
  report("  card build alone (load claims + build, in process)", `p50 ${percentile(builds, 50).toFixed(2)} ms, p99 ${percentile(builds, 99).toFixed(2)} ms`);

}
if (process.env.BENCH_KEEP) report("catalogs kept", dir);
else fs.rmSync(dir, { recursive: true, force: true });
