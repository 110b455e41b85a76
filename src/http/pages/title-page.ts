import { html } from "hono/html";
import type { Metric, TitleCard } from "../../cards/title-card.schema.ts";
import { answerBox, answerHeadline, signalWords } from "./answer.ts";
import { weeklyChart } from "./chart.ts";
import { createFormatter, type Formatter } from "./format.ts";
import { certainty, contents, evidence, jsonLd, langText, layout, pageContext, safeUrl, stackTable, type Html, type PageContext } from "./layout.ts";

const metricNames: Record<string, string> = {
  "hours-viewed": "Hours viewed",
  views: "Views",
  rank: "Rank",
  "weeks-at-number-1": "Weeks at #1",
  "consecutive-weeks-at-number-1": "Consecutive weeks at #1",
  "weeks-in-top-10": "Weeks in the top 10",
};

const hangul = /[\uac00-\ud7af]/;

/** The language of a name: Korean when it is written in Hangul. */
function inLanguageOf(card: TitleCard): string | undefined {
  if ([card.title, ...card.aliases].some((a) => hangul.test(a)) || card.country === "South Korea" || card.country === "KR") return "ko";
  return undefined;
}

/** The title's schema.org description (TVSeries or Movie), with the fields search engines read. */
export function schemaOrg(card: TitleCard, url: string | null): Record<string, unknown> {
  const firstDay = card.seasons.flatMap((s) => s.releases).filter((r) => r.when.certainty !== "denied" && r.when.certainty !== "speculative").map((r) => r.when.value).sort((a, b) => a.date.localeCompare(b.date))[0];
  const released = card.seasons.filter((s) => s.status === "released");
  const episodes = released.reduce((sum, s) => sum + (s.episodeCount?.value ?? 0), 0);
  const series = card.kind !== "film";
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": series ? "TVSeries" : "Movie",
    ...(url ? { "@id": url, url } : {}),
    name: card.title,
    alternateName: card.aliases.length ? card.aliases : undefined,
    description: card.synopsis?.value,
    genre: card.genres.length ? card.genres : undefined,
    inLanguage: inLanguageOf(card),
    countryOfOrigin: card.country ? { "@type": "Country", name: card.country } : undefined,
    startDate: series && firstDay ? firstDay.date.slice(0, firstDay.precision === "day" ? 10 : firstDay.precision === "month" ? 7 : 4) : undefined,
    datePublished: !series && firstDay ? firstDay.date : undefined,
    numberOfSeasons: series && released.length ? released.length : undefined,
    numberOfEpisodes: series && episodes ? episodes : undefined,
    dateModified: card.lastUpdated,
    containsSeason: series
      ? card.seasons.map((s) => ({
          "@type": "TVSeason",
          seasonNumber: s.number,
          name: `Season ${s.number}`,
          numberOfEpisodes: s.episodeCount?.value,
          startDate: s.releases[0]?.when.value.precision === "day" ? s.releases[0].when.value.date : undefined,
        }))
      : undefined,
    actor: card.cast.length ? card.cast.map((c) => ({ "@type": "PerformanceRole", actor: { "@type": "Person", name: c.person.name, alternateName: [c.person.hangul, ...c.person.aliases].filter(Boolean) }, characterName: c.character ?? undefined })) : undefined,
    director: card.crew.filter((c) => c.job === "director").map((c) => ({ "@type": "Person", name: c.person.name })),
    author: card.crew.filter((c) => c.job === "writer").map((c) => ({ "@type": "Person", name: c.person.name })),
    productionCompany: card.platforms.length ? card.platforms.map((p) => ({ "@type": "Organization", name: p })) : undefined,
  };
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/** A page's one-sentence description: the answer and the synopsis's first sentence. */
function describe(card: TitleCard, fmt: Formatter): string {
  const synopsis = card.synopsis?.value.split(/(?<=[.!?])\s/)[0] ?? "";
  return `${answerHeadline(card)}${card.nextSeason?.asOf ? ` (newest report ${fmt.dateText(card.nextSeason.asOf)})` : ""}. ${synopsis}`.trim();
}

