import { html } from "hono/html";
import type { PersonCard, SearchResult, SourcePage } from "../../catalog/catalog.service.ts";
import type { Claim, Source } from "../../domain/claim.ts";
import { certainty, jsonLd, langText, layout, pageContext, safeUrl, stackTable, type Html, type PageContext } from "./layout.ts";

/** A dataset's row key kept as an alias ("list-actor:1187f009-…"): a spelling for matching, not for reading. */
function isMachineKey(alias: string): boolean {
  const colon = alias.indexOf(":");
  return colon > 0 && !alias.includes(" ") && alias.length - colon > 8;
}

export function personPage(card: PersonCard, context: PageContext = pageContext()): Html {
  const person = { ...card, aliases: card.aliases.filter((a) => !isMachineKey(a)) };
  const titles = [...new Set(person.credits.map((c) => c.title))];
  return layout({
    title: person.name,
    context,
    ogType: "profile",
    description: `${person.name}${person.hangul ? ` (${person.hangul})` : ""}: ${titles.length ? `credits on ${titles.slice(0, 5).join(", ")}${titles.length > 5 ? ` and ${titles.length - 5} more` : ""}` : "no credits reported yet"}, each with its source.`,
    head: jsonLd({ "@context": "https://schema.org", "@type": "Person", ...(context.url ? { "@id": context.url, url: context.url } : {}), name: person.name, alternateName: [person.hangul, ...person.aliases].filter(Boolean) }),
    body: html`<h1>${langText(person.name)}</h1>
${person.hangul ? html`<p lang="ko">${person.hangul}</p>` : ""}
${person.aliases.length ? html`<p class="aliases">Also written: ${person.aliases.map((a, i) => html`${i ? " · " : ""}${langText(a)}`)}</p>` : ""}
<h2>Credits</h2>
${person.credits.length ? stackTable(["Title", "Credit", "Character"], person.credits.map((c) => [html`<a href="/titles/${c.titleId}">${langText(c.title)}</a>`, html`${c.role}`, html`${c.character ? langText(c.character) : "—"}`])) : html`<p class="muted">No credits reported yet.</p>`}
<h2>Known for</h2>
${person.knownFor.length ? html`<ul>${person.knownFor.map((k) => html`<li><a href="/titles/${k.titleId}">${langText(k.title)}</a></li>`)}</ul>` : html`<p class="muted">Nothing else reported yet.</p>`}`,
  });
}

export function searchPage(query: string, results: SearchResult[], context: PageContext = pageContext()): Html {
  return layout({
    title: query ? `Search: ${query}` : "Search",
    query,
    context,
    description: "Find a show or a person by any spelling: romanized, in Hangul, with or without hyphens.",
    body: html`<h1>Search</h1>
${query ? html`<p>${context.fmt.number(results.length)} result${results.length === 1 ? "" : "s"} for “${langText(query)}”</p>` : html`<p>Type a show or a person in any spelling: “song hye go”, “<span lang="ko">송혜교</span>”, “the glory”.</p>`}
<ul class="results">${results.map((r) => html`<li><a href="/${r.kind === "title" ? "titles" : "people"}/${r.id}">${langText(r.name)}</a> <span class="muted">${r.kind === "title" ? [r.year, r.country, r.subtype ?? "title"].filter((d) => d !== null && d !== undefined).join(", ") : "person"}${r.matched ? html`, matched “${langText(r.matched)}”` : ""}</span></li>`)}</ul>`,
  });
}

/**
 * A source's name for people: its headline; for an article with none, its first line or sentence;
 * for a dataset, the publisher and the file ("Netflix Top 10: all-weeks-global.tsv").
 */
export function sourceTitle(source: Pick<Source, "kind" | "title" | "outlet" | "text">): string {
  if (source.kind === "dataset") return `${source.outlet ?? "Dataset"}: ${source.title ?? "a dataset"}`;
  if (source.title) return source.title;
  const line = source.text.trim().split("\n")[0]?.trim() ?? "";
  const sentence = line.split(/(?<=[.!?])\s/)[0] ?? line;
  if (!sentence) return source.outlet ? `An article from ${source.outlet}` : "An untitled article";
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 90);
  return `${cut.lastIndexOf(" ") > 40 ? cut.slice(0, cut.lastIndexOf(" ")) : cut}…`;
}

const propertyWords: Record<string, string> = {
  "release-date": "release date",
  "episode-count": "episodes",
  "part-count": "parts",
  "season-status": "season status",
  "production-event": "production",
  "production-status": "production",
  "cast-member": "cast",
  "crew-member": "crew",
  "known-for": "known for",
  "hours-viewed": "hours viewed",
  "weeks-in-top-10": "weeks in the top 10",
  "weeks-at-number-1": "weeks at #1",
  "consecutive-weeks-at-number-1": "consecutive weeks at #1",
  "sequel-talk": "talk of a sequel",
  "military-service": "military service",
};

function claimValue(claim: Claim, names: Record<string, string>, page: SourcePage, context: PageContext): Html {
  const v = claim.value;
  if (v.type === "date") return context.fmt.date(v.date, v.precision);
  if (v.type === "number") return html`${context.fmt.number(v.value)}`;
  if (v.type === "entity") return html`${langText(names[v.entityId] ?? "an entry not found")}`;
  void page;
  return html`${v.value.slice(0, 120)}`;
}

