import { certaintyStrength, type Certainty } from "../domain/certainty.ts";
import type { Claim, Source } from "../domain/claim.ts";
import { labelFor, windowEnd, type DateValue } from "../domain/date-value.ts";
import type { Alias, Entity } from "../domain/entity.ts";
import { knownDate, officiallyUndecided, reconcileValues, type Candidate, type Reconciled } from "./rank-claims.ts";
import { buildOutlook } from "./outlook/outlook.ts";
import { productionStage } from "./outlook/production-stage.ts";
import type { CastCredit, CrewCredit, Metric, PersonRef, Rating, Season, SourceRef, Statement, TimelineEvent, TitleCard } from "./title-card.schema.ts";

/** Everything the card is built from, loaded by get-title-card.ts. Pure data: no database here. */
export interface CardInput {
  title: Entity;
  /** Claims about the title and about the people credited on it. */
  claims: Claim[];
  sources: Map<string, Source>;
  entities: Map<string, Entity>;
  aliases: Map<string, Alias[]>;
  /** Build the card from what was known on this day (YYYY-MM-DD); null for everything known. */
  asOf: string | null;
  /** Today, for statuses judged relative to a date when there is no as-of. */
  today: string;
  /** How widely watched other titles are (IMDb votes, Netflix hours), to order "where have I seen them". */
  popularity?: Map<string, number>;
}

interface Valued<T> {
  value: T;
  certainty: Certainty;
  sources: SourceRef[];
  conflicts: { value: T; certainty: Certainty; sources: SourceRef[]; superseded: boolean; reason?: string }[];
  corroboration?: number;
  explanation?: string;
  hedge?: string;
}

export function sourceRef(candidate: Candidate): SourceRef {
  const { claim, source } = candidate;
  return {
    id: source.id,
    outlet: source.outlet,
    url: source.url,
    author: source.author,
    published: source.published,
    via: claim.qualifiers.via ?? source.via,
    quote: claim.evidence.quote,
    start: claim.evidence.start,
    end: claim.evidence.end,
    publishedInferred: source.publishedInferred,
  };
}

