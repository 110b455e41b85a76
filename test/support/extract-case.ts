import assert from "node:assert/strict";
import { cleanArticle } from "../../src/ingest/read/clean-article.ts";
import { extractClaims } from "../../src/ingest/extract/extract-claims.ts";
import type { ExtractedClaim } from "../../src/ingest/extract/types.ts";

export interface CaseOptions {
  /** The show the article is about; also put in the headline. */
  title: string;
  published?: string | null;
  /** Extra paragraphs before the sentence (context: an earlier mention, a cast table). */
  before?: string[];
}

/** Extracts claims from one sentence set in a minimal article about `title`. */
export function extractSentence(sentence: string, options: CaseOptions): ExtractedClaim[] {
  const text = [`${options.title}: the latest news`, ...(options.before ?? []), sentence].join("\n\n");
  const article = cleanArticle(text, { published: options.published === undefined ? "2024-06-01" : options.published });
  return extractClaims(article, { title: options.title }).claims;
}

export interface Wanted {
  property: string;
  subject?: string;
  value?: string | number;
  date?: string;
  precision?: string;
  certainty?: string | string[];
  [qualifier: string]: unknown;
}

function valueText(claim: ExtractedClaim): string | number {
  const value = claim.value;
  if (value.type === "mention") return value.mention.name;
  if (value.type === "number") return value.value;
  if (value.type === "date") return value.date;
  return value.value;
}

/** Whether a claim has every field the case names; qualifiers are compared by name. */
export function matches(claim: ExtractedClaim, wanted: Wanted): boolean {
  if (claim.property !== wanted.property) return false;
  for (const [key, expected] of Object.entries(wanted)) {
    if (key === "property") continue;
    if (key === "subject") {
      if (claim.subject.name.toLowerCase() !== String(expected).toLowerCase()) return false;
    } else if (key === "value") {
      const actual = valueText(claim);
      if (typeof expected === "string" ? String(actual).toLowerCase() !== expected.toLowerCase() : actual !== expected) return false;
    } else if (key === "date" || key === "precision") {
      if (claim.value.type !== "date" || claim.value[key] !== expected) return false;
    } else if (key === "certainty") {
      if (Array.isArray(expected) ? !expected.includes(claim.certainty) : claim.certainty !== expected) return false;
    } else if (key === "approximate") {
      if (claim.value.type !== "number" || claim.value.approximate !== expected) return false;
    } else {
      const actual = (claim.qualifiers as Record<string, unknown>)[key];
      if (key === "pointInTime") {
        if ((actual as { date?: string } | undefined)?.date !== expected) return false;
      } else if (typeof expected === "string" && typeof actual === "string") {
        if (actual.toLowerCase() !== expected.toLowerCase()) return false;
      } else if (actual !== expected) return false;
    }
  }
  return true;
}

function describe(claims: ExtractedClaim[]): string {
  return claims.map((c) => `${c.subject.name} ${c.property}=${JSON.stringify(valueText(c))} ${c.certainty} ${JSON.stringify(c.qualifiers)}`).join("\n  ") || "(no claims)";
}

export function assertHas(sentence: string, options: CaseOptions, wanted: Wanted): void {
  const claims = extractSentence(sentence, options);
  assert.ok(claims.some((c) => matches(c, wanted)), `expected ${JSON.stringify(wanted)} from:\n  ${sentence}\ngot:\n  ${describe(claims)}`);
}

export function assertHasNot(sentence: string, options: CaseOptions, unwanted: Wanted): void {
  const claims = extractSentence(sentence, options);
  assert.ok(!claims.some((c) => matches(c, unwanted)), `did not expect ${JSON.stringify(unwanted)} from:\n  ${sentence}\ngot:\n  ${describe(claims)}`);
}
