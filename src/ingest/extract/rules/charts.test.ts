import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { figureCases, ratingCases, episodeCases, figureTraps } from "./charts.cases.ts";

describe("figure cues", () => {
  for (const [sentence, options, wanted] of figureCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("rating cues", () => {
  for (const [sentence, options, wanted] of ratingCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("episode count cues", () => {
  for (const [sentence, options, wanted] of episodeCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("figure traps", () => {
  for (const [sentence, options, unwanted] of figureTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
