import assert from "node:assert/strict";
import { it } from "node:test";
import { describeChange, diffStates } from "./changes.ts";
import { emptyState, type TitleState } from "./title-state.ts";

// The diff alone, on states no article can easily make: a cast member leaves, a date is withdrawn.
const title = { id: "ttl_1", name: "Example Show" };
const context = { title, evidence: new Map(), fresh: [{ id: "src_1", name: "Example News", url: null, quote: null }], name: () => ({ id: "x", name: "x", url: null, quote: null }) };
const state = (patch: Partial<TitleState>): TitleState => ({ ...emptyState(), ...patch });

it("a cast member who leaves and a withdrawn date are each told once, from what", () => {
  const before = state({ cast: { per_1: "Kim A", per_2: "Lee B" }, releases: { s2: { date: "2027-03-10", precision: "day", label: "10 Mar 2027", certainty: "reported" } } });
  const after = state({ cast: { per_1: "Kim A" } });
  const told = diffStates(before, after, context).map((c) => describeChange(c).text);
  assert.deepEqual(told.sort(), ["Example Show: Lee B is no longer in the cast. Source: Example News", "Example Show: Season 2: release date 10 Mar 2027 withdrawn. Source: Example News"]);
});

it("the same values tell nothing, whatever their certainty or wording", () => {
  const a = state({ seasons: { "2": "renewed" }, releases: { s2p1: { date: "2027-03-01", precision: "month", label: "Mar 2027", certainty: "reported" } } });
  const b = state({ seasons: { "2": "renewed" }, releases: { s2p1: { date: "2027-03-01", precision: "month", label: "March 2027", certainty: "confirmed" } } });
  assert.deepEqual(diffStates(a, b, context), []);
});

it("a new title's unconfirmed next season is not news; a later status is", () => {
  assert.deepEqual(diffStates(emptyState(), state({ seasons: { "2": "unconfirmed" } }), context), []);
  assert.equal(diffStates(state({ seasons: { "2": "unconfirmed" } }), state({ seasons: { "2": "cancelled" } }), context)[0]?.summary, "Season 2: cancelled (was unconfirmed)");
});
