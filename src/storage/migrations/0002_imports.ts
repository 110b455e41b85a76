import type { Kysely } from "kysely";

// Frozen. Dataset imports: a run per source file, so an interrupted import resumes, and an index
// to find a claim by its fingerprint across sources (the same row in an updated file adds nothing).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_run")
    .addColumn("source_id", "text", (c) => c.primaryKey().references("source.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_read", "integer", (c) => c.notNull())
    .addColumn("rows_rejected", "integer", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("claim_fingerprint").on("claim").column("fingerprint").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("claim_fingerprint").execute();
  await db.schema.dropTable("import_run").execute();
}
