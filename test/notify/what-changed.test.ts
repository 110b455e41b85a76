import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { describeChange } from "../../src/notify/changes.ts";
import { processNotifications } from "../../src/notify/notify.service.ts";
import { createUser } from "../../src/accounts/user.repository.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { follow, followsWithAnswers, notificationsFor } from "../../src/notify/follow.repository.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";

const clock = fixedClock("2026-11-21T12:00:00Z");

interface Step {
  text: string;
  url: string;
  outlet: string;
  published: string;
  /** The notifications this step must make, in words (each a pattern), and nothing else. */
  expect: RegExp[];
}

const renewed = "The Glory Season 2 Confirmed\n\nNetflix has officially renewed The Glory for a second season, the streamer announced on Monday.";
const dated = "The Glory Season 2 Release Date\n\nNetflix confirmed that The Glory season 2 will premiere on March 10, 2027.";
const sameDateOtherQuote = "The Glory Season 2 Date\n\nThe Glory season 2 will premiere on Netflix on March 10, 2027, Netflix confirmed.";
const moved = "The Glory Season 2 Delayed\n\nNetflix confirmed that The Glory season 2 has been moved to April 7, 2027.";
const rumour = "The Glory Season 2 Rumour\n\nA fan forum speculates that The Glory season 2 could arrive sometime in 2028.";

