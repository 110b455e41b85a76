import { z } from "zod";
import { AppError } from "../app/errors.ts";
import type { ChangePayload } from "./changes.ts";
import { releaseKey, type TitleState } from "./title-state.ts";

/** What a reader follows about a title: every change, or one typed question. */
export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("title") }),
  /** The season's status changes (renewed, cancelled, scheduled, released). */
  z.object({ kind: z.literal("season-status"), season: z.number().int().min(1).max(200) }),
  /** A release date or window is set, narrowed, moved or withdrawn for the season (or one part). */
  z.object({ kind: z.literal("release"), season: z.number().int().min(1).max(200), part: z.number().int().min(1).max(20).nullable().default(null) }),
  /** The season's (or part's) release day comes within N days. */
  z.object({ kind: z.literal("release-within"), season: z.number().int().min(1).max(200), part: z.number().int().min(1).max(20).nullable().default(null), days: z.number().int().min(1).max(366) }),
  z.object({ kind: z.literal("cast") }),
  z.object({ kind: z.literal("conflict") }),
  z.object({ kind: z.literal("risk") }),
]);
export type Question = z.infer<typeof questionSchema>;
export const questionKinds = ["title", "season-status", "release", "release-within", "cast", "conflict", "risk"] as const;

export function parseQuestion(input: unknown, where = "question"): Question {
  const parsed = questionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_INPUT", `${where}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "kind"}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** The same question always has the same key: following it twice is following it once. */
export function questionKey(q: Question): string {
  switch (q.kind) {
    case "season-status":
      return `season-status:${q.season}`;
    case "release":
      return `release:${q.season}:${q.part ?? ""}`;
    case "release-within":
      return `release-within:${q.season}:${q.part ?? ""}:${q.days}`;
    default:
      return q.kind;
  }
}

export function describeQuestion(q: Question): string {
  const which = (season: number, part: number | null) => `season ${season}${part ? ` part ${part}` : ""}`;
  switch (q.kind) {
    case "title":
      return "every change";
    case "season-status":
      return `status of season ${q.season}`;
    case "release":
      return `release date of ${which(q.season, q.part)}`;
    case "release-within":
      return `${which(q.season, q.part)} within ${q.days} days`;
    case "cast":
      return "cast joins and leaves";
    case "conflict":
      return "sources disagree";
    case "risk":
      return "risk signals";
  }
}

/** Whether a change answers the question. */
export function matches(q: Question, change: Pick<ChangePayload, "kind" | "season" | "part" | "days">): boolean {
  switch (q.kind) {
    case "title":
      return true;
    case "season-status":
      return change.kind === "season-status" && change.season === q.season;
    case "release":
      return change.kind.startsWith("release-") && change.kind !== "release-near" && change.season === q.season && (q.part === null || change.part === q.part);
    case "release-within":
      return change.kind === "release-near" && change.season === q.season && change.part === q.part && change.days === q.days;
    case "cast":
      return change.kind === "cast-joined" || change.kind === "cast-left";
    case "conflict":
      return change.kind === "conflict-appeared";
    case "risk":
      return change.kind === "risk-appeared";
  }
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The current answer, in words, from the title's state. */
export function answer(q: Question, state: TitleState, today: string): string {
  switch (q.kind) {
    case "title":
      return `${Object.keys(state.releases).length} release dates, ${Object.keys(state.cast).length} cast members known`;
    case "season-status":
      return state.seasons[String(q.season)] ?? "nothing known yet";
    case "release": {
      const r = state.releases[releaseKey(q.season, q.part)];
      return r ? `${r.label} (${r.certainty})` : "no date or window yet";
    }
    case "release-within": {
      const r = state.releases[releaseKey(q.season, q.part)];
      if (!r) return "no date yet";
      if (r.precision !== "day") return `only a window so far: ${r.label}`;
      const days = daysBetween(today, r.date);
      if (days < 0) return `released ${r.label}`;
      return days <= q.days ? `yes: ${r.label}, in ${days} days` : `not yet: ${r.label}, in ${days} days`;
    }
    case "cast":
      return `${Object.keys(state.cast).length} cast members`;
    case "conflict":
      return Object.values(state.conflicts).join("; ") || "no open disagreement";
    case "risk":
      return Object.values(state.risks).join("; ") || "no risk signal";
  }
}
