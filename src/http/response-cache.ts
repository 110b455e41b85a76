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
export function responseCache(options: ResponseCacheOptions): MiddlewareHandler {
  const kept = new Map<string, Kept>();
  // One render per key and version at a time: requests that miss while it runs wait for it rather
  // than each building the same page (the home page builds two dozen cards; after every write,
  // every reader of it would otherwise build them at once).
  const rendering = new Map<string, { version: number; done: Promise<Kept | undefined> }>();
  let bytes = 0;
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
      // Most recently used last: Map keeps insertion order, so eviction takes from the front.
      kept.delete(key);
      kept.set(key, entry);
      const etag = entry.headers.find(([name]) => name === "etag")?.[1];
      const conditional = c.req.header("if-none-match");
      if (etag && conditional && conditional.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers: entry.headers.filter(([name]) => !/^content-(length|type|encoding)$/.test(name)) });
      return new Response(entry.body.byteLength > 0 ? entry.body : null, { status: entry.status, headers: entry.headers });
    }
    const running = rendering.get(key);
    if (running && running.version === version) {
      const shared = await running.done;
      if (shared) {
          return new Response(shared.body.byteLength > 0 ? shared.body : null, { status: shared.status, headers: shared.headers });
      }
    }
    if (entry) drop(key);
    let finish!: (value: Kept | undefined) => void;
    const flight = { version, done: new Promise<Kept | undefined>((resolve) => (finish = resolve)) };
    rendering.set(key, flight);
    try {
      finish(await render(key, version, c, next));
    } catch (error) {
      finish(undefined);
      throw error;
    } finally {
      if (rendering.get(key) === flight) rendering.delete(key);
    }
  };
  const render = async (key: string, version: number, c: Parameters<MiddlewareHandler>[0], next: () => Promise<void>): Promise<Kept | undefined> => {
    await next();
    const res = c.res;
    const cacheControl = res.headers.get("cache-control") ?? "";
    if (![200, 300, 301, 302, 404].includes(res.status) || res.headers.has("set-cookie") || /no-store|private/.test(cacheControl)) return undefined;
    const body = res.body ? new Uint8Array(await res.clone().arrayBuffer()) : new Uint8Array(0);
    const entry: Kept = { version, status: res.status, headers: [...res.headers], body };
    if (body.byteLength > options.maxBytes / 16) return entry;
    drop(key);
    kept.set(key, entry);
    bytes += body.byteLength;
    while (bytes > options.maxBytes && kept.size > 0) drop(kept.keys().next().value!);
    return entry;
  };
  return handler;
}
