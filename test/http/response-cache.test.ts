import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { seededApp } from "../support/web-app.ts";

const renewal = `Sweet Home Season 4 Confirmed

Netflix has officially renewed Sweet Home for a fourth season, the streamer announced on Monday.`;

for (const engine of requestedDialects()) {
  describe(`finished responses kept until the store changes [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers a repeated anonymous request from the cache, never a signed-in one, and drops everything on a write", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { app, token } = await seededApp(connection);
        const list = async (headers: Record<string, string> = {}) => (await (await app.request("/api/titles?limit=200", { headers })).json()) as { titles: { id: string; title: string }[] };
        const before = await list();
        const glory = before.titles.find((t) => t.title === "The Glory")!;
        assert.ok(glory);

        // A change made behind the application's back (no change event) is invisible to a cached
        // response: the proof that the second request was answered from the cache.
        await connection.db.updateTable("entity").set({ name: "Renamed Behind The Back" }).where("id", "=", glory.id).execute();
        assert.ok((await list()).titles.some((t) => t.title === "The Glory"), "served from the cache");
        assert.ok((await list({ Cookie: "session=abc" })).titles.some((t) => t.title === "Renamed Behind The Back"), "a request with a cookie is rendered for itself");
        assert.ok((await list({ Authorization: "Bearer x" })).titles.some((t) => t.title === "Renamed Behind The Back"), "a request with a token is rendered for itself");

        // A conditional request for a cached page is answered 304 from the cache.
        const page = await app.request(`/titles/${glory.id}`);
        const etag = page.headers.get("ETag");
        assert.ok(etag);
        const again = await app.request(`/titles/${glory.id}`, { headers: { "If-None-Match": etag } });
        assert.equal(again.status, 304);
        assert.ok(again.headers.get("Content-Security-Policy"), "security headers on cached answers too");

        // Any write records a change event: every kept response is dropped.
        const posted = await app.request("/api/ingest", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text: renewal, published: "2026-11-20" }) });
        assert.equal(posted.status, 201);
        const after = await list();
        assert.ok(after.titles.some((t) => t.title === "Renamed Behind The Back"), "the write dropped the cached list");
        assert.ok(after.titles.some((t) => t.title === "Sweet Home"));
      });
    });
  });
}
