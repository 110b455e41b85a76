import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. Each title's card as the notification pass built it (it builds every changed title's card
// anyway), stored finished: its JSON's Brotli bytes, that JSON's strong ETag and length, so that a request
// for a title no process holds in memory is one indexed read instead of loading claims, building,
// rendering and compressing. A card is built as of a day (statuses and the outlook reckon from it):
// `day` says which, and a card of another day is not served. `event_seq` is the store version the
// card is known true at. The JSON itself is not kept beside its bytes: on 100,000 synthetic titles
// it was four fifths of the table (2.8 KB against 0.6 KB a card), and a client that takes no Brotli
// (and a page) gets it decompressed, a fraction of a millisecond. `title_card_dep` lists the entities it was read from (the title, its people,
// the entities merged into them, the titles they are known for), so that the pass can drop, in the
// transaction that moves its cursor, every stored card a write touched.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("title_card")
    .addColumn("title_id", "text", (c) => c.primaryKey())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("event_seq", "bigint", (c) => c.notNull())
    .addColumn("depends_on_json", "text", (c) => c.notNull())
    .addColumn("json_bytes", "integer", (c) => c.notNull())
    .addColumn("etag", "text", (c) => c.notNull())
    .addColumn("card_br", postgres ? "bytea" : "blob", (c) => c.notNull())
    .execute();
  // The cards of an earlier day, for the pass to build again for today (a few hundred a pass).
  await db.schema.createIndex("title_card_day").on("title_card").column("day").execute();
  await sql`CREATE TABLE title_card_dep (
    entity_id text NOT NULL,
    title_id text NOT NULL,
    PRIMARY KEY (entity_id, title_id)
  )${sql.raw(postgres ? "" : " WITHOUT ROWID")}`.execute(db);
  await db.schema.createIndex("title_card_dep_title").on("title_card_dep").column("title_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("title_card_dep").execute();
  await db.schema.dropTable("title_card").execute();
}
