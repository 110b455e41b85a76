import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, it } from "node:test";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { storeVersionReader } from "../../src/claims/change-event.repository.ts";
import { insertClaims, listClaimsBySource } from "../../src/claims/claim.repository.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

const dir = path.join(repoRoot, "test/fixtures/datasets/imdb");
const now = "2026-11-21T12:00:00.000Z";

function tsv(name: string, lines: string[]): string {
  const file = path.join(tempDir("cliff-imdb"), name);
  fs.writeFileSync(file, lines.join("\n"));
  return file;
}

for (const engine of requestedDialects()) {
  describe(`import imdb [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("joins principals (gzip), titles and names by their ids, in that order or any", async () => {
      await withMigratedDb(engine, async (connection) => {
        const principals = await importFile(connection, imdb, path.join(dir, "title.principals.tsv.gz"), { now });
        assert.equal(principals.layout, "title.principals");
        assert.equal(principals.rowsRejected, 0);
        await importFile(connection, imdb, path.join(dir, "title.basics.tsv"), { now });
        await importFile(connection, imdb, path.join(dir, "name.basics.tsv"), { now });
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Shadowtown"), { asOf: null, today: "2026-11-21" });
        assert.equal(card.kind, "film");
        assert.equal(card.nextSeason, null, "a film has no next season");
        assert.ok(card.cast.some((c) => c.person.name === "John Rhys-Davies" && c.character === "Einar"));
        assert.ok(card.crew.some((c) => c.job === "director" && c.person.name === "Jon Einarsson Gustafsson"));
        assert.ok(!card.aliases.some((a) => a.startsWith("imdb:")), "ids are not shown as names");
        assert.deepEqual(card.genres.sort(), ["drama", "mystery", "thriller"]);
      });
    });

    it("keeps credits as facts of their line (no claim rows), shows the row as their quote, and adds none twice", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        const header = "tconst\tordering\tnconst\tcategory\tjob\tcharacters";
        const rows = [header, 'tt9999921\t1\tnm9999921\tactress\t\\N\t["Mira","Mira\'s Double"]', "tt9999921\t2\tnm9999922\tdirector\t\\N\t\\N"];
        const first = await importFile(connection, imdb, tsv("title.principals.tsv", rows), { now });
        assert.equal(first.claimsAdded, 3, "two characters and a director");
        const facts = await db.selectFrom("dataset_fact").selectAll().orderBy("line").orderBy("n").execute();
        assert.deepEqual(facts.map((f) => [f.line, f.n, f.property, f.made_by]), [[2, 0, "cast-member", "imdb"], [2, 1, "cast-member", "imdb"], [3, 0, "crew-member", "imdb"]]);
        assert.equal(Number((await db.selectFrom("claim").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), 0, "no claim rows for credits");
        await importFile(connection, imdb, tsv("title.basics.tsv", ["tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres", "tt9999921\ttvSeries\tGlass Lake\tGlass Lake\t0\t2024\t\\N\t50\tDrama"]), { now });
        const card = await getTitleCard(db, await findTitle(db, "Glass Lake"), { asOf: null, today: "2026-11-21" });
        assert.deepEqual(card.cast.map((c) => c.character).sort(), ["Mira", "Mira's Double"]);
        assert.equal(card.cast[0]!.sources[0]!.quote, rows[1], "the quote is the row as read");
        assert.equal(card.crew.find((c) => c.job === "director")?.sources[0]?.quote, rows[2]);
        // Another copy of the same rows (another file: a later dump) adds no fact and no event.
        const events = await db.selectFrom("change_event").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
        const again = await importFile(connection, imdb, tsv("title.principals.tsv", [...rows, ""]), { now });
        assert.equal(again.status, "imported");
        assert.equal(again.claimsAdded, 0);
        assert.equal(Number((await db.selectFrom("dataset_fact").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), 3);
        assert.equal(Number((await db.selectFrom("change_event").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), Number(events.n));
      });
    });

    it("reads credits stored as claim rows before migration 0020 beside facts, and adds no fact a claim already holds", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        const principals = path.join(dir, "title.principals.tsv.gz");
        await importFile(connection, imdb, principals, { now });
        await importFile(connection, imdb, path.join(dir, "title.basics.tsv"), { now });
        const title = await findTitle(db, "Shadowtown");
        const today = { asOf: null, today: "2026-11-21" };
        const asFacts = await getTitleCard(db, title, today);
        // The store as an import before migration 0020 left it: the same credits as claim rows.
        const rows = await listClaimsBySource(db, (await db.selectFrom("dataset_fact").select("source_id").executeTakeFirstOrThrow()).source_id);
        await db.deleteFrom("dataset_fact").execute();
        const legacy = await insertClaims(db, rows.map((c) => ({ subjectId: c.subjectId, property: c.property, value: c.value, qualifiers: c.qualifiers, certainty: c.certainty, evidence: c.evidence, madeBy: c.madeBy, knownFrom: c.knownFrom })), now);
        assert.equal(legacy.length, rows.length);
        assert.deepEqual(await getTitleCard(db, title, today), asFacts, "the same card from claim rows");
        // The same rows in another file (a later dump): nothing added, the card as it was.
        const copy = tsv("title.principals.tsv", [...zlib.gunzipSync(fs.readFileSync(principals)).toString("utf8").trimEnd().split("\n"), ""]);
        assert.equal((await importFile(connection, imdb, copy, { now })).claimsAdded, 0);
        assert.equal(Number((await db.selectFrom("dataset_fact").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n), 0);
        assert.deepEqual(await getTitleCard(db, title, today), asFacts);
      });
    });

    it("an import that only adds names (akas) still moves the store's version, so cached answers are dropped", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, tsv("title.basics.tsv", ["tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres", "tt9999911\ttvSeries\tSalt Road\tSalt Road\t0\t2021\t\\N\t50\tDrama"]), { now });
        const version = storeVersionReader(connection.db);
        const before = await version();
        const akas = tsv("title.akas.tsv", ["titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle", "tt9999911\t1\tSoguem Gil\tKR\tko\t\\N\t\\N\t0", "tt9999911\t2\tSalt Road\tUS\ten\t\\N\t\\N\t0"]);
        await importFile(connection, imdb, akas, { now });
        const after = await version();
        assert.ok(after > before, `the version moved (${before} → ${after})`);
        const events = await connection.db.selectFrom("change_event").select(["kind", "entity_id", "payload_json"]).where("seq", ">", before).execute();
        assert.equal(events.length, 1, "one event for the one title that gained a name (the known name adds nothing)");
        assert.equal(events[0]!.kind, "aliases-added");
        assert.equal(events[0]!.entity_id, (await findTitle(connection.db, "Soguem Gil")).id);
        assert.deepEqual(JSON.parse(events[0]!.payload_json), { aliases: 1, kind: "imdb" });
        await importFile(connection, imdb, tsv("title.akas.tsv", ["titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle", "tt9999911\t3\tSoguem Gil\tKR\tko\t\\N\t\\N\t0"]), { now });
        assert.equal(await version(), after, "a file of names already known adds no event");
      });
    });

    it("reads akas, episodes, crew and ratings, and names bad rows", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, tsv("title.basics.tsv", ["tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres", "tt9999901\ttvSeries\tNight Harbor\tBam Hangu\t0\t2022\t\\N\t60\tDrama,Thriller", "tt9999902\ttvEpisode\tPilot\tPilot\t0\t2022\t\\N\t60\tDrama"]), { now });
        await importFile(connection, imdb, tsv("title.akas.tsv", ["titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle", "tt9999901\t1\t밤 항구\tKR\tko\t\\N\t\\N\t0"]), { now });
        const episodes = await importFile(connection, imdb, tsv("title.episode.tsv", ["tconst\tparentTconst\tseasonNumber\tepisodeNumber", ...Array.from({ length: 8 }, (_, i) => `tt88800${i}\ttt9999901\t1\t${i + 1}`), "tt888100\ttt9999901\t2\t1", "tt888101\tbad\t1\t1"]), { now });
        assert.deepEqual(episodes.rejected.map((r) => [r.line, r.reason]), [[11, 'parentTconst "bad" is not an IMDb title id']]);
        await importFile(connection, imdb, tsv("title.crew.tsv", ["tconst\tdirectors\twriters", "tt9999901\tnm9999901\tnm9999902,nm9999903"]), { now });
        await importFile(connection, imdb, tsv("title.ratings.tsv", ["tconst\taverageRating\tnumVotes", "tt9999901\t8.4\t12034"]), { now });
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "밤 항구"), { asOf: null, today: "2026-11-21" });
        assert.equal(card.title, "Night Harbor", "the Korean aka finds the show");
        assert.equal(card.seasons.find((s) => s.number === 1)?.episodeCount?.value, 8);
        assert.equal(card.seasons.find((s) => s.number === 2)?.episodeCount?.value, 1);
        assert.equal(card.crew.filter((c) => c.job === "writer").length, 2);
        assert.ok(card.ratings.some((r) => r.site === "IMDb" && r.value === 8.4 && r.label === "12,034 votes"));
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`where have I seen them [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("orders known-for titles by how widely watched they are, where a dataset says", async () => {
      await withMigratedDb(engine, async (connection) => {
        await importFile(connection, imdb, tsv("title.basics.tsv", ["tconst\ttitleType\ttitleType2\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres".replace("\ttitleType2", ""), "tt9999911\ttvSeries\tQuiet Show\tQuiet Show\t0\t2019\t\\N\t60\tDrama", "tt9999912\ttvSeries\tHit Show\tHit Show\t0\t2020\t\\N\t60\tDrama"]), { now });
        await importFile(connection, imdb, tsv("title.ratings.tsv", ["tconst\taverageRating\tnumVotes", "tt9999911\t7.0\t1200", "tt9999912\t8.0\t250000"]), { now });
        const { ingestArticle } = await import("../../src/ingest/pipeline.ts");
        const { fixedClock } = await import("../../src/app/clock.ts");
        const article = "New Show Cast Revealed\n\nNew Show stars Kim Min-ji as a detective.\n\nKim Min-ji is known for Quiet Show and Hit Show.";
        await ingestArticle(connection, fixedClock(now), { bytes: new TextEncoder().encode(article), label: "a.txt", published: "2024-01-01" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "New Show"), { asOf: null, today: "2026-11-21" });
        assert.deepEqual(card.cast[0]?.knownFor, ["Hit Show", "Quiet Show"]);
      });
    });
  });
}
