import { PostgresAdapter, sql, type Kysely } from "kysely";

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

// Frozen. Follows and what they are told. `title_state` holds, per title, the values a reader
// follows (statuses, release dates, cast, conflicts, risks) as last seen; `notification` is each
// meaningful change, in words, with its source, made once from the change events after the
// `notify_cursor`; feeds, calendars and webhooks read notifications. A store that existed before
// this migration starts its cursor at its last event, and its titles are seen anew (without
// notifications) at their first change.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("follow")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("title_id", "text", (c) => c.notNull())
    /** The typed question as JSON ({"kind":"title"} follows every change of the title). */
    .addColumn("question_json", "text", (c) => c.notNull())
    .addColumn("question_key", "text", (c) => c.notNull())
    /** Notifications after this one are what the follower is told. */
    .addColumn("after_seq", "bigint", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("follow_user_question").on("follow").columns(["user_id", "title_id", "question_key"]).unique().execute();
  await db.schema.createIndex("follow_title").on("follow").column("title_id").execute();

  await db.schema
    .createTable("feed_key")
    .addColumn("secret", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("title_state")
    .addColumn("title_id", "text", (c) => c.primaryKey())
    .addColumn("state_json", "text", (c) => c.notNull())
    .addColumn("event_seq", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("notify_cursor")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("seq", "bigint", (c) => c.notNull())
    /** Events up to here were written before notifications existed: their titles are seen without telling. */
    .addColumn("baseline_seq", "bigint", (c) => c.notNull())
    .execute();
  const last = await db.selectFrom("change_event").select(sql<number>`coalesce(max(seq), 0)`.as("seq")).executeTakeFirst();
  const seq = Number(last?.seq ?? 0);
  await db.insertInto("notify_cursor").values({ name: "notifications", seq, baseline_seq: seq }).execute();

  await db.schema
    .createTable("notification")
    // The feed position: the one column whose type differs by engine.
    .addColumn("seq", isPostgres(db) ? "bigserial" : "integer", (c) => (isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("title_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("season", "integer")
    .addColumn("part", "integer")
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("event_seq", "bigint", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("notification_title").on("notification").columns(["title_id", "seq"]).execute();

  await db.schema
    .createTable("webhook_endpoint")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("url", "text", (c) => c.notNull())
    /** "whsec_" and base64 bytes, as Standard Webhooks writes a secret. */
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .addColumn("disabled_reason", "text")
    .execute();

  await db.schema
    .createTable("webhook_delivery")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("endpoint_id", "text", (c) => c.notNull().references("webhook_endpoint.id"))
    .addColumn("notification_id", "text")
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("payload_json", "text", (c) => c.notNull())
    /** pending, delivered, failed (retries exhausted or endpoint disabled). */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("next_attempt_at", "text")
    .addColumn("response_status", "integer")
    .addColumn("response_body", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .execute();
  await db.schema.createIndex("webhook_delivery_due").on("webhook_delivery").columns(["status", "next_attempt_at"]).execute();
  await db.schema.createIndex("webhook_delivery_endpoint").on("webhook_delivery").columns(["endpoint_id", "created_at"]).execute();
  await db.schema.createIndex("webhook_delivery_once").on("webhook_delivery").columns(["endpoint_id", "notification_id"]).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["webhook_delivery", "webhook_endpoint", "notification", "notify_cursor", "title_state", "feed_key", "follow"]) await db.schema.dropTable(table).execute();
}
