import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import type { CompiledQuery } from "kysely";
import pg from "pg";
import { getPersonCard, search } from "../../src/catalog/catalog.service.ts";
import { describePerson } from "../../src/editor/editor.service.ts";
import { findEntitiesByDatasetIds, findEntitiesByDatasetKey, listDatasetIds } from "../../src/entities/dataset-id.repository.ts";
import { createEntity } from "../../src/entities/entity.repository.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { reversedKey, searchKey } from "../../src/domain/search-key.ts";
import { connect, type Engine } from "../../src/storage/db.ts";
import type { Db } from "../../src/storage/db.ts";
import { newId } from "../../src/storage/ids.ts";
import { migrateDown, migrateToLatest, migrationNames } from "../../src/storage/migrate.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

// Migration 0021: datasets' ids ("imdb:tt…") in the narrow `dataset_id` table instead of `x:<id>`
// alias rows. A store written before it keeps resolving: its ids move to the table, an import of a
// file naming them finds the same entities (through merges too), and what a person page, the editor
// and search showed of an id they still show.
const now = "2026-12-02T08:00:00.000Z";
const principals = path.join(repoRoot, "test/fixtures/datasets/imdb/title.principals.tsv");
const since0021 = migrationNames().slice(migrationNames().indexOf("0021_dataset_id"));

/** An alias as the code before 0021 wrote a dataset id. */
async function oldIdAlias(db: Db, entityId: string, id: string): Promise<void> {
  await db.insertInto("alias").values({ id: newId("als"), entity_id: entityId, name: id, key: `x:${id}`, origin: "importer", source_id: null, created_at: now, removed_at: null, search_key: searchKey(id), search_key_reversed: reversedKey(searchKey(id)) }).execute();
}

const count = async (db: Db, table: "dataset_id" | "entity") => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

