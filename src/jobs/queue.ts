import os from "node:os";
import type { Clock } from "../app/clock.ts";
import type { Logger } from "../app/logger.ts";
import type { Db } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { claimJob, completeJob, enqueueJob, failAbandonedJobs, failJob, pruneFinishedJobs, renewLease, type Job, type NewJob } from "./job.repository.ts";

/**
 * The job queue: one interface, the same table on SQLite and PostgreSQL.
 *
 *   const jobs = new JobRegistry();
 *   jobs.register("webhooks.deliver", async (payload, ctx) => { … }, { maxAttempts: 8 });
 *   await enqueue(db, clock, { kind: "webhooks.deliver", payload: { id }, uniqueKey: `deliver:${id}` });
 *   const worker = startWorker({ db, clock, log, registry: jobs });   // in `serve`, or `cliffhanger worker`
 *
 * Handlers must be idempotent: a job whose worker dies mid-run (kill -9, a lost machine) runs again
 * once its lease runs out, and a handler that throws is retried with exponential backoff and jitter
 * until its attempts run out. A unique key makes a job that many nodes schedule exist once.
 */
export interface JobContext {
  job: Job;
  /** A child logger carrying the job's id and kind. */
  log: Logger;
  /** Aborted when the worker stops or loses the job's lease: stop early, the job runs again. */
  signal: AbortSignal;
  db: Db;
  clock: Clock;
}

export type JobHandler = (payload: unknown, context: JobContext) => Promise<void>;

export interface JobKindOptions {
  maxAttempts?: number;
  /** Backoff of the first retry (doubled each attempt, ±50% jitter); default 30 s. */
  backoffMs?: number;
  /** Longest backoff; default 1 h. */
  maxBackoffMs?: number;
}

interface Registered extends Required<JobKindOptions> {
  handler: JobHandler;
}

/** An error that retrying cannot fix: the job fails at once, whatever its attempts left. */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}

/** Job kinds by name, each with its handler. */
export class JobRegistry {
  readonly #kinds = new Map<string, Registered>();
  register(kind: string, handler: JobHandler, options: JobKindOptions = {}): this {
    if (this.#kinds.has(kind)) throw new Error(`job kind ${kind} is registered twice`);
    this.#kinds.set(kind, { handler, maxAttempts: options.maxAttempts ?? 5, backoffMs: options.backoffMs ?? 30_000, maxBackoffMs: options.maxBackoffMs ?? 3_600_000 });
    return this;
  }
  get(kind: string): Registered | undefined {
    return this.#kinds.get(kind);
  }
  kinds(): string[] {
    return [...this.#kinds.keys()];
  }
}

/** Adds a job (see NewJob; the kind's maxAttempts applies when a registry is given). */
export async function enqueue(db: Db, clock: Clock, job: NewJob, registry?: JobRegistry): Promise<{ id: string; created: boolean }> {
  const maxAttempts = job.maxAttempts ?? registry?.get(job.kind)?.maxAttempts;
  return enqueueJob(db, maxAttempts === undefined ? job : { ...job, maxAttempts }, clock.now().toISOString());
}

/** Exponential backoff with full ±50% jitter: attempt 1 waits about `base`, attempt 2 about 2×base… */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const delay = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(delay * (0.5 + random()));
}

export interface WorkerOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  registry: JobRegistry;
  /** Jobs run at once by this worker; default 1. */
  concurrency?: number;
  /** How long a claim holds before another worker may take the job; renewed every third of it. Default 60 s. */
  leaseMs?: number;
  /** Pause between looks at an empty queue; default 1 s (±50%). */
  pollMs?: number;
  /** Work to do every `everyMs` beside the jobs (a scheduler creating due jobs), run at start too. */
  periodic?: { name: string; everyMs: number; run: () => Promise<void> }[];
  /** Stop once nothing is due and nothing runs (`cliffhanger fetch`): `done` then resolves. */
  untilIdle?: boolean;
  workerId?: string;
}

