import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { SourceRef } from "../../cards/title-card.schema.ts";
import { createFormatter, offeredLocales, type Formatter } from "./format.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What a page knows of its request: the reader's formats, and the page's own absolute address. */
export interface PageContext {
  fmt: Formatter;
  /** The absolute address of this page without its query ("https://host/titles/ab12"), for canonical and Open Graph links. */
  url: string | null;
  /** The path and query, for the locale setting to come back to. */
  path: string;
}

export function pageContext(fmt: Formatter = createFormatter(), url: string | null = null, pathAndQuery = "/"): PageContext {
  return { fmt, url, path: pathAndQuery };
}

/** JSON-LD inside a script element: "<" escaped so that no text can close the element. */
export function jsonLd(data: unknown): Html {
  return html`<script type="application/ld+json">${raw(JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026"))}</script>`;
}

/** Text with its runs of Hangul marked lang="ko", so that screen readers and fonts read them as Korean. */
export function langText(text: string): Html {
  const out: (string | Html)[] = [];
  let cursor = 0;
  for (const match of text.matchAll(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+(?:[\s·.-]+[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+)*/g)) {
    out.push(text.slice(cursor, match.index));
    out.push(html`<span lang="ko">${match[0]}</span>`);
    cursor = match.index + match[0].length;
  }
  out.push(text.slice(cursor));
  return html`${out}`;
}

export interface LayoutOptions {
  title: string;
  query?: string;
  head?: Html;
  body: Html;
  /** One or two sentences for search results and link previews. */
  description?: string;
  context?: PageContext;
  /** Open Graph type: "video.tv_show", "profile", "article"; "website" when not given. */
  ogType?: string;
}

export function layout(options: LayoutOptions): Html {
  const context = options.context ?? pageContext();
  const description = (options.description ?? "Release dates, renewals and cast of streaming series, each value linked to the sentence it was read from.").slice(0, 300);
  const title = `${options.title} · cliffhanger`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${context.url ? html`<link rel="canonical" href="${context.url}">
<meta property="og:url" content="${context.url}">` : ""}
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${options.ogType ?? "website"}">
<meta property="og:site_name" content="cliffhanger">
<meta property="og:locale" content="${context.fmt.locale.replace("-", "_")}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
${options.head ?? ""}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <a class="brand" href="/">cliffhanger</a>
  <form action="/search" method="get" role="search">
    <input type="search" name="q" value="${options.query ?? ""}" placeholder="A show or a person, any spelling" aria-label="Search shows and people">
    <button type="submit">Search</button>
  </form>
  <a href="/api/docs">API</a>
  <a href="/following">Following</a>
</header>
<main id="main">
${options.body}
</main>
<footer>
<p>Every value links to the sentence it was read from. Certainty: confirmed › reported › rumored › speculative; denied values are shown, not hidden.</p>
<form action="/settings/locale" method="get" class="locale">
<input type="hidden" name="back" value="${context.path}">
<label for="locale-setting">Dates and numbers</label>
<select id="locale-setting" name="locale">
<option value="">As my browser asks</option>
${offeredLocales.map((l) => html`<option value="${l.tag}"${l.tag === context.fmt.locale ? raw(" selected") : ""} lang="${l.tag}">${l.name}</option>`)}
</select>
<button type="submit">Set</button>
</form>
</footer>
</body>
</html>`;
}

export function certainty(value: string): Html {
  return html`<span class="certainty ${value}">${value}</span>`;
}

/**
 * Links to the evidence, one per source: the outlet and date, words saying what it supports (read
 * by screen readers; on screen the context says it), and the quote, which shows when the link has
 * the keyboard's focus, under the mouse, or after a first tap (static/app.js); the link lands on
 * the highlighted quote in the source page.
 */
export function evidence(sources: SourceRef[], fmt: Formatter, what?: string, options: { max?: number } = {}): Html {
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    if (seen.has(s.id)) return false;
    seen.add(s.id);
    return true;
  });
  const max = options.max ?? unique.length;
  const shown = unique.slice(0, max);
  const more = unique.length - shown.length;
  return html`<span class="evidence">${shown.map((s, i) => {
    const id = fmt.nextId("evq");
    const when = s.published ? html`, ${fmt.date(s.published)}` : s.publishedInferred ? html`, after ${fmt.date(s.publishedInferred)}` : "";
    return html`${i ? " " : ""}<a class="ev" href="/sources/${s.id}${s.start !== null && s.start !== undefined ? `#q${s.start}` : ""}" aria-describedby="${id}">${s.outlet ?? "Unnamed outlet"}${when}${what ? html`<span class="vh"> (source for ${what})</span>` : ""}</a><span class="evq" id="${id}" role="tooltip">“${s.quote.slice(0, 400)}${s.quote.length > 400 ? "…" : ""}” <span class="evq-hint">Open the link to read it in its source.</span></span>`;
  })}${more > 0 ? html` <span class="muted">and ${more} more</span>` : ""}</span>`;
}

export function notFound(message: string): Html {
  return layout({ title: "Not found", body: html`<h1>Not found</h1><p>${message}</p><p><a href="/">Home</a></p>` });
}

/** Only http(s) links from untrusted text: never javascript: or data: URLs. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/**
 * A table that reflows: on a narrow screen each row becomes a stacked block, each cell led by its
 * column's name (data-label), so nothing scrolls sideways.
 */
export function stackTable(headers: string[], rows: Html[][], options: { className?: string; caption?: string } = {}): Html {
  return html`<table class="stack${options.className ? ` ${options.className}` : ""}">${options.caption ? html`<caption>${options.caption}</caption>` : ""}<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>
${rows.map((cells) => html`<tr>${cells.map((cell, i) => html`<td data-label="${headers[i] ?? ""}">${cell}</td>`)}</tr>
`)}</tbody></table>`;
}

/** Links to a long page's sections. */
export function contents(links: { id: string; label: string }[]): Html {
  return html`<nav class="contents" aria-label="On this page"><ul>${links.map((l) => html`<li><a href="#${l.id}">${l.label}</a></li>`)}</ul></nav>`;
}
