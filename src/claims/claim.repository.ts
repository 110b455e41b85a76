import type { Insertable } from "kysely";
import type { Claim, NewClaim } from "../domain/claim.ts";
import type { ClaimTable } from "../storage/database.ts";
import type { Db } from "../storage/db.ts";
import { claimFromRow, valueKey } from "../storage/codecs.ts";
import { listFactRowsAbout, listFactRowsOfSource } from "./dataset-fact.repository.ts";
import { newId, sha256, stableJson } from "../storage/ids.ts";

/**
 * What makes two claims from one source the same claim: its subject, then half a SHA-256 of its
 * content (128 bits). Leading with the subject keeps a title's claims together in the indexes that
 * hold fingerprints, so a bulk import appends to them instead of writing a random page per claim
 * (migration 0014).
 */
export function claimFingerprint(claim: Pick<NewClaim, "subjectId" | "property" | "value" | "qualifiers">): string {
  return fingerprintOf(claim.subjectId, claim.property, stableJson(claim.value), stableJson(claim.qualifiers));
}

/** The fingerprint from the value's and qualifiers' JSON as the row stores them: stableJson of the four, without writing them twice. */
function fingerprintOf(subjectId: string, property: string, valueJson: string, qualifiersJson: string): string {
  return `${subjectId}:${fingerprintHash(subjectId, property, valueJson, qualifiersJson)}`;
}

/** The part of a fingerprint after the subject and its colon. */
export function fingerprintHash(subjectId: string, property: string, valueJson: string, qualifiersJson: string): string {
  return sha256(`[${JSON.stringify(subjectId)},${JSON.stringify(property)},${valueJson},${qualifiersJson}]`).slice(0, 32);
}

/** A claim as its row (with its fingerprint): what every insert of claims writes. */
export function claimRow(claim: NewClaim, recordedAt: string): Insertable<ClaimTable> {
  const valueJson = stableJson(claim.value);
  const qualifiersJson = stableJson(claim.qualifiers);
  return {
    id: newId("clm"),
    subject_id: claim.subjectId,
    property: claim.property,
    value_type: claim.value.type,
    value_json: valueJson,
    value_key: valueKey(claim.value),
    value_entity_id: claim.value.type === "entity" ? claim.value.entityId : null,
    qualifiers_json: qualifiersJson,
    certainty: claim.certainty,
    // Columns of migration 0001 that nothing reads: competing values are ranked when a card is read (cards/rank-claims.ts).
    rank: "normal",
    rank_reason: null,
    source_id: claim.evidence.sourceId,
    quote: claim.evidence.quote,
    quote_start: claim.evidence.start,
    quote_end: claim.evidence.end,
    made_by_kind: claim.madeBy.kind,
    made_by: claim.madeBy.name,
    made_by_version: claim.madeBy.version,
    recorded_at: recordedAt,
    known_from: claim.knownFrom,
    retracted_at: null,
    fingerprint: fingerprintOf(claim.subjectId, claim.property, valueJson, qualifiersJson),
  };
}

/**
 * Inserts claims, skipping any the same source already holds (same subject, property, value and
 * qualifiers). Returns only the claims that were new, so callers can write change events for them.
 */
export async function insertClaims(db: Db, claims: NewClaim[], recordedAt: string): Promise<Claim[]> {
  const inserted: Claim[] = [];
  const seen = new Set<string>();
  const rows = claims.map((claim) => claimRow(claim, recordedAt)).filter((row) => {
    const key = `${row.source_id}\u0000${row.fingerprint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Batches keep each statement under both engines' bound-parameter limits.
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    const result = await db
      .insertInto("claim")
      .values(batch)
      .onConflict((oc) => oc.columns(["source_id", "fingerprint"]).doNothing())
      .returningAll()
      .execute();
    inserted.push(...result.map(claimFromRow));
  }
  return inserted;
}

export async function getClaim(db: Db, id: string): Promise<Claim | undefined> {
  const row = await db.selectFrom("claim").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? claimFromRow(row) : undefined;
}

/**
 * The same as insertClaims for bulk imports: returns only the new claims' ids and subjects, which is
 * all a dataset import needs, without building every row back.
 */
export async function insertClaimsQuietly(db: Db, claims: NewClaim[], recordedAt: string): Promise<{ id: string; subjectId: string }[]> {
  const inserted: { id: string; subjectId: string }[] = [];
  const rows = claims.map((claim) => claimRow(claim, recordedAt));
  for (let i = 0; i < rows.length; i += 200) {
    const result = await db
      .insertInto("claim")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(["source_id", "fingerprint"]).doNothing())
      .returning(["id", "subject_id"])
      .execute();
    for (const row of result) inserted.push({ id: row.id, subjectId: row.subject_id });
  }
  return inserted;
}

/**
 * Live claims about any of the subjects, or pointing at them as values (cast credits point at
 * people), with the datasets' credits kept as facts (`dataset_fact`) among them: in the order they
 * were recorded, a fact after the claims recorded at the same time.
 */
export async function listClaimsAbout(db: Db, subjectIds: string[]): Promise<Claim[]> {
  if (subjectIds.length === 0) return [];
  const rows = await db
    .selectFrom("claim")
    .selectAll()
    .where((eb) => eb.or([eb("subject_id", "in", subjectIds), eb("value_entity_id", "in", subjectIds)]))
    .where("retracted_at", "is", null)
    .orderBy("recorded_at")
    .orderBy("id")
    .execute();
  const facts = await listFactRowsAbout(db, subjectIds);
  if (facts.length === 0) return rows.map(claimFromRow);
  // Both lists are in recorded order; a stable sort by the time alone keeps each one's order within it.
  return [...rows, ...facts].sort((a, b) => (a.recorded_at < b.recorded_at ? -1 : a.recorded_at > b.recorded_at ? 1 : 0)).map(claimFromRow);
}

export async function listClaimsBySource(db: Db, sourceId: string): Promise<Claim[]> {
  const rows = await db.selectFrom("claim").selectAll().where("source_id", "=", sourceId).orderBy("quote_start").orderBy("id").execute();
  // A dataset's credits, facts of its lines (migration 0020), after its claims, in file order.
  const facts = await listFactRowsOfSource(db, sourceId, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return [...rows, ...facts].map(claimFromRow);
}

