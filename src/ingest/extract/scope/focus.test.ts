import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanArticle } from "../../read/clean-article.ts";
import { extractClaims } from "../extract-claims.ts";

// Invented articles: which season a sentence that names none is about.

function seasonsOf(text: string, property: string): (number | undefined)[] {
  const claims = extractClaims(cleanArticle(text, { published: "2024-06-01" })).claims;
  return claims.filter((c) => c.property === property).map((c) => c.qualifiers.season);
}

describe("the season a sentence is about when it names none", () => {
  it("is not a season fans only wish for", () => {
    const text = [
      "Glass Orchard teaser: the new comedy drops its first look",
      "The new comedy Glass Orchard will premiere on Netflix on Friday, June 14.",
      'One fan wrote, "Please let there be a season 2 already," while another is wishing for a second season.',
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "release-date"), [1]);
  });

  it("is not a season the article denies, nor another show's season described before its title", () => {
    const text = [
      "Netflix sets the Glass Orchard premiere",
      "The eight-episode limited series Glass Orchard will premiere on Netflix on Friday, June 14.",
      '"This is a closed story. There is no second season waiting in a drawer," the writer said.',
      "Netflix's slate also includes the third season of the legal drama Copper Tide, which is due in April.",
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "release-date").slice(0, 1), [1]);
  });

  it("is not a season the article only asks about", () => {
    const text = [
      "Glass Orchard pulls into first place on the Netflix chart",
      "The six-part crime drama Glass Orchard premiered on Thursday, May 2, and has topped the chart since.",
      "It was filmed between September and December 2023 in Whitby.",
      "Will there be a second season? Nothing has been announced.",
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "production-event"), [1, 1]);
  });

  it("is not the headline's upcoming season for a sentence about the run that aired", () => {
    const text = [
      "Glass Orchard Season 2: Everything We Know So Far",
      "Netflix renewed the mystery drama Glass Orchard in January, and fans are eager for more.",
      "Glass Orchard premiered on Netflix on March 3, 2023, and all seven episodes arrived at once.",
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "episode-count"), [1]);
  });

  it("is the headline's upcoming season for a sentence that speaks of what is coming", () => {
    const text = [
      "Glass Orchard Season 2: Everything We Know So Far",
      "Netflix renewed the mystery drama Glass Orchard in January, and fans are eager for more.",
      "Glass Orchard premiered on Netflix on March 3, 2023.",
      "The new episodes will arrive in 2025, and the streamer has ordered eight episodes.",
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "episode-count"), [2]);
    assert.ok(seasonsOf(text, "release-date").includes(2), "the date to come is the new season's");
  });

  it("is the headline's season when that season has already aired", () => {
    const text = [
      "Glass Orchard Season 2 tops the Netflix chart for a third week",
      "Glass Orchard premiered on Netflix on May 2, 2024, and all seven episodes arrived at once.",
      "The mystery drama stayed at No. 1 with 9.1 million views.",
    ].join("\n\n");
    assert.deepEqual(seasonsOf(text, "episode-count"), [2]);
  });
});

describe("the season of a show the article says has run before", () => {
  it("is left unnumbered when nothing numbers it, not taken for the first", () => {
    const text = [
      "Ironwood Heights cast returns to set in Vancouver",
      "The long-running fantasy drama Ironwood Heights is back in production, with cameras rolling in Vancouver this month on the saga's next chapter.",
    ].join("\n\n");
    const events = extractClaims(cleanArticle(text, { published: "2026-10-02" })).claims.filter((c) => c.property === "production-event");
    assert.equal(events.length, 1);
    assert.equal(events[0]!.qualifiers.season, undefined);
  });

  it("goes on with the one season the sentence before named, unless that season was only set beside another time", () => {
    const text = ["Peacock sets a June date for Harrowgate Lane season 2", "Harrowgate Lane returns for its second season on June 5, 2025. All eight episodes drop at once."].join("\n\n");
    assert.deepEqual(seasonsOf(text, "episode-count"), [2]);
    const after = ["Harrowgate Lane season 3: what we know", "The network renewed the drama in April, two months after season two ended. Cameras started rolling in Leeds on 3 February 2025."].join("\n\n");
    const events = seasonsOf(after, "production-event");
    assert.ok(events.length > 0 && events.every((season) => season === 3), `production events of season 3, not ${JSON.stringify(events)}`);
  });

  it("is not a season named as the basis of a guess", () => {
    const text = ["Harrowgate Lane season 2 confirmed", "No release date has been set, but given the first season's schedule, a premiere in 2027 looks likely."].join("\n\n");
    assert.deepEqual(seasonsOf(text, "release-date"), [2]);
  });

  it("is the first for a new show", () => {
    const text = ["Ironwood Heights begins filming in Vancouver", "Cameras are rolling in Vancouver this month on the new fantasy drama Ironwood Heights, Peacock said."].join("\n\n");
    const events = extractClaims(cleanArticle(text, { published: "2026-10-02" })).claims.filter((c) => c.property === "production-event");
    assert.ok(events.length > 0);
    assert.deepEqual(new Set(events.map((c) => c.qualifiers.season)), new Set([1]));
  });
});

describe("the day of news a headline tells", () => {
  it("is the day the body says the post was shared", () => {
    const text = [
      "Glass Orchard officially wraps filming, confirms 36 episodes",
      "The costume drama Glass Orchard has officially wrapped filming. iQIYI shared a wrap-up poster and a short clip on June 20, marking the end of the shoot.",
    ].join("\n\n");
    const claims = extractClaims(cleanArticle(text, { published: "2025-06-23" })).claims;
    const wrapped = claims.filter((c) => c.property === "production-event" && c.value.type === "enum" && c.value.value === "filming-wrapped");
    assert.ok(wrapped.length > 0 && wrapped.every((c) => c.qualifiers.pointInTime?.date === "2025-06-20"), JSON.stringify(wrapped));
  });

  it("is the day the opening says it was announced", () => {
    const text = [
      "Floods halt 'Glass Orchard' shoot; premiere pushed to January",
      "The studio announced on Wednesday that its new series Glass Orchard, which was due to premiere on November 14, will now debut in January 2026.",
    ].join("\n\n");
    const claims = extractClaims(cleanArticle(text, { published: "2025-10-09" })).claims;
    const postponed = claims.filter((c) => c.property === "production-event" && c.value.type === "enum" && c.value.value === "postponed");
    assert.ok(postponed.some((c) => c.qualifiers.pointInTime?.date === "2025-10-08"), JSON.stringify(postponed));
  });
});