for (const engine of requestedDialects()) {
  describe(`datasets' ids in their own table (migration 0021) [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("moves ids kept as aliases into the table, and an import finds the same entities by them", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        for (const _ of since0021) await migrateDown(connection);
        const { db } = connection;
        // A store as an import of title.principals left it before 0021: placeholders with `x:` aliases,
        // one person an editor merged into another.
        const title = await createEntity(db, { kind: "title", name: "imdb:tt9806258", subtype: "series" }, now);
        const actress = await createEntity(db, { kind: "person", name: "imdb:nm1147982" }, now);
        const composer = await createEntity(db, { kind: "person", name: "imdb:nm11178186" }, now);
        const survivor = await createEntity(db, { kind: "person", name: "Ada Composer" }, now);
        await db.updateTable("entity").set({ merged_into: survivor.id }).where("id", "=", composer.id).execute();
        await oldIdAlias(db, title.id, "imdb:tt9806258");
        await oldIdAlias(db, actress.id, "imdb:nm1147982");
        await oldIdAlias(db, composer.id, "imdb:nm11178186");

        assert.deepEqual(await migrateToLatest(connection), since0021.map((n) => `applied ${n}`));
        assert.deepEqual(await listDatasetIds(db, [title.id, actress.id, composer.id]), [
          { key: "imdb:nm11178186", entityId: composer.id },
          { key: "imdb:nm1147982", entityId: actress.id },
          { key: "imdb:tt9806258", entityId: title.id },
        ]);
        const left = await db.selectFrom("alias").select("key").where("key", ">=", "x:").where("key", "<", "x;").execute();
        assert.deepEqual(left, [], "no id is an alias any more");

        const entities = await count(db, "entity");
        const summary = await importFile(connection, imdb, principals, { now });
        assert.equal(summary.rowsRejected, 0);
        const facts = await db.selectFrom("dataset_fact").select(["subject_id", "value_entity_id"]).execute();
        assert.ok(facts.some((f) => f.subject_id === title.id && f.value_entity_id === actress.id), "the title and the actress are the ones the store held");
        assert.ok(facts.some((f) => f.value_entity_id === survivor.id), "an id of a person merged away leads to the survivor");
        assert.ok(!facts.some((f) => f.value_entity_id === composer.id));
        const placeholders = await db.selectFrom("entity").select("name").where("name", "in", ["imdb:tt9806258", "imdb:nm1147982", "imdb:nm11178186"]).execute();
        assert.equal(placeholders.length, 3, "no second placeholder for an id the store held");
        assert.ok((await count(db, "entity")) > entities);
        // A placeholder made now has its id in the table and no alias for it.
        const made = await db.selectFrom("entity").select(["id", "name"]).where("kind", "=", "person").where("name", "like", "imdb:nm%").where("id", "not in", [actress.id, composer.id]).executeTakeFirstOrThrow();
        assert.deepEqual(await listDatasetIds(db, [made.id]), [{ key: made.name, entityId: made.id }]);
        assert.deepEqual(await db.selectFrom("alias").select("name").where("entity_id", "=", made.id).execute(), []);
        // Characters: an entity each, named by it; an alias only for another spelling.
        const characters = await db.selectFrom("entity").select("id").where("kind", "=", "character").execute();
        assert.ok(characters.length > 0);
        assert.deepEqual(await db.selectFrom("alias").select("name").where("entity_id", "in", characters.map((c) => c.id)).execute(), []);

        // What readers showed of an id, they still show: the person page's and the editor's spellings, search by the id.
        const renamed = await createEntity(db, { kind: "person", name: "Bea Actress" }, now);
        await db.updateTable("dataset_id").set({ entity_id: renamed.id }).where("key", "=", "imdb:nm1147982").execute();
        assert.deepEqual((await getPersonCard(db, renamed.id)).aliases, ["imdb:nm1147982"]);
        assert.deepEqual((await describePerson(db, survivor.id)).aliases, ["imdb:nm11178186"]);
        const found = await search(db, "imdb:tt9806258");
        assert.equal(found[0]?.id, title.id);
        assert.equal(found[0]?.name, "imdb:tt9806258");
        assert.equal(found[0]?.matched, null);
        assert.equal((await search(db, "IMDB:NM1147982"))[0]?.id, renamed.id);
        assert.deepEqual(await search(db, "imdb:nm1147982", 10, { titlesOnly: true }), []);

        // Undone, the ids are aliases again; done again, they move back.
        const ids = await count(db, "dataset_id");
        for (const _ of since0021) await migrateDown(connection);
        assert.equal((await db.selectFrom("alias").select("key").where("key", ">=", "x:").where("key", "<", "x;").execute()).length, ids);
        await migrateToLatest(connection);
        assert.equal(await count(db, "dataset_id"), ids);
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("adds a fact once about a title the import made, however far apart its rows are, as about one it held", async () => {
      const dir = tempDir("cliff-dataset-ids");
      const file = path.join(dir, "title.principals.tsv");
      const rows = ["tconst\tordering\tnconst\tcategory\tjob\tcharacters", "tt9000001\t1\tnm9000001\tactor\t\\N\t[\"Ann\"]"];
      for (let i = 2; i <= 6; i++) rows.push(`tt900000${i}\t1\tnm900000${i}\tactress\t\\N\t\\N`);
      rows.push("tt9000001\t1\tnm9000001\tactor\t\\N\t[\"Ann\"]", "tt9000001\t2\tnm9000002\tdirector\t\\N\t\\N");
      fs.writeFileSync(file, rows.join("\n"));
      const counts: number[][] = [];
      for (const held of [false, true]) {
        const database = await createTestDatabase(engine);
        const connection = connect(database.url);
        try {
          await migrateToLatest(connection);
          if (held) {
            // The title known already (an earlier file): its facts go through the look at the store.
            const title = await createEntity(connection.db, { kind: "title", name: "imdb:tt9000001", subtype: "series" }, now);
            await connection.db.insertInto("dataset_id").values({ key: "imdb:tt9000001", entity_id: title.id }).execute();
          }
          const summary = await importFile(connection, imdb, file, { now, batchSize: 2 });
          const again = await importFile(connection, imdb, file, { now, batchSize: 2 });
          const facts = await connection.db.selectFrom("dataset_fact").innerJoin("dataset_id", "dataset_id.entity_id", "dataset_fact.subject_id").select("dataset_fact.line").where("dataset_id.key", "=", "imdb:tt9000001").orderBy("line").execute();
          const events = await connection.db.selectFrom("change_event").select("payload_json").where("kind", "=", "dataset-rows-added").execute();
          counts.push([summary.claimsAdded, again.claimsAdded, ...facts.map((f) => f.line), events.reduce((sum, e) => sum + (JSON.parse(e.payload_json) as { claims: number }).claims, 0)]);
        } finally {
          await connection.close();
          await database.drop();
        }
      }
      assert.deepEqual(counts[0], [7, 0, 2, 9, 7], "the repeated row adds nothing; events count what was added");
      assert.deepEqual(counts[1], counts[0]);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it("imports a row whose id already names an entity of the other kind, leaving the id where it is", async () => {
      const database = await createTestDatabase(engine);
      const connection = connect(database.url);
      try {
        await migrateToLatest(connection);
        const { db } = connection;
        const person = await createEntity(db, { kind: "person", name: "Odd Person" }, now);
        await db.insertInto("dataset_id").values({ key: "imdb:tt9806258", entity_id: person.id }).execute();
        const summary = await importFile(connection, imdb, principals, { now });
        assert.equal(summary.rowsRejected, 0);
        assert.ok(summary.claimsAdded > 0);
        assert.deepEqual(await db.selectFrom("dataset_id").select("entity_id").where("key", "=", "imdb:tt9806258").execute(), [{ entity_id: person.id }]);
      } finally {
        await connection.close();
        await database.drop();
      }
    });

    it("looks ids up by the table's keys and an entity's ids by its index, never by a scan", async () => {
      const database = await createTestDatabase(engine as Engine);
      const statements = new Map<string, readonly unknown[]>();
      let recording = false;
      const connection = connect(database.url, { onQuery: (query: CompiledQuery) => void (recording && statements.set(query.sql, query.parameters)) });
      try {
        await migrateToLatest(connection);
        await importFile(connection, imdb, principals, { now });
        const someone = await connection.db.selectFrom("dataset_id").select(["key", "entity_id"]).limit(1).executeTakeFirstOrThrow();
        recording = true;
        await findEntitiesByDatasetIds(connection.db, "person", [someone.key, "imdb:nm0000001"]);
        await listDatasetIds(connection.db, [someone.entity_id]);
        await findEntitiesByDatasetKey(connection.db, someone.key);
        recording = false;
      } finally {
        await connection.close();
      }
      try {
        assert.equal(statements.size, 3);
        const plans: string[] = [];
        if (engine === "sqlite") {
          const sqlite = new Sqlite(database.url, { readonly: true });
          for (const [text, parameters] of statements) plans.push((sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join(" / "));
          sqlite.close();
          for (const plan of plans) assert.doesNotMatch(plan, /\bSCAN\b/, plan);
          assert.match(plans[0]!, /SEARCH dataset_id USING PRIMARY KEY \(key=\?\)/);
          assert.match(plans[1]!, /SEARCH dataset_id USING COVERING INDEX dataset_id_entity \(entity_id=\?\)/);
          assert.match(plans[2]!, /SEARCH dataset_id USING PRIMARY KEY \(key=\?\)/);
        } else {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            await client.query("SET enable_seqscan = off");
            for (const [text, parameters] of statements) plans.push((await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${text}`, parameters as unknown[])).rows.map((r) => r["QUERY PLAN"]).join(" / "));
          } finally {
            await client.end();
          }
          for (const plan of plans) assert.doesNotMatch(plan, /Seq Scan/, plan);
          assert.match(plans[0]!, /(Index|Bitmap Index) (Only )?Scan (using|on) dataset_id_pkey/);
          assert.match(plans[1]!, /(Index|Bitmap Index) (Only )?Scan (using|on) dataset_id_entity/);
          assert.match(plans[2]!, /(Index|Bitmap Index) (Only )?Scan (using|on) dataset_id_pkey/);
        }
      } finally {
        await database.drop();
      }
    });
  });
}
