import fs from "node:fs";
import path from "node:path";

/**
 * A feed of a folder of article files (the bundled examples): what `npm start` serves and follows,
 * so a new user sees articles arrive without the internet. Each file is an item whose page is the
 * file itself (text/plain or text/html), undated as the files are, so it gives the claims `ingest` gives.
 */
export interface ExampleFeed {
  /** RSS 2.0. */
  xml: string;
  /** Item pages by path under the base ("/examples/articles/000.txt"). */
  pages: Map<string, { contentType: string; body: Buffer }>;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

export function buildExampleFeed(dir: string, baseUrl: string, basePath = "/examples"): ExampleFeed {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(?:txt|html?)$/i.test(f)).sort() : [];
  const pages = new Map<string, { contentType: string; body: Buffer }>();
  const items = files.map((file) => {
    const body = fs.readFileSync(path.join(dir, file));
    const pagePath = `${basePath}/articles/${encodeURIComponent(file)}`;
    pages.set(pagePath, { contentType: /\.html?$/i.test(file) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", body });
    const firstLine = body.toString("utf8").split("\n").find((l) => l.trim() !== "")?.replace(/<[^>]*>/g, "").trim() ?? file;
    const link = `${baseUrl}${pagePath}`;
    return `<item><title>${escapeXml(firstLine.slice(0, 200))}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid></item>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>cliffhanger examples</title><link>${escapeXml(baseUrl)}${basePath}/</link><description>The bundled example articles</description>\n${items.join("\n")}\n</channel></rss>\n`;
  return { xml, pages };
}
