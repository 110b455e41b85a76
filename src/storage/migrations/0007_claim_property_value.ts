import type { Kysely } from "kysely";

// Frozen. The home page asks for claims by property and value (release dates after today;
// renewals, cancellations and shoots; release dates set ahead of their source): an index on the
// property and the comparable value answers them without a scan of every claim. Every card asks
// which entities were merged into its people: an index on merged_into answers without a scan of
// every entity.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("claim_property_value").on("claim").columns(["property", "value_key"]).execute();
  await db.schema.createIndex("entity_merged_into").on("entity").column("merged_into").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("entity_merged_into").execute();
  await db.schema.dropIndex("claim_property_value").execute();
}
