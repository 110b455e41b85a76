import type { Kysely } from "kysely";

// Frozen. Who is working through the change events after the notification cursor, and until when.
// Every node and worker runs the pass; without a lease each built the same cards for the same
// events and all but one threw their work away at the cursor's compare-and-set (under an import,
// thousands of cards per node). The cursor's compare-and-set still decides; the lease only saves
// the work.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("notify_cursor").addColumn("lease_owner", "text").execute();
  await db.schema.alterTable("notify_cursor").addColumn("lease_until", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("notify_cursor").dropColumn("lease_until").execute();
  await db.schema.alterTable("notify_cursor").dropColumn("lease_owner").execute();
}
