// npm run bench:fetch — one fetch round over a feed of 1,000 items from a local server: the feed
// read, each item's page fetched (the polite fetcher, no host delay) and read into SQLite through
// the ingest pipeline, as jobs of the queue. Time, articles/s, and where the time went: waiting on
// the network (the fetcher's requests, redirects and robots.txt included) vs reading (extraction
// and the store) vs the queue itself.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { systemClock } from "../src/app/clock.ts";
import { silentLogger } from "../src/app/logger.ts";
import { listFeeds } from "../src/feeds/feed.repository.ts";
import { addFeedSource, registerFeedJobs, scheduleRound } from "../src/feeds/feed.service.ts";
import { Fetcher, type FetchRequest, type FetchResult } from "../src/fetch/fetcher.ts";
import { JobRegistry, startWorker } from "../src/jobs/queue.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { cpuNote, peakRssMb, report } from "./support.ts";

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const root = path.resolve(import.meta.dirname, "..");
const files = [
  ...fs.readdirSync(path.join(root, "examples/articles")).map((f) => path.join(root, "examples/articles", f)),
  ...fs.readdirSync(path.join(root, "test/fixtures/articles")).filter((f) => f.endsWith(".txt")).map((f) => path.join(root, "test/fixtures/articles", f)),
];
const templates = files.map((f) => fs.readFileSync(f, "utf8"));
// Each page is a fixture with a line of its own, so that every article is new to the store.
const page = (i: number) => `${templates[i % templates.length]}\n\nReader reference ${i}.\n`;

const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  if (url === "/feed.xml") {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const items = Array.from({ length: ITEMS }, (_, i) => `<item><title>Story ${i}</title><link>${base}/a/${i}</link><guid>story-${i}</guid></item>`).join("\n");
    return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench wire</title>\n${items}\n</channel></rss>`);
  }
  const m = /^\/a\/(\d+)$/.exec(url);
  if (m) return void res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(page(Number(m[1])));
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliffhanger-bench-fetch-"));
const connection = connect(path.join(dir, "bench.db"));
await migrateToLatest(connection);
await addFeedSource(connection.db, systemClock, { url: feedUrl });

// The fetcher's own timing of each request: time on the network, and waiting for the host's turn.
const fetcher = new Fetcher({ userAgent: "cliffhanger-bench", allowPrivateNetworks: "127.0.0.1/32", minHostDelayMs: 0 });
const timing = { networkMs: 0, waitMs: 0, requests: 0, bytes: 0 };
const get = fetcher.get.bind(fetcher);
fetcher.get = async (request: FetchRequest): Promise<FetchResult> => {
  const result = await get(request);
  timing.networkMs += result.networkMs;
  timing.waitMs += result.waitMs;
  timing.requests += 1;
  timing.bytes += result.body.length;
  return result;
};
const registry = registerFeedJobs(new JobRegistry(), { connection, clock: systemClock, fetcher, maxBytes: 5_000_000 });
let handlerMs = 0;
for (const kind of registry.kinds()) {
  const registered = registry.get(kind)!;
  const handler = registered.handler;
  registered.handler = async (payload, context) => {
    const started = performance.now();
    try {
      await handler(payload, context);
    } finally {
      handlerMs += performance.now() - started;
    }
  };
}

report("cpu", cpuNote());
report("items in the feed", String(ITEMS));
report("jobs run at once", String(CONCURRENCY));
const started = performance.now();
await scheduleRound(connection.db, systemClock, registry);
const worker = startWorker({ db: connection.db, clock: systemClock, log: silentLogger, registry, concurrency: CONCURRENCY, untilIdle: true });
await worker.done;
const totalMs = performance.now() - started;
const [feed] = await listFeeds(connection.db);
const readingMs = handlerMs - timing.networkMs - timing.waitMs;
report("round", `${(totalMs / 1000).toFixed(1)} s`);
report("jobs done", `${worker.stats.completed} (failed ${worker.stats.failed}, retried ${worker.stats.retried})`);
report("items read / articles added / claims added", `${feed!.items_read} / ${feed!.articles_added} / ${feed!.claims_added}`);
report("articles/s", (feed!.articles_added / (totalMs / 1000)).toFixed(1));
report("requests (the feed and its pages)", `${timing.requests}, ${(timing.bytes / 1e6).toFixed(1)} MB`);
report("waiting on the network", `${(timing.networkMs / 1000).toFixed(1)} s (${((100 * timing.networkMs) / totalMs).toFixed(1)}%)`);
report("waiting for the host's turn", `${(timing.waitMs / 1000).toFixed(1)} s (${((100 * timing.waitMs) / totalMs).toFixed(1)}%)`);
report("reading (extract, resolve, store)", `${(readingMs / 1000).toFixed(1)} s (${((100 * readingMs) / totalMs).toFixed(1)}%)`);
report("the queue (claims, completions, idle polls)", `${((totalMs - handlerMs) / 1000).toFixed(1)} s (${((100 * (totalMs - handlerMs)) / totalMs).toFixed(1)}%)`);
report("peak RSS", `${peakRssMb()} MB`);
await connection.close();
server.close();
fs.rmSync(dir, { recursive: true, force: true });
