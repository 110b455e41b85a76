import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { etag } from "hono/etag";
import { html } from "hono/html";
import { secureHeaders } from "hono/secure-headers";
import { isoDay } from "../app/clock.ts";
import type { AppContext } from "../app/context.ts";
import { AppError, isAppError, type ErrorCode } from "../app/errors.ts";
import { getPersonCard, getSourcePage, getSourceView, listTitles, search, upcomingReleases } from "../catalog/catalog.service.ts";
import { recentChanges } from "../catalog/home.ts";
import { createCardCache } from "../cards/card-cache.ts";
import { storeVersionReader } from "../claims/change-event.repository.ts";
import { findTitle } from "../catalog/find-title.ts";
import { MAX_SEARCH_KEY } from "../domain/search-key.ts";
import { getEntity } from "../entities/entity.repository.ts";
import { titleCardJsonSchema } from "../cards/title-card.schema.ts";
import { ingestArticle } from "../ingest/pipeline.ts";
import { ingestRequestSchema, openApiDocument } from "./api/schemas.ts";
import { layout } from "./pages/layout.ts";
import { compression, pageContextOf, staticAssets } from "./pages/serving.ts";
import { homePage, nextSeasonLine, upcomingFromCard } from "./pages/home-page.ts";
import { ingestPage, personPage, searchPage, sourcePage } from "./pages/other-pages.ts";
import { titlePage } from "./pages/title-page.ts";
import { responseCache } from "./response-cache.ts";
import { contentSecurityPolicy, createRateLimiter } from "./security.ts";
import { verifyToken } from "./tokens.repository.ts";
import { registerFeedRoutes } from "./feeds.routes.ts";
import { checkCsrf, currentSession, requireRole } from "./auth.ts";
import { hasRole } from "../accounts/user.repository.ts";
import { createNotifier, markNotifyRoutesPrivate, registerNotifyRoutes, type Notifier } from "./notify.routes.ts";

function strongEtag(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

export interface AppOptions {
  /** Writes allowed per token (or address) per minute. */
  writesPerMinute?: number;
  /** Built cards kept in memory until the next change (500); 0 builds every card for every request. */
  cachedCards?: number;
  /** Bytes of finished anonymous GET responses kept until the next change (64 MB); 0 renders every request. */
  cachedResponseBytes?: number;
  /** What runs after a write (notifications, then webhook deliveries); one is made when not given. */
  notifier?: Notifier;
}

const css = fs.readFileSync(path.join(import.meta.dirname, "static/app.css"), "utf8");

/** A whole-number query parameter within bounds; anything else is the client's error, named. */
function integerParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new AppError("BAD_OPTION", `${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 40)}"`);
  return Number(raw);
}

