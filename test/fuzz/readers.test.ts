import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { isAppError } from "../../src/app/errors.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { createApp } from "../../src/http/app.ts";
import type { DatasetImporter } from "../../src/imports/dataset.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { kdrama } from "../../src/imports/kdrama.ts";
import { netflixEngagement } from "../../src/imports/netflix-engagement.ts";
import { netflixTitles } from "../../src/imports/netflix-titles.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import { readArticle } from "../../src/ingest/pipeline.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { tempDir } from "../support/temp-dir.ts";

// one engine: an in-memory store keeps thousands of inputs fast; the readers do not depend on the engine.

/**
 * Property tests: whatever the bytes, every reader ends in a result or a refusal the user can act
 * on (an AppError with a code), never a crash, a hang or an internal error; every route answers
 * below 500. CLIFF_FUZZ_RUNS sets the inputs per property (npm test: a few hundred in all; `npm run
 * fuzz`: thousands), CLIFF_FUZZ_SEED replays a run. The test timeouts are the time bound.
 */
const runs = Number(process.env.CLIFF_FUZZ_RUNS ?? 40);
const seed = process.env.CLIFF_FUZZ_SEED ? Number(process.env.CLIFF_FUZZ_SEED) : undefined;
const settings = { numRuns: runs, ...(seed !== undefined ? { seed } : {}) };
const tried: Record<string, number> = {};

/** Runs `read`; an AppError is a fine answer, anything else fails the property. */
async function endsCleanly(name: string, read: () => unknown): Promise<void> {
  tried[name] = (tried[name] ?? 0) + 1;
  try {
    await read();
  } catch (error) {
    if (isAppError(error) && error.code !== "INTERNAL") return;
    throw error;
  }
}

const words = ["Harbour Lights", "season 2", "Netflix", "will return", "in March 2027", "Kim Ji-won", "as", "renewed", "cancelled", "episodes", "“", "”", "(", ")", ",", ".", "\n", "\n\n", "송혜교", "2026", "Part 2", "#1", "million hours", "—", "'s"];
const prose = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 })), { maxLength: 200, size: "large" }).map((parts) => parts.join(" "));
const tagNames = ["div", "p", "span", "a", "script", "style", "article", "main", "h1", "h2", "ul", "li", "table", "tr", "td", "br", "img", "meta", "title", "template", "svg", "math", "iframe", "noscript"];
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...tagNames).map((t) => `<${t}>`),
      fc.constantFrom(...tagNames).map((t) => `</${t}>`),
      fc.tuple(fc.constantFrom(...tagNames), fc.string({ maxLength: 20 })).map(([t, v]) => `<${t} class="${v}" href='${v}' data-x=${v}>`),
      fc.constantFrom("<!--", "-->", "<![CDATA[", "]]>", "<!doctype html>", "&amp;", "&#x0;", "&#99999999;", '<script type="application/ld+json">{"@type":"NewsArticle","headline":', "}</script>", "<", ">"),
      prose,
    ),
    { maxLength: 120, size: "large" },
  )
  .map((parts) => parts.join(""));
const markdown = fc.array(fc.oneof(fc.constantFrom("# ", "## ", "* ", "- ", "1. ", "> ", "```", "`", "**", "_", "[", "](", ")", "![", "|", "---", "\n"), prose), { maxLength: 80 }).map((parts) => parts.join(""));

describe("fuzz: article readers", { timeout: 600_000 }, () => {
  it("text, HTML and Markdown of any shape: a result or a refusal", async () => {
    await fc.assert(fc.asyncProperty(prose, (text) => endsCleanly("text", () => readArticle({ bytes: new TextEncoder().encode(text), label: "fuzz.txt", format: "text" }, 200_000))), settings);
    await fc.assert(fc.asyncProperty(markup, (html) => endsCleanly("html", () => readArticle({ bytes: new TextEncoder().encode(html), label: "fuzz.html", format: "html" }, 200_000))), settings);
    await fc.assert(fc.asyncProperty(markdown, (md) => endsCleanly("markdown", () => readArticle({ bytes: new TextEncoder().encode(md), label: "fuzz.md", format: "markdown" }, 200_000))), settings);
  });

  it("bytes of any kind and encoding: a result or a refusal", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      prose.map((t) => new Uint8Array(Buffer.from(t, "utf16le"))),
      prose.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, "utf16le").swap16()]))),
      prose.map((t) => new Uint8Array(zlib.gzipSync(t))),
    );
    await fc.assert(fc.asyncProperty(bytes, (data) => endsCleanly("bytes", () => readArticle({ bytes: data, label: "fuzz.bin" }, 200_000))), settings);
  });
});

