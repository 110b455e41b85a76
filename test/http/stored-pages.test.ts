import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { describe, it } from "node:test";
import { fixedClock, type Clock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { addPersonAlias } from "../../src/editor/editor.service.ts";
import { createAppWithCache } from "../../src/http/app.ts";
import { nodeListener } from "../../src/http/node-listener.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { seedSharedActorCatalog } from "../support/shared-actor-catalog.ts";

// Invented shows: Lantern Street and Glass Orchard share an actor, Copper Tide shares nobody.
const clock = fixedClock("2026-11-21T12:00:00Z");
const editor = { actor: "test", reason: null, now: clock.now().toISOString() };
const browser = { "accept-encoding": "gzip, deflate, br, zstd", "accept-language": "en-GB,en;q=0.9" };

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A cold server (`serve --cached-cards 0 --cached-responses-mb 0`) behind Node's listener, as `serve`
 * runs it, counting the requests that reach the app. Node's own client: fetch would decode the bytes.
 */
async function coldServer(connection: Connection, day: Clock = clock) {
  const { app, responses, storedCards } = createAppWithCache({ connection, clock: day, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger }, { cachedCards: 0, cachedResponseBytes: 0 });
  let reachedApp = 0;
  const server = http.createServer(
    nodeListener(responses, (request, env) => {
      reachedApp += 1;
      return app.fetch(request, env);
    }, { stored: storedCards }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (p: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      http.get(`http://127.0.0.1:${port}${p}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const { date: _date, connection: _connection, "keep-alive": _keepAlive, ...rest } = res.headers;
          resolve({ status: res.statusCode!, headers: rest, body: Buffer.concat(chunks) });
        });
      }).on("error", reject);
    });
  /** The request's answer, and whether the app made it. */
  const ask = async (p: string, headers: Record<string, string> = {}) => {
    const before = reachedApp;
    const answer = await get(p, headers);
    // Pages the app made are written off the request: wait for them, as the next reader would find them.
    await storedCards.idle();
    return { ...answer, app: reachedApp > before, text: answer.headers["content-encoding"] === "br" ? zlib.brotliDecompressSync(answer.body).toString() : answer.body.toString() };
  };
  return { ask, port, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function storedPages(connection: Connection, titleId: string): Promise<number> {
  return (await connection.db.selectFrom("title_page").select("variant").where("title_id", "=", titleId).execute()).length;
}

for (const engine of requestedDialects()) {
  describe(`title pages stored beside stored cards [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers a title page before the app from the page stored for its variant: the app's own headers and bytes", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        const ids = await seedSharedActorCatalog(connection, clock.now().toISOString());
        await processNotifications(connection, clock);
        const server = await coldServer(connection);
        try {
          for (const headers of [{}, browser, { ...browser, "accept-language": "de-DE" }, { ...browser, host: "cliff.example:8080" }] as Record<string, string>[]) {
            const first = await server.ask(`/titles/${ids.lantern}`, headers);
            assert.equal(first.status, 200);
            assert.ok(first.app, `the first page of a variant is the app's, made from the stored card (${JSON.stringify(headers)})`);
            const again = await server.ask(`/titles/${ids.lantern}`, headers);
            assert.equal(again.app, false, `the next reader of the same variant is answered from the stored page (${JSON.stringify(headers)})`);
            // The app's own answer to the same request: a cookie (no setting, no session) sends it there.
            const fromApp = await server.ask(`/titles/${ids.lantern}`, { ...headers, cookie: "a=b" });
            assert.ok(fromApp.app);
            assert.deepEqual({ status: again.status, headers: again.headers, body: again.body }, { status: fromApp.status, headers: fromApp.headers, body: fromApp.body }, "the same status, headers and bytes as the app's");
            assert.equal(again.headers["content-encoding"], headers["accept-encoding"] ? "br" : undefined);
            assert.match(String(again.headers["content-security-policy"]), /script-src 'self'/, "the security headers go with it");
            assert.match(String(again.headers.vary), /Accept-Language/);
          }
          assert.equal(await storedPages(connection, ids.lantern), 4, "one page per locale, origin and encoding");
          const german = await server.ask(`/titles/${ids.lantern}`, { ...browser, "accept-language": "de-DE" });
          const british = await server.ask(`/titles/${ids.lantern}`, browser);
          assert.equal(german.app || british.app, false);
          assert.match(german.text, /<option value="de-DE" selected/, "the German reader's page is the German one");
          assert.match(british.text, /<option value="en-GB" selected/);
          const elsewhere = await server.ask(`/titles/${ids.lantern}`, { ...browser, host: "cliff.example:8080" });
          assert.equal(elsewhere.app, false);
          assert.match(elsewhere.text, new RegExp(`<link rel="canonical" href="http://cliff\\.example:8080/titles/${ids.lantern}">`), "the canonical link of the address it was asked at");
          assert.match(british.text, new RegExp(`<link rel="canonical" href="http://127\\.0\\.0\\.1:${server.port}/titles/${ids.lantern}">`));

          // What the stored page cannot answer goes to the app.
          const etag = String(british.headers.etag);
          const conditional = await server.ask(`/titles/${ids.lantern}`, { ...browser, "if-none-match": etag });
          assert.deepEqual([conditional.status, conditional.app], [304, true], "a conditional request: the app's 304");
          for (const [label, p, headers] of [
            ["a session cookie", `/titles/${ids.lantern}`, { ...browser, cookie: "session=x" }],
            ["a token", `/titles/${ids.lantern}`, { ...browser, authorization: "Bearer x" }],
            ["gzip", `/titles/${ids.lantern}`, { ...browser, "accept-encoding": "gzip" }],
            ["a query", `/titles/${ids.lantern}?as-of=2026-01-01`, browser],
            ["a name", `/titles/Lantern%20Street`, browser],
          ] as [string, string, Record<string, string>][]) {
            const answer = await server.ask(p, headers);
            assert.equal(answer.status, 200, label);
            assert.ok(answer.app, `${label}: the app answers`);
          }
          assert.equal(await storedPages(connection, ids.lantern), 4, "and none of those is stored");
        } finally {
          await server.close();
        }
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("never sends a stored page after a write made its card untrue, and the pass deletes it with the card", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        const ids = await seedSharedActorCatalog(connection, clock.now().toISOString());
        await processNotifications(connection, clock);
        const server = await coldServer(connection);
        try {
          for (const id of [ids.lantern, ids.orchard, ids.copper]) {
            await server.ask(`/titles/${id}`, browser);
            assert.equal((await server.ask(`/titles/${id}`, browser)).app, false);
          }

          // News about Copper Tide, not yet seen by the pass: its stored page is not sent.
          await ingestArticle(connection, clock, { bytes: new TextEncoder().encode("Copper Tide Renewed for Season 2\n\nNetflix has officially renewed Copper Tide for a second season, the streamer announced on Monday."), label: "copper.txt", published: "2026-11-20", outlet: "Example News", title: "Copper Tide" }, 5_000_000);
          const copper = await server.ask(`/titles/${ids.copper}`, browser);
          assert.ok(copper.app, "the app answers at once, before the pass");
          assert.match(copper.text, /renewed/i, "with what was written");
          assert.equal((await server.ask(`/titles/${ids.lantern}`, browser)).app, false, "Lantern Street shares nobody with it: still its stored page");

          // An editor's change to an actor of Lantern Street and Glass Orchard.
          await addPersonAlias(connection.db, "Ola Brenn", "Ola Brennsen", editor);
          const lantern = await server.ask(`/titles/${ids.lantern}`, browser);
          assert.ok(lantern.app);
          assert.match(lantern.text, /Ola Brennsen/);

          // The pass drops the cards those writes touched, and their pages with them.
          await processNotifications(connection, clock);
          assert.equal(await storedPages(connection, ids.copper), 0);
          assert.equal(await storedPages(connection, ids.orchard), 0);
          const first = await server.ask(`/titles/${ids.copper}`, browser);
          assert.ok(first.app, "the page of the card stored again is made by the app");
          const stored = await server.ask(`/titles/${ids.copper}`, browser);
          assert.equal(stored.app, false, "and stored for the next reader");
          assert.match(stored.text, /renewed/i);
          assert.deepEqual(stored.body, first.body);
        } finally {
          await server.close();
        }

        // The next day, before the pass: the card and its pages are of the day before, and not sent.
        const tomorrow = fixedClock("2026-11-22T12:00:00Z");
        const nextDay = await coldServer(connection, tomorrow);
        try {
          assert.ok((await nextDay.ask(`/titles/${ids.copper}`, browser)).app);
          assert.ok((await nextDay.ask(`/titles/${ids.copper}`, browser)).app, "a page of another day is not sent");
          // The next day's pass stores the cards again for its day, and deletes the pages of the day before.
          await processNotifications(connection, tomorrow);
          assert.equal(await storedPages(connection, ids.lantern), 0);
          assert.ok((await nextDay.ask(`/titles/${ids.copper}`, browser)).app);
          assert.equal((await nextDay.ask(`/titles/${ids.copper}`, browser)).app, false, "then pages made from them are stored again");
        } finally {
          await nextDay.close();
        }
      } finally {
        await connection.close();
        await database.drop();
      }
    });
  });
}