function asOfParam(c: Context): string | null {
  const value = c.req.query("as-of");
  if (value === undefined || value === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new AppError("BAD_OPTION", `as-of must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The search box's text; longer than any title or name, it is refused before any lookup. */
function searchQuery(c: Context): string | undefined {
  const query = c.req.query("q");
  if (query !== undefined && query.length > MAX_SEARCH_KEY) throw new AppError("BAD_OPTION", `q is ${query.length} characters, longer than any title or name (at most ${MAX_SEARCH_KEY})`);
  return query;
}

/** The web pages and the JSON API over one store. */
export function createApp(context: Pick<AppContext, "connection" | "clock" | "config" | "log">, options: AppOptions = {}) {
  const db = context.connection.db;
  const app = new Hono();
  const limiter = createRateLimiter(options.writesPerMinute ?? 30, 60_000);
  const today = () => isoDay(context.clock.now());
  const version = storeVersionReader(db);
  const cards = createCardCache(db, options.cachedCards ?? 500, version);
  const responses = responseCache({ maxBytes: options.cachedResponseBytes ?? 64 * 1024 * 1024, version, today });
  const notifier = options.notifier ?? createNotifier(context);

  // Only the reads that are a function of the store's claims (and so of its version): cards, pages,
  // search. Outermost, so that a kept response is the finished one, headers set and compressed once
  // rather than on every request that asks for it again. Health, queues and accounts change without
  // a change event and are never kept.
  for (const route of ["/", "/search", "/titles/*", "/people/*", "/sources/*", "/api/search", "/api/titles", "/api/titles/*", "/api/people/*", "/api/sources/*"]) app.use(route, responses);
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

  // --- pages ---
  app.get("/", async (c) => {
    const day = today();
    const changes = await recentChanges(db, 20);
    // Titles with a release date ahead, then those with news; what is coming and the next seasons are read from their cards.
    const coming = [...new Set((await upcomingReleases(db, day, 20)).map((u) => u.titleId))];
    const upcoming = [];
    const outlooks = [];
    for (const titleId of [...new Set([...coming, ...changes.map((ch) => ch.titleId)])].slice(0, 24)) {
      const entity = await getEntity(db, titleId);
      if (!entity) continue;
      const { card } = await cards.get(entity, { asOf: null, today: day });
      if (coming.includes(titleId)) upcoming.push(...upcomingFromCard(card, day));
      const outlook = nextSeasonLine(card, day);
      if (outlook && outlooks.length < 12) outlooks.push(outlook);
    }
    upcoming.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
    return c.html(homePage(changes, upcoming.slice(0, 20), day, outlooks, pageContextOf(c)));
  });
  app.get("/titles/:id", async (c) => {
    const asOf = asOfParam(c);
    const title = await findTitle(db, c.req.param("id"));
    const { card, memo } = await cards.get(title, { asOf, today: today() });
    // One page per locale and address: the reader's date format and the canonical link are in it.
    const context = pageContextOf(c, `/titles/${card.id}`);
    const key = `${context.fmt.locale}|${context.url}`;
    const page = await memo(`page|${key}`, async () => String(await titlePage(card, { asOf, today: today(), context })));
    c.header("ETag", await memo(`page-etag|${key}`, () => strongEtag(page)));
    return c.html(page);
  });
  app.get("/people/:id", async (c) => {
    const person = await getPersonCard(db, c.req.param("id"));
    return c.html(personPage(person, pageContextOf(c, `/people/${person.id}`)));
  });
  app.get("/sources/:id", async (c) => {
    const perPage = 100;
    const pageNumber = integerParam(c, "page", 1, 1, 10_000_000);
    const page = await getSourcePage(db, c.req.param("id"), { limit: perPage, offset: (pageNumber - 1) * perPage });
    if (page.offset > 0 && page.offset >= page.total) throw new AppError("BAD_OPTION", `page must be from 1 to ${Math.max(1, Math.ceil(page.total / perPage))}, not ${pageNumber}`);
    return c.html(sourcePage(page, pageContextOf(c, `/sources/${page.source.id}${pageNumber > 1 ? `?page=${pageNumber}` : ""}`)));
  });
  app.get("/search", async (c) => {
    const query = searchQuery(c) ?? "";
    const results = await search(db, query);
    // One clear answer: go straight to it, as a search box should.
    const strong = results.filter((r) => r.score >= 0.8);
    if (strong.length === 1 || (strong.length > 1 && strong[0]!.score === 1 && strong[1]!.score < 0.9)) return c.redirect(`/${strong[0]!.kind === "title" ? "titles" : "people"}/${strong[0]!.id}`, 302);
    return c.html(searchPage(query, results, pageContextOf(c)));
  });
  app.get("/ingest", async (c) => c.html(ingestPage(null, null, pageContextOf(c), (await currentSession(c, db, context.clock.now()))?.csrf)));
  app.post("/ingest", limit, async (c) => {
    const form = await c.req.parseBody();
    // A signed-in editor posts with the session's CSRF token; anyone else needs an editor's API token.
    const session = await currentSession(c, db, context.clock.now());
    if (session && form.csrf !== undefined) checkCsrf(session, form);
    const token = session && form.csrf !== undefined ? { id: `session:${session.user.id}`, role: session.user.role } : await verifyToken(db, String(form.token ?? ""), context.clock.now().toISOString());
    if (!token) return c.html(ingestPage(null, "the API token is missing or wrong", pageContextOf(c), session?.csrf), 401);
    if (!hasRole(token, "editor")) return c.html(ingestPage(null, `adding articles needs the editor role; yours is ${token.role}`, pageContextOf(c), session?.csrf), 403);
    if (!limiter.allow(token.id)) return c.html(ingestPage(null, "too many articles in the last minute; try again shortly", pageContextOf(c), session?.csrf), 429);
    const text = String(form.text ?? "");
    const result = await ingestArticle(context.connection, context.clock, {
      bytes: new TextEncoder().encode(text),
      label: "form",
      url: String(form.url ?? "") || null,
      published: String(form.published ?? "") || null,
      outlet: String(form.outlet ?? "") || null,
      title: String(form.title ?? "") || null,
    }, context.config.maxInputBytes);
    if (!result.duplicate) await notifier.afterWrite();
    return c.html(ingestPage(result.duplicate ? "Already ingested." : html`Added ${result.claimsAdded} claims to <a href="/titles/${result.title?.id ?? ""}">${result.title?.name ?? "the show"}</a>; <a href="/sources/${result.sourceId}">see the article</a>.`, null, pageContextOf(c), session?.csrf), result.duplicate ? 200 : 201);
  });

  // --- JSON API ---
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  app.get("/api/schema/title-card.json", (c) => c.json(titleCardJsonSchema()));
  app.get("/api/docs", (c) => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { summary: string; parameters?: { name: string; in: string; required?: boolean }[] }>> };
    return c.html(layout({
      title: "API",
      body: html`<h1>JSON API</h1><p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>. Title-card JSON Schema: <a href="/api/schema/title-card.json">/api/schema/title-card.json</a>. Errors are <code>{"error": {"code", "message"}}</code> with stable codes. Reads carry an ETag; writes need <code>Authorization: Bearer &lt;token&gt;</code> from <code>cliffhanger tokens create</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Parameters</th></tr></thead><tbody>
${Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => html`<tr><td>${method.toUpperCase()}</td><td><code>${p}</code></td><td>${op.summary}</td><td>${(op.parameters ?? []).map((x) => `${x.name} (${x.in}${x.required ? ", required" : ""})`).join(", ")}</td></tr>`))}
</tbody></table>`,
    }));
  });
  app.get("/api/titles", async (c) => {
    const limitParam = integerParam(c, "limit", 50, 1, 200);
    const offset = integerParam(c, "offset", 0, 0, 100_000_000);
    return c.json({ titles: await listTitles(db, limitParam, offset), limit: limitParam, offset });
  });
  app.get("/api/titles/:id", async (c) => {
    const title = await findTitle(db, c.req.param("id"));
    const { card, memo } = await cards.get(title, { asOf: asOfParam(c), today: today() });
    const json = await memo("json", () => JSON.stringify(card));
    // The ETag is made once per built card, not hashed again on every request.
    return c.body(json, 200, { "Content-Type": "application/json; charset=UTF-8", ETag: await memo("json-etag", () => strongEtag(json)) });
  });
  app.get("/api/people/:id", async (c) => c.json(await getPersonCard(db, c.req.param("id"))));
  app.get("/api/search", async (c) => {
    const query = searchQuery(c);
    if (!query) throw new AppError("BAD_OPTION", "q is required");
    return c.json({ query, results: await search(db, query) });
  });
  app.get("/api/sources/:id", async (c) => {
    const view = await getSourceView(db, c.req.param("id"));
    const s = view.source;
    return c.json({
      id: s.id, kind: s.kind, title: s.title, outlet: s.outlet, url: s.url, author: s.author, published: s.published, publishedInferred: s.publishedInferred, via: s.via, text: s.text,
      claims: view.claims.map((claim) => ({ id: claim.id, subjectId: claim.subjectId, property: claim.property, value: claim.value, qualifiers: claim.qualifiers, certainty: claim.certainty, quote: claim.evidence.quote, start: claim.evidence.start, end: claim.evidence.end })),
    });
  });
  app.post("/api/ingest", limit, async (c) => {
    const header = c.req.header("Authorization") ?? "";
    const token = header.startsWith("Bearer ") ? await verifyToken(db, header.slice(7).trim(), context.clock.now().toISOString()) : undefined;
    if (!token) throw new AppError("UNAUTHORIZED", "an API token is required: Authorization: Bearer <token>");
    requireRole(token, "editor");
    if (!limiter.allow(token.id)) throw new AppError("RATE_LIMITED", "too many writes in the last minute");
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError("BAD_INPUT", "the body must be JSON");
    }
    const parsed = ingestRequestSchema.safeParse(body);
    if (!parsed.success) throw new AppError("BAD_INPUT", parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
    const input = parsed.data;
    const result = await ingestArticle(context.connection, context.clock, {
      bytes: new TextEncoder().encode(input.text),
      label: "api",
      url: input.url ?? null,
      published: input.published ?? null,
      outlet: input.outlet ?? null,
      author: input.author ?? null,
      title: input.title ?? null,
      ...(input.format ? { format: input.format } : {}),
    }, context.config.maxInputBytes);
    if (!result.duplicate) await notifier.afterWrite();
    return c.json(result, result.duplicate ? 200 : 201);
  });

  registerFeedRoutes(app, context);
  registerNotifyRoutes(app, context);
  return app;
}
