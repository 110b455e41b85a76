import { html } from "hono/html";
import type { UpcomingRelease } from "../../catalog/catalog.service.ts";
import type { HomeChange } from "../../catalog/home.ts";
import type { TitleCard } from "../../cards/title-card.schema.ts";
import { labelFor, windowEnd } from "../../domain/date-value.ts";
import { certainty, layout, type Html } from "./layout.ts";

export interface NextSeason {
  titleId: string;
  title: string;
  season: number;
  status: string;
  /** The earliest plausible release, only when it is still ahead. */
  earliest: string | null;
}

/**
 * A card's next season for the home page: only a season the sources number, and a "not before"
 * date only when it is still ahead of today. A show that is over has no next season to list.
 */
export function nextSeasonLine(card: TitleCard, today: string): NextSeason | null {
  const next = card.nextSeason;
  if (!next || next.season === null || next.status === "ended") return null;
  const earliest = next.earliest && windowEnd(next.earliest) >= today ? next.earliest.label : null;
  return { titleId: card.id, title: card.title, season: next.season, status: next.status, earliest };
}

/**
 * A card's releases still ahead of today, as the card reconciles them: a date that moved shows where
 * it moved to, and a guess or a denied date is no release to look forward to.
 */
export function upcomingFromCard(card: TitleCard, today: string): UpcomingRelease[] {
  return card.seasons.flatMap((season) =>
    season.releases
      .filter((r) => windowEnd(r.when.value) >= today && r.when.certainty !== "speculative" && r.when.certainty !== "denied")
      .map((r) => ({ titleId: card.id, title: card.title, season: season.number, part: r.part, date: r.when.value.date, precision: r.when.value.precision, label: r.when.value.label, certainty: r.when.certainty })),
  );
}

/** The home page: what is coming, and what changed that matters. */
export function homePage(changes: HomeChange[], upcoming: UpcomingRelease[], today: string, outlooks: NextSeason[] = []): Html {
  return layout({
    title: "Release tracker",
    body: html`<h1>What's coming, and what changed</h1>
<div class="grid">
<section class="card" id="upcoming"><h2>Upcoming releases</h2>
${upcoming.length ? html`<table><thead><tr><th>When</th><th>Title</th><th></th></tr></thead><tbody>${upcoming.map(
  (u) => html`<tr><td>${u.label}${u.precision !== "day" ? html` <span class="muted">(window)</span>` : ""}</td><td><a href="/titles/${u.titleId}">${u.title}</a>${u.season ? ` S${u.season}` : ""}${u.part ? ` part ${u.part}` : ""}</td><td>${certainty(u.certainty)}</td></tr>`,
)}</tbody></table>` : html`<p class="muted">No release dates after ${today} yet.</p>`}
</section>
<section class="card" id="changes"><h2>What changed</h2>
${changes.length ? html`<table><thead><tr><th>Known</th><th>Title</th><th>What</th></tr></thead><tbody>${changes.map(
  (ch) => html`<tr><td>${labelFor(ch.known, "day")}</td><td><a href="/titles/${ch.titleId}">${ch.title}</a></td><td>${ch.summary} <a class="evidence" href="/sources/${ch.sourceId}${ch.quoteStart !== null ? `#q${ch.quoteStart}` : ""}">${ch.outlet ?? "source"}</a>${ch.more ? html` <span class="muted">and ${ch.more} more</span>` : ""}</td></tr>`,
)}</tbody></table>` : html`<p class="muted">No renewals, cancellations, release dates or shoots reported yet.</p>`}
</section>
<section class="card" id="next-seasons"><h2>Next seasons</h2>
${outlooks.length ? html`<table><thead><tr><th>Show</th><th>Status</th><th>Not before</th></tr></thead><tbody>${outlooks.map((o) => html`<tr><td><a href="/titles/${o.titleId}#outlook">${o.title}</a> S${o.season}</td><td>${o.status}</td><td>${o.earliest ?? "—"}</td></tr>`)}</tbody></table>` : html`<p class="muted">No shows followed yet.</p>`}
</section>
</div>`,
  });
}
