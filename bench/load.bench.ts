// npm run bench:load — reads and writes together, for BENCH_LOAD_SECONDS (default 600) on each engine
// of BENCH_ENGINES (default sqlite,postgres; PostgreSQL is a throwaway server started here, fsync off):
// two `serve --no-jobs` nodes and two `cliffhanger worker` processes on one store; 32 connections
// reading title cards (JSON), title pages, search and the home page, spread over the live nodes; a
// writer posting one article a second (POST /api/ingest, alternating nodes: mostly new titles, every
// third an update of a title a reader follows with a webhook); `cliffhanger import imdb` of a
// synthetic title.principals running beside them (the reads pick among the titles held when they
// start); and four followed feeds on 127.0.0.1 gaining an item every 20 s each, read by the workers
// (feed reads, item pages and webhook deliveries are the queue's jobs). Once a third of the import's
// rows are committed (or at 30% of the run) the import is killed with SIGKILL and started again (it
// resumes); at 40% worker B is killed with SIGKILL and started again (its leased jobs pass to a
// worker when their lease runs out); at 50% one node is killed with SIGKILL (taken out of the
// rotation at that instant, as a load balancer's health check would) and started again. Prints, per
// route, requests, errors and p50/p99; throughput; each process's RSS per minute (sampled each
// second); then checks that every article a node acknowledged (201) is in the store, the import
// completed with each row once, every feed item was read once, every webhook delivery row was
// received, no job failed, and the store is consistent (SQLite: PRAGMA integrity_check and
// foreign_key_check; PostgreSQL: amcheck over every index, and no claim without its subject).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { freePort, startPostgres, type PostgresServer } from "../test/support/postgres-server.ts";
import { createUser } from "../src/accounts/user.repository.ts";
import { findTitle } from "../src/catalog/find-title.ts";
import { addressPolicy } from "../src/fetch/address-policy.ts";
import { follow } from "../src/notify/follow.repository.ts";
import { createEndpoint } from "../src/notify/webhooks.ts";
import { connect } from "../src/storage/db.ts";
import { writePrincipals } from "./imdb-principals.ts";
import { percentile, report, SERVE_HEAP_FLAG } from "./support.ts";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600);
const ENGINES = (process.env.BENCH_ENGINES ?? "sqlite,postgres").split(",").map((e) => e.trim());
const CONNECTIONS = 32;
const IMPORT_ROWS = Number(process.env.BENCH_LOAD_IMPORT_ROWS ?? Math.max(30_000, SECONDS * 500));
const FEEDS = 4;
const ITEM_EVERY_MS = 20_000;
const FOLLOWED = 10;
/** The workers (and only they) fetch from this machine: the feeds and the webhook receiver are on loopback. */
const LOOPBACK = "127.0.0.0/8";
const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "bin/cliffhanger.js");

/**
 * A process's resident memory, and the part of it that is its own (anonymous: heaps, caches) rather
 * than pages of mapped files (SQLite's reader maps the store: those pages count as resident once
 * read, and the kernel takes them back under pressure). "Flat" is judged on the anonymous part.
 */
function vmRss(pid: number | undefined): { rss: number; anon: number } | undefined {
  if (!pid) return undefined;
  try {
    const lines = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n");
    const field = (name: string) => Number(lines.find((l) => l.startsWith(`${name}:`))?.split(/\s+/)[1] ?? Number.NaN) * 1024;
    const rss = field("VmRSS");
    return Number.isNaN(rss) ? undefined : { rss, anon: field("RssAnon") };
  } catch {
    return undefined;
  }
}

