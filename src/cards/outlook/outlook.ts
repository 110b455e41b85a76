import { certaintyStrength } from "../../domain/certainty.ts";
import { addMonths, dateValue, labelFor, windowEnd, type DateValue } from "../../domain/date-value.ts";
import type { Entity } from "../../domain/entity.ts";
import { officiallyUndecided, type Candidate } from "../rank-claims.ts";
import type { CastCredit, CrewCredit, Metric, Outlook, Rating, Season, SourceRef } from "../title-card.schema.ts";
import { productionStage } from "./production-stage.ts";
import { summarizeViewership } from "./viewership.ts";

/**
 * The next-season outlook: transparent rules, each signal with its sources, and an earliest
 * plausible release date with the reasoning written out. No hidden score.
 */

/** South Korea's conscription, as the law sets it: men serve 18–21 months, by the age of 28 at the latest (35 with deferments). */
export const MILITARY_SERVICE = { minAge: 18, maxAge: 35, minMonths: 18, maxMonths: 21 } as const;
/** From a renewal to a premiere a streaming season rarely takes less than this. */
export const RENEWAL_TO_RELEASE_MONTHS = 12;
/** From wrapped filming to a premiere, post-production rarely takes less than this. */
export const WRAP_TO_RELEASE_MONTHS = 4;

/** A status in words, as a sentence says it: "Season 2 is in post-production". */
export const statusWords: Record<Outlook["status"], string> = {
  unconfirmed: "not announced",
  renewed: "renewed",
  cancelled: "cancelled",
  ended: "not coming (the show has ended)",
  "in-development": "in development",
  filming: "filming",
  "post-production": "in post-production",
  scheduled: "scheduled",
};

export interface OutlookInput {
  seasons: Season[];
  candidates: Candidate[];
  titleId: string;
  cast: CastCredit[];
  crew: CrewCredit[];
  viewership: Metric[];
  ratings: Rating[];
  /** The day the outlook is judged on. */
  asOf: string;
  resolve: (id: string) => Entity | undefined;
}

type Signal = Outlook["signals"][number];

function ref(candidate: Candidate): SourceRef {
  const { claim, source } = candidate;
  return { id: source.id, outlet: source.outlet, url: source.url, author: source.author, published: source.published, via: claim.qualifiers.via ?? source.via, quote: claim.evidence.quote, start: claim.evidence.start, end: claim.evidence.end, publishedInferred: source.publishedInferred };
}

function text(candidate: Candidate): string {
  const value = candidate.claim.value;
  return value.type === "enum" || value.type === "text" ? value.value : "";
}

function monthOf(iso: string): DateValue {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return dateValue(y, m, 1, "month");
}

/**
 * A person's age as the newest source states it, with its basis ("28 in an article of 26 Sep 2022",
 * "28 in an article of 2023 or later"): never aged forward, for an undated source's inferred date is
 * only a lower bound.
 */
export function ageWithBasis(candidates: Candidate[]): string | undefined {
  const ages = candidates.filter((c) => c.claim.property === "age" && c.claim.value.type === "number");
  const latest = ages.sort((a, b) => (a.claim.qualifiers.pointInTime?.date ?? a.source.published ?? a.source.publishedInferred ?? "").localeCompare(b.claim.qualifiers.pointInTime?.date ?? b.source.published ?? b.source.publishedInferred ?? "")).pop();
  if (!latest || latest.claim.value.type !== "number") return undefined;
  const age = latest.claim.value.value;
  const { published, publishedInferred } = latest.source;
  if (published) return `${age} in an article of ${labelFor(published, "day")}`;
  const point = latest.claim.qualifiers.pointInTime;
  if (point) return `${age} as of ${point.label}`;
  if (publishedInferred) return `${age} in an article of ${publishedInferred.slice(0, 4)} or later`;
  return `${age} in an undated article`;
}


/** Properties a season number qualifies; without one, the claim is about a season the source does not number. */
const SEASONAL = new Set(["release-date", "episode-count", "part-count", "production-event", "production-status", "season-status"]);

