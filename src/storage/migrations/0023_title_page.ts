import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. A title's page as the app sent it to an anonymous reader, rendered from the card the
// notification pass stored (migration 0022), kept so that the next reader of the same variant is
// sent it from one indexed read instead of a render, a Brotli compression and Hono's machinery.
// A page depends on the card, the day and what the request chose: the reader's locale, the page's
// own origin (its canonical link) and the encoding; `variant` holds those three. It is sent only
// while the stored card it was made from is (`card_etag` equal to the stored card's, both of today):
// a card dropped or built again leaves its pages untrue, and the pass deletes them with it. A rowid
// table (not WITHOUT ROWID): its rows are pages of kilobytes.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`CREATE TABLE title_page (
    title_id text NOT NULL,
    variant text NOT NULL,
    card_etag text NOT NULL,
    day text NOT NULL,
    etag text NOT NULL,
    body ${sql.raw(postgres ? "bytea" : "blob")} NOT NULL,
    PRIMARY KEY (title_id, variant)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("title_page").execute();
}
