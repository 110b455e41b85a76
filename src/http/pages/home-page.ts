import { html } from "hono/html";
import type { UpcomingRelease } from "../../catalog/catalog.service.ts";
import type { HomeChange } from "../../catalog/home.ts";
import type { NextSeason } from "../../cards/home-summary.ts";
import type { Precision } from "../../domain/date-value.ts";
import { certainty, langText, layout, pageContext, stackTable, type Html, type PageContext } from "./layout.ts";

/** The home page: what is coming, and what changed that matters. */
export function homePage(changes: HomeChange[], upcoming: UpcomingRelease[], today: string, outlooks: NextSeason[] = [], context: PageContext = pageContext()): Html {
  const fmt = context.fmt;
  return layout({
    title: "Release tracker",
    context,
    description: "What is coming on streaming services and what changed: renewals, cancellations, release dates set or moved, each with its source.",
    body: html`<h1>What's coming, and what changed</h1>
<div class="grid">
<section class="card" id="upcoming" aria-labelledby="upcoming-h"><h2 id="upcoming-h">Upcoming releases</h2>
${upcoming.length ? stackTable(["When", "Title", "Certainty"], upcoming.map((u) => [
  html`${fmt.date(u.date, u.precision as Precision)}${u.precision !== "day" ? html` <span class="muted">(window)</span>` : ""}`,
  html`<a href="/titles/${u.titleId}">${langText(u.title)}</a>${u.season ? ` S${u.season}` : ""}${u.part ? ` part ${u.part}` : ""}`,
  certainty(u.certainty),
])) : html`<p class="muted">No release dates after ${fmt.date(today)} yet.</p>`}
</section>
<section class="card" id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What changed</h2>
${changes.length ? stackTable(["Known", "Title", "What"], changes.map((ch) => [
  fmt.date(ch.known),
  html`<a href="/titles/${ch.titleId}">${langText(ch.title)}</a>`,
  html`${fmt.text(ch.summary)} <span class="evidence"><a class="ev" href="/sources/${ch.sourceId}${ch.quoteStart !== null ? `#q${ch.quoteStart}` : ""}">${ch.outlet ?? "source"}<span class="vh"> (source for ${ch.title}: ${ch.summary})</span></a></span>${ch.more ? html` <span class="muted">and ${ch.more} more</span>` : ""}`,
])) : html`<p class="muted">No renewals, cancellations, release dates or shoots reported yet.</p>`}
</section>
<section class="card" id="next-seasons" aria-labelledby="next-h"><h2 id="next-h">Next seasons</h2>
${outlooks.length ? stackTable(["Show", "Status", "Not before"], outlooks.map((o) => [
  html`<a href="/titles/${o.titleId}#answer">${langText(o.title)}</a> S${o.season}`,
  html`${o.status}`,
  o.earliest ? fmt.date(o.earliest.date, o.earliest.precision) : html`—`,
])) : html`<p class="muted">No shows followed yet.</p>`}
</section>
</div>`,
  });
}
