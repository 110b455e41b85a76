// npm run bench:webhooks — webhook delivery to a local receiver: deliveries per second and the
// latency from a change event (an ingest's commit) to the signed POST arriving, p50/p99. The demo
// store (the bundled examples); one user following The Glory (every change) with ENDPOINTS
// endpoints on one 127.0.0.1 receiver; ROUNDS articles, each making notifications that fan out
// to every endpoint. Deliveries are jobs of the queue, run by the worker `serve` starts
// (startNotifyWorker: 8 at a time, its default poll of the queue).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createUser } from "../src/accounts/user.repository.ts";
import { systemClock } from "../src/app/clock.ts";
import { findTitle } from "../src/catalog/find-title.ts";
import { ingestArticle } from "../src/ingest/pipeline.ts";
import { follow } from "../src/notify/follow.repository.ts";
import { processNotifications } from "../src/notify/notify.service.ts";
import { createEndpoint } from "../src/notify/webhooks.ts";
import { addressPolicy } from "../src/fetch/address-policy.ts";
import { startNotifyWorker } from "../src/feeds/feed-worker.ts";
import { loadConfig } from "../src/app/config.ts";
import { silentLogger } from "../src/app/logger.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { cpuNote, percentile, report } from "./support.ts";

const root = path.resolve(import.meta.dirname, "..");
const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const arrivals: number[] = [];
const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    arrivals.push(performance.now());
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliffhanger-webhooks-bench-"));
const connection = connect(path.join(dir, "bench.db"));
await migrateToLatest(connection);
const clock = systemClock;
for (const file of fs.readdirSync(path.join(root, "examples/articles")).sort()) await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(root, "examples/articles", file)), label: file }, 5_000_000);
await processNotifications(connection, clock);
const user = await createUser(connection.db, { username: "bench", password: "a long bench password", role: "reader" }, clock.now().toISOString());
const glory = await findTitle(connection.db, "The Glory");
await follow(connection.db, user.id, glory.id, { kind: "title" }, clock.now().toISOString());
const policy = addressPolicy("127.0.0.1/32");
for (let i = 0; i < ENDPOINTS; i++) await createEndpoint(connection.db, user.id, `${url}/hook/${i}`, clock.now().toISOString(), policy);
const config = loadConfig({ db: ":memory:" }, { CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "127.0.0.1/32" });
// The pass runs after each ingest below, as the server runs it after each write; the worker's own every minute.
const worker = startNotifyWorker({ connection, clock, log: silentLogger, config }, { concurrency: CONCURRENCY, notifyEveryMs: 60_000 });

const latencies: number[] = [];
let delivered = 0;
let sendingMs = 0;
let passMs = 0;
for (let round = 0; round < ROUNDS; round++) {
  const text = `The Glory Season 2 News ${round}\n\nNetflix confirmed that The Glory season 2 will premiere on March ${round + 2}, 2027.`;
  await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: `round ${round}`, url: `https://news.example/${round}`, outlet: "Example News", published: `2026-11-${10 + round}` }, 5_000_000);
  const before = arrivals.length;
  const event = performance.now();
  const pass = await processNotifications(connection, clock);
  passMs += performance.now() - event;
  while (arrivals.length - before < pass.deliveries) await new Promise((r) => setTimeout(r, 5));
  const end = performance.now();
  sendingMs += end - event;
  const mine = arrivals.slice(before);
  if (mine.length !== pass.deliveries) throw new Error(`round ${round}: ${pass.deliveries} deliveries written, ${mine.length} arrived`);
  delivered += mine.length;
  latencies.push(...mine.map((t) => t - event));
}
await worker.stop();
server.close();
await connection.close();
fs.rmSync(dir, { recursive: true, force: true });
latencies.sort((a, b) => a - b);
report("webhooks: setup", `${ENDPOINTS} endpoints, ${ROUNDS} articles, jobs of the queue ${CONCURRENCY} at a time, cpu ${cpuNote()}`);
report("webhooks: delivered", `${delivered} deliveries, ${Math.round(delivered / (sendingMs / 1000))} deliveries/s (notification pass included)`);
report("webhooks: sending alone", `${Math.round(delivered / ((sendingMs - passMs) / 1000))} deliveries/s; the notification passes took ${Math.round(passMs / ROUNDS)} ms each`);
report("webhooks: event → delivery", `p50 ${Math.round(percentile(latencies, 50))} ms, p99 ${Math.round(percentile(latencies, 99))} ms`);
