import type { Clock } from "../app/clock.ts";
import type { Config } from "../app/config.ts";
import { AppError, isAppError } from "../app/errors.ts";
import type { Logger } from "../app/logger.ts";
import { Fetcher, userAgent } from "../fetch/fetcher.ts";
import { ingestArticle } from "../ingest/pipeline.ts";
import { enqueue, type JobRegistry } from "../jobs/queue.ts";
import type { Connection, Db } from "../storage/db.ts";
import { readInterval } from "./cadence.ts";
import {
  addToFeedCounts,
  dueFeeds,
  findFeed,
  findFeedItem,
  getFeedItem,
  insertFeed,
  insertFeedItem,
  itemReadElsewhere,
  listFeeds,
  sourceClaimedByItem,
  updateFeed,
  updateFeedItem,
  type Feed,
} from "./feed.repository.ts";
import { canonicalUrl, parseFeedBody } from "./parse-feed.ts";

/** Job kinds: read one feed (and queue its new items); read one item's page into the store. */
export const READ_FEED = "feeds.read";
export const READ_ITEM = "feeds.item";

/** Items taken from one read of a feed: a feed is a window on recent news, not an archive. */
const MAX_ITEMS_PER_READ = 2_000;

export interface FeedDeps {
  connection: Connection;
  clock: Clock;
  fetcher: Fetcher;
  /** The size cap of one article, as for `ingest`. */
  maxBytes: number;
}

/** The fetcher configured from settings: User-Agent with the contact address, private networks, host delay. */
export function fetcherFromConfig(config: Config, overrides: { minHostDelayMs?: number } = {}): Fetcher {
  return new Fetcher({
    userAgent: userAgent(config.contactUrl),
    allowPrivateNetworks: config.allowPrivateNetworks,
    maxBytes: config.maxInputBytes,
    minHostDelayMs: overrides.minHostDelayMs ?? config.fetchHostDelayMs,
  });
}

function httpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // fall through
  }
  throw new AppError("BAD_OPTION", `"${value.slice(0, 200)}" is not an http or https address of a feed or a page`);
}

/** Follows a feed (or a page whose <link rel="alternate"> names one); the same address twice is the same feed. */
export async function addFeedSource(db: Db, clock: Clock, input: { url: string; name?: string | null; everySeconds?: number | null }): Promise<{ feed: Feed; created: boolean }> {
  return insertFeed(db, { url: httpUrl(input.url), name: input.name ?? null, everySeconds: input.everySeconds ?? null }, clock.now().toISOString());
}

/** Queues a read of every active feed whose time has come; a feed already queued (by any node) is not queued again. */
export async function scheduleDueFeeds(db: Db, clock: Clock, registry?: JobRegistry): Promise<number> {
  let queued = 0;
  for (const feed of await dueFeeds(db, clock.now().toISOString())) {
    if ((await enqueue(db, clock, { kind: READ_FEED, payload: { feedId: feed.id }, uniqueKey: `${READ_FEED}:${feed.id}` }, registry)).created) queued += 1;
  }
  return queued;
}

/** Queues a read of every active feed now, due or not (`cliffhanger fetch`). */
export async function scheduleRound(db: Db, clock: Clock, registry?: JobRegistry): Promise<number> {
  let queued = 0;
  for (const feed of await listFeeds(db)) {
    if (feed.status !== "active") continue;
    await enqueue(db, clock, { kind: READ_FEED, payload: { feedId: feed.id }, uniqueKey: `${READ_FEED}:${feed.id}` }, registry);
    queued += 1;
  }
  return queued;
}

/** Registers the feed job kinds with their handlers. */
export function registerFeedJobs(registry: JobRegistry, deps: FeedDeps): JobRegistry {
  return registry
    .register(READ_FEED, async (payload, { log, signal }) => readFeed(deps, (payload as { feedId: string }).feedId, log, signal, registry), { maxAttempts: 3 })
    .register(READ_ITEM, async (payload, { log, signal }) => readItem(deps, (payload as { itemId: string }).itemId, log, signal), { maxAttempts: 3 });
}

