import { z } from "zod";
import type { Certainty } from "./certainty.ts";
import { precisions } from "./date-value.ts";

/** A claim's value, typed: Wikidata's snak values, plus approximate numbers and date windows. */
export const claimValueSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("date"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    precision: z.enum(precisions),
    label: z.string(),
  }),
  z.object({ type: z.literal("number"), value: z.number().finite(), approximate: z.boolean() }),
  z.object({ type: z.literal("enum"), value: z.string().min(1) }),
  z.object({ type: z.literal("entity"), entityId: z.string().min(1) }),
  z.object({ type: z.literal("text"), value: z.string() }),
]);
export type ClaimValue = z.infer<typeof claimValueSchema>;

/**
 * Qualifiers narrow a claim the way Wikidata's do: which season, part, region, list, week,
 * character. Values are plain JSON so that new qualifiers need no migration.
 */
export const qualifiersSchema = z
  .object({
    season: z.number().int().positive(),
    part: z.number().int().positive(),
    region: z.string(),
    platform: z.string(),
    list: z.string(),
    week: z.string(),
    scope: z.enum(["first-week", "week", "cumulative"]),
    character: z.string(),
    characterNote: z.string(),
    job: z.string(),
    site: z.string(),
    scale: z.enum(["percent", "10", "5"]),
    speaker: z.string(),
    onBehalfOf: z.string(),
    via: z.string(),
    /** When the claimed thing happened or was true (Wikidata's "point in time"). */
    pointInTime: z.object({ date: z.string(), precision: z.enum(precisions), label: z.string() }),
    /** "The date may still change", "nothing has been decided" and such hedges. */
    hedge: z.string(),
    /** What a denial or supersession points at. */
    denies: z.string(),
    /** The claim was about an expectation that turned out wrong or was doubted. */
    doubted: z.boolean(),
    /** An event told as ahead of the article ("filming is expected to begin later this month"): it had not happened when written. */
    planned: z.boolean(),
    label: z.string(),
  })
  .partial()
  .strict();
export type Qualifiers = z.infer<typeof qualifiersSchema>;

export const madeByKinds = ["extractor", "importer", "editor"] as const;
export type MadeByKind = (typeof madeByKinds)[number];

export interface MadeBy {
  kind: MadeByKind;
  name: string;
  version: string;
}

export interface Evidence {
  sourceId: string;
  quote: string;
  /** Character offsets of the quote in the source's stored text; null for dataset rows. */
  start: number | null;
  end: number | null;
}

export interface Claim {
  id: string;
  subjectId: string;
  property: string;
  value: ClaimValue;
  qualifiers: Qualifiers;
  certainty: Certainty;
  evidence: Evidence;
  madeBy: MadeBy;
  /** Transaction time: when the tracker recorded it. */
  recordedAt: string;
  /** Valid time of the knowledge: from when it was known (the source's publication date). */
  knownFrom: string | null;
  /** Transaction time end: set when the claim was retracted; the row is never deleted. */
  retractedAt: string | null;
}

export type NewClaim = Omit<Claim, "id" | "recordedAt" | "retractedAt">;

export const sourceKinds = ["article", "dataset", "manual"] as const;
export type SourceKind = (typeof sourceKinds)[number];

export interface Source {
  id: string;
  kind: SourceKind;
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  /** YYYY-MM-DD when the source says it; null when it does not ("not given"). */
  published: string | null;
  /** A lower bound read from the newest dated event the text mentions, when `published` is null. */
  publishedInferred: string | null;
  retrievedAt: string;
  contentHash: string;
  /** The outlet the source itself cites as its origin ("Source: Screen Ledger"). */
  via: string | null;
  format: string;
  text: string;
  /** A changed article at the same URL is a new version of the earlier source. */
  previousVersionId: string | null;
}

export type NewSource = Omit<Source, "id">;
