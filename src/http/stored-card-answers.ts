import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../app/logger.ts";
import type { createCardCache } from "../cards/card-cache.ts";
import { storeTitlePages, type StoredPage } from "../cards/stored-card.repository.ts";
import type { Db } from "../storage/db.ts";
import { chooseLocale } from "./pages/format.ts";
import { chosenEncoding, COMPRESSED_FROM } from "./pages/serving.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** Set by the card route when it sent a stored card as stored: Brotli bytes ("br") or its JSON ("identity"). */
    storedCard: "br" | "identity";
    /** Set by the title page's route when it made the page from a stored card, asked for by its id as of today. */
    storedPage: { titleId: string; cardEtag: string; day: string };
  }
}

/** A title's card asked for by its id, as the API's route answers it. */
const cardPath = /^\/api\/titles\/(ttl_[0-9a-z]+)$/;
/** A title's page asked for by its id, without a query. */
const pagePath = /^\/titles\/(ttl_[0-9a-z]+)$/;
/** A Host header as a browser sends it for a name or an IPv4 address, lower case (anything else goes to the app, and its page is not stored). */
const plainHost = /^[a-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;

/** Distinct variants (locale, origin, encoding) this process stores pages for: a bound on what odd Host or Accept-Language headers can add to the store. */
const STORED_VARIANTS = 32;
/** Pages waiting to be written; beyond this, a page is not stored (the next request renders it again). */
const QUEUED_PAGES = 2_000;
/** Pages per write. */
const PAGES_PER_WRITE = 100;

export interface StoredCardAnswers {
  /** Learns, from the app's own answer with a stored card, the headers every such answer carries. */
  middleware: MiddlewareHandler;
  /**
   * For title pages: learns the headers the same way, and stores the page the app made from a
   * stored card for an anonymous reader, for the next reader of its variant (written off the request).
   */
  pageMiddleware: MiddlewareHandler;
  /** Resolves once no page is waiting to be written (for a stop, and for tests). */
  idle(): Promise<void>;
  /**
   * Answers a request for a title's card by its id from the card the notification pass stored,
   * straight from Node's request, before a Request object, routing, middleware or a Response copy:
   * one indexed read and one write of stored bytes. Resolves false whenever the app must answer
   * (no stored card true today, a conditional or signed-in request, gzip, headers not learned yet).
   * A title's page by its id is answered the same way from the page stored for the request's variant
   * (`pageMiddleware`), when the stored card it was made from is the stored card now.
   */
  answerFromNode(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

/**
 * Cold title cards before the app. The headers are the app's own: the first answer the app makes
 * from a stored card, per encoding, is kept as the pattern (its security headers, policy, caching
 * and type), less what belongs to one card (its ETag and length); so the two paths cannot drift.
 */
export function createStoredCardAnswers(cards: ReturnType<typeof createCardCache>, today: () => string, store?: { db: Db; log: Logger }): StoredCardAnswers {
  const patterns = new Map<"br" | "identity", string[]>();
  const pagePatterns = new Map<"br" | "identity", string[]>();
  // The reader's locale per Accept-Language spelling, as the app chooses it (10 µs each time otherwise).
  const locales = new Map<string, string>();
  const localeOf = (acceptLanguage: string | undefined): string => {
    const raw = acceptLanguage ?? "";
    let locale = locales.get(raw);
    if (locale === undefined) {
      locale = chooseLocale(undefined, acceptLanguage);
      if (raw.length <= 200) {
        if (locales.size >= 1000) locales.clear();
        locales.set(raw, locale);
      }
    }
    return locale;
  };
  /** What a page varies by, from the request's own headers: its locale, origin and encoding; none for a request whose page is not stored. */
  const variantOf = (acceptLanguage: string | undefined, scheme: string, host: string | undefined, encoding: "br" | "identity"): string | undefined =>
    host !== undefined && plainHost.test(host) ? `${localeOf(acceptLanguage)} ${scheme}://${host} ${encoding}` : undefined;

  const variants = new Set<string>();
  const queued = new Map<string, StoredPage & { titleId: string }>();
  let writing: Promise<void> | undefined;
  const write = async () => {
    while (queued.size > 0 && store) {
      const batch = [...queued.values()].slice(0, PAGES_PER_WRITE);
      for (const page of batch) queued.delete(`${page.titleId} ${page.variant}`);
      // A store that refuses (busy, read-only, closing) costs these pages their place: they are rendered again.
      await storeTitlePages(store.db, batch).catch((error: unknown) => store.log.warn({ err: error, pages: batch.length }, "storing title pages failed"));
    }
  };
  const queue = (page: StoredPage & { titleId: string }) => {
    if (!store || queued.size >= QUEUED_PAGES) return;
    if (!variants.has(page.variant)) {
      if (variants.size >= STORED_VARIANTS) return;
      variants.add(page.variant);
    }
    queued.set(`${page.titleId} ${page.variant}`, page);
    writing ??= write().finally(() => (writing = undefined));
  };
  const anonymous = (c: Context) => c.req.header("cookie") === undefined && c.req.header("authorization") === undefined;
  const pageMiddleware: MiddlewareHandler = async (c, next) => {
    await next();
    const made = c.get("storedPage");
    if (!made || c.req.method !== "GET" || c.res.status !== 200 || !anonymous(c)) return;
    const chosen = chosenEncoding(c.req.header("accept-encoding"));
    if (chosen === "gzip") return;
    const encoding = c.res.headers.get("content-encoding") === "br" ? "br" : "identity";
    // Brotli asked for and a page too short to compress: sent as is, and not stored (never, for a page).
    if (encoding !== (chosen ?? "identity")) return;
    const url = new URL(c.req.url);
    const host = c.req.header("host");
    // The page's canonical link is made from the request's address: stored only when that is this Host header as sent.
    if (url.search !== "" || url.pathname !== `/titles/${made.titleId}` || url.host !== host) return;
    const variant = variantOf(c.req.header("accept-language"), url.protocol.slice(0, -1), host, encoding);
    const etag = c.res.headers.get("etag");
    if (!variant || !etag) return;
    if (!pagePatterns.has(encoding)) pagePatterns.set(encoding, [...c.res.headers].filter(([name]) => name !== "etag" && name !== "content-length").flat());
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    queue({ titleId: made.titleId, variant, cardEtag: made.cardEtag, day: made.day, etag, body });
  };
  const answerPage = async (id: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const headers = request.headers;
    const chosen = chosenEncoding(headers["accept-encoding"]);
    if (chosen === "gzip") return false;
    const encoding = chosen ?? "identity";
    const pattern = pagePatterns.get(encoding);
    if (!pattern) return false;
    const variant = variantOf(headers["accept-language"], (request.socket as TLSSocket).encrypted ? "https" : "http", headers.host, encoding);
    if (!variant) return false;
    const page = await cards.storedPage(id, variant, today());
    if (!page) return false;
    response.writeHead(200, [...pattern, "etag", page.etag, "content-length", String(page.body.byteLength)]);
    response.end(page.body);
    return true;
  };
  const middleware: MiddlewareHandler = async (c, next) => {
    await next();
    const sent = c.get("storedCard");
    if (!sent || patterns.has(sent) || c.res.status !== 200) return;
    patterns.set(sent, [...c.res.headers].filter(([name]) => name !== "etag" && name !== "content-length").flat());
  };
  const answerFromNode = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== "GET" || (patterns.size === 0 && pagePatterns.size === 0)) return false;
    const headers = request.headers;
    if (headers.cookie !== undefined || headers.authorization !== undefined || headers["if-none-match"] !== undefined) return false;
    const url = request.url ?? "";
    const pageId = pagePath.exec(url)?.[1];
    if (pageId) return answerPage(pageId, request, response);
    const id = cardPath.exec(url)?.[1];
    if (!id || patterns.size === 0) return false;
    const encoding = chosenEncoding(headers["accept-encoding"]);
    if (encoding === "gzip") return false;
    const card = await cards.stored(id, today());
    if (!card) return false;
    const packed = encoding === "br" && card.bytes >= COMPRESSED_FROM;
    const pattern = patterns.get(packed ? "br" : "identity");
    if (!pattern) return false;
    const body = packed ? card.brotli : Buffer.from(card.json());
    response.writeHead(200, [...pattern, "etag", packed ? `W/${card.etag}` : card.etag, "content-length", String(body.byteLength)]);
    response.end(body);
    return true;
  };
  return {
    middleware,
    pageMiddleware,
    answerFromNode,
    async idle() {
      while (writing) await writing;
    },
  };
}
