import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { dramaTitle, kdrama, parseList, parseListDate } from "../../src/imports/kdrama.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

const datasets = path.join(repoRoot, "test/fixtures/datasets");
const now = "2026-11-21T12:00:00.000Z";

describe("K-drama list values", () => {
  it("reads the lists' dates, Python-style lists and part labels", () => {
    assert.deepEqual(parseListDate("Dec 30, 2022"), { date: "2022-12-30", label: "30 Dec 2022", precision: "day" });
    assert.equal(parseListDate("Sep  7, 2019 - Sep 22, 2019")?.date, "2019-09-07");
    assert.equal(parseListDate("10-Sep-18")?.date, "2018-09-10");
    assert.equal(parseListDate("5-Jan-99")?.date, "1999-01-05");
    assert.equal(parseListDate("2022")?.precision, "year");
    assert.equal(parseListDate("soon"), null);
    assert.deepEqual(parseList("['WeTV', 'Netflix', 'Viki']"), ["WeTV", "Netflix", "Viki"]);
    assert.deepEqual(parseList("Netflix,  tvN "), ["Netflix", "tvN"]);
    assert.deepEqual(parseList("None"), []);
    assert.deepEqual(dramaTitle("The Glory Part 2"), { title: "The Glory", season: 1, part: 2 });
    assert.deepEqual(dramaTitle("Sweet Home Season 2"), { title: "Sweet Home", season: 2, part: null });
  });
});

for (const engine of requestedDialects()) {
  describe(`import kdrama [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("reads The Glory and The Glory Part 2 as two parts of one season, with cast and characters", async () => {
      await withMigratedDb(engine, async (connection) => {
        const list = await importFile(connection, kdrama, path.join(datasets, "kdrama-top100-slice.csv"), { now });
        assert.equal(list.layout, "top 100");
        assert.equal(list.rowsRejected, 0);
        const actors = await importFile(connection, kdrama, path.join(datasets, "kdrama-actors-slice.csv"), { now });
        assert.equal(actors.layout, "actors and characters");
        const titles = await connection.db.selectFrom("entity").select("name").where("kind", "=", "title").where("name", "like", "%Glory%").execute();
        assert.deepEqual(titles.map((t) => t.name), ["The Glory"], "one show, not two");
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "The Glory"), { asOf: null, today: "2026-11-21" });
        const season = card.seasons.find((s) => s.number === 1)!;
        assert.deepEqual(season.releases.map((r) => [r.part, r.when.value.date]), [[null, "2022-12-30"], [2, "2023-03-10"]]);
        assert.ok(card.cast.some((c) => /Park Sung Hoon/i.test(c.person.name) && c.character === "Jeon Jae Joon"));
        assert.ok(card.cast.some((c) => /Song Hye Kyo/i.test(c.person.name) && c.character === "Moon Dong Eun"));
        assert.ok(card.platforms.includes("Netflix"));
      });
    });

    it("reads kdramalist and the top 250 layout", async () => {
      await withMigratedDb(engine, async (connection) => {
        const list = await importFile(connection, kdrama, path.join(datasets, "kdramalist-slice.csv"), { now });
        assert.equal(list.layout, "kdramalist");
        assert.equal(list.rowsRejected, 0);
        const top = await importFile(connection, kdrama, path.join(datasets, "kdrama-top250-slice.csv"), { now });
        assert.equal(top.layout, "top 250");
        const dots = await getTitleCard(connection.db, await findTitle(connection.db, "Descendants of the Sun"), { asOf: null, today: "2026-11-21" });
        assert.ok(dots.crew.some((c) => c.job === "writer" && /Kim Eun Sook/i.test(c.person.name)));
        const cloy = await getTitleCard(connection.db, await findTitle(connection.db, "Crash Landing on You"), { asOf: null, today: "2026-11-21" });
        assert.equal(cloy.seasons[0]?.releases[0]?.when.value.date, "2019-12-14");
        assert.ok(cloy.platforms.includes("tvN"));
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`import netflix-titles [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("reads the Kaggle catalogue's rows: type, cast, director, country, date added, genres", async () => {
      const { netflixTitles } = await import("../../src/imports/netflix-titles.ts");
      const fs = await import("node:fs");
      const os = await import("node:os");
      const file = path.join(tempDir("cliff-nt"), "netflix_titles.csv");
      fs.writeFileSync(
        file,
        [
          "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description",
          's1,TV Show,Kingdom,Kim Seong-hun,"Ju Ji-hoon, Bae Doona, Ryu Seung-ryong",South Korea,"March 13, 2020",2020,TV-MA,2 Seasons,"International TV Shows, TV Horror","While strange rumors about their ill king grip a kingdom, the crown prince becomes their only hope."',
          "s2,Movie,Bad Row,,,,someday,20x0,PG,90 min,Dramas,Nothing",
        ].join("\n"),
      );
      await withMigratedDb(engine, async (connection) => {
        const summary = await importFile(connection, netflixTitles, file, { now });
        assert.deepEqual(summary.rejected.map((r) => [r.line, r.reason]), [[3, 'release_year "20x0" is not a year']]);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Kingdom"), { asOf: null, today: "2026-11-21" });
        assert.equal(card.country, "KR");
        assert.ok(card.cast.some((c) => c.person.name === "Bae Doona"));
        assert.ok(card.crew.some((c) => c.job === "director" && c.person.name === "Kim Seong-hun"));
        assert.ok(card.seasons.some((s) => s.number === 2 && s.status === "released"));
        // The date the catalogue added it is about the show, not an unnumbered season: the next is the third.
        assert.equal(card.nextSeason?.season, 3);
      });
    });
  });
}
