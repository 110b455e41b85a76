import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { fixedClock } from "../../src/app/clock.ts";
import { AppError } from "../../src/app/errors.ts";
import { ingestArticle, readArticle } from "../../src/ingest/pipeline.ts";
import { createTestDatabase, requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { repoRoot, runCli } from "../support/run-cli.ts";

const article = `Moving Season 2 Confirmed by Disney+

Disney+ has officially renewed Moving for a second season, the streamer announced on Tuesday.

The Korean superhero series premiered on August 9, 2023, and stars Ryu Seung-ryong, Han Hyo-joo and Zo In-sung.

Related Articles

Another show gets a season 3`;

function bytesOf(text: string, encoding: "utf-16le" | "utf-8"): Uint8Array {
  if (encoding === "utf-16le") return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  return new TextEncoder().encode(text);
}

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

describe("reading input", () => {
  it("decodes UTF-8, UTF-16 with a BOM and legacy Korean EUC-KR alike", () => {
    const utf8 = readArticle({ bytes: bytesOf(article, "utf-8"), label: "a.txt" }, 5_000_000);
    const utf16 = readArticle({ bytes: bytesOf(article, "utf-16le"), label: "a.txt" }, 5_000_000);
    assert.equal(utf8.extraction.title, "Moving");
    assert.deepEqual(utf16.extraction.claims, utf8.extraction.claims);
    // "무빙 시즌2 확정" in EUC-KR, followed by the English article.
    const eucKr = new Uint8Array([0xb9, 0xab, 0xba, 0xf9, 0x20, 0xbd, 0xc3, 0xc1, 0xf0, 0x32, 0x20, 0xc8, 0xae, 0xc1, 0xa4, 0x0a, 0x0a, ...Buffer.from(article, "latin1")]);
    const korean = readArticle({ bytes: eucKr, label: "korean.txt", title: "Moving" }, 5_000_000);
    assert.match(korean.article.text, /무빙 시즌2 확정/);
  });

  it("refuses empty, binary, oversized and undecodable input, naming the file", () => {
    assert.match(errorCode(() => readArticle({ bytes: new Uint8Array(), label: "empty.txt" }, 100)), /^BAD_INPUT: empty.txt: the file is empty/);
    assert.match(errorCode(() => readArticle({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), label: "photo.png" }, 100)), /^BAD_INPUT: photo.png: looks like a binary file/);
    assert.match(errorCode(() => readArticle({ bytes: bytesOf(article, "utf-8"), label: "big.txt" }, 100)), /^INPUT_TOO_LARGE: big.txt: \d+ bytes is over the 100-byte limit/);
    assert.match(errorCode(() => readArticle({ bytes: new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x41, 0x42].concat([])), label: "mojibake.txt" }, 100)), /^UNDECODABLE_INPUT: mojibake.txt/);
    assert.match(errorCode(() => readArticle({ bytes: bytesOf("<html><body><nav>Home</nav></body></html>", "utf-8"), label: "page.html" }, 5_000)), /^NO_ARTICLE_BODY: page.html/);
  });

  it("reads an HTML page's article and its metadata, leaving out navigation, ads and related links", () => {
    const read = readArticle({ bytes: fs.readFileSync(path.join(repoRoot, "test/fixtures/articles/delay-filming.html")), label: "delay-filming.html" }, 5_000_000);
    assert.equal(read.format, "html");
    assert.equal(read.published, "2023-08-10");
    assert.equal(read.author, "Min Lee");
    assert.equal(read.outlet, "Example News");
    assert.doesNotMatch(read.article.text, /Advertisement|Copyright|Physical: 100 season 2 confirmed/);
    assert.equal(read.extraction.title, "Squid Game");
  });

  it("drops reader comments and related-article lists but keeps the reporting", () => {
    const read = readArticle({ bytes: fs.readFileSync(path.join(repoRoot, "examples/articles/001_ebaef02d419a94a6.txt")), label: "001.txt" }, 5_000_000);
    assert.doesNotMatch(read.article.text, /Reborn|Comments are closed/);
    assert.equal(read.author, "Sammi");
    assert.equal(read.outlet, "JayneStars");
    assert.equal(read.article.meta.via, "Up Media");
    assert.ok(read.extraction.claims.every((c) => !/Reborn/.test(c.quote)));
  });
});

for (const engine of requestedDialects()) {
  describe(`ingest [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("stores a changed article at the same URL as a new version of the source", async () => {
      await withMigratedDb(engine, async (connection) => {
        const clock = fixedClock("2024-01-01T00:00:00Z");
        const first = await ingestArticle(connection, clock, { bytes: bytesOf(article, "utf-8"), label: "a.txt", url: "https://example.test/moving" }, 5_000_000);
        const second = await ingestArticle(connection, clock, { bytes: bytesOf(article.replace("Related Articles", "Update: filming begins in 2025.\n\nRelated Articles"), "utf-8"), label: "a.txt", url: "https://example.test/moving" }, 5_000_000);
        const row = await connection.db.selectFrom("source").select(["previous_version_id"]).where("id", "=", second.sourceId).executeTakeFirstOrThrow();
        assert.equal(row.previous_version_id, first.sourceId);
      });
    });

    it("writes nothing when an article cannot be read", async () => {
      await withMigratedDb(engine, async (connection) => {
        await assert.rejects(ingestArticle(connection, fixedClock("2024-01-01T00:00:00Z"), { bytes: new Uint8Array([0, 1, 2, 3]), label: "x.bin" }, 5_000_000), /x.bin/);
        const count = await connection.db.selectFrom("source").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
        assert.equal(Number(count.n), 0);
      });
    });

    it("reads an article from stdin and prints a JSON summary", async () => {
      const database = await createTestDatabase(engine);
      try {
        const result = runCli(["ingest", "-", "--json", "--published", "2024-01-10", "--outlet", "Example", "--db", database.url], { input: article });
        assert.equal(result.status, 0, result.stderr);
        const summary = JSON.parse(result.stdout) as { label: string; title: { name: string }; claimsAdded: number };
        assert.equal(summary.label, "stdin");
        assert.equal(summary.title.name, "Moving");
        assert.ok(summary.claimsAdded >= 4);
        const bad = runCli(["ingest", path.join(os.tmpdir(), "cliff-no-such-dir", "missing.txt"), "--db", database.url]);
        assert.equal(bad.status, 1);
        assert.match(bad.stderr, /missing.txt: no such file or directory/);
        const badDate = runCli(["ingest", "-", "--published", "2024-13-45", "--db", database.url], { input: article });
        assert.equal(badDate.status, 1);
        assert.match(badDate.stderr, /--published must be a date as YYYY-MM-DD/);
      } finally {
        await database.drop();
      }
    });
  });
}
