import { z } from "zod";
import { certainties } from "../domain/certainty.ts";
import { precisions } from "../domain/date-value.ts";

// The public title card (docs/title-card.md): the one read model that pages, API, feeds and the
// CLI share. Fields may be added; none may be renamed or dropped without a version bump. The JSON
// Schema in docs/ is generated from this file (npm run schema).

export const certaintySchema = z.enum(certainties);

export const dateValueSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  precision: z.enum(precisions),
  label: z.string(),
});

export const sourceRefSchema = z.object({
  id: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  via: z.string().nullable(),
  quote: z.string(),
  /** Where the quote stands in the source's stored text (null for dataset rows). */
  start: z.number().int().nullable().optional(),
  end: z.number().int().nullable().optional(),
  /** A lower bound for an undated source, read from the newest event it mentions. */
  publishedInferred: z.string().nullable().optional(),
});

export function valued<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    certainty: certaintySchema,
    sources: z.array(sourceRefSchema),
    conflicts: z.array(
      z.object({
        value,
        certainty: certaintySchema,
        sources: z.array(sourceRefSchema),
        superseded: z.boolean(),
        /** Why this value lost, in words. */
        reason: z.string().optional(),
      }),
    ),
    /** How many independent sources give the winning value. */
    corroboration: z.number().int().optional(),
    /** Why the value won, or how the values fit together ("16 episodes in two parts of 8"). */
    explanation: z.string().optional(),
    /** "subject to change" and other hedges attached to the winning value. */
    hedge: z.string().optional(),
  });
}

export const personRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  hangul: z.string().nullable(),
  aliases: z.array(z.string()),
});

export const seasonStatuses = ["rumored", "unconfirmed", "announced", "in-development", "filming", "post-production", "scheduled", "released", "cancelled"] as const;

export const seasonSchema = z.object({
  number: z.number().int().positive(),
  status: z.enum(seasonStatuses),
  episodeCount: valued(z.number()).nullable(),
  releases: z.array(
    z.object({
      part: z.number().int().positive().nullable(),
      platform: z.string(),
      region: z.string(),
      when: valued(dateValueSchema),
    }),
  ),
  /** Number of parts the season is released in, when known. */
  parts: z.number().int().positive().nullable().optional(),
});

export const outlookStatuses = ["unconfirmed", "renewed", "cancelled", "ended", "in-development", "filming", "post-production", "scheduled"] as const;

export const outlookSchema = z.object({
  /** The season to come; null when no source says which season that is (a long-running show's unnumbered season). */
  season: z.number().int().positive().nullable(),
  status: z.enum(outlookStatuses),
  /** How sure the status is: the strongest claim behind it; null when the status is an absence of news ("unconfirmed"). */
  certainty: certaintySchema.nullable().optional(),
  asOf: z.string().nullable(),
  signals: z.array(
    z.object({
      polarity: z.enum(["positive", "negative", "neutral"]),
      kind: z.string(),
      summary: z.string(),
      sources: z.array(sourceRefSchema),
      /** The figures a summary stands for (a viewership line's weekly ranks and hours), one per line. */
      details: z.array(z.string()).optional(),
    }),
  ),
  earliest: dateValueSchema.nullable(),
  /** The rules that gave the status and the earliest date, in order. */
  reasoning: z.array(z.string()).optional(),
});

export const castCreditSchema = z.object({
  person: personRefSchema,
  character: z.string().nullable(),
  characterAliases: z.array(z.string()),
  knownFor: z.array(z.string()),
  sources: z.array(sourceRefSchema),
  /** "young", or a description for an unnamed role ("one of the bullies"). */
  note: z.string().nullable().optional(),
});

export const crewCreditSchema = z.object({
  person: personRefSchema,
  job: z.string(),
  knownFor: z.array(z.string()),
  sources: z.array(sourceRefSchema),
});

export const metricSchema = z.object({
  platform: z.string(),
  metric: z.enum(["hours-viewed", "views", "rank", "weeks-at-number-1", "consecutive-weeks-at-number-1", "weeks-in-top-10"]),
  scope: z.enum(["first-week", "week", "cumulative"]),
  list: z.string().nullable(),
  week: z.string().nullable(),
  value: z.number(),
  approximate: z.boolean(),
  corroborated: z.boolean(),
  sources: z.array(sourceRefSchema),
  season: z.number().int().nullable().optional(),
  /** "most popular, first 28 days", "engagement report Jan–Jun 2023": what a cumulative figure covers. */
  label: z.string().optional(),
  /** Other sources' different figures for the same measure (a dataset against an article). */
  conflicts: z.array(z.object({ value: z.number(), sources: z.array(sourceRefSchema) })).optional(),
});

export const ratingSchema = z.object({
  site: z.string(),
  value: z.number(),
  scale: z.enum(["percent", "10", "5"]),
  sources: z.array(sourceRefSchema),
  /** "nationwide", "capital area", an episode: what the figure measures. */
  label: z.string().nullable().optional(),
});

export const statementSchema = z.object({
  speaker: z.string(),
  onBehalfOf: z.string().nullable(),
  quote: z.string(),
  date: z.string().nullable(),
  via: z.string().nullable(),
  sources: z.array(sourceRefSchema),
});

export const timelineEventSchema = z.object({
  date: dateValueSchema,
  kind: z.string(),
  summary: z.string(),
  certainty: certaintySchema,
  sources: z.array(sourceRefSchema),
  /** Set when another dated event contradicts this one. */
  contradiction: z.string().optional(),
});

export const titleCardSchema = z.object({
  id: z.string(),
  title: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(["series", "film"]),
  platforms: z.array(z.string()),
  country: z.string().nullable(),
  genres: z.array(z.string()),
  synopsis: valued(z.string()).nullable(),
  seasons: z.array(seasonSchema),
  nextSeason: outlookSchema.nullable(),
  cast: z.array(castCreditSchema),
  crew: z.array(crewCreditSchema),
  viewership: z.array(metricSchema),
  ratings: z.array(ratingSchema),
  statements: z.array(statementSchema),
  timeline: z.array(timelineEventSchema),
  sources: z.array(sourceRefSchema),
  lastUpdated: z.string(),
  /** People of the cast and crew who worked together before, on which title. */
  reunions: z.array(z.object({ title: z.string(), people: z.array(z.string()) })).optional(),
  /** The date the card was built as of, when not today. */
  asOf: z.string().nullable().optional(),
  /** What the card could not use or had to guess ("1 source without a date left out of this past view"). */
  notes: z.array(z.string()).optional(),
});

export type TitleCard = z.infer<typeof titleCardSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Season = z.infer<typeof seasonSchema>;
export type Outlook = z.infer<typeof outlookSchema>;
export type CastCredit = z.infer<typeof castCreditSchema>;
export type CrewCredit = z.infer<typeof crewCreditSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;

export function titleCardJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(titleCardSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
