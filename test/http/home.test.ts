import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { createAppWithCache } from "../../src/http/app.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixTitles } from "../../src/imports/netflix-titles.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { homeSummaries, processNotifications } from "../../src/notify/notify.service.ts";
import type { Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { tempDir } from "../support/temp-dir.ts";

// Invented shows. A catalogue import of thirty titles that only restates what is out, and four
// articles with news: a renewal, a release date set and then moved, a cancellation.

const clock = fixedClock("2026-11-21T12:00:00Z");

function catalogue(): string {
  const rows = ["show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description"];
  for (let i = 1; i <= 30; i++) {
    rows.push(`s${i},TV Show,Quiet Archive ${String.fromCharCode(64 + (i % 26) + 1)}${i},,"Ola Brenn, Timo Sark",Norway,"March ${(i % 27) + 1}, 2019",2018,TV-14,${i % 3 === 0 ? "2 Seasons" : "1 Season"},"International TV Shows","A record of nothing much."`);
  }
  return rows.join("\n");
}

const articles: { text: string; published: string; title: string }[] = [
  {
    published: "2026-09-01",
    title: "Harbour Lights",
    text: "Harbour Lights Season 2 Release Date Set\n\nHarbour Lights season 2 premieres on Netflix on January 17, 2027, the streamer announced on Monday.",
  },
  {
    published: "2026-10-01",
    title: "Glass Orchard",
    text: "Glass Orchard Renewed for Season 2 at Peacock\n\nPeacock has officially renewed the mystery drama Glass Orchard for a second season, the streamer announced on Tuesday.",
  },
  {
    published: "2026-10-15",
    title: "Harbour Lights",
    text: "Harbour Lights Season 2 Pushed Back\n\nNetflix announced on Thursday that Harbour Lights season 2 will now premiere on February 7, 2027.",
  },
  {
    published: "2026-11-02",
    title: "Copper Tide",
    text: "Copper Tide Cancelled After One Season\n\nThe network has cancelled Copper Tide after one season, ending the coastal drama's run.",
  },
];

async function seed(connection: Connection) {
  const dir = tempDir("cliff-home");
  try {
    const file = path.join(dir, "netflix_titles.csv");
    fs.writeFileSync(file, catalogue());
    await importFile(connection, netflixTitles, file, { now: clock.now().toISOString() });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  for (const [i, a] of articles.entries()) {
    await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(a.text), label: `news-${i}.txt`, published: a.published, outlet: "Example News", title: a.title }, 5_000_000);
  }
  // The catalogue again, after the news: an import must not push the news off the page.
  const again = tempDir("cliff-home");
  try {
    const file = path.join(again, "netflix_titles_v2.csv");
    fs.writeFileSync(file, catalogue().replace(/A record of nothing much\./g, "A record of nothing at all."));
    await importFile(connection, netflixTitles, file, { now: clock.now().toISOString() });
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
  return createAppWithCache({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
}

/**
 * The home page once the cards it asked for are built: the first request after a change shows what
 * the store held (the titles' earlier summaries, or none), and queues the builds; the page after them
 * shows every title as it is now.
 */
async function settledPage({ app, home }: ReturnType<typeof createAppWithCache>): Promise<string> {
  await app.request("/");
  await home.idle();
  return (await app.request("/")).text();
}

/** The rows of one section of the home page, as text. */
function sectionRows(page: string, id: string): string[] {
  const start = page.indexOf(`id="${id}"`);
  assert.ok(start >= 0, `section ${id} is on the page`);
  const section = page.slice(start, page.indexOf("</section>", start));
  return [...section.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]!.replace(/<span class="vh">.*?<\/span>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()).filter((row) => !/^Known|^When|^Show/.test(row));
}

for (const engine of requestedDialects()) {
  describe(`the home page [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("lists what changed that matters, newest first, and no catalogue rows that only restate what is out", async () => {
      await withMigratedDb(engine, async (connection) => {
        const page = await settledPage(await seed(connection));
        const changes = sectionRows(page, "changes");
        assert.equal(changes.length, 3, changes.join("\n"));
        assert.equal(changes[0], "2 Nov 2026 Copper Tide Season 2 cancelled Example News");
        // The date of 1 Sep is the "more".
        assert.match(changes[1]!, /^15 Oct 2026 Harbour Lights Season 2 release date moved: 17 Jan 2027 → 7 Feb 2027 Example News and \d more$/);
        assert.equal(changes[2], "1 Oct 2026 Glass Orchard Season 2 renewed Example News");
        assert.doesNotMatch(page, /Quiet Archive/, "the catalogue's titles are not on the home page");
      });
    });

    it("lists what is coming, and next seasons with no 'not before' date in the past", async () => {
      await withMigratedDb(engine, async (connection) => {
        const page = await settledPage(await seed(connection));
        assert.deepEqual(sectionRows(page, "upcoming"), ["7 Feb 2027 Harbour Lights S2 confirmed"], "the date as it moved, not the first one");
        const next = sectionRows(page, "next-seasons");
        assert.ok(next.some((row) => /^Harbour Lights S2 scheduled 7 Feb 2027$/.test(row)), next.join("\n"));
        assert.ok(next.some((row) => /^Glass Orchard S2 renewed \w{3} 2027$/.test(row)), next.join("\n"));
        for (const row of next) {
          const year = row.match(/(\d{4})$/)?.[1];
          if (year) assert.ok(Number(year) >= 2026, `no past date: ${row}`);
        }
        assert.doesNotMatch(next.join("\n"), /Quiet Archive|S1 unconfirmed/);
      });
    });

    it("builds no card on the request: shows earlier summaries (or none) while the pass is behind, then the cards built after it", async () => {
      await withMigratedDb(engine, async (connection) => {
        const shows = ["Amber Causeway", "Basalt Choir", "Cinder Atlas", "Dune Ledger", "Ember Quarry", "Frost Meridian"];
        const say = async (show: string, day: number, label: string) =>
          ingestArticle(connection, clock, { bytes: new TextEncoder().encode(`${show} Season 2 Gets a Date\n\nPeacock said on Friday that ${show} season 2 premieres on March ${day}, 2027.`), label, published: "2026-11-10", outlet: "Example News", title: show }, 5_000_000);
        for (const [i, show] of shows.entries()) await say(show, 3 + i, `first-${i}.txt`);
        await processNotifications(connection, clock);
        // Every summary marked, then every show changed after the pass, and one show the pass has never seen.
        for (const row of await connection.db.selectFrom("title_state").select(["title_id", "summary_json"]).execute()) {
          const marked = shows.reduce((json, show) => json.replaceAll(`"${show}"`, `"${show}, as summed up"`), row.summary_json!);
          await connection.db.updateTable("title_state").set({ summary_json: marked }).where("title_id", "=", row.title_id).execute();
        }
        for (const [i, show] of shows.entries()) await say(show, 20 + i, `second-${i}.txt`);
        await say("Garnet Weir", 27, "new.txt");
        // With the response cache on: a page made before the builds must not be kept.
        const { app, home } = createAppWithCache({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
        const first = await (await app.request("/")).text();
        const rows = sectionRows(first, "upcoming");
        assert.equal(rows.length, shows.length, rows.join("\n"));
        assert.ok(rows.every((r) => /as summed up/.test(r)), `every show as the pass summed it up, no card built on the request:\n${rows.join("\n")}`);
        assert.ok(!rows.some((r) => /Garnet Weir/.test(r)), "a title never summed up has no row yet");
        assert.ok(sectionRows(first, "changes").some((r) => /Garnet Weir Season 2 release date set/.test(r)), "its change is listed all the same");

        await home.idle();
        const built = sectionRows(await (await app.request("/")).text(), "upcoming");
        assert.ok(!built.some((r) => /as summed up/.test(r)), `the cards built after the first page:\n${built.join("\n")}`);
        assert.equal(built.length, shows.length + 1, built.join("\n"));
        assert.ok(built.some((r) => /^27 Mar 2027 Garnet Weir S2/.test(r)), built.join("\n"));

        await processNotifications(connection, clock);
        const fresh = createAppWithCache({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
        const caughtUp = await (await fresh.app.request("/")).text();
        assert.deepEqual(sectionRows(caughtUp, "upcoming"), built, "the pass caught up: the same page from the store's summaries, at once");
      });
    });

    it("makes the same page from the notification pass's summaries as from the cards, builds the card of a title changed since, and keeps a new day's summary", async () => {
      await withMigratedDb(engine, async (connection) => {
        await seed(connection);
        const appOn = (day: string) => createAppWithCache({ connection, clock: fixedClock(`${day}T12:00:00Z`), config: loadConfig({ db: ":memory:" }, {}), log: silentLogger }, { cachedResponseBytes: 0, cachedCards: 0 });
        const page = async (day = "2026-11-21") => settledPage(appOn(day));
        const ids = await connection.db.selectFrom("entity").select(["id", "name"]).where("kind", "=", "title").execute();
        const idOf = (name: string) => ids.find((t) => t.name === name)!.id;
        const all = ids.map((t) => t.id);
        const fresh = async (day = "2026-11-21") => (await homeSummaries(connection.db, all, day)).fresh;
        assert.equal((await fresh()).size, 0, "no pass has run: every title's card is built, after the first page");
        const fromCards = await page();

        await processNotifications(connection, clock);
        for (const name of ["Harbour Lights", "Glass Orchard", "Copper Tide"]) assert.ok((await fresh()).has(idOf(name)), `${name} summed up by the pass`);
        assert.equal(await page(), fromCards, "the same page from the summaries");

        // The page reads the summaries: one altered in the store shows on the page.
        const harbour = idOf("Harbour Lights");
        const row = await connection.db.selectFrom("title_state").select("summary_json").where("title_id", "=", harbour).executeTakeFirstOrThrow();
        await connection.db.updateTable("title_state").set({ summary_json: row.summary_json!.replaceAll('"Harbour Lights"', '"Harbour Lights, as summed up"') }).where("title_id", "=", harbour).execute();
        assert.match(await page(), /Harbour Lights, as summed up/);
        await connection.db.updateTable("title_state").set({ summary_json: row.summary_json }).where("title_id", "=", harbour).execute();

        // Another day: yesterday's summaries are stale (an outlook reckons from the day); the cards are
        // built after the page, and their new summaries kept for the rest of that day.
        assert.equal((await fresh("2026-11-22")).size, 0);
        assert.ok((await homeSummaries(connection.db, all, "2026-11-22")).stale.has(harbour));
        await page("2026-11-22");
        for (let i = 0; i < 50 && !(await fresh("2026-11-22")).has(harbour); i++) await new Promise((resolve) => setTimeout(resolve, 20));
        assert.ok((await fresh("2026-11-22")).has(harbour), "the page kept the summary it made");

        // A change after the pass: that title's summary is not used, and the page shows the change.
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode("Glass Orchard Season 2 Gets a Date\n\nPeacock said on Friday that Glass Orchard season 2 premieres on March 5, 2027."), label: "news-late.txt", published: "2026-11-20", outlet: "Example News", title: "Glass Orchard" }, 5_000_000);
        const after = await homeSummaries(connection.db, all, "2026-11-21");
        assert.ok(!after.fresh.has(idOf("Glass Orchard")) && !after.stale.has(idOf("Glass Orchard")), "changed since the pass: neither fresh nor to be remembered");
        assert.ok((await fresh("2026-11-22")).has(harbour), "unchanged titles keep theirs");
        const changed = await page();
        assert.ok(sectionRows(changed, "upcoming").some((r) => /5 Mar 2027 Glass Orchard S2/.test(r)), sectionRows(changed, "upcoming").join("\n"));
      });
    });
  });
}