function refs(candidates: Candidate[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const candidate of candidates) {
    const key = `${candidate.source.id}|${candidate.claim.evidence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(sourceRef(candidate));
  }
  return out;
}

function toValued<T>(reconciled: Reconciled<T>): Valued<T> {
  // A hedge counts only when no stronger source gives the same value without one.
  const strongest = Math.max(...reconciled.winner.candidates.map((c) => certaintyStrength(c.claim.certainty)));
  const unhedged = reconciled.winner.candidates.some((c) => certaintyStrength(c.claim.certainty) === strongest && !c.claim.qualifiers.hedge);
  const hedge = unhedged ? undefined : reconciled.winner.candidates.map((c) => c.claim.qualifiers.hedge).find(Boolean);
  return {
    value: reconciled.winner.value,
    certainty: reconciled.winner.certainty,
    sources: refs(reconciled.winner.candidates),
    conflicts: reconciled.losers.map((loser) => ({
      value: loser.group.value,
      certainty: loser.group.doubted ? "speculative" : loser.group.certainty,
      sources: refs(loser.group.candidates),
      superseded: loser.superseded,
      reason: loser.reason,
    })),
    corroboration: reconciled.corroboration,
    explanation: reconciled.explanation,
    ...(hedge ? { hedge } : {}),
  };
}

function dateOf(value: Claim["value"]): DateValue | undefined {
  return value.type === "date" ? { date: value.date, precision: value.precision, label: value.label } : undefined;
}

function numberOf(value: Claim["value"]): number {
  return value.type === "number" ? value.value : Number.NaN;
}

function textOf(value: Claim["value"]): string {
  return value.type === "text" || value.type === "enum" ? value.value : value.type === "entity" ? value.entityId : "";
}

/** The day statuses are judged against. */
function referenceDay(input: CardInput): string {
  return input.asOf ?? input.today;
}

export function buildTitleCard(input: CardInput): TitleCard {
  const notes: string[] = [];
  const resolve = (id: string): Entity | undefined => {
    let entity = input.entities.get(id);
    for (let i = 0; i < 5 && entity?.mergedInto; i++) entity = input.entities.get(entity.mergedInto) ?? entity;
    return entity;
  };
  const aliasNames = (id: string): string[] => {
    const entity = resolve(id);
    if (!entity) return [];
    const merged = [...input.entities.values()].filter((e) => resolve(e.id)?.id === entity.id).map((e) => e.id);
    const names = new Set<string>();
    // Dataset ids ("imdb:tt…") are keys for matching, not names a reader uses (kept in `dataset_id`
    // since migration 0021; an id two entities held before it stays an `x:` alias of the second).
    for (const mid of merged) for (const alias of input.aliases.get(mid) ?? []) if (!alias.key.startsWith("x:")) names.add(alias.name);
    for (const mid of merged) names.add(input.entities.get(mid)!.name);
    names.delete(entity.name);
    return [...names].sort();
  };
  const personRef = (id: string): PersonRef => {
    const entity = resolve(id);
    return { id: entity?.id ?? id, name: entity?.name ?? id, hangul: entity?.hangul ?? null, aliases: aliasNames(id) };
  };

  // As of a past day: only sources known by then. A source with no date and no inferred bound is left out.
  // A stable order (by when each source knew it, then where in the text) so that ties break alike on every build.
  let candidates: Candidate[] = input.claims
    .flatMap((claim) => {
      const source = input.sources.get(claim.evidence.sourceId);
      return source ? [{ claim, source }] : [];
    })
    .sort((a, b) => knownDate(a).localeCompare(knownDate(b)) || a.source.id.localeCompare(b.source.id) || (a.claim.evidence.start ?? 0) - (b.claim.evidence.start ?? 0));
  if (input.asOf) {
    const undated = new Set<string>();
    candidates = candidates.filter((c) => {
      const known = c.source.published ?? c.source.publishedInferred;
      if (!known) {
        undated.add(c.source.id);
        return false;
      }
      return known <= input.asOf!;
    });
    if (undated.size > 0) notes.push(`${undated.size} source${undated.size > 1 ? "s" : ""} without a publication date or a date inferable from its content left out of this past view`);
  }
  const titleId = input.title.id;
  const about = (property: string) => candidates.filter((c) => c.claim.property === property && c.claim.subjectId === titleId);

  const platforms = countValues(about("platform"));
  const countryClaims = reconcileValues(about("country"), (c) => textOf(c.value), (v) => v);
  const genres = countValues(about("genre"));
  const synopsisClaims = reconcileValues(about("synopsis"), (c) => textOf(c.value), (v) => v);
  const kindClaims = reconcileValues(about("title-kind"), (c) => textOf(c.value), (v) => v);
  const mainPlatform = platforms[0] ?? "unknown";

  const seasons = buildSeasons(candidates, titleId, referenceDay(input), mainPlatform);
  const cast = buildCast(candidates, titleId, input, personRef, resolve, aliasNames);
  const crew = buildCrew(candidates, titleId, input, personRef);
  const viewership = buildMetrics(candidates, titleId, mainPlatform);
  const ratings = buildRatings(candidates, titleId);
  const statements = buildStatements(candidates, personRef);
  const timeline = buildTimeline(candidates, titleId, input, resolve);
  const sourcesUsed = new Map<string, Candidate>();
  for (const c of candidates) if (!sourcesUsed.has(c.source.id)) sourcesUsed.set(c.source.id, c);
  const sources: SourceRef[] = [...sourcesUsed.values()].map((c) => ({
    id: c.source.id,
    outlet: c.source.outlet,
    url: c.source.url,
    author: c.source.author,
    published: c.source.published,
    via: c.source.via,
    quote: c.source.title ?? c.source.text.slice(0, 160),
    publishedInferred: c.source.publishedInferred,
  }));
  for (const c of sourcesUsed.values()) {
    if (!c.source.published && c.source.publishedInferred) notes.push(`${c.source.outlet ?? c.source.id} gives no publication date; not before ${c.source.publishedInferred} is inferred from the newest event it mentions`);
  }
  const isFilm = (kindClaims?.winner.value ?? input.title.subtype) === "film";
  // A film has no next season to look out for.
  const nextSeason = isFilm ? null : buildOutlook({ seasons, candidates, titleId, cast, crew, viewership, ratings, asOf: referenceDay(input), resolve });

  return {
    id: input.title.id,
    title: input.title.name,
    aliases: aliasNames(input.title.id),
    kind: (kindClaims?.winner.value ?? input.title.subtype) === "film" ? "film" : "series",
    platforms,
    country: countryClaims?.winner.value ?? null,
    genres,
    synopsis: synopsisClaims ? toValued(synopsisClaims) : null,
    seasons,
    nextSeason,
    cast,
    crew,
    viewership,
    ratings,
    statements,
    timeline,
    sources,
    lastUpdated: candidates.reduce((latest, c) => (c.claim.recordedAt > latest ? c.claim.recordedAt : latest), input.title.createdAt),
    reunions: buildReunions(cast, crew),
    asOf: input.asOf,
    notes,
  };
}

/** Distinct enum values, most often claimed first. */
function countValues(candidates: Candidate[]): string[] {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(textOf(c.claim.value), (counts.get(textOf(c.claim.value)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

function buildSeasons(candidates: Candidate[], titleId: string, day: string, mainPlatform: string): Season[] {
  // A claim with no season number (a returning show's season the article does not number) is on no numbered season.
  const ofTitle = candidates.filter((c) => c.claim.subjectId === titleId && c.claim.qualifiers.season !== undefined);
  const seasonOf = (c: Candidate) => c.claim.qualifiers.season!;
  const numbers = new Set<number>();
  for (const c of ofTitle) {
    const p = c.claim.property;
    if (p === "release-date" || p === "episode-count" || p === "part-count") numbers.add(seasonOf(c));
    // "Cameras are rolling on season two": a season being made is on record too.
    if ((p === "production-event" || p === "production-status") && certaintyStrength(c.claim.certainty) >= certaintyStrength("reported") && ["filming-started", "filming-resumed", "filming-wrapped", "post-production", "filming-halted", "filming-postponed", "script-reading", "casting"].includes(textOf(c.claim.value))) numbers.add(seasonOf(c));
    if (p === "season-status" && !["unconfirmed"].includes(textOf(c.claim.value)) && certaintyStrength(c.claim.certainty) >= certaintyStrength("reported")) numbers.add(seasonOf(c));
  }
  // A show with a season N on record has had seasons 1 to N-1: a renewal for season 3 says seasons 1 and 2 came out.
  const highest = Math.max(0, ...numbers);
  const implied = new Set<number>();
  for (let n = 1; n < highest; n++) {
    if (!numbers.has(n)) implied.add(n);
    numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b).map((number) => {
    const mine = ofTitle.filter((c) => seasonOf(c) === number);
    const parts = Math.max(0, ...mine.filter((c) => c.claim.property === "part-count").map((c) => numberOf(c.claim.value))) || null;
    const releaseClaims = mine.filter((c) => c.claim.property === "release-date");
    const byPart = new Map<number | null, Candidate[]>();
    for (const c of releaseClaims) {
      // With the season split into parts, an unnumbered release date is the first part's.
      const part = c.claim.qualifiers.part ?? (parts && parts > 1 ? 1 : null);
      byPart.set(part, [...(byPart.get(part) ?? []), c]);
    }
    const releases = [...byPart.entries()]
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
      .flatMap(([part, list]) => {
        const reconciled = reconcileValues(list, (c) => dateOf(c.value)!, (v) => `${v.date}/${v.precision}`);
        // A date no source holds to but a denial ("the date has no basis") is no release; the outlook keeps it as a signal.
        if (!reconciled || reconciled.winner.certainty === "denied") return [];
        const best = reconciled.winner.candidates[0]!.claim.qualifiers;
        return [{ part, platform: best.platform ?? mainPlatform, region: best.region ?? "global", when: toValued(reconciled) }];
      });
    const episodeClaims = mine.filter((c) => c.claim.property === "episode-count" && c.claim.qualifiers.part === undefined);
    const episodes = reconcileValues(episodeClaims, (c) => numberOf(c.value), (v) => String(v));
    let episodeCount = episodes ? toValued(episodes) : null;
    if (!episodeCount) {
      // Only per-part counts ("Part 1, four episodes … Part 2, six"): the season is their sum.
      const perPart = [...new Set(mine.filter((c) => c.claim.property === "episode-count" && c.claim.qualifiers.part !== undefined).map((c) => c.claim.qualifiers.part!))].sort();
      const parts = perPart.map((part) => reconcileValues(mine.filter((c) => c.claim.property === "episode-count" && c.claim.qualifiers.part === part), (c) => numberOf(c.value), (v) => String(v))!);
      if (parts.length > 1) {
        const weakest = parts.map((p) => p.winner.certainty).sort((a, b) => certaintyStrength(a) - certaintyStrength(b))[0]!;
        episodeCount = {
          value: parts.reduce((sum, p) => sum + p.winner.value, 0),
          certainty: weakest,
          sources: parts.flatMap((p) => refs(p.winner.candidates)),
          conflicts: [],
          explanation: `${parts.map((p, i) => `part ${perPart[i]}: ${p.winner.value}`).join(", ")}`,
        };
      }
    }
    if (episodeCount && parts && parts > 1) {
      // "16 episodes" and "8 episodes" agree once the season is known to come in two parts of 8.
      const explained = episodeCount.conflicts.map((conflict) =>
        conflict.value * parts === episodeCount!.value ? { ...conflict, reason: `${conflict.value} per part: the season is split into ${parts} parts of ${conflict.value} (${episodeCount!.value} in all)` } : conflict,
      );
      episodeCount = { ...episodeCount, conflicts: explained, explanation: explained.some((c) => c.reason?.includes("per part")) ? `${episodeCount.value} episodes in ${parts} parts of ${episodeCount.value / parts}` : episodeCount.explanation };
    }
    // Doubted or merely guessed dates stay on the card as releases, but do not make a season scheduled.
    const firm = releases.filter((r) => r.when.certainty !== "speculative" && r.when.certainty !== "denied");
    let status = seasonStatus(mine, firm, day);
    // An earlier season than one the sources discuss, with nothing of its own to say otherwise, has come out.
    if (number < highest && (implied.has(number) || status === "rumored" || status === "unconfirmed" || status === "announced")) status = "released";
    return { number, status, episodeCount, releases, parts };
  });
}

function seasonStatus(allMine: Candidate[], allReleases: Season["releases"], day: string): Season["status"] {
  const officiallyOpen = officiallyUndecided(allMine);
  const mine = officiallyOpen ? allMine.filter((c) => c.claim.certainty === "confirmed" || !["season-status", "production-event", "production-status"].includes(c.claim.property)) : allMine;
  const releases = officiallyOpen ? allReleases.filter((r) => r.when.certainty === "confirmed") : allReleases;
  const statusClaims = mine.filter((c) => c.claim.property === "season-status" && c.claim.certainty !== "denied");
  if (statusClaims.some((c) => textOf(c.claim.value) === "released" && c.claim.certainty === "confirmed")) return "released";
  for (const release of releases) {
    const when = release.when;
    if (when.value.precision === "day" && when.value.date <= day && certaintyStrength(when.certainty) >= certaintyStrength("rumored")) return "released";
    if (when.certainty === "confirmed" && windowEnd(when.value) <= day) return "released";
  }
  const stage = productionStage(mine, day);
  // Scheduled takes a date someone stands behind: not the writer's guess, not a date the source itself doubts.
  // A season still filming or in post with only a year or half-year to go on is still in production.
  const upcoming = releases.filter((r) => (r.when.value.date > day || windowEnd(r.when.value) >= day) && certaintyStrength(r.when.certainty) >= certaintyStrength("rumored"));
  if (upcoming.length > 0 && !(stage && upcoming.every((r) => r.when.value.precision === "year" || r.when.value.precision === "half"))) return "scheduled";
  if (statusClaims.some((c) => textOf(c.claim.value) === "cancelled" && certaintyStrength(c.claim.certainty) >= 3)) return "cancelled";
  if (stage) return stage;
  const values = statusClaims.map((c) => textOf(c.claim.value));
  if (values.includes("renewed") || values.includes("announced") || values.includes("final-season")) return "announced";
  if (values.includes("in-development")) return "in-development";
  if (values.includes("unconfirmed")) return "unconfirmed";
  return "rumored";
}

function buildCast(
  candidates: Candidate[],
  titleId: string,
  input: CardInput,
  personRef: (id: string) => PersonRef,
  resolve: (id: string) => Entity | undefined,
  aliasNames: (id: string) => string[],
): CastCredit[] {
  const credits = candidates.filter((c) => c.claim.property === "cast-member" && c.claim.subjectId === titleId && c.claim.value.type === "entity" && c.claim.certainty !== "denied");
  const byPerson = new Map<string, Candidate[]>();
  for (const c of credits) {
    const personId = resolve(textOf(c.claim.value))?.id ?? textOf(c.claim.value);
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), c]);
  }
  const out: CastCredit[] = [];
  for (const [personId, list] of byPerson) {
    const byCharacter = new Map<string | null, Candidate[]>();
    for (const c of list) {
      const characterId = c.claim.qualifiers.character ? resolve(c.claim.qualifiers.character)?.id ?? c.claim.qualifiers.character : null;
      byCharacter.set(characterId, [...(byCharacter.get(characterId) ?? []), c]);
    }
    // A mention without a character joins the person's named role, so no person appears twice for one role.
    const named = [...byCharacter.keys()].filter((k) => k !== null);
    if (named.length > 0 && byCharacter.has(null)) {
      const unnamed = byCharacter.get(null)!;
      byCharacter.delete(null);
      byCharacter.set(named[0]!, [...byCharacter.get(named[0]!)!, ...unnamed]);
    }
    for (const [characterId, group] of byCharacter) {
      const character = characterId ? resolve(characterId) : undefined;
      const note = group.map((c) => c.claim.qualifiers.characterNote).find(Boolean) ?? null;
      out.push({
        person: personRef(personId),
        character: character?.name ?? null,
        characterAliases: characterId ? aliasNames(characterId) : [],
        knownFor: knownFor(candidates, personId, titleId, input, resolve),
        sources: refs(group),
        note,
      });
    }
  }
  // Leads first: the more sources name a credit, the more prominent it is.
  return out.sort((a, b) => b.sources.length - a.sources.length || a.person.name.localeCompare(b.person.name));
}

function knownFor(candidates: Candidate[], personId: string, titleId: string, input: CardInput, resolve: (id: string) => Entity | undefined): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  const sourceOrder = new Map<string, number>();
  for (const c of candidates) if (!sourceOrder.has(c.source.id)) sourceOrder.set(c.source.id, sourceOrder.size);
  candidates.forEach((c) => {
    if (c.claim.property !== "known-for" || resolve(c.claim.subjectId)?.id !== personId || c.claim.value.type !== "entity") return;
    const title = resolve(c.claim.value.entityId);
    if (!title || title.id === titleId) return;
    // Ties keep the order the source lists them in.
    const at = c.claim.evidence.quote.indexOf(title.name);
    // Where the title first stands: which source (in the card's source order), where in it, where in the quote.
    const position = (sourceOrder.get(c.source.id) ?? 0) * 1e12 + (c.claim.evidence.start ?? 0) * 1e4 + (at >= 0 ? at : 9_999);
    const entry = counts.get(title.name) ?? { count: 0, first: position };
    entry.first = Math.min(entry.first, position);
    entry.count += 1;
    counts.set(title.name, entry);
  });
  // Most often named first; then the most watched, where a dataset says; then the order the source lists them.
  const popularity = (name: string) => {
    const entity = [...input.entities.values()].find((e) => e.kind === "title" && e.name === name);
    return entity ? input.popularity?.get(entity.id) ?? 0 : 0;
  };
  return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || popularity(b[0]) - popularity(a[0]) || a[1].first - b[1].first).map(([name]) => name);
}

function buildCrew(candidates: Candidate[], titleId: string, input: CardInput, personRef: (id: string) => PersonRef): CrewCredit[] {
  const resolve = (id: string) => {
    let entity = input.entities.get(id);
    for (let i = 0; i < 5 && entity?.mergedInto; i++) entity = input.entities.get(entity.mergedInto) ?? entity;
    return entity;
  };
  const credits = candidates.filter((c) => c.claim.property === "crew-member" && c.claim.subjectId === titleId && c.claim.value.type === "entity");
  const groups = new Map<string, Candidate[]>();
  for (const c of credits) {
    const key = `${resolve(textOf(c.claim.value))?.id ?? textOf(c.claim.value)}|${c.claim.qualifiers.job ?? "crew"}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.entries()].map(([key, group]) => {
    const [personId, job] = key.split("|") as [string, string];
    return { person: personRef(personId), job, knownFor: knownFor(candidates, personId, titleId, input, resolve), sources: refs(group) };
  });
}

