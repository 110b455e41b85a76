import type { Selectable } from "kysely";
import type { z } from "zod";
import { AppError } from "../app/errors.ts";
import { claimValueSchema, qualifiersSchema, type Claim, type ClaimValue, type Qualifiers, type Source } from "../domain/claim.ts";
import type { Certainty } from "../domain/certainty.ts";
import type { Entity, EntityKind } from "../domain/entity.ts";
import type { ClaimTable, EntityTable, SourceTable } from "./database.ts";

// Row ⇄ domain conversions, once, for both engines.

export function valueKey(value: ClaimValue): string {
  switch (value.type) {
    case "date":
      return `${value.date}/${value.precision}`;
    case "number":
      return String(value.value);
    case "enum":
    case "text":
      return value.value.toLowerCase();
    case "entity":
      return value.entityId;
  }
}

/** A JSON column read back through its schema: a row cliffhanger did not write is refused by row and column, never cast. */
export function parseColumn<T>(schema: z.ZodType<T>, json: string, row: string, column: string): T {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new AppError("CORRUPT_ROW", `${row}: ${column} is not JSON (${(error as Error).message})`, { cause: error });
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new AppError("CORRUPT_ROW", `${row}: ${column}${issue.path.length ? ` at ${issue.path.join(".")}` : ""}: ${issue.message}`, { cause: result.error });
}

/** A claim's `value_json`, checked: every read of the column goes through here or `claimFromRow`. */
export function claimValueFromJson(json: string, claimId: string): ClaimValue {
  return parseColumn(claimValueSchema, json, `claim ${claimId}`, "value_json");
}

/** A claim's `qualifiers_json`, checked. */
export function qualifiersFromJson(json: string, claimId: string): Qualifiers {
  return parseColumn(qualifiersSchema, json, `claim ${claimId}`, "qualifiers_json");
}

export function claimFromRow(row: Selectable<ClaimTable>): Claim {
  return {
    id: row.id,
    subjectId: row.subject_id,
    property: row.property,
    value: claimValueFromJson(row.value_json, row.id),
    qualifiers: qualifiersFromJson(row.qualifiers_json, row.id),
    certainty: row.certainty as Certainty,
    evidence: { sourceId: row.source_id, quote: row.quote, start: row.quote_start, end: row.quote_end },
    madeBy: { kind: row.made_by_kind as Claim["madeBy"]["kind"], name: row.made_by, version: row.made_by_version },
    recordedAt: row.recorded_at,
    knownFrom: row.known_from,
    retractedAt: row.retracted_at,
  };
}

export function sourceFromRow(row: Selectable<SourceTable>): Source {
  return {
    id: row.id,
    kind: row.kind as Source["kind"],
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    author: row.author,
    published: row.published,
    publishedInferred: row.published_inferred,
    retrievedAt: row.retrieved_at,
    contentHash: row.content_hash,
    via: row.via,
    format: row.format,
    text: row.text,
    previousVersionId: row.previous_version_id,
  };
}

export function entityFromRow(row: Selectable<EntityTable>): Entity {
  return {
    id: row.id,
    kind: row.kind as EntityKind,
    name: row.name,
    hangul: row.hangul,
    parentId: row.parent_id,
    number: row.number === null ? null : Number(row.number),
    subtype: row.subtype,
    mergedInto: row.merged_into,
    createdAt: row.created_at,
  };
}
