import { countJobs } from "../jobs/job.repository.ts";
import type { Db } from "../storage/db.ts";
import { listFeeds, recentItemErrors, type Feed } from "./feed.repository.ts";

/** A feed silent this long (no new item) is listed by `doctor`. */
export const SILENT_AFTER_MS = 14 * 24 * 3_600_000;

export type FeedState = "ok" | "failing" | "silent" | "paused" | "not read yet";

export interface FeedHealth {
  id: string;
  name: string | null;
  url: string;
  feedUrl: string | null;
  state: FeedState;
  lastSuccessAt: string | null;
  lastError: { at: string; code: string | null; reason: string | null } | null;
  consecutiveFailures: number;
  itemsRead: number;
  articlesAdded: number;
  claimsAdded: number;
  nextReadAt: string | null;
  /** The newest items that could not be read, with why. */
  itemErrors: { link: string; code: string | null; reason: string | null; at: string | null }[];
}

export function feedState(feed: Feed, now: Date): FeedState {
  if (feed.status === "paused") return "paused";
  if (feed.consecutive_failures > 0 || (feed.last_error_at && (!feed.last_success_at || feed.last_error_at >= feed.last_success_at))) return "failing";
  if (!feed.last_success_at) return "not read yet";
  if (now.getTime() - Date.parse(feed.last_change_at ?? feed.created_at) > SILENT_AFTER_MS) return "silent";
  return "ok";
}

export async function feedHealth(db: Db, now: Date): Promise<FeedHealth[]> {
  const feeds = await listFeeds(db);
  return Promise.all(
    feeds.map(async (feed) => ({
      id: feed.id,
      name: feed.name,
      url: feed.url,
      feedUrl: feed.feed_url,
      state: feedState(feed, now),
      lastSuccessAt: feed.last_success_at,
      lastError: feed.last_error_at ? { at: feed.last_error_at, code: feed.last_error_code, reason: feed.last_error_reason } : null,
      consecutiveFailures: feed.consecutive_failures,
      itemsRead: feed.items_read,
      articlesAdded: feed.articles_added,
      claimsAdded: feed.claims_added,
      nextReadAt: feed.status === "active" ? feed.next_read_at : null,
      itemErrors: (await recentItemErrors(db, feed.id)).map((i) => ({ link: i.link, code: i.error_code, reason: i.error_reason, at: i.read_at })),
    })),
  );
}

export interface DoctorReport {
  feeds: FeedHealth[];
  /** Feeds that fail or went silent. */
  problems: FeedHealth[];
  jobs: { kind: string; status: string; count: number }[];
}

export async function doctorReport(db: Db, now: Date): Promise<DoctorReport> {
  const feeds = await feedHealth(db, now);
  return { feeds, problems: feeds.filter((f) => f.state === "failing" || f.state === "silent" || f.itemErrors.length > 0), jobs: await countJobs(db) };
}
