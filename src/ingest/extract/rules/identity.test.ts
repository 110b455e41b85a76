import { describe, it } from "node:test";
import { assertHas, assertHasNot } from "../../../../test/support/extract-case.ts";
import { identityCases, identityTraps } from "./identity.cases.ts";

describe("identity cues", () => {
  for (const [sentence, options, wanted] of identityCases) it(`${sentence} → ${wanted.property}`, () => assertHas(sentence, options, wanted));
  for (const [sentence, options, unwanted] of identityTraps) it(`not: ${sentence}`, () => assertHasNot(sentence, options, unwanted));
});
