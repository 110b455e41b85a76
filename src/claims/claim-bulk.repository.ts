import { sql } from "kysely";
import type { NewClaim } from "../domain/claim.ts";
import { valueKey } from "../storage/codecs.ts";
import type { Db } from "../storage/db.ts";
import { analyzeStagingTable, bulkLoad, createStagingTable } from "../storage/dialect.ts";
import { newId, stableJson } from "../storage/ids.ts";
import { fingerprintHash } from "./claim.repository.ts";

/**
 * The staging table holds what differs from claim to claim; what one batch's claims share (their
 * source and maker, when they were recorded) and what follows from the rest (the value's entity is
 * its key when the value is an entity, the fingerprint is the subject and a hash) are written by the
 * INSERT … SELECT itself: binding the values was most of the staging's cost.
 */
const COLUMNS = ["id", "subject_id", "property", "value_type", "value_json", "value_key", "qualifiers_json", "certainty", "quote", "quote_start", "quote_end", "known_from", "hash"] as const;
const INTEGER_COLUMNS = new Set(["quote_start", "quote_end"]);
const STAGE = "claim_stage";
const stageColumns = COLUMNS.map((c) => `${c} ${INTEGER_COLUMNS.has(c) ? "integer" : "text"}`).join(", ");

/**
 * Writes a batch of claims set-based, in the caller's transaction: the rows are bulk-loaded into a
 * staging table (COPY on PostgreSQL, a prepared multi-row insert on SQLite), then one INSERT … SELECT
 * per source and maker adds those no claim by the same maker already holds (by fingerprint: the same
 * row of an earlier copy of the file, or of an interrupted run, adds nothing) and one more writes a
 * change event per subject that gained claims, with their count. Returns how many claims were added.
 */
export async function insertClaimsSetBased(db: Db, claims: NewClaim[], recordedAt: string, event: { kind: string; payloadKind: string }): Promise<number> {
  if (claims.length === 0) return 0;
  await createStagingTable(db, STAGE, stageColumns);
  const groups = new Map<string, NewClaim[]>();
  for (const claim of claims) {
    const key = JSON.stringify([claim.evidence.sourceId, claim.madeBy.kind, claim.madeBy.name, claim.madeBy.version]);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(claim);
  }
  let count = 0;
  for (const group of groups.values()) {
    count += await insertGroup(db, group, recordedAt, event);
    await sql`DELETE FROM ${sql.table(STAGE)}`.execute(db);
  }
  return count;
}

/** Claims of one source by one maker. */
async function insertGroup(db: Db, claims: NewClaim[], recordedAt: string, event: { kind: string; payloadKind: string }): Promise<number> {
  const rows = claims.map((claim) => {
    const valueJson = stableJson(claim.value);
    const qualifiersJson = stableJson(claim.qualifiers);
    return [
      newId("clm"), claim.subjectId, claim.property, claim.value.type, valueJson, valueKey(claim.value), qualifiersJson, claim.certainty,
      claim.evidence.quote, claim.evidence.start, claim.evidence.end, claim.knownFrom, fingerprintHash(claim.subjectId, claim.property, valueJson, qualifiersJson),
    ];
  });
  await bulkLoad(db, STAGE, [...COLUMNS], rows);
  await analyzeStagingTable(db, STAGE);
  const { sourceId } = claims[0]!.evidence;
  const madeBy = claims[0]!.madeBy;
  const added = await sql`
    INSERT INTO claim (id, subject_id, property, value_type, value_json, value_key, value_entity_id, qualifiers_json, certainty, rank, rank_reason, source_id,
      quote, quote_start, quote_end, made_by_kind, made_by, made_by_version, recorded_at, known_from, retracted_at, fingerprint)
    SELECT staged.id, staged.subject_id, staged.property, staged.value_type, staged.value_json, staged.value_key,
      CASE WHEN staged.value_type = 'entity' THEN staged.value_key END, staged.qualifiers_json, staged.certainty, 'normal', NULL, ${sourceId},
      staged.quote, staged.quote_start, staged.quote_end, ${madeBy.kind}, ${madeBy.name}, ${madeBy.version}, ${recordedAt}, staged.known_from, NULL,
      staged.subject_id || ':' || staged.hash
    FROM ${sql.table(STAGE)} staged
    WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.fingerprint = staged.subject_id || ':' || staged.hash AND c.made_by = ${madeBy.name})
    ON CONFLICT (source_id, fingerprint) DO NOTHING`.execute(db);
  const count = Number(added.numAffectedRows ?? 0n);
  if (count > 0) {
    // The payload as stableJson writes it ({"claims":n,"kind":…}); the event's id is its first claim's, retagged.
    const kind = stableJson(event.payloadKind);
    await sql`
      INSERT INTO change_event (id, kind, entity_id, claim_id, source_id, payload_json, created_at)
      SELECT 'evt_' || substr(min(staged.id), 5), ${event.kind}, staged.subject_id, NULL, ${sourceId}, '{"claims":' || count(*) || ',"kind":' || ${kind} || '}', ${recordedAt}
      FROM ${sql.table(STAGE)} staged JOIN claim c ON c.id = staged.id
      GROUP BY staged.subject_id
      ORDER BY min(staged.id)`.execute(db);
  }
  return count;
}
