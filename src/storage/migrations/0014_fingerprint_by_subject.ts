import { PostgresAdapter, sql, type Kysely } from "kysely";

// Frozen. A claim's fingerprint was a SHA-256 of its content (64 hex digits): random, so each claim an
// import wrote landed on a random page of the two indexes that hold fingerprints (the unique
// (source_id, fingerprint) and claim_fingerprint), and a batch of rows dirtied a page of each per row.
// SQLite then wrote those pages to the WAL at every commit and again at every checkpoint (46 GB
// written for a 1.3 GB store of a million IMDb rows). A fingerprint now leads with the claim's
// subject, then the first 32 hex digits of the same hash: a title's claims sit together in both
// indexes, and a new title's land at their end. Existing fingerprints (the 64 digits, and any
// ":split:…" suffix an editor's split added) are rewritten the same way here, so a later copy of a
// file still finds the claims an earlier one wrote.

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  // Old fingerprints begin with 64 hex digits; new ones with an entity id and a colon inside them.
  const old = isPostgres(db) ? sql`strpos(substr(fingerprint, 1, 64), ':') = 0` : sql`instr(substr(fingerprint, 1, 64), ':') = 0`;
  await sql`UPDATE claim SET fingerprint = subject_id || ':' || substr(fingerprint, 1, 32) || substr(fingerprint, 65) WHERE length(fingerprint) >= 64 AND ${old}`.execute(db);
}

export async function down(): Promise<void> {
  // The full hashes cannot be restored from their halves; the new form serves the old code as well
  // (it only compares fingerprints it computes with those stored, which would then differ once).
}
