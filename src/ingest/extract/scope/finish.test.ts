import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractSentence } from "../../../../test/support/extract-case.ts";

const countries = (sentence: string, title: string, before: string[] = []) =>
  extractSentence(sentence, { title, before })
    .filter((c) => c.property === "country" && c.subject.name === title)
    .map((c) => (c.value.type === "enum" ? c.value.value : ""));

describe("the country a national network implies", () => {
  it("gives the article's show its network's country when the article names none", () => {
    assert.deepEqual(countries("Tide Market airs weeknights on GMA after the evening news.", "Tide Market"), ["PH"]);
    assert.deepEqual(countries("The new season of Copper Lane premieres on BBC One this autumn.", "Copper Lane"), ["GB"]);
  });

  it("keeps a country the article states over its network's", () => {
    assert.deepEqual(countries("The Danish thriller Frost Line airs on BBC Four from January.", "Frost Line"), ["DK"]);
  });

  it("reads nothing from a carriage abroad or a streamer", () => {
    assert.deepEqual(countries("Frost Line airs on BBC Four in the UK from January.", "Frost Line"), []);
    assert.deepEqual(countries("Frost Line streams on Netflix from January.", "Frost Line"), []);
  });

  it("reads nothing for another show the article passes by", () => {
    const claims = extractSentence("Its rival, Velvet Road, airs on TV Asahi.", { title: "Frost Line", before: ["Frost Line is back.", "Velvet Road (2020) is a rival drama."] });
    assert.ok(!claims.some((c) => c.property === "country" && c.subject.name === "Velvet Road"), JSON.stringify(claims.filter((c) => c.property === "country")));
  });
});
