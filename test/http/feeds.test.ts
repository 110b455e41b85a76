import assert from "node:assert/strict";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser } from "playwright-core";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { registerFeedJobs, scheduleRound } from "../../src/feeds/feed.service.ts";
import { Fetcher } from "../../src/fetch/fetcher.ts";
import { createApp } from "../../src/http/app.ts";
import { createToken } from "../../src/http/tokens.repository.ts";
import { JobRegistry, startWorker } from "../../src/jobs/queue.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { clock } from "../support/web-app.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumAvailable = fs.existsSync(chromiumPath);
if (!chromiumAvailable && process.env.CI === "true") throw new Error(`CI=true but Chromium is missing at ${chromiumPath}`);

for (const engine of requestedDialects()) {
  describe(`followed sources over HTTP [${engine}]`, { skip: unavailableReason(engine) }, () => {
    let connection: Connection;
    let drop: () => Promise<void>;
    let app: ReturnType<typeof createApp>;
    let token: string;
    before(async () => {
      const database = await createTestDatabase(engine);
      drop = database.drop;
      connection = connect(database.url);
      await migrateToLatest(connection);
      token = (await createToken(connection.db, "editor", clock.now().toISOString())).token;
      app = createApp({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
    });
    after(async () => {
      await connection?.close();
      await drop?.();
    });
    const call = (method: string, path: string, body?: unknown, auth = true) =>
      app.request(path, { method, headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${token}` } : {}) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

    it("adds, lists, pauses, resumes and removes a source with an editor's token; refuses without one", async () => {
      assert.equal((await call("POST", "/api/feeds", { url: "https://news.example/feed.xml" }, false)).status, 401);
      const bad = await call("POST", "/api/feeds", { url: "ftp://news.example/feed" });
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { error: { message: string } }).error.message, /not an http or https address/);
      assert.equal((await call("POST", "/api/feeds", { url: "https://news.example/feed.xml", every: "5s" })).status, 400);
      const created = await call("POST", "/api/feeds", { url: "https://news.example/feed.xml", name: "Example", every: "30m" });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      assert.equal((await call("POST", "/api/feeds", { url: "https://news.example/feed.xml" })).status, 200, "the same address twice is the same source");
      assert.equal(((await call("POST", `/api/feeds/${id}/pause`)).status), 200);
      let list = (await (await call("GET", "/api/feeds", undefined, false)).json()) as { feeds: { id: string; name: string; state: string }[] };
      assert.deepEqual(list.feeds.map((f) => [f.id, f.name, f.state]), [[id, "Example", "paused"]]);
      assert.equal((await call("POST", `/api/feeds/${id}/resume`)).status, 200);
      list = (await (await call("GET", "/api/feeds", undefined, false)).json()) as typeof list;
      assert.equal(list.feeds[0]?.state, "not read yet");
      assert.equal((await call("DELETE", `/api/feeds/${id}`, undefined, false)).status, 401);
      assert.equal((await call("DELETE", `/api/feeds/${id}`)).status, 200);
      assert.equal((await call("DELETE", `/api/feeds/${id}`)).status, 404);
    });

    it("the sources page in Chromium: follow a source with the form, and see a refused one with its reason", { skip: chromiumAvailable ? undefined : `no Chromium at ${chromiumPath}` }, async () => {
      // A source on a loopback address, refused by a fetcher that allows no private network.
      await call("POST", "/api/feeds", { url: "http://127.0.0.2:9/feed.xml", name: "Refused" });
      const fetcher = new Fetcher({ userAgent: "cliffhanger-test", allowPrivateNetworks: "" });
      const registry = registerFeedJobs(new JobRegistry(), { connection, clock, fetcher, maxBytes: 1_000_000 });
      await scheduleRound(connection.db, clock, registry);
      await startWorker({ db: connection.db, clock, log: silentLogger, registry, untilIdle: true }).done;

      const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
      await new Promise((resolve) => server.once("listening", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("console", (m) => void (m.type() === "error" && !m.location().url.endsWith("/favicon.ico") && errors.push(m.text())));
        await page.goto(`${base}/admin/sources`);
        const refused = page.locator("tr", { hasText: "Refused" });
        assert.equal(await refused.locator(".state").textContent(), "failing");
        assert.match((await refused.locator(".last-error").textContent()) ?? "", /private-address: 127\.0\.0\.2 resolves to 127\.0\.0\.2/);
        await page.fill('form.add-source input[name="url"]', "https://outlet.example/news/");
        await page.fill('form.add-source input[name="name"]', "Outlet");
        await page.fill('form.add-source input[name="token"]', token);
        await page.click('form.add-source button[type="submit"]');
        assert.match((await page.locator(".notice").textContent()) ?? "", /Following https:\/\/outlet\.example\/news\//);
        assert.equal(await page.locator("tr", { hasText: "Outlet" }).locator(".state").textContent(), "not read yet");
        assert.match((await page.locator("ul.jobs").textContent()) ?? "", /feeds\.read done: 1/);
        assert.deepEqual(errors, [], "no console errors (the strict CSP allows the page)");
      } finally {
        await browser.close();
        server.close();
      }
    });
  });
}
