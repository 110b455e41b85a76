import { AppError } from "../../app/errors.ts";
import { assertText, decodeInput } from "./decode.ts";
import { looksLikeHtml, readHtml } from "./html.ts";
import { readMarkdown } from "./markdown.ts";

export type InputFormat = "text" | "html" | "markdown";

export interface ReadDocument {
  raw: string;
  format: InputFormat;
  encoding: string;
  meta: { title: string | null; author: string | null; outlet: string | null; published: string | null; url: string | null; titleHints: string[] };
}

const emptyMeta = { title: null, author: null, outlet: null, published: null, url: null, titleHints: [] };

/** Bytes of a file (or stdin) to article text, whatever its encoding and format. */
export function readDocument(bytes: Uint8Array, label: string, maxBytes: number, format?: InputFormat): ReadDocument {
  const { text, encoding } = decodeInput(bytes, label, maxBytes);
  assertText(text, label);
  const chosen: InputFormat = format ?? (/\.html?$/i.test(label) || looksLikeHtml(text) ? "html" : /\.(md|markdown)$/i.test(label) ? "markdown" : "text");
  if (chosen === "html") {
    const article = readHtml(text, label);
    return { raw: article.text, format: "html", encoding, meta: article.meta };
  }
  const raw = chosen === "markdown" ? readMarkdown(text) : text;
  if (raw.trim().length < 40) throw new AppError("NO_ARTICLE_BODY", `${label}: too little text to be an article (${raw.trim().length} characters)`);
  return { raw, format: chosen, encoding, meta: emptyMeta };
}
