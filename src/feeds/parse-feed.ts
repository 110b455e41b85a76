import { parseFeed as parseAnyFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { AppError } from "../app/errors.ts";

/**
 * A feed's items, from RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed, read by feedsmith (chosen over
 * @extractus/feed-extractor, which reports an Atom entry's `updated` as its publication date, and
 * rss-parser, which reads no JSON Feed: see docs/benchmarks.md). A web page is not a feed: its
 * <link rel="alternate"> feed, if it names one, is returned to be followed.
 */
export interface FeedEntry {
  /** What identifies the item in its feed: its guid or id, else its link. */
  key: string;
  link: string;
  title: string | null;
  /** YYYY-MM-DD, when the feed says. */
  published: string | null;
  /** When the feed says the item last changed (ISO), to read a changed article again. */
  updated: string | null;
}

export type ParsedFeed = { kind: "feed"; format: string; title: string | null; entries: FeedEntry[] } | { kind: "page"; alternate: string | null };

type Loose = Record<string, unknown> | undefined;
const str = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const obj = (value: unknown): Loose => (value && typeof value === "object" ? (value as Record<string, unknown>) : undefined);
const text = (value: unknown): string | null => str(value) ?? str(obj(value)?.value);

function isoDay(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
function isoTime(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function entryOf(item: Record<string, unknown>, format: string, base: string): FeedEntry | null {
  const dc = obj(item.dc);
  const dcDate = str(dc?.date) ?? str((dc?.dates as unknown[] | undefined)?.[0]);
  let link: string | null;
  let id: string | null;
  let published: string | null;
  let updated: string | null;
  if (format === "atom") {
    const links = (item.links as Record<string, unknown>[] | undefined) ?? [];
    link = str(links.find((l) => !l.rel || l.rel === "alternate")?.href) ?? str(links[0]?.href);
    id = str(item.id);
    published = str(item.published) ?? str(item.updated) ?? dcDate;
    updated = str(item.updated);
  } else if (format === "json") {
    link = str(item.url) ?? str(item.external_url);
    id = str(item.id) ?? (typeof item.id === "number" ? String(item.id) : null);
    published = str(item.date_published) ?? str(item.date_modified);
    updated = str(item.date_modified);
  } else {
    link = str(item.link) ?? (format === "rdf" ? str(item.about) : null);
    id = text(item.guid);
    published = str(item.pubDate) ?? dcDate;
    updated = str(obj(item.atom)?.updated) ?? null;
  }
  const url = absolute(link ?? (id && /^https?:\/\//.test(id) ? id : null), base);
  if (!url) return null;
  return { key: id ?? url, link: url, title: text(item.title), published: isoDay(published), updated: isoTime(updated) };
}

/** Parses a fetched body: a feed's entries, or (for a web page) the feed it points to. */
export function parseFeedBody(body: Buffer, contentType: string, baseUrl: string): ParsedFeed {
  const content = body.toString("utf8").replace(/^\uFEFF/, "");
  const head = content.trimStart().slice(0, 512).toLowerCase();
  const looksHtml = contentType === "text/html" || contentType === "application/xhtml+xml" ? !/^<\?xml[^>]*>\s*<(?:rss|feed|rdf:rdf)\b/.test(head) : head.startsWith("<!doctype html") || head.startsWith("<html");
  if (looksHtml) return { kind: "page", alternate: discoverFeed(content, baseUrl) };
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(content) as { format: string; feed: unknown };
  } catch (error) {
    throw new AppError("BAD_INPUT", `${baseUrl}: not a feed that can be read (${(error as Error).message})`, { details: { reason: "not-a-feed" } });
  }
  const feed = obj(parsed.feed) ?? {};
  const items = ((parsed.format === "atom" ? feed.entries : feed.items) as Record<string, unknown>[] | undefined) ?? [];
  const entries = items.map((item) => entryOf(item, parsed.format, baseUrl)).filter((e): e is FeedEntry => e !== null);
  return { kind: "feed", format: parsed.format, title: text(feed.title), entries };
}

const FEED_TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml"];

/** The first <link rel="alternate"> of a feed type on a page, as an absolute address. */
export function discoverFeed(html: string, baseUrl: string): string | null {
  const { document } = parseHTML(html);
  for (const link of document.querySelectorAll("link[href]")) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const type = (link.getAttribute("type") ?? "").toLowerCase().trim();
    if (rel.includes("alternate") && FEED_TYPES.includes(type)) return absolute(link.getAttribute("href"), baseUrl);
  }
  return null;
}

/** An address as items are compared: no fragment, no tracking parameters, host in lower case. */
export function canonicalUrl(link: string): string {
  const url = new URL(link);
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i.test(name)) url.searchParams.delete(name);
  return url.href;
}
