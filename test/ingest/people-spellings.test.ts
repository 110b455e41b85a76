import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readArticle } from "../../src/ingest/pipeline.ts";

// An invented article that writes one actor two ways, as the press often does within one piece.
const article = `Harbour Lights season 2 adds a familiar face

Harbour Lights has cast Yoon Ha-rim as the new harbour master for its second season.

Yoon Ha Rim will star opposite Kang Min-seo, who trained as a stage actor, in the new episodes.
`;

describe("the spellings an article uses for a person", () => {
  it("keeps every spelling of one name, so each becomes an alias of the person", () => {
    const read = readArticle({ bytes: new TextEncoder().encode(article), label: "casting.txt" }, 5_000_000);
    const person = read.extraction.people.find((p) => p.spellings.includes("Yoon Ha-rim"));
    assert.ok(person, JSON.stringify(read.extraction.people));
    assert.deepEqual([...person.spellings].sort(), ["Yoon Ha Rim", "Yoon Ha-rim"]);
  });
});