function runCli(db: string, args: string[]): string {
  return execFileSync(process.execPath, [cli, "--db", db, "--log-level", "error", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** A store with the bundled dataset slices and the example articles (the import adds its titles during the run). */
function buildStore(db: string): void {
  const fixtures = path.join(root, "test/fixtures/datasets");
  runCli(db, ["import", "netflix-top10", ...["netflix-top10-global-slice.tsv", "netflix-top10-most-popular-91-days.tsv"].map((f) => path.join(fixtures, f))]);
  runCli(db, ["import", "kdrama", ...["kdrama-top100-slice.csv", "kdrama-actors-slice.csv", "kdramalist-slice.csv", "kdrama-top250-slice.csv"].map((f) => path.join(fixtures, f))]);
  runCli(db, ["import", "imdb", ...["title.basics.tsv", "name.basics.tsv", "title.principals.tsv"].map((f) => path.join(fixtures, "imdb", f))]);
  runCli(db, ["ingest", path.join(root, "examples/articles")]);
}

interface Node {
  name: string;
  port: number;
  child?: ChildProcess;
  live: boolean;
}

async function startNode(db: string, node: Node): Promise<void> {
  node.child = spawn(process.execPath, [SERVE_HEAP_FLAG, cli, "--db", db, "--log-level", "error", "serve", "--no-jobs", "--port", String(node.port), "--host", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${node.port}/api/titles?limit=1`)).ok) {
        node.live = true;
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${node.name} did not start`);
}

interface Worker {
  name: string;
  child?: ChildProcess;
}

/** A `cliffhanger worker` with a short lease, so that the jobs a killed one held pass on within the run. */
function startWorker(db: string, worker: Worker): void {
  worker.child = spawn(process.execPath, [cli, "--db", db, "--log-level", "error", "worker", "--lease-seconds", "10", "--concurrency", "2"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: LOOPBACK } });
}

/**
 * The outside world on 127.0.0.1: FEEDS RSS feeds, each gaining an item (an article page about a
 * new show) every ITEM_EVERY_MS, and a webhook receiver that answers 204 and keeps each
 * `webhook-id` it is sent.
 */
async function startWorld(started: () => number): Promise<{ url: string; items: () => string[]; received: string[]; close: () => Promise<void> }> {
  const received: string[] = [];
  const published = (now: number) => Math.max(0, Math.floor((now - started()) / ITEM_EVERY_MS));
  const itemUrl = (base: string, feed: number, i: number) => `${base}/article/${feed}/${i}`;
  let base = "";
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (req.method === "POST" && url.startsWith("/hook")) {
      req.resume();
      req.on("end", () => {
        received.push(String(req.headers["webhook-id"]));
        res.writeHead(204).end();
      });
      return;
    }
    const feed = /^\/feed\/(\d+)\.xml$/.exec(url);
    if (feed) {
      const k = Number(feed[1]);
      const n = published(performance.now());
      const items = Array.from({ length: n }, (_, i) => `<item><title>Harbor Story ${k}x${i} gets a date</title><link>${itemUrl(base, k, i)}</link><guid>${itemUrl(base, k, i)}</guid><pubDate>${new Date(Date.now() - (n - i) * ITEM_EVERY_MS).toUTCString()}</pubDate></item>`);
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Load feed ${k}</title><link>${base}/</link><description>bench</description>${items.reverse().join("")}</channel></rss>`);
      return;
    }
    const page = /^\/article\/(\d+)\/(\d+)$/.exec(url);
    if (page) {
      const [k, i] = [page[1], Number(page[2])];
      const title = `Harbor Story ${k}x${i}`;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><html><head><title>${title} gets a date</title><meta property="article:published_time" content="2026-11-20T09:00:00Z"></head><body><article><h1>${title} gets a date</h1><p>The streamer has confirmed that ${title} will premiere on April ${(i % 28) + 1}, 2027, with eight episodes.</p><p>The series stars Lee Harbor${i % 30} and filming wrapped in October, the producers said on Monday.</p></article></body></html>`);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    items: () => Array.from({ length: FEEDS }, (_, k) => Array.from({ length: published(performance.now()) }, (_, i) => itemUrl(base, k, i))).flat(),
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Titles a reader follows (every change) with a webhook to the receiver: the writer's every third article moves one's date. */
async function followTitles(db: string, hookUrl: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-followed-"));
  for (let j = 0; j < FOLLOWED; j++) {
    fs.writeFileSync(path.join(dir, `followed-${j}.txt`), `Followed Show ${j} renewed\n\nNetflix has renewed Followed Show ${j} for a second season, which will premiere on May ${j + 1}, 2027.`);
    runCli(db, ["ingest", "--title", `Followed Show ${j}`, "--published", "2023-01-01", path.join(dir, `followed-${j}.txt`)]);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const connection = connect(db);
  try {
    const now = new Date().toISOString();
    const user = await createUser(connection.db, { username: "load-follower", password: "a long load bench password", role: "reader" }, now);
    for (let j = 0; j < FOLLOWED; j++) await follow(connection.db, user.id, (await findTitle(connection.db, `Followed Show ${j}`)).id, { kind: "title" }, now);
    await createEndpoint(connection.db, user.id, `${hookUrl}/hook`, now, addressPolicy(LOOPBACK));
  } finally {
    await connection.close();
  }
}

function article(n: number): { text: string; outlet: string; published: string; url: string; title: string } {
  const day = (n % 28) + 1;
  if (n % 3 === 2) {
    const j = Math.floor(n / 3) % FOLLOWED;
    const text = `Followed Show ${j} moves its second season\n\nNetflix confirmed on Tuesday that the second season of Followed Show ${j} will now premiere on ${["June", "July", "August", "September"][n % 4]} ${day}, 2027.`;
    // Each a day newer than the last about the show, so each moves the date its followers are told.
    const published = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    return { text, outlet: "Load Bench Daily", published, url: `https://example.invalid/followed/${n}-${Date.now()}`, title: `Followed Show ${j}` };
  }
  const text = `Load Test Show ${n} renewed for season ${(n % 4) + 2}\n\nNetflix has renewed Load Test Show ${n} for season ${(n % 4) + 2}, which will premiere on March ${day}, 2027. The drama stars Kim Load${n % 50} and Park Bench${n % 70}. Filming begins in June 2026 in Seoul, the streamer said on Tuesday.`;
  return { text, outlet: "Load Bench Daily", published: "2026-11-20", url: `https://example.invalid/load/${n}-${Date.now()}`, title: `Load Test Show ${n}` };
}

interface RouteStats {
  latencies: number[];
  errors: number;
  inFlightOnKilled: number;
}

async function loadOnce(engine: string, db: string, queryOne: (text: string) => Promise<unknown[]>, consistency: () => Promise<string[]>): Promise<void> {
  buildStore(db);
  let loadStarted = Number.POSITIVE_INFINITY;
  const world = await startWorld(() => loadStarted);
  await followTitles(db, world.url);
  for (let k = 0; k < FEEDS; k++) runCli(db, ["sources", "add", `${world.url}/feed/${k}.xml`, "--name", `load feed ${k}`, "--every", "1m"]);
  const tokens = [0, 1, 2, 3].map((i) => (JSON.parse(runCli(db, ["tokens", "create", "--name", `load-${i}`, "--json"])) as { token: string }).token);
  const titles = (await queryOne("SELECT id, name FROM entity WHERE kind = 'title' AND merged_into IS NULL ORDER BY id LIMIT 5000")) as { id: string; name: string }[];
  const nodes: Node[] = [
    { name: "node A", port: await freePort(), live: false },
    { name: "node B", port: await freePort(), live: false },
  ];
  await Promise.all(nodes.map((n) => startNode(db, n)));
  const workers: Worker[] = [{ name: "worker A" }, { name: "worker B" }];
  for (const worker of workers) startWorker(db, worker);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-load-"));
  const principals = path.join(dir, "load.principals.tsv");
  writePrincipals(principals, IMPORT_ROWS);
  let importer: ChildProcess | undefined;
  let importExited: Promise<number | null> = Promise.resolve(0);
  const startImport = () => {
    importer = spawn(process.execPath, ["--max-semi-space-size=2", cli, "--db", db, "--log-level", "error", "import", "imdb", principals, "--json"], { stdio: ["ignore", "pipe", "inherit"] });
    importer.stdout!.resume();
    const child = importer;
    importExited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  };

  const routes: Record<string, RouteStats> = {};
  const stat = (route: string) => (routes[route] ??= { latencies: [], errors: 0, inFlightOnKilled: 0 });
  const readsByMinute: number[][] = [];
  const homeByMinute: number[][] = [];
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const started = performance.now();
  loadStarted = started;
  const elapsed = () => (performance.now() - started) / 1000;
  let stopping = false;
  const errorsSeen: string[] = [];

  async function request(route: string, nodeChoice: Node, pathname: string, init?: RequestInit): Promise<{ status: number; body: string } | undefined> {
    const t0 = performance.now();
    const killedBefore = !nodeChoice.live;
    try {
      const response = await fetch(`http://127.0.0.1:${nodeChoice.port}${pathname}`, init);
      const body = await response.text();
      const s = stat(route);
      if (response.status >= 400) {
        s.errors += 1;
        if (errorsSeen.length < 10) errorsSeen.push(`${route} ${response.status} ${pathname}: ${body.slice(0, 120)}`);
      } else {
        const took = performance.now() - t0;
        s.latencies.push(took);
        // Every read's latency by the minute it started in, to tell a steady tail from a stall.
        if (!route.startsWith("POST")) (readsByMinute[Math.floor((t0 - started) / 60_000)] ??= []).push(took);
        // The home page apart: 5% of the reads, its tail is lost in theirs.
        if (route === "GET /") (homeByMinute[Math.floor((t0 - started) / 60_000)] ??= []).push(took);
      }
      return { status: response.status, body };
    } catch (error) {
      const s = stat(route);
      // A request the killed node had in hand when it died: the client's to retry elsewhere.
      if (!nodeChoice.live || killedBefore) s.inFlightOnKilled += 1;
      else {
        s.errors += 1;
        if (errorsSeen.length < 10) errorsSeen.push(`${route} ${(error as Error).message} ${pathname}`);
      }
      return undefined;
    }
  }

  const liveNode = () => pick(nodes.filter((n) => n.live));
  async function reader(): Promise<void> {
    while (!stopping) {
      const title = pick(titles);
      const r = Math.random();
      if (r < 0.4) await request("GET /api/titles/{id}", liveNode(), `/api/titles/${title.id}`);
      else if (r < 0.7) await request("GET /titles/{id}", liveNode(), `/titles/${title.id}`);
      else if (r < 0.95) await request("GET /api/search", liveNode(), `/api/search?q=${encodeURIComponent(title.name.slice(0, 3 + Math.floor(Math.random() * 8)))}`);
      else await request("GET /", liveNode(), "/");
    }
  }

  const acknowledged: string[] = [];
  let followedUpdates = 0;
  async function writer(): Promise<void> {
    for (let n = 0; !stopping; n++) {
      const next = started + (n + 1) * 1000;
      const node = liveNode();
      const response = await request("POST /api/ingest", node, "/api/ingest", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${tokens[n % tokens.length]}` },
        body: JSON.stringify(article(n)),
      });
      if (response?.status === 201) {
        acknowledged.push((JSON.parse(response.body) as { sourceId: string }).sourceId);
        if (n % 3 === 2) followedUpdates += 1;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
    }
  }

  const rss: Record<string, { rss: number; anon: number }[]> = {};
  const sampler = setInterval(() => {
    const minute = Math.floor(elapsed() / 60);
    for (const [name, pid] of [["node A", nodes[0]!.child?.pid], ["node B", nodes[1]!.child?.pid], ["worker A", workers[0]!.child?.pid], ["worker B", workers[1]!.child?.pid], ["import", importer?.exitCode === null ? importer.pid : undefined]] as const) {
      const value = vmRss(pid);
      if (value === undefined) continue;
      const minutes = (rss[name] ??= []);
      const seen = minutes[minute];
      minutes[minute] = { rss: Math.max(seen?.rss ?? 0, value.rss), anon: Math.max(seen?.anon ?? 0, value.anon) };
    }
  }, 1000);

  const events: string[] = [];
  const scenario = (async () => {
    const at = (share: number) => new Promise((r) => setTimeout(r, Math.max(0, started + share * SECONDS * 1000 - performance.now())));
    await at(0.1);
    startImport();
    // Killed mid-run: once a third of its rows are committed (the import has grown faster than the
    // fixed 30% mark of the run, which it used to finish before), or at 30% of the run if sooner.
    const deadline = started + 0.3 * SECONDS * 1000;
    const committed = async () => Number(((await queryOne("SELECT r.rows_read AS n FROM import_run r JOIN source s ON s.id = r.source_id WHERE s.title = 'load.principals.tsv'").catch(() => [])) as { n: number }[])[0]?.n ?? 0);
    while (importer?.exitCode === null && performance.now() < deadline && (await committed()) < IMPORT_ROWS / 3) await new Promise((r) => setTimeout(r, 250));
    if (importer && importer.exitCode === null) {
      const rows = await committed();
      importer.kill("SIGKILL");
      await importExited;
      events.push(`${elapsed().toFixed(0)} s: import killed (SIGKILL) with ${rows.toLocaleString("en")} of ${IMPORT_ROWS.toLocaleString("en")} rows committed, started again`);
      startImport();
    } else events.push(`${elapsed().toFixed(0)} s: the import had already finished; not killed`);
    await at(0.4);
    // Killed while it holds a job if it takes one within 20 s (its id names its pid): that job must
    // pass to a worker once its lease runs out, and be done once.
    const killed = workers[1]!;
    const holding = async () => (await queryOne(`SELECT kind FROM job WHERE status = 'running' AND locked_by LIKE '%:${killed.child!.pid}:%'`)) as { kind: string }[];
    let held: { kind: string }[] = [];
    for (const until = performance.now() + 20_000; performance.now() < until && held.length === 0; ) {
      held = await holding();
      if (held.length === 0) await new Promise((r) => setTimeout(r, 20));
    }
    killed.child!.kill("SIGKILL");
    await new Promise((r) => (killed.child!.exitCode === null ? killed.child!.once("exit", r) : r(null)));
    events.push(`${elapsed().toFixed(0)} s: worker B killed (SIGKILL) holding ${held.length === 0 ? "no job" : held.map((j) => j.kind).join(", ")}; started again`);
    startWorker(db, killed);
    await at(0.5);
    const victim = nodes[1]!;
    victim.live = false;
    victim.child!.kill("SIGKILL");
    await new Promise((r) => victim.child!.once("exit", r));
    events.push(`${elapsed().toFixed(0)} s: node B killed (SIGKILL)`);
    await startNode(db, victim);
    events.push(`${elapsed().toFixed(0)} s: node B serving again`);
  })();

  const ingestWriter = writer();
  await Promise.all([...Array.from({ length: CONNECTIONS }, () => reader()), new Promise((r) => setTimeout(r, SECONDS * 1000)).then(() => (stopping = true)), ingestWriter, scenario]);
  const seconds = elapsed();
  // The import is let finish (it may outlast the reads), then checked.
  const importCode = await importExited;
  // The queue is let drain (the nodes keep queueing due feeds and passes keep making deliveries):
  // every webhook delivery sent, and every feed item published before the last minute read.
  const published = world.items();
  const readByWorkers = async () => new Set(((await queryOne("SELECT url FROM source WHERE url LIKE '%/article/%'")) as { url: string }[]).map((r) => r.url));
  const drainUntil = performance.now() + 120_000;
  const pendingJobs = async () => Number(((await queryOne("SELECT count(*) AS n FROM job WHERE status IN ('queued', 'running') AND kind <> 'feeds.read'")) as { n: number }[])[0]!.n);
  while (performance.now() < drainUntil) {
    const seen = await readByWorkers();
    if ((await pendingJobs()) === 0 && published.every((u) => seen.has(u))) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const drained = (performance.now() - started) / 1000 - seconds;
  clearInterval(sampler);
  for (const child of [...nodes.map((n) => n.child), ...workers.map((w) => w.child)]) child?.kill("SIGTERM");
  await Promise.all([...nodes.map((n) => n.child), ...workers.map((w) => w.child)].map((child) => new Promise((r) => (child?.exitCode === null ? child.once("exit", r) : r(null)))));
  await world.close();

  for (const event of events) report(`[${engine}] event`, event);
  let total = 0;
  let errors = 0;
  for (const [route, s] of Object.entries(routes).sort()) {
    const sorted = s.latencies.sort((a, b) => a - b);
    total += sorted.length;
    errors += s.errors;
    report(`[${engine}] ${route}`, `${sorted.length.toLocaleString("en")} ok, ${s.errors} errors, ${s.inFlightOnKilled} in flight on the killed node; p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`);
  }
  const perMinute = (minutes: number[][]) =>
    minutes
      .map((list, i) => {
        const sorted = list.sort((a, b) => a - b);
        return `${i + 1}: ${percentile(sorted, 99).toFixed(0)} / ${(sorted.at(-1) ?? 0).toFixed(0)}`;
      })
      .join(", ");
  report(`[${engine}] reads per minute: p99 / max (ms)`, perMinute(readsByMinute));
  report(`[${engine}] GET / per minute: p99 / max (ms)`, perMinute(homeByMinute));
  report(`[${engine}] throughput`, `${Math.round(total / seconds).toLocaleString("en")} requests/s over ${seconds.toFixed(0)} s, ${CONNECTIONS} reading connections; errors ${errors}`);
  if (errorsSeen.length) report(`[${engine}] first errors`, errorsSeen.join(" | "));
  for (const [name, perMinute] of Object.entries(rss)) {
    report(`[${engine}] RSS of ${name} per minute (MB)`, perMinute.map((v, i) => `${i + 1}: ${v === undefined ? "—" : Math.round(v.rss / 1048576)}`).join(", "));
    report(`[${engine}]   of it its own (anonymous)`, perMinute.map((v, i) => `${i + 1}: ${v === undefined ? "—" : Math.round(v.anon / 1048576)}`).join(", "));
  }

  const held = new Set(((await queryOne("SELECT id FROM source")) as { id: string }[]).map((r) => r.id));
  const lost = acknowledged.filter((id) => !held.has(id));
  report(`[${engine}] articles acknowledged (201) / missing from the store`, `${acknowledged.length} / ${lost.length}`);
  const [run] = (await queryOne("SELECT r.status, r.rows_read FROM import_run r JOIN source s ON s.id = r.source_id WHERE s.title = 'load.principals.tsv'")) as { status: string; rows_read: number }[];
  // A principals row is a credit, kept as a fact of its source's line (dataset_fact), or a claim row in stores from before.
  const claims = (await queryOne("SELECT (SELECT count(*) FROM claim c JOIN source s ON s.id = c.source_id WHERE s.title = 'load.principals.tsv') + (SELECT count(*) FROM dataset_fact f JOIN source s ON s.id = f.source_id WHERE s.title = 'load.principals.tsv') AS n")) as { n: number }[];
  report(`[${engine}] import after SIGKILL and restart`, `exit ${importCode}, run ${run?.status ?? "?"} at ${Number(run?.rows_read ?? 0).toLocaleString("en")} rows; ${Number(claims[0]!.n).toLocaleString("en")} credits for ${IMPORT_ROWS.toLocaleString("en")} rows`);
  const seen = await readByWorkers();
  const sourcesPerItem = (await queryOne("SELECT url, count(*) AS n FROM source WHERE url LIKE '%/article/%' GROUP BY url HAVING count(*) > 1")) as unknown[];
  report(`[${engine}] feed items read by the workers`, `${published.filter((u) => seen.has(u)).length} of the ${published.length} published during the run (drained ${drained.toFixed(0)} s after the reads stopped); ${sourcesPerItem.length} read twice`);
  // Followers are told what the notification pass has reached: where it stands against the newest change says how late.
  const [cursor] = (await queryOne("SELECT (SELECT max(seq) FROM notify_cursor) AS reached, (SELECT max(seq) FROM change_event) AS newest, (SELECT count(*) FROM notification n WHERE n.title_id IN (SELECT title_id FROM follow)) AS told")) as { reached: number; newest: number; told: number }[];
  report(`[${engine}] notifications`, `the pass had reached change ${Number(cursor!.reached).toLocaleString("en")} of ${Number(cursor!.newest).toLocaleString("en")} at the end; ${Number(cursor!.told)} notifications about the followed titles, for ${followedUpdates} of their updates acknowledged`);
  const deliveries = (await queryOne("SELECT id, status FROM webhook_delivery")) as { id: string; status: string }[];
  const received = new Set(world.received);
  const byStatus = Object.entries(Object.groupBy(deliveries, (d) => d.status)).map(([status, list]) => `${list!.length} ${status}`).join(", ");
  const delivered = deliveries.filter((d) => d.status === "delivered");
  report(`[${engine}] webhook deliveries`, `${deliveries.length} rows (${byStatus || "none"}); ${delivered.filter((d) => received.has(d.id)).length} of the delivered received; ${world.received.length - received.size} received more than once (at least once: a worker killed between sending and recording)`);
  const jobs = (await queryOne("SELECT kind, status, count(*) AS n, sum(CASE WHEN attempts > 1 THEN 1 ELSE 0 END) AS retried FROM job GROUP BY kind, status ORDER BY kind, status")) as { kind: string; status: string; n: number; retried: number }[];
  report(`[${engine}] jobs`, jobs.map((j) => `${j.kind} ${j.status} ${Number(j.n)} (${Number(j.retried)} run more than once)`).join("; "));
  const problems = await consistency();
  if (published.some((u) => !seen.has(u))) problems.push(`${published.filter((u) => !seen.has(u)).length} feed items published during the run never read`);
  if (sourcesPerItem.length > 0) problems.push(`${sourcesPerItem.length} feed items read twice`);
  if (delivered.some((d) => !received.has(d.id))) problems.push("a delivery recorded as delivered was never received");
  if (deliveries.some((d) => d.status !== "delivered")) problems.push(`${deliveries.filter((d) => d.status !== "delivered").length} webhook deliveries not delivered`);
  if (jobs.some((j) => j.status === "failed")) problems.push("failed jobs");
  report(`[${engine}] consistency checks`, problems.length === 0 ? "ok" : problems.slice(0, 5).join("; "));
  fs.rmSync(dir, { recursive: true, force: true });
}

report("machine", `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (shared: figures are noisy)`);
report("run", `${SECONDS} s per engine, ${CONNECTIONS} reading connections, one article a second, an import of ${IMPORT_ROWS.toLocaleString("en")} rows`);

if (ENGINES.includes("sqlite")) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-bench-load-sqlite-"));
  const db = path.join(dir, "store.db");
  await loadOnce(
    "sqlite",
    db,
    async (text) => {
      const database = new Sqlite(db, { readonly: true });
      try {
        return database.prepare(text).all();
      } finally {
        database.close();
      }
    },
    async () => {
      const database = new Sqlite(db, { readonly: true });
      try {
        const integrity = (database.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[]).map((r) => r.integrity_check).filter((r) => r !== "ok");
        const keys = (database.prepare("PRAGMA foreign_key_check").all() as { table: string }[]).map((r) => `foreign key: ${r.table}`);
        return [...integrity, ...keys];
      } finally {
        database.close();
      }
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

if (ENGINES.includes("postgres")) {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query("CREATE DATABASE cliffhanger_load");
    await admin.end();
    const url = server.url.replace(/\/[^/]*$/, "/cliffhanger_load");
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    await loadOnce(
      "postgres",
      url,
      async (text) => (await pool.query(text)).rows,
      async () => {
        await pool.query("CREATE EXTENSION IF NOT EXISTS amcheck");
        const indexes = (await pool.query<{ name: string }>("SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'")).rows;
        const problems: string[] = [];
        for (const { name } of indexes) {
          try {
            await pool.query("SELECT bt_index_check($1::regclass, true)", [name]);
          } catch (error) {
            problems.push(`${name}: ${(error as Error).message}`);
          }
        }
        const orphans = (await pool.query<{ n: string }>("SELECT count(*) AS n FROM claim c LEFT JOIN entity e ON e.id = c.subject_id WHERE e.id IS NULL")).rows[0]!.n;
        if (Number(orphans) > 0) problems.push(`${orphans} claims without their subject`);
        const twice = (await pool.query<{ n: string }>("SELECT count(*) AS n FROM (SELECT source_id, fingerprint FROM claim GROUP BY 1, 2 HAVING count(*) > 1) d")).rows[0]!.n;
        if (Number(twice) > 0) problems.push(`${twice} claims held twice`);
        return problems;
      },
    );
    await pool.end();
  } finally {
    server?.stop();
  }
}
