import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { openApiDocument } from "../../src/http/api/schemas.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { seededApp } from "../support/web-app.ts";

/** Validates a response body against the OpenAPI document's schema for that operation. */
function validatorFor(schemaName: string) {
  const doc = openApiDocument() as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  const validate = ajv.getSchema(`#/components/schemas/${schemaName}`)!;
  return (body: unknown) => {
    assert.ok(validate(body), `${schemaName}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  };
}

const article = `Moving Season 2 Confirmed

Disney+ has officially renewed Moving for a second season, the streamer announced.

The superhero series stars Ryu Seung-ryong as Jang Ju-won.`;

for (const engine of requestedDialects()) {
  describe(`JSON API [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers per its OpenAPI document, with ETags, stable error codes and token-guarded writes", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { app, token } = await seededApp(connection, { writesPerMinute: 3, maxInputBytes: 20_000 });
        const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

        const titles = await get("/api/titles");
        assert.equal(titles.status, 200);
        const list = (await titles.json()) as { titles: { id: string; title: string }[] };
        validatorFor("TitleList")(list);
        const glory = list.titles.find((t) => t.title === "The Glory")!;

        const card = await get(`/api/titles/${glory.id}`);
        assert.equal(card.status, 200);
        const body = (await card.json()) as { title: string; cast: { person: { id: string } }[] };
        validatorFor("TitleCard")(body);
        assert.equal(body.title, "The Glory");
        const etag = card.headers.get("ETag");
        assert.ok(etag, "reads carry an ETag");
        assert.match(card.headers.get("Cache-Control") ?? "", /no-cache/);
        assert.equal((await get(`/api/titles/${glory.id}`, { "If-None-Match": etag })).status, 304);
        assert.equal((await get("/api/titles/the%20glory")).status, 200, "a title by name");

        const person = await get(`/api/people/${body.cast[0]!.person.id}`);
        validatorFor("Person")(await person.json());
        const search = await get("/api/search?q=%EC%86%A1%ED%98%9C%EA%B5%90");
        const found = (await search.json()) as { results: { name: string }[] };
        validatorFor("SearchResults")(found);
        assert.equal(found.results[0]?.name, "Song Hye-kyo", "송혜교 finds Song Hye-kyo");

        const unknown = await get("/api/titles/Squid%20Game");
        assert.equal(unknown.status, 404);
        const error = await unknown.json();
        validatorFor("Error")(error);
        assert.equal((error as { error: { code: string } }).error.code, "UNKNOWN_TITLE");
        assert.equal(((await (await get("/api/search")).json()) as { error: { code: string } }).error.code, "BAD_OPTION");
        const tooLong = await get(`/api/search?q=${"x".repeat(201)}`);
        assert.equal(tooLong.status, 400, "a query longer than any title or name is refused");
        assert.match(((await tooLong.json()) as { error: { message: string } }).error.message, /201 characters/);
        assert.equal((await get(`/search?q=${"x".repeat(7000)}`)).status, 400);
        assert.equal((await get(`/api/titles/${"x".repeat(7000)}`)).status, 404, "a name longer than any title is unknown at once");
        assert.equal((await get("/api/titles/100%25%20Love")).status, 404, "a name with a percent sign is looked up, not decoded twice");

        const post = (body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${token}` }) =>
          app.request("/api/ingest", { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
        assert.equal((await post({ text: article }, {})).status, 401, "writes need a token");
        assert.equal((await post({ text: article }, { Authorization: "Bearer wrong" })).status, 401);
        const bad = await post({ text: "", published: "yesterday" });
        assert.equal(bad.status, 400);
        assert.match(((await bad.json()) as { error: { message: string } }).error.message, /text: text is required/);
        const created = await post({ text: article, published: "2024-01-10", outlet: "Example" });
        assert.equal(created.status, 201);
        const result = await created.json();
        validatorFor("IngestResult")(result);
        assert.equal((result as { title: { name: string } }).title.name, "Moving");
        assert.equal((await post({ text: "x".repeat(30_000) })).status, 413, "request size limit");
        assert.equal((await post({ text: article })).status, 429, "rate limit on writes");

        const source = await get(`/api/sources/${(result as { sourceId: string }).sourceId}`);
        validatorFor("Source")(await source.json());
        const openapi = (await (await get("/api/openapi.json")).json()) as { openapi: string };
        assert.equal(openapi.openapi, "3.1.0");
        assert.equal((await get("/api/schema/title-card.json")).status, 200);
        assert.match(await (await get("/api/docs")).text(), /\/api\/titles\/\{id\}/);
        const home = await (await get("/")).text();
        assert.match(home, /Next seasons[\s\S]*The Glory<\/a> S2[\s\S]*unconfirmed/, "the home page lists the next season of a followed show");
      });
    });
  });
}
