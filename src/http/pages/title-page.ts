import { html } from "hono/html";
import type { TitleCard } from "../../cards/title-card.schema.ts";
import { millions } from "../../cards/outlook/viewership.ts";
import { weeklyChart } from "./chart.ts";
import { certainty, evidence, jsonLd, layout, safeUrl, type Html } from "./layout.ts";

const metricNames: Record<string, string> = {
  "hours-viewed": "Hours viewed",
  views: "Views",
  rank: "Rank",
  "weeks-at-number-1": "Weeks at #1",
  "consecutive-weeks-at-number-1": "Consecutive weeks at #1",
  "weeks-in-top-10": "Weeks in the top 10",
};

function schemaOrg(card: TitleCard): unknown {
  return {
    "@context": "https://schema.org",
    "@type": card.kind === "film" ? "Movie" : "TVSeries",
    name: card.title,
    alternateName: card.aliases,
    genre: card.genres,
    countryOfOrigin: card.country ? { "@type": "Country", name: card.country } : undefined,
    description: card.synopsis?.value,
    containsSeason: card.seasons.map((s) => ({
      "@type": "TVSeason",
      seasonNumber: s.number,
      numberOfEpisodes: s.episodeCount?.value,
      startDate: s.releases[0]?.when.value.precision === "day" ? s.releases[0].when.value.date : undefined,
    })),
    actor: card.cast.map((c) => ({ "@type": "PerformanceRole", actor: { "@type": "Person", name: c.person.name, alternateName: c.person.aliases }, characterName: c.character ?? undefined })),
    director: card.crew.filter((c) => c.job === "director").map((c) => ({ "@type": "Person", name: c.person.name })),
    author: card.crew.filter((c) => c.job === "writer").map((c) => ({ "@type": "Person", name: c.person.name })),
  };
}

