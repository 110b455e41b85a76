import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanArticle } from "../../read/clean-article.ts";
import { extractClaims } from "../extract-claims.ts";
import { statementCases } from "./statements.cases.ts";

function loose(text: string | undefined | null): string {
  return (text ?? "").toLowerCase().replace(/[\s-]/g, "");
}

describe("statement cues", () => {
  for (const c of statementCases) {
    it(`${c.speaker}: “${c.quoteContains}”`, () => {
      const article = cleanArticle([`${c.title} news`, ...c.paragraphs].join("\n\n"), { published: "2024-05-01" });
      const claims = extractClaims(article, { title: c.title }).claims.filter((x) => x.property === "statement");
      const found = claims.find((x) => x.value.type === "text" && x.value.value.includes(c.quoteContains));
      assert.ok(found, `no statement containing "${c.quoteContains}"; got ${JSON.stringify(claims.map((x) => [x.qualifiers, x.value]))}`);
      assert.equal(loose(found.qualifiers.speaker), loose(c.speaker));
      if (c.onBehalfOf) assert.equal(loose(found.qualifiers.onBehalfOf), loose(c.onBehalfOf));
      if (c.via) assert.equal(found.qualifiers.via, c.via);
      assert.equal(found.certainty, "confirmed");
      assert.ok(article.text.slice(found.start, found.end).includes(c.quoteContains), "the offsets point at the quote");
    });
  }
});
