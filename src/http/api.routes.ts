import type { Hono } from "hono";
import { AppError } from "../app/errors.ts";
import { getPersonCard, getSourceView, listTitles, search } from "../catalog/catalog.service.ts";
import { findTitle } from "../catalog/find-title.ts";
import { titleCardJsonSchema } from "../cards/title-card.schema.ts";
import { ingestArticle } from "../ingest/pipeline.ts";
import { ingestRequestSchema, openApiDocument } from "./api/schemas.ts";
import { requireRole } from "./auth.ts";
import { apiDocsPage } from "./pages/api-docs-page.ts";
import { chosenEncoding, COMPRESSED_FROM } from "./pages/serving.ts";
import { asOfParam, integerParam, searchQuery, strongEtag } from "./params.ts";
import type { RouteDeps } from "./route-deps.ts";
import { verifyToken } from "./tokens.repository.ts";

/** The JSON API (its OpenAPI document, schema and docs page, cards, people, search, sources, ingest). */
export function registerApiRoutes(app: Hono, { context, cards, today, limit, limiter, notifier }: RouteDeps): void {
  const db = context.connection.db;
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  app.get("/api/schema/title-card.json", (c) => c.json(titleCardJsonSchema()));
  app.get("/api/docs", (c) => c.html(apiDocsPage(openApiDocument())));
  app.get("/api/titles", async (c) => {
    const limitParam = integerParam(c, "limit", 50, 1, 200);
    const offset = integerParam(c, "offset", 0, 0, 100_000_000);
    return c.json({ titles: await listTitles(db, limitParam, offset), limit: limitParam, offset });
  });
  app.get("/api/titles/:id", async (c) => {
    const title = await findTitle(db, c.req.param("id"));
    const got = await cards.get(title, { asOf: asOfParam(c), today: today() });
    // Asked for by its id, the answer is the card's alone; by a name, it also depends on which titles bear that name.
    if (c.req.param("id") === title.id) c.set("dependsOn", got.dependsOn);
    const json = await got.memo("json", () => JSON.stringify(got.card));
    // The ETag is made once per built card, not hashed again on every request.
    const etag = await got.memo("json-etag", () => strongEtag(json));
    // A stored card was compressed when it was stored: sent as the compression middleware would have
    // sent it (which passes a body already encoded by), without compressing it again per request.
    if (got.brotli) {
      const encoding = chosenEncoding(c.req.header("Accept-Encoding"));
      // Said for the answers made before the app (`stored-card-answers.ts`), which take this
      // response's headers as theirs: only when the bytes sent are the stored ones.
      const byId = c.req.param("id") === title.id;
      // Measured in bytes, as the compression middleware measures a body.
      if (encoding === "br" && Buffer.byteLength(json) >= COMPRESSED_FROM) {
        if (byId) c.set("storedCard", "br");
        return c.body(got.brotli as Uint8Array<ArrayBuffer>, 200, { "Content-Type": "application/json; charset=UTF-8", "Content-Encoding": "br", Vary: "Accept-Encoding", ETag: `W/${etag}` });
      }
      if (byId && encoding !== "gzip") c.set("storedCard", "identity");
    }
    return c.body(json, 200, { "Content-Type": "application/json; charset=UTF-8", ETag: etag });
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

}
