import type { MiddlewareHandler } from "hono";

export interface ResponseCacheOptions {
  /** Bytes of response bodies kept; the least recently used go first. 0 turns the cache off. */
  maxBytes: number;
  /** The store's version: any write (ingest, import, an editor's change) moves it, and every kept response with it. */
  version: () => Promise<number>;
  /** Today's date: pages that count days (outlooks, what is coming) change at midnight without a write. */
  today: () => string;
}

interface Kept {
  version: number;
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

/**
 * Finished responses to anonymous GET requests, kept until the store changes. A page or a search is
 * a function of the URL, the reader's language, the day and the store; the store's version is one
 * indexed read, so a repeated request costs that read and the bytes' copy instead of its queries and
 * its rendering. Requests that carry a session or a token are never answered from here (their pages
 * may differ per person), and neither is a response that set a cookie or asked not to be stored.
 */
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler & { stats(): { entries: number; bytes: number; hits: number; misses: number } } {
  const kept = new Map<string, Kept>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    bytes -= entry.body.byteLength;
    kept.delete(key);
  };
  const handler: MiddlewareHandler = async (c, next) => {
    if (options.maxBytes <= 0 || c.req.method !== "GET" || c.req.header("cookie") !== undefined || c.req.header("authorization") !== undefined) return next();
    const key = `${options.today()}\u0000${c.req.header("accept-language") ?? ""}\u0000${c.req.header("accept-encoding") ?? ""}\u0000${c.req.url}`;
    const version = await options.version();
    const entry = kept.get(key);
    if (entry && entry.version === version) {
      hits += 1;
      // Most recently used last: Map keeps insertion order, so eviction takes from the front.
      kept.delete(key);
      kept.set(key, entry);
      const etag = entry.headers.find(([name]) => name === "etag")?.[1];
      const conditional = c.req.header("if-none-match");
      if (etag && conditional && conditional.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers: entry.headers.filter(([name]) => !/^content-(length|type|encoding)$/.test(name)) });
      return new Response(entry.body.byteLength > 0 ? entry.body : null, { status: entry.status, headers: entry.headers });
    }
    misses += 1;
    if (entry) drop(key);
    await next();
    const res = c.res;
    const cacheControl = res.headers.get("cache-control") ?? "";
    if (![200, 300, 301, 302, 404].includes(res.status) || res.headers.has("set-cookie") || /no-store|private/.test(cacheControl)) return;
    const body = res.body ? new Uint8Array(await res.clone().arrayBuffer()) : new Uint8Array(0);
    if (body.byteLength > options.maxBytes / 16) return;
    drop(key);
    kept.set(key, { version, status: res.status, headers: [...res.headers], body });
    bytes += body.byteLength;
    while (bytes > options.maxBytes && kept.size > 0) drop(kept.keys().next().value!);
  };
  return Object.assign(handler, { stats: () => ({ entries: kept.size, bytes, hits, misses }) });
}