export function titlePage(card: TitleCard, options: { asOf: string | null }): Html {
  const releases = card.seasons.flatMap((season) => season.releases.map((release) => ({ season, release })));
  const volumeLists = card.viewership.filter((m) => m.scope !== "week");
  return layout({
    title: card.title,
    head: jsonLd(schemaOrg(card)),
    body: html`
<h1>${card.title}</h1>
<p class="follow"><a class="button" href="/follow?title=${card.id}">Follow</a> · <a href="/titles/${card.id}/feed.atom">Atom</a> · <a href="/titles/${card.id}/feed.json">JSON Feed</a> · <a href="/titles/${card.id}/calendar.ics">Calendar</a></p>
${card.aliases.length ? html`<p class="aliases">Also: ${card.aliases.join(" · ")}</p>` : ""}
<ul class="chips">
  <li>${card.kind}</li>
  ${card.platforms.map((p) => html`<li>${p}</li>`)}
  ${card.country ? html`<li>${card.country}</li>` : ""}
  ${card.genres.map((g) => html`<li>${g}</li>`)}
</ul>
${options.asOf ? html`<p class="note">As known on ${options.asOf}. <a href="/titles/${card.id}">Today's view</a></p>` : ""}
${(card.notes ?? []).map((n) => html`<p class="note">${n}</p>`)}
${card.synopsis ? html`<p>${card.synopsis.value} ${evidence(card.synopsis.sources)}</p>` : ""}

<h2 id="releases">Release dates and parts</h2>
${releases.length === 0 ? html`<p class="muted">No release date reported yet.</p>` : ""}
<table>
<thead><tr><th>Season</th><th>Part</th><th>When</th><th>Where</th><th>Certainty</th><th>Evidence</th></tr></thead>
<tbody>
${releases.map(
  ({ season, release }) => html`<tr>
  <td>${season.number}</td><td>${release.part ?? "—"}</td>
  <td><span class="value">${release.when.value.label}</span>${release.when.value.precision !== "day" ? html` <span class="muted">(${release.when.value.precision} window)</span>` : ""}${release.when.hedge ? html` <span class="hedge">${release.when.hedge}</span>` : ""}
    ${release.when.conflicts.length ? html`<ul class="conflicts">${release.when.conflicts.map((c) => html`<li><span class="${c.superseded ? "superseded" : ""}">${c.value.label}</span> ${certainty(c.certainty)} ${c.superseded ? "superseded" : "conflict"}${c.reason ? `: ${c.reason}` : ""} ${evidence(c.sources)}</li>`)}</ul>` : ""}
  </td>
  <td>${release.platform}, ${release.region}</td>
  <td>${certainty(release.when.certainty)}</td>
  <td>${evidence(release.when.sources)}</td>
</tr>`,
)}
</tbody>
</table>

<h2 id="seasons">Seasons</h2>
<table>
<thead><tr><th>Season</th><th>Status</th><th>Episodes</th></tr></thead>
<tbody>
${card.seasons.map(
  (s) => html`<tr><td>${s.number}</td><td>${s.status}${s.parts ? ` (${s.parts} parts)` : ""}</td><td>${
    s.episodeCount
      ? html`<span class="value">${s.episodeCount.value}</span> ${certainty(s.episodeCount.certainty)} ${evidence(s.episodeCount.sources)}${s.episodeCount.explanation ? html`<div class="muted">${s.episodeCount.explanation}</div>` : ""}
        ${s.episodeCount.conflicts.length ? html`<ul class="conflicts">${s.episodeCount.conflicts.map((c) => html`<li>${c.value} ${certainty(c.certainty)}${c.reason ? `: ${c.reason}` : ""} ${evidence(c.sources)}</li>`)}</ul>` : ""}`
      : "—"
  }</td></tr>`,
)}
</tbody>
</table>

${card.nextSeason ? html`<h2 id="outlook">${card.nextSeason.season ? `Season ${card.nextSeason.season}` : "Next season"}: ${card.nextSeason.status}</h2>
${card.nextSeason.season ? "" : html`<p class="note">The sources do not say which season comes next.</p>`}
<p>${card.nextSeason.earliest ? html`Earliest plausible release: <span class="value">${card.nextSeason.earliest.label}</span>.` : "No release date can be reasoned from the evidence."}${card.nextSeason.asOf ? html` <span class="muted">Newest evidence: ${card.nextSeason.asOf}.</span>` : ""}</p>
<ul class="signals">${card.nextSeason.signals.map((s) => html`<li class="signal ${s.polarity}"><strong>${s.kind}</strong>: ${s.summary} ${evidence(s.sources)}${s.details?.length ? html`<details><summary>${s.details.length} figure${s.details.length === 1 ? "" : "s"}</summary><ul>${s.details.map((d) => html`<li>${d}</li>`)}</ul></details>` : ""}</li>`)}</ul>
${card.nextSeason.reasoning?.length ? html`<details><summary>How this was reasoned</summary><ol>${card.nextSeason.reasoning.map((r) => html`<li>${r}</li>`)}</ol></details>` : ""}` : ""}

<h2 id="timeline">Timeline</h2>
<table><thead><tr><th>When</th><th>What</th><th>Certainty</th><th>Evidence</th></tr></thead><tbody>
${card.timeline.map((e) => html`<tr><td>${e.date.label}</td><td>${e.summary}${e.contradiction ? html`<div class="contradiction">⚠ ${e.contradiction}</div>` : ""}</td><td>${certainty(e.certainty)}</td><td>${evidence(e.sources)}</td></tr>`)}
</tbody></table>

<h2 id="cast">Cast</h2>
<table><thead><tr><th>Actor</th><th>Character</th><th>Where have I seen them?</th><th>Evidence</th></tr></thead><tbody>
${card.cast.map(
  (c) => html`<tr><td><a href="/people/${c.person.id}">${c.person.name}</a>${c.person.hangul ? html` <span class="muted">${c.person.hangul}</span>` : ""}</td>
  <td>${c.character ?? html`<span class="muted">${c.note ?? "TBA"}</span>`}${c.character && c.note ? html` <span class="muted">(${c.note})</span>` : ""}${c.characterAliases.length ? html`<div class="muted">${c.characterAliases.join(" · ")}</div>` : ""}</td>
  <td>${c.knownFor.join(", ") || "—"}</td><td>${evidence(c.sources)}</td></tr>`,
)}
</tbody></table>

<h2 id="crew">Crew</h2>
<table><thead><tr><th>Job</th><th>Person</th><th>Known for</th><th>Evidence</th></tr></thead><tbody>
${card.crew.map((c) => html`<tr><td>${c.job}</td><td><a href="/people/${c.person.id}">${c.person.name}</a></td><td>${c.knownFor.join(", ") || "—"}</td><td>${evidence(c.sources)}</td></tr>`)}
</tbody></table>
${(card.reunions ?? []).map((r) => html`<p>Reunion: ${r.people.join(" and ")} worked together on <em>${r.title}</em>.</p>`)}

${card.viewership.length ? html`<h2 id="charts">Charts and viewing</h2>
${weeklyChart(card.viewership)}
<table><thead><tr><th>Measure</th><th>List</th><th>Value</th><th>Evidence</th></tr></thead><tbody>
${volumeLists.map(
  (m) => html`<tr><td>${metricNames[m.metric] ?? m.metric} <span class="muted">(${m.scope}${m.week ? `, week of ${m.week}` : ""})</span></td><td>${m.list ?? "—"}</td>
  <td><span class="value">${m.approximate ? "about " : ""}${m.metric === "hours-viewed" || m.metric === "views" ? millions(m.value) : m.value}</span>${m.corroborated ? html` <span class="certainty confirmed">corroborated</span>` : ""}
  ${(m as { conflicts?: { value: number; sources: TitleCard["sources"] }[] }).conflicts?.length ? html`<ul class="conflicts">${(m as { conflicts: { value: number; sources: TitleCard["sources"] }[] }).conflicts.map((c) => html`<li>${c.value.toLocaleString("en")} ${evidence(c.sources)}</li>`)}</ul>` : ""}</td>
  <td>${evidence(m.sources)}</td></tr>`,
)}
</tbody></table>` : ""}

${card.ratings.length ? html`<h2 id="ratings">Ratings</h2><ul>${card.ratings.map((r) => html`<li>${r.site}: <span class="value">${r.value}${r.scale === "percent" ? "%" : `/${r.scale}`}</span>${r.label ? ` (${r.label})` : ""} ${evidence(r.sources)}</li>`)}</ul>` : ""}

${card.statements.length ? html`<h2 id="statements">Statements</h2>${card.statements.map(
  (s) => html`<figure><blockquote>${s.quote}</blockquote><figcaption>— ${s.speaker}${s.onBehalfOf ? `, for ${s.onBehalfOf}` : ""}${s.via ? ` (via ${s.via})` : ""} ${evidence(s.sources)}</figcaption></figure>`,
)}` : ""}

<h2 id="sources">Sources</h2>
<ul>${card.sources.map((s) => html`<li><a href="/sources/${s.id}">${s.outlet ?? "Outlet not given"}</a>${s.author ? `, ${s.author}` : ""} — ${s.published ?? (s.publishedInferred ? html`undated (not before ${s.publishedInferred}, inferred)` : "undated")}${s.via ? ` · via ${s.via}` : ""}${safeUrl(s.url) ? html` · <a href="${safeUrl(s.url)}" rel="noopener noreferrer nofollow">original</a>` : ""}<div class="muted">${s.quote}</div></li>`)}</ul>
<p class="muted">Data: <a href="/api/titles/${card.id}">JSON</a> · <a href="/titles/${card.id}?as-of=${card.timeline.find((e) => e.kind === "article-published")?.date.date ?? ""}">as of the first article</a></p>
`,
  });
}
