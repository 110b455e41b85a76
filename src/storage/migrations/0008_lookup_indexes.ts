import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. Indexes for the reads a large catalog made slow (issue 11, a million titles):
// - near spellings through b-tree ranges instead of ranking trigrams: a key one letter away from the
//   query keeps either the query's first half or its last half, and has nearly its length. Each
//   alias now also keeps its search key written backwards, so that a key's end is a range of an
//   index as its start is; two indexes lead with the key's length, so that a range holds only keys
//   of about the query's length. Existing aliases are keyed here with the reversal as it stood when
//   this migration was written (by code points);
// - (the entities merged into others, which every title card asks for, are indexed by 0007);
// - a person found by another spelling reads every alias under the name's resolution keys, and a
//   common name's keys hold hundreds of namesakes in a large catalog: the key index now also holds
//   the removal mark and the entity, so that those rows are read from the index alone (it replaces
//   the index on the key alone, which every lookup by key still uses as its prefix).

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function reversedV1(key: string): string {
  return [...key].reverse().join("");
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  // Byte order on PostgreSQL too (as the search key itself), so that a prefix is a range of the index.
  if (postgres) await sql`ALTER TABLE alias ADD COLUMN search_key_reversed text COLLATE "C"`.execute(db);
  else await db.schema.alterTable("alias").addColumn("search_key_reversed", "text").execute();

  let after = "";
  for (;;) {
    const rows: { id: string; search_key: string | null }[] = await db.selectFrom("alias").select(["id", "search_key"]).where("id", ">", after).orderBy("id").limit(5000).execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const keyed = rows.filter((r) => r.search_key !== null);
    if (keyed.length === 0) continue;
    if (postgres) {
      const values = sql.join(keyed.map((r) => sql`(${r.id}, ${reversedV1(r.search_key!)})`));
      await sql`UPDATE alias SET search_key_reversed = v.k FROM (VALUES ${values}) AS v(id, k) WHERE alias.id = v.id`.execute(db);
    } else {
      for (let i = 0; i < keyed.length; i += 500) {
        const values = sql.join(keyed.slice(i, i + 500).map((r) => sql`(${r.id}, ${reversedV1(r.search_key!)})`));
        await sql`UPDATE alias SET search_key_reversed = v.column2 FROM (VALUES ${values}) AS v WHERE alias.id = v.column1`.execute(db);
      }
    }
  }
  await sql`CREATE INDEX alias_search_length_key ON alias (length(search_key), search_key)`.execute(db);
  await sql`CREATE INDEX alias_search_length_reversed ON alias (length(search_key), search_key_reversed)`.execute(db);
  await db.schema.createIndex("alias_key_entity").on("alias").columns(["key", "removed_at", "entity_id"]).execute();
  await db.schema.dropIndex("alias_key").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("alias_key").on("alias").column("key").execute();
  await db.schema.dropIndex("alias_key_entity").execute();
  await db.schema.dropIndex("alias_search_length_reversed").execute();
  await db.schema.dropIndex("alias_search_length_key").execute();
  await db.schema.alterTable("alias").dropColumn("search_key_reversed").execute();
}
