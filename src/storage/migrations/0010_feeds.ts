import type { Kysely } from "kysely";

// Frozen. Followed news sources (src/feeds/): each feed with its cadence, conditional-GET
// validators and health; each item seen, keyed per feed, with what reading it gave.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("feed")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("feed_url", "text")
    .addColumn("name", "text")
    .addColumn("format", "text")
    .addColumn("every_seconds", "integer")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("next_read_at", "text", (c) => c.notNull())
    .addColumn("last_read_at", "text")
    .addColumn("last_success_at", "text")
    .addColumn("last_change_at", "text")
    .addColumn("last_error_at", "text")
    .addColumn("last_error_code", "text")
    .addColumn("last_error_reason", "text")
    .addColumn("consecutive_failures", "integer", (c) => c.notNull())
    .addColumn("items_read", "integer", (c) => c.notNull())
    .addColumn("articles_added", "integer", (c) => c.notNull())
    .addColumn("claims_added", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("feed_status_next_read").on("feed").columns(["status", "next_read_at"]).execute();
  await db.schema
    .createTable("feed_item")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("feed_id", "text", (c) => c.notNull().references("feed.id").onDelete("cascade"))
    .addColumn("item_key", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("published", "text")
    .addColumn("updated", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source_id", "text")
    .addColumn("content_hash", "text")
    .addColumn("error_code", "text")
    .addColumn("error_reason", "text")
    .addColumn("first_seen_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addUniqueConstraint("feed_item_feed_key", ["feed_id", "item_key"])
    .execute();
  await db.schema.createIndex("feed_item_link").on("feed_item").column("link").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("feed_item").execute();
  await db.schema.dropTable("feed").execute();
}
