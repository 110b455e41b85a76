import { errorCodes, type ErrorCode } from "../../app/errors.ts";
import { z } from "zod";
import { questionSchema } from "../../notify/questions.ts";
import { titleCardJsonSchema } from "../../cards/title-card.schema.ts";

// Response and request shapes of the JSON API; the OpenAPI document is generated from them.

export const errorSchema = z.object({ error: z.object({ code: z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]), message: z.string() }) });

export const titleListSchema = z.object({
  titles: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string().nullable(), updated: z.string() })),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const personSchema = z.object({
  id: z.string(),
  name: z.string(),
  hangul: z.string().nullable(),
  aliases: z.array(z.string()),
  credits: z.array(z.object({ titleId: z.string(), title: z.string(), role: z.string(), character: z.string().nullable(), sources: z.number().int() })),
  knownFor: z.array(z.object({ titleId: z.string(), title: z.string() })),
});

export const searchSchema = z.object({
  query: z.string(),
  results: z.array(
    z.object({
      kind: z.enum(["title", "person"]),
      id: z.string(),
      name: z.string(),
      score: z.number(),
      matched: z.string().nullable(),
      // Titles only: what tells two shows of one name apart.
      year: z.number().int().nullable().optional(),
      country: z.string().nullable().optional(),
      subtype: z.string().nullable().optional(),
    }),
  ),
});

export const sourceSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  publishedInferred: z.string().nullable(),
  via: z.string().nullable(),
  text: z.string(),
  claims: z.array(
    z.object({
      id: z.string(),
      subjectId: z.string(),
      property: z.string(),
      value: z.record(z.string(), z.unknown()),
      qualifiers: z.record(z.string(), z.unknown()),
      certainty: z.string(),
      quote: z.string(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
    }),
  ),
});

export const ingestRequestSchema = z.object({
  text: z.string().min(1, "text is required"),
  url: z.url({ protocol: /^https?$/, error: "url must be an http or https URL" }).optional(),
  published: z.iso.date().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  title: z.string().optional(),
  format: z.enum(["text", "html", "markdown"]).optional(),
});

export const ingestResultSchema = z.object({
  label: z.string(),
  sourceId: z.string(),
  duplicate: z.boolean(),
  title: z.object({ id: z.string(), name: z.string() }).nullable(),
  claimsAdded: z.number().int(),
  entitiesCreated: z.number().int(),
  entitiesLinked: z.number().int(),
  conflicts: z.number().int(),
  notes: z.array(z.string()),
});

export const followRequestSchema = z.object({ title: z.string().describe("A title's id or any of its names"), question: questionSchema.optional().describe("What to be told about; every change when absent") });
export const followListSchema = z.object({ follows: z.array(z.object({ id: z.string(), title: z.object({ id: z.string(), name: z.string() }), question: questionSchema, description: z.string(), answer: z.string().describe("The current answer, in words"), createdAt: z.string() })) });
export const notificationListSchema = z.object({
  notifications: z.array(z.object({ id: z.string(), seq: z.number().int(), createdAt: z.string(), message: z.string().describe("What changed in words, naming the source"), kind: z.string(), season: z.number().int().nullable(), part: z.number().int().nullable(), from: z.string().nullable(), to: z.string().nullable(), sources: z.array(z.object({ id: z.string(), name: z.string(), url: z.string().nullable(), quote: z.string().nullable() })) }).loose()),
});
export const webhookRequestSchema = z.object({ url: z.string().describe("http(s) URL; private addresses are refused") });

