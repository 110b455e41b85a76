import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readArticle } from "../../src/ingest/pipeline.ts";

// An invented page whose headline leads with one show while the story is about another; the page's
// JSON-LD says which one it is about.
function page(about: string | null): string {
  const ld = about ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"After Harbour Lights, a quieter drama takes the crown","about":{"@type":"TVSeries","name":"${about}"}}</script>` : "";
  return `<!doctype html><html><head><title>After Harbour Lights, a quieter drama takes the crown</title>${ld}</head><body><article>
<h1>After Harbour Lights, a quieter drama takes the crown</h1>
<p>For three weeks Harbour Lights sat at the top of the streamer's chart. This week the spot went to a small family drama instead, and its cast could hardly believe it.</p>
<p>Salt Road Diaries, which follows three sisters who run a roadside diner, drew 7.4 million views in its second week. The series stars Mina Cole, Arlo Penn and Tessa Vane.</p>
<p>Harbour Lights fell to second place with 6.1 million views.</p>
</article></body></html>`;
}

describe("what the page says it is about", () => {
  it("takes the show named in JSON-LD `about` as the article's show", () => {
    const read = readArticle({ bytes: new TextEncoder().encode(page("Salt Road Diaries")), label: "page.html" }, 5_000_000);
    assert.equal(read.extraction.title, "Salt Road Diaries");
  });

  it("without it, the headline's show leads", () => {
    const read = readArticle({ bytes: new TextEncoder().encode(page(null)), label: "page.html" }, 5_000_000);
    assert.equal(read.extraction.title, "Harbour Lights");
  });
});
