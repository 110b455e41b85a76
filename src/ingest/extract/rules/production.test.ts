import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { statusCases, statusTraps, eventCases, eventTraps } from "./production.cases.ts";

describe("season status cues", () => {
  for (const [sentence, options, wanted] of statusCases) it(sentence, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of statusTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});

describe("production event cues", () => {
  for (const [sentence, options, wanted] of eventCases) it(sentence, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of eventTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
