import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { signalCases, signalTraps } from "./signals.cases.ts";

describe("signal cues", () => {
  for (const [sentence, options, wanted] of signalCases) it(sentence, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of signalTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
