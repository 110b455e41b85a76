import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanArticle } from "./clean-article.ts";

// Page furniture around an invented article: what a reader skips is removed and said why.
const page = [
  "Copper Tide returns for a third run",
  "By Ruth Lowe: The coastal drama is coming back, the network said on Monday, and filming starts in the spring.",
  "Arlo Penn and Mina Cole starred in the first run Credit: Channel Nine",
  "The new episodes follow the harbour town through a hard winter.",
  "The new episodes follow the harbour town through a hard winter.",
  "Related Articles",
  "Another drama gets a second season",
].join("\n\n");

describe("cleaning an article", () => {
  const article = cleanArticle(page, { published: "2025-03-01" });

  it("keeps the headline and the reporting", () => {
    assert.equal(article.headline, "Copper Tide returns for a third run");
    assert.ok(article.text.includes("The coastal drama is coming back"));
  });

  it("takes a byline run into the first paragraph as the author", () => {
    assert.equal(article.meta.author, "Ruth Lowe");
    assert.ok(!article.text.includes("By Ruth Lowe"));
  });

  it("drops a photo credit run onto its caption and keeps the caption", () => {
    assert.ok(article.text.includes("Arlo Penn and Mina Cole starred in the first run"));
    assert.ok(!article.text.includes("Credit: Channel Nine"));
    assert.ok(article.removed.some((r) => r.reason === "photo-credit" && r.text === "Credit: Channel Nine"));
  });

  it("keeps a repeated paragraph once and cuts the related-articles list", () => {
    assert.equal(article.text.split("hard winter").length - 1, 1);
    assert.ok(!article.text.includes("Another drama gets a second season"));
    assert.ok(article.removed.some((r) => r.reason === "related"));
  });
});

describe("a byline followed by a publication label", () => {
  // "By X Posted:" (the date left empty, or given after the label): the label is not part of the name.
  for (const [line, author, published] of [
    ["By Wren Halloway Posted:", "Wren Halloway", null],
    ["By Wren Halloway Posted: March 3, 2025", "Wren Halloway", "2025-03-03"],
    ["By Tomas Ekberg Published on 2024-11-02", "Tomas Ekberg", "2024-11-02"],
    ["By Ida Marr Updated:", "Ida Marr", null],
  ] as const) {
    it(`reads "${line}" as the author ${author}`, () => {
      const article = cleanArticle(["Glass Orchard gets a second season", line, "The mystery series will return next year, its network said, and the cast is back."].join("\n\n"), { published: null });
      assert.equal(article.meta.author, author);
      assert.equal(article.meta.published, published);
      assert.ok(!article.text.includes(line.split(" ")[1]!), "the byline is not reporting");
    });
  }

  it("reads a byline run into the lede the same way", () => {
    const article = cleanArticle(["Glass Orchard gets a second season", "By Wren Halloway Posted: The mystery series will return next year, its network said on Monday, and the cast is back."].join("\n\n"), { published: null });
    assert.equal(article.meta.author, "Wren Halloway");
  });
});

describe("embedded posts", () => {
  const paragraphs = [
    "Mixtape returns with a new cast",
    "The studio said “Mixtape #1” will come back as “Mixtape #2” next year, with a new pair of leads.",
    "Can't wait for the new season!! #Mixtape2 #kdrama pic.twitter.com/abc123",
  ];
  const article = cleanArticle(paragraphs.join("\n\n"), { published: "2025-03-01" });
  const kindOf = (start: string) => article.paragraphs.find((p) => p.text.startsWith(start))?.kind;

  it("reads a paragraph with two hashtags as an embedded post", () => {
    assert.equal(kindOf("Can't wait"), "embed");
  });

  it("does not take numbers after a number sign for hashtags", () => {
    assert.equal(kindOf("The studio said"), "paragraph");
  });
});

describe("a link line to another story inside the article", () => {
  it("is removed as related, and the paragraphs around it stay", () => {
    const text = [
      "Copper Tide returns for a third run",
      "The coastal drama is coming back, the network said on Monday.",
      "Also Read: Mina Cole opens up about her streaming series Velvet Harbor 2",
      "RELATED: 'Copper Tide' Renewed for Season 3",
      "The third season has eight episodes and is directed by Arlo Penn.",
    ].join("\n\n");
    const article = cleanArticle(text, { published: "2025-03-01" });
    assert.ok(!article.text.includes("Velvet Harbor"));
    assert.ok(!article.text.includes("RELATED"));
    assert.ok(article.text.includes("is directed by Arlo Penn"));
    assert.deepEqual(article.removed.filter((r) => r.reason === "related").map((r) => r.text.slice(0, 9)), ["Also Read", "RELATED: "]);
  });
});
