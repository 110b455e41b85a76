import { certaintyStrength, type Certainty } from "../domain/certainty.ts";
import type { Claim, Source } from "../domain/claim.ts";
import { precisionRank, within, type DateValue } from "../domain/date-value.ts";

/** A claim with what ranking needs to know about its source. */
export interface Candidate {
  claim: Claim;
  source: Source;
}

export interface RankedGroup<T> {
  value: T;
  certainty: Certainty;
  candidates: Candidate[];
  doubted: boolean;
}

export interface Reconciled<T> {
  winner: RankedGroup<T>;
  losers: { group: RankedGroup<T>; superseded: boolean; reason: string }[];
  explanation: string;
  corroboration: number;
}

/** Datasets by who publishes them: a platform's own figures are official; community databases are fans' work. */
const datasetTiers: Record<string, number> = { "netflix-top10": 3, "netflix-engagement": 3, kdrama: 1, imdb: 1, "netflix-titles": 1 };

/**
 * Official word (a platform's own dataset, an editor's entry) outranks trade and news reports,
 * which outrank fan and community databases.
 */
export function sourceTier(source: Source): number {
  if (source.kind === "manual") return 3;
  if (source.kind === "dataset") return datasetTiers[source.format] ?? 1;
  return 2;
}

/** When the source knew it: its publication date, or the lower bound inferred from its content. */
export function knownDate(candidate: Candidate): string {
  return candidate.source.published ?? candidate.source.publishedInferred ?? candidate.claim.recordedAt.slice(0, 10);
}

function effectiveStrength(group: { certainty: Certainty; doubted: boolean }): number {
  return group.doubted ? 0.5 : certaintyStrength(group.certainty);
}

function specificity(value: unknown): number {
  if (value && typeof value === "object" && "precision" in value) return -precisionRank((value as DateValue).precision);
  return 0;
}

function bestCandidate(candidates: Candidate[]): Candidate {
  return [...candidates].sort((a, b) => certaintyStrength(b.claim.certainty) - certaintyStrength(a.claim.certainty) || sourceTier(b.source) - sourceTier(a.source) || knownDate(b).localeCompare(knownDate(a)))[0]!;
}

/**
 * Certainty first, then the source's tier, then recency, then specificity (a day beats a
 * window), then how many sources agree. Returns a negative number when `a` ranks first.
 */
export function compareGroups<T>(a: RankedGroup<T>, b: RankedGroup<T>): number {
  const best = (g: RankedGroup<T>) => bestCandidate(g.candidates);
  return (
    effectiveStrength(b) - effectiveStrength(a) ||
    sourceTier(best(b).source) - sourceTier(best(a).source) ||
    knownDate(best(b)).localeCompare(knownDate(best(a))) ||
    specificity(b.value) - specificity(a.value) ||
    new Set(b.candidates.map((c) => c.source.id)).size - new Set(a.candidates.map((c) => c.source.id)).size
  );
}

/** Why `loser` ranks below `winner`, said of the loser. */
function describeLoss<T>(winner: RankedGroup<T>, loser: RankedGroup<T>): string {
  if (loser.certainty === "denied") return "denied";
  if (loser.doubted && !winner.doubted) return "doubted by its own source";
  if (isDate(winner.value) && isDate(loser.value) && precisionRank(winner.value.precision) < precisionRank(loser.value.precision) && within(winner.value, loser.value)) {
    return `less specific: ${winner.value.label} lies within it`;
  }
  const ws = effectiveStrength(winner);
  const ls = effectiveStrength(loser);
  if (ws !== ls) return ls < ws ? `less certain (${loser.certainty} against ${winner.certainty})` : `more certain, but ${winner.value && isDate(winner.value) ? "a more specific value within it" : "outweighed"}`;
  const wb = bestCandidate(winner.candidates);
  const lb = bestCandidate(loser.candidates);
  if (sourceTier(wb.source) !== sourceTier(lb.source)) return sourceTier(lb.source) < sourceTier(wb.source) ? "a less authoritative source (fan database or news against official word)" : "outranked";
  if (knownDate(wb) !== knownDate(lb)) return knownDate(lb) < knownDate(wb) ? `older (${knownDate(lb)} against ${knownDate(wb)})` : "newer, but outranked";
  if (specificity(winner.value) !== specificity(loser.value)) return "less specific";
  return "fewer sources agree";
}

/**
 * Groups claims that give the same value, picks the winning value and keeps every other value as
 * a conflict with the reason it lost. `refines` lets a more specific value inside the winner's
 * window take its place ("30 Dec 2022" within "Dec 2022") instead of contradicting it.
 */
export function reconcileValues<T>(
  candidates: Candidate[],
  valueOf: (claim: Claim) => T,
  keyOf: (value: T) => string,
): Reconciled<T> | undefined {
  if (candidates.length === 0) return undefined;
  const groups = new Map<string, RankedGroup<T>>();
  for (const candidate of candidates) {
    const value = valueOf(candidate.claim);
    const key = keyOf(value) + (candidate.claim.qualifiers.doubted ? "|doubted" : "");
    const group = groups.get(key) ?? { value, certainty: candidate.claim.certainty, candidates: [], doubted: candidate.claim.qualifiers.doubted === true };
    group.candidates.push(candidate);
    if (certaintyStrength(candidate.claim.certainty) > certaintyStrength(group.certainty)) group.certainty = candidate.claim.certainty;
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort(compareGroups);
  let winner = ordered[0]!;
  let explanation = ordered.length === 1 ? "the only value reported" : `the other values are ${describeLoss(winner, ordered[1]!)}`;
  // A more specific date inside the winning window refines it rather than contradicting it.
  if (isDate(winner.value)) {
    const refinement = ordered.find(
      // A guess does not narrow a firmer window ("2024" confirmed, "probably early 2024" speculative); a report may narrow official word.
      (g) => g !== winner && !g.doubted && g.certainty !== "denied" && certaintyStrength(g.certainty) >= Math.min(certaintyStrength(winner.certainty), certaintyStrength("reported")) && isDate(g.value) && precisionRank(g.value.precision) < precisionRank((winner.value as DateValue).precision) && within(g.value, winner.value as DateValue),
    );
    if (refinement) {
      explanation = `${(refinement.value as DateValue).label} lies within ${(winner.value as DateValue).label} and is more specific`;
      winner = refinement;
    }
  }
  const winnerKnown = knownDate(bestCandidate(winner.candidates));
  const losers = ordered
    .filter((g) => g !== winner)
    .map((group) => {
      const known = knownDate(bestCandidate(group.candidates));
      const superseded = group.doubted || group.certainty === "denied" || (winner.certainty === "confirmed" && group.certainty !== "confirmed") || known < winnerKnown || (isDate(group.value) && isDate(winner.value) && within(winner.value, group.value));
      return { group, superseded, reason: describeLoss(winner, group) };
    });
  return { winner, losers, explanation, corroboration: new Set(winner.candidates.map((c) => c.source.id)).size };
}

function isDate(value: unknown): value is DateValue {
  return typeof value === "object" && value !== null && "precision" in value && "date" in value;
}

/**
 * Whether the platform's own word says nothing is decided about a season ("Nothing has been decided", told
 * by the network: an "unconfirmed" status held as confirmed). Then only evidence as strong as it counts
 * for that season's status and outlook: reports and rumours of a renewal, a shoot or a date do not.
 */
export function officiallyUndecided(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.claim.property === "season-status" && (c.claim.value.type === "enum" || c.claim.value.type === "text") && c.claim.value.value === "unconfirmed" && c.claim.certainty === "confirmed");
}