const metricProperties = ["hours-viewed", "views", "rank", "weeks-at-number-1", "consecutive-weeks-at-number-1", "weeks-in-top-10"] as const;

/** Lists that can be the same chart: equal, unnamed, or "global" against one of the global category lists. */
function listsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  const isCountry = (list: string) => /^[A-Z]{2}$/.test(list);
  return (a === "global" && !isCountry(b)) || (b === "global" && !isCountry(a));
}

function buildMetrics(candidates: Candidate[], titleId: string, mainPlatform: string): Metric[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.claim.subjectId !== titleId || !(metricProperties as readonly string[]).includes(c.claim.property)) continue;
    const q = c.claim.qualifiers;
    const key = [c.claim.property, q.scope ?? "week", q.list ?? "", q.week ?? "", q.season ?? "", q.label ?? "", numberOf(c.claim.value)].join("|");
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const metrics = [...groups.values()].map((group) => {
    const first = group[0]!;
    const q = first.claim.qualifiers;
    const value = first.claim.value.type === "number" ? first.claim.value : { value: 0, approximate: false };
    return {
      platform: q.platform ?? mainPlatform,
      metric: first.claim.property as Metric["metric"],
      scope: q.scope ?? "week",
      list: q.list ?? null,
      week: q.week ?? null,
      value: value.value,
      approximate: group.every((c) => c.claim.value.type === "number" && c.claim.value.approximate),
      corroborated: new Set(group.map((c) => c.source.id)).size > 1,
      sources: refs(group),
      season: q.season ?? null,
      ...(q.label ? { label: q.label } : {}),
    } as Metric & { label?: string; conflicts?: { value: number; sources: SourceRef[] }[] };
  });
  // An article's figure and a dataset's figure for the same measure meet here: equal values
  // corroborate each other; different ones are a conflict, shown on the article's figure.
  for (const metric of metrics) {
    const comparable = metrics.filter(
      (other) => other !== metric && other.metric === metric.metric && other.scope === metric.scope && (other.season ?? 1) === (metric.season ?? 1) && listsCompatible(other.list, metric.list) && (metric.week === null || other.week === null || other.week === metric.week) && !("label" in other && other.label) === !("label" in metric && metric.label) && other.sources.some((s) => !metric.sources.some((m) => m.id === s.id)),
    );
    if (comparable.some((other) => other.value === metric.value)) metric.corroborated = true;
    const contradicting = comparable.filter((other) => other.value !== metric.value && (metric.list === null || other.list === null || metric.list === "global" || other.list === "global") && !(metric.approximate && Math.abs(other.value - metric.value) / Math.max(other.value, metric.value) < 0.05));
    // A running total depends on when it was counted, so only fixed measures (a first week, a given week) can contradict.
    if (contradicting.length && metric.scope !== "cumulative" && (metric.list === null || metric.list === "global")) {
      metric.conflicts = contradicting.map((other) => ({ value: other.value, sources: other.sources }));
    }
  }
  // Totals and runs first, then the weekly entries in chart order.
  const scopeOrder = { "first-week": 0, cumulative: 1, week: 2 } as const;
  return metrics.sort((a, b) => scopeOrder[a.scope] - scopeOrder[b.scope] || (a.week ?? "").localeCompare(b.week ?? "") || a.metric.localeCompare(b.metric));
}

