import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hedgeIn, sentenceCertainty } from "./certainty.ts";

// How sure a sentence is, from its wording.
const cases: [string, string][] = [
  ["Netflix confirmed the second season will premiere on June 27.", "confirmed"],
  ["The streamer announced the release date on Tuesday.", "confirmed"],
  ["The agency officially revealed the cast lineup.", "confirmed"],
  ["The series premiered on December 30, 2022.", "confirmed"],
  ["What's on Netflix sources are telling us the series is due to premiere in December.", "reported"],
  ["It has been reported by MyDramaList that the series will have eight episodes.", "reported"],
  ["According to Sports Chosun, filming will begin in May.", "reported"],
  ["The drama is scheduled to air on Saturdays.", "reported"],
  ["Fan accounts on Twitter began posting that filming had wrapped.", "rumored"],
  ["The actor is reportedly in talks to join the cast.", "rumored"],
  ["Rumors suggest a third season is in the works.", "rumored"],
  ["Netizens claim the finale was rewritten.", "rumored"],
  ["Insiders say the show is over budget.", "rumored"],
  ["The season could arrive in late 2025.", "speculative"],
  ["It would likely follow this plot thread.", "speculative"],
  ["The drama may arrive with all of the episodes at once.", "speculative"],
  ["We expect the series to return in 2026.", "speculative"],
  ["This leads us to believe the drama will be released in one batch.", "speculative"],
  ["Some have speculated he could be pulled off the project.", "speculative"],
  ["The show might be renewed if ratings hold.", "speculative"],
  ["The agency said, 'Nothing has been decided.'", "denied"],
  ["The studio denied reports that the actor had left.", "denied"],
  ["Netflix has no plans for a second season.", "denied"],
  ["The agency refuted the dating rumors.", "denied"],
  ["His representatives said the report is not true.", "denied"],
  ["The lead actor slams reports that the show has been scrapped.", "denied"],
  ["Cameras are rolling on the second season and, as everyone predicted, it keeps growing.", "reported"],
];

describe("sentence certainty", () => {
  for (const [sentence, certainty] of cases) it(`${certainty}: ${sentence}`, () => assert.equal(sentenceCertainty(sentence), certainty));
  it("finds a hedge in the sentence or the one after it", () => {
    assert.equal(hedgeIn("It premieres December 30.", "This date is subject to change."), "subject to change");
    assert.equal(hedgeIn("The date is tentative."), "tentative");
    assert.equal(hedgeIn("It premieres December 30."), undefined);
  });
});
