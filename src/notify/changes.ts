import { precisions, windowEnd as domainWindowEnd, type Precision } from "../domain/date-value.ts";
import type { SourceRef } from "../cards/title-card.schema.ts";
import { describeRelease, parseReleaseKey, type Evidence, type ReleaseValue, type TitleState } from "./title-state.ts";

/** The source a message names: enough to say who said it and to link to it. */
export interface NamedSource {
  id: string;
  name: string;
  url: string | null;
  quote: string | null;
}

export type ChangeKind = "season-status" | "release-set" | "release-narrowed" | "release-moved" | "release-removed" | "release-near" | "cast-joined" | "cast-left" | "conflict-appeared" | "risk-appeared";

/** One meaningful change: what every channel (feeds, calendars, webhooks) renders. Versioned by `v`. */
export interface ChangePayload {
  v: 1;
  kind: ChangeKind;
  title: { id: string; name: string };
  season: number | null;
  part: number | null;
  from: string | null;
  to: string | null;
  /** Release values, so a calendar can be drawn from the message alone. */
  fromRelease?: ReleaseValue | null;
  toRelease?: ReleaseValue | null;
  person?: { id: string; name: string };
  days?: number;
  summary: string;
  sources: NamedSource[];
}

function start(value: ReleaseValue): string {
  return value.date;
}

/** The last day a date or window covers, inclusive. */
export function windowEnd(value: { date: string; precision: string }): string {
  return (precisions as readonly string[]).includes(value.precision) ? domainWindowEnd({ date: value.date, precision: value.precision as Precision }) : value.date;
}

/** A narrower value inside the old one (a month within its quarter, a day within its month) narrows it; anything else moves it. */
function narrows(from: ReleaseValue, to: ReleaseValue): boolean {
  return start(to) >= start(from) && windowEnd(to) <= windowEnd(from) && (start(to) !== start(from) || windowEnd(to) !== windowEnd(from));
}

const sameRelease = (a: ReleaseValue, b: ReleaseValue) => a.date === b.date && a.precision === b.precision;

/**
 * The changes between two states of a title, each naming its sources: those of the new value that
 * the ingest at hand brought (`fresh`), else the new value's own, else what the ingest brought.
 */
export function diffStates(before: TitleState, after: TitleState, context: { title: { id: string; name: string }; evidence: Evidence; fresh: NamedSource[]; name: (ref: SourceRef) => NamedSource }): ChangePayload[] {
  const out: ChangePayload[] = [];
  const sourcesFor = (key: string | null): NamedSource[] => {
    const refs = key ? (context.evidence.get(key) ?? []) : [];
    const named = [...new Map(refs.map((r) => [r.id, context.name(r)])).values()];
    const freshIds = new Set(context.fresh.map((s) => s.id));
    const brought = named.filter((s) => freshIds.has(s.id));
    // The change was caused by what this write brought: name that, with its quote when the value has one.
    return (brought.length ? brought : context.fresh.length ? context.fresh : named).slice(0, 3);
  };
  const push = (p: Omit<ChangePayload, "v" | "title" | "sources">, evidenceKey: string | null) => out.push({ v: 1, title: context.title, ...p, sources: sourcesFor(evidenceKey) });

  for (const [season, to] of Object.entries(after.seasons)) {
    const from = before.seasons[season] ?? null;
    if (from === to || (from === null && to === "unconfirmed")) continue;
    push({ kind: "season-status", season: Number(season), part: null, from, to, summary: from ? `Season ${season}: ${to} (was ${from})` : `Season ${season}: ${to}` }, `season:${season}`);
  }
  for (const [key, to] of Object.entries(after.releases)) {
    const from = before.releases[key];
    const { season, part } = parseReleaseKey(key);
    const what = describeRelease(key);
    if (!from) push({ kind: "release-set", season, part, from: null, to: to.label, fromRelease: null, toRelease: to, summary: `${what} release set: ${to.label} (${to.certainty})` }, `release:${key}`);
    else if (!sameRelease(from, to)) {
      const kind = narrows(from, to) ? "release-narrowed" : "release-moved";
      push({ kind, season, part, from: from.label, to: to.label, fromRelease: from, toRelease: to, summary: `${what} release ${kind === "release-narrowed" ? "narrowed" : "moved"} from ${from.label} to ${to.label} (${to.certainty})` }, `release:${key}`);
    }
  }
  for (const [key, from] of Object.entries(before.releases)) {
    if (after.releases[key]) continue;
    const { season, part } = parseReleaseKey(key);
    push({ kind: "release-removed", season, part, from: from.label, to: null, fromRelease: from, toRelease: null, summary: `${describeRelease(key)}: release date ${from.label} withdrawn` }, null);
  }
  for (const [id, name] of Object.entries(after.cast)) {
    if (!(id in before.cast)) push({ kind: "cast-joined", season: null, part: null, from: null, to: name, person: { id, name }, summary: `${name} joins the cast` }, `cast:${id}`);
  }
  for (const [id, name] of Object.entries(before.cast)) {
    if (!(id in after.cast)) push({ kind: "cast-left", season: null, part: null, from: name, to: null, person: { id, name }, summary: `${name} is no longer in the cast` }, null);
  }
  for (const [key, text] of Object.entries(after.conflicts)) {
    if (!(key in before.conflicts)) push({ kind: "conflict-appeared", season: null, part: null, from: null, to: text, summary: `Sources disagree: ${text}` }, `conflict:${key}`);
  }
  for (const [key, text] of Object.entries(after.risks)) {
    if (!(key in before.risks)) push({ kind: "risk-appeared", season: null, part: null, from: null, to: text, summary: `Risk: ${text}` }, `risk:${key}`);
  }
  return out;
}

/** The message in words, naming its sources: the same text in every channel. */
export function describeChange(p: ChangePayload): { title: string; text: string } {
  const title = `${p.title.name}: ${p.summary}`;
  const named = p.sources.map((s) => `${s.name}${s.quote ? `: "${s.quote.length > 240 ? `${s.quote.slice(0, 237)}…` : s.quote}"` : ""}`);
  return { title, text: named.length ? `${title}. Source${named.length > 1 ? "s" : ""}: ${named.join("; ")}` : `${title}.` };
}
