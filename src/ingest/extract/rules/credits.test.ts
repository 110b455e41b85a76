import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { castCases, crewCases, knownForCases, creditTraps } from "./credits.cases.ts";

describe("cast cues", () => {
  for (const [sentence, options, wanted] of castCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("crew cues", () => {
  for (const [sentence, options, wanted] of crewCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("known-for cues", () => {
  for (const [sentence, options, wanted] of knownForCases) it(sentence, () => assertHas(sentence, options, wanted));
});
describe("credit traps", () => {
  for (const [sentence, options, unwanted] of creditTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
