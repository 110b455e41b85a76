import type { Kysely } from "kysely";

// Frozen. Beside each title's state, what the home page shows of it (src/cards/home-summary.ts),
// written by the notification pass from the card it builds anyway; null until that pass reaches
// the title, when the home page builds the card itself.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("title_state").addColumn("summary_json", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("title_state").dropColumn("summary_json").execute();
}