/** Event sequences on the demo store (the bundled examples), each step with what it must tell. */
const sequences: { name: string; steps: Step[] }[] = [
  {
    name: "a renewal tells once; the same article again, and the same text at its URL, tell nothing",
    steps: [
      { text: renewed, url: "https://news.example/renewed", outlet: "Example News", published: "2026-11-11", expect: [/^The Glory: Season 2: renewed \(was unconfirmed\)\. Source: Example News/] },
      { text: renewed, url: "https://news.example/renewed", outlet: "Example News", published: "2026-11-11", expect: [] },
      { text: renewed, url: "https://news.example/renewed", outlet: "Example News", published: "2026-11-12", expect: [] },
    ],
  },
  {
    name: "a date set tells once; a new quote for the same value tells nothing; a moved date tells from what to what",
    steps: [
      { text: dated, url: "https://news.example/date", outlet: "Example News", published: "2026-11-11", expect: [/Season 2: scheduled/, /Season 2 release set: 10 Mar 2027 \(confirmed\)\. Source: Example News: "Netflix confirmed/] },
      { text: sameDateOtherQuote, url: "https://other.example/date", outlet: "Other Daily", published: "2026-11-12", expect: [] },
      { text: moved, url: "https://news.example/moved", outlet: "Example News", published: "2026-11-13", expect: [/^The Glory: Season 2 release moved from 10 Mar 2027 to 7 Apr 2027 \(confirmed\)\. Source: Example News: "Netflix confirmed that The Glory season 2 has been moved/] },
    ],
  },
  {
    name: "a claim that loses to a better-sourced one already known tells nothing",
    steps: [
      { text: dated, url: "https://news.example/date", outlet: "Example News", published: "2026-11-11", expect: [/Season 2: scheduled/, /release set: 10 Mar 2027/] },
      { text: rumour, url: "https://forum.example/rumour", outlet: "Fan Forum", published: "2026-11-12", expect: [] },
    ],
  },
  {
    name: "a window then a day within it narrows; an equally good source with another day is a conflict",
    steps: [
      { text: "The Glory Season 2 Window\n\nNetflix confirmed that The Glory season 2 will premiere in the first half of 2027.", url: "https://news.example/window", outlet: "Example News", published: "2026-11-10", expect: [/Season 2: scheduled/, /Season 2 release set: H1 2027 \(confirmed\)/] },
      { text: dated, url: "https://news.example/date", outlet: "Example News", published: "2026-11-11", expect: [/^The Glory: Season 2 release narrowed from H1 2027 to 10 Mar 2027 \(confirmed\)\. Source: Example News/] },
      { text: dated.replace("March 10", "March 17"), url: "https://other.example/date", outlet: "Other Daily", published: "2026-11-11", expect: [/^The Glory: Sources disagree: Season 2: 10 Mar 2027 or 17 Mar 2027\. Source: Other Daily/] },
    ],
  },
  {
    name: "a cast member joins; a controversy and a strike are risks, each told once",
    steps: [
      { text: "The Glory Season 2 Casting\n\nLee Jung-jae has joined the cast of The Glory season 2, Netflix confirmed.", url: "https://news.example/cast", outlet: "Example News", published: "2026-11-10", expect: [/^The Glory: Lee Jung-jae joins the cast\. Source: Example News/] },
      { text: "The Glory Star in Controversy\n\nThe Glory actress Song Hye-kyo is facing a controversy over a past remark, her agency said.", url: "https://news.example/risk", outlet: "Example News", published: "2026-11-11", expect: [/^The Glory: Risk: cast member Song Hye-kyo faces a controversy\. Source: Example News/] },
      { text: "Song Hye-kyo Controversy Grows\n\nThe Glory actress Song Hye-kyo is facing a controversy over a past remark, a second outlet reported.", url: "https://other.example/risk", outlet: "Other Daily", published: "2026-11-12", expect: [] },
      { text: "Strike Hits Korean Dramas\n\nA writers' strike has halted production of The Glory season 2, Netflix said.", url: "https://news.example/strike", outlet: "Example News", published: "2026-11-13", expect: [/Season 2: filming/, /^The Glory: Risk: strike reported\. Source: Example News/] },
    ],
  },
];

async function demoStore(connection: Connection) {
  for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
    await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
  }
  return processNotifications(connection, clock);
}

for (const engine of requestedDialects()) {
  describe(`what changed [${engine}]`, { skip: unavailableReason(engine) }, () => {
    for (const sequence of sequences) {
      it(sequence.name, async () => {
        await withMigratedDb(engine, async (connection) => {
          const seeded = await demoStore(connection);
          assert.ok(seeded.notifications.some((n) => n.payload.kind === "release-set" && n.payload.season === 1), "a new title's dates are told once, on the changes feed");
          assert.equal((await processNotifications(connection, clock)).notifications.length, 0, "a pass with no new event tells nothing");
          for (const [i, step] of sequence.steps.entries()) {
            await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(step.text), label: `step ${i}`, url: step.url, outlet: step.outlet, published: step.published }, 5_000_000);
            const told = (await processNotifications(connection, clock)).notifications.map((n) => describeChange(n.payload).text);
            assert.equal(told.length, step.expect.length, `step ${i}: told ${JSON.stringify(told)}`);
            for (const pattern of step.expect) assert.ok(told.some((t) => pattern.test(t)), `step ${i}: ${pattern} in ${JSON.stringify(told)}`);
          }
        });
      });
    }

    it("two processes reading the same events tell each change once", async () => {
      await withMigratedDb(engine, async (connection, url) => {
        await demoStore(connection);
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(renewed), label: "renewed", url: "https://news.example/renewed", outlet: "Example News", published: "2026-11-11" }, 5_000_000);
        const other = connect(url);
        try {
          const [a, b] = await Promise.all([processNotifications(connection, clock), processNotifications(other, clock)]);
          assert.equal(a.notifications.length + b.notifications.length, 1, "one of them tells it");
          assert.equal(Number((await connection.db.selectFrom("notification").select((eb) => eb.fn.countAll().as("n")).where("kind", "=", "season-status").where("season", "=", 2).executeTakeFirstOrThrow()).n), 1);
        } finally {
          await other.close();
        }
      });
    });

    it("the release day coming within N days is told once to the question that asks it", async () => {
      await withMigratedDb(engine, async (connection) => {
        await demoStore(connection);
        const user = await createUser(connection.db, { username: "reader1", password: "a long password 1", role: "reader" }, clock.now().toISOString());
        const glory = await findTitle(connection.db, "The Glory");
        await follow(connection.db, user.id, glory.id, { kind: "release-within", season: 2, part: null, days: 30 }, clock.now().toISOString());
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(dated), label: "dated", url: "https://news.example/date", outlet: "Example News", published: "2026-11-11" }, 5_000_000);
        await processNotifications(connection, clock);
        assert.deepEqual(await notificationsFor(connection.db, user.id), [], "10 Mar 2027 is not within 30 days of 21 Nov 2026");
        const february = fixedClock("2027-02-20T09:00:00Z");
        const near = (await processNotifications(connection, february)).notifications;
        assert.deepEqual(near.map((n) => describeChange(n.payload).title), ["The Glory: Season 2 comes out in 18 days: 10 Mar 2027"]);
        assert.equal((await processNotifications(connection, fixedClock("2027-02-21T09:00:00Z"))).notifications.length, 0, "once");
        assert.equal((await notificationsFor(connection.db, user.id)).length, 1);
        const [answer] = await followsWithAnswers(connection.db, user.id, february);
        assert.equal(answer!.answer, "yes: 10 Mar 2027, in 18 days");
      });
    });

    it("a store that existed before notifications sees its titles anew without telling", async () => {
      await withMigratedDb(engine, async (connection) => {
        for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
          await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
        }
        // As migration 0012 leaves an existing store: the cursor and the baseline at its last event.
        const last = await connection.db.selectFrom("change_event").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirstOrThrow();
        await connection.db.updateTable("notify_cursor").set({ seq: Number(last.seq), baseline_seq: Number(last.seq) }).execute();
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(renewed), label: "renewed", url: "https://news.example/renewed", outlet: "Example News", published: "2026-11-11" }, 5_000_000);
        const told = (await processNotifications(connection, clock)).notifications;
        assert.deepEqual(told, [], "the first change of an old title only records its state");
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(dated), label: "dated", url: "https://news.example/date", outlet: "Example News", published: "2026-11-12" }, 5_000_000);
        const next = (await processNotifications(connection, clock)).notifications.map((n) => n.payload.kind);
        assert.deepEqual(next.sort(), ["release-set", "season-status"]);
      });
    });
  });
}
