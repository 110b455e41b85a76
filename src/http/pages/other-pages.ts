import { html } from "hono/html";
import type { PersonCard, SearchResult, SourceView } from "../../catalog/catalog.service.ts";
import { certainty, jsonLd, layout, safeUrl, type Html } from "./layout.ts";

export function personPage(person: PersonCard): Html {
  return layout({
    title: person.name,
    head: jsonLd({ "@context": "https://schema.org", "@type": "Person", name: person.name, alternateName: [person.hangul, ...person.aliases].filter(Boolean) }),
    body: html`<h1>${person.name}</h1>
${person.hangul ? html`<p lang="ko">${person.hangul}</p>` : ""}
${person.aliases.length ? html`<p class="aliases">Also written: ${person.aliases.join(" · ")}</p>` : ""}
<h2>Credits</h2>
<table><thead><tr><th>Title</th><th>Credit</th><th>Character</th></tr></thead><tbody>
${person.credits.map((c) => html`<tr><td><a href="/titles/${c.titleId}">${c.title}</a></td><td>${c.role}</td><td>${c.character ?? "—"}</td></tr>`)}
</tbody></table>
<h2>Known for</h2>
${person.knownFor.length ? html`<ul>${person.knownFor.map((k) => html`<li><a href="/titles/${k.titleId}">${k.title}</a></li>`)}</ul>` : html`<p class="muted">Nothing else reported yet.</p>`}`,
  });
}

export function searchPage(query: string, results: SearchResult[]): Html {
  return layout({
    title: query ? `Search: ${query}` : "Search",
    query,
    body: html`<h1>Search</h1>
${query ? html`<p>${results.length} result${results.length === 1 ? "" : "s"} for “${query}”</p>` : html`<p>Type a show or a person in any spelling: “song hye go”, “송혜교”, “the glory”.</p>`}
<ul>${results.map((r) => html`<li><a href="/${r.kind === "title" ? "titles" : "people"}/${r.id}">${r.name}</a> <span class="muted">${r.kind === "title" ? [r.year, r.country, r.subtype ?? "title"].filter((d) => d !== null && d !== undefined).join(", ") : "person"}${r.matched ? `, matched “${r.matched}”` : ""}</span></li>`)}</ul>`,
  });
}

/** The article as stored, each quoted sentence highlighted and anchored (#q<offset>) for the evidence links. */
export function sourcePage(view: SourceView): Html {
  const { source, highlights, claims } = view;
  const parts: Html[] = [];
  let cursor = 0;
  for (const h of highlights) {
    if (h.start < cursor) continue;
    parts.push(html`${source.text.slice(cursor, h.start)}`);
    parts.push(html`<mark id="q${h.start}" title="${h.properties.join(", ")}">${source.text.slice(h.start, h.end)}</mark>`);
    cursor = h.end;
  }
  parts.push(html`${source.text.slice(cursor)}`);
  const url = safeUrl(source.url);
  return layout({
    title: source.title ?? source.outlet ?? "Source",
    body: html`<h1>${source.title ?? "Untitled source"}</h1>
<p>${source.outlet ?? "Outlet not given"}${source.author ? `, ${source.author}` : ""} — ${source.published ?? (source.publishedInferred ? `undated (not before ${source.publishedInferred}, inferred)` : "undated")}${source.via ? ` · via ${source.via}` : ""}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ""}</p>
<p class="muted">${claims.length} claims read from it; quoted sentences are highlighted.</p>
${source.kind === "article" ? html`<div class="article">${parts}</div>` : html`<p>${source.text}</p>`}
<h2>Claims</h2>
<table><thead><tr><th>Property</th><th>Value</th><th>Certainty</th><th>Quote</th></tr></thead><tbody>
${claims.slice(0, 500).map((c) => html`<tr><td>${c.property}</td><td>${c.value.type === "date" ? c.value.label : c.value.type === "number" ? String(c.value.value) : c.value.type === "entity" ? c.value.entityId : c.value.value.slice(0, 120)}</td><td>${certainty(c.certainty)}</td><td>${c.evidence.start !== null ? html`<a href="#q${c.evidence.start}">${c.evidence.quote.slice(0, 100)}</a>` : c.evidence.quote.slice(0, 100)}</td></tr>`)}
</tbody></table>`,
  });
}

export function ingestPage(message: Html | string | null, error: string | null, csrf?: string): Html {
  return layout({
    title: "Add an article",
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
