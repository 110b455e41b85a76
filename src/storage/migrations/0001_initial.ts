import { PostgresAdapter, type Kysely } from "kysely";

// Frozen: a migration never changes once it has shipped. It uses Kysely<any> and imports nothing
// from the application, so that later code changes cannot alter what it does.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("entity")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("hangul", "text")
    .addColumn("parent_id", "text", (c) => c.references("entity.id"))
    .addColumn("number", "integer")
    .addColumn("subtype", "text")
    .addColumn("merged_into", "text", (c) => c.references("entity.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("entity_kind_name").on("entity").columns(["kind", "name"]).execute();
  await db.schema.createIndex("entity_parent").on("entity").columns(["parent_id", "kind", "number"]).execute();

  await db.schema
    .createTable("source")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("outlet", "text")
    .addColumn("url", "text")
    .addColumn("author", "text")
    .addColumn("published", "text")
    .addColumn("published_inferred", "text")
    .addColumn("retrieved_at", "text", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull().unique())
    .addColumn("via", "text")
    .addColumn("format", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("previous_version_id", "text", (c) => c.references("source.id"))
    .execute();
  await db.schema.createIndex("source_url").on("source").column("url").execute();

  await db.schema
    .createTable("alias")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("entity_id", "text", (c) => c.notNull().references("entity.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("source_id", "text", (c) => c.references("source.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .addUniqueConstraint("alias_entity_name", ["entity_id", "name"])
    .execute();
  await db.schema.createIndex("alias_key").on("alias").column("key").execute();

  await db.schema
    .createTable("claim")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject_id", "text", (c) => c.notNull().references("entity.id"))
    .addColumn("property", "text", (c) => c.notNull())
    .addColumn("value_type", "text", (c) => c.notNull())
    .addColumn("value_json", "text", (c) => c.notNull())
    .addColumn("value_key", "text", (c) => c.notNull())
    .addColumn("value_entity_id", "text", (c) => c.references("entity.id"))
    .addColumn("qualifiers_json", "text", (c) => c.notNull())
    .addColumn("certainty", "text", (c) => c.notNull())
    .addColumn("rank", "text", (c) => c.notNull())
    .addColumn("rank_reason", "text")
    .addColumn("source_id", "text", (c) => c.notNull().references("source.id"))
    .addColumn("quote", "text", (c) => c.notNull())
    .addColumn("quote_start", "integer")
    .addColumn("quote_end", "integer")
    .addColumn("made_by_kind", "text", (c) => c.notNull())
    .addColumn("made_by", "text", (c) => c.notNull())
    .addColumn("made_by_version", "text", (c) => c.notNull())
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("known_from", "text")
    .addColumn("retracted_at", "text")
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addUniqueConstraint("claim_source_fingerprint", ["source_id", "fingerprint"])
    .execute();
  await db.schema.createIndex("claim_subject_property").on("claim").columns(["subject_id", "property"]).execute();
  await db.schema.createIndex("claim_value_entity").on("claim").column("value_entity_id").execute();
  await db.schema.createIndex("claim_source").on("claim").column("source_id").execute();

  await db.schema
    .createTable("change_event")
    // A gap-free, ordered feed position: the one column whose type differs by engine.
    .addColumn("seq", isPostgres(db) ? "serial" : "integer", (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.references("entity.id"))
    .addColumn("claim_id", "text", (c) => c.references("claim.id"))
    .addColumn("source_id", "text", (c) => c.references("source.id"))
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("change_event_entity").on("change_event").columns(["entity_id", "seq"]).execute();

  await db.schema
    .createTable("editor_action")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("reverted_at", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["editor_action", "change_event", "claim", "alias", "source", "entity"]) {
    await db.schema.dropTable(table).execute();
  }
}
