// npm run bench:jobs — the job queue alone: 2,000 no-op jobs run by two workers on two connections
// (as two processes would), on SQLite and, when BENCH_PG_URL names a server, on PostgreSQL. Jobs/s
// through enqueue, claim (lease), complete: the queue's own cost per job.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { systemClock } from "../src/app/clock.ts";
import { silentLogger } from "../src/app/logger.ts";
import { enqueueJob } from "../src/jobs/job.repository.ts";
import { JobRegistry, startWorker } from "../src/jobs/queue.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { report } from "./support.ts";

const JOBS = Number(process.env.BENCH_JOBS ?? 2000);

async function run(label: string, url: string): Promise<void> {
  const a = connect(url);
  const b = connect(url);
  await migrateToLatest(a);
  let started = performance.now();
  for (let i = 0; i < JOBS; i++) await enqueueJob(a.db, { kind: "noop", payload: i }, new Date().toISOString());
  report(`${label}: enqueue`, `${(JOBS / ((performance.now() - started) / 1000)).toFixed(0)} jobs/s`);
  const registry = new JobRegistry().register("noop", async () => undefined);
  started = performance.now();
  const workers = [a, b].map((c) => startWorker({ db: c.db, clock: systemClock, log: silentLogger, registry, concurrency: 2, untilIdle: true }));
  await Promise.all(workers.map((w) => w.done));
  const done = workers.reduce((n, w) => n + w.stats.completed, 0);
  report(`${label}: claim + complete, 2 workers × 2`, `${(done / ((performance.now() - started) / 1000)).toFixed(0)} jobs/s (${done} done)`);
  await a.close();
  await b.close();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliffhanger-bench-jobs-"));
await run("sqlite", path.join(dir, "jobs.db"));
fs.rmSync(dir, { recursive: true, force: true });
if (process.env.BENCH_PG_URL) await run("postgres", process.env.BENCH_PG_URL);
