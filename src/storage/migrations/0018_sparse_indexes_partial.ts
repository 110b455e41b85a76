import { sql, type Kysely } from "kysely";

// Frozen. entity.merged_into and entity.parent_id are NULL for nearly every entity. Statistics
// without STAT4 samples (an ANALYZE by a sqlite3 command line built without them, as Debian's is)
// count those NULLs as one value shared by half the table, and the planner then took
// `merged_into IN (…)` to match half the table and walked all of it: 100 ms of a title card's 101
// on 500,000 entities (51 ms a card on average, against 0.6 ms). Indexes of only the rows that hold
// a value are small and their statistics true whoever takes them, and every query of these columns
// names a value, which implies the index's condition on both engines.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("entity_merged_into").execute();
  await sql`CREATE INDEX entity_merged_into ON entity (merged_into) WHERE merged_into IS NOT NULL`.execute(db);
  await db.schema.dropIndex("entity_parent").execute();
  await sql`CREATE INDEX entity_parent ON entity (parent_id, kind, number) WHERE parent_id IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("entity_parent").execute();
  await db.schema.createIndex("entity_parent").on("entity").columns(["parent_id", "kind", "number"]).execute();
  await db.schema.dropIndex("entity_merged_into").execute();
  await db.schema.createIndex("entity_merged_into").on("entity").column("merged_into").execute();
}
