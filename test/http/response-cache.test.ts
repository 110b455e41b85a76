import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { nodeListener } from "../../src/http/node-listener.ts";
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

    it("answers a kept response from Node's request with the app's own bytes and headers, and hands every other request to the app", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { app, responses, token } = await seededApp(connection);
        let reachedApp = 0;
        const server = http.createServer(
          nodeListener(responses, (request, env) => {
            reachedApp += 1;
            return app.fetch(request, env);
          }),
        );
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const get = async (p: string, headers: Record<string, string> = {}) => {
          const res = await fetch(base + p, { headers: { "accept-encoding": "identity", ...headers } });
          return { status: res.status, headers: Object.fromEntries([...res.headers].filter(([name]) => name !== "date" && name !== "keep-alive")), body: await res.text() };
        };
        try {
          const titles = (JSON.parse((await get("/api/titles?limit=5")).body) as { titles: { id: string }[] }).titles;
          const page = `/titles/${titles[0]!.id}`;
          const first = await get(page);
          assert.equal(first.status, 200);
          assert.equal(reachedApp, 2, "two misses, each rendered by the app");
          const again = await get(page);
          assert.equal(reachedApp, 2, "the repeat never reached the app");
          assert.deepEqual(again, first, "the same status, headers and bytes as the app's own answer");

          const notModified = await fetch(base + page, { headers: { "accept-encoding": "identity", "if-none-match": first.headers.etag! } });
          assert.equal(notModified.status, 304);
          assert.ok(notModified.headers.get("content-security-policy"));
          assert.equal(reachedApp, 2);

          // Another spelling of the same choice (the default locale, no compression) is the same response.
          await get(page, { "accept-language": "en-GB,en;q=0.8" });
          assert.equal(reachedApp, 2, "the locale and encoding the headers choose, not their spelling, key a kept response");

          // Whatever a kept response depends on is part of what it is kept under.
          await get(page, { cookie: "session=abc" });
          await get(page, { "accept-language": "ko" });
          await get(`${page}?as_of=2026-01-01`);
          await get("/healthz");
          assert.equal(reachedApp, 6, "a cookie, another language, another URL and an uncached path each went to the app");

          // A write about another title moves the store's version, and the page, which names what it
          // was made from, is still answered from here; a write about its own title drops it.
          const posted = await app.request("/api/ingest", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text: renewal, published: "2026-11-20" }) });
          assert.equal(posted.status, 201);
          const renewed = ((await posted.json()) as { title: { id: string } }).title.id;
          assert.notEqual(renewed, titles[0]!.id, "the renewal is about another title than the kept page's");
          await get(page);
          assert.equal(reachedApp, 6, "the kept page outlived a write about another title");
          const renewedPage = `/titles/${renewed}`;
          await get(renewedPage);
          assert.equal(reachedApp, 7);
          await app.request("/api/ingest", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text: renewal.replace(/Season 4/g, "Season 5"), published: "2026-11-21" }) });
          await get(page);
          assert.equal(reachedApp, 7);
          await get(renewedPage);
          assert.equal(reachedApp, 8, "a write about its own title drops it");
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      });
    });
  });
}