function buildRatings(candidates: Candidate[], titleId: string): Rating[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.claim.subjectId !== titleId || c.claim.property !== "rating") continue;
    const key = [c.claim.qualifiers.site, c.claim.qualifiers.label ?? "", numberOf(c.claim.value)].join("|");
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((group) => {
    const q = group[0]!.claim.qualifiers;
    return { site: q.site ?? "unknown", value: numberOf(group[0]!.claim.value), scale: q.scale ?? "percent", sources: refs(group), label: q.label ?? null };
  });
}

function buildStatements(candidates: Candidate[], personRef: (id: string) => PersonRef): Statement[] {
  const nameOf = (value: string | undefined) => (value && /^per_/.test(value) ? personRef(value).name : value ?? null);
  return candidates
    .filter((c) => c.claim.property === "statement")
    .map((c) => ({
      speaker: nameOf(c.claim.qualifiers.speaker)?.replace(/^(representatives|legal representatives|agency) of (per_\w+)$/, (_m, kind: string, id: string) => `${kind} of ${personRef(id).name}`) ?? "unknown",
      onBehalfOf: nameOf(c.claim.qualifiers.onBehalfOf),
      quote: textOf(c.claim.value),
      date: c.claim.qualifiers.pointInTime?.date ?? c.source.published ?? null,
      via: c.claim.qualifiers.via ?? c.source.via ?? null,
      sources: refs([c]),
    }));
}

