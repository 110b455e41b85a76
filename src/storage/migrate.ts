import { Migrator, type Migration, type MigrationResultSet } from "kysely/migration";
import { AppError } from "../app/errors.ts";
import { refreshStatisticsAfterMigrations, type Connection } from "./dialect.ts";
import * as m0001 from "./migrations/0001_initial.ts";
import * as m0002 from "./migrations/0002_imports.ts";
import * as m0003 from "./migrations/0003_api_tokens.ts";
import * as m0004 from "./migrations/0004_alias_origin.ts";
import * as m0005 from "./migrations/0005_search_keys.ts";
import * as m0007 from "./migrations/0007_claim_property_value.ts";
import * as m0008 from "./migrations/0008_lookup_indexes.ts";
import * as m0009 from "./migrations/0009_jobs.ts";
import * as m0010 from "./migrations/0010_feeds.ts";
import * as m0011 from "./migrations/0011_accounts.ts";
import * as m0012 from "./migrations/0012_follow_notify.ts";
import * as m0013 from "./migrations/0013_change_event_claim.ts";
import * as m0014 from "./migrations/0014_fingerprint_by_subject.ts";
import * as m0015 from "./migrations/0015_drop_claim_source.ts";
import * as m0016 from "./migrations/0016_claim_news.ts";
import * as m0017 from "./migrations/0017_title_home_summary.ts";
import * as m0018 from "./migrations/0018_sparse_indexes_partial.ts";
import * as m0019 from "./migrations/0019_notify_lease.ts";
import * as m0020 from "./migrations/0020_dataset_fact.ts";
import * as m0021 from "./migrations/0021_dataset_id.ts";
import * as m0022 from "./migrations/0022_title_card.ts";
import * as m0023 from "./migrations/0023_title_page.ts";

/** Listed, not read from a folder at run time: ordering is explicit and bundling stays possible. */
const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_imports": m0002,
  "0003_api_tokens": m0003,
  "0004_alias_origin": m0004,
  "0005_search_keys": m0005,
  // 0006 was never used.
  "0007_claim_property_value": m0007,
  "0008_lookup_indexes": m0008,
  "0009_jobs": m0009,
  "0010_feeds": m0010,
  "0011_accounts": m0011,
  "0012_follow_notify": m0012,
  "0013_change_event_claim": m0013,
  "0014_fingerprint_by_subject": m0014,
  "0015_drop_claim_source": m0015,
  "0016_claim_news": m0016,
  "0017_title_home_summary": m0017,
  "0018_sparse_indexes_partial": m0018,
  "0019_notify_lease": m0019,
  "0020_dataset_fact": m0020,
  "0021_dataset_id": m0021,
  "0022_title_card": m0022,
  "0023_title_page": m0023,
};

function migratorFor(connection: Connection): Migrator {
  return new Migrator({ db: connection.db, provider: { getMigrations: async () => migrations } });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new AppError("INTERNAL", `migration ${failed} failed: ${String((result.error as Error).message ?? result.error)}`, {
      cause: result.error,
    });
  }
  return (result.results ?? []).map((r) => `${r.direction === "Up" ? "applied" : "reverted"} ${r.migrationName}`);
}

/** Kysely's migrator takes a lock (a lock table, or an advisory lock on PostgreSQL): two starts cannot race. */
export async function migrateToLatest(connection: Connection): Promise<string[]> {
  const applied = check(await migratorFor(connection).migrateToLatest());
  if (applied.length > 0) await refreshStatisticsAfterMigrations(connection);
  return applied;
}

export async function migrateDown(connection: Connection): Promise<string[]> {
  return check(await migratorFor(connection).migrateDown());
}

export function migrationNames(): string[] {
  return Object.keys(migrations);
}
