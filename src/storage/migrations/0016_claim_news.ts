import { sql, type Kysely } from "kysely";

// Frozen. The home page's recent news (src/catalog/home.ts) asked for the newest few hundred claims
// that are news (a renewal or cancellation, a shoot started or wrapped, a release date set ahead of
// the day it was known) by sorting every release date of the catalog: a second on a million titles,
// redone after every write. This partial index holds only those claims, in the order the page reads
// them, so the page reads the first rows of it. The query repeats this WHERE clause word for word
// (with literals, not parameters): both engines use a partial index only for a query whose own WHERE
// clause visibly implies the index's. The date's comparison spells out with CASE what the key spells
// with coalesce: SQLite reads an indexed expression met in a WHERE clause as the index's column, and
// then no longer sees that the query's WHERE clause is the index's.
const news = `retracted_at IS NULL AND (
  (property = 'season-status' AND value_key IN ('renewed', 'cancelled', 'final-season'))
  OR (property = 'production-event' AND value_key IN ('filming-started', 'filming-wrapped', 'filming-halted', 'filming-postponed', 'filming-resumed', 'date-announced'))
  OR (property = 'release-date' AND substr(value_key, 1, 10) > CASE WHEN known_from IS NULL THEN substr(recorded_at, 1, 10) ELSE known_from END))`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX claim_news ON claim ((coalesce(known_from, substr(recorded_at, 1, 10))) DESC, recorded_at DESC) WHERE ${sql.raw(news)}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("claim_news").execute();
}
