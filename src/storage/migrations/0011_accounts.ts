import type { Kysely } from "kysely";

// Frozen. Accounts for a self-hosted instance: users with a role (reader, editor, admin) and a
// password hashed with scrypt; sign-in sessions stored by the hash of their cookie; API tokens
// that belong to a user (tokens made before accounts have none and act as editors).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("app_user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull())
    /** The name as compared at sign-in: lower-cased and trimmed, unique. */
    .addColumn("username_key", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();
  await db.schema
    .createTable("user_session")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id"))
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("user_session_user").on("user_session").column("user_id").execute();
  await db.schema.alterTable("api_token").addColumn("user_id", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("api_token").dropColumn("user_id").execute();
  await db.schema.dropTable("user_session").execute();
  await db.schema.dropTable("app_user").execute();
}
