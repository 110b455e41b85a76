import type { SourceRef, TitleCard } from "../cards/title-card.schema.ts";

/**
 * What a follower can be told about, read from the title card (the one read model): each season's
 * status, each season's and part's release date or window, the cast, the open conflicts and the
 * risk signals. Values only: which sources say them is kept beside (`evidence`) and never compared,
 * so a new quote for a value already known, or a claim that loses to a better one, changes nothing.
 */
export interface TitleState {
  v: 1;
  seasons: Record<string, string>;
  releases: Record<string, ReleaseValue>;
  cast: Record<string, string>;
  conflicts: Record<string, string>;
  risks: Record<string, string>;
}

export interface ReleaseValue {
  date: string;
  precision: string;
  label: string;
  certainty: string;
}

export type Evidence = Map<string, SourceRef[]>;

export const emptyState = (): TitleState => ({ v: 1, seasons: {}, releases: {}, cast: {}, conflicts: {}, risks: {} });

export const releaseKey = (season: number, part: number | null) => `s${season}${part ? `p${part}` : ""}`;
export function parseReleaseKey(key: string): { season: number; part: number | null } {
  const [, season, part] = /^s(\d+)(?:p(\d+))?$/.exec(key) ?? [];
  return { season: Number(season), part: part ? Number(part) : null };
}

/** Signals that put a season at risk, as against the outlook's other negative signals (critics, ratings). */
const RISK_KINDS = new Set(["controversy", "cast-availability", "strike", "cancellation"]);

/** A risk's identity: its kind and whom it is about, not its wording (a new source adds words, not a new risk). */
function riskKey(kind: string, summary: string): string {
  return `${kind}:${summary.split(/ faces | has |\s\(|;/)[0]!.trim().toLowerCase()}`;
}

export function stateOf(card: TitleCard): { state: TitleState; evidence: Evidence } {
  const state = emptyState();
  const evidence: Evidence = new Map();
  for (const season of card.seasons) {
    state.seasons[String(season.number)] = season.status;
    // One release per season and part: the worldwide one when there are several regions.
    const byPart = new Map<string, (typeof season.releases)[number]>();
    for (const release of season.releases) {
      const key = releaseKey(season.number, release.part);
      const held = byPart.get(key);
      if (!held || (held.region !== "global" && release.region === "global")) byPart.set(key, release);
    }
    for (const [key, release] of byPart) {
      const v = release.when.value;
      state.releases[key] = { date: v.date, precision: v.precision, label: v.label, certainty: release.when.certainty };
      evidence.set(`release:${key}`, release.when.sources);
      const open = release.when.conflicts.filter((c) => !c.superseded);
      if (open.length) {
        const labels = [v.label, ...open.map((c) => c.value.label)].sort();
        const conflictKey = `release:${key}:${labels.join("|")}`;
        state.conflicts[conflictKey] = `${describeRelease(key)}: ${[v.label, ...open.map((c) => c.value.label)].join(" or ")}`;
        evidence.set(`conflict:${conflictKey}`, [...release.when.sources, ...open.flatMap((c) => c.sources)]);
      }
    }
    const episodes = season.episodeCount;
    const openEpisodes = episodes?.conflicts.filter((c) => !c.superseded) ?? [];
    if (episodes && openEpisodes.length) {
      const values = [episodes.value, ...openEpisodes.map((c) => c.value)];
      const conflictKey = `episodes:s${season.number}:${[...values].sort((a, b) => a - b).join("|")}`;
      state.conflicts[conflictKey] = `Season ${season.number} episode count: ${values.join(" or ")}`;
      evidence.set(`conflict:${conflictKey}`, [...episodes.sources, ...openEpisodes.flatMap((c) => c.sources)]);
    }
  }
  const next = card.nextSeason;
  if (next?.season) {
    // The outlook's status (renewed, cancelled, scheduled) speaks for the season to come.
    state.seasons[String(next.season)] = next.status;
    const said = next.signals.filter((s) => s.kind === "renewal" || s.kind === "cancellation").flatMap((s) => s.sources);
    if (said.length) evidence.set(`season:${next.season}`, said);
  }
  for (const signal of next?.signals ?? []) {
    if (signal.polarity !== "negative" || !RISK_KINDS.has(signal.kind) || signal.kind === "cancellation") continue;
    const key = riskKey(signal.kind, signal.summary);
    state.risks[key] = signal.summary;
    evidence.set(`risk:${key}`, signal.sources);
  }
  for (const credit of card.cast) {
    state.cast[credit.person.id] = credit.person.name;
    evidence.set(`cast:${credit.person.id}`, credit.sources);
  }
  return { state, evidence };
}

export function describeRelease(key: string): string {
  const { season, part } = parseReleaseKey(key);
  return `Season ${season}${part ? ` part ${part}` : ""}`;
}