/**
 * The season the outlook is about, only as far as the evidence numbers it: the first season on
 * record that has not come out; else the one after the last released, unless a source speaks of a
 * season without its number (a long-running show "back in production"); else a season the sources
 * discuss ("no word on season 2"). Null when nothing says which season comes next.
 */
function nextSeasonNumber(seasons: Season[], ofTitle: Candidate[], unnumbered: Candidate[]): number | null {
  const open = seasons.find((s) => s.status !== "released");
  if (open) return open.number;
  if (unnumbered.length > 0) return null;
  const released = seasons.filter((s) => s.status === "released").map((s) => s.number);
  if (released.length) return Math.max(...released) + 1;
  const discussed = ofTitle.filter((c) => c.claim.property === "season-status" && c.claim.qualifiers.season !== undefined).map((c) => c.claim.qualifiers.season!);
  return discussed.length ? Math.min(...discussed) : null;
}

export function buildOutlook(input: OutlookInput): Outlook | null {
  const ofTitle = input.candidates.filter((c) => c.claim.subjectId === input.titleId);
  // A catalogue's "added to Netflix" date is about the show, not a season.
  const unnumbered = ofTitle.filter((c) => SEASONAL.has(c.claim.property) && c.claim.qualifiers.season === undefined && text(c) !== "added-to-platform");
  const seasonNumber = nextSeasonNumber(input.seasons, ofTitle, unnumbered);
  const season = input.seasons.find((s) => s.number === seasonNumber);
  // Claims that number no season speak of the one to come when it is the only one not out yet.
  const forSeason = seasonNumber === null ? unnumbered : [...ofTitle.filter((c) => c.claim.qualifiers.season === seasonNumber), ...(season ? unnumbered : [])];
  const which = seasonNumber === null ? "the next season" : `season ${seasonNumber}`;
  const Which = seasonNumber === null ? "The next season" : `Season ${seasonNumber}`;
  const signals: Signal[] = [];
  const reasoning: string[] = [];
  const creditedPeople = new Map<string, "cast" | "crew">();
  for (const credit of input.cast) creditedPeople.set(credit.person.id, "cast");
  for (const credit of input.crew) if (!creditedPeople.has(credit.person.id)) creditedPeople.set(credit.person.id, "crew");
  const personOf = (c: Candidate) => input.resolve(c.claim.subjectId);

  // Status, strongest evidence first.
  const statuses = forSeason.filter((c) => c.claim.property === "season-status" && c.claim.certainty !== "denied");
  const officiallyOpen = officiallyUndecided(statuses);
  const has = (value: string, min = "reported" as const) => statuses.some((c) => text(c) === value && certaintyStrength(c.claim.certainty) >= certaintyStrength(officiallyOpen ? "confirmed" : min));
  const lastReleased = input.seasons.filter((s) => s.status === "released").pop();
  // Without a season on record, the unnumbered claims' production events tell where it stands.
  const stage = season?.status ?? productionStage(unnumbered, input.asOf);
  if (seasonNumber === null) reasoning.push("Which season comes next is not known: no source numbers the season it speaks of, or none speaks of one.");
  let status: Outlook["status"] = "unconfirmed";
  if (has("cancelled")) status = "cancelled";
  else if (lastReleased && ofTitle.some((c) => c.claim.property === "season-status" && text(c) === "final-season" && (c.claim.qualifiers.season ?? 0) === lastReleased.number)) status = "ended";
  else if (stage === "scheduled") status = "scheduled";
  else if (stage === "post-production") status = "post-production";
  else if (stage === "filming") status = "filming";
  else if (stage === "in-development" || has("in-development")) status = "in-development";
  else if (has("renewed") || has("announced")) status = "renewed";
  reasoning.push(status === "unconfirmed" ? `${Which} is not confirmed: no source reports a renewal, production or release date for it.` : `${Which} is ${statusWords[status]}, from the strongest evidence about it.`);
  // How sure the status is: the strongest claim behind it (none for a status that is an absence of news).
  const strongest = (list: Candidate[]) => list.map((c) => c.claim.certainty).sort((a, b) => certaintyStrength(b) - certaintyStrength(a))[0] ?? null;
  const production = forSeason.filter((c) => (c.claim.property === "production-event" || c.claim.property === "production-status") && c.claim.certainty !== "denied" && c.claim.certainty !== "speculative");
  const certainty =
    status === "cancelled" ? strongest(statuses.filter((c) => text(c) === "cancelled"))
    : status === "ended" ? strongest(ofTitle.filter((c) => c.claim.property === "season-status" && text(c) === "final-season"))
    : status === "scheduled" ? strongest((season?.releases ?? []).map((r) => ({ claim: { certainty: r.when.certainty } }) as Candidate))
    : status === "filming" || status === "post-production" || status === "in-development" ? strongest([...production, ...statuses.filter((c) => text(c) === "in-development")])
    : status === "renewed" ? strongest(statuses.filter((c) => text(c) === "renewed" || text(c) === "announced"))
    : null;

  // A date that was put about and denied is evidence about the season, not a release.
  const deniedDates = new Map<string, Candidate[]>();
  for (const c of forSeason) {
    if (c.claim.property !== "release-date" || c.claim.certainty !== "denied" || c.claim.value.type !== "date") continue;
    if ((season?.releases ?? []).some((r) => r.when.value.date === (c.claim.value as { date: string }).date)) continue;
    const label = c.claim.value.label;
    deniedDates.set(label, [...(deniedDates.get(label) ?? []), c]);
  }
  for (const [label, list] of deniedDates) signals.push({ polarity: "negative", kind: "denied-date", summary: `A date of ${label} for ${which} was denied`, sources: list.map(ref) });

  for (const c of statuses) {
    const value = text(c);
    if (value === "unconfirmed") signals.push({ polarity: "neutral", kind: "no-announcement", summary: `No renewal announced for ${which}`, sources: [ref(c)] });
    if (value === "renewed") signals.push({ polarity: "positive", kind: "renewal", summary: `${Which} renewed`, sources: [ref(c)] });
    if (value === "cancelled") signals.push({ polarity: "negative", kind: "cancellation", summary: `Cancelled`, sources: [ref(c)] });
  }

  // Viewership and charts: one line per source and list, each figure behind it in the details.
  for (const summary of summarizeViewership(input.viewership)) signals.push({ polarity: "positive", kind: "viewership", summary: summary.summary, sources: summary.sources, details: summary.details });
  // Critics.
  for (const rating of input.ratings) {
    const normalized = rating.scale === "percent" ? rating.value : rating.scale === "10" ? rating.value * 10 : rating.value * 20;
    if (rating.site === "broadcast rating" || rating.site.startsWith("Nielsen") || rating.site === "TNmS") {
      if (rating.value >= 10) signals.push({ polarity: "positive", kind: "broadcast-ratings", summary: `${rating.value}% ${rating.label ?? ""} broadcast rating (${rating.site})`.replace(/\s+/g, " "), sources: rating.sources });
      continue;
    }
    if (normalized >= 75) signals.push({ polarity: "positive", kind: "critics", summary: `${rating.value}${rating.scale === "percent" ? "%" : `/${rating.scale}`} on ${rating.site}`, sources: rating.sources });
    else if (normalized < 50) signals.push({ polarity: "negative", kind: "critics", summary: `${rating.value}${rating.scale === "percent" ? "%" : `/${rating.scale}`} on ${rating.site}`, sources: rating.sources });
  }
  // Creator or cast talking about a sequel: one signal per speaker and stance.
  const talk = new Map<string, Candidate[]>();
  for (const c of ofTitle.filter((x) => x.claim.property === "sequel-talk")) {
    const key = `${input.resolve(c.claim.qualifiers.speaker ?? "")?.id ?? c.claim.qualifiers.speaker}|${c.claim.certainty === "denied"}`;
    talk.set(key, [...(talk.get(key) ?? []), c]);
  }
  for (const list of talk.values()) {
    const first = list[0]!;
    const speaker = input.resolve(first.claim.qualifiers.speaker ?? "");
    const role = creditedPeople.get(speaker?.id ?? "") ?? "crew";
    const denied = first.claim.certainty === "denied";
    signals.push({
      polarity: denied ? "negative" : "positive",
      kind: role === "cast" ? "cast-statement" : "creator-statement",
      summary: `${speaker?.name ?? "Someone involved"} ${denied ? "ruled out" : "talked about"} a sequel`,
      sources: list.map(ref),
    });
  }
  // Controversies, per person or for the show.
  const controversies = new Map<string, Candidate[]>();
  for (const c of input.candidates.filter((x) => x.claim.property === "controversy")) {
    const person = personOf(c);
    if (person?.kind === "person" && !creditedPeople.has(person.id)) continue;
    if (person?.kind === "title" && person.id !== input.titleId) continue;
    const key = person?.id ?? input.titleId;
    controversies.set(key, [...(controversies.get(key) ?? []), c]);
  }
  for (const [key, list] of controversies) {
    const person = input.resolve(key);
    const dated = list.map((c) => c.claim.qualifiers.pointInTime).find(Boolean);
    const role = input.crew.find((credit) => credit.person.id === key)?.job ?? (creditedPeople.get(key) === "cast" ? "cast member" : null);
    const statements = input.candidates.filter((c) => c.claim.property === "statement" && (c.claim.qualifiers.onBehalfOf === key || c.claim.subjectId === key));
    signals.push({
      polarity: "negative",
      kind: "controversy",
      summary: `${person?.kind === "person" ? `${role ? `${role} ` : ""}${person.name}` : "The show"} faces a controversy${dated ? ` (${dated.label})` : ""}${statements.length ? "; a statement was issued" : ""}`,
      sources: [...list, ...statements].map(ref),
    });
  }
  // Cast availability: mandatory military service in South Korea.
  const enlistmentEnds: string[] = [];
  const military = new Map<string, Candidate[]>();
  for (const c of input.candidates.filter((x) => x.claim.property === "military-service")) {
    const person = personOf(c);
    if (!person || creditedPeople.get(person.id) !== "cast") continue;
    military.set(person.id, [...(military.get(person.id) ?? []), c]);
  }
  for (const [personId, list] of military) {
    const person = input.resolve(personId)!;
    const values = list.map(text);
    if (values.includes("discharged") || values.includes("exempt")) continue;
    const mine = input.candidates.filter((c) => input.resolve(c.claim.subjectId)?.id === personId);
    const age = ageWithBasis(mine);
    const statements = input.candidates.filter((c) => c.claim.property === "statement" && (c.claim.qualifiers.onBehalfOf === personId || c.claim.subjectId === personId));
    const denial = statements.find((c) => /nothing has been decided|not (yet )?(been )?decided|not true/i.test(text(c)));
    const parts = [`${person.name}${age ? ` (${age})` : ""} has not completed South Korea's mandatory military service (men ${MILITARY_SERVICE.minAge}–${MILITARY_SERVICE.maxAge} serve ${MILITARY_SERVICE.minMonths}–${MILITARY_SERVICE.maxMonths} months)`];
    if (values.includes("enlistment-reported")) parts.push("enlistment has been reported");
    if (denial) parts.push(`the agency says: "${text(denial).split(/(?<=[.!?])\s/)[0]}"`);
    if (values.includes("serving")) parts.push("is serving now");
    signals.push({ polarity: "negative", kind: "cast-availability", summary: parts.join("; "), sources: [...list, ...statements].map(ref) });
    if (values.includes("enlisting")) parts.push("is set to enlist");
    // Serving, or set to enlist on a known day: back no earlier than the shortest service after it.
    const enlisted = list.filter((c) => text(c) === "serving" || (text(c) === "enlisting" && c.claim.qualifiers.pointInTime)).map((c) => c.claim.qualifiers.pointInTime?.date ?? c.source.published).find(Boolean);
    if (enlisted) enlistmentEnds.push(addMonths(enlisted, MILITARY_SERVICE.minMonths));
  }
  for (const c of input.candidates.filter((x) => x.claim.property === "risk")) {
    signals.push({ polarity: "negative", kind: text(c) === "strike" ? "strike" : text(c), summary: `${text(c).replace(/-/g, " ")} reported`, sources: [ref(c)] });
  }

  // Earliest plausible release.
  let earliest: DateValue | null = null;
  const unnumberedDates = unnumbered.filter((c) => c.claim.property === "release-date" && c.claim.value.type === "date" && certaintyStrength(c.claim.certainty) >= certaintyStrength("rumored") && !c.claim.qualifiers.doubted).map((c) => c.claim.value as DateValue & { type: "date" }).filter((d) => windowEnd(d) >= input.asOf).map((d) => ({ date: d.date, precision: d.precision, label: d.label }));
  const dates = (seasonNumber === null ? unnumberedDates : season?.releases.map((r) => r.when.value))?.sort((a, b) => a.date.localeCompare(b.date)) ?? [];
  const scheduled = dates.find((d) => windowEnd(d) >= input.asOf) ?? dates[0];
  const datedShoot = forSeason.some((c) => c.claim.property === "production-event" && (text(c) === "filming-wrapped" || text(c) === "filming-started") && c.claim.qualifiers.pointInTime);
  if (status === "cancelled" || status === "ended") {
    reasoning.push("There is no next season: the show is over.");
  } else if (seasonNumber === null && !scheduled && !datedShoot) {
    reasoning.push("No earliest date can be given: with the season unknown, nothing dates its production or release.");
  } else if (scheduled && windowEnd(scheduled) < input.asOf) {
    // A date that has gone by with no release on record bounds nothing: not before today.
    earliest = monthOf(input.asOf);
    reasoning.push(`The release date the sources give, ${scheduled.label}, has passed with no release on record, so it cannot come before ${earliest.label}.`);
  } else if (scheduled) {
    earliest = scheduled;
    reasoning.push(`The sources give ${scheduled.label} as the release date.`);
  } else {
    const wrapped = forSeason.filter((c) => c.claim.property === "production-event" && text(c) === "filming-wrapped").map((c) => c.claim.qualifiers.pointInTime?.date).filter((d): d is string => !!d).sort().pop();
    const started = forSeason.filter((c) => c.claim.property === "production-event" && text(c) === "filming-started").map((c) => c.claim.qualifiers.pointInTime?.date).filter((d): d is string => !!d).sort().pop();
    let bound = input.asOf;
    if (wrapped) {
      bound = addMonths(wrapped, WRAP_TO_RELEASE_MONTHS);
      reasoning.push(`Filming wrapped on ${labelFor(wrapped, "day")}, and post-production takes at least ${WRAP_TO_RELEASE_MONTHS} months.`);
    } else if (started) {
      bound = addMonths(started, WRAP_TO_RELEASE_MONTHS + 6);
      reasoning.push(`Filming started on ${labelFor(started, "day")}, and filming and post-production take at least ${WRAP_TO_RELEASE_MONTHS + 6} months.`);
    } else {
      bound = addMonths(input.asOf, RENEWAL_TO_RELEASE_MONTHS);
      reasoning.push(`${status === "renewed" || status === "in-development" ? `${Which} is renewed but not filming` : `${Which} is not renewed`} as of ${labelFor(input.asOf, "day")}, and a season takes at least ${RENEWAL_TO_RELEASE_MONTHS} months from renewal to release.`);
    }
    for (const end of enlistmentEnds) {
      if (end > bound) {
        bound = end;
        reasoning.push(`A lead's military service ends no earlier than ${labelFor(end, "month")}.`);
      }
    }
    if (bound < input.asOf) bound = input.asOf;
    earliest = monthOf(bound);
    if (windowEnd(earliest) < input.asOf) earliest = monthOf(input.asOf);
    reasoning.push(`So it cannot come out before ${earliest.label}.`);
  }
  const evidenceDates = input.candidates.map((c) => c.source.published ?? c.source.publishedInferred).filter((d): d is string => !!d && d <= input.asOf).sort();
  return { season: seasonNumber, status, certainty, asOf: evidenceDates.pop() ?? null, signals, earliest, reasoning };
}


