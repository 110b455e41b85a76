import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. Search and title lookup through indexes instead of a scan of every alias per request:
// each alias keeps its search key (lowercase, no accents or punctuation, no leading article), with
// a b-tree index for exact and prefix lookups, and a trigram index for other spellings (an FTS5
// trigram table kept by triggers on SQLite, pg_trgm on PostgreSQL). Existing aliases are keyed
// here with the key function as it stood when this migration was written.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

function searchKeyV1(name: string): string {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const bare = plain.replace(/^(the|a|an|더) (?=\S)/u, "");
  return bare.slice(0, 200);
}

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  // Byte order on PostgreSQL too, so that a prefix is a range of the index whatever the locale.
  if (postgres) await sql`ALTER TABLE alias ADD COLUMN search_key text COLLATE "C"`.execute(db);
  else await db.schema.alterTable("alias").addColumn("search_key", "text").execute();

  let after = "";
  for (;;) {
    const rows: { id: string; name: string }[] = await db.selectFrom("alias").select(["id", "name"]).where("id", ">", after).orderBy("id").limit(5000).execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    if (postgres) {
      const values = sql.join(rows.map((r) => sql`(${r.id}, ${searchKeyV1(r.name)})`));
      await sql`UPDATE alias SET search_key = v.k FROM (VALUES ${values}) AS v(id, k) WHERE alias.id = v.id`.execute(db);
    } else {
      for (const row of rows) await db.updateTable("alias").set({ search_key: searchKeyV1(row.name) }).where("id", "=", row.id).execute();
    }
  }
  await db.schema.createIndex("alias_search_key").on("alias").column("search_key").execute();

  if (postgres) {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX alias_search_trigram ON alias USING gin (search_key gin_trgm_ops)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE alias_trigram USING fts5(search_key, content='alias', content_rowid='rowid', tokenize='trigram')`.execute(db);
    await sql`CREATE TRIGGER alias_trigram_insert AFTER INSERT ON alias BEGIN
      INSERT INTO alias_trigram(rowid, search_key) VALUES (new.rowid, new.search_key);
    END`.execute(db);
    await sql`CREATE TRIGGER alias_trigram_delete AFTER DELETE ON alias BEGIN
      INSERT INTO alias_trigram(alias_trigram, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
    END`.execute(db);
    await sql`CREATE TRIGGER alias_trigram_update AFTER UPDATE OF search_key ON alias BEGIN
      INSERT INTO alias_trigram(alias_trigram, rowid, search_key) VALUES ('delete', old.rowid, old.search_key);
      INSERT INTO alias_trigram(rowid, search_key) VALUES (new.rowid, new.search_key);
    END`.execute(db);
    await sql`INSERT INTO alias_trigram(alias_trigram) VALUES ('rebuild')`.execute(db);
    // How many aliases hold each trigram: a query asks only for its rarest ones.
    await sql`CREATE VIRTUAL TABLE alias_trigram_vocab USING fts5vocab(alias_trigram, 'row')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP INDEX alias_search_trigram`.execute(db);
  } else {
    for (const trigger of ["alias_trigram_insert", "alias_trigram_delete", "alias_trigram_update"]) await sql`DROP TRIGGER ${sql.raw(trigger)}`.execute(db);
    await sql`DROP TABLE alias_trigram_vocab`.execute(db);
    await sql`DROP TABLE alias_trigram`.execute(db);
  }
  await db.schema.dropIndex("alias_search_key").execute();
  await db.schema.alterTable("alias").dropColumn("search_key").execute();
}
