import { html } from "hono/html";
import type { Outlook, TitleCard } from "../../cards/title-card.schema.ts";
import { windowEnd } from "../../domain/date-value.ts";
import { statusWords } from "../../cards/outlook/outlook.ts";
import { certainty, evidence, type Html } from "./layout.ts";
import type { Formatter } from "./format.ts";

type Signal = Outlook["signals"][number];

/**
 * Which signals decide a next season, strongest first: a renewal or cancellation, then what the
 * makers say, the cast's availability, controversies, then audiences and critics.
 */
const forOrder = ["renewal", "creator-statement", "cast-statement", "viewership", "broadcast-ratings", "critics"];
const againstOrder = ["cancellation", "creator-statement", "cast-statement", "cast-availability", "controversy", "strike", "critics"];

/** What a signal's evidence supports, in a few words for the link's accessible name. */
const kindWords: Record<string, string> = {
  renewal: "the renewal",
  cancellation: "the cancellation",
  "no-announcement": "no renewal announced",
  viewership: "the viewing figures",
  critics: "the rating",
  "broadcast-ratings": "the broadcast rating",
  "creator-statement": "the talk of a sequel",
  "cast-statement": "the talk of a sequel",
  controversy: "the controversy",
  "cast-availability": "the military service",
  strike: "the strike",
};

export function signalWords(signal: Signal): string {
  return kindWords[signal.kind] ?? signal.kind.replace(/-/g, " ");
}

function rank(order: string[], signal: Signal): number {
  const at = order.indexOf(signal.kind);
  return at === -1 ? order.length : at;
}

/** A viewership line cut to its first three figures for the answer; the whole line stays in the outlook. */
function brief(signal: Signal): string {
  if (signal.kind !== "viewership") return signal.summary;
  const colon = signal.summary.indexOf(": ");
  if (colon === -1) return signal.summary;
  const figures = signal.summary.slice(colon + 2).split(", ");
  return `${signal.summary.slice(0, colon)}: ${figures.slice(0, 3).join(", ")}`;
}

/**
 * The strongest signals on one side, at most `max`: one per kind before a second of any kind, and of
 * several viewership lines the one with the most figures behind it (a full chart run beats a headline).
 */
export function strongestSignals(signals: Signal[], polarity: "positive" | "negative", max = 3): Signal[] {
  const order = polarity === "positive" ? forOrder : againstOrder;
  const side = signals
    .filter((s) => s.polarity === polarity)
    .map((s, index) => ({ s, index }))
    .sort((a, b) => rank(order, a.s) - rank(order, b.s) || (b.s.details?.length ?? 0) - (a.s.details?.length ?? 0) || b.s.sources.length - a.s.sources.length || a.index - b.index)
    .map((x) => x.s);
  const firsts = side.filter((s, i) => side.findIndex((t) => t.kind === s.kind) === i);
  const rest = side.filter((s) => !firsts.includes(s));
  return [...firsts, ...rest].slice(0, max);
}

function seasonName(season: number | null): string {
  return season === null ? "Next season" : `Season ${season}`;
}

/** "Season 2: not announced": the status in words. */
export function answerHeadline(card: TitleCard): string {
  const next = card.nextSeason;
  if (!next) return card.kind === "film" ? "A film: no sequel reported" : "No next season reported";
  if (next.status === "ended") return `No ${seasonName(next.season).toLowerCase()}: the show has ended`;
  return `${seasonName(next.season)}: ${statusWords[next.status]}`;
}

/** What is known of the last season out: "Season 1 came out on 30 Dec 2022 (part 1) and 10 Mar 2023 (part 2)". */
function lastReleased(card: TitleCard, fmt: Formatter): Html | "" {
  const season = [...card.seasons].reverse().find((s) => s.status === "released");
  if (!season || season.releases.length === 0) return "";
  const releases = season.releases.filter((r) => r.when.certainty !== "denied");
  return html`<p class="answer-last">${card.kind === "film" ? "Released" : `Season ${season.number} came out`} ${releases.map((r, i) => html`${i ? (i === releases.length - 1 ? " and " : ", ") : ""}${fmt.date(r.when.value.date, r.when.value.precision)}${r.part ? ` (part ${r.part})` : ""}`)}${releases[0] ? ` on ${releases[0].platform}` : ""}.</p>`;
}

/**
 * The answer box: the next season's status with its certainty and the day it holds as of, the best
 * date or window, and the strongest signals each way, each linked to its evidence. For a show with
 * nothing to come, what came last.
 */
export function answerBox(card: TitleCard, fmt: Formatter, asOf: string): Html {
  const next = card.nextSeason;
  const headline = answerHeadline(card);
  if (!next) {
    return html`<section id="answer" class="answer" aria-labelledby="answer-heading">
<h2 id="answer-heading">${headline}</h2>
${lastReleased(card, fmt)}
<p class="muted">As of ${fmt.date(asOf)}.</p>
</section>`;
  }
  const season = card.seasons.find((s) => s.number === next.season);
  const scheduled = season?.releases.filter((r) => r.when.certainty !== "denied" && windowEnd(r.when.value) >= asOf).sort((a, b) => a.when.value.date.localeCompare(b.when.value.date))[0];
  const pros = strongestSignals(next.signals, "positive");
  const cons = strongestSignals(next.signals, "negative");
  const others = next.signals.length - pros.length - cons.length;
  const list = (signals: Signal[], empty: string) =>
    signals.length
      ? html`<ul>${signals.map((s) => html`<li>${fmt.text(brief(s))} ${evidence(s.sources, fmt, signalWords(s), { max: 1 })}</li>`)}</ul>`
      : html`<p class="muted">${empty}</p>`;
  const over = next.status === "ended" || next.status === "cancelled";
  return html`<section id="answer" class="answer" aria-labelledby="answer-heading">
<h2 id="answer-heading">${headline}</h2>
<p class="answer-meta">${next.certainty ? html`${certainty(next.certainty)} ` : html`<span class="certainty unconfirmed">no announcement</span> `}as of ${fmt.date(asOf)}${next.asOf ? html`; newest report ${fmt.date(next.asOf)}` : ""}</p>
${over ? "" : scheduled
  ? html`<p class="answer-date">Release: <strong>${fmt.date(scheduled.when.value.date, scheduled.when.value.precision)}</strong>${scheduled.part ? ` (part ${scheduled.part})` : ""} ${certainty(scheduled.when.certainty)} ${evidence(scheduled.when.sources, fmt, "the release date", { max: 1 })}</p>`
  : next.earliest
    ? html`<p class="answer-date">No release date reported. Not before <strong>${fmt.date(next.earliest.date, next.earliest.precision)}</strong>${next.reasoning?.length ? html`: ${fmt.text(lowerFirst(next.reasoning.filter((r) => !/^So it cannot/.test(r)).pop() ?? ""))}` : "."}</p>`
    : html`<p class="answer-date">No release date reported, and none can be reasoned from the evidence.</p>`}
${lastReleased(card, fmt)}
${pros.length || cons.length ? html`<div class="for-against">
<div class="for"><h3>For</h3>${list(pros, "Nothing speaks for it yet.")}</div>
<div class="against"><h3>Against</h3>${list(cons, "Nothing speaks against it yet.")}</div>
</div>` : ""}
<p><a href="#outlook">${others > 0 ? `${others} more signal${others === 1 ? "" : "s"} and` : "The"} reasoning</a></p>
</section>`;
}

function lowerFirst(sentence: string): string {
  return sentence ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}
