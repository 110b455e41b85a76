import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { stableJson, stableJsonByDefinition } from "../../src/storage/ids.ts";

// stableJson writes its text directly for speed; it must be the definition's text for every value,
// since fingerprints (and so what counts as the same claim) hash it.
describe("stableJson", () => {
  it("writes the same text as JSON.stringify with sorted keys, for any JSON-like value", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("a", "B", "_x", "é", "10", "2", "type", "value", "label", "character"));
    const leaf = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node")), fc.dictionary(key, tie("node"))),
    })).node;
    fc.assert(fc.property(value, (v) => assert.equal(stableJson(v), stableJsonByDefinition(v))), { numRuns: 2_000 });
  });

  it("matches on the values claims hold, and on odd ones it hands to the definition", () => {
    const date = new Date("2026-12-01T00:00:00.000Z");
    for (const v of [
      { type: "entity", entityId: "per_1" },
      { label: "billing 1", character: "chr_1", season: 2, job: undefined },
      ["ttl_1", "cast-member", { type: "entity", entityId: "per_1" }, { label: "billing 1" }],
      { 2: "b", 10: "a", z: 1 },
      { when: date, n: Number.NaN, i: -0, big: 1e21 },
      Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
      { toJSON: () => ({ b: 1, a: 2 }) },
    ]) assert.equal(stableJson(v), stableJsonByDefinition(v));
  });
});
