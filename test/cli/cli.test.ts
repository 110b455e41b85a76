import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { runCli } from "../support/run-cli.ts";
import { migrationNames } from "../../src/storage/migrate.ts";

describe("cliffhanger CLI", () => {
  it("lists its commands in --help and exits 0", () => {
    const result = runCli(["--help"]);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /migrate/);
  });

  it("exits 1 with one line on a bad option", () => {
    const result = runCli(["migrate", "--no-such-option"]);
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split("\n").length, 1);
    assert.match(result.stderr, /unknown option '--no-such-option'/);
  });

  it("refuses a --cached-cards that is not a count", () => {
    const result = runCli(["serve", "--cached-cards", "lots"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--cached-cards must be a whole number, 0 or more, not "lots"/);
  });

  it("reports every bad setting at once and exits 1", () => {
    const result = runCli(["migrate"], { env: { CLIFFHANGER_DB: "ftp://nowhere", CLIFFHANGER_LOG_LEVEL: "loud" } });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /CLIFFHANGER_DB: must be a file path or a postgres:\/\/ URL/);
    assert.match(result.stderr, /CLIFFHANGER_LOG_LEVEL/);
  });

  for (const engine of requestedDialects()) {
    it(`migrate creates the schema in an empty ${engine} database, then finds it up to date`, { skip: unavailableReason(engine) }, async () => {
      const database = await createTestDatabase(engine);
      try {
        const first = runCli(["migrate", "--json", "--db", database.url]);
        assert.equal(first.status, 0, first.stderr);
        const parsed = JSON.parse(first.stdout) as { engine: string; applied: string[] };
        assert.equal(parsed.engine, engine);
        assert.deepEqual(parsed.applied, migrationNames().map((n) => `applied ${n}`));
        const second = runCli(["migrate", "--json"], { env: { CLIFFHANGER_DB: database.url } });
        assert.deepEqual((JSON.parse(second.stdout) as { applied: string[] }).applied, []);
      } finally {
        await database.drop();
      }
    });
  }
});

for (const engine of requestedDialects()) {
  describe(`cliffhanger people [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("adds an alias with who and why, shows it, and undoes it", async () => {
      const database = await createTestDatabase(engine);
      try {
        assert.equal(runCli(["ingest", "examples/articles", "--db", database.url]).status, 0);
        const added = runCli(["people", "alias", "add", "Song Hye Go", "송혜교", "--by", "ed", "--reason", "agency profile", "--json", "--db", database.url]);
        assert.equal(added.status, 0, added.stderr);
        const action = JSON.parse(added.stdout) as { actionId: string };
        const shown = JSON.parse(runCli(["people", "show", "송혜교", "--json", "--db", database.url]).stdout) as { name: string; hangul: string; actions: { actor: string; reason: string }[] };
        assert.equal(shown.name, "Song Hye-kyo");
        assert.equal(shown.hangul, "송혜교");
        assert.deepEqual(shown.actions.map((a) => [a.actor, a.reason]), [["ed", "agency profile"]]);
        assert.equal(runCli(["people", "undo", action.actionId, "--db", database.url]).status, 0);
        const unknown = runCli(["people", "show", "Nobody Here", "--db", database.url]);
        assert.equal(unknown.status, 1);
        assert.match(unknown.stderr, /no person named "Nobody Here"/);
      } finally {
        await database.drop();
      }
    });
  });
}
