import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import type { TitleCard } from "../../src/cards/title-card.schema.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixEngagement } from "../../src/imports/netflix-engagement.ts";
import { deriveFigures, netflixTop10, weekStart } from "../../src/imports/netflix-top10.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import type { Connection } from "../../src/storage/db.ts";
import { createTestDatabase, requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot, runCli } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

const datasets = path.join(repoRoot, "test/fixtures/datasets");
const globalSlice = path.join(datasets, "netflix-top10-global-slice.tsv");
const now = "2026-11-21T12:00:00.000Z";

function tempFile(name: string, text: string): string {
  const dir = tempDir("cliff-import");
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function ingestSeeds(connection: Connection): Promise<void> {
  for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
    await ingestArticle(connection, fixedClock(now), { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
  }
}

async function glory(connection: Connection): Promise<TitleCard> {
  return getTitleCard(connection.db, await findTitle(connection.db, "The Glory"), { asOf: null, today: "2026-11-21" });
}

describe("netflix-top10 figures", () => {
  it("counts weeks in the top 10, weeks at #1 and the longest run, from weekly rows", () => {
    const rows = ["2022-12-26:3", "2023-01-02:1", "2023-01-09:2", "2023-03-06:1", "2023-03-13:1", "2023-03-20:1", "2023-03-27:2", "2023-04-03:1"].map((s) => {
      const [week, rank] = s.split(":");
      return { week: week!, rank: Number(rank), hours: 10, views: null, quote: "" };
    });
    const figures = new Map(deriveFigures(rows).map((f) => [`${f.property}/${f.scope}`, f]));
    assert.equal(figures.get("weeks-in-top-10/cumulative")?.value, 8);
    assert.equal(figures.get("weeks-at-number-1/cumulative")?.value, 5);
    assert.equal(figures.get("consecutive-weeks-at-number-1/cumulative")?.value, 3);
    assert.equal(figures.get("consecutive-weeks-at-number-1/cumulative")?.week, "2023-03-06");
    assert.equal(figures.get("rank/first-week")?.value, 3);
    assert.equal(figures.get("hours-viewed/cumulative")?.value, 80);
    assert.equal(weekStart("2023-01-01"), "2022-12-26");
  });
});

for (const engine of requestedDialects()) {
  describe(`import netflix-top10 [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("gives The Glory its weekly chart, derived runs, and corroborates the articles' figures, in either order", async () => {
      for (const order of ["import-first", "articles-first"] as const) {
        await withMigratedDb(engine, async (connection) => {
          if (order === "articles-first") await ingestSeeds(connection);
          const summary = await importFile(connection, netflixTop10, globalSlice, { now });
          assert.equal(summary.rowsRejected, 0);
          assert.equal(summary.rowsImported, 20);
          if (order === "import-first") await ingestSeeds(connection);
          const card = await glory(connection);
          const weekly = card.viewership.filter((m) => m.scope === "week" && m.list === "TV (Non-English)" && m.metric === "rank");
          assert.equal(weekly.length, 13, "13 weeks in the top 10 of TV (Non-English)");
          const find = (metric: string, scope: string, list: string | null) => card.viewership.find((m) => m.metric === metric && m.scope === scope && m.list === list);
          assert.equal(find("hours-viewed", "first-week", "TV (Non-English)")?.value, 25_410_000);
          assert.equal(find("hours-viewed", "first-week", "TV (Non-English)")?.week, "2022-12-26");
          assert.equal(find("rank", "first-week", "TV (Non-English)")?.value, 3);
          assert.equal(find("weeks-in-top-10", "cumulative", "TV (Non-English)")?.value, 13);
          assert.equal(find("weeks-at-number-1", "cumulative", "TV (Non-English)")?.value, 5);
          const run = find("consecutive-weeks-at-number-1", "cumulative", "TV (Non-English)");
          assert.equal(run?.value, 3);
          assert.equal(run?.week, "2023-03-06", "the run of the weeks ending 12, 19 and 26 March 2023");
          const articleHours = card.viewership.find((m) => m.metric === "hours-viewed" && m.scope === "first-week" && m.sources.some((s) => s.outlet === "The Direct"));
          assert.equal(articleHours?.corroborated, true, "the article's 25.41 million hours is corroborated");
          const articleRun = card.viewership.find((m) => m.metric === "consecutive-weeks-at-number-1" && m.sources.some((s) => s.outlet === "JayneStars"));
          assert.equal(articleRun?.corroborated, true, "the article's three consecutive weeks is corroborated");
        });
      }
    });

    it("adds nothing when the same file is imported again, and only the new weeks from an updated copy", async () => {
      await withMigratedDb(engine, async (connection) => {
        const first = await importFile(connection, netflixTop10, globalSlice, { now });
        const count = async () => Number((await connection.db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).where("retracted_at", "is", null).executeTakeFirstOrThrow()).n);
        const before = await count();
        const again = await importFile(connection, netflixTop10, globalSlice, { now });
        assert.equal(again.status, "already imported");
        assert.equal(await count(), before);
        const lines = fs.readFileSync(globalSlice, "utf8").split("\n");
        const updated = tempFile("all-weeks-global.tsv", [...lines, "2023-05-07\tTV (Non-English)\t10\tThe Glory\tThe Glory: Season 1\t5000000\t\t\t14"].join("\n"));
        const second = await importFile(connection, netflixTop10, updated, { now });
        assert.equal(second.claimsAdded, 2, "one new week: its rank and hours");
        const card = await glory(connection);
        assert.equal(card.viewership.find((m) => m.metric === "weeks-in-top-10" && m.scope === "cumulative")?.value, 14, "derived figures are recomputed when new weeks arrive");
        assert.equal(first.status, "imported");
      });
    });

    it("resumes an interrupted import without duplicating what it had written", async () => {
      await withMigratedDb(engine, async (connection) => {
        const first = await importFile(connection, netflixTop10, globalSlice, { now, batchSize: 5 });
        const total = first.claimsAdded;
        // As if the run had stopped after its first batches: status still running, later rows missing.
        await connection.db.updateTable("import_run").set({ status: "running" }).execute();
        const later = await connection.db.selectFrom("claim").select("id").where("made_by", "=", "netflix-top10").where("quote", "like", "2023-01-%").execute();
        await connection.db.deleteFrom("claim").where("id", "in", later.map((r) => r.id)).execute();
        const resumed = await importFile(connection, netflixTop10, globalSlice, { now, batchSize: 5 });
        assert.equal(resumed.status, "resumed");
        assert.equal(resumed.claimsAdded, later.length);
        const count = await connection.db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).where("made_by", "=", "netflix-top10").executeTakeFirstOrThrow();
        assert.equal(Number(count.n), total);
      });
    });

    it("reports bad rows with file, line and reason; --strict writes nothing", async () => {
      const bad = tempFile(
        "bad.tsv",
        ["week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed", "2023-01-01\tTV (Non-English)\t1\tGood Show\tGood Show: Season 1\t1000000", "2023-13-01\tTV (Non-English)\t2\tBad Week\tN/A\t5", "2023-01-01\tTV (Sideways)\t3\tBad List\tN/A\t5", "2023-01-01\tTV (English)\t11\tBad Rank\tN/A\t5", "2023-01-01\tTV (English)\t4\tBad Hours\tN/A\tlots"].join("\n"),
      );
      await withMigratedDb(engine, async (connection) => {
        await assert.rejects(importFile(connection, netflixTop10, bad, { now, strict: true }), /4 bad rows, nothing imported \(--strict\); first: line 3/);
        const sources = await connection.db.selectFrom("source").select("id").execute();
        assert.equal(sources.length, 0, "--strict wrote nothing");
        const summary = await importFile(connection, netflixTop10, bad, { now });
        assert.equal(summary.rowsImported, 1);
        assert.deepEqual(
          summary.rejected.map((r) => [path.basename(r.file), r.line, r.reason]),
          [
            ["bad.tsv", 3, 'week "2023-13-01" is not a date (YYYY-MM-DD)'],
            ["bad.tsv", 4, 'category "TV (Sideways)" is not one of Netflix\'s lists'],
            ["bad.tsv", 5, 'weekly_rank "11" is not 1–10'],
            ["bad.tsv", 6, 'weekly_hours_viewed "lots" is not a whole number'],
          ],
        );
      });
    });

    it("reads every published layout: hours only, staggered-launch columns, countries, most popular (28 and 91 days), engagement", async () => {
      const hoursOnly = tempFile("old.tsv", ["week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\tcumulative_weeks_in_top_10", "2022-01-02\tTV (Non-English)\t1\tAll of Us Are Dead\tAll of Us Are Dead: Season 1\t124790000\t1"].join("\n"));
      const staggered = tempFile("mid.tsv", ["week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10\tis_staggered_launch\tepisode_launch_details", "2023-07-02\tTV (English)\t1\tThe Witcher\tThe Witcher: Season 3\t50000000\t5.5\t9090909\t1\tTrue\tEpisodes 1-5"].join("\n"));
      await withMigratedDb(engine, async (connection) => {
        assert.equal((await importFile(connection, netflixTop10, hoursOnly, { now })).layout, "weekly global (hours only)");
        assert.equal((await importFile(connection, netflixTop10, staggered, { now })).layout, "weekly global (with staggered-launch columns)");
        const countries = await importFile(connection, netflixTop10, path.join(datasets, "netflix-top10-countries-slice.tsv"), { now });
        assert.equal(countries.layout, "weekly by country");
        assert.equal((await importFile(connection, netflixTop10, path.join(datasets, "netflix-top10-most-popular-28-days.tsv"), { now })).rowsRejected, 0);
        assert.equal((await importFile(connection, netflixTop10, path.join(datasets, "netflix-top10-most-popular-91-days.tsv"), { now })).layout, "most popular (first 91 days)");
        const squid = await getTitleCard(connection.db, await findTitle(connection.db, "Squid Game"), { asOf: null, today: "2026-11-21" });
        assert.ok(squid.viewership.some((m) => m.list === "KR" && m.metric === "weeks-at-number-1" && m.value === 2));
        const engagement = await importFile(connection, netflixEngagement(), path.join(datasets, "netflix-engagement-slice.tsv"), { now });
        assert.equal(engagement.rowsRejected, 0);
        const glorious = await getTitleCard(connection.db, await findTitle(connection.db, "더 글로리"), { asOf: null, today: "2026-11-21" });
        assert.equal(glorious.title, "The Glory", "the original-language title from the report finds the show");
        assert.equal(glorious.seasons[0]?.releases[0]?.when.value.date, "2022-12-30");
        assert.equal(glorious.seasons[0]?.releases[0]?.when.certainty, "confirmed");
        assert.notEqual((await findTitle(connection.db, "Glory")).id, glorious.id, "Glory (1989) is another title");
      });
    });

    it("reads the engagement report as Netflix publishes it, an Excel workbook", async () => {
      await withMigratedDb(engine, async (connection) => {
        const summary = await importFile(connection, netflixEngagement(), path.join(datasets, "netflix-engagement-slice.xlsx"), { now });
        assert.equal(summary.rowsImported, 2);
        assert.equal(summary.rowsRejected, 0);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "더 글로리"), { asOf: null, today: "2026-11-21" });
        assert.equal(card.title, "The Glory");
        assert.ok(card.aliases.includes("더 글로리"), "the original title without its season label");
        await assert.rejects(importFile(connection, netflixTop10, path.join(datasets, "netflix-engagement-slice.xlsx"), { now }), /a zip file \(an Excel workbook\?\), not text/);
      });
    });

    it("refuses a file of another kind at its header", async () => {
      await withMigratedDb(engine, async (connection) => {
        await assert.rejects(importFile(connection, netflixTop10, path.join(datasets, "netflix-engagement-slice.tsv"), { now }), /netflix-engagement-slice.tsv: header is not a Netflix Top 10 file/);
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`cliffhanger import [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("imports from the command line and names an unknown kind", async () => {
      const database = await createTestDatabase(engine);
      try {
        const ok = runCli(["import", "netflix-top10", globalSlice, "--json", "--db", database.url]);
        assert.equal(ok.status, 0, ok.stderr);
        assert.equal((JSON.parse(ok.stdout) as { rowsImported: number }).rowsImported, 20);
        const unknown = runCli(["import", "spreadsheet", globalSlice, "--db", database.url]);
        assert.equal(unknown.status, 1);
        assert.match(unknown.stderr, /unknown dataset kind "spreadsheet"; one of: netflix-top10, netflix-engagement/);
      } finally {
        await database.drop();
      }
    });
  });
}
