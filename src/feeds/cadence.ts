/**
 * When to read a feed next: the named decision behind each feed's schedule (after Sonarr's
 * ShouldRefreshSeries). A feed with its own `every` is read at that interval. Otherwise the
 * interval follows how recently the feed changed: one that changed in the last hour is read every
 * 15 minutes, one silent for a week about daily (an eighth of its silence, between 15 minutes and
 * 24 hours). After failures the interval doubles per failure (with jitter), up to a day, and a
 * Retry-After the server asked for is honoured.
 */
export const MIN_INTERVAL_MS = 15 * 60_000;
export const MAX_INTERVAL_MS = 24 * 3_600_000;

export interface CadenceInput {
  everySeconds: number | null;
  /** When the feed last had a new or changed item (or was added). */
  lastChangeAt: string;
  consecutiveFailures: number;
  retryAfterMs?: number;
}

export function readInterval(feed: CadenceInput, now: Date): { ms: number; why: string } {
  let ms: number;
  let why: string;
  if (feed.everySeconds) {
    ms = feed.everySeconds * 1000;
    why = `every ${feed.everySeconds} s as set`;
  } else {
    const silence = Math.max(0, now.getTime() - Date.parse(feed.lastChangeAt));
    ms = Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, Math.round(silence / 8)));
    why = `last change ${Math.round(silence / 60_000)} min ago`;
  }
  if (feed.consecutiveFailures > 0) {
    const backoff = Math.min(MAX_INTERVAL_MS, ms * 2 ** Math.min(feed.consecutiveFailures, 10));
    ms = Math.max(backoff * (0.75 + Math.random() * 0.5), feed.retryAfterMs ?? 0);
    why += `; backing off after ${feed.consecutiveFailures} failure${feed.consecutiveFailures === 1 ? "" : "s"}`;
  }
  return { ms: Math.round(ms), why };
}

/** "30m", "2h", "1d", "90s" or plain seconds, as seconds. */
export function parseEvery(value: string): number | undefined {
  const m = /^(\d+)\s*([smhd]?)$/i.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86_400 }[m[2]!.toLowerCase() as "" | "s" | "m" | "h" | "d"];
  return n > 0 ? n * unit : undefined;
}
