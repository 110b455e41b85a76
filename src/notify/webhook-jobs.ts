import type { Clock } from "../app/clock.ts";
import type { AddressPolicy } from "../fetch/address-policy.ts";
import { enqueueJob } from "../jobs/job.repository.ts";
import type { JobRegistry } from "../jobs/queue.ts";
import type { Kysely } from "kysely";
import type { Database } from "../storage/database.ts";
import type { Db } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { attemptDelivery, RETRY_DELAYS_MS, type Endpoint } from "./webhooks.ts";

/**
 * Webhook deliveries as jobs of the queue (`jobs/`). A delivery row is written first; each attempt
 * is one job, keyed by delivery and attempt, so that however many nodes schedule it, it is queued
 * once. The delivery keeps its own schedule (Standard Webhooks' retries over a day, then the
 * endpoint disabled): a failed attempt queues the next one at the delivery's `next_attempt_at`.
 * The queue's own retries (3, from 5 s) are for a worker that could not reach the store; a lost
 * job is found again by `sweepDeliveries`.
 */
export const DELIVER_WEBHOOK = "webhooks.deliver";

export async function enqueueDelivery(db: Db, delivery: { id: string; attempts: number; runAt: string }, now: string): Promise<void> {
  await enqueueJob(db, { kind: DELIVER_WEBHOOK, payload: { delivery: delivery.id }, runAt: delivery.runAt, uniqueKey: `${DELIVER_WEBHOOK}:${delivery.id}:${delivery.attempts}`, maxAttempts: 3 }, now);
}

export function registerWebhookJobs(registry: JobRegistry, deps: { policy: AddressPolicy }): JobRegistry {
  return registry.register(
    DELIVER_WEBHOOK,
    async (payload, { db, clock }) => {
      const id = (payload as { delivery?: unknown } | null)?.delivery;
      if (typeof id !== "string") return;
      const outcome = await attemptDelivery(db, clock, id, deps.policy);
      if (outcome !== "retry") return;
      const row = await db.selectFrom("webhook_delivery").select(["attempts", "next_attempt_at"]).where("id", "=", id).executeTakeFirst();
      if (row?.next_attempt_at) await enqueueDelivery(db, { id, attempts: row.attempts, runAt: row.next_attempt_at }, clock.now().toISOString());
    },
    { maxAttempts: 3, backoffMs: 5_000, maxBackoffMs: RETRY_DELAYS_MS[0]! * 4 },
  );
}

/**
 * Every pending delivery that is due and has no job gets one: a job lost with its worker, or a
 * delivery written by a process that could not queue it. The unique key makes this a no-op for
 * deliveries whose job is queued or running.
 */
export async function sweepDeliveries(db: Db, clock: Clock, limit = 1_000): Promise<number> {
  const now = clock.now().toISOString();
  const due = await db.selectFrom("webhook_delivery").select(["id", "attempts", "next_attempt_at"]).where("status", "=", "pending").where("next_attempt_at", "<=", now).orderBy("next_attempt_at").limit(limit).execute();
  for (const row of due) await enqueueDelivery(db, { id: row.id, attempts: row.attempts, runAt: row.next_attempt_at! }, now);
  return due.length;
}

/** "Send test event": a delivery like any other, of type "test.v1", with its job. */
export async function queueTestEvent(db: Kysely<Database>, endpoint: Endpoint, now: string): Promise<string> {
  const id = newId("msg");
  const body = { type: "test.v1", timestamp: now, data: { message: "A test event from cliffhanger: this endpoint receives what you follow." } };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("webhook_delivery").values({ id, endpoint_id: endpoint.id, notification_id: null, event_type: body.type, payload_json: JSON.stringify(body), status: "pending", attempts: 0, next_attempt_at: now, response_status: null, response_body: null, last_error: null, created_at: now, delivered_at: null }).execute();
    await enqueueDelivery(trx, { id, attempts: 0, runAt: now }, now);
  });
  return id;
}