export interface Worker {
  id: string;
  /** Resolves when the worker has stopped (after stop(), or when idle with untilIdle). */
  done: Promise<void>;
  /** Stops claiming, aborts running jobs (they run again elsewhere) and waits for them to end. */
  stop(): Promise<void>;
  /** Jobs this worker finished, by outcome. */
  stats: { completed: number; retried: number; failed: number; lost: number };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

const PRUNE_AFTER_MS = 7 * 24 * 3_600_000;

export function startWorker(options: WorkerOptions): Worker {
  const { db, clock, registry } = options;
  const id = options.workerId ?? `${os.hostname()}:${process.pid}:${newId("w").slice(-8)}`;
  const log = options.log.child({ worker: id });
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const stopping = new AbortController();
  const stats = { completed: 0, retried: 0, failed: 0, lost: 0 };
  const kinds = registry.kinds();
  let busy = 0;
  let idle = false;
  const iso = (offsetMs = 0) => new Date(clock.now().getTime() + offsetMs).toISOString();

  async function runOne(job: Job): Promise<void> {
    const kind = registry.get(job.kind)!;
    const jobLog = log.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    const aborter = new AbortController();
    const onStop = () => aborter.abort(new Error("the worker is stopping"));
    stopping.signal.addEventListener("abort", onStop, { once: true });
    let lost = false;
    const heartbeat = setInterval(() => {
      renewLease(db, job, id, iso(), iso(leaseMs)).then(
        (held) => {
          if (!held && !lost) {
            lost = true;
            aborter.abort(new Error("the job's lease passed to another worker"));
          }
        },
        (error: unknown) => jobLog.warn({ err: error }, "lease renewal failed"),
      );
    }, Math.max(50, Math.floor(leaseMs / 3)));
    const started = Date.now();
    jobLog.info("job started");
    try {
      await kind.handler(job.payload, { job, log: jobLog, signal: aborter.signal, db, clock });
      if (await completeJob(db, job, id, iso())) {
        stats.completed += 1;
        jobLog.info({ ms: Date.now() - started }, "job done");
      } else {
        stats.lost += 1;
        jobLog.warn("job finished after its lease had passed to another worker");
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (stopping.signal.aborted || lost) {
        // Left running: the lease runs out and another worker (or this one, restarted) takes it.
        stats.lost += 1;
        jobLog.warn({ reason: message }, "job abandoned");
      } else {
        const retryAt = error instanceof PermanentJobError ? null : iso(backoffDelay(job.attempts, kind.backoffMs, kind.maxBackoffMs));
        const status = await failJob(db, job, id, message, iso(), retryAt);
        if (status === "queued") stats.retried += 1;
        else stats.failed += 1;
        jobLog.warn({ err: error, retryAt: status === "queued" ? retryAt : null }, status === "queued" ? "job failed, will retry" : "job failed");
      }
    } finally {
      clearInterval(heartbeat);
      stopping.signal.removeEventListener("abort", onStop);
    }
  }

  async function slot(): Promise<void> {
    while (!stopping.signal.aborted && !idle) {
      // A slot that is claiming counts as busy: "idle" means no slot could still add or run a job.
      busy += 1;
      let job: Job | undefined;
      try {
        job = await claimJob(db, kinds, id, iso(), iso(leaseMs));
        if (job) await runOne(job);
      } catch (error) {
        log.error({ err: error }, "claiming a job failed");
        await sleep(pollMs, stopping.signal);
        continue;
      } finally {
        busy -= 1;
      }
      if (job) continue;
      if (options.untilIdle && busy === 0) {
        idle = true;
        break;
      }
      await sleep(options.untilIdle ? 20 : pollMs * (0.5 + Math.random()), stopping.signal);
    }
  }

  const timers: NodeJS.Timeout[] = [];
  const housekeeping = async () => {
    await failAbandonedJobs(db, iso());
    await pruneFinishedJobs(db, iso(-PRUNE_AFTER_MS));
  };
  const periodic = [{ name: "jobs.housekeeping", everyMs: Math.max(leaseMs, 60_000), run: housekeeping }, ...(options.periodic ?? [])];
  const runningPeriodic = new Set<Promise<void>>();
  const runPeriodic = (task: (typeof periodic)[number]): Promise<void> => {
    const run = (async () => {
      try {
        await task.run();
      } catch (error) {
        // A task the stop cut short (its store closed under it) is not a failure to report.
        if (stopping.signal.aborted) log.info({ task: task.name, reason: (error as Error).message }, "periodic task cut short by the stop");
        else log.error({ err: error, task: task.name }, "periodic task failed");
      }
    })();
    runningPeriodic.add(run);
    void run.finally(() => runningPeriodic.delete(run));
    return run;
  };
  const done = (async () => {
    // Periodic work first (it may create the jobs a round is for), then the slots.
    for (const task of periodic) await runPeriodic(task);
    if (!options.untilIdle) for (const task of periodic) timers.push(setInterval(() => void runPeriodic(task), task.everyMs));
    log.info({ concurrency, kinds }, "worker started");
    await Promise.all(Array.from({ length: concurrency }, () => slot()));
    for (const timer of timers) clearInterval(timer);
    log.info(stats, "worker stopped");
  })();
  return {
    id,
    done,
    stats,
    stop: async () => {
      stopping.abort();
      await done;
      await Promise.allSettled([...runningPeriodic]);
    },
  };
}
