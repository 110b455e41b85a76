import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { etag } from "hono/etag";
import { html } from "hono/html";
import { secureHeaders } from "hono/secure-headers";
import { isoDay } from "../app/clock.ts";
import type { AppContext } from "../app/context.ts";
import { AppError, isAppError, type ErrorCode } from "../app/errors.ts";
import { createCardCache } from "../cards/card-cache.ts";
import { createChangeLog, storeVersionReader } from "../claims/change-event.repository.ts";
import { registerApiRoutes } from "./api.routes.ts";
import { registerFeedRoutes } from "./feeds.routes.ts";
import { createHomeSummaries, type HomeSummarySource } from "./home-summaries.ts";
import { createNotifier, markNotifyRoutesPrivate, registerNotifyRoutes, type Notifier } from "./notify.routes.ts";
import { registerPageRoutes } from "./page.routes.ts";
import { layout } from "./pages/layout.ts";
import { chooseLocale } from "./pages/format.ts";
import { chosenEncoding, compression, staticAssets } from "./pages/serving.ts";
import { createResponseCache, type ResponseCache } from "./response-cache.ts";
import { createStoredCardAnswers, type StoredCardAnswers } from "./stored-card-answers.ts";
import { contentSecurityPolicy, createRateLimiter } from "./security.ts";

export interface AppOptions {
  /** Writes allowed per token (or address) per minute. */
  writesPerMinute?: number;
  /** Built cards kept in memory until the next change (500); 0 keeps none: every request reads the card the notification pass stored, or builds it. */
  cachedCards?: number;
  /** Bytes of finished anonymous GET responses kept until the next change (64 MB); 0 renders every request. */
  cachedResponseBytes?: number;
  /** What runs after a write (notifications, then webhook deliveries); one is made when not given. */
  notifier?: Notifier;
  /** The home page's summaries (built off the request, one at a time); one is made when not given. */
  home?: HomeSummarySource;
}

/** A title's card asked for by its id or a name: the paths whose answers teach the stored-card answers their headers. */
const storedCardPath = /^\/api\/titles\/[^/]+$/;
/** A title's page: those made from a stored card are stored for the next reader of their variant. */
const storedPagePath = /^\/titles\/[^/]+$/;

const css = fs.readFileSync(path.join(import.meta.dirname, "static/app.css"), "utf8");

/**
 * The web pages and the JSON API over one store: the middleware every response passes (the response
 * cache, compression, security headers, ETags), errors, static files, and each role's routes.
 */
export function createApp(context: Pick<AppContext, "connection" | "clock" | "config" | "log">, options: AppOptions = {}) {
  return createAppWithCache(context, options).app;
}

/**
 * The app and its cache of finished responses, for a Node server that answers kept responses
 * before they reach the app (`answerFromNode`): most of a cache hit's cost is the app's own
 * machinery (a Request object, routing, middleware, a Response copied out to Node).
 */
