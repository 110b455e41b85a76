import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, it } from "node:test";
import ICAL from "ical.js";
import { Webhook } from "standardwebhooks";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { freePort } from "../support/postgres-server.ts";
import { repoRoot, runCliAsync } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

/**
 * The "done when", as a user does it: `serve --seed-examples` (the demo store), a new user
 * made with the CLI who signs in and follows "The Glory: season 2", and an article saying it is
 * renewed, read by `cliffhanger ingest` in another process. The server's loop sends the webhook.
 */
const env = { CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "1", CLIFFHANGER_LOG_LEVEL: "silent" };

function startServer(url: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), "--db", url, "serve", "--seed-examples", "--port", String(port), "--host", "127.0.0.1"], { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1", CLIFFHANGER_DB: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("is serving")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const engine of requestedDialects()) {
  describe(`the demo store [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("a new user following The Glory: season 2 gets one feed entry, one webhook and an updated calendar when `ingest` reads a renewal", async () => {
      const database = await createTestDatabase(engine);
      const received: { headers: Record<string, string>; body: string }[] = [];
      const receiver = http.createServer((req, res) => {
        let body = "";
        req.on("data", (c: Buffer) => (body += c.toString()));
        req.on("end", () => {
          received.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body });
          res.writeHead(200).end("thanks");
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
      const port = await freePort();
      let server: ChildProcess | undefined;
      const dir = tempDir("cliffhanger-demo");
      try {
        server = await startServer(database.url, port);
        const base = `http://127.0.0.1:${port}`;
        // The examples arrive through the example feed, read by the server's worker.
        await until("the examples read", async () => ((await fetch(`${base}/api/titles/The%20Glory`)).status === 200 ? true : undefined), 60_000);
        await until("their notifications", async () => ((await (await fetch(`${base}/feeds/changes.json`)).json()) as { items: unknown[] }).items.length > 0 || undefined, 30_000);
        const made = await runCliAsync(["--db", database.url, "users", "create", "--name", "newcomer", "--json"], { env });
        assert.equal(made.status, 0, made.stderr);
        const { password } = JSON.parse(made.stdout) as { password: string };

        // Sign in and follow, as a browser does (cookies by hand).
        const jar = new Map<string, string>();
        const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
        const keep = (r: Response) => {
          for (const line of r.headers.getSetCookie()) {
            const [pair] = line.split(";");
            const at = pair!.indexOf("=");
            jar.set(pair!.slice(0, at), pair!.slice(at + 1));
          }
          return r;
        };
        const page = async (p: string) => keep(await fetch(`${base}${p}`, { headers: { cookie: cookie() }, redirect: "manual" }));
        const form = async (p: string, fields: Record<string, string>) => keep(await fetch(`${base}${p}`, { method: "POST", body: new URLSearchParams(fields), headers: { cookie: cookie() }, redirect: "manual" }));
        const csrf = (text: string) => /name="csrf" value="([^"]+)"/.exec(text)![1]!;
        const login = await form("/login", { csrf: csrf(await (await page("/login")).text()), username: "newcomer", password, next: "/follow?title=The%20Glory" });
        assert.equal(login.status, 303);
        const followForm = await (await page(login.headers.get("location")!)).text();
        assert.equal((await form("/follow", { csrf: csrf(followForm), title: "The Glory", question: "season-status:2" })).status, 303);
        const following = await (await page("/following")).text();
        assert.equal((await form("/webhooks", { csrf: csrf(following), url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` })).status, 303);
        const secret = ((await (await page("/api/webhooks")).json()) as { webhooks: { secret: string }[] }).webhooks[0]!.secret;
        const feed = new URL(/href="([^"]+\/feed\.atom)"/.exec(following)![1]!).pathname;
        const ics = new URL(/href="([^"]+\/calendar\.ics)"/.exec(following)![1]!).pathname;
        const calendarBefore = await (await fetch(`${base}${ics}`)).text();

        // Another process reads the article.
        const article = path.join(dir, "renewed.txt");
        fs.writeFileSync(article, "The Glory Season 2 Confirmed\n\nNetflix has officially renewed The Glory for a second season, the streamer announced on Monday.\n");
        const ingested = await runCliAsync(["--db", database.url, "ingest", article, "--url", "https://news.example/glory-renewed", "--outlet", "Example News", "--published", "2026-11-20"], { env });
        assert.equal(ingested.status, 0, ingested.stderr);

        const delivered = await until("the webhook", () => received[0]);
        const payload = new Webhook(secret).verify(delivered.body, delivered.headers) as { data: { message: string } };
        assert.match(payload.data.message, /^The Glory: Season 2: renewed \(was unconfirmed\)\. Source: Example News/);
        const atom = await (await fetch(`${base}${feed}`)).text();
        assert.equal(atom.match(/<entry>/g)?.length, 1);
        assert.match(atom, /Season 2: renewed \(was unconfirmed\)\. Source: Example News/);
        const calendar = await (await fetch(`${base}${ics}`)).text();
        assert.notEqual(calendar, calendarBefore);
        const season2 = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).find((e) => /season 2/.test(e.summary))!;
        assert.match(season2.summary, /renewed/);
        assert.match(season2.description, /Source: Example News/);
        await new Promise((r) => setTimeout(r, 6_000));
        assert.equal(received.length, 1, "exactly one delivery, also after the server's next rounds");
      } finally {
        server?.kill("SIGTERM");
        await new Promise((r) => setTimeout(r, 300));
        receiver.close();
        fs.rmSync(dir, { recursive: true, force: true });
        await database.drop();
      }
    });
  });
}
