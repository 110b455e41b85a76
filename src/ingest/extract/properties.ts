import type { Qualifiers } from "../../domain/claim.ts";

/**
 * Every claim property the extractor makes, typed once: what its value is, whether a title
 * holds one or many, and which qualifiers narrow it. Rules name properties from this registry,
 * so a misspelt property does not compile.
 */
export interface PropertySpec {
  value: "date" | "number" | "enum" | "text" | "mention";
  /** Single-valued properties compete (one release date per season and part); multi-valued ones add up. */
  cardinality: "single" | "multi";
  subject: "title" | "person";
  qualifiers: readonly (keyof Qualifiers)[];
  /** Allowed enum values, where the card reads them. */
  values?: readonly string[];
}

export const seasonStatuses = ["renewed", "cancelled", "final-season", "in-development", "unconfirmed", "announced", "released", "ended"] as const;
export const productionEvents = [
  "filming-started",
  "filming-wrapped",
  "filming-halted",
  "filming-resumed",
  "filming-postponed",
  "script-reading",
  "post-production",
  "casting",
  "date-announced",
  "postponed",
  "finale",
  "renewed",
  "cancelled",
] as const;

export const properties = {
  platform: { value: "enum", cardinality: "multi", subject: "title", qualifiers: ["label"] },
  country: { value: "enum", cardinality: "single", subject: "title", qualifiers: [] },
  genre: { value: "enum", cardinality: "multi", subject: "title", qualifiers: [] },
  synopsis: { value: "text", cardinality: "single", subject: "title", qualifiers: [] },
  "title-kind": { value: "enum", cardinality: "single", subject: "title", qualifiers: [], values: ["series", "film"] },
  "release-date": { value: "date", cardinality: "single", subject: "title", qualifiers: ["season", "part", "platform", "region", "hedge", "label", "doubted"] },
  "episode-count": { value: "number", cardinality: "single", subject: "title", qualifiers: ["season", "part"] },
  "part-count": { value: "number", cardinality: "single", subject: "title", qualifiers: ["season"] },
  "season-status": { value: "enum", cardinality: "single", subject: "title", qualifiers: ["season", "pointInTime"], values: seasonStatuses },
  "production-event": { value: "enum", cardinality: "multi", subject: "title", qualifiers: ["season", "pointInTime", "label"], values: productionEvents },
  "production-status": { value: "enum", cardinality: "single", subject: "title", qualifiers: ["season", "pointInTime", "label"] },
  "cast-member": { value: "mention", cardinality: "multi", subject: "title", qualifiers: ["character", "characterNote", "season", "label"] },
  recast: { value: "mention", cardinality: "multi", subject: "title", qualifiers: ["character", "label"] },
  "crew-member": { value: "mention", cardinality: "multi", subject: "title", qualifiers: ["job", "season"] },
  "known-for": { value: "mention", cardinality: "multi", subject: "person", qualifiers: [] },
  "hours-viewed": { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "week", "season", "platform", "label"] },
  views: { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "week", "season", "platform", "label"] },
  rank: { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "week", "season", "platform", "label"] },
  "weeks-at-number-1": { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "season", "platform"] },
  "consecutive-weeks-at-number-1": { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "season", "platform"] },
  "weeks-in-top-10": { value: "number", cardinality: "multi", subject: "title", qualifiers: ["scope", "list", "season", "platform"] },
  rating: { value: "number", cardinality: "multi", subject: "title", qualifiers: ["site", "scale", "label", "pointInTime"] },
  statement: { value: "text", cardinality: "multi", subject: "title", qualifiers: ["speaker", "onBehalfOf", "via", "pointInTime"] },
  controversy: { value: "text", cardinality: "multi", subject: "person", qualifiers: ["pointInTime"] },
  "military-service": { value: "enum", cardinality: "single", subject: "person", qualifiers: ["pointInTime"] },
  age: { value: "number", cardinality: "single", subject: "person", qualifiers: ["pointInTime"] },
  "sequel-talk": { value: "text", cardinality: "multi", subject: "title", qualifiers: ["speaker"] },
  risk: { value: "enum", cardinality: "multi", subject: "title", qualifiers: ["pointInTime"] },
} as const satisfies Record<string, PropertySpec>;

export type PropertyName = keyof typeof properties;

