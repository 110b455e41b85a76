import assert from "node:assert/strict";
import { cleanArticle } from "../../src/ingest/read/clean-article.ts";
import { extractClaims, readLastAsTitleCase } from "../../src/ingest/extract/extract-claims.ts";
import type { ExtractedClaim } from "../../src/ingest/extract/types.ts";
import { buildFrame, latestPastYear, type Frame } from "../../src/ingest/extract/engine/frame.ts";
import type { RuledClaim } from "../../src/ingest/extract/engine/runner.ts";
import { buildTitleRegistry } from "../../src/ingest/extract/scope/titles.ts";
import { splitSentences } from "../../src/ingest/extract/sentences.ts";

export interface CaseOptions {
  /** The show the article is about; also put in the headline. */
  title: string;
  published?: string | null;
  /** Extra paragraphs before the sentence (context: an earlier mention, a cast table). */
  before?: string[];
  /** Paragraphs after it (a denial that answers the sentence). */
  after?: string[];
}

/** Extracts claims from one sentence set in a minimal article about `title`. */
export function extractSentence(sentence: string, options: CaseOptions): ExtractedClaim[] {
  const text = [`${options.title}: the latest news`, ...(options.before ?? []), sentence, ...(options.after ?? [])].join("\n\n");
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

/** A table row: the sentence, the article around it, and the claim wanted (or, in a trap table, unwanted). */
export type CaseRow = [sentence: string, options: CaseOptions, wanted: Wanted];

export interface SentenceDetail {
  /** What extractSentence returns; claims a rule made keep its id in `rule`. */
  claims: (ExtractedClaim & { rule?: string })[];
  /** Every rule's claims before the last pass (full names, dropped credits, one claim per fact). */
  ruled: RuledClaim[];
  /** The frames of the case's own sentence (not the headline or the paragraphs before it), as the rules read them. */
  frames: Frame[];
}

/**
 * The case's claims with the rules that made them, and the masked frames of its sentence, for the
 * rule coverage test. The frames are built as extractClaims builds them.
 */
export function extractSentenceDetail(sentence: string, options: CaseOptions): SentenceDetail {
  const text = [`${options.title}: the latest news`, ...(options.before ?? []), sentence].join("\n\n");
  const article = cleanArticle(text, { published: options.published === undefined ? "2024-06-01" : options.published });
  const result = extractClaims(article, { title: options.title });
  return { claims: result.claims, ruled: result.ruled ?? [], frames: articleFrames(article, options.title).filter((f) => f.sentence.paragraph === article.paragraphs.length - 1) };
}

/** The article's frames, built the way extractClaims builds them (title-case headings last, knowing the body's names). */
function articleFrames(article: ReturnType<typeof cleanArticle>, title: string): Frame[] {
  const published = article.meta.published;
  const { registry, main } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs }, { title });
  if (main === null) return [];
  const { sentences } = splitSentences(article.paragraphs);
  const titleCased = sentences.map(readLastAsTitleCase);
  const knownWords = new Set<string>();
  for (const s of sentences) {
    if (s.kind === "headline" || s.kind === "heading") continue;
    for (const m of s.text.matchAll(/(?<=[\p{L}\p{N},;:)”"’]\s+)[\p{Lu}][\p{L}\p{M}'’.-]*/gu)) knownWords.add(m[0].replace(/['’]s?$|\.$/g, ""));
  }
  const floorYear = published ? undefined : latestPastYear(sentences);
  const bodyFrames = sentences.map((s, i) => (titleCased[i] ? undefined : buildFrame(s, registry, published, undefined, knownWords, floorYear)));
  const bodyNames = new Set(bodyFrames.flatMap((f) => f?.slots.filter((slot) => slot.kind === "N").map((slot) => slot.text) ?? []));
  return sentences.map((s, i) => bodyFrames[i] ?? buildFrame(s, registry, published, bodyNames, knownWords, floorYear));
}