/** The errors a feed or a page can be to blame for: recorded in its health, never retried as a job. */
function isSourceError(error: unknown): error is AppError {
  return isAppError(error) && ["FETCH_REFUSED", "FETCH_FAILED", "BAD_INPUT", "NO_ARTICLE_BODY", "INPUT_TOO_LARGE", "INPUT_TOO_COMPLEX", "UNDECODABLE_INPUT"].includes(error.code);
}

function reasonOf(error: AppError): string {
  return String(error.details?.reason ?? error.code.toLowerCase().replaceAll("_", "-"));
}

async function readFeed(deps: FeedDeps, feedId: string, jobLog: Logger, signal: AbortSignal, registry: JobRegistry): Promise<void> {
  const { connection, clock, fetcher } = deps;
  const db = connection.db;
  const feed = await findFeed(db, feedId);
  if (!feed || feed.status !== "active") return;
  const log = jobLog.child({ feedId: feed.id, url: feed.url });
  const now = clock.now();
  try {
    let feedUrl = feed.feed_url ?? feed.url;
    let result = await fetcher.get({ url: feedUrl, purpose: "feed", etag: feed.etag, lastModified: feed.last_modified, signal });
    if (result.status === 304) {
      const next = readInterval({ everySeconds: feed.every_seconds, lastChangeAt: feed.last_change_at ?? feed.created_at, consecutiveFailures: 0 }, now);
      await updateFeed(db, feed.id, { last_read_at: now.toISOString(), last_success_at: now.toISOString(), consecutive_failures: 0, next_read_at: new Date(now.getTime() + next.ms).toISOString() });
      log.info({ next: next.why }, "feed unchanged (304)");
      return;
    }
    let parsed = parseFeedBody(result.body, result.contentType, result.url);
    if (parsed.kind === "page") {
      if (!parsed.alternate) throw new AppError("BAD_INPUT", `${result.url} is a web page that names no feed (no <link rel="alternate"> of a feed type)`, { details: { reason: "not-a-feed" } });
      feedUrl = parsed.alternate;
      log.info({ feedUrl }, "page names its feed: following it");
      result = await fetcher.get({ url: feedUrl, purpose: "feed", signal });
      parsed = parseFeedBody(result.body, result.contentType, result.url);
      if (parsed.kind === "page") throw new AppError("BAD_INPUT", `${feedUrl}, named as the feed of ${feed.url}, is a web page`, { details: { reason: "not-a-feed" } });
    }
    let fresh = 0;
    for (const entry of parsed.entries.slice(0, MAX_ITEMS_PER_READ)) {
      const link = canonicalUrl(entry.link);
      const known = await findFeedItem(db, feed.id, entry.key);
      let itemId: string | undefined;
      if (!known) {
        itemId = (await insertFeedItem(db, { feedId: feed.id, itemKey: entry.key, link, published: entry.published, updated: entry.updated }, now.toISOString()))?.id;
      } else if (entry.updated && known.updated !== entry.updated && known.status !== "queued") {
        // The feed says the article changed: read it again (the store keeps it as a new version).
        if (await updateFeedItem(db, known.id, { status: "queued", updated: entry.updated, link }, known.status)) itemId = known.id;
      }
      if (!itemId) continue;
      fresh += 1;
      await enqueue(db, clock, { kind: READ_ITEM, payload: { itemId }, uniqueKey: `${READ_ITEM}:${itemId}` }, registry);
    }
    const lastChange = fresh > 0 ? now.toISOString() : (feed.last_change_at ?? feed.created_at);
    const next = readInterval({ everySeconds: feed.every_seconds, lastChangeAt: lastChange, consecutiveFailures: 0 }, now);
    await updateFeed(db, feed.id, {
      feed_url: feedUrl === feed.url ? null : feedUrl,
      format: parsed.format,
      name: feed.name ?? parsed.title,
      etag: result.etag,
      last_modified: result.lastModified,
      last_read_at: now.toISOString(),
      last_success_at: now.toISOString(),
      last_change_at: lastChange,
      consecutive_failures: 0,
      next_read_at: new Date(now.getTime() + next.ms).toISOString(),
    });
    log.info({ entries: parsed.entries.length, queued: fresh, next: next.why }, "feed read");
  } catch (error) {
    if (!isSourceError(error)) throw error;
    const failures = feed.consecutive_failures + 1;
    const retryAfterMs = typeof error.details?.retryAfterMs === "number" ? error.details.retryAfterMs : undefined;
    const next = readInterval({ everySeconds: feed.every_seconds, lastChangeAt: feed.last_change_at ?? feed.created_at, consecutiveFailures: failures, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) }, now);
    await updateFeed(db, feed.id, {
      last_read_at: now.toISOString(),
      last_error_at: now.toISOString(),
      last_error_code: error.code,
      last_error_reason: `${reasonOf(error)}: ${error.message}`,
      consecutive_failures: failures,
      next_read_at: new Date(now.getTime() + next.ms).toISOString(),
    });
    log.warn({ code: error.code, reason: reasonOf(error), next: next.why }, `feed not read: ${error.message}`);
  }
}

