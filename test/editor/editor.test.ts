import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { addPersonAlias, describePerson, findPerson, mergePeople, removePersonAlias, splitPerson, undoAction } from "../../src/editor/editor.service.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";

const editor = { actor: "test-editor", reason: "checked against the agency's profile", now: "2026-11-21T12:00:00.000Z" };
const clock = fixedClock("2026-11-21T12:00:00Z");
const moving = `Moving Season 2 Update

Disney+ has renewed Moving for a second season.

The series stars Ryu Seung-ryong as Jang Ju-won and Han Hyo-joo as Lee Mi-hyun.`;
const another = `Lawyer Drama Premieres

Disney+ has confirmed the legal series Big Bet will premiere on December 21, 2022.

The series stars Ryu Seung-yong as a casino owner named Cha Moo-sik.`;

for (const engine of requestedDialects()) {
  describe(`people editing [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("merges two spellings the resolver kept apart, and undoes the merge", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(moving), label: "moving.txt", published: "2024-01-01" }, 5_000_000);
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(another), label: "bigbet.txt", published: "2022-11-01" }, 5_000_000);
        const a = await findPerson(db, "Ryu Seung-ryong");
        const b = await findPerson(db, "Ryu Seung-yong");
        assert.notEqual(a.id, b.id, "two different names stay two people");
        const merge = await mergePeople(db, a.id, b.id, editor);
        assert.equal((await findPerson(db, "Ryu Seung-yong")).id, a.id, "the merged spelling now finds the survivor");
        const described = await describePerson(db, a.id);
        assert.deepEqual(described.credits.map((c) => c.title).sort(), ["Big Bet", "Moving"]);
        assert.equal(described.actions[0]?.actor, "test-editor");
        assert.equal(described.actions[0]?.reason, "checked against the agency's profile");
        await undoAction(db, merge.actionId, editor);
        assert.equal((await findPerson(db, "Ryu Seung-yong")).id, b.id, "undo restores both people");
        await assert.rejects(undoAction(db, merge.actionId, editor), /already undone/);
      });
    });

    it("adds and removes aliases, with a Hangul spelling becoming the person's Hangul name", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(moving), label: "moving.txt", published: "2024-01-01" }, 5_000_000);
        const added = await addPersonAlias(db, "Han Hyo-joo", "한효주", editor);
        const person = await findPerson(db, "한효주");
        assert.equal(person.hangul, "한효주");
        await removePersonAlias(db, "Han Hyo-joo", "Han Hyo-joo", editor);
        assert.ok(!(await describePerson(db, person.id)).aliases.includes("Han Hyo-joo"));
        await undoAction(db, added.actionId, editor);
        assert.equal((await findPerson(db, person.id)).hangul, null);
      });
    });

    it("splits a person's credits on one title off to a new person, keeping the old claims retracted", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
          await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
        }
        const title = await findTitle(db, "The Glory");
        const split = await splitPerson(db, "Park Sung-hoon", { titleId: title.id, name: "Park Sung-hoon (b. 1985)" }, editor);
        assert.match(split.summary, /claims moved/);
        const card = await getTitleCard(db, title, { asOf: null, today: "2026-11-21" });
        assert.ok(card.cast.some((c) => c.person.name === "Park Sung-hoon (b. 1985)"));
        const retracted = await db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).where("retracted_at", "is not", null).executeTakeFirstOrThrow();
        assert.ok(Number(retracted.n) > 0, "the moved claims are retracted, not deleted");
        await undoAction(db, split.actionId, editor);
        const restored = await getTitleCard(db, title, { asOf: null, today: "2026-11-21" });
        assert.ok(restored.cast.some((c) => /^Park Sung[- ]?Hoon$/i.test(c.person.name)));
        assert.ok(!restored.cast.some((c) => c.person.name === "Park Sung-hoon (b. 1985)"));
      });
    });

    it("splits a credit a dataset holds as a fact of its line: the fact is retracted, its copy a claim, and undo brings it back", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        const dir = path.join(repoRoot, "test/fixtures/datasets/imdb");
        for (const file of ["title.principals.tsv.gz", "title.basics.tsv", "name.basics.tsv"]) await importFile(connection, imdb, path.join(dir, file), { now: editor.now });
        const title = await findTitle(db, "Shadowtown");
        const live = () => db.selectFrom("dataset_fact").select((eb) => eb.fn.countAll<number>().as("n")).where("retracted_at", "is", null).executeTakeFirstOrThrow().then((r) => Number(r.n));
        const before = await live();
        const split = await splitPerson(db, "John Rhys-Davies", { titleId: title.id, name: "John Rhys-Davies (II)" }, editor);
        assert.match(split.summary, /^1 claims moved/);
        assert.equal(await live(), before - 1, "the fact is retracted, not deleted");
        const card = await getTitleCard(db, title, { asOf: null, today: "2026-11-21" });
        assert.ok(card.cast.some((c) => c.person.name === "John Rhys-Davies (II)" && c.character === "Einar"));
        assert.ok(!card.cast.some((c) => c.person.name === "John Rhys-Davies"));
        assert.deepEqual((await describePerson(db, "John Rhys-Davies (II)")).credits.map((c) => c.title), ["Shadowtown"]);
        await undoAction(db, split.actionId, editor);
        assert.equal(await live(), before);
        const restored = await getTitleCard(db, title, { asOf: null, today: "2026-11-21" });
        assert.ok(restored.cast.some((c) => c.person.name === "John Rhys-Davies" && c.character === "Einar"));
        assert.ok(!restored.cast.some((c) => c.person.name === "John Rhys-Davies (II)"));
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`namesakes [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("keeps two people of one name apart when their ages say they were born years apart", async () => {
      await withMigratedDb(engine, async (connection) => {
        const first = "Night Court Returns\n\nNight Court season 2 premieres on March 3, 2024.\n\nThe series stars Park Sung-hoon, 38, as a judge.";
        const second = "Idol Drama Premieres\n\nIdol Story premieres on June 1, 2024, on Netflix.\n\nThe series stars Park Sung-hoon, 21, as a trainee.";
        const third = "Night Court Renewed\n\nNight Court has been renewed for a third season.\n\nThe series stars Park Sung-hoon as a judge.";
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(first), label: "a.txt", published: "2024-01-10" }, 5_000_000);
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(second), label: "b.txt", published: "2024-05-10" }, 5_000_000);
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(third), label: "c.txt", published: "2024-06-10" }, 5_000_000);
        const people = await connection.db.selectFrom("entity").select(["id"]).where("kind", "=", "person").execute();
        assert.equal(people.length, 2, "the 21-year-old is not the 38-year-old");
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Night Court"), { asOf: null, today: "2024-07-01" });
        assert.equal(card.cast.length, 1, "the third article's credit joins the first article's person on the same show");
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`titles [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("reads a title with its subtitle as the same show", async () => {
      await withMigratedDb(engine, async (connection) => {
        const a = "Money Heist: Korea Renewed\n\nNetflix has renewed Money Heist: Korea for a second part, the streamer announced.";
        const b = "Money Heist: Korea – Joint Economic Area Part 2 Date\n\nMoney Heist: Korea – Joint Economic Area Part 2 premieres on December 9, 2022, on Netflix.";
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(a), label: "a.txt", published: "2022-07-01", title: "Money Heist: Korea" }, 5_000_000);
        await ingestArticle(connection, clock, { bytes: new TextEncoder().encode(b), label: "b.txt", published: "2022-11-01", title: "Money Heist: Korea – Joint Economic Area" }, 5_000_000);
        const titles = await connection.db.selectFrom("entity").select("name").where("kind", "=", "title").execute();
        assert.deepEqual(titles.map((t) => t.name), ["Money Heist: Korea"]);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "Money Heist: Korea – Joint Economic Area"), { asOf: null, today: "2022-11-02" });
        assert.ok(card.aliases.includes("Money Heist: Korea – Joint Economic Area"));
      });
    });
  });
}
