import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, it } from "node:test";
import { systemClock } from "../../src/app/clock.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { claimJob, completeJob, countJobs, enqueueJob, failJob, getJob, listJobs } from "../../src/jobs/job.repository.ts";
import { backoffDelay, enqueue, JobRegistry, PermanentJobError, startWorker } from "../../src/jobs/queue.ts";
import { connect } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";

const t0 = "2026-12-01T10:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(t0) + ms).toISOString();

for (const engine of requestedDialects()) {
  const skip = unavailableReason(engine);
  describe(`job queue [${engine}]`, { skip }, () => {
    it("enqueues, claims under a lease, completes; a unique key holds one queued job until it ends", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const first = await enqueueJob(db, { kind: "k", payload: { n: 1 }, uniqueKey: "k:1" }, t0);
        const again = await enqueueJob(db, { kind: "k", payload: { n: 2 }, uniqueKey: "k:1" }, t0);
        assert.equal(first.created, true);
        assert.deepEqual(again, { id: first.id, created: false }, "the same key adds nothing and names the holder");
        assert.equal(await claimJob(db, ["other"], "w1", t0, later(1000)), undefined, "only the kinds asked for");
        const job = await claimJob(db, ["k"], "w1", t0, later(1000));
        assert.deepEqual([job?.id, job?.attempts, job?.status, job?.payload], [first.id, 1, "running", { n: 1 }]);
        assert.equal(await claimJob(db, ["k"], "w2", later(500), later(1500)), undefined, "a leased job is nobody else's");
        assert.equal((await enqueueJob(db, { kind: "k", payload: {}, uniqueKey: "k:1" }, t0)).created, false, "still held while running");
        assert.equal(await completeJob(db, job!, "w1", later(600)), true);
        assert.equal((await getJob(db, first.id))?.status, "done");
        assert.equal((await enqueueJob(db, { kind: "k", payload: {}, uniqueKey: "k:1" }, later(700))).created, true, "free again once done");
      });
    });

    it("a job is not claimed before its time; a failure is retried at its backoff, then fails for good", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        const { id } = await enqueueJob(db, { kind: "k", payload: null, runAt: later(5000), maxAttempts: 2 }, t0);
        assert.equal(await claimJob(db, ["k"], "w", t0, later(1000)), undefined);
        const run1 = await claimJob(db, ["k"], "w", later(5000), later(6000));
        assert.equal(await failJob(db, run1!, "w", "boom", later(5100), later(9000)), "queued");
        assert.equal(await claimJob(db, ["k"], "w", later(8000), later(9000)), undefined, "waits out the backoff");
        const run2 = await claimJob(db, ["k"], "w", later(9000), later(10_000));
        assert.equal(run2?.attempts, 2);
        assert.equal(await failJob(db, run2!, "w", "boom again", later(9100), later(20_000)), "failed", "no attempts left");
        const stored = await getJob(db, id);
        assert.deepEqual([stored?.status, stored?.lastError, stored?.uniqueKey], ["failed", "boom again", null]);
      });
    });

    it("a lease that runs out makes the job claimable by another worker; the old worker can no longer complete it", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        await enqueueJob(db, { kind: "k", payload: null }, t0);
        const a = await claimJob(db, ["k"], "a", t0, later(1000));
        const b = await claimJob(db, ["k"], "b", later(1000), later(2000));
        assert.equal(b?.id, a?.id);
        assert.equal(b?.attempts, 2);
        assert.equal(await completeJob(db, a!, "a", later(1100)), false, "a's lease is gone");
        assert.equal(await completeJob(db, b!, "b", later(1200)), true);
      });
    });

    it("a worker runs handlers, retries with backoff, fails a permanent error at once, and stops when idle", async () => {
      await withMigratedDb(engine, async ({ db }) => {
        let flaky = 0;
        const seen: unknown[] = [];
        const registry = new JobRegistry()
          .register("t.ok", async (payload) => void seen.push(payload))
          .register("t.flaky", async () => {
            flaky += 1;
            if (flaky < 3) throw new Error(`flaky ${flaky}`);
          }, { backoffMs: 1, maxBackoffMs: 5 })
          .register("t.bad", async () => {
            throw new PermanentJobError("cannot ever work");
          });
        for (let n = 0; n < 5; n++) await enqueue(db, systemClock, { kind: "t.ok", payload: n }, registry);
        await enqueue(db, systemClock, { kind: "t.flaky", payload: null }, registry);
        const bad = await enqueue(db, systemClock, { kind: "t.bad", payload: null }, registry);
        const worker = startWorker({ db, clock: systemClock, log: silentLogger, registry, concurrency: 2, untilIdle: true, pollMs: 5 });
        await worker.done;
        // The flaky job's retries may be due a few ms after the queue first looks idle: run again until it is.
        for (let i = 0; i < 20 && flaky < 3; i++) await startWorker({ db, clock: systemClock, log: silentLogger, registry, untilIdle: true }).done.then(() => new Promise((r) => setTimeout(r, 10)));
        assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4]);
        assert.equal(flaky, 3, "ran until it worked");
        const badJob = await getJob(db, bad.id);
        assert.deepEqual([badJob?.status, badJob?.attempts], ["failed", 1]);
        const counts = Object.fromEntries((await countJobs(db)).map((c) => [`${c.kind}/${c.status}`, c.count]));
        assert.deepEqual(counts, { "t.bad/failed": 1, "t.flaky/done": 1, "t.ok/done": 5 });
      });
    });

    it("two workers on two connections racing for 120 jobs run each exactly once", async () => {
      await withMigratedDb(engine, async ({ db }, url) => {
        const other = connect(url);
        try {
          const runs = new Map<string, string[]>();
          const registry = (name: string) =>
            new JobRegistry().register("race", async (_payload, { job }) => {
              runs.set(job.id, [...(runs.get(job.id) ?? []), name]);
              await new Promise((r) => setTimeout(r, 2));
            });
          for (let n = 0; n < 120; n++) await enqueueJob(db, { kind: "race", payload: n }, new Date().toISOString());
          const a = startWorker({ db, clock: systemClock, log: silentLogger, registry: registry("a"), concurrency: 3, untilIdle: true });
          const b = startWorker({ db: other.db, clock: systemClock, log: silentLogger, registry: registry("b"), concurrency: 3, untilIdle: true });
          await Promise.all([a.done, b.done]);
          assert.equal(runs.size, 120, "every job ran");
          assert.deepEqual([...runs.values()].filter((names) => names.length > 1), [], "no job ran twice");
          assert.equal(a.stats.completed + b.stats.completed, 120);
          assert.ok((await listJobs(db, { kind: "race" })).every((j) => j.status === "done" && j.attempts === 1));
        } finally {
          await other.close();
        }
      });
    });

    it("a worker process killed (SIGKILL) mid-job: the job runs again once its lease runs out, and once only", async () => {
      await withMigratedDb(engine, async ({ db }, url) => {
        const { id } = await enqueueJob(db, { kind: "test.sleep", payload: null }, new Date().toISOString());
        const child = spawn(process.execPath, [path.join(repoRoot, "test/fixtures/jobs/sleepy-worker.ts"), url, "600"], { stdio: ["ignore", "pipe", "inherit"] });
        const started = await new Promise<string>((resolve, reject) => {
          child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
            const m = /started (\S+)/.exec(chunk);
            if (m) resolve(m[1]!);
          });
          child.on("exit", (code) => reject(new Error(`the worker exited (${code}) before starting the job`)));
        });
        assert.equal(started, id);
        child.kill("SIGKILL");
        await new Promise((r) => child.once("exit", r));
        let reruns = 0;
        const registry = new JobRegistry().register("test.sleep", async () => void (reruns += 1));
        const rescuer = startWorker({ db, clock: systemClock, log: silentLogger, registry, pollMs: 50 });
        for (let i = 0; i < 100 && (await getJob(db, id))?.status !== "done"; i++) await new Promise((r) => setTimeout(r, 50));
        await rescuer.stop();
        const job = await getJob(db, id);
        assert.deepEqual([job?.status, job?.attempts, reruns], ["done", 2, 1]);
      });
    });
  });
}

describe("job backoff", () => {
  it("doubles per attempt with jitter, capped", () => {
    assert.equal(backoffDelay(1, 1000, 60_000, () => 0.5), 1000);
    assert.equal(backoffDelay(3, 1000, 60_000, () => 0.5), 4000);
    assert.equal(backoffDelay(20, 1000, 60_000, () => 0.5), 60_000);
    assert.equal(backoffDelay(1, 1000, 60_000, () => 0), 500);
    assert.equal(backoffDelay(1, 1000, 60_000, () => 0.999), 1499);
  });
});
