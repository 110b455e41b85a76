import { windowEnd } from "../../domain/date-value.ts";
import type { Candidate } from "../rank-claims.ts";

function stageOf(value: Candidate["claim"]["value"]): string {
  return value.type === "text" || value.type === "enum" ? value.value : "";
}

/** Where production stands, from the latest production event on or before the day: filming, post-production or development. */
export function productionStage(mine: Candidate[], day: string): "filming" | "post-production" | "in-development" | undefined {
  const events = mine
    .filter((c) => c.claim.property === "production-event" || c.claim.property === "production-status")
    .filter((c) => !c.claim.qualifiers.pointInTime || c.claim.qualifiers.pointInTime.date <= day)
    // A planned start whose window has not closed by the day may not have happened yet.
    .filter((c) => !c.claim.qualifiers.planned || !c.claim.qualifiers.pointInTime || windowEnd(c.claim.qualifiers.pointInTime) < day)
    .filter((c) => c.claim.certainty !== "denied" && c.claim.certainty !== "speculative")
    .sort((a, b) => (a.claim.qualifiers.pointInTime?.date ?? "").localeCompare(b.claim.qualifiers.pointInTime?.date ?? ""));
  const kinds = new Set(events.map((e) => stageOf(e.claim.value)));
  // A shoot put off before it began and then "on hold" never started: the season is still being made ready.
  // Likewise a production "put on hold" whose shoot is planned for after the day: filming has not begun.
  const startsLater = mine.some((c) => c.claim.property === "production-event" && stageOf(c.claim.value) === "filming-started" && c.claim.certainty !== "denied" && (c.claim.qualifiers.pointInTime?.date ?? "") > day);
  const neverStarted = (kinds.has("filming-postponed") || (startsLater && kinds.has("filming-halted"))) && !kinds.has("filming-started") && !kinds.has("filming-resumed") && !kinds.has("filming");
  for (let i = events.length - 1; i >= 0; i--) {
    const kind = stageOf(events[i]!.claim.value);
    if (kind === "filming-wrapped" || kind === "post-production") return "post-production";
    if ((kind === "filming-halted" || kind === "filming-postponed") && neverStarted) return "in-development";
    if (kind === "filming-started" || kind === "filming-resumed" || kind === "filming" || kind === "filming-halted") return "filming";
    if (kind === "casting" || kind === "script-reading" || kind === "in-development") return "in-development";
  }
  return undefined;
}
