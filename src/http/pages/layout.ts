import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { SourceRef } from "../../cards/title-card.schema.ts";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** JSON-LD inside a script element: "<" escaped so that no text can close the element. */
export function jsonLd(data: unknown): Html {
  return html`<script type="application/ld+json">${raw(JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026"))}</script>`;
}

export function layout(options: { title: string; query?: string; head?: Html; body: Html }): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · cliffhanger</title>
<link rel="stylesheet" href="/static/app.css">
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
<footer>Every value links to the sentence it was read from. Certainty: confirmed › reported › rumored › speculative; denied values are shown, not hidden.</footer>
</body>
</html>`;
}

export function certainty(value: string): Html {
  return html`<span class="certainty ${value}">${value}</span>`;
}

/** Links to the evidence: the outlet and date, pointing at the highlighted quote in the source page. */
export function evidence(sources: SourceRef[]): Html {
  const seen = new Set<string>();
  // One link per source, to its first quote: the page highlights the rest.
  const links = sources.filter((s) => {
    const key = s.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return html`<span class="evidence">${links.map(
    (s, i) => html`${i ? ", " : ""}<a href="/sources/${s.id}${s.start !== null && s.start !== undefined ? `#q${s.start}` : ""}" title="${s.quote.slice(0, 300)}">${s.outlet ?? "source"}${s.published ? ` ${s.published}` : ""}</a>`,
  )}</span>`;
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
