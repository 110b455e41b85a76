import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { after, before, describe, it } from "node:test";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { createApp } from "../../src/http/app.ts";
import { chartColors } from "../../src/http/pages/chart.ts";
import { connect, type Connection } from "../../src/storage/db.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { seedAllBundled } from "../support/all-datasets.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { repoRoot } from "../support/run-cli.ts";
import { clock } from "../support/web-app.ts";

// The pages as a fan meets them, in Chromium at a desktop's and a phone's width, on a store with every
// bundled dataset imported and the example articles read. CLIFF_PAGES_STORE=<a SQLite file> runs the
// same checks on another store (the full datasets of ../shared/data, built by bench/support.ts).

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = fs.existsSync(chromiumPath);
if (!available && process.env.CI === "true") throw new Error(`CI=true but Chromium is missing at ${chromiumPath}; .ci/run installs Debian's chromium`);
const artifacts = path.join(repoRoot, "test-artifacts");
const axeSource = fs.readFileSync(path.join(repoRoot, "node_modules/axe-core/axe.min.js"), "utf8");
const widths = [
  { width: 1280, height: 800, answerAbove: 600 },
  { width: 390, height: 844, answerAbove: 700 },
] as const;

/** WCAG relative luminance contrast of two colours given as #rrggbb or rgb(). */
function contrast(a: string, b: string): number {
  const rgb = (c: string) => (c.startsWith("#") ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number));
  const lum = (c: string) => {
    const [r, g, b] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

// schema.org's TVSeries (and the CreativeWork and Thing it extends): the properties used here must be
// in the vocabulary, and the ones a series page is expected to carry must be there.
const tvSeriesProperties = new Set(["@context", "@type", "@id", "url", "name", "alternateName", "description", "genre", "inLanguage", "countryOfOrigin", "startDate", "endDate", "numberOfSeasons", "numberOfEpisodes", "dateModified", "datePublished", "containsSeason", "actor", "director", "author", "productionCompany", "image", "sameAs"]);
const tvSeriesExpected = ["@context", "@type", "@id", "url", "name", "description", "genre", "inLanguage", "countryOfOrigin", "startDate", "numberOfSeasons", "numberOfEpisodes", "containsSeason", "actor"];
const tvSeasonProperties = new Set(["@type", "seasonNumber", "name", "numberOfEpisodes", "startDate", "endDate", "url"]);

describe("pages on a store with every bundled dataset", { skip: available ? undefined : `no Chromium at ${chromiumPath}` }, () => {
  let browser: Browser;

  before(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    fs.mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
  });

  const engines = process.env.CLIFF_PAGES_STORE ? (["sqlite"] as const) : requestedDialects();
  for (const engine of engines) {
    describe(`served from ${engine}`, { skip: unavailableReason(engine) }, () => {
      let server: ServerType;
      let base: string;
      let connection: Connection;
      let drop: (() => Promise<void>) | undefined;
      const paths: Record<"title" | "person" | "search" | "article" | "dataset", string> = { title: "", person: "", search: "/search?q=glory", article: "", dataset: "" };

      before(async () => {
        if (process.env.CLIFF_PAGES_STORE) {
          connection = connect(process.env.CLIFF_PAGES_STORE);
        } else {
          const database = await createTestDatabase(engine);
          drop = database.drop;
          connection = connect(database.url);
          await migrateToLatest(connection);
          await seedAllBundled(connection);
        }
        const app = createApp({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log: silentLogger });
        server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
        await new Promise((resolve) => server.once("listening", resolve));
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const card = (await (await fetch(`${base}/api/titles/The%20Glory`)).json()) as { id: string; cast: { person: { id: string; name: string } }[]; sources: { id: string; outlet: string | null; start?: number | null }[] };
        paths.title = `/titles/${card.id}`;
        paths.person = `/people/${card.cast.find((c) => c.person.name === "Song Hye-kyo")!.person.id}`;
        const article = card.sources.find((s) => s.start !== null && s.start !== undefined) ?? card.sources[0]!;
        paths.article = `/sources/${article.id}`;
        paths.dataset = `/sources/${card.sources.find((s) => s.outlet === "Netflix Top 10")!.id}`;
      });

      after(async () => {
        server?.close();
        await connection?.close();
        await drop?.();
      });

      for (const size of widths) {
        it(`at ${size.width}×${size.height}: the answer is the first thing under the title, on the first screen`, async () => {
          const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
          await page.goto(`${base}${paths.title}`);
          const box = await page.locator("#answer").boundingBox();
          assert.ok(box, "the answer box is drawn");
          assert.ok(box.y < size.answerAbove, `#answer starts at y = ${box.y}, not above ${size.answerAbove}`);
          assert.equal(await page.evaluate(() => document.querySelector("h1")?.nextElementSibling?.id), "answer", "nothing stands between the title and the answer");
          const answer = (await page.locator("#answer").textContent()) ?? "";
          assert.match(answer, /Season 2: not announced/);
          assert.equal(await page.locator("#answer .answer-meta time").first().getAttribute("datetime"), clock.now().toISOString().slice(0, 10), "as of the day the server judges on");
          assert.match(answer, /Not before/, "the earliest plausible date, with its reason");
          assert.match(answer, /Kim Eun-sook talked about a sequel/, "the writer's words are a signal for it");
          assert.match(answer, /military service/, "the lead's service is a signal against it");
          assert.match(answer, /controversy/);
          assert.ok((await page.locator("#answer .for li").count()) <= 3 && (await page.locator("#answer .against li").count()) <= 3, "two or three each way");
          assert.equal(await page.locator("#answer .for li a.ev").count(), await page.locator("#answer .for li").count(), "each signal links to its evidence");
          assert.equal(await page.locator("#answer .note, #answer .data-notes").count(), 0, "notes about the data are not in the answer");
          await page.screenshot({ path: path.join(artifacts, `title-page-${size.width}x${size.height}-${engine}.png`) });
          await page.close();
        });

        it(`at ${size.width}×${size.height}: no page scrolls sideways and axe-core finds no violations`, async () => {
          const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, bypassCSP: true });
          const page = await context.newPage();
          for (const [name, url] of Object.entries({ ...paths, home: "/" })) {
            await page.goto(`${base}${url}`);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            assert.equal(width, size.width, `${name} (${url}) is ${width} px wide at ${size.width}`);
            assert.deepEqual(await axeViolations(page), [], `${name} (${url})`);
          }
          await context.close();
        });
      }

      it("at 320 px too, the title and source pages fit the screen", async () => {
        const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
        for (const url of [paths.title, paths.article, paths.dataset, paths.person]) {
          await page.goto(`${base}${url}`);
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, url);
        }
        await page.close();
      });

      it("shows an evidence quote on keyboard focus and on a first tap, with a focus ring of 3:1 or more", async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`${base}${paths.title}`);
        const link = page.locator("#answer a.ev").first();
        const quote = page.locator(`#${await link.getAttribute("aria-describedby")}`);
        assert.equal(await quote.isVisible(), false, "hidden until asked for");
        await link.focus();
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        assert.equal(await quote.isVisible(), true, "focus shows the quote");
        assert.match((await quote.textContent()) ?? "", /“.+”/);
        const ring = await link.evaluate((a) => getComputedStyle(a).outlineColor);
        assert.ok(contrast(ring, "#ffffff") >= 3, `focus ring ${ring} against white`);
        assert.match((await link.textContent()) ?? "", /\(source for .+\)/, "the link says what it supports");
        await page.close();

        const touch = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
        const phone = await touch.newPage();
        await phone.goto(`${base}${paths.title}`);
        const tapped = phone.locator("#answer a.ev").first();
        const tappedQuote = phone.locator(`#${await tapped.getAttribute("aria-describedby")}`);
        await tapped.tap();
        assert.equal(await tappedQuote.isVisible(), true, "a first tap shows the quote");
        assert.equal(new URL(phone.url()).pathname, paths.title, "and stays on the page");
        await tapped.tap();
        await phone.waitForURL(/\/sources\//);
        await touch.close();
      });

      it("dates follow the reader's locale, one format a page, in <time datetime>, and the setting wins", async () => {
        const days = async (headers: Record<string, string>) => {
          const page = await (await fetch(`${base}${paths.title}`, { headers })).text();
          return [...page.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">([^<]+)<\/time>/g)].map((m) => ({ iso: m[1]!, text: m[2]! }));
        };
        for (const locale of ["en-US", "ko-KR", "de-DE", "en-GB"]) {
          const found = await days({ "Accept-Language": `${locale},en;q=0.5` });
          assert.ok(found.length > 20, `${found.length} dates`);
          const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
          for (const { iso, text } of found) assert.equal(text, format.format(new Date(`${iso}T00:00:00Z`)), `${locale}: ${iso}`);
        }
        const korean = await days({ "Accept-Language": "en-US", Cookie: "locale=ko-KR" });
        assert.match(korean[0]!.text, /년/, "the setting is preferred over Accept-Language");
        const set = await fetch(`${base}/settings/locale?locale=de-DE&back=${encodeURIComponent(paths.title)}`, { redirect: "manual" });
        assert.equal(set.status, 303);
        assert.equal(set.headers.get("location"), paths.title);
        assert.match(set.headers.get("set-cookie") ?? "", /locale=de-DE/);
        const offsite = await fetch(`${base}/settings/locale?locale=de-DE&back=//elsewhere.example/`, { redirect: "manual" });
        assert.equal(offsite.headers.get("location"), "/", "never sends the reader off the site");
        assert.match((await fetch(`${base}${paths.title}`)).headers.get("vary") ?? "", /Accept-Language/);
      });

      it("draws the chart with a legend, years, gaps and release markers, in colours of 3:1 or more", async () => {
        const page = await (await fetch(`${base}${paths.title}`, { headers: { "Accept-Language": "en-GB" } })).text();
        const chart = page.slice(page.indexOf('<figure class="chart">'), page.indexOf("</figure>", page.indexOf('<figure class="chart">')));
        assert.match(chart, /<ul class="legend">.*Hours viewed per week.*Rank that week.*Release/s);
        assert.match(chart, /<text[^>]*>\d+ \w+ \d{2}<\/text>/, "axis dates carry their year");
        assert.match(chart, /<text[^>]*>hours<\/text>/, "the unit is on the scale");
        assert.match(chart, />S1 P2</, "part 2's release is marked");
        assert.match(chart, /gap/, "a run with weeks out of the list says so");
        for (const colour of [chartColors.bars, chartColors.rank, chartColors.marker, chartColors.text]) assert.ok(contrast(colour, "#ffffff") >= 3, `${colour} against white`);
        // A week out of the list breaks the rank line: more than one polyline.
        assert.ok((chart.match(/<polyline/g)?.length ?? 0) >= 2, "the rank line breaks at the gap");
      });

      it("source pages have human titles, and a dataset's claims come a page at a time, by name", async () => {
        const article = await (await fetch(`${base}${paths.article}`)).text();
        assert.doesNotMatch(article, /<title>Source · cliffhanger<\/title>|Untitled source/);
        const dataset = await (await fetch(`${base}${paths.dataset}`)).text();
        assert.match(dataset, /<h1>Netflix Top 10: [^<]+\.tsv<\/h1>/);
        const main = dataset.slice(dataset.indexOf("<main"), dataset.indexOf("</main>"));
        assert.doesNotMatch(main.replace(/href="[^"]*"/g, ""), /\b(?:ttl|per|ent|chr)_[0-9a-z]{10,}/, "no raw ids in the claims");
        const about = [...main.matchAll(/<td data-label="About">(.*?)<\/td>/g)].map((m) => m[1]!);
        assert.ok(about.length > 0 && about.every((name) => name.length > 0 && name !== "an entry not found"), "each claim names what it is about");
        const rows = main.match(/<tr>/g)?.length ?? 0;
        assert.ok(rows <= 101, `${rows} rows on a page`);
        const total = Number(/(\d[\d,]*) claims read from it/.exec(main)![1]!.replace(/,/g, ""));
        if (total > 100) {
          assert.match(main, /rel="next"/);
          assert.equal((await fetch(`${base}${paths.dataset}?page=2`)).status, 200);
        }
        assert.equal((await fetch(`${base}${paths.dataset}?page=999999`)).status, 400, "a page past the end is the reader's error");
      });

      it("every page has its description, canonical link, Open Graph tags and icon; Korean names are marked", async () => {
        for (const url of Object.values(paths)) {
          const page = await (await fetch(`${base}${url}`)).text();
          assert.match(page, /<meta name="description" content="[^"]{20,}">/, url);
          assert.match(page, /<meta property="og:title" content="[^"]+">/, url);
          assert.match(page, /<link rel="icon" href="\/favicon\.svg"/, url);
          if (url !== paths.search) assert.match(page, new RegExp(`<link rel="canonical" href="${base}${url.replace(/\?.*/, "")}">`), url);
        }
        const title = await (await fetch(`${base}${paths.title}`)).text();
        assert.match(title, /<span lang="ko">더 글로리<\/span>/, "the Korean title is marked Korean");
        const personPage = await (await fetch(`${base}${paths.person}`)).text();
        const person = personPage.slice(personPage.indexOf("<main"), personPage.indexOf("</main>"));
        for (const hangul of person.matchAll(/[\uac00-\ud7af]+/g)) assert.match(person.slice(Math.max(0, hangul.index - 40), hangul.index), /lang="ko">$/, `${hangul[0]} is marked Korean`);
        assert.doesNotMatch(person, /kdrama-actor:/, "a dataset's row key is no name to show");
        const icon = await fetch(`${base}/favicon.ico`);
        assert.equal(icon.status, 200);
        assert.equal(icon.headers.get("content-type"), "image/x-icon");
        assert.deepEqual([...new Uint8Array(await icon.arrayBuffer()).slice(0, 4)], [0, 0, 1, 0], "an icon file's header");
      });

      it("describes the series in schema.org terms a search engine expects", async () => {
        const page = await (await fetch(`${base}${paths.title}`)).text();
        const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as Record<string, unknown>;
        assert.equal(data["@type"], "TVSeries");
        for (const key of Object.keys(data)) assert.ok(tvSeriesProperties.has(key), `${key} is a TVSeries property`);
        for (const key of tvSeriesExpected) assert.ok(data[key] !== undefined, `${key} is given`);
        assert.equal(data.startDate, "2022-12-30");
        assert.equal(data.inLanguage, "ko");
        assert.equal(data.url, `${base}${paths.title}`);
        assert.ok(Number(data.numberOfSeasons) >= 1 && Number(data.numberOfEpisodes) >= 16);
        for (const season of data.containsSeason as Record<string, unknown>[]) for (const key of Object.keys(season)) assert.ok(tvSeasonProperties.has(key), `${key} is a TVSeason property`);
      });

      it("compresses pages for a client that asks, Brotli first, and not for one that does not", async () => {
        const plain = await fetch(`${base}${paths.title}`, { headers: { "Accept-Encoding": "identity" } });
        const body = await plain.text();
        assert.equal(plain.headers.get("content-encoding"), null);
        for (const [asked, encoding, unpack] of [["br, gzip", "br", zlib.brotliDecompressSync], ["gzip, deflate", "gzip", zlib.gunzipSync]] as const) {
          // node's fetch would undo the encoding: ask over plain HTTP to see the bytes.
          const { headers, bytes } = await rawGet(`${base}${paths.title}`, asked);
          assert.equal(headers["content-encoding"], encoding);
          assert.match(String(headers.vary), /Accept-Encoding/);
          assert.match(String(headers.etag), /^W\//);
          assert.ok(bytes.length < body.length / 3, `${encoding}: ${bytes.length} of ${body.length} bytes`);
          assert.equal(unpack(bytes).toString("utf8"), body);
        }
      });
    });
  }
});

async function rawGet(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    }).on("error", reject);
  });
}
