import { sql } from "kysely";
import type { NewClaim } from "../domain/claim.ts";
import type { Db } from "../storage/db.ts";
import { bulkLoad, createStagingTable } from "../storage/dialect.ts";
import { stableJson } from "../storage/ids.ts";
import { claimRow } from "./claim.repository.ts";

/** The claim table's columns, in the order the staging table holds them. */
const COLUMNS = [
  "id", "subject_id", "property", "value_type", "value_json", "value_key", "value_entity_id", "qualifiers_json", "certainty", "rank", "rank_reason", "source_id",
  "quote", "quote_start", "quote_end", "made_by_kind", "made_by", "made_by_version", "recorded_at", "known_from", "retracted_at", "fingerprint",
] as const;
const INTEGER_COLUMNS = new Set(["quote_start", "quote_end"]);
const STAGE = "claim_stage";
const stageColumns = COLUMNS.map((c) => `${c} ${INTEGER_COLUMNS.has(c) ? "integer" : "text"}`).join(", ");
const columnList = sql.raw(COLUMNS.join(", "));
const stagedColumnList = sql.raw(COLUMNS.map((c) => `staged.${c}`).join(", "));

/**
 * Writes a batch of claims from one source set-based, in the caller's transaction: the rows are
 * bulk-loaded into a staging table (COPY on PostgreSQL, a prepared multi-row insert on SQLite),
 * then one INSERT … SELECT adds those no claim by the same maker already holds (by fingerprint:
 * the same row of an earlier copy of the file, or of an interrupted run, adds nothing) and one more
 * writes a change event per subject that gained claims, with their count. Returns how many claims
 * were added.
 */
export async function insertClaimsSetBased(db: Db, claims: NewClaim[], recordedAt: string, event: { kind: string; payloadKind: string }): Promise<number> {
  if (claims.length === 0) return 0;
  await createStagingTable(db, STAGE, stageColumns);
  const rows = claims.map((claim) => {
    const row = claimRow(claim, recordedAt) as Record<string, string | number | null>;
    return COLUMNS.map((c) => row[c] ?? null);
  });
  await bulkLoad(db, STAGE, [...COLUMNS], rows);
  const added = await sql`
    INSERT INTO claim (${columnList})
    SELECT ${stagedColumnList} FROM ${sql.table(STAGE)} staged
    WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.fingerprint = staged.fingerprint AND c.made_by = staged.made_by)
    ON CONFLICT (source_id, fingerprint) DO NOTHING`.execute(db);
  const count = Number(added.numAffectedRows ?? 0n);
  if (count > 0) {
    // The payload as stableJson writes it ({"claims":n,"kind":…}); the event's id is its first claim's, retagged.
    const kind = stableJson(event.payloadKind);
    await sql`
      INSERT INTO change_event (id, kind, entity_id, claim_id, source_id, payload_json, created_at)
      SELECT 'evt_' || substr(min(staged.id), 5), ${event.kind}, staged.subject_id, NULL, min(staged.source_id), '{"claims":' || count(*) || ',"kind":' || ${kind} || '}', ${recordedAt}
      FROM ${sql.table(STAGE)} staged JOIN claim c ON c.id = staged.id
      GROUP BY staged.subject_id
      ORDER BY min(staged.id)`.execute(db);
  }
  await sql`DELETE FROM ${sql.table(STAGE)}`.execute(db);
  return count;
}
