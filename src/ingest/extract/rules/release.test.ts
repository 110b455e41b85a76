import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { releaseCases, releaseTraps } from "./release.cases.ts";

describe("an undated article", () => {
  it("places a weekday and a date in the first year from the latest past year it names", async () => {
    const { cleanArticle } = await import("../../read/clean-article.ts");
    const { extractClaims } = await import("../extract-claims.ts");
    const text = "Iron Line returns for its last ride\n\nIron Line aired its first three seasons on TNT from 2020 to 2022.\n\nOn Sunday, July 21, the series will launch its fourth and last season on AMC.";
    const claims = extractClaims(cleanArticle(text, { published: null })).claims;
    // 21 July fell on a Sunday in 2024, the first such year from 2022.
    assert.ok(claims.some((c) => c.property === "release-date" && c.value.type === "date" && c.value.date === "2024-07-21" && c.qualifiers.season === 4), JSON.stringify(claims.filter((c) => c.property === "release-date")));
  });
});

describe("release cues", () => {
  for (const [sentence, options, wanted] of releaseCases) it(sentence, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of releaseTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});

describe("the show an article is about", () => {
  it("reads “Squid Game 2” in a headline as season 2 of Squid Game", async () => {
    const { cleanArticle } = await import("../../read/clean-article.ts");
    const { extractClaims } = await import("../extract-claims.ts");
    const article = cleanArticle("'Squid Game 2' Trailer Teases Deadlier Games\n\nNetflix released the trailer for Squid Game season 2 on Thursday.\n\nThe new season premieres on December 26, 2024.", { published: "2024-11-01" });
    const result = extractClaims(article);
    assert.equal(result.title, "Squid Game");
    assert.ok(result.claims.some((c) => c.property === "release-date" && c.qualifiers.season === 2 && c.value.type === "date" && c.value.date === "2024-12-26"));
  });
});

describe("a headline without the show's name", () => {
  it("takes the phrase the article repeats, not the headline", async () => {
    const { cleanArticle } = await import("../../read/clean-article.ts");
    const { extractClaims } = await import("../extract-claims.ts");
    const article = cleanArticle("Renewal news for the fantasy hit\n\nAmazon has renewed Crowns of Ember for a third season. Crowns of Ember stars Morfydd Clark. Filming on Crowns of Ember begins in 2025.", { published: "2024-11-01" });
    assert.equal(extractClaims(article).title, "Crowns of Ember");
  });
});
