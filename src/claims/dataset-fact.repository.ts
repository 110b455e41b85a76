import { sql, type Selectable } from "kysely";
import type { NewClaim } from "../domain/claim.ts";
import type { ClaimTable, DatasetFactTable } from "../storage/database.ts";
import type { Db } from "../storage/db.ts";
import { analyzeStagingTable, bulkLoad, createStagingTable } from "../storage/dialect.ts";
import { stableJson } from "../storage/ids.ts";
import { recordChangeEvents } from "./change-event.repository.ts";

/**
 * Dataset credits as facts of their source (migration 0020): a cast or crew row of a dataset is one
 * narrow row keyed by its source, line and place in the line, written by a bulk load, with two
 * indexes (by subject, by value) instead of a claim row with five, a fingerprint and foreign keys.
 * Readers see them as claims: `factClaimRow` gives the claim row a fact stands for (recorded when
 * its source was, its quote the row as read), so that cards, person pages and source views show
 * what they showed when these were claim rows.
 */

/** The properties a dataset writes as facts: credits, whose value is a person. */
export const FACT_PROPERTIES: readonly string[] = ["cast-member", "crew-member"];

/** A claim of a dataset row that is kept as a fact: where in the file it was read. */
export interface NewDatasetFact {
  claim: NewClaim & { value: { type: "entity"; entityId: string } };
  line: number;
  n: number;
}

export function isFactClaim(claim: NewClaim): claim is NewDatasetFact["claim"] {
  return claim.madeBy.kind === "importer" && claim.value.type === "entity" && FACT_PROPERTIES.includes(claim.property);
}

/** A fact's id as claims are named where one is referred to (an editor's split): `fct:<source>:<line>:<n>`. */
export function factId(row: Pick<DatasetFactTable, "source_id" | "line" | "n">): string {
  return `fct:${row.source_id}:${row.line}:${row.n}`;
}

export function parseFactId(id: string): { sourceId: string; line: number; n: number } | undefined {
  const match = /^fct:([^:]+):(\d+):(\d+)$/.exec(id);
  return match ? { sourceId: match[1]!, line: Number(match[2]), n: Number(match[3]) } : undefined;
}

type FactRow = Selectable<DatasetFactTable> & { recorded_at: string };

/** The claim row a fact stands for. */
export function factClaimRow(row: FactRow): Selectable<ClaimTable> {
  const value = { type: "entity" as const, entityId: row.value_entity_id };
  const qualifiers = row.qualifiers_json ?? "{}";
  return {
    id: factId(row),
    subject_id: row.subject_id,
    property: row.property,
    value_type: "entity",
    value_json: stableJson(value),
    value_key: row.value_entity_id,
    value_entity_id: row.value_entity_id,
    qualifiers_json: qualifiers,
    certainty: row.certainty,
    rank: "normal",
    rank_reason: null,
    source_id: row.source_id,
    quote: row.quote,
    quote_start: null,
    quote_end: null,
    made_by_kind: "importer",
    made_by: row.made_by,
    made_by_version: row.made_by_version,
    recorded_at: row.recorded_at,
    known_from: row.known_from,
    retracted_at: row.retracted_at,
    // Unique within its source as a fingerprint is (a copy an editor makes of it extends it).
    fingerprint: factId(row),
  };
}

function selectFacts(db: Db) {
  return db.selectFrom("dataset_fact").innerJoin("source", "source.id", "dataset_fact.source_id").selectAll("dataset_fact").select("source.retrieved_at as recorded_at");
}

/** In the order an import appended them: by when their source was recorded, then where in it. */
const appendOrder = <T extends ReturnType<typeof selectFacts>>(query: T): T =>
  query.orderBy("source.retrieved_at").orderBy("dataset_fact.source_id").orderBy("dataset_fact.line").orderBy("dataset_fact.n") as T;

/** Live facts about any of the subjects or naming them as their value, as claim rows. */
export async function listFactRowsAbout(db: Db, ids: string[]): Promise<Selectable<ClaimTable>[]> {
  if (ids.length === 0) return [];
  const rows = await appendOrder(selectFacts(db).where((eb) => eb.or([eb("dataset_fact.subject_id", "in", ids), eb("dataset_fact.value_entity_id", "in", ids)])).where("dataset_fact.retracted_at", "is", null)).execute();
  return rows.map(factClaimRow);
}

/** Live facts naming any of the entities as their value (a person's credits), as claim rows. */
export async function listFactRowsNaming(db: Db, valueIds: string[], subjectId?: string): Promise<Selectable<ClaimTable>[]> {
  if (valueIds.length === 0) return [];
  let query = selectFacts(db).where("dataset_fact.value_entity_id", "in", valueIds).where("dataset_fact.retracted_at", "is", null);
  if (subjectId !== undefined) query = query.where("dataset_fact.subject_id", "=", subjectId);
  return (await appendOrder(query).execute()).map(factClaimRow);
}

