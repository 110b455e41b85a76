import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hedgeIn, sentenceCertainty } from "./certainty.ts";

// How sure a sentence is, from its wording.
const cases: [string, string][] = [
  ["Netflix confirmed the second season will premiere on June 27.", "confirmed"],
  ["The streamer announced the release date on Tuesday.", "confirmed"],
  ["The agency officially revealed the cast lineup.", "confirmed"],
  ["The series premiered on December 30, 2022.", "confirmed"],
  ["Daily Reel sources are telling us the drama is set for a December launch.", "reported"],
  ["It has been reported by Screen Ledger that the drama will run to eight episodes.", "reported"],
  ["According to Sports Chosun, filming will begin in May.", "reported"],
  ["The drama is scheduled to air on Saturdays.", "reported"],
  ["Fan accounts on X started posting that the shoot had finished.", "rumored"],
  ["The actor is reportedly in talks to join the cast.", "rumored"],
  ["Rumors suggest a third season is in the works.", "rumored"],
  ["Netizens claim the finale was rewritten.", "rumored"],
  ["Insiders say the show is over budget.", "rumored"],
  ["If she accepts, Kim will play Oh Hae-won, a chef.", "speculative"],
  ["The season could arrive in late 2025.", "speculative"],
  ["It would likely follow this plot thread.", "speculative"],
  ["The show may drop every episode on the same day.", "speculative"],
  ["We expect the series to return in 2026.", "speculative"],
  ["That leads us to believe the show will come out all at once.", "speculative"],
  ["A few viewers speculated he might be dropped from the cast.", "speculative"],
  ["The show might be renewed if ratings hold.", "speculative"],
  ["The agency said, 'Nothing has been decided.'", "denied"],
  ["The studio denied reports that the actor had left.", "denied"],
  ["Rumors that the network has cancelled the show spread this week, but they are false.", "denied"],
  ["A leak claiming 24 episodes circulated, but the studio called it \"not accurate.\"", "denied"],
  ["Netflix has no plans for a second season.", "denied"],
  ["The agency refuted the dating rumors.", "denied"],
  ["His representatives said the report is not true.", "denied"],
  ["An official said the date \"has no basis.\"", "denied"],
  ["The lead actor slams claims that the series was axed.", "denied"],
  ["The second season is now shooting and, as many predicted, it keeps growing.", "reported"],
];

describe("sentence certainty", () => {
  for (const [sentence, certainty] of cases) it(`${certainty}: ${sentence}`, () => assert.equal(sentenceCertainty(sentence), certainty));
  it("finds a hedge in the sentence or the one after it", () => {
    assert.equal(hedgeIn("It premieres December 30.", "This date is subject to change."), "subject to change");
    assert.equal(hedgeIn("The date is tentative."), "tentative");
    assert.equal(hedgeIn("It premieres December 30."), undefined);
  });
});
