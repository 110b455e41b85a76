import { createHmac, randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import type { Clock } from "../app/clock.ts";
import { AppError } from "../app/errors.ts";
import { checkedLookup, type AddressPolicy } from "../fetch/address-policy.ts";
import type { Db } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";

/**
 * Webhooks as Standard Webhooks (standardwebhooks.com) specifies them: headers webhook-id (the
 * delivery's id, the same on every retry), webhook-timestamp (seconds) and webhook-signature
 * ("v1," + base64 HMAC-SHA256 of "id.timestamp.body" under the endpoint's "whsec_" secret).
 * A delivery row is written before anything is sent; each attempt has 5 s, follows no redirect,
 * and keeps the status and the first 1 KB of the answer. Failures are retried on the
 * specification's schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: a little over a day); when
 * the last retry fails the endpoint is disabled, with the reason kept. Addresses are checked as the
 * fetcher checks them (`fetch/address-policy.ts`, CLIFFHANGER_ALLOW_PRIVATE_NETWORKS), after DNS and
 * before connecting. Each attempt runs as a job of the queue (`webhook-jobs.ts`).
 */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000];
export const ATTEMPT_TIMEOUT_MS = 5_000;
const KEEP_BYTES = 1024;
/** How long a claimed delivery is held by one worker before another may take it up. */
const LEASE_MS = 60_000;

export interface Endpoint {
  id: string;
  userId: string;
  url: string;
  secret: string;
  createdAt: string;
  disabledAt: string | null;
  disabledReason: string | null;
}

const endpointFromRow = (r: { id: string; user_id: string; url: string; secret: string; created_at: string; disabled_at: string | null; disabled_reason: string | null }): Endpoint => ({ id: r.id, userId: r.user_id, url: r.url, secret: r.secret, createdAt: r.created_at, disabledAt: r.disabled_at, disabledReason: r.disabled_reason });

