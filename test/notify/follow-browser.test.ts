import assert from "node:assert/strict";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser } from "playwright-core";
import { createUser } from "../../src/accounts/user.repository.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { clock, seededApp } from "../support/web-app.ts";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = fs.existsSync(chromiumPath);
if (!available && process.env.CI === "true") throw new Error(`CI=true but Chromium is missing at ${chromiumPath}`);

describe("sign in and follow in Chromium", { skip: available ? undefined : `no Chromium at ${chromiumPath}` }, () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  });
  after(async () => {
    await browser?.close();
  });

  for (const engine of requestedDialects()) {
    describe(`served from ${engine}`, { skip: unavailableReason(engine) }, () => {
      let server: ServerType;
      let base: string;
      let connection: Connection;
      let drop: () => Promise<void>;
      before(async () => {
        const database = await createTestDatabase(engine);
        drop = database.drop;
        connection = connect(database.url);
        await migrateToLatest(connection);
        const seeded = await seededApp(connection);
        await processNotifications(connection, clock);
        await createUser(connection.db, { username: "reader1", password: "a long password 1", role: "reader" }, clock.now().toISOString());
        await createUser(connection.db, { username: "editor1", password: "a long password 2", role: "editor" }, clock.now().toISOString());
        server = serve({ fetch: seeded.app.fetch, port: 0, hostname: "127.0.0.1" });
        await new Promise((resolve) => server.once("listening", resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      });
      after(async () => {
        server?.close();
        await connection?.close();
        await drop?.();
      });

      it("a reader signs in from a title's Follow button, follows season 2's status, and sees the editor's renewal", async () => {
        const readerContext = await browser.newContext();
        const editorContext = await browser.newContext();
        try {
          const page = await readerContext.newPage();
          await page.goto(`${base}/titles/the%20glory`);
          await page.getByRole("link", { name: "Follow", exact: true }).click();
          await page.waitForURL(/\/login\?next=/);
          await page.getByLabel("Name").fill("reader1");
          await page.getByLabel("Password").fill("a long password 1");
          await page.getByRole("button", { name: "Sign in" }).click();
          await page.waitForURL(/\/follow\?title=/);
          await page.getByLabel(/Season 2: its status changes/).check();
          await page.getByRole("button", { name: "Follow" }).click();
          await page.waitForURL(/\/following$/);
          assert.match((await page.locator("table.follows").textContent()) ?? "", /The Glory\s*status of season 2\s*unconfirmed/);
          const cookies = await readerContext.cookies();
          const session = cookies.find((c) => c.name === "ch_session")!;
          assert.ok(session.httpOnly && session.sameSite === "Lax", "the session cookie is HttpOnly, SameSite=Lax");

          const editor = await editorContext.newPage();
          await editor.goto(`${base}/login?next=/ingest`);
          await editor.getByLabel("Name").fill("editor1");
          await editor.getByLabel("Password").fill("a long password 2");
          await editor.getByRole("button", { name: "Sign in" }).click();
          await editor.waitForURL(/\/ingest$/);
          await editor.getByLabel("URL").fill("https://news.example/glory-renewed");
          await editor.getByLabel("Outlet").fill("Example News");
          await editor.getByLabel("Article text or HTML").fill("The Glory Season 2 Confirmed\n\nNetflix has officially renewed The Glory for a second season, the streamer announced on Monday.");
          await editor.getByRole("button", { name: "Add" }).click();
          assert.match((await editor.locator("main").textContent()) ?? "", /Added \d+ claims/);

          await page.reload();
          assert.match((await page.locator("table.follows").textContent()) ?? "", /status of season 2\s*renewed/);
          const entries = await page.locator("ul.entries li").allTextContents();
          assert.equal(entries.length, 1, JSON.stringify(entries));
          assert.match(entries[0]!, /The Glory: Season 2: renewed \(was unconfirmed\)\. Source: Example News/);
        } finally {
          await readerContext.close();
          await editorContext.close();
        }
      });
    });
  }
});