const eventSummaries: Record<string, string> = {
  "filming-started": "Filming started",
  "filming-wrapped": "Filming wrapped",
  "filming-halted": "Filming halted",
  "filming-resumed": "Filming resumed",
  "script-reading": "Script reading",
  "post-production": "In post-production",
  casting: "Casting under way",
  "date-announced": "Release date announced",
};

function buildTimeline(candidates: Candidate[], titleId: string, input: CardInput, resolve: (id: string) => Entity | undefined): TimelineEvent[] {
  const events = new Map<string, { date: DateValue; kind: string; summary: string; certainty: Certainty; group: Candidate[] }>();
  const add = (date: DateValue, kind: string, summary: string, candidate: Candidate) => {
    const key = `${kind}|${date.date}|${date.precision}`;
    const existing = events.get(key);
    if (existing) {
      existing.group.push(candidate);
      if (certaintyStrength(candidate.claim.certainty) > certaintyStrength(existing.certainty)) existing.certainty = candidate.claim.certainty;
    } else {
      events.set(key, { date, kind, summary, certainty: candidate.claim.certainty, group: [candidate] });
    }
  };
  const day = referenceDay(input);
  for (const c of candidates) {
    const q = c.claim.qualifiers;
    const subject = resolve(c.claim.subjectId);
    // A denied event did not happen; the outlook's signals and the claim's conflicts keep the denial.
    if (c.claim.property === "production-event" && q.pointInTime && c.claim.subjectId === titleId && c.claim.certainty !== "denied") {
      const kind = textOf(c.claim.value);
      const expected = q.pointInTime.date > day ? "Expected: " : "";
      // A halt stops the production, not only the cameras: the timeline says "production-halted" (and "production-resumed"), as the reference gold does.
      add(q.pointInTime, kind === "filming-halted" ? "production-halted" : kind === "filming-resumed" ? "production-resumed" : kind, `${expected}${eventSummaries[kind] ?? kind}${q.season && q.season > 1 ? ` (season ${q.season})` : ""}`, c);
    }
    if (c.claim.property === "production-status" && q.pointInTime) {
      add(q.pointInTime, "production-status", `${q.label ?? `Production status: ${textOf(c.claim.value)}`} (as the tracker page last updated it)`, c);
    }
    if (c.claim.property === "release-date" && c.claim.value.type === "date" && !q.doubted && c.claim.certainty === "confirmed" && windowEnd(c.claim.value) <= day) {
      add(dateOf(c.claim.value)!, "premiere", `${q.season ? `Season ${q.season}` : "A season"}${q.part ? ` part ${q.part}` : ""} premiered${q.platform ? ` on ${q.platform}` : ""}`, c);
    }
    if (c.claim.property === "controversy" && q.pointInTime) {
      add(q.pointInTime, "controversy", `Controversy: ${subject?.kind === "person" ? `${subject.name}: ` : ""}${textOf(c.claim.value).slice(0, 160)}`, c);
    }
    // A status without its own date falls back on the article's, unless the same source dates that event ("earlier this year").
    const datedElsewhere = (kind: string) => candidates.some((o) => o.source.id === c.source.id && o.claim.property === "production-event" && textOf(o.claim.value) === kind && o.claim.qualifiers.pointInTime && o.claim.qualifiers.season === q.season);
    // A denied or guessed renewal or cancellation is no event: the outlook's signals keep it with its certainty.
    const happened = c.claim.certainty !== "denied" && c.claim.certainty !== "speculative";
    if (happened && c.claim.property === "season-status" && ["renewed", "cancelled", "final-season"].includes(textOf(c.claim.value)) && (q.pointInTime || (c.source.published && !datedElsewhere(textOf(c.claim.value))))) {
      const when = q.pointInTime ?? { date: c.source.published!, precision: "day" as const, label: labelFor(c.source.published!, "day") };
      add(when, textOf(c.claim.value), `${q.season ? `Season ${q.season}` : "A season"} ${textOf(c.claim.value).replace("final-season", "announced as the final season")}`, c);
    }
  }
  // Each article's publication, so a reader sees what was known when.
  const seenSources = new Set<string>();
  for (const c of candidates) {
    if (seenSources.has(c.source.id) || !c.source.published || c.claim.subjectId !== titleId) continue;
    seenSources.add(c.source.id);
    add({ date: c.source.published, precision: "day", label: labelFor(c.source.published, "day") }, "article-published", `${c.source.outlet ?? "An article"} published${c.source.title ? `: ${c.source.title}` : ""}`, { claim: { ...c.claim, certainty: "confirmed", evidence: { ...c.claim.evidence, quote: c.source.title ?? c.claim.evidence.quote } }, source: c.source });
  }
  // A month or window that only restates a day already on the timeline ("Dec 2022" and "30 Dec 2022") adds nothing.
  const finer = [...events.values()];
  for (const [key, event] of events) {
    if (event.date.precision === "day") continue;
    if (finer.some((other) => other !== event && other.kind === event.kind && other.date.precision === "day" && other.date.date >= event.date.date && other.date.date <= windowEnd(event.date))) {
      const target = finer.find((other) => other !== event && other.kind === event.kind && other.date.precision === "day" && other.date.date >= event.date.date && other.date.date <= windowEnd(event.date))!;
      target.group.push(...event.group);
      events.delete(key);
    }
  }
  const list: TimelineEvent[] = [...events.values()]
    .sort((a, b) => a.date.date.localeCompare(b.date.date) || a.kind.localeCompare(b.kind))
    .map((e) => ({ date: e.date, kind: e.kind, summary: e.summary, certainty: e.certainty, sources: refs(e.group) }));
  // Post-production "as of" a date while filming is reported to go on after it: both shown, flagged.
  const wrapped = list.filter((e) => e.kind === "filming-wrapped").map((e) => e.date.date).sort().pop();
  for (const event of list) {
    if (event.kind === "production-status" && /post/i.test(event.summary) && wrapped && event.date.date < wrapped) {
      event.contradiction = `says post-production on ${event.date.label}, but filming is reported to have wrapped only on ${labelFor(wrapped, "day")}`;
    }
  }
  return list;
}

function buildReunions(cast: CastCredit[], crew: CrewCredit[]): { title: string; people: string[] }[] {
  const byTitle = new Map<string, Set<string>>();
  for (const credit of [...cast, ...crew]) {
    for (const title of credit.knownFor) byTitle.set(title, (byTitle.get(title) ?? new Set()).add(credit.person.name));
  }
  return [...byTitle.entries()].filter(([, people]) => people.size > 1).map(([title, people]) => ({ title, people: [...people].sort() }));
}
