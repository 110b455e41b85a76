import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import type { CompiledQuery } from "kysely";
import pg from "pg";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { readStoredCard } from "../../src/cards/stored-card.repository.ts";
import { addPersonAlias } from "../../src/editor/editor.service.ts";
import { createApp, createAppWithCache } from "../../src/http/app.ts";
import { nodeListener } from "../../src/http/node-listener.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { ClaimReads } from "../support/claim-reads.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { seedSharedActorCatalog } from "../support/shared-actor-catalog.ts";

// Invented shows: two that share an actor, and one that shares nobody with them.
const clock = fixedClock("2026-11-21T12:00:00Z");
const editor = { actor: "test", reason: null, now: clock.now().toISOString() };

async function seed(connection: Connection): Promise<Record<"lantern" | "orchard" | "copper" | "ola", string>> {
  return seedSharedActorCatalog(connection, clock.now().toISOString());
}

/** An app that keeps nothing in memory (`serve --cached-cards 0 --cached-responses-mb 0`): every request is cold. */
function coldApp(connection: Connection, day = clock) {
  const reads = new ClaimReads();
  const app = createApp({ connection: { ...connection, db: connection.db.withPlugin(reads) }, clock: day, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger }, { cachedCards: 0, cachedResponseBytes: 0 });
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const before = reads.count;
    const response = await app.request(url, { headers });
    assert.equal(response.status, 200, url);
    const bytes = Buffer.from(await response.arrayBuffer());
    const body = response.headers.get("content-encoding") === "br" ? zlib.brotliDecompressSync(bytes).toString() : bytes.toString();
    return { body, etag: response.headers.get("etag"), encoding: response.headers.get("content-encoding"), vary: response.headers.get("vary"), built: reads.count > before };
  };
  return get;
}

