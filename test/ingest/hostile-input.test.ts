import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAppError } from "../../src/app/errors.ts";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "../../src/ingest/read/html.ts";
import { MAX_SENTENCE_CHARS } from "../../src/ingest/extract/sentences.ts";
import { MAX_ARTICLE_CHARS, extractArticle, prepareArticle, readArticle } from "../../src/ingest/pipeline.ts";

/**
 * Inputs built to hurt the reader: each must end in a result or a refusal that names the limit,
 * quickly, never a crash (the nested page overflowed the stack) or minutes of CPU (the long
 * paragraph took two minutes, deep nesting grew with its cube). The test timeouts are the bound.
 */
const encode = (text: string) => new TextEncoder().encode(text);
const prose = "Harbour Lights will return for a second season on Netflix in March 2027, the streamer confirmed on Tuesday. ";
const page = (inner: string) => `<!doctype html><html><head><title>Harbour Lights returns</title></head><body><article><p>${prose.repeat(4)}</p>${inner}</article></body></html>`;

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  assert.fail("expected a refusal");
}

describe("hostile input", { timeout: 60_000 }, () => {
  it("refuses ten thousand nested elements by name instead of overflowing the stack", () => {
    const html = page(`${"<div>".repeat(10_000)}deep${"</div>".repeat(10_000)}`);
    const { code, message } = refusal(() => readArticle({ bytes: encode(html), label: "nested.html" }, 5_000_000));
    assert.equal(code, "INPUT_TOO_COMPLEX");
    assert.match(message, new RegExp(`^nested\\.html: HTML nested more than ${MAX_HTML_DEPTH} elements deep`));
  });

  it("reads a page nested as deep as the limit allows, and one with many unclosed paragraphs", () => {
    const deep = page(`${"<div>".repeat(MAX_HTML_DEPTH - 10)}${prose}${"</div>".repeat(MAX_HTML_DEPTH - 10)}`);
    assert.equal(readArticle({ bytes: encode(deep), label: "deep.html" }, 5_000_000).extraction.title, "Harbour Lights");
    const unclosed = page(`${`<p>${prose}`.repeat(2000)}`);
    assert.equal(readArticle({ bytes: encode(unclosed), label: "unclosed.html" }, 5_000_000).extraction.title, "Harbour Lights");
  });

  it("refuses a page of more elements than the limit (a million links took gigabytes)", () => {
    const html = page('<a href="/x">x</a>'.repeat(MAX_HTML_ELEMENTS + 1));
    const { code, message } = refusal(() => readArticle({ bytes: encode(html), label: "links.html" }, 5_000_000));
    assert.equal(code, "INPUT_TOO_COMPLEX");
    assert.match(message, /^links\.html: more than 100,000 HTML elements/);
  });

  it("does not scan to the end of the page once per unclosed tag", () => {
    const html = page("<a ".repeat(400_000));
    // Readability finds the article around the junk; what matters is that it ends.
    const read = readArticle({ bytes: encode(html), label: "unclosed-tags.html" }, 5_000_000);
    assert.equal(read.extraction.title, "Harbour Lights");
  });

  it("refuses a text longer than one article can be, naming the limit", () => {
    const text = `Harbour Lights returns\n\n${"word ".repeat(1_000_000)}`;
    const { code, message } = refusal(() => prepareArticle({ bytes: encode(text), label: "long.txt" }, 10_000_000));
    assert.equal(code, "INPUT_TOO_LARGE");
    assert.match(message, new RegExp(`^long\\.txt: 5,000,02\\d characters of text is over the ${MAX_ARTICLE_CHARS.toLocaleString("en")}-character limit`));
  });

  it("leaves a paragraph without a sentence break unread, says so, and reads the rest", () => {
    const run = Array.from({ length: 40_000 }, (_, i) => ["season", "Netflix", "March", "Kim", "episodes", "the"][i % 6]).join(" ");
    const text = `Harbour Lights season 2 is coming\n\n${prose}\n\n${run}\n\n${prose}`;
    const read = readArticle({ bytes: encode(text), label: "run-on.txt" }, 5_000_000);
    assert.equal(read.extraction.title, "Harbour Lights");
    assert.ok(read.extraction.notes.includes(`1 sentence over ${MAX_SENTENCE_CHARS} characters left unread`), read.extraction.notes.join("; "));
    assert.ok(read.extraction.claims.some((c) => c.property === "release-date" || c.property === "release-window"), "the prose around it is still read");
  });

  it("stops reading when the article's time is up, with a refusal naming the limit", () => {
    const input = { bytes: encode(`Harbour Lights season 2\n\n${prose.repeat(40)}`), label: "slow.txt" };
    const { code, message } = refusal(() => extractArticle(prepareArticle(input, 5_000_000), input, [], 0));
    assert.equal(code, "INPUT_TOO_COMPLEX");
    assert.match(message, /^slow\.txt: reading it took over 0 s, the limit for one article/);
  });
});