export async function countFactsOfSource(db: Db, sourceId: string): Promise<number> {
  const row = await db.selectFrom("dataset_fact").select((eb) => eb.fn.countAll<string | number>().as("n")).where("source_id", "=", sourceId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A source's facts in file order (all of them, retracted too, as its claims are listed), as claim rows. */
export async function listFactRowsOfSource(db: Db, sourceId: string, page: { offset: number; limit: number }): Promise<Selectable<ClaimTable>[]> {
  const rows = await selectFacts(db).where("dataset_fact.source_id", "=", sourceId).orderBy("dataset_fact.line").orderBy("dataset_fact.n").limit(page.limit).offset(page.offset).execute();
  return rows.map(factClaimRow);
}

/** Marks facts retracted (an editor moved them to claims) or live again (undone). */
export async function setFactsRetracted(db: Db, ids: string[], at: string | null): Promise<void> {
  for (const id of ids) {
    const key = parseFactId(id);
    if (!key) continue;
    await db.updateTable("dataset_fact").set({ retracted_at: at }).where("source_id", "=", key.sourceId).where("line", "=", key.line).where("n", "=", key.n).execute();
  }
}

const COLUMNS = ["source_id", "line", "n", "subject_id", "property", "value_entity_id", "qualifiers_json", "certainty", "quote", "known_from", "made_by", "made_by_version"] as const satisfies readonly (keyof DatasetFactTable)[];
const STAGE = "fact_stage";
const stageColumns = COLUMNS.map((c) => `${c} ${c === "line" || c === "n" ? "integer" : "text"}`).join(", ");
const columnList = COLUMNS.join(", ");

/**
 * Appends a batch's facts, in the caller's transaction: staged by a bulk load (COPY on PostgreSQL, a
 * prepared multi-row insert on SQLite), then one INSERT … SELECT into `dataset_fact`, and a change
 * event per subject that gained facts (with their count), as claims' bulk insert writes. A fact the
 * same maker already holds about the subject (from this file: a run re-reading its rows; from another
 * copy of the dataset; or as a claim row written before migration 0020) is left out, as a claim with
 * the same fingerprint was: each staged fact asks the subject's facts and credit claims by their
 * subject index, which a title's facts share. Returns how many facts were added.
 *
 * Facts about a subject made in the same batch (`madeInBatch`: a placeholder title the batch's
 * lookup did not find) skip the stage and the look: nothing but this batch can hold a fact about it,
 * so the batch's own set is the check, and they are appended to `dataset_fact` directly. A title
 * whose rows go on into the next batch is no longer new there, and its later facts take the look.
 */
export async function insertDatasetFacts(db: Db, facts: NewDatasetFact[], recordedAt: string, event: { kind: string; payloadKind: string }, madeInBatch: (subjectId: string) => boolean = () => false): Promise<number> {
  if (facts.length === 0) return 0;
  const inBatch = new Set<string>();
  const rows: (string | number | null)[][] = [];
  const direct: (string | number | null)[][] = [];
  const gained = new Map<string, number>();
  for (const { claim, line, n } of facts) {
    const qualifiers = stableJson(claim.qualifiers);
    const qualifiersJson = qualifiers === "{}" ? null : qualifiers;
    const row = [claim.evidence.sourceId, line, n, claim.subjectId, claim.property, claim.value.entityId, qualifiersJson, claim.certainty, claim.evidence.quote, claim.knownFrom, claim.madeBy.name, claim.madeBy.version];
    const key = `${claim.madeBy.name}\u0000${claim.subjectId}\u0000${claim.property}\u0000${claim.value.entityId}\u0000${qualifiers}`;
    if (inBatch.has(key)) continue;
    inBatch.add(key);
    if (madeInBatch(claim.subjectId)) {
      direct.push(row);
      gained.set(claim.subjectId, (gained.get(claim.subjectId) ?? 0) + 1);
    } else rows.push(row);
  }
  await bulkLoad(db, "dataset_fact", [...COLUMNS], direct);
  const added = rows.length === 0 ? { rows: [] } : await stageAndInsert(db, rows);
  for (const { subject_id } of added.rows) gained.set(subject_id, (gained.get(subject_id) ?? 0) + 1);
  // In the order the subjects first appear in the batch, as the claims' events are.
  const order = [...new Set(facts.map((f) => f.claim.subjectId))].filter((id) => gained.has(id));
  const sourceId = facts[0]!.claim.evidence.sourceId;
  await recordChangeEvents(db, order.map((entityId) => ({ kind: event.kind, entityId, claimId: null, sourceId, payload: { claims: gained.get(entityId)!, kind: event.payloadKind } })), recordedAt);
  return direct.length + added.rows.length;
}

/** Facts that the store may already hold: staged, then appended by one INSERT … SELECT that leaves those out. */
async function stageAndInsert(db: Db, rows: (string | number | null)[][]): Promise<{ rows: { subject_id: string }[] }> {
  await createStagingTable(db, STAGE, stageColumns);
  await bulkLoad(db, STAGE, [...COLUMNS], rows);
  await analyzeStagingTable(db, STAGE);
  const added = await sql<{ subject_id: string }>`
    INSERT INTO dataset_fact (${sql.raw(columnList)})
    SELECT ${sql.raw(COLUMNS.map((c) => `staged.${c}`).join(", "))}
    FROM ${sql.table(STAGE)} staged
    WHERE NOT EXISTS (SELECT 1 FROM dataset_fact f WHERE f.subject_id = staged.subject_id AND f.property = staged.property AND f.value_entity_id = staged.value_entity_id
        AND coalesce(f.qualifiers_json, '{}') = coalesce(staged.qualifiers_json, '{}') AND f.made_by = staged.made_by)
      AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.subject_id = staged.subject_id AND c.property = staged.property AND c.value_entity_id = staged.value_entity_id
        AND c.qualifiers_json = coalesce(staged.qualifiers_json, '{}') AND c.made_by = staged.made_by)
    ORDER BY staged.source_id, staged.line, staged.n
    ON CONFLICT (source_id, line, n) DO NOTHING
    RETURNING subject_id`.execute(db);
  await sql`DELETE FROM ${sql.table(STAGE)}`.execute(db);
  return added;
}
