import type { Kysely } from "kysely";

// Frozen. A change event may point at a claim (change_event.claim_id references claim.id), and
// nothing indexed that column: with foreign keys enforced, SQLite plans a walk of every change
// event for each claim written or removed, to settle the reference. An index on it answers from a
// range instead (test/imports/import-plans.test.ts holds every import statement to indexes).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("change_event_claim").on("change_event").column("claim_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("change_event_claim").execute();
}
