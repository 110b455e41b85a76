import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { titlePage } from "../../src/http/pages/title-page.ts";
import fs from "node:fs";
import path from "node:path";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { repoRoot } from "../support/run-cli.ts";
import type { Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

// Invented shows: the outlook states no season number and no earliest date that nothing supports.

const clock = fixedClock("2026-11-21T12:00:00Z");

async function cardOf(connection: Connection, text: string, published: string, title: string) {
  await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: "article.txt", published, outlet: "Test" }, 5_000_000);
  return getTitleCard(connection.db, await findTitle(connection.db, title), { asOf: null, today: "2026-11-21" });
}

for (const engine of requestedDialects()) {
  describe(`the next-season outlook when the season is not known [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("a date put about and denied is no release, but a signal of the outlook; a renewal report answered by a denial is no event", async () => {
      await withMigratedDb(engine, async (connection) => {
        const card = await cardOf(
          connection,
          [
            "Network on 'Cinder Lane' season 2 reports: nothing has been decided",
            "Cinder Lane premiered on ENA on September 24 and aired 12 episodes.",
            "On Tuesday morning, a media outlet reported that the hit drama Cinder Lane had been renewed for a second season.",
            'Hours later, ENA responded, "Nothing has been decided regarding a second season."',
            "Fans on social media claim that season 2 will premiere on February 14 next year.",
            'An ENA official said the date "has no basis."',
          ].join("\n\n"),
          "2025-12-03",
          "Cinder Lane",
        );
        const second = card.seasons.find((s) => s.number === 2);
        assert.deepEqual(second?.releases ?? [], [], "no release for season 2");
        assert.ok(!card.timeline.some((e) => e.kind === "renewed"), JSON.stringify(card.timeline));
        assert.equal(card.nextSeason?.season, 2);
        assert.equal(card.nextSeason?.status, "unconfirmed");
        assert.ok(card.nextSeason?.signals.some((s) => s.kind === "denied-date" && /14 Feb 2026/.test(s.summary)), JSON.stringify(card.nextSeason?.signals));
      });
    });

    it("a long-running show back in production, its season unnumbered, is not season 1", async () => {
      await withMigratedDb(engine, async (connection) => {
        const card = await cardOf(
          connection,
          [
            "Ironwood Heights cast returns to set in Vancouver",
            "The long-running fantasy drama Ironwood Heights is back in production, with cameras rolling in Vancouver this month on the saga's next chapter.",
            "Stars Dana Whitlock and Corin Vale were spotted on location, Peacock said.",
          ].join("\n\n"),
          "2026-10-02",
          "Ironwood Heights",
        );
        assert.deepEqual(card.seasons.map((s) => s.number), [], "no season is numbered");
        assert.ok(card.nextSeason);
        assert.equal(card.nextSeason.season, null);
        assert.equal(card.nextSeason.status, "filming");
        assert.ok(card.nextSeason.reasoning?.some((r) => /which season comes next is not known/i.test(r)));
        // The shoot is dated, so a bound follows from it: filming began Oct 2026, and a season takes 10 months from there.
        assert.equal(card.nextSeason.earliest?.label, "Aug 2027");
        const page = String(await titlePage(card, { asOf: null }));
        assert.match(page, /Next season: filming/);
        assert.match(page, /The sources do not say which season comes next/);
        assert.doesNotMatch(page, /Season 1/);
      });
    });

    it("a show known only from casting news has no season number and no earliest date", async () => {
      await withMigratedDb(engine, async (connection) => {
        const card = await cardOf(connection, ["Dana Whitlock joins Ironwood Heights", "Dana Whitlock has joined the cast of the fantasy drama Ironwood Heights as Mara Quill, Peacock said on Monday."].join("\n\n"), "2026-10-02", "Ironwood Heights");
        assert.ok(card.cast.some((c) => c.person.name === "Dana Whitlock"), "the article was read");
        assert.ok(card.nextSeason);
        assert.equal(card.nextSeason.season, null);
        assert.equal(card.nextSeason.status, "unconfirmed");
        assert.equal(card.nextSeason.earliest, null);
      });
    });

    it("a release date that has gone by with no release on record is no 'not before' date", async () => {
      await withMigratedDb(engine, async (connection) => {
        const card = await cardOf(connection, ["Ironwood Heights season 2 set for spring", "Ironwood Heights season 2 will premiere on Peacock in March 2024, the streamer said."].join("\n\n"), "2024-01-05", "Ironwood Heights");
        assert.equal(card.nextSeason?.season, 2);
        assert.equal(card.nextSeason?.earliest?.label, "Nov 2026", "not before today, not March 2024");
        assert.ok(card.nextSeason?.reasoning?.some((r) => /Mar 2024, has passed with no release on record/.test(r)));
      });
    });

    it("a production put on hold whose shoot is planned for later has not begun filming", async () => {
      await withMigratedDb(engine, async (connection) => {
        const text = [
          "Ironwood Heights season 2 waits for its lead",
          "Peacock confirmed a second season of Ironwood Heights in February 2024, but production was put on hold until its lead returns from military service.",
          "Season 2 is set to begin filming in the second half of next year, the producers said.",
        ].join("\n\n");
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: "article.txt", published: "2025-11-18", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Ironwood Heights"), { asOf: "2025-11-18", today: "2026-11-21" });
        assert.equal(card.nextSeason?.season, 2);
        assert.notEqual(card.nextSeason?.status, "filming");
        assert.notEqual(card.seasons.find((s) => s.number === 2)?.status, "filming");
      });
    });

    it("a shoot expected to begin later in the article's month has not begun", async () => {
      await withMigratedDb(engine, async (connection) => {
        const text = [
          "Ironwood Heights third series ordered",
          "ITV has commissioned a third series of the detective drama Ironwood Heights. Filming on series three is expected to begin in Glasgow later this month, a production source said.",
        ].join("\n\n");
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: "article.txt", published: "2026-02-12", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Ironwood Heights"), { asOf: "2026-02-12", today: "2026-11-21" });
        assert.equal(card.nextSeason?.season, 3);
        assert.notEqual(card.seasons.find((s) => s.number === 3)?.status, "filming");
        // Once the month is over, the planned start counts as begun.
        const later = await getTitleCard(connection.db, await findTitle(connection.db, "Ironwood Heights"), { asOf: "2026-03-05", today: "2026-11-21" });
        assert.equal(later.seasons.find((s) => s.number === 3)?.status, "filming");
      });
    });

    it("the network's own \"nothing has been decided\" outweighs a reported renewal and a rumoured date", async () => {
      await withMigratedDb(engine, async (connection) => {
        const text = [
          "Peacock on 'Ironwood Heights' season 2 reports: nothing decided",
          "On the 2nd, a media outlet reported that Ironwood Heights had been renewed for a second season and that filming would begin in March next year.",
          "Hours later, Peacock responded, \"Nothing has been decided regarding a second season of Ironwood Heights.\"",
          "Rumours on social media claim season 2 of Ironwood Heights will premiere on February 14 next year.",
        ].join("\n\n");
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(text), label: "article.txt", published: "2025-12-03", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Ironwood Heights"), { asOf: "2025-12-03", today: "2026-11-21" });
        assert.equal(card.nextSeason?.season, 2);
        assert.equal(card.nextSeason?.status, "unconfirmed");
        assert.equal(card.seasons.find((s) => s.number === 2)?.status ?? "unconfirmed", "unconfirmed");
      });
    });

    it("a season the sources discuss is the one the outlook is about", async () => {
      await withMigratedDb(engine, async (connection) => {
        const card = await cardOf(connection, ["Will Ironwood Heights return?", "There is no word yet on a second season of Ironwood Heights, which Peacock streams."].join("\n\n"), "2026-10-02", "Ironwood Heights");
        assert.equal(card.nextSeason?.season, 2);
        assert.equal(card.nextSeason?.status, "unconfirmed");
      });
    });
  });
}

const enlistment = (dated: boolean) =>
  [
    "Ashen Vow season 2 faces a wait",
    "Kwon Do-yoon plays Ma Jun-seo in Ashen Vow. Kwon Do-yoon, 28, has yet to complete his mandatory military service.",
    // An undated article's date is inferred from the newest event it names: not before March 2023.
    dated ? "Filming on the first season wrapped last spring." : "Filming on the first season wrapped in March 2023.",
  ].join("\n\n");

for (const engine of requestedDialects()) {
  describe(`an age in the outlook [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("is the age an undated article gives, with its basis, not aged forward from the inferred date", async () => {
      await withMigratedDb(engine, async (connection) => {
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(enlistment(false)), label: "undated.txt", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Ashen Vow"), { asOf: null, today: "2026-11-21" });
        const signal = card.nextSeason?.signals.find((s) => s.kind === "cast-availability");
        assert.ok(signal, JSON.stringify(card.nextSeason?.signals));
        assert.match(signal.summary, /^Kwon Do-yoon \(28 in an article of 2023 or later\) has not completed/);
      });
    });

    it("names the article's date when it has one", async () => {
      await withMigratedDb(engine, async (connection) => {
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(enlistment(true)), label: "dated.txt", published: "2023-03-14", outlet: "Test" }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Ashen Vow"), { asOf: null, today: "2026-11-21" });
        const signal = card.nextSeason?.signals.find((s) => s.kind === "cast-availability");
        assert.match(signal?.summary ?? "", /^Kwon Do-yoon \(28 in an article of 14 Mar 2023\) has not completed/);
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`viewership in the outlook [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("is one line per source and list once the Top 10 is imported, the weeks folded under it", async () => {
      await withMigratedDb(engine, async (connection) => {
        for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
          await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
        }
        await importFile(connection, netflixTop10, path.join(repoRoot, "test/fixtures/datasets/netflix-top10-global-slice.tsv"), { now: clock.now().toISOString() });
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "The Glory"), { asOf: null, today: "2026-11-21" });
        const viewership = card.nextSeason!.signals.filter((s) => s.kind === "viewership");
        const lines = viewership.map((s) => s.summary);
        // The Direct (first week), JayneStars (global list) and the Top 10 (its list): three lines, not one per week.
        assert.equal(viewership.length, 3, lines.join("\n"));
        assert.equal(new Set(viewership.map((s) => `${s.sources[0]!.id}|${s.summary.split(":")[0]}`)).size, 3);
        const chart = viewership.find((s) => s.sources.some((src) => src.outlet === "Netflix Top 10"))!;
        assert.match(chart.summary, /^Netflix Top 10, TV \(Non-English\) list: best rank #1, 13 weeks in the top 10, 5 weeks at #1 \(3 in a row\), 560\.99 million hours in total/);
        assert.equal(chart.details?.filter((d) => d.startsWith("week of ")).length, 13);
        const page = String(await titlePage(card, { asOf: null }));
        const outlook = page.slice(page.indexOf('id="outlook"'), page.indexOf('id="timeline"'));
        assert.equal(outlook.match(/<li class="signal positive" data-kind="viewership">/g)?.length, 3);
        assert.match(outlook, /<details><summary>\d+ figures behind it<\/summary><ul><li>best rank #1<\/li>/);
        assert.match(outlook, /<li>week of <time datetime="2023-01-02">2 Jan 2023<\/time>: ranked #1, 82\.48 million hours viewed<\/li>/);
      });
    });
  });
}
