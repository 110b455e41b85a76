import type { Claim } from "./claim.ts";

/** Properties with one right answer per question: two different values are a conflict. */
const singleValued = new Set(["release-date", "episode-count", "season-status", "country", "title-kind", "part-count"]);

/** The question a claim answers ("release date of season 1 part 1"), or undefined for many-valued properties. */
export function conflictKey(claim: Pick<Claim, "property" | "qualifiers" | "subjectId">): string | undefined {
  if (!singleValued.has(claim.property)) return undefined;
  const q = claim.qualifiers;
  return [claim.subjectId, claim.property, q.season ?? 1, claim.property === "release-date" ? q.part ?? 1 : q.part ?? ""].join("|");
}
