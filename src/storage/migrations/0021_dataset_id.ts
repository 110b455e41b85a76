import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. A dataset's own ids ("imdb:tt0903747", "kdrama-actor:123") in a narrow table of their own,
// instead of an alias row each (key `x:<id>`): an import of IMDb's title.principals makes a title
// and about two people per ten rows known only by their ids, and each alias row cost six index
// entries and FTS5 trigram triggers, to be looked up by exact key only. Here an id is one row of a
// primary key (SQLite `WITHOUT ROWID`), and an index by entity lists an entity's ids (a person page,
// the editor). An id names the entity it was first linked to; one an editor merged away leads on to
// the survivor through `entity.merged_into`, as its alias did.
//
// Existing `x:` aliases move here (the ones not removed); where two entities held the same id, the
// older alias moves and the other stays an alias, as before. The alias key index answers the range.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`CREATE TABLE dataset_id (
    key text PRIMARY KEY,
    entity_id text NOT NULL
  )${sql.raw(postgres ? "" : " WITHOUT ROWID")}`.execute(db);
  await db.schema.createIndex("dataset_id_entity").on("dataset_id").column("entity_id").execute();
  await sql`INSERT INTO dataset_id (key, entity_id)
    SELECT substr(key, 3), entity_id FROM alias
    WHERE key >= 'x:' AND key < 'x;' AND removed_at IS NULL
    ORDER BY created_at, id
    ON CONFLICT (key) DO NOTHING`.execute(db);
  await sql`DELETE FROM alias
    WHERE key >= 'x:' AND key < 'x;' AND removed_at IS NULL
    AND EXISTS (SELECT 1 FROM dataset_id WHERE dataset_id.key = substr(alias.key, 3) AND dataset_id.entity_id = alias.entity_id)`.execute(db);
}

// Back to alias rows (origin "importer", no source; the search key as `searchKey` makes it of an
// IMDb or K-drama id: lower case, punctuation as spaces).
export async function down(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await sql`INSERT INTO alias (id, entity_id, name, key, origin, source_id, created_at, removed_at, search_key, search_key_reversed)
    SELECT 'als_x' || key, entity_id, key, 'x:' || key, 'importer', NULL, ${now}, NULL, k, NULL
    FROM (SELECT key, entity_id, lower(replace(replace(key, ':', ' '), '-', ' ')) AS k FROM dataset_id) AS d
    WHERE true
    ON CONFLICT (entity_id, name) DO NOTHING`.execute(db);
  await db.schema.dropTable("dataset_id").execute();
}
