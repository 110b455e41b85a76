import { sql } from "kysely";
import type { Db } from "../storage/db.ts";
import { supportsSkipLocked } from "../storage/dialect.ts";
import { newId } from "../storage/ids.ts";
import type { JobTable } from "../storage/database.ts";

/**
 * The job table (migration 0009), written once for both engines. Every change of a job's state is
 * one statement: on SQLite it takes the file's write lock, on PostgreSQL a claim picks a row with
 * `FOR UPDATE SKIP LOCKED`, so two workers never claim one job and never wait on each other.
 */
export type JobStatus = "queued" | "running" | "done" | "failed";

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  uniqueKey: string | null;
  status: JobStatus;
  runAt: string;
  /** Claims so far, this one included: 1 on a first run. */
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface NewJob {
  kind: string;
  payload: unknown;
  /** Not before this time (ISO); now when absent. */
  runAt?: string;
  /** At most one queued or running job holds a key: enqueueing it again (from any node) adds nothing. */
  uniqueKey?: string | null;
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

function jobFromRow(row: JobTable): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload_json) as unknown,
    uniqueKey: row.unique_key,
    status: row.status as JobStatus,
    runAt: row.run_at,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** Adds a job; with a unique key already held by a queued or running job, adds nothing and says which job holds it. */
export async function enqueueJob(db: Db, job: NewJob, now: string): Promise<{ id: string; created: boolean }> {
  const id = newId("job");
  const result = await db
    .insertInto("job")
    .values({
      id,
      kind: job.kind,
      payload_json: JSON.stringify(job.payload ?? null),
      unique_key: job.uniqueKey ?? null,
      status: "queued",
      run_at: job.runAt ?? now,
      attempts: 0,
      max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      locked_by: null,
      locked_until: null,
      last_error: null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.column("unique_key").doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) return { id, created: true };
  const holder = await db.selectFrom("job").select("id").where("unique_key", "=", job.uniqueKey ?? null).executeTakeFirst();
  return { id: holder?.id ?? id, created: false };
}

/**
 * Claims the job of one of `kinds` that is due first: a queued job whose time has come, or a running
 * one whose lease ran out (its worker died) and that has attempts left. The claim is a lease until
 * `leaseUntil`, to be renewed while the job runs.
 */
export async function claimJob(db: Db, kinds: readonly string[], workerId: string, now: string, leaseUntil: string): Promise<Job | undefined> {
  if (kinds.length === 0) return undefined;
  const pick = db
    .selectFrom("job")
    .select("id")
    .where("kind", "in", kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]),
        eb.and([eb("status", "=", "running"), eb("locked_until", "<=", now), eb("attempts", "<", eb.ref("max_attempts"))]),
      ]),
    )
    .orderBy("run_at")
    .limit(1)
    .$if(supportsSkipLocked(db), (qb) => qb.forUpdate().skipLocked());
  const row = await db
    .updateTable("job")
    .set({ status: "running", attempts: sql<number>`attempts + 1`, locked_by: workerId, locked_until: leaseUntil, updated_at: now })
    .where("id", "=", pick)
    .returningAll()
    .executeTakeFirst();
  return row ? jobFromRow(row) : undefined;
}

/** Extends a lease; false when the job is no longer this worker's (its lease ran out and another took it). */
export async function renewLease(db: Db, job: Job, workerId: string, now: string, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable("job")
    .set({ locked_until: leaseUntil, updated_at: now })
    .where("id", "=", job.id)
    .where("locked_by", "=", workerId)
    .where("status", "=", "running")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Marks a job done and frees its unique key; false when the lease had already passed to another worker. */
export async function completeJob(db: Db, job: Job, workerId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable("job")
    .set({ status: "done", unique_key: null, locked_by: null, locked_until: null, finished_at: now, updated_at: now })
    .where("id", "=", job.id)
    .where("locked_by", "=", workerId)
    .where("status", "=", "running")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records a failed run: queued again at `retryAt` while attempts remain (and `retryAt` is given),
 * otherwise failed for good, with its unique key freed.
 */
export async function failJob(db: Db, job: Job, workerId: string, error: string, now: string, retryAt: string | null): Promise<JobStatus> {
  const retry = retryAt !== null && job.attempts < job.maxAttempts;
  const status: JobStatus = retry ? "queued" : "failed";
  await db
    .updateTable("job")
    .set({
      status,
      run_at: retry ? retryAt : job.runAt,
      unique_key: retry ? job.uniqueKey : null,
      locked_by: null,
      locked_until: null,
      last_error: error.slice(0, 2000),
      finished_at: retry ? null : now,
      updated_at: now,
    })
    .where("id", "=", job.id)
    .where("locked_by", "=", workerId)
    .where("status", "=", "running")
    .execute();
  return status;
}

/** Jobs whose worker died on their last attempt: failed for good, so their unique keys are free again. */
export async function failAbandonedJobs(db: Db, now: string): Promise<number> {
  const result = await db
    .updateTable("job")
    .set({ status: "failed", unique_key: null, locked_by: null, locked_until: null, last_error: "the worker stopped (lease expired) on the last attempt", finished_at: now, updated_at: now })
    .where("status", "=", "running")
    .where("locked_until", "<=", now)
    .where((eb) => eb("attempts", ">=", eb.ref("max_attempts")))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes finished jobs older than `before`: the table keeps recent history only. */
export async function pruneFinishedJobs(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom("job").where("status", "in", ["done", "failed"]).where("finished_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function getJob(db: Db, id: string): Promise<Job | undefined> {
  const row = await db.selectFrom("job").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? jobFromRow(row) : undefined;
}

export async function listJobs(db: Db, filter: { kind?: string; status?: JobStatus } = {}): Promise<Job[]> {
  let query = db.selectFrom("job").selectAll().orderBy("created_at").orderBy("id");
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.status) query = query.where("status", "=", filter.status);
  return (await query.execute()).map(jobFromRow);
}

/** How many jobs are in each state, per kind: for `doctor` and the admin page. */
export async function countJobs(db: Db): Promise<{ kind: string; status: JobStatus; count: number }[]> {
  const rows = await db
    .selectFrom("job")
    .select(["kind", "status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["kind", "status"])
    .orderBy("kind")
    .orderBy("status")
    .execute();
  return rows.map((r) => ({ kind: r.kind, status: r.status as JobStatus, count: Number(r.n) }));
}

/** Whether a job of these kinds could be claimed now (due, or its lease ran out). */
export async function hasDueJobs(db: Db, kinds: readonly string[], now: string): Promise<boolean> {
  if (kinds.length === 0) return false;
  const row = await db
    .selectFrom("job")
    .select("id")
    .where("kind", "in", kinds)
    .where((eb) => eb.or([eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]), eb.and([eb("status", "=", "running"), eb("locked_until", "<=", now)])]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
