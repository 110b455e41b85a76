import type { IncomingMessage, ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";

declare module "hono" {
  interface ContextVariableMap {
    /**
     * The entities a response was made from (a title's card: the title and its people), set by its
     * route: a kept response outlives writes that touch none of them. Unset, any write ends it.
     */
    dependsOn: ReadonlySet<string>;
    /**
     * Set by a route whose response shows less than it will once work under way is done (the home
     * page before its titles' summaries are built): it goes to the requests that waited for it, and is
     * not kept, so the next request is made again.
     */
    provisional: boolean;
  }
}

export interface ResponseCacheOptions {
  /** Bytes of response bodies kept; the least recently used go first. 0 turns the cache off. */
  maxBytes: number;
  /** The store's version: any write (ingest, import, an editor's change) moves it. */
  version: () => Promise<number>;
  /** Whether a write between two versions touched any of some entities; without it, any write ends every kept response. */
  changes?: { unchanged(since: number, now: number, entityIds: Iterable<string>): Promise<boolean> };
  /** Today's date: pages that count days (outlooks, what is coming) change at midnight without a write. */
  today: () => string;
  /** The paths whose responses are a function of the store (cards, pages, search); every other path passes by. */
  keeps: (path: string) => boolean;
  /**
   * What else an anonymous response depends on, from the request's headers (the locale its
   * Accept-Language chooses, the encoding its Accept-Encoding chooses): browsers send these headers
   * in hundreds of spellings that come to a handful of answers, and one copy per answer is kept.
   * Without it, the raw Accept-Language and Accept-Encoding.
   */
  variant?: (header: (name: string) => string | undefined) => string;
  /** Chance in [0, 1) for the admission rule; Math.random unless a test needs a fixed sequence. */
  random?: () => number;
}

export interface ResponseCache {
  /** Answers from the cache or renders through the rest of the app and keeps the result. */
  middleware: MiddlewareHandler;
  /**
   * Answers a kept response straight from Node's request, before any Request object, routing or
   * middleware: a hit then costs a map lookup and one write of prepared bytes. Resolves false when
   * nothing is kept for the request; the caller then hands it to the app, whose middleware fills
   * the cache.
   */
  answerFromNode(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

interface Kept {
  /** The store's version the response is known to be true at. */
  version: number;
  dependsOn: ReadonlySet<string> | undefined;
  status: number;
  headers: [string, string][];
  /** The headers as Node writes them (name, value, name, value…), content-length included. */
  rawHeaders: string[];
  /** The same without the body's own headers, for a 304. */
  notModifiedHeaders: string[];
  etag: string | undefined;
  body: Uint8Array<ArrayBuffer>;
  /** What it is charged against maxBytes: body, headers and key, and never less than a small floor. */
  cost: number;
}

/** A key longer than this (a URL padded to the limit of a request line) is never kept. */
const LONGEST_KEPT_KEY = 2048;
/** Every kept response costs at least this much: a redirect or an empty 404 has no body, but its map entry, key and headers are memory all the same. */
const SMALLEST_COST = 512;

interface RequestFacts {
  method: string;
  anonymous: boolean;
  path: string;
  /** Everything a kept response depends on besides the store: the day, the reader's language and encodings, the host, the URL as sent. */
  key: string;
  ifNoneMatch: string | undefined;
}

/**
 * Finished responses to anonymous GET requests, kept until the store changes (or, for a response
 * that names the entities it was made from, until a write touches one of them). A page or a search is
 * a function of the URL, the reader's language, the day and the store; the store's version is one
 * indexed read, so a repeated request costs that read and the bytes' copy instead of its queries and
 * its rendering. Requests that carry a session or a token are never answered from here (their pages
 * may differ per person), and neither is a response that set a cookie or asked not to be stored.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const variant = options.variant ?? ((header) => `${header("accept-language") ?? ""}\u0000${header("accept-encoding") ?? ""}`);
  const kept = new Map<string, Kept>();
  // One render per key and version at a time: requests that miss while it runs wait for it rather
  // than each building the same page (the home page can build a few cards and reads two dozen
  // summaries; after every write, every reader of it would otherwise do so at once).
  const rendering = new Map<string, { version: number; done: Promise<Kept | undefined> }>();
  let bytes = 0;
  // The version only moves forward. A response made from the whole store (a search, the home page)
  // can never be served again once it moves: the first request that sees a new version drops those
  // at once. One that names what it was made from (a title's card or page) is judged when next asked
  // for: the change log says whether the writes since touched it.
  let keptVersion = -1;
  const random = options.random ?? Math.random;
  const drop = (key: string) => {
    const entry = kept.get(key);
    if (!entry) return;
    bytes -= entry.cost;
    kept.delete(key);
  };
  const atVersion = (version: number) => {
    if (version === keptVersion) return;
    for (const [key, entry] of kept) if (!entry.dependsOn || !options.changes) drop(key);
    keptVersion = version;
  };
  const lookup = async (facts: RequestFacts, version: number): Promise<Kept | undefined> => {
    atVersion(version);
    const entry = kept.get(facts.key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      if (!(await options.changes!.unchanged(entry.version, version, entry.dependsOn!))) {
        if (kept.get(facts.key) === entry) drop(facts.key);
        return undefined;
      }
      entry.version = Math.max(entry.version, version);
      // Meanwhile another request may have dropped or replaced it: still a true answer, but no longer ours to move.
      if (kept.get(facts.key) !== entry) return entry;
    }
    // Most recently used last: Map keeps insertion order, so eviction takes from the front.
    kept.delete(facts.key);
    kept.set(facts.key, entry);
    return entry;
  };
  const notModified = (entry: Kept, ifNoneMatch: string | undefined) => entry.etag !== undefined && ifNoneMatch !== undefined && ifNoneMatch.split(/\s*,\s*/).includes(entry.etag);
  const cacheable = (facts: RequestFacts) => options.maxBytes > 0 && facts.method === "GET" && facts.anonymous && options.keeps(facts.path);

  const keep = (key: string, entry: Kept) => {
    if (entry.cost > options.maxBytes / 16 || key.length > LONGEST_KEPT_KEY || entry.version !== keptVersion) return;
    drop(key);
    // A pass over more distinct pages than fit (a crawler, a sweep of the catalog) must not push out
    // every page readers come back to, as least-recently-used alone would: once the cache is full,
    // one new response in eight gets in, so a sweep replaces a slice of the cache rather than all of
    // it, and a page asked for again and again soon gets in.
    // At random, not every eighth: a fixed turn falls into step with periodic traffic and can shut out a page every time.
    if (bytes + entry.cost > options.maxBytes && random() >= 1 / 8) return;
    kept.set(key, entry);
    bytes += entry.cost;
    while (bytes > options.maxBytes && kept.size > 0) drop(kept.keys().next().value!);
  };

  const notModifiedResponse = (entry: Kept) => new Response(null, { status: 304, headers: entry.headers.filter(([name]) => !bodyHeader.test(name)) });
  const toResponse = (entry: Kept) => new Response(entry.body.byteLength > 0 ? entry.body : null, { status: entry.status, headers: entry.headers });

  const middleware: MiddlewareHandler = async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    const url = new URL(c.req.url);
    const facts = requestFacts({
      variant,
      method: c.req.method,
      header: (name) => c.req.header(name),
      // The URL as the client sent it when Node's request is at hand, so that the fast path before the
      // app (which sees only that) finds what is kept here.
      url: incoming?.url ?? `${url.pathname}${url.search}`,
      path: c.req.path,
      today: options.today(),
    });
    if (!cacheable(facts)) return next();
    const version = await options.version();
    const entry = await lookup(facts, version);
    if (entry) {
      return notModified(entry, facts.ifNoneMatch) ? notModifiedResponse(entry) : toResponse(entry);
    }
    const running = rendering.get(facts.key);
    if (running && running.version === version) {
      const shared = await running.done;
      if (shared) return notModified(shared, facts.ifNoneMatch) ? notModifiedResponse(shared) : toResponse(shared);
    }
    let finish!: (value: Kept | undefined) => void;
    const flight = { version, done: new Promise<Kept | undefined>((resolve) => (finish = resolve)) };
    rendering.set(facts.key, flight);
    try {
      finish(await render(facts.key, version, c, next));
    } catch (error) {
      finish(undefined);
      throw error;
    } finally {
      if (rendering.get(facts.key) === flight) rendering.delete(facts.key);
    }
  };

  const render = async (key: string, version: number, c: Parameters<MiddlewareHandler>[0], next: () => Promise<void>): Promise<Kept | undefined> => {
    await next();
    const res = c.res;
    const cacheControl = res.headers.get("cache-control") ?? "";
    if (![200, 300, 301, 302, 404].includes(res.status) || res.headers.has("set-cookie") || /no-store|private/.test(cacheControl)) return undefined;
    const body = res.body ? new Uint8Array(await res.clone().arrayBuffer()) : new Uint8Array(0);
    const headers = [...res.headers].filter(([name]) => name !== "content-length");
    const rawHeaders = [...headers.flat(), "content-length", String(body.byteLength)];
    const entry: Kept = {
      version,
      dependsOn: c.get("dependsOn"),
      status: res.status,
      headers,
      rawHeaders,
      notModifiedHeaders: headers.filter(([name]) => !bodyHeader.test(name)).flat(),
      etag: res.headers.get("etag") ?? undefined,
      body,
      // Strings counted at two bytes a character, as V8 may hold them.
      cost: Math.max(SMALLEST_COST, body.byteLength + 2 * (key.length + rawHeaders.reduce((sum, text) => sum + text.length, 0))),
    };
    if (!c.get("provisional")) keep(key, entry);
    return entry;
  };

  const answerFromNode = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const raw = request.url ?? "/";
    const query = raw.indexOf("?");
    const facts = requestFacts({
      variant,
      method: request.method ?? "GET",
      header: (name) => headerText(request.headers[name]),
      url: raw,
      path: query < 0 ? raw : raw.slice(0, query),
      today: options.today(),
    });
    if (!cacheable(facts) || kept.size === 0) return false;
    const entry = await lookup(facts, await options.version());
    if (!entry) return false;
    if (notModified(entry, facts.ifNoneMatch)) {
      response.writeHead(304, entry.notModifiedHeaders);
      response.end();
    } else {
      response.writeHead(entry.status, entry.rawHeaders);
      response.end(entry.body);
    }
    return true;
  };

  return { middleware, answerFromNode };
}

const bodyHeader = /^content-(length|type|encoding)$/;

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

function requestFacts(input: { variant: NonNullable<ResponseCacheOptions["variant"]>; method: string; header: (name: string) => string | undefined; url: string; path: string; today: string }): RequestFacts {
  const { header } = input;
  const anonymous = header("cookie") === undefined && header("authorization") === undefined;
  return {
    method: input.method,
    anonymous,
    path: input.path,
    // Only an anonymous request is ever looked up: its key is never made for the others.
    key: anonymous ? `${input.today}\u0000${input.variant(header)}\u0000${header("host") ?? ""}\u0000${input.url}` : "",
    ifNoneMatch: header("if-none-match"),
  };
}
