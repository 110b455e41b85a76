import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser } from "playwright-core";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { seededApp } from "../support/web-app.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = fs.existsSync(chromiumPath);
if (!available && process.env.CI === "true") throw new Error(`CI=true but Chromium is missing at ${chromiumPath}; .ci/run installs Debian's chromium`);
const artifacts = path.join(repoRoot, "test-artifacts");

describe("web pages in Chromium", { skip: available ? undefined : `no Chromium at ${chromiumPath}` }, () => {
  let browser: Browser;

  before(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    fs.mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
  });

  for (const engine of requestedDialects()) {
    describe(`served from ${engine}`, { skip: unavailableReason(engine) }, () => {
      let server: ServerType;
      let base: string;
      let connection: Connection;
      let token: string;
      let drop: () => Promise<void>;

      before(async () => {
        const database = await createTestDatabase(engine);
        drop = database.drop;
        connection = connect(database.url);
        await migrateToLatest(connection);
        const seeded = await seededApp(connection);
        token = seeded.token;
        server = serve({ fetch: seeded.app.fetch, port: 0, hostname: "127.0.0.1" });
        await new Promise((resolve) => server.once("listening", resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      });

      after(async () => {
        server?.close();
        await connection?.close();
        await drop?.();
      });

      it("searching “Song Hye Go” lands on Song Hye-kyo", async () => {
        const page = await browser.newPage();
        await page.goto(`${base}/`);
        await page.getByRole("searchbox").fill("Song Hye Go");
        await page.getByRole("button", { name: "Search" }).click();
        await page.waitForURL(/\/people\//);
        assert.equal(await page.locator("h1").textContent(), "Song Hye-kyo");
        assert.match(await page.locator("main").textContent() ?? "", /The Glory/);
        await page.close();
      });

      it("the title page shows 30 Dec 2022 and the 8-against-16 episodes conflict with both sources", async () => {
        // A British reader: day before month.
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: "en-GB" });
        await page.goto(`${base}/search?q=the+glory`);
        await page.waitForURL(/\/titles\//);
        const releases = page.locator("#releases + table");
        await page.locator("#releases + table details.older summary").first().click();
        assert.match(await releases.textContent() ?? "", /30 Dec 2022/);
        assert.equal(await releases.locator('time[datetime="2022-12-30"]').first().textContent(), "30 Dec 2022");
        const seasons = await page.locator("#seasons + table").textContent() ?? "";
        assert.match(seasons, /16/);
        assert.match(seasons, /8 per part/);
        const evidence = await page.locator("#seasons + table a").allTextContents();
        assert.ok(evidence.some((t) => /The Direct/.test(t)), "the 16 links to The Direct");
        assert.ok(evidence.some((t) => /26 Sept? 2022/.test(t)), "the 8 links to the article of 26 Sep 2022");
        assert.ok(await page.locator("svg.chart").count() >= 1, "the weekly chart is drawn");
        await page.screenshot({ path: path.join(artifacts, `title-page-${engine}.png`), fullPage: true });
        await page.screenshot({ path: path.join(artifacts, `title-page-top-${engine}.png`) });
        // Evidence is one click away: the link lands on the highlighted quote.
        await page.locator("#seasons + table a", { hasText: "The Direct" }).first().click();
        await page.waitForURL(/\/sources\/.*#q\d+/);
        assert.match(await page.locator("mark:target").textContent() ?? "", /16 episodes/);
        await page.close();
      });

      it("renders an article's <script> and onerror= payloads as inert text", async () => {
        const payload = `Hostile Show Season 2 Renewed

    Netflix has renewed Hostile Show for a second season. <script>window.__pwned = "script"</script>

    The series stars Kim Ji-won <img src=x onerror="window.__pwned = 'onerror'"> as Lee Ha-na. <a href="javascript:window.__pwned='link'">watch</a>`;
        const post = (url?: string) => fetch(`${base}/api/ingest`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text: payload, format: "text", published: "2024-01-01", ...(url ? { url } : {}) }) });
        assert.equal((await post("javascript:alert(1)")).status, 400, "a javascript: URL is refused, never stored");
        const response = await post();
        assert.equal(response.status, 201);
        const { sourceId, title } = (await response.json()) as { sourceId: string; title: { id: string } };
        const page = await browser.newPage();
        const dialogs: string[] = [];
        page.on("dialog", (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        for (const url of [`${base}/sources/${sourceId}`, `${base}/titles/${title.id}`]) {
          await page.goto(url);
          await page.waitForLoadState("load");
          assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `nothing ran on ${url}`);
          assert.equal(await page.locator("main img").count(), 0, "no element was created from the article");
          assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, "no javascript: link");
        }
        await page.goto(`${base}/sources/${sourceId}`);
        assert.match(await page.locator(".article").textContent() ?? "", /<script>window.__pwned = "script"<\/script>/, "the markup shows as text");
        assert.deepEqual(dialogs, []);
        const csp = (await fetch(`${base}/`)).headers.get("content-security-policy") ?? "";
        assert.match(csp, /script-src 'self'/);
        await page.close();
      });

      it("keyboard navigation reaches every link on the title page", async () => {
        const page = await browser.newPage();
        await page.goto(`${base}/titles/The%20Glory`);
        // Folded figures and older reports open first: their links are reachable once shown.
        await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        const reached = new Set<string>();
        for (let i = 0; i < links.length + 20; i++) {
          await page.keyboard.press("Tab");
          const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? "");
          if (href) reached.add(href);
        }
        const missed = [...new Set(links)].filter((href) => !reached.has(href));
        assert.deepEqual(missed, []);
        await page.close();
      });
    });
  }
});