describe("fuzz: dataset readers", { timeout: 600_000 }, () => {
  let connection: Connection;
  let dir: string;
  before(async () => {
    connection = connect(":memory:");
    await migrateToLatest(connection);
    dir = tempDir("cliffhanger-fuzz");
  });
  after(async () => {
    await connection.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const importers: [string, DatasetImporter, string][] = [
    ["netflix-top10", netflixTop10, "week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10"],
    ["netflix-engagement", netflixEngagement(), "Title\tAvailable Globally?\tRelease Date\tHours Viewed"],
    ["kdrama", kdrama, "Name,Aired Date,Year of release,Original Network,Aired On,Number of Episodes,Duration,Content Rating,Rating,Synopsis,Genre,Tags,Director,Screenwriter,Cast,Production companies,Rank"],
    ["netflix-titles", netflixTitles, "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description"],
    ["imdb", imdb, "tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres"],
  ];
  const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", "\\N", "2023-01-01", "12/26/2022", "1", "-5", "1e309", "NaN", "\"", "\"\"", "a\tb", "tt0000001", "nm0000001", "The Glory", "Season 2", "Yes", "1,234,567"));
  const table = (delimiter: string) => fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 30 }).map((rows) => rows.map((r) => r.join(delimiter)).join(fc.sample(fc.constantFrom("\n", "\r\n"), 1)[0]));

  it("TSV, CSV, gzip and workbook files of any content: a result or a refusal", async () => {
    let n = 0;
    for (const [kind, importer, header] of importers) {
      const delimiter = importer.delimiter === "," ? "," : "\t";
      const content = fc.oneof(
        table(delimiter).map((body) => Buffer.from(`${header}\n${body}`)),
        table(delimiter).map((body) => Buffer.from(body)),
        table(delimiter).map((body) => zlib.gzipSync(`${header}\n${body}`)),
        table(delimiter).map((body) => zlib.gzipSync(`${header}\n${body}`).subarray(0, 30)),
        fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
        fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(b)])),
      );
      await fc.assert(
        fc.asyncProperty(content, async (bytes) => {
          n += 1;
          const file = path.join(dir, `fuzz-${n}.${delimiter === "," ? "csv" : "tsv"}`);
          fs.writeFileSync(file, bytes);
          await endsCleanly(`dataset:${kind}`, () => importFile(connection, importer, file, { now: "2026-11-21T12:00:00Z" }));
          fs.rmSync(file);
        }),
        { ...settings, numRuns: Math.max(10, Math.round(runs / 2)) },
      );
    }
  });
});

describe("fuzz: HTTP routes' parameters", { timeout: 600_000 }, () => {
  it("any path segment or query value answers below 500", async () => {
    const connection = connect(":memory:");
    try {
      await migrateToLatest(connection);
      const app = createApp({ connection, clock: fixedClock("2026-11-21T12:00:00Z"), config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
      const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.constantFrom("%", "%25", "%C0%AF", "%00", "..", "%2e%2e%2f", "%FF", "a".repeat(5000), "1e20", "-1", "NaN", "Infinity"));
      // Percent signs stay as they are (malformed escapes are the point); a lone surrogate cannot be encoded.
      const encodeLoosely = (value: string) => value.replace(/[^%A-Za-z0-9._~-]/gu, (c) => (c.isWellFormed() ? encodeURIComponent(c) : "%ED%A0%80"));
      const route = fc.oneof(
        fc.tuple(fc.constantFrom("/titles/", "/api/titles/", "/people/", "/api/people/", "/sources/", "/api/sources/"), segment).map(([base, s]) => base + encodeLoosely(s)),
        fc.tuple(fc.constantFrom("/api/titles?limit=", "/api/titles?offset=", "/api/search?q=", "/search?q=", "/api/titles/x?as-of="), segment).map(([base, s]) => base + encodeLoosely(s)),
      );
      await fc.assert(
        fc.asyncProperty(route, async (url) => {
          tried.http = (tried.http ?? 0) + 1;
          const response = await app.request(url);
          await response.arrayBuffer();
          assert.ok(response.status < 500, `${url} answered ${response.status}`);
        }),
        { ...settings, numRuns: runs * 5 },
      );
    } finally {
      await connection.close();
    }
  });

  after(() => {
    // How many inputs each reader met, for the record (npm run fuzz prints this).
    process.stdout.write(`# fuzz inputs tried: ${JSON.stringify(tried)}\n`);
  });
});