export function createAppWithCache(context: Pick<AppContext, "connection" | "clock" | "config" | "log">, options: AppOptions = {}): { app: Hono; responses: ResponseCache; home: HomeSummarySource; storedCards: StoredCardAnswers } {
  const db = context.connection.db;
  const app = new Hono();
  const limiter = createRateLimiter(options.writesPerMinute ?? 30, 60_000);
  const today = () => isoDay(context.clock.now());
  const version = storeVersionReader(db, context.connection.commitCounter);
  const changes = createChangeLog(db);
  const cards = createCardCache(db, options.cachedCards ?? 500, version, changes);
  // Only the reads that are a function of the store's claims (and so of its version): cards, pages,
  // search. Health, queues and accounts change without a change event and are never kept.
  const keptPaths = /^\/(?:search|(?:titles|people|sources)\/[^/]+|api\/(?:search|titles|(?:titles|people|sources)\/[^/]+))?$/;
  const variants = new Map<string, string>();
  const responses = createResponseCache({
    maxBytes: options.cachedResponseBytes ?? 64 * 1024 * 1024,
    version,
    changes,
    today,
    keeps: (p) => keptPaths.test(p),
    // An anonymous page varies only by the locale and the encoding these headers choose (no cookie, no setting).
    variant: (header) => {
      const raw = `${header("accept-language") ?? ""}\u0000${header("accept-encoding") ?? ""}`;
      let chosen = variants.get(raw);
      if (chosen === undefined) {
        chosen = `${chooseLocale(undefined, header("accept-language"))}\u0000${chosenEncoding(header("accept-encoding")) ?? ""}`;
        // Choosing a locale asks Intl about each tag (10 µs, a tenth of a kept response's cost): once per
        // spelling, for the spellings browsers send; an outlandish one is worked out each time, not kept.
        if (raw.length <= 200) {
          if (variants.size >= 1000) variants.clear();
          variants.set(raw, chosen);
        }
      }
      return chosen;
    },
  });
  const storedCards = createStoredCardAnswers(cards, today, { db, log: context.log });
  const notifier = options.notifier ?? createNotifier(context);
  const home = options.home ?? createHomeSummaries({ db, cards, log: context.log });

  // Outermost of all: learns a stored card's finished headers from the app's own answer, for the
  // answers made from stored cards before the app.
  app.use("*", (c, next) => (storedCardPath.test(c.req.path) ? storedCards.middleware(c, next) : storedPagePath.test(c.req.path) ? storedCards.pageMiddleware(c, next) : next()));
  // Outermost but for that, so that a kept response is the finished one, headers set and compressed once rather
  // than on every request that asks for it again.
  // One registration with the paths tested here: Hono's "/x/*" also matches "/x", and the cache
  // entered twice for one request would wait for its own render.
  app.use("*", (c, next) => (keptPaths.test(c.req.path) ? responses.middleware(c, next) : next()));
  // HTML, CSS, script and JSON compressed (br, else gzip) for a client that asks; the ETag turns weak.
  app.use("*", compression());
  markNotifyRoutesPrivate(app);
  app.use("*", secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false, referrerPolicy: "strict-origin-when-cross-origin" }));
  app.use("*", async (c, next) => {
    await next();
    c.res.headers.set("Content-Security-Policy", contentSecurityPolicy);
    if (c.req.method === "GET" && !c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-cache");
  });
  // The same SHA-1 as Hono's default, hashed synchronously rather than through WebCrypto's promise.
  app.use("*", etag({ generateDigest: (body) => Uint8Array.from(createHash("sha1").update(body).digest()).buffer }));
  const limit = bodyLimit({
    maxSize: context.config.maxInputBytes + 64 * 1024,
    onError: () => {
      throw new AppError("INPUT_TOO_LARGE", `request body over ${context.config.maxInputBytes} bytes`);
    },
  });

  app.onError((error, c) => {
    const appError = isAppError(error) ? error : new AppError("INTERNAL", "internal error", { cause: error });
    if (!isAppError(error)) context.log.error({ err: error }, "request failed");
    if (c.req.path.startsWith("/api/")) return c.json({ error: { code: appError.code, message: appError.message } }, appError.status as 400);
    return c.html(layout({ title: "Error", body: html`<h1>${appError.status === 404 ? "Not found" : "Something went wrong"}</h1><p>${appError.message}</p><p><a href="/">Home</a></p>` }), appError.status as 400);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ error: { code: "NOT_FOUND" satisfies ErrorCode, message: `no route ${c.req.method} ${c.req.path}` } }, 404);
    return c.html(layout({ title: "Not found", body: html`<h1>Not found</h1><p>Nothing at ${c.req.path}.</p><p><a href="/">Home</a></p>` }), 404);
  });

  app.get("/static/app.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(css, 200, { "Content-Type": "text/css; charset=utf-8" });
  });
  staticAssets(app);

  const deps = { context, cards, home, today, version, limit, limiter, notifier };
  registerPageRoutes(app, deps);
  registerApiRoutes(app, deps);
  registerFeedRoutes(app, context);
  registerNotifyRoutes(app, context);
  return { app, responses, home, storedCards };
}
