import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTitle } from "../../src/catalog/find-title.ts";
import { search } from "../../src/catalog/catalog.service.ts";
import { findAliasesByKeyHalves } from "../../src/entities/alias-search.repository.ts";
import { addAlias, createEntity } from "../../src/entities/entity.repository.ts";
import { titleKey } from "../../src/ingest/resolve/resolve-entities.ts";
import { nameKey } from "../../src/names/match-names.ts";
import type { Db } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { runCli } from "../support/run-cli.ts";

const now = "2026-11-21T12:00:00.000Z";

/** A small catalog whose names crowd each other as real ones do: a title with and without "The", near titles, a person. */
async function seed(db: Db): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const title = async (label: string, names: string[], subtype = "series") => {
    const entity = await createEntity(db, { kind: "title", name: names[0]!, subtype }, now);
    for (const name of names) await addAlias(db, { entityId: entity.id, name, key: titleKey(name), origin: "importer", sourceId: null }, now);
    ids[label] = entity.id;
  };
  await title("theGlory", ["The Glory", "더 글로리"]);
  await title("glory", ["Glory"], "film");
  await title("gloryJane", ["Glory Jane"]);
  await title("h", ["H"]);
  await title("noGlory", ["No Glory"]);
  await title("harbourLights", ["Harbour Lights"]);
  await title("hospitalPlaylist", ["Hospital Playlist"]);
  await title("hospitalShip", ["Hospital Ship"]);
  const person = await createEntity(db, { kind: "person", name: "Song Hye-kyo" }, now);
  for (const name of ["Song Hye-kyo", "Song Hye Kyo", "송혜교"]) await addAlias(db, { entityId: person.id, name, key: nameKey(name), origin: "importer", sourceId: null }, now);
  ids.songHyeKyo = person.id;
  return ids;
}

for (const engine of requestedDialects()) {
  describe(`search ranks as a person expects [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("puts the exact title first, then titles it begins, then near spellings; people by any spelling", async () => {
      await withMigratedDb(engine, async (connection) => {
        const ids = await seed(connection.db);
        const first = async (q: string) => (await search(connection.db, q))[0]?.id;
        assert.equal(await first("the glory"), ids.theGlory);
        assert.equal(await first("THE GLORY"), ids.theGlory);
        assert.equal(await first("glory"), ids.glory, "the title called Glory, before The Glory");
        assert.equal(await first("더 글로리"), ids.theGlory);
        assert.equal(await first("the glory season 2"), ids.theGlory);
        assert.equal(await first("the glroy"), ids.theGlory, "a slip in a short title");
        assert.equal(await first("harbor lights"), ids.harbourLights, "another spelling");
        assert.equal(await first("song hye go"), ids.songHyeKyo);
        assert.equal(await first("송혜교"), ids.songHyeKyo);
        assert.equal(await first("Hye-kyo Song"), ids.songHyeKyo);
        const glory = (await search(connection.db, "glory")).map((r) => r.id);
        assert.deepEqual(glory.slice(0, 3), [ids.glory, ids.theGlory, ids.gloryJane], "exact, exact but for the article, then a title it begins");
        assert.ok(!glory.includes(ids.h!), "a one-letter title is not a match for every query containing its letter");
        assert.deepEqual(await search(connection.db, "x".repeat(5000)), [], "longer than any title: refused before any lookup");
      });
    });

    it("finds a long title with one letter wrong, missing, doubled or swapped anywhere, by either half of its key", async () => {
      await withMigratedDb(engine, async (connection) => {
        const ids = await seed(connection.db);
        for (const q of ["hsopital playlist", "ospital playlist", "hosspital playlist", "hxspital playlist", "hospital plyalist", "hospital playlis", "hospital playlistt", "hospital pxaylist", "hospitalplaylist"]) {
          assert.equal((await search(connection.db, q))[0]?.id, ids.hospitalPlaylist, q);
        }
        const halves = await findAliasesByKeyHalves(connection.db, ["title"], "hsopital plyalist");
        assert.deepEqual(halves.map((h) => h.entityId), [], "two slips, one in each half: neither half is intact");
        assert.deepEqual((await findAliasesByKeyHalves(connection.db, ["title"], "hospital plyalist")).map((h) => h.entityId), [ids.hospitalPlaylist], "the first half, and a length one letter either way");
      });
    });

    it("refuses a name two titles share, listing them; `show` exits 1", async () => {
      await withMigratedDb(engine, async (connection, url) => {
        const ids = await seed(connection.db);
        const other = await createEntity(connection.db, { kind: "title", name: "Glory", subtype: "series" }, now);
        await addAlias(connection.db, { entityId: other.id, name: "Glory", key: titleKey("Glory"), origin: "importer", sourceId: null }, now);
        await assert.rejects(findTitle(connection.db, "Glory"), (error: Error & { code?: string; details?: { candidates: { id: string }[] } }) => {
          assert.equal(error.code, "AMBIGUOUS_TITLE");
          assert.deepEqual(error.details?.candidates.map((c) => c.id).sort(), [ids.glory!, other.id].sort());
          return true;
        });
        // "The Glory" is still one title.
        assert.equal((await findTitle(connection.db, "the glory")).id, ids.theGlory);
        if (engine === "sqlite") {
          const result = runCli(["--db", url, "show", "Glory"]);
          assert.equal(result.status, 1, result.stdout);
          assert.match(result.stderr, /names 2 titles: Glory \(film\); Glory \(series\)|names 2 titles: Glory \(series\); Glory \(film\)/);
        }
      });
    });
  });
}
