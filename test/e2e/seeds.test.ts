import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { fixedClock } from "../../src/app/clock.ts";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { findTitle } from "../../src/catalog/find-title.ts";
import { titleCardJsonSchema, type TitleCard } from "../../src/cards/title-card.schema.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import { createTestDatabase, requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { unmet, type Expectation } from "../support/expectations.ts";
import { repoRoot, runCli } from "../support/run-cli.ts";

const articles = path.join(repoRoot, "examples/articles");
const files = fs.readdirSync(articles).filter((f) => f.endsWith(".txt")).sort();
const expected = JSON.parse(fs.readFileSync(path.join(repoRoot, "test/fixtures/seeds/expected.json"), "utf8")) as { title: string; facts: Expectation[]; not: Expectation[] };
const clock = fixedClock("2026-11-21T12:00:00Z");
const orders = [files, [...files].reverse(), [files[1]!, files[2]!, files[0]!]];

for (const engine of requestedDialects()) {
  describe(`seed articles end to end [${engine}]`, { skip: unavailableReason(engine) }, () => {
    for (const order of orders) {
      it(`ingests ${order.map((f) => f.slice(0, 3)).join(", ")} and the card holds every expected fact and none of the traps`, async () => {
        await withMigratedDb(engine, async (connection) => {
          for (const file of order) {
            const result = await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(articles, file)), label: file }, 5_000_000);
            assert.equal(result.duplicate, false);
            assert.ok(result.claimsAdded > 5, `${file} yields claims`);
          }
          const card = await getTitleCard(connection.db, await findTitle(connection.db, expected.title), { asOf: null, today: "2026-11-21" });
          assert.deepEqual(unmet(card, expected), []);
          // EXPECTED.md: "Lee Do-hyun, 28" in The Direct, which gives no date: the age with its basis, not aged forward.
          assert.match(card.nextSeason?.signals.find((s) => s.kind === "cast-availability")?.summary ?? "", /^Lee Do-hyun \(28 in an article of 2023 or later\)/);
        });
      });
    }

    it("adds nothing when the same article is ingested twice", async () => {
      await withMigratedDb(engine, async (connection) => {
        const bytes = fs.readFileSync(path.join(articles, files[0]!));
        const first = await ingestArticle(connection, clock, { bytes, label: files[0]! }, 5_000_000);
        const count = async () => Number((await connection.db.selectFrom("claim").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
        const claims = await count();
        const second = await ingestArticle(connection, clock, { bytes, label: files[0]! }, 5_000_000);
        assert.equal(second.duplicate, true);
        assert.equal(second.sourceId, first.sourceId);
        assert.equal(await count(), claims);
      });
    });

    it("as of 2022-09-26 shows season 1 scheduled for 30 Dec 2022, subject to change, and none of the 2023 risks", async () => {
      await withMigratedDb(engine, async (connection) => {
        for (const file of files) await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(articles, file)), label: file }, 5_000_000);
        const card = await getTitleCard(connection.db, await findTitle(connection.db, "the glory"), { asOf: "2022-09-26", today: "2026-11-21" });
        const season = card.seasons.find((s) => s.number === 1)!;
        assert.equal(season.status, "scheduled");
        assert.equal(season.releases[0]!.when.value.date, "2022-12-30");
        assert.equal(season.releases[0]!.when.hedge, "subject to change");
        assert.ok(!card.nextSeason?.signals.some((s) => s.kind === "controversy" || s.kind === "cast-availability"));
        assert.ok(!card.timeline.some((e) => e.date.date > "2022-09-26"));
        assert.equal(card.sources.length, 1);
        assert.ok(card.notes?.some((n) => /left out of this past view/.test(n)), "the card says an undated source was left out");
      });
    });
  });
}

for (const engine of requestedDialects()) {
  describe(`cliffhanger show --json [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("prints the card as the published JSON Schema describes it, and names the nearest titles for an unknown one", async () => {
      const database = await createTestDatabase(engine);
      try {
        const ingest = runCli(["ingest", articles, "--json", "--db", database.url]);
        assert.equal(ingest.status, 0, ingest.stderr);
        const shown = runCli(["show", "THE GLORY", "--json", "--db", database.url]);
        assert.equal(shown.status, 0, shown.stderr);
        const card = JSON.parse(shown.stdout) as TitleCard;
        const validate = new Ajv2020({ allErrors: true, strict: false }).compile(titleCardJsonSchema());
        assert.ok(validate(card), JSON.stringify(validate.errors?.slice(0, 3)));
        assert.deepEqual(unmet(card, expected), [], "the command prints the card the end-to-end test checks");
        const spelled = runCli(["show", "Glory Season 2", "--json", "--db", database.url]);
        assert.equal((JSON.parse(spelled.stdout) as { title: string }).title, "The Glory", "without its article and with a season label, the show is found");
        const near = runCli(["show", "The Glori", "--db", database.url]);
        assert.equal(near.status, 1);
        assert.match(near.stderr, /unknown title "The Glori"; nearest: The Glory/);
        const missing = runCli(["show", "Squid Game", "--db", database.url]);
        assert.equal(missing.status, 1);
        assert.match(missing.stderr, /unknown title "Squid Game"/);
      } finally {
        await database.drop();
      }
    });
  });
}