export function parseEndpointUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("BAD_INPUT", `url: not a URL: "${raw.slice(0, 80)}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("BAD_INPUT", `url: only http and https, not ${url.protocol}`);
  if (url.username || url.password) throw new AppError("BAD_INPUT", "url: no user or password in the URL");
  if (raw.length > 2000) throw new AppError("BAD_INPUT", "url: over 2000 characters");
  return url;
}

const literalHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");

export async function createEndpoint(db: Db, userId: string, rawUrl: string, now: string, policy: AddressPolicy): Promise<Endpoint> {
  const url = parseEndpointUrl(rawUrl);
  // A literal private address is refused at once; a name is checked at every send, before connecting.
  if (net.isIP(literalHost(url)) && !policy.allows(literalHost(url))) throw new AppError("ADDRESS_REFUSED", `url: ${url.hostname} is a private, loopback or link-local address (CLIFFHANGER_ALLOW_PRIVATE_NETWORKS allows ${policy.describe()})`);
  const endpoint = { id: newId("whk"), user_id: userId, url: url.toString(), secret: `whsec_${randomBytes(24).toString("base64")}`, created_at: now, disabled_at: null, disabled_reason: null };
  await db.insertInto("webhook_endpoint").values(endpoint).execute();
  return endpointFromRow(endpoint);
}

export async function listEndpoints(db: Db, userId: string): Promise<Endpoint[]> {
  return (await db.selectFrom("webhook_endpoint").selectAll().where("user_id", "=", userId).orderBy("created_at").execute()).map(endpointFromRow);
}

export async function getEndpoint(db: Db, userId: string, id: string): Promise<Endpoint> {
  const row = await db.selectFrom("webhook_endpoint").selectAll().where("id", "=", id).where("user_id", "=", userId).executeTakeFirst();
  if (!row) throw new AppError("UNKNOWN_ENTITY", `no webhook ${id} of yours`);
  return endpointFromRow(row);
}

export async function setEndpointEnabled(db: Db, userId: string, id: string, enabled: boolean, now: string): Promise<void> {
  await getEndpoint(db, userId, id);
  await db.updateTable("webhook_endpoint").set(enabled ? { disabled_at: null, disabled_reason: null } : { disabled_at: now, disabled_reason: "disabled by its owner" }).where("id", "=", id).execute();
}

export async function listDeliveries(db: Db, endpointId: string, limit = 20) {
  return db.selectFrom("webhook_delivery").select(["id", "event_type", "status", "attempts", "response_status", "response_body", "last_error", "created_at", "delivered_at", "next_attempt_at"]).where("endpoint_id", "=", endpointId).orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute();
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  body: string | null;
  error: string | null;
}

/** One POST: 5 s in all, no redirect followed, the first 1 KB of the answer kept; the address checked before connecting. */
export function postSigned(url: string, headers: Record<string, string>, body: string, policy: AddressPolicy, timeoutMs = ATTEMPT_TIMEOUT_MS): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const literal = literalHost(target);
    if (net.isIP(literal) && !policy.allows(literal)) return resolve({ ok: false, status: null, body: null, error: `refused before connecting: ${literal} is a private, loopback or link-local address` });
    const client = target.protocol === "https:" ? https : http;
    let settled = false;
    const done = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(target, { method: "POST", lookup: checkedLookup(policy), headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "cliffhanger-webhooks/1" } }, (response) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on("data", (chunk: Buffer) => {
        if (kept < KEEP_BYTES) {
          chunks.push(chunk.subarray(0, KEEP_BYTES - kept));
          kept += Math.min(chunk.length, KEEP_BYTES - kept);
        }
        if (kept >= KEEP_BYTES) response.destroy();
      });
      const finish = () => {
        const status = response.statusCode ?? null;
        const text = Buffer.concat(chunks).toString("utf8");
        // 3xx is not followed: a redirect is a failure, as the endpoint must answer itself.
        done({ ok: status !== null && status >= 200 && status < 300, status, body: text, error: status !== null && status >= 300 && status < 400 ? `redirect to ${String(response.headers.location ?? "?").slice(0, 200)} not followed` : status !== null && status >= 300 ? `HTTP ${status}` : null });
      };
      response.on("end", finish);
      response.on("close", finish);
      response.on("error", finish);
    });
    const timer = setTimeout(() => {
      request.destroy();
      done({ ok: false, status: null, body: null, error: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => done({ ok: false, status: null, body: null, error: error.message }));
    request.end(body);
  });
}

/** Takes a due delivery for this worker (a lease), so two workers never send it at once. */
async function claim(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db.updateTable("webhook_delivery").set({ next_attempt_at: new Date(now.getTime() + LEASE_MS).toISOString() }).where("id", "=", id).where("status", "=", "pending").where("next_attempt_at", "<=", now.toISOString()).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** One attempt of one delivery; the row says what happened, and when to try again. */
export async function attemptDelivery(db: Db, clock: Clock, id: string, policy: AddressPolicy): Promise<"delivered" | "retry" | "failed" | "skipped"> {
  const now = clock.now();
  if (!(await claim(db, id, now))) return "skipped";
  const row = await db.selectFrom("webhook_delivery").innerJoin("webhook_endpoint", "webhook_endpoint.id", "webhook_delivery.endpoint_id").select(["webhook_delivery.id", "webhook_delivery.payload_json", "webhook_delivery.attempts", "webhook_endpoint.id as endpoint_id", "webhook_endpoint.url", "webhook_endpoint.secret", "webhook_endpoint.disabled_at", "webhook_endpoint.disabled_reason"]).where("webhook_delivery.id", "=", id).executeTakeFirstOrThrow();
  if (row.disabled_at) {
    await db.updateTable("webhook_delivery").set({ status: "failed", next_attempt_at: null, last_error: `endpoint disabled: ${row.disabled_reason ?? ""}` }).where("id", "=", id).execute();
    return "failed";
  }
  const timestamp = Math.floor(now.getTime() / 1000);
  const result = await postSigned(row.url, { "webhook-id": row.id, "webhook-timestamp": String(timestamp), "webhook-signature": sign(row.secret, row.id, timestamp, row.payload_json) }, row.payload_json, policy);
  const attempts = row.attempts + 1;
  const after = clock.now();
  if (result.ok) {
    await db.updateTable("webhook_delivery").set({ status: "delivered", attempts, response_status: result.status, response_body: result.body, last_error: null, delivered_at: after.toISOString(), next_attempt_at: null }).where("id", "=", id).execute();
    return "delivered";
  }
  const delay = RETRY_DELAYS_MS[attempts - 1];
  if (delay !== undefined) {
    await db.updateTable("webhook_delivery").set({ attempts, response_status: result.status, response_body: result.body, last_error: result.error, next_attempt_at: new Date(after.getTime() + delay).toISOString() }).where("id", "=", id).execute();
    return "retry";
  }
  await db.updateTable("webhook_delivery").set({ status: "failed", attempts, response_status: result.status, response_body: result.body, last_error: result.error, next_attempt_at: null }).where("id", "=", id).execute();
  // Every retry over a day failed: the endpoint is disabled until its owner enables it again.
  await db.updateTable("webhook_endpoint").set({ disabled_at: after.toISOString(), disabled_reason: `${attempts} attempts over a day failed; the last: ${result.error ?? `HTTP ${result.status}`}` }).where("id", "=", row.endpoint_id).where("disabled_at", "is", null).execute();
  await db.updateTable("webhook_delivery").set({ status: "failed", next_attempt_at: null, last_error: "endpoint disabled after persistent failure" }).where("endpoint_id", "=", row.endpoint_id).where("status", "=", "pending").execute();
  return "failed";
}
