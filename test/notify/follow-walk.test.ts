import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import ICAL from "ical.js";
import { openApiDocument } from "../../src/http/api/schemas.ts";
import { Webhook } from "standardwebhooks";
import { createUser } from "../../src/accounts/user.repository.ts";
import { systemClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { createApp } from "../../src/http/app.ts";
import { createNotifier } from "../../src/http/notify.routes.ts";
import { createToken } from "../../src/http/tokens.repository.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { postSigned } from "../../src/notify/webhooks.ts";
import { addressPolicy } from "../../src/fetch/address-policy.ts";
import { startNotifyWorker } from "../../src/feeds/feed-worker.ts";
import type { Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { clock } from "../support/web-app.ts";

function validatorFor(schemaName: string) {
  const doc = openApiDocument() as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  const validate = ajv.getSchema(`#/components/schemas/${schemaName}`)!;
  return (body: unknown) => assert.ok(validate(body), `${schemaName}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
}

/** A local webhook receiver: keeps every request, answers 200 (or what `answer` says). */
async function receiver() {
  const received: { headers: Record<string, string>; body: string }[] = [];
  let answer = 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString("utf8") });
      if (answer === 302) res.writeHead(302, { Location: "http://127.0.0.1:1/elsewhere" }).end();
      else res.writeHead(answer, { "Content-Type": "text/plain" }).end("x".repeat(3000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, setAnswer: (n: number) => (answer = n), close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const renewal = "The Glory Season 2 Confirmed\n\nNetflix has officially renewed The Glory for a second season, the streamer announced on Monday.";

/** A browser's cookie jar, enough for one site. */
function jar() {
  const cookies = new Map<string, string>();
  return {
    take(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const [name, ...value] = pair!.split("=");
        if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name!.trim());
        else cookies.set(name!.trim(), value.join("="));
      }
    },
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
  };
}
const csrfOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";

async function demoApp(connection: Connection) {
  for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
    await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
  }
  await processNotifications(connection, clock);
  // The real clock: receivers check webhook-timestamp against theirs (Standard Webhooks allows 5 minutes).
  // The receiver is on 127.0.0.1, which the address policy allows only when told to.
  const context = { connection, clock: systemClock, config: loadConfig({ db: ":memory:" }, { CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "127.0.0.1/32" }), log: silentLogger };
  return { app: createApp(context, { notifier: createNotifier(context) }), context };
}

for (const engine of requestedDialects()) {
  describe(`sign in, follow, be told [${engine}]`, { skip: unavailableReason(engine) }, () => {
    let hook: Awaited<ReturnType<typeof receiver>>;
    before(async () => {
      hook = await receiver();
    });
    after(async () => {
      await hook.close();
    });

    it("a new user following The Glory's season 2 gets one feed entry, one signed webhook and an updated iCal for one renewal, each naming the source", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { app, context } = await demoApp(connection);
        // The webhook jobs' worker, as `serve` runs it (the pass every minute here: the app runs it after each write).
        const worker = startNotifyWorker(context, { pollMs: 50, notifyEveryMs: 60_000 });
        try {
        const now = clock.now().toISOString();
        await createUser(connection.db, { username: "reader1", password: "a long password 1", role: "reader" }, now);
        const editor = await createUser(connection.db, { username: "editor1", password: "a long password 2", role: "editor" }, now);
        const editorToken = (await createToken(connection.db, "editor's", now, editor.id)).token;
        const browser = jar();
        const get = async (p: string) => {
          const response = await app.request(p, { headers: { Cookie: browser.header() } });
          browser.take(response);
          return response;
        };
        const post = async (p: string, form: Record<string, string>, extra: Record<string, string> = {}) => {
          const response = await app.request(p, { method: "POST", body: new URLSearchParams(form), headers: { Cookie: browser.header(), "Content-Type": "application/x-www-form-urlencoded", ...extra } });
          browser.take(response);
          return response;
        };

        // Signing in: a follow page sends a stranger to the sign-in form, and back after it.
        const away = await get("/follow?title=The%20Glory");
        assert.equal(away.status, 303);
        assert.match(away.headers.get("Location") ?? "", /^\/login\?next=/);
        const loginForm = await (await get("/login?next=/follow%3Ftitle%3DThe%2520Glory")).text();
        assert.equal((await post("/login", { csrf: "forged", username: "reader1", password: "a long password 1", next: "/" })).status, 403, "no sign-in without the form's token");
        const wrong = await post("/login", { csrf: csrfOf(loginForm), username: "reader1", password: "not it at all", next: "/" });
        assert.equal(wrong.status, 401);
        // The form shown again after a wrong password still works.
        const signedIn = await post("/login", { csrf: csrfOf(await wrong.text()), username: "reader1", password: "a long password 1", next: "/follow?title=The%20Glory" });
        assert.equal(signedIn.status, 303);
        const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith("ch_session="))!;
        assert.match(cookie, /HttpOnly/);
        assert.match(cookie, /SameSite=Lax/);
        assert.doesNotMatch(cookie, /Secure/, "no Secure flag over plain HTTP");

        // Follow a question: "season 2's status".
        const followForm = await (await get(signedIn.headers.get("Location")!)).text();
        assert.match(followForm, /Season 2: its status changes/);
        assert.equal((await post("/follow", { csrf: "wrong", title: "The Glory", question: "season-status:2" })).status, 403, "CSRF");
        assert.equal((await post("/follow", { csrf: csrfOf(followForm), title: "The Glory", question: "season-status:2" })).status, 303);
        const following = await (await get("/following")).text();
        assert.match(following, /status of season 2<\/td><td class="answer">unconfirmed/);
        assert.equal((await post("/webhooks", { csrf: csrfOf(following), url: hook.url })).status, 303);
        const api = (await (await get("/api/webhooks")).json()) as { webhooks: { id: string; secret: string }[] };
        const secret = api.webhooks[0]!.secret;
        const atomUrl = new URL(/href="([^"]+\/feed\.atom)"/.exec(following)![1]!).pathname;
        const icsUrl = new URL(/href="([^"]+\/calendar\.ics)"/.exec(following)![1]!).pathname;
        const icsBefore = await (await app.request(icsUrl)).text();
        // Read before the change, so that a cache of anonymous answers would have them to serve stale.
        assert.equal((await (await app.request(atomUrl)).text()).match(/<entry>/g), null);
        assert.doesNotMatch(await (await app.request("/feeds/changes.atom")).text(), /Season 2: renewed/);

        // A reader cannot ingest; the editor's token can.
        const reader = await createToken(connection.db, "reader's", now, (await connection.db.selectFrom("app_user").select("id").where("username", "=", "reader1").executeTakeFirstOrThrow()).id);
        const ingest = (token: string) => app.request("/api/ingest", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text: renewal, url: "https://news.example/glory-renewed", outlet: "Example News", published: "2026-11-20" }) });
        assert.equal((await ingest(reader.token)).status, 403);
        assert.equal((await ingest(editorToken)).status, 201);
        assert.equal((await ingest(editorToken)).status, 200, "the same article again");

        // One webhook, signed as Standard Webhooks says.
        const delivered = await until("the webhook", () => hook.received[0]);
        const job = await until("the delivery's job done", async () => {
          const row = await connection.db.selectFrom("job").select(["status", "kind"]).where("kind", "=", "webhooks.deliver").executeTakeFirst();
          return row?.status === "done" ? row : undefined;
        });
        assert.equal(job.kind, "webhooks.deliver", "the delivery ran as a job of the queue");
        assert.equal(hook.received.length, 1, "exactly one delivery");
        const payload = new Webhook(secret).verify(delivered.body, delivered.headers) as { type: string; data: { message: string; from: string; to: string } };
        assert.equal(payload.type, "title.season-status.v1");
        assert.equal(payload.data.to, "renewed");
        assert.match(payload.data.message, /^The Glory: Season 2: renewed \(was unconfirmed\)\. Source: Example News/);
        assert.throws(() => new Webhook(secret).verify(delivered.body.replace("renewed", "cancelled"), delivered.headers), "a changed body fails verification");
        const row = await until("the delivery row", async () => {
          const r = await connection.db.selectFrom("webhook_delivery").selectAll().where("notification_id", "is not", null).executeTakeFirst();
          return r?.status === "delivered" ? r : undefined;
        });
        assert.equal(row.response_status, 200);
        assert.equal(row.response_body?.length, 1024, "the first 1 KB of the answer is kept");

        // One entry in the followed feed, naming the source; the same in JSON Feed.
        const atom = await (await app.request(atomUrl)).text();
        assert.equal(atom.match(/<entry>/g)?.length, 1, atom);
        assert.match(atom, /<title>The Glory: Season 2: renewed \(was unconfirmed\)<\/title>/);
        assert.match(atom, /Source: Example News/);
        assert.match(atom, /<id>tag:cliffhanger,2026:notification\/ntf_/);
        const json = (await (await app.request(atomUrl.replace("feed.atom", "feed.json"))).json()) as { items: { id: string; content_text: string }[] };
        assert.equal(json.items.length, 1);
        assert.equal(json.items[0]!.id, /<id>(tag:[^<]+notification[^<]+)<\/id>/.exec(atom)![1], "the same stable id in both");
        assert.match((await (await app.request("/feeds/changes.atom")).text()), /Season 2: renewed/);
        const glory = (await (await app.request("/api/titles/The%20Glory")).json()) as { id: string };
        assert.match(await (await app.request(`/titles/${glory.id}/feed.json`)).text(), /Season 2: renewed/);

        // The calendar: season 1's day, and season 2 now renewed, naming the source; parsed by ical.js.
        const ics = await (await app.request(icsUrl)).text();
        assert.notEqual(ics, icsBefore);
        const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
        const first = events.find((e) => /season 1/.test(e.summary))!;
        assert.equal(first.startDate.toString(), "2022-12-30");
        assert.ok(first.startDate.isDate, "an all-day event");
        const second = events.find((e) => /season 2/.test(e.summary))!;
        assert.match(second.summary, /renewed/);
        assert.match(second.description, /Source: Example News/);
        assert.equal(second.sequence, 1, "bumped by the renewal");
        assert.equal(second.uid, `${glory.id}-s2@cliffhanger`);

        // The follows through the API, with the current answer, as the OpenAPI document says.
        const follows = (await (await get("/api/follows")).json()) as { follows: { answer: string; description: string }[] };
        validatorFor("FollowList")(follows);
        assert.deepEqual(follows.follows.map((f) => [f.description, f.answer]), [["status of season 2", "renewed"]]);
        const byToken = (p: string, init: RequestInit = {}) => app.request(p, { ...init, headers: { Authorization: `Bearer ${reader.token}`, "Content-Type": "application/json" } });
        const made = await byToken("/api/follows", { method: "POST", body: JSON.stringify({ title: "The Glory", question: { kind: "release", season: 2 } }) });
        assert.equal(made.status, 201);
        assert.equal((await byToken("/api/follows", { method: "POST", body: JSON.stringify({ title: "The Glory", question: { kind: "release", season: 2 } }) })).status, 200, "following again is following once");
        const bad = await byToken("/api/follows", { method: "POST", body: JSON.stringify({ title: "The Glory", question: { kind: "release", season: "two" } }) });
        assert.equal(bad.status, 400);
        assert.match(((await bad.json()) as { error: { message: string } }).error.message, /question .*season/);
        const told = (await (await byToken("/api/notifications")).json()) as { notifications: { message: string }[] };
        validatorFor("NotificationList")(told);
        assert.equal(told.notifications.length, 1);
        assert.equal((await app.request("/api/follows")).status, 401, "no token, no session");

        // Behind TLS (a proxy saying so) the session cookie is Secure; "next" never leaves the site.
        const tls = await post("/login", { csrf: csrfOf(await (await get("/login")).text()), username: "reader1", password: "a long password 1", next: "//evil.example/" }, { "X-Forwarded-Proto": "https" });
        assert.match(tls.headers.getSetCookie().find((c) => c.startsWith("ch_session="))!, /; Secure/);
        assert.equal(tls.headers.get("Location"), "/following");

        // Sign-ins are throttled after five failures.
        for (let i = 0; i < 5; i++) await post("/login", { csrf: csrfOf(await (await get("/login")).text()), username: "editor1", password: "wrong password", next: "/" });
        assert.equal((await post("/login", { csrf: csrfOf(await (await get("/login")).text()), username: "editor1", password: "a long password 2", next: "/" })).status, 429);
        } finally {
          await worker.stop();
        }
      });
    });

    it("iCal dates move with SEQUENCE bumped and withdrawn dates CANCELLED; a window is an all-day span", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { app } = await demoApp(connection);
        const say = async (text: string, url: string, published: string) => {
          await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: url, url, outlet: "Example News", published }, 5_000_000);
          await processNotifications(connection, clock);
        };
        const glory = (await (await app.request("/api/titles/The%20Glory")).json()) as { id: string };
        const events = async () => new ICAL.Component(ICAL.parse(await (await app.request(`/titles/${glory.id}/calendar.ics`)).text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
        await say("The Glory Season 2 Window\n\nNetflix confirmed that The Glory season 2 will premiere in the first half of 2027.", "https://news.example/window", "2026-11-10");
        let s2 = (await events()).find((e) => e.uid === `${glory.id}-s2@cliffhanger`)!;
        assert.equal(s2.startDate.toString(), "2027-01-01");
        assert.equal(s2.endDate.toString(), "2027-07-01", "H1 as a span, DTEND exclusive");
        assert.match(s2.summary, /H1 2027, confirmed/);
        const sequence = s2.sequence;
        await say("The Glory Season 2 Release Date\n\nNetflix confirmed that The Glory season 2 will premiere on March 10, 2027.", "https://news.example/date", "2026-11-11");
        await say("The Glory Season 2 Delayed\n\nNetflix confirmed that The Glory season 2 has been moved to April 7, 2027.", "https://news.example/moved", "2026-11-13");
        s2 = (await events()).find((e) => e.uid === `${glory.id}-s2@cliffhanger`)!;
        assert.equal(s2.startDate.toString(), "2027-04-07");
        assert.equal(s2.sequence, sequence + 2, "narrowed, then moved");
        assert.equal(s2.component.getFirstPropertyValue("status"), "CONFIRMED");
      });
    });
  });
}

describe("webhook sends", () => {
  it("refuses private addresses before connecting, follows no redirect, and gives up after 5 s", async () => {
    const strict = addressPolicy("");
    assert.ok(!strict.allows("127.0.0.1") && !strict.allows("10.1.2.3") && !strict.allows("::1") && !strict.allows("::ffff:192.168.0.1") && !strict.allows("169.254.169.254"));
    assert.ok(strict.allows("93.184.216.34"));
    const local = addressPolicy("127.0.0.1/32");
    const hook = await receiver();
    try {
      const refused = await postSigned(hook.url, {}, "{}", strict);
      assert.match(refused.error ?? "", /refused before connecting: 127\.0\.0\.1/);
      const named = await postSigned(hook.url.replace("127.0.0.1", "localhost"), {}, "{}", strict);
      assert.match(named.error ?? "", /localhost resolves to .*private/);
      assert.equal(hook.received.length, 0, "nothing reached the receiver");
      hook.setAnswer(302);
      const redirected = await postSigned(hook.url, {}, "{}", local);
      assert.equal(redirected.ok, false);
      assert.match(redirected.error ?? "", /redirect .* not followed/);
      const silent = http.createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const started = Date.now();
      const timedOut = await postSigned(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, {}, "{}", local, 300);
      silent.closeAllConnections();
      silent.close();
      assert.match(timedOut.error ?? "", /no answer within 0.3 s/);
      assert.ok(Date.now() - started < 3000);
    } finally {
      await hook.close();
    }
  });
});
