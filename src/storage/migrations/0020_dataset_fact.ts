import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. Dataset credits (a cast or crew row of IMDb's title.principals, title.crew, a K-drama cast
// list) as facts of their source in a narrow table of their own, instead of a claim row each: a
// claim row is ~1.2 KB with five indexes, a fingerprint and, on PostgreSQL, three foreign-key checks
// per row, and an import of ten million rows spent most of its time there. A fact is keyed by where
// it stands (its source, the file's line, its place among that line's facts), which is the order an
// import appends them in; readers find a title's credits by subject and a person's by value, and
// nothing else. No foreign keys: the import that writes a fact has just made or found the entities it
// names, in the same transaction. Claims written before this migration stay in `claim` and are read
// as before, beside the facts. The index by value (a person's credits) is keyed by the person, so its
// writes land all over it, as `claim_value_entity`'s did.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql`CREATE TABLE dataset_fact (
    source_id text NOT NULL,
    line integer NOT NULL,
    n integer NOT NULL,
    subject_id text NOT NULL,
    property text NOT NULL,
    value_entity_id text NOT NULL,
    qualifiers_json text,
    certainty text NOT NULL,
    quote text NOT NULL,
    known_from text,
    made_by text NOT NULL,
    made_by_version text NOT NULL,
    retracted_at text,
    PRIMARY KEY (source_id, line, n)
  )${sql.raw(postgres ? "" : " WITHOUT ROWID")}`.execute(db);
  // By subject, then what a fact says: an import asks whether the subject already has the fact (a
  // title it just made has none, and its entries are adjacent), and a card reads a title's facts.
  await db.schema.createIndex("dataset_fact_subject").on("dataset_fact").columns(["subject_id", "property", "value_entity_id"]).execute();
  await db.schema.createIndex("dataset_fact_value").on("dataset_fact").column("value_entity_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("dataset_fact").execute();
}