function schema(s: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12" }) as Record<string, unknown>;
  return rest;
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = {
  "400": { description: "Bad request", content: json("Error") },
  "404": { description: "Not found", content: json("Error") },
};

/** OpenAPI 3.1 for the JSON API, built from the same zod schemas the handlers use. */
export function openApiDocument(): Record<string, unknown> {
  const { $schema: _s, ...titleCard } = titleCardJsonSchema();
  return {
    openapi: "3.1.0",
    info: { title: "cliffhanger API", version: "1.0.0", description: "Sourced facts about streaming series: title cards with their evidence, people, sources, search, and ingest." },
    paths: {
      "/api/titles": { get: { summary: "Titles, most recently changed first", parameters: [{ name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } }, { name: "offset", in: "query", schema: { type: "integer", minimum: 0 } }], responses: { "200": { description: "Titles", content: json("TitleList") }, ...errors } } },
      "/api/titles/{id}": { get: { summary: "The title card (same JSON as `cliffhanger show --json`)", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" }, description: "A title id or any of its names" }, { name: "as-of", in: "query", schema: { type: "string", format: "date" } }], responses: { "200": { description: "Title card", content: json("TitleCard") }, ...errors } } },
      "/api/people/{id}": { get: { summary: "A person: names, credits, known-for", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Person", content: json("Person") }, ...errors } } },
      "/api/search": { get: { summary: "Titles and people by any spelling", parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }], responses: { "200": { description: "Results", content: json("SearchResults") }, ...errors } } },
      "/api/sources/{id}": { get: { summary: "A source with its text and the claims read from it", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Source", content: json("Source") }, ...errors } } },
      "/api/ingest": {
        post: {
          summary: "Add an article (needs an API token from `cliffhanger tokens create`)",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: json("IngestRequest") },
          responses: { "201": { description: "Added", content: json("IngestResult") }, "200": { description: "Already ingested", content: json("IngestResult") }, "401": { description: "No or bad token", content: json("Error") }, "413": { description: "Too large", content: json("Error") }, "429": { description: "Too many writes", content: json("Error") }, ...errors },
        },
      },
      "/api/feeds": {
        get: { summary: "Followed sources with their health (last success, last error and why, items read, articles and claims added, next read)", responses: { "200": { description: "Sources" } } },
        post: {
          summary: "Follow a feed or a page that names one: {url, name?, every?} (needs an API token)",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["url"], properties: { url: { type: "string" }, name: { type: "string" }, every: { type: "string", description: "30m, 2h, 1d; adaptive when absent" } } } } } },
          responses: { "201": { description: "Followed" }, "200": { description: "Already followed" }, "401": { description: "No or bad token", content: json("Error") }, ...errors },
        },
      },
      "/api/feeds/{id}": { delete: { summary: "Stop following a source (needs an API token)", security: [{ bearer: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Removed" }, "401": { description: "No or bad token", content: json("Error") }, ...errors } } },
      "/api/feeds/{id}/pause": { post: { summary: "Pause a source (needs an API token)", security: [{ bearer: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Paused" }, "401": { description: "No or bad token", content: json("Error") }, ...errors } } },
      "/api/feeds/{id}/resume": { post: { summary: "Resume a paused source (needs an API token)", security: [{ bearer: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Resumed" }, "401": { description: "No or bad token", content: json("Error") }, ...errors } } },
      "/api/follows": {
        get: { summary: "What I follow, with the current answer to each question (Bearer token of a user, or a signed-in session)", security: [{ bearer: [] }], responses: { "200": { description: "Follows", content: json("FollowList") }, "401": { description: "Not signed in", content: json("Error") } } },
        post: { summary: "Follow a title, or a question about it (season status, release date, the day within N days, cast, conflicts, risks)", security: [{ bearer: [] }], requestBody: { required: true, content: json("FollowRequest") }, responses: { "201": { description: "Following" }, "200": { description: "Already following" }, ...errors } },
      },
      "/api/follows/{id}": { delete: { summary: "Stop following", security: [{ bearer: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "204": { description: "Done" }, ...errors } } },
      "/api/notifications": { get: { summary: "What I have been told: changes that answer what I follow, newest first", security: [{ bearer: [] }], responses: { "200": { description: "Notifications", content: json("NotificationList") } } } },
      "/api/webhooks": {
        get: { summary: "My webhook endpoints (Standard Webhooks) with their latest deliveries", security: [{ bearer: [] }], responses: { "200": { description: "Endpoints" } } },
        post: { summary: "Add a webhook endpoint; its secret (whsec_…) is in the answer", security: [{ bearer: [] }], requestBody: { required: true, content: json("WebhookRequest") }, responses: { "201": { description: "Added" }, ...errors } },
      },
      "/api/webhooks/{id}/test": { post: { summary: "Send a test event", security: [{ bearer: [] }], parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "202": { description: "Queued and sent" }, ...errors } } },
      "/api/users": { post: { summary: "Create a user (admin only): username, password, role reader|editor|admin", security: [{ bearer: [] }], responses: { "201": { description: "Created" }, "403": { description: "Not an admin", content: json("Error") }, "409": { description: "Name taken", content: json("Error") } } } },
      "/api/schema/title-card.json": { get: { summary: "The title card's JSON Schema", responses: { "200": { description: "JSON Schema" } } } },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        TitleCard: titleCard,
        TitleList: schema(titleListSchema),
        Person: schema(personSchema),
        SearchResults: schema(searchSchema),
        Source: schema(sourceSchema),
        IngestRequest: schema(ingestRequestSchema),
        IngestResult: schema(ingestResultSchema),
        Error: schema(errorSchema),
        FollowRequest: schema(followRequestSchema),
        FollowList: schema(followListSchema),
        NotificationList: schema(notificationListSchema),
        WebhookRequest: schema(webhookRequestSchema),
      },
    },
  };
}