function viewershipRows(metrics: Metric[], fmt: Formatter): Html[][] {
  return metrics.map((m) => [
    html`${metricNames[m.metric] ?? m.metric} <span class="muted">(${m.label ?? m.scope}${m.week ? html`, week of ${fmt.date(m.week)}` : ""})</span>`,
    html`${m.list ?? "—"}`,
    html`<span class="value">${m.approximate ? "about " : ""}${m.metric === "hours-viewed" || m.metric === "views" ? `${fmt.millions(m.value)} ${m.metric === "views" ? "views" : "hours"}` : fmt.number(m.value)}</span>${m.corroborated ? html` <span class="certainty confirmed">corroborated</span>` : ""}${m.conflicts?.length ? html`<ul class="conflicts">${m.conflicts.map((c) => html`<li>${fmt.number(c.value)} ${evidence(c.sources, fmt, `${fmt.number(c.value)}`)}</li>`)}</ul>` : ""}`,
    evidence(m.sources, fmt, metricNames[m.metric] ?? m.metric),
  ]);
}

/** `today`: the day the card was judged on (the server's clock); the answer holds as of it, or as of `asOf` for a past view. */
export function titlePage(card: TitleCard, options: { asOf: string | null; today?: string; context?: PageContext }): Html {
  const context = options.context ?? pageContext(createFormatter(), null, `/titles/${card.id}`);
  const fmt = context.fmt;
  const releases = card.seasons.flatMap((season) => season.releases.map((release) => ({ season, release })));
  const volumeLists = card.viewership.filter((m) => m.scope !== "week");
  const next = card.nextSeason;
  const asOf = options.asOf ?? card.asOf ?? options.today ?? card.lastUpdated.slice(0, 10);
  const sections = [
    next ? { id: "outlook", label: next.season ? `Season ${next.season}` : "Next season" } : null,
    { id: "releases", label: "Release dates" },
    { id: "seasons", label: "Seasons" },
    { id: "cast", label: "Cast" },
    { id: "crew", label: "Crew" },
    card.viewership.length ? { id: "charts", label: "Charts" } : null,
    card.ratings.length ? { id: "ratings", label: "Ratings" } : null,
    card.statements.length ? { id: "statements", label: "Statements" } : null,
    { id: "timeline", label: "Timeline" },
    { id: "sources", label: "Sources" },
  ].filter((s): s is { id: string; label: string } => s !== null);
  return layout({
    title: card.title,
    head: jsonLd(schemaOrg(card, context.url)),
    description: describe(card, fmt),
    context,
    ogType: card.kind === "film" ? "video.movie" : "video.tv_show",
    body: html`
<h1>${langText(card.title)}</h1>
${answerBox(card, fmt, asOf)}
<p class="follow"><a class="button" href="/follow?title=${card.id}">Follow</a> · <a href="/titles/${card.id}/feed.atom">Atom</a> · <a href="/titles/${card.id}/feed.json">JSON Feed</a> · <a href="/titles/${card.id}/calendar.ics">Calendar</a></p>
${options.asOf ? html`<p class="note">As known on ${fmt.date(options.asOf)}. <a href="/titles/${card.id}">Today's view</a></p>` : ""}
${card.aliases.length ? html`<p class="aliases">Also: ${card.aliases.map((a, i) => html`${i ? " · " : ""}${langText(a)}`)}</p>` : ""}
<ul class="chips" aria-label="About the title">
  <li>${card.kind}</li>
  ${card.platforms.map((p) => html`<li>${p}</li>`)}
  ${card.country ? html`<li>${card.country}</li>` : ""}
  ${card.genres.map((g) => html`<li>${g}</li>`)}
</ul>
${card.synopsis ? html`<p class="synopsis">${card.synopsis.value} ${evidence(card.synopsis.sources, fmt, "the synopsis", { max: 1 })}</p>` : ""}
${contents(sections)}

${next ? html`<h2 id="outlook">${next.season ? `Season ${next.season}` : "Next season"}: the signals</h2>
${next.season ? "" : html`<p class="note">The sources do not say which season comes next.</p>`}
<ul class="signals">${next.signals.map((s) => html`<li class="signal ${s.polarity}" data-kind="${s.kind}"><span class="vh">${s.polarity === "positive" ? "For: " : s.polarity === "negative" ? "Against: " : "Neutral: "}</span>${fmt.text(s.summary)} ${evidence(s.sources, fmt, signalWords(s), { max: 2 })}${s.details?.length ? html`<details><summary>${s.details.length} figure${s.details.length === 1 ? "" : "s"} behind it</summary><ul>${s.details.map((d) => html`<li>${fmt.text(d)}</li>`)}</ul></details>` : ""}</li>`)}</ul>
${next.reasoning?.length ? html`<h3>How the answer was reasoned</h3><p class="reasoning">${next.reasoning.map((r, i) => html`${i ? " " : ""}${fmt.text(r)}`)}</p>` : ""}` : ""}

<h2 id="releases">Release dates and parts</h2>
${releases.length === 0 ? html`<p class="muted">No release date reported yet.</p>` : stackTable(["Season", "Part", "When", "Where", "Certainty", "Evidence"], releases.map(({ season, release }) => {
  const superseded = release.when.conflicts.filter((c) => c.superseded);
  const conflicting = release.when.conflicts.filter((c) => !c.superseded);
  return [
    html`${season.number}`,
    html`${release.part ?? "—"}`,
    html`<span class="value">${fmt.date(release.when.value.date, release.when.value.precision)}</span>${release.when.value.precision !== "day" ? html` <span class="muted">(${release.when.value.precision} window)</span>` : ""}${release.when.hedge ? html` <span class="hedge">${release.when.hedge}</span>` : ""}
    ${conflicting.length ? html`<ul class="conflicts">${conflicting.map((c) => html`<li>${fmt.date(c.value.date, c.value.precision)} ${certainty(c.certainty)} conflict${c.reason ? html`: ${fmt.text(c.reason)}` : ""} ${evidence(c.sources, fmt, "a conflicting date")}</li>`)}</ul>` : ""}
    ${superseded.length ? html`<details class="older"><summary>${superseded.length} older report${superseded.length === 1 ? "" : "s"}</summary><ul class="conflicts">${superseded.map((c) => html`<li><span class="superseded">${fmt.date(c.value.date, c.value.precision)}</span> ${certainty(c.certainty)}${c.reason ? html`: ${fmt.text(c.reason)}` : ""} ${evidence(c.sources, fmt, "an older date")}</li>`)}</ul></details>` : ""}`,
    html`${release.platform}, ${release.region}`,
    certainty(release.when.certainty),
    evidence(release.when.sources, fmt, `season ${season.number}${release.part ? ` part ${release.part}` : ""} release date`),
  ];
}), { className: "releases" })}

<h2 id="seasons">Seasons</h2>
${stackTable(["Season", "Status", "Episodes"], card.seasons.map((s) => [
  html`${s.number}`,
  html`${s.status}${s.parts ? ` (${s.parts} parts)` : ""}`,
  s.episodeCount
    ? html`<span class="value">${fmt.number(s.episodeCount.value)}</span> ${certainty(s.episodeCount.certainty)} ${evidence(s.episodeCount.sources, fmt, `season ${s.number}: ${s.episodeCount.value} episodes`)}${s.episodeCount.explanation ? html`<div class="muted">${fmt.text(s.episodeCount.explanation)}</div>` : ""}
        ${s.episodeCount.conflicts.length ? html`<ul class="conflicts">${s.episodeCount.conflicts.map((c) => html`<li>${fmt.number(c.value)} ${certainty(c.certainty)}${c.reason ? html`: ${fmt.text(c.reason)}` : ""} ${evidence(c.sources, fmt, `season ${s.number}: ${c.value} episodes`)}</li>`)}</ul>` : ""}`
    : html`—`,
]), { className: "seasons" })}

<h2 id="cast">Cast</h2>
${stackTable(["Actor", "Character", "Where have I seen them?", "Evidence"], card.cast.map((c) => [
  html`<a href="/people/${c.person.id}">${langText(c.person.name)}</a>${c.person.hangul ? html` <span class="muted" lang="ko">${c.person.hangul}</span>` : ""}`,
  html`${c.character ? langText(c.character) : html`<span class="muted">${c.note ?? "TBA"}</span>`}${c.character && c.note ? html` <span class="muted">(${c.note})</span>` : ""}${c.characterAliases.length ? html`<div class="muted">${c.characterAliases.map((a, i) => html`${i ? " · " : ""}${langText(a)}`)}</div>` : ""}`,
  html`${c.knownFor.join(", ") || "—"}`,
  evidence(c.sources, fmt, `${c.person.name} in the cast`, { max: 2 }),
]), { className: "cast" })}

<h2 id="crew">Crew</h2>
${stackTable(["Job", "Person", "Known for", "Evidence"], card.crew.map((c) => [
  html`${c.job}`,
  html`<a href="/people/${c.person.id}">${langText(c.person.name)}</a>`,
  html`${c.knownFor.join(", ") || "—"}`,
  evidence(c.sources, fmt, `${c.person.name} as ${c.job}`, { max: 2 }),
]), { className: "crew" })}
${(card.reunions ?? []).map((r) => html`<p>Reunion: ${r.people.join(" and ")} worked together on <em>${r.title}</em>.</p>`)}

${card.viewership.length ? html`<h2 id="charts">Charts and viewing</h2>
${weeklyChart(card, fmt)}
${volumeLists.length ? stackTable(["Measure", "List", "Value", "Evidence"], viewershipRows(volumeLists, fmt), { className: "viewership" }) : ""}` : ""}

${card.ratings.length ? html`<h2 id="ratings">Ratings</h2><ul>${card.ratings.map((r) => html`<li>${r.site}: <span class="value">${fmt.number(r.value)}${r.scale === "percent" ? "%" : `/${r.scale}`}</span>${r.label ? ` (${r.label})` : ""} ${evidence(r.sources, fmt, `the ${r.site} rating`)}</li>`)}</ul>` : ""}

${card.statements.length ? html`<h2 id="statements">Statements</h2>${card.statements.map(
  (s) => html`<figure><blockquote>${s.quote}</blockquote><figcaption>— ${s.speaker}${s.onBehalfOf ? `, for ${s.onBehalfOf}` : ""}${s.via ? ` (via ${s.via})` : ""} ${evidence(s.sources, fmt, `${s.speaker}'s statement`)}</figcaption></figure>`,
)}` : ""}

<h2 id="timeline">Timeline</h2>
${stackTable(["When", "What", "Certainty", "Evidence"], card.timeline.map((e) => [
  fmt.date(e.date.date, e.date.precision),
  html`${fmt.text(e.summary)}${e.contradiction ? html`<div class="contradiction">⚠ ${fmt.text(e.contradiction)}</div>` : ""}`,
  certainty(e.certainty),
  evidence(e.sources, fmt, `the timeline: ${e.kind.replace(/-/g, " ")}`, { max: 2 }),
]), { className: "timeline" })}

<h2 id="sources">Sources</h2>
${(card.notes ?? []).length ? html`<div class="data-notes"><h3>About the data</h3><ul>${(card.notes ?? []).map((n) => html`<li>${fmt.text(n)}</li>`)}</ul></div>` : ""}
<ul class="sources">${card.sources.map((s) => html`<li><a href="/sources/${s.id}">${s.outlet ?? "Outlet not given"}</a>${s.author ? `, ${s.author}` : ""} — ${s.published ? fmt.date(s.published) : s.publishedInferred ? html`undated (not before ${fmt.date(s.publishedInferred)}, inferred)` : "undated"}${s.via ? ` · via ${s.via}` : ""}${safeUrl(s.url) ? html` · <a href="${safeUrl(s.url)}" rel="noopener noreferrer nofollow">original<span class="vh"> article at ${s.outlet ?? "its outlet"}</span></a>` : ""}<div class="muted">${s.quote}</div></li>`)}</ul>
<p class="muted">Data: <a href="/api/titles/${card.id}">JSON</a> · <a href="/titles/${card.id}?as-of=${card.timeline.find((e) => e.kind === "article-published")?.date.date ?? ""}">as of the first article</a></p>
`,
  });
}
