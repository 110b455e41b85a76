import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { insertClaims } from "../../src/claims/claim.repository.ts";
import { createChangeLog, recordChangeEvents, storeVersionReader } from "../../src/claims/change-event.repository.ts";
import { addPersonAlias, undoAction } from "../../src/editor/editor.service.ts";
import { createApp } from "../../src/http/app.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import type { Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { ClaimReads } from "../support/claim-reads.ts";
import { seedSharedActorCatalog } from "../support/shared-actor-catalog.ts";
import { tempDir } from "../support/temp-dir.ts";

// Invented shows: two that share an actor, and one that shares nobody with them.
const clock = fixedClock("2026-11-21T12:00:00Z");
const editor = { actor: "test", reason: null, now: clock.now().toISOString() };


async function seed(connection: Connection): Promise<Record<"lantern" | "orchard" | "copper" | "salt" | "ola", string>> {
  return seedSharedActorCatalog(connection, clock.now().toISOString(), { withSaltHarbour: true });
}

for (const engine of requestedDialects()) {
  describe(`cards and pages kept across writes about other titles [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("keeps a title's card and page through writes that touch none of its entities, and drops them at one that does", async () => {
      await withMigratedDb(engine, async (connection) => {
        const ids = await seed(connection);
        const reads = new ClaimReads();
        const app = createApp({ connection: { ...connection, db: connection.db.withPlugin(reads) }, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
        const get = async (url: string) => {
          const before = reads.count;
          const response = await app.request(url);
          assert.equal(response.status, 200, url);
          return { body: await response.text(), etag: response.headers.get("etag"), built: reads.count > before };
        };
        const lanternCard = await get(`/api/titles/${ids.lantern}`);
        assert.ok(lanternCard.built);
        const lanternPage = await get(`/titles/${ids.lantern}`);
        await get(`/api/titles/${ids.copper}`);
        assert.equal((await get(`/api/titles/${ids.lantern}`)).built, false, "asked again with nothing written: kept");

        // News about a title that shares nobody with Lantern Street.
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode("Copper Tide Renewed for Season 2\n\nNetflix has officially renewed Copper Tide for a second season, the streamer announced on Monday."), label: "copper.txt", published: "2026-11-20", outlet: "Example News", title: "Copper Tide" }, 5_000_000);
        const keptCard = await get(`/api/titles/${ids.lantern}`);
        assert.equal(keptCard.built, false, "Lantern Street's card is kept");
        assert.equal(keptCard.etag, lanternCard.etag);
        assert.equal((await get(`/titles/${ids.lantern}`)).built, false, "and its page");
        const copper = await get(`/api/titles/${ids.copper}`);
        assert.ok(copper.built, "Copper Tide's card is built again");
        assert.match(copper.body, /"renewed"/, "and says what was written");

        // An editor's change to an actor of Lantern Street (and of Glass Orchard).
        const alias = await addPersonAlias(connection.db, "Ola Brenn", "Ola Brennsen", editor);
        const afterAlias = await get(`/api/titles/${ids.lantern}`);
        assert.ok(afterAlias.built, "a change to one of its people drops the card");
        assert.ok((await get(`/titles/${ids.lantern}`)).built === false, "the page is made from the card just built");
        assert.notEqual(lanternPage.etag, null);
        assert.equal((await get(`/api/titles/${ids.copper}`)).built, false, "Copper Tide does not cast Ola Brenn: kept");

        // An undo names no entity: everything kept is dropped.
        await undoAction(connection.db, alias.actionId, editor);
        assert.ok((await get(`/api/titles/${ids.copper}`)).built, "after an undo every card is built again");
      });
    });

    it("reads which entities the writes between two versions touched, from the event, its claim and its payload", async () => {
      await withMigratedDb(engine, async (connection) => {
        const ids = await seed(connection);
        const db = connection.db;
        const version = storeVersionReader(db);
        const log = createChangeLog(db);
        // The catalogue's credits are facts of its lines (dataset_fact), which no event names by id: a
        // claim row crediting Ola Brenn on Lantern Street, as an article's would be (no event of its own).
        const [credit] = await insertClaims(db, [{ subjectId: ids.lantern, property: "cast-member", value: { type: "entity", entityId: ids.ola }, qualifiers: {}, certainty: "reported", evidence: { sourceId: (await db.selectFrom("source").select("id").executeTakeFirstOrThrow()).id, quote: "Ola Brenn stars.", start: null, end: null }, madeBy: { kind: "extractor", name: "test", version: "1" }, knownFrom: null }], editor.now);
        assert.ok(credit);
        const start = await version();
        assert.equal(await log.unchanged(start, start, [ids.lantern]), true, "no write, no change");
        // A claim about Ola Brenn, recorded by a write about Glass Orchard (as an article about one show names an actor's other news).
        const claim = await db.selectFrom("claim").select("id").where("value_entity_id", "=", ids.ola).where("subject_id", "=", ids.lantern).executeTakeFirstOrThrow();
        assert.equal(claim.id, credit.id);
        await recordChangeEvents(db, [{ kind: "claim-added", entityId: ids.orchard, claimId: claim.id, sourceId: null, payload: {} }], editor.now);
        const one = await version();
        assert.equal(await log.unchanged(start, one, [ids.copper]), true, "the first question sets where the log starts");
        assert.equal(await log.unchanged(start, one, [ids.orchard]), false);
        assert.equal(await log.unchanged(start - 1, one, [ids.copper]), false, "what changed before the log's start is not vouched for");
        await recordChangeEvents(db, [{ kind: "claim-added", entityId: ids.orchard, claimId: claim.id, sourceId: null, payload: {} }], editor.now);
        const two = await version();
        assert.equal(await log.unchanged(one, two, [ids.copper]), true, "Copper Tide untouched");
        assert.equal(await log.unchanged(one, two, [ids.orchard]), false, "the event's own entity");
        assert.equal(await log.unchanged(one, two, [ids.ola]), false, "the claim's value");
        assert.equal(await log.unchanged(one, two, [ids.lantern]), false, "the claim's subject");
        await recordChangeEvents(db, [{ kind: "people-merged", entityId: ids.copper, claimId: null, sourceId: null, payload: { merged: ids.ola } }], editor.now);
        const three = await version();
        assert.equal(await log.unchanged(two, three, [ids.ola]), false, "an id in the payload");
        assert.equal(await log.unchanged(two, three, [ids.orchard]), true);
        await recordChangeEvents(db, [{ kind: "editor-undo", entityId: null, claimId: null, sourceId: null, payload: {} }], editor.now);
        assert.equal(await log.unchanged(three, await version(), [ids.orchard]), false, "an event naming no entity changes everything");
      });
    });

    it("drops a kept card when an article about another show renames one of its people, or when an import derives new figures for it", async () => {
      await withMigratedDb(engine, async (connection) => {
        const ids = await seed(connection);
        const reads = new ClaimReads();
        const app = createApp({ connection: { ...connection, db: connection.db.withPlugin(reads) }, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
        const card = async (id: string) => {
          const before = reads.count;
          const response = await app.request(`/api/titles/${id}`);
          assert.equal(response.status, 200);
          return { body: await response.text(), built: reads.count > before };
        };
        assert.match((await card(ids.salt)).body, /Han Jimin/);
        assert.equal((await card(ids.salt)).built, false);

        // An article about Copper Tide names Salt Harbour's lead in the hyphenated spelling the resolver prefers for display.
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode("Han Ji-min Joins Copper Tide\n\nHan Ji-min has joined the cast of Copper Tide, Netflix announced on Monday. Han Ji-min will play a lighthouse keeper."), label: "copper-cast.txt", published: "2026-11-20", outlet: "Example News", title: "Copper Tide" }, 5_000_000);
        const person = await connection.db.selectFrom("entity").select(["id", "name"]).where("kind", "=", "person").where("name", "like", "Han Ji%").execute();
        assert.equal(person.length, 1, "one person, found by either spelling");
        assert.equal(person[0]!.name, "Han Ji-min");
        const events = await connection.db.selectFrom("change_event").select("kind").where("entity_id", "=", person[0]!.id).execute();
        assert.ok(events.some((e) => e.kind === "entity-updated"), "the rename is a change event naming the person");
        const salt = await card(ids.salt);
        assert.ok(salt.built, "Salt Harbour's card is built again");
        assert.match(salt.body, /Han Ji-min/);

        // Netflix Top 10 weeks: the derived figures (weeks in the list, best rank) move with each new week.
        const dir = tempDir("cliff-kept-top10");
        const week = (day: string, rank: number) => `${day}\tTV (English)\t${rank}\tLantern Street\tLantern Street: Season 1\t1000000\t\t\t1`;
        const header = "week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10";
        fs.writeFileSync(path.join(dir, "a.tsv"), [header, week("2026-11-08", 5)].join("\n"));
        fs.writeFileSync(path.join(dir, "b.tsv"), [header, week("2026-11-15", 2)].join("\n"));
        await importFile(connection, netflixTop10, path.join(dir, "a.tsv"), { now: clock.now().toISOString() });
        assert.ok((await card(ids.lantern)).built);
        assert.equal((await card(ids.copper)).built, true, "built once after the ingest above");
        assert.equal((await card(ids.copper)).built, false);
        await importFile(connection, netflixTop10, path.join(dir, "b.tsv"), { now: clock.now().toISOString() });
        const derived = await connection.db.selectFrom("change_event").select("kind").where("entity_id", "=", ids.lantern).where("kind", "=", "figures-derived").execute();
        assert.ok(derived.length >= 1, "the derived figures' change is an event naming the title");
        const lantern = await card(ids.lantern);
        assert.ok(lantern.built, "Lantern Street's card is built again");
        assert.equal((await card(ids.copper)).built, false, "Copper Tide's is kept");
      });
    });
  });
}