function qualifierWords(claim: Claim, names: Record<string, string>, fmt: PageContext["fmt"]): string {
  const q = claim.qualifiers;
  return [q.season ? `season ${q.season}` : "", q.part ? `part ${q.part}` : "", q.list ?? "", q.week ? `week of ${fmt.dateText(q.week)}` : "", q.character ? `as ${names[q.character] ?? "a character"}` : "", q.job ?? "", q.site ?? ""].filter(Boolean).join(", ");
}

/** The article as stored, each quoted sentence highlighted and anchored (#q<offset>); a dataset's claims a page at a time. */
export function sourcePage(page: SourcePage, context: PageContext = pageContext()): Html {
  const { source, highlights, claims, names } = page;
  const fmt = context.fmt;
  const parts: Html[] = [];
  let cursor = 0;
  for (const h of highlights) {
    if (h.start < cursor) continue;
    parts.push(html`${source.text.slice(cursor, h.start)}`);
    parts.push(html`<mark id="q${h.start}">${source.text.slice(h.start, h.end)}</mark>`);
    cursor = h.end;
  }
  parts.push(html`${source.text.slice(cursor)}`);
  const url = safeUrl(source.url);
  const title = sourceTitle(source);
  const pageNumber = Math.floor(page.offset / page.limit) + 1;
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  const pager = (where: string) => pages > 1
    ? html`<nav class="pager" aria-label="Pages of claims, ${where}"><p>Claims ${fmt.number(page.offset + 1)}–${fmt.number(Math.min(page.total, page.offset + page.limit))} of ${fmt.number(page.total)} (page ${fmt.number(pageNumber)} of ${fmt.number(pages)})</p><ul>
${pageNumber > 1 ? html`<li><a href="/sources/${source.id}?page=1">First page</a></li><li><a href="/sources/${source.id}?page=${pageNumber - 1}" rel="prev">Previous page</a></li>` : ""}
${pageNumber < pages ? html`<li><a href="/sources/${source.id}?page=${pageNumber + 1}" rel="next">Next page</a></li><li><a href="/sources/${source.id}?page=${pages}">Last page</a></li>` : ""}
</ul></nav>`
    : "";
  const dated = source.published ? html`published ${fmt.date(source.published)}` : source.publishedInferred ? html`undated (not before ${fmt.date(source.publishedInferred)}, inferred)` : source.kind === "dataset" ? html`imported ${fmt.date(source.retrievedAt.slice(0, 10))}` : "undated";
  return layout({
    title,
    context,
    ogType: source.kind === "article" ? "article" : "website",
    description: source.kind === "article" ? `${source.outlet ?? "An article"}: ${title}. ${page.total} claims read from it, each quoted sentence highlighted.` : `${title}: ${page.total} claims imported from the dataset.`,
    body: html`<h1>${langText(title)}</h1>
<p>${source.kind === "dataset" ? "Dataset" : "Article"} · ${source.outlet ?? "Outlet not given"}${source.author ? `, ${source.author}` : ""} · ${dated}${source.via ? ` · via ${source.via}` : ""}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original<span class="vh"> at ${source.outlet ?? "its outlet"}</span></a>` : ""}</p>
<p class="muted">${fmt.number(page.total)} claims read from it${source.kind === "article" ? "; quoted sentences are highlighted" : ""}.</p>
${source.kind === "article" ? html`<h2 id="text">The article</h2><div class="article">${parts}</div>` : ""}
<h2 id="claims">Claims</h2>
${pager("above the list")}
${stackTable(["About", "What", "Value", "Certainty", source.kind === "article" ? "Quote" : "Row"], claims.map((c) => [
  html`${langText(names[c.subjectId] ?? "an entry not found")}`,
  html`${propertyWords[c.property] ?? c.property.replace(/-/g, " ")}${qualifierWords(c, names, fmt) ? html` <span class="muted">(${qualifierWords(c, names, fmt)})</span>` : ""}`,
  claimValue(c, names, page, context),
  certainty(c.certainty),
  c.evidence.start !== null ? html`<a href="#q${c.evidence.start}">${c.evidence.quote.slice(0, 100)}</a>` : html`<span class="quote">${c.evidence.quote.slice(0, 160)}</span>`,
]), { className: "claims" })}
${pager}`,
  });
}

/** With `csrf` (the form token of a signed-in user) the form needs no API token. */
export function ingestPage(message: Html | string | null, error: string | null, context: PageContext = pageContext(), csrf?: string): Html {
  return layout({
    title: "Add an article",
    context,
    description: "Add a news article: its claims are read, reconciled and linked to their sentences.",
    body: html`<h1>Add an article</h1>
${message ? html`<p class="note">${message}</p>` : ""}${error ? html`<p class="note">Not added: ${error}</p>` : ""}
<form method="post" action="/ingest">
${csrf ? html`<input type="hidden" name="csrf" value="${csrf}">` : html`<label for="token">API token (or <a href="/login?next=/ingest">sign in</a> as an editor)</label><input id="token" name="token" type="password" required autocomplete="off">`}
<label for="url">URL</label><input id="url" name="url" type="url">
<label for="published">Published</label><input id="published" name="published" type="date">
<label for="outlet">Outlet</label><input id="outlet" name="outlet" type="text">
<label for="title">Show (when the headline does not say)</label><input id="title" name="title" type="text">
<label for="text">Article text or HTML</label><textarea id="text" name="text" rows="16" required></textarea>
<p><button type="submit">Add</button></p>
</form>`,
  });
}
