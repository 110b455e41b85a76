import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "../../app/errors.ts";

export interface HtmlArticle {
  text: string;
  meta: {
    title: string | null;
    author: string | null;
    outlet: string | null;
    published: string | null;
    url: string | null;
    /** What the page says it is about: JSON-LD `about` (a series or film). */
    titleHints: string[];
  };
}

const blockTags = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "FIGCAPTION", "PRE", "TR", "DT", "DD"]);

interface JsonLdNode {
  "@type"?: string | string[];
  headline?: string;
  datePublished?: string;
  author?: { name?: string } | { name?: string }[] | string;
  publisher?: { name?: string };
  url?: string;
  about?: JsonLdThing | JsonLdThing[] | string;
  "@graph"?: JsonLdNode[];
}

type JsonLdThing = { "@type"?: string | string[]; name?: string };

/** Names of the works a JSON-LD article is about: `"about": {"@type": "TVSeries", "name": …}` (objects, arrays or bare strings). */
function aboutNames(article: JsonLdNode | undefined): string[] {
  const about = article?.about;
  const things = about === undefined ? [] : Array.isArray(about) ? about : [about];
  return things.flatMap((thing) => {
    if (typeof thing === "string") return [thing];
    const types = [thing["@type"] ?? []].flat();
    const work = types.length === 0 || types.some((t) => /Series|Season|Episode|Movie|CreativeWork/.test(t));
    return work && typeof thing.name === "string" ? [thing.name] : [];
  });
}

function firstNewsArticle(document: Document): JsonLdNode | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed = JSON.parse(script.textContent ?? "") as JsonLdNode | JsonLdNode[];
      const nodes = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((n) => (n["@graph"] ? n["@graph"] : [n]));
      const article = nodes.find((n) => {
        const type = n["@type"];
        const types = Array.isArray(type) ? type : [type];
        return types.some((t) => typeof t === "string" && /(News|Blog)?Article|Report/.test(t));
      });
      if (article) return article;
    } catch {
      // A broken JSON-LD block is common; the <meta> tags still count.
    }
  }
  return undefined;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function isoDay(value: string | null | undefined): string | null {
  const match = value?.match(/(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Block-level text with paragraph breaks, from Readability's cleaned HTML. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // Outlets italicize titles (<em>, <i>, <cite>); the text keeps that as quotes, which is how plain text marks them.
  for (const element of Array.from(document.querySelectorAll("em, i, cite"))) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    const before = element.previousSibling?.textContent ?? "";
    const after = element.nextSibling?.textContent ?? "";
    if (!text || text.split(" ").length > 10 || !/^[\p{Lu}\p{N}]/u.test(text) || /[“"‘']$/.test(before) || /^[”"’']/.test(after)) continue;
    element.textContent = `“${text}”`;
  }
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (blockTags.has(child.tagName)) {
        const text = (child.textContent ?? "").replace(/\s+/g, " ").trim();
        if (text) parts.push(text);
      } else {
        walk(child);
      }
    }
  };
  walk(document.body);
  return parts.join("\n\n");
}

/**
 * Limits on the page's shape, checked in one linear pass before any parsing: the DOM walkers
 * recurse (ten thousand nested divs overflowed the stack) and take time that grows with the cube of
 * the nesting (two thousand levels: a minute), and a million links took gigabytes. Real news pages
 * nest a few dozen levels and hold a few thousand elements.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 100_000;

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "frame", "isindex"]);
/** Elements whose end tag is often left out: counting them as nesting would overstate the depth. */
const OPTIONAL_END = new Set(["html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rtc", "rp"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

export function checkHtmlShape(html: string, label: string): void {
  // [^<>]* rather than [^>]*: an unclosed "<a" must not scan to the end of the page, once per "<a".
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/g;
  const lower = html.toLowerCase();
  let depth = 0;
  let elements = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!VOID_ELEMENTS.has(name) && !OPTIONAL_END.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    if (elements > MAX_HTML_ELEMENTS) throw new AppError("INPUT_TOO_COMPLEX", `${label}: more than ${MAX_HTML_ELEMENTS.toLocaleString("en")} HTML elements (the limit for one page)`);
    if (RAW_TEXT.has(name)) {
      // A script's text is not markup: skip to its end tag.
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name) || m[0].endsWith("/>")) continue;
    depth += 1;
    if (depth > MAX_HTML_DEPTH) throw new AppError("INPUT_TOO_COMPLEX", `${label}: HTML nested more than ${MAX_HTML_DEPTH} elements deep (the limit for one page)`);
  }
}

/** The article in an HTML page: main content by Readability over linkedom, metadata from meta, Open Graph and JSON-LD. */
export function readHtml(html: string, label: string): HtmlArticle {
  checkHtmlShape(html, label);
  const { document } = parseHTML(html);
  const ld = firstNewsArticle(document as unknown as Document);
  const ldAuthor = ld?.author;
  const authorName = typeof ldAuthor === "string" ? ldAuthor : Array.isArray(ldAuthor) ? ldAuthor[0]?.name : ldAuthor?.name;
  const doc = document as unknown as Document;
  const metaInfo = {
    title: ld?.headline ?? meta(doc, "og:title", "twitter:title") ?? (doc.querySelector("title")?.textContent?.trim() || null),
    author: authorName ?? meta(doc, "author", "article:author", "parsely-author"),
    outlet: ld?.publisher?.name ?? meta(doc, "og:site_name", "application-name"),
    published: isoDay(ld?.datePublished ?? meta(doc, "article:published_time", "date", "pubdate", "publish-date", "parsely-pub-date")),
    url: ld?.url ?? meta(doc, "og:url") ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    titleHints: aboutNames(ld),
  };
  let article: ReturnType<Readability["parse"]>;
  let text: string;
  try {
    article = doc.documentElement ? new Readability(doc, { charThreshold: 200 }).parse() : null;
    text = article?.content ? blocksToText(article.content) : "";
  } catch (error) {
    // Markup that parses to no usable document (a lone "<!--") makes Readability throw: no article, not a crash.
    throw new AppError("NO_ARTICLE_BODY", `${label}: no article body found in the HTML (${(error as Error).message})`);
  }
  if (text.trim().length < 80) throw new AppError("NO_ARTICLE_BODY", `${label}: no article body found in the HTML`);
  const title = metaInfo.title ?? article?.title ?? null;
  return {
    text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    meta: { ...metaInfo, title, author: metaInfo.author ?? article?.byline ?? null, outlet: metaInfo.outlet ?? article?.siteName ?? null },
  };
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(body|article|div|p)\b[^>]*>/.test(head);
}