async function countClaimsOf(db: Db, sourceId: string): Promise<number> {
  const row = await db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).where("source_id", "=", sourceId).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function readItem(deps: FeedDeps, itemId: string, jobLog: Logger, signal: AbortSignal): Promise<void> {
  const { connection, clock, fetcher } = deps;
  const db = connection.db;
  const item = await getFeedItem(db, itemId);
  if (!item || item.status !== "queued") return;
  const log = jobLog.child({ feedId: item.feed_id, itemId: item.id, url: item.link });
  const now = clock.now().toISOString();
  // The same article through another feed, and not announced as changed: already read.
  if (!item.updated && (await itemReadElsewhere(db, item.link, item.id))) {
    await finishItem(db, item.id, item.feed_id, { status: "skipped", read_at: now }, { items: 1, articles: 0, claims: 0 });
    log.info("item already read through another feed");
    return;
  }
  try {
    const page = await fetcher.get({ url: item.link, purpose: "page", signal });
    const result = await ingestArticle(
      connection,
      clock,
      { bytes: page.body, label: item.link, url: item.link, published: item.published, format: page.contentType === "text/plain" ? "text" : "html" },
      deps.maxBytes,
    );
    // Counted once: when the job runs again after its worker died with the article stored, the
    // source is found as a duplicate at the item's own address and is still this item's.
    const ours = !result.duplicate || (!(await sourceClaimedByItem(db, result.sourceId, item.id)) && (await sourceUrl(db, result.sourceId)) === item.link);
    const claims = ours ? (result.duplicate ? await countClaimsOf(db, result.sourceId) : result.claimsAdded) : 0;
    await finishItem(db, item.id, item.feed_id, { status: "read", source_id: result.sourceId, read_at: now, error_code: null, error_reason: null }, { items: 1, articles: ours ? 1 : 0, claims });
    log.info({ sourceId: result.sourceId, duplicate: result.duplicate, claims }, "item read");
  } catch (error) {
    if (!isSourceError(error)) throw error;
    await finishItem(db, item.id, item.feed_id, { status: "failed", read_at: now, error_code: error.code, error_reason: `${reasonOf(error)}: ${error.message}` }, { items: 1, articles: 0, claims: 0 });
    await updateFeed(db, item.feed_id, { last_error_at: now, last_error_code: error.code, last_error_reason: `item ${item.link}: ${reasonOf(error)}: ${error.message}` });
    log.warn({ code: error.code, reason: reasonOf(error) }, `item not read: ${error.message}`);
  }
}

async function sourceUrl(db: Db, sourceId: string): Promise<string | null> {
  return (await db.selectFrom("source").select("url").where("id", "=", sourceId).executeTakeFirst())?.url ?? null;
}

/** The item's outcome and the feed's counters, in one transaction, once: a second finish changes nothing. */
async function finishItem(db: Db, itemId: string, feedId: string, changes: Parameters<typeof updateFeedItem>[2], counts: { items: number; articles: number; claims: number }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (await updateFeedItem(trx, itemId, changes, "queued")) await addToFeedCounts(trx, feedId, counts);
  });
}
