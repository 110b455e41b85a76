import type { TitleCard } from "../../src/cards/title-card.schema.ts";

/** One entry of ../fixtures/seeds/expected.json: a fact the card must hold, or must not. */
export interface Expectation {
  kind: string;
  [key: string]: unknown;
}

/** Names match loosely: case, hyphens and spaces do not count. */
export function looseName(name: string | null | undefined): string {
  return (name ?? "").toLowerCase().replace(/[\s\-‐]/g, "");
}

function personMatches(ref: { name: string; aliases: string[] }, wanted: string): boolean {
  return [ref.name, ...ref.aliases].some((n) => looseName(n) === looseName(wanted));
}

/** Whether the card holds the fact; used both for `facts` (must) and `not` (must not). */
export function holds(card: TitleCard, fact: Expectation): boolean {
  const season = (n: unknown) => card.seasons.find((s) => s.number === n);
  switch (fact.kind) {
    case "platform":
      return card.platforms.includes(fact.value as string);
    case "country":
      return card.country === fact.value;
    case "release": {
      const s = season(fact.season);
      return !!s?.releases.some((r) => (r.part ?? 1) === fact.part && r.when.value.date === fact.date && r.when.value.precision === fact.precision && r.when.certainty === fact.certainty);
    }
    case "season-status": {
      const s = season(fact.season);
      if (!fact.status) return !!s;
      return !!s && (fact.status as string[]).includes(s.status);
    }
    case "episodes":
      return season(fact.season)?.episodeCount?.value === fact.value;
    case "episodes-conflict":
      return !!season(fact.season)?.episodeCount?.conflicts.some((c) => c.value === fact.value);
    case "next-season":
      return card.nextSeason !== null && card.nextSeason.season === fact.season && (fact.status as string[]).includes(card.nextSeason.status);
    case "signal":
      return !!card.nextSeason?.signals.some((s) => s.polarity === fact.polarity && s.kind === fact.signal && s.sources.length > 0 && s.sources.every((src) => src.quote.length > 0));
    case "cast":
      return card.cast.some((c) => personMatches(c.person, fact.person as string) && (fact.character === undefined || (fact.character === null ? c.character === null : [c.character, ...c.characterAliases].some((n) => looseName(n) === looseName(fact.character as string)))));
    case "cast-count":
      return new Set(card.cast.map((c) => c.person.id)).size === fact.value;
    case "crew":
      return card.crew.some((c) => personMatches(c.person, fact.person as string) && (fact.job === undefined || c.job === fact.job));
    case "known-for": {
      const credits = [...card.cast, ...card.crew].filter((c) => personMatches(c.person, fact.person as string));
      const known = new Set(credits.flatMap((c) => c.knownFor.map(looseName)));
      return (fact.titles as string[]).every((t) => known.has(looseName(t)));
    }
    case "metric":
      return card.viewership.some((m) => m.metric === fact.metric && (fact.scope === undefined || m.scope === fact.scope) && m.value === fact.value && (fact.approximate === undefined || m.approximate === fact.approximate));
    case "rating":
      return card.ratings.some((r) => r.site === fact.site && r.value === fact.value && r.scale === fact.scale);
    case "statement":
      return card.statements.some(
        (s) =>
          (fact.speaker === undefined || looseName(s.speaker) === looseName(fact.speaker as string)) &&
          (fact.onBehalfOf === undefined || looseName(s.onBehalfOf) === looseName(fact.onBehalfOf as string)) &&
          (fact.via === undefined || s.via === fact.via) &&
          (fact.quoteContains === undefined || s.quote.includes(fact.quoteContains as string)),
      );
    case "event":
      return card.timeline.some((e) => e.kind === fact.event && e.date.date === fact.date && e.date.precision === fact.precision);
    case "source-count":
      return card.sources.length === fact.value;
    case "source-author":
      // The byline as written, exactly: "Klein Felt", not "Klein Felt Posted".
      return card.sources.some((s) => s.author === fact.author && (fact.outlet === undefined || s.outlet === fact.outlet));
    default:
      throw new Error(`unknown expectation kind ${fact.kind}`);
  }
}

/** Every way the card misses the expectations: facts it lacks and `not` entries it holds. */
export function unmet(card: TitleCard, expected: { facts: Expectation[]; not: Expectation[] }): string[] {
  return [
    ...expected.facts.filter((f) => !holds(card, f)).map((f) => `missing: ${JSON.stringify(f)}`),
    ...expected.not.filter((f) => holds(card, f)).map((f) => `must not hold: ${JSON.stringify(f)}`),
  ];
}