for (const engine of requestedDialects()) {
  describe(`cards stored by the notification pass [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers a cold request from the stored card, the same bytes as a card built for it, and never after a write made it untrue", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        const ids = await seed(connection);
        const get = coldApp(connection);
        const built = { json: await get(`/api/titles/${ids.lantern}`), br: await get(`/api/titles/${ids.lantern}`, { "accept-encoding": "br" }), page: await get(`/titles/${ids.lantern}`) };
        assert.ok(built.json.built && built.page.built, "nothing stored before the pass: built");

        await processNotifications(connection, clock);
        const json = await get(`/api/titles/${ids.lantern}`);
        assert.equal(json.built, false, "the pass stored it: no claim is read");
        assert.equal(json.body, built.json.body);
        assert.equal(json.etag, built.json.etag);
        const br = await get(`/api/titles/${ids.lantern}`, { "accept-encoding": "gzip, br" });
        assert.equal(br.built, false);
        assert.equal(br.encoding, "br", "the bytes compressed when it was stored");
        assert.equal(br.body, built.json.body);
        assert.deepEqual([br.etag, br.vary], [built.br.etag, built.br.vary], "tagged as the compression middleware tags it");
        const page = await get(`/titles/${ids.lantern}`);
        assert.equal(page.built, false, "the page is made from the stored card");
        assert.equal(page.body, built.page.body);

        // News about Copper Tide, not yet seen by the pass: its stored card is not served.
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode("Copper Tide Renewed for Season 2\n\nNetflix has officially renewed Copper Tide for a second season, the streamer announced on Monday."), label: "copper.txt", published: "2026-11-20", outlet: "Example News", title: "Copper Tide" }, 5_000_000);
        const copper = await get(`/api/titles/${ids.copper}`);
        assert.ok(copper.built, "Copper Tide's card is built again at once");
        assert.match(copper.body, /"renewed"/, "and shows what was written");
        assert.equal((await get(`/api/titles/${ids.lantern}`)).built, false, "Lantern Street shares nobody with it: still the stored card");

        // An editor's change to an actor of Lantern Street: the stored card is not served, before or after the pass.
        await addPersonAlias(connection.db, "Ola Brenn", "Ola Brennsen", editor);
        const afterAlias = await get(`/api/titles/${ids.lantern}`);
        assert.ok(afterAlias.built, "a change to one of its people: built");
        assert.match(afterAlias.body, /Ola Brennsen/);
        await processNotifications(connection, clock);
        assert.equal(await readStoredCard(connection.db, ids.lantern), undefined, "the pass dropped the card it had stored");
        assert.equal(await readStoredCard(connection.db, ids.orchard), undefined, "and Glass Orchard's, which casts her too");
        assert.match((await get(`/api/titles/${ids.lantern}`)).body, /Ola Brennsen/);
        const storedCopper = await readStoredCard(connection.db, ids.copper);
        assert.ok(storedCopper && /"renewed"/.test(storedCopper.json()), "Copper Tide's new card is stored");
        assert.equal((await get(`/api/titles/${ids.copper}`)).built, false);

        // A card is built as of a day: the next day, the stored one is not served.
        const nextDay = fixedClock("2026-11-22T12:00:00Z");
        const tomorrow = coldApp(connection, nextDay);
        const builtTomorrow = await tomorrow(`/api/titles/${ids.copper}`);
        assert.ok(builtTomorrow.built, "a card stored for another day is built again");
        // The pass of the next day builds the stored cards of the day before again, for its day.
        await processNotifications(connection, nextDay);
        assert.equal((await readStoredCard(connection.db, ids.copper))?.day, "2026-11-22");
        const restamped = await tomorrow(`/api/titles/${ids.copper}`);
        assert.equal(restamped.built, false, "and they are served again");
        assert.equal(restamped.body, builtTomorrow.body);
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("answers a stored card before the app, with the app's own headers and bytes, and leaves to the app what it cannot answer", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        const ids = await seed(connection);
        await processNotifications(connection, clock);
        const { app, responses, storedCards } = createAppWithCache({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger }, { cachedCards: 0, cachedResponseBytes: 0 });
        let reachedApp = 0;
        const server = http.createServer(
          nodeListener(responses, (request, env) => {
            reachedApp += 1;
            return app.fetch(request, env);
          }, { stored: storedCards }),
        );
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        // Node's own client: fetch would decode the bytes, and these compare them as sent.
        const get = (p: string, headers: Record<string, string> = {}) =>
          new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
            http.get(base + p, { headers }, (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (chunk: Buffer) => chunks.push(chunk));
              res.on("end", () => {
                const { date: _date, connection: _connection, "keep-alive": _keepAlive, ...rest } = res.headers;
                resolve({ status: res.statusCode!, headers: rest, body: Buffer.concat(chunks) });
              });
            }).on("error", reject);
          });
        try {
          for (const headers of [{}, { "accept-encoding": "gzip, deflate, br, zstd" }] as Record<string, string>[]) {
            const before = reachedApp;
            const first = await get(`/api/titles/${ids.lantern}`, headers);
            assert.equal(first.status, 200);
            assert.equal(reachedApp, before + 1, "the first answer of its kind is the app's: its headers are learned");
            const again = await get(`/api/titles/${ids.orchard}`, headers);
            assert.equal(reachedApp, before + 1, "another title's stored card never reached the app");
            const fromApp = await get(`/api/titles/${ids.orchard}`, { ...headers, cookie: "a=b" });
            assert.equal(reachedApp, before + 2, "a request with a cookie goes to the app");
            assert.deepEqual(again, fromApp, "the same status, headers and bytes as the app's own answer");
          }
          const reached = reachedApp;
          await get(`/api/titles/${ids.copper}`, { "accept-encoding": "gzip" });
          await get(`/api/titles/${ids.copper}?as-of=2026-01-01`);
          await get(`/api/titles/Copper%20Tide`);
          assert.equal(reachedApp, reached + 3, "gzip, an as-of day and a title asked for by name go to the app");

          // A write that touches the card, not yet seen by the pass: the app answers, with the change.
          await addPersonAlias(connection.db, "Ola Brenn", "Ola Brennsen", editor);
          const changed = await get(`/api/titles/${ids.lantern}`);
          assert.equal(reachedApp, reached + 4);
          assert.match(changed.body.toString(), /Ola Brennsen/);
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("reads a stored card, and drops those a write touched, through indexes", async () => {
      const database = await createTestDatabase(engine);
      try {
        const setup = connect(database.url);
        await migrateToLatest(setup);
        const ids = await seed(setup);
        await setup.close();
        const seen = new Map<string, readonly unknown[]>();
        const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void seen.set(query.sql, query.parameters) });
        try {
          await processNotifications(connection, clock);
          assert.ok(await readStoredCard(connection.db, ids.copper));
          await addPersonAlias(connection.db, "Ola Brenn", "Ola Brennsen", editor);
          await processNotifications(connection, clock);
        } finally {
          await connection.close();
        }
        const statements = [...seen].filter(([text]) => /title_card/.test(text));
        assert.ok(statements.some(([text]) => /^select/i.test(text)) && statements.some(([text]) => /^delete/i.test(text)), statements.map(([t]) => t).join("\n"));
        const scans: string[] = [];
        if (engine === "sqlite") {
          const plans = new Sqlite(database.url, { readonly: true });
          for (const [text, parameters] of statements) {
            if (!/^(select|delete)/i.test(text)) continue;
            for (const row of plans.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(parameters as unknown[])) as { detail: string }[]) if (/^SCAN (?!\(subquery)(?!CONSTANT ROW)/.test(row.detail)) scans.push(`${row.detail}: ${text}`);
          }
          plans.close();
        } else {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            await client.query("SET enable_seqscan = off");
            for (const [text, parameters] of statements) {
              if (!/^(select|delete)/i.test(text)) continue;
              const result = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${text}`, parameters as unknown[]);
              const walk = (node: PlanNode) => {
                if (node["Node Type"] === "Seq Scan") scans.push(`Seq Scan on ${node["Relation Name"]}: ${text}`);
                for (const child of node.Plans ?? []) walk(child);
              };
              walk(result.rows[0]!["QUERY PLAN"][0]!.Plan);
            }
          } finally {
            await client.end();
          }
        }
        assert.deepEqual(scans, []);
      } finally {
        await database.drop();
      }
    });
  });
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}
