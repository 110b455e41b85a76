import type { Kysely } from "kysely";

// Frozen. Title detection asks whether the store holds any catalog (imported) aliases before each
// ingest, and which of an article's phrases they name: an index on the alias's origin answers the
// first without a scan.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("alias_origin_key").on("alias").columns(["origin", "key"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("alias_origin_key").execute();
}
