import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanArticle } from "../../read/clean-article.ts";
import { extractClaims } from "../extract-claims.ts";
import { buildTitleRegistry, cleanTitle } from "./titles.ts";

// Invented articles: which show an article is about, and which show each sentence is about.

function mainOf(text: string): string | null {
  const article = cleanArticle(text, { published: "2025-03-01" });
  const { registry, main } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
  return main === null ? null : registry.entries[main]!.name;
}

function claimsOf(text: string) {
  return extractClaims(cleanArticle(text, { published: "2025-03-01" })).claims;
}

describe("the show an article is about", () => {
  it("is not the show a headline names only to say who someone is", () => {
    const text = [
      "'Harbour Lights' star Mina Cole in talks to join a new thriller?",
      "Reports say a streamer wants Mina Cole and Arlo Penn for an upcoming drama.",
      "The 'Harbour Lights' actress is said to be weighing the offer.",
      "Saltwater, which will stream on Netflix, is set to begin filming in June.",
    ].join("\n\n");
    assert.equal(mainOf(text), "Saltwater");
  });

  it("is the headline's unmarked name that the body writes only once, when the headline names nothing else", () => {
    const renewal = ["Maple Street Ledger renewed for a second season", "The streamer has renewed Maple Street Ledger for a second season, which will premiere in the autumn of 2027."].join("\n\n");
    assert.equal(mainOf(renewal), "Maple Street Ledger");
    assert.ok(claimsOf(renewal).some((c) => c.property === "season-status" && c.subject.name === "Maple Street Ledger"));
    // A quoted show in the headline leads; a phrase written once (here a character) does not become a second show.
    const quoted = ["'Lantern Court' returns as Odile Marchetti takes the case", "Odile Marchetti is back in the second season of 'Lantern Court', which the broadcaster has confirmed for 'Lantern Court' fans in March."].join("\n\n");
    const article = cleanArticle(quoted, { published: "2025-03-01" });
    const { registry } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
    assert.deepEqual(registry.entries.map((e) => e.name), ["Lantern Court"]);
    // A word of the headline counts only where the body writes it outside the longer name: "Show" of "New Show" is no show.
    assert.equal(mainOf(["New Show cast revealed", "New Show stars Ada Brinks as a detective.", "Ada Brinks is known for Quiet Show and Hit Show."].join("\n\n")), "New Show");
  });

  it("is the unmarked object of a renewal or a cancellation, and a one-word show a headline says was renewed", () => {
    assert.equal(mainOf(["Streamer renews its courtroom hit", "The streamer has renewed Fenwick Hall for a second season, it said on Monday."].join("\n\n")), "Fenwick Hall");
    assert.equal(mainOf(["Broadcaster drops its period piece", "The broadcaster cancelled Ironbridge after two seasons."].join("\n\n")), "Ironbridge");
    assert.equal(mainOf(["Sandpiper renewed for season 3", "The channel has renewed Sandpiper for a third season."].join("\n\n")), "Sandpiper");
    // A title-case question heading keeps its verb in the run: "Has X Been Renewed for Season 2?" names X, not "Has X Been".
    const article = cleanArticle(["Tallow Creek Season 2: What We Know", "Has Tallow Creek Been Renewed for Season 2?", "Yes. The network renewed Tallow Creek for a second season in June."].join("\n\n"), { published: "2025-03-01" });
    const { registry } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
    assert.deepEqual(registry.entries.map((e) => e.name), ["Tallow Creek"]);
  });

  it("is a one-word show the headline names unquoted, where the body writes it as a show", () => {
    assert.equal(mainOf(["Brackwater review: a slow, salty mystery", "Brackwater premiered on Hulu on May 2 with six episodes."].join("\n\n")), "Brackwater");
    assert.equal(mainOf(["Tidings renewed", "Tidings has been renewed for a second season by the BBC."].join("\n\n")), "Tidings");
    // A word the body only opens a sentence with, without a show's verb, is not taken for one.
    assert.equal(mainOf(["Inside the writers' room", "Inside, the writers argue about the ending."].join("\n\n")), null);
  });

  it("is a show written with its platform in parentheses, or the show a premiere date is set for", () => {
    assert.equal(mainOf(["The week in TV", "Cold Harbour (Netflix) premieres on January 8."].join("\n\n")), "Cold Harbour");
    assert.equal(mainOf(["A new drama arrives in March", "The streamer has set March 5 as the premiere date for Emberlane, its new drama."].join("\n\n")), "Emberlane");
  });

  it("is the headline's show before its season when the body never writes its name", () => {
    const text = [
      "Corvo Negro Season 2: 5 Things We Know So Far",
      "1. It's official",
      "The streamer renewed the Portuguese drama in May, a month after the first season ended.",
      "2. We've got a window",
      "The new episodes arrive in the spring, and the whole cast is back.",
      "3. Same writers",
      "The creators are writing every episode again.",
    ].join("\n\n");
    assert.equal(mainOf(text), "Corvo Negro");
  });

  it("leaves the country a show comes from out of its name", () => {
    const text = [
      "This week's non-English chart",
      "New this week is Portugal's Mar de Sal, which drew 2.1 million views in its first four days.",
      "Mar de Sal is a six-episode thriller.",
    ].join("\n\n");
    assert.equal(mainOf(text), "Mar de Sal");
  });

  it("gives a rival show in a ratings or chart report its own figures, unquoted as it is", () => {
    const ratings = claimsOf(["Ratings: 'Dockside General' slips", "ABC's Dockside General drew 6.1 million viewers. Over on NBC, Precinct Eleven was steady at 5.3 million viewers."].join("\n\n"));
    const views = (name: string) => ratings.filter((c) => c.property === "views" && c.subject.name === name).map((c) => (c.value.type === "number" ? c.value.value : null));
    assert.deepEqual(views("Dockside General"), [6_100_000]);
    assert.deepEqual(views("Precinct Eleven"), [5_300_000]);
    const chart = claimsOf(["Top 10: Pale Orchard debuts at No. 1", "Pale Orchard topped the English TV list this week. It knocked last week's leader Iron Creek down to No. 2 with 9.1 million views."].join("\n\n"));
    assert.ok(chart.some((c) => c.property === "rank" && c.subject.name === "Iron Creek" && c.value.type === "number" && c.value.value === 2));
    assert.ok(!chart.some((c) => c.property === "rank" && c.subject.name === "Pale Orchard" && c.value.type === "number" && c.value.value === 2));
    // A rival after a channel's possessive, one in apposition to last week's place, and a chart's name that is no show.
    const korean = claimsOf(["Ratings: 'My Kindest Foe' soars", "KBS2's My Kindest Foe scored 21.7 percent. tvN's Tides Over Mokpo recorded 7.8 percent for its Sunday episode."].join("\n\n"));
    assert.deepEqual(korean.filter((c) => c.property === "rating").map((c) => [c.subject.name, c.value.type === "number" ? c.value.value : null]), [["My Kindest Foe", 21.7], ["Tides Over Mokpo", 7.8]]);
    const weekly = claimsOf(["Top 10: 'The Still Meadow' leads", "The Still Meadow held on to first place on Netflix's English-language TV list, drawing 14.2 million views. Last week's No. 1, Boarback, fell to fourth with 3.9 million views."].join("\n\n"));
    assert.deepEqual(weekly.filter((c) => c.property === "views").map((c) => [c.subject.name, c.value.type === "number" ? c.value.value : null]), [["The Still Meadow", 14_200_000], ["Boarback", 3_900_000]]);
  });

  it("gives each entry of a roundup its own facts, when an entry opens with its title alone or with its network and day", () => {
    const anime = claimsOf(["Winter anime preview", "Copper Petal. Studio Greywing adapts a fantasy manga. Premieres January 8 on Fuji TV.", "Night Ferry to Kushiro season 2. The slice-of-life hit returns on January 9."].join("\n\n"));
    assert.ok(anime.some((c) => c.property === "platform" && c.subject.name === "Copper Petal"));
    assert.ok(!anime.some((c) => c.property === "platform" && c.subject.name === "Night Ferry to Kushiro"));
    const week = claimsOf(["New TV this week", "Here are the shows arriving between October 1 and October 7.", "Rookfield (Netflix), Thursday, October 1. A horror series from creator Amon Pellow, starring Freja Langford.", "Lucky Sevens season 2 (Peacock), Friday, October 2. The casino comedy is back."].join("\n\n"));
    const dates = (name: string) => week.filter((c) => c.property === "release-date" && c.subject.name === name).map((c) => (c.value.type === "date" ? c.value.date : null));
    assert.deepEqual(dates("Rookfield"), ["2025-10-01"]);
    assert.deepEqual(dates("Lucky Sevens"), ["2025-10-02"]);
    assert.ok(week.some((c) => c.property === "crew-member" && c.subject.name === "Rookfield"));
  });

  it("keeps a country's possessive the article always writes as part of the name", () => {
    const text = ["Big return for a reality favourite", "Canada's Dance Crown returns to Crave on April 11 for its sixth season.", "Canada's Dance Crown has new judges."].join("\n\n");
    assert.equal(mainOf(text), "Canada's Dance Crown");
  });

  it("is not a given name the article only writes before a surname, nor two people joined by \"and\"", () => {
    const text = [
      "Ravines of Dhar Season 3 date OUT: When to watch Devansh Kapur's crime drama",
      "JioHotstar confirmed that Ravines of Dhar season 3 will stream from September 18.",
      "Devansh Kapur and Meher Sinha return in the lead roles.",
      "The series is created and written by Arif Mirza.",
    ].join("\n\n");
    const article = cleanArticle(text, { published: "2025-03-01" });
    const { registry, main } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
    assert.equal(main === null ? null : registry.entries[main]!.name, "Ravines of Dhar");
    assert.deepEqual(registry.entries.map((e) => e.name).filter((n) => /Devansh|Meher/.test(n)), []);
  });

  it("is not the show a headline only compares it to", () => {
    const text = [
      "Future of hit prison drama 'with clear parallels to Netflix's Fault Lines' revealed",
      "The first two runs of Cellblock won awards, and the drama will come back for a third series.",
      "Viewers of Fault Lines will find the theme familiar.",
      "Cellblock first aired in 2021, and Cellblock's second run followed in 2023.",
    ].join("\n\n");
    assert.equal(mainOf(text), "Cellblock");
  });

  it("keeps a title whole when its first word never stands alone", () => {
    const text = ["Watch the new teaser for 'Night Watch Academy'", "A streamer has dropped a teaser for Night Watch Academy, a series it has coming up.", "Night Watch Academy will debut on May 2."].join("\n\n");
    assert.equal(mainOf(text), "Night Watch Academy");
  });

  it("keeps a subtitled title whole when the short name is mostly written inside it", () => {
    const text = [
      "'Iron Fist: Reborn' names a new showrunner",
      "The new team behind \"Iron Fist: Reborn\" is in place, and \"Iron Fist: Reborn\" will shoot in the spring.",
      "The old \"Iron Fist\" series aired from 2017 to 2018.",
    ].join("\n\n");
    assert.equal(mainOf(text), "Iron Fist: Reborn");
  });

  it("takes a name in parentheses after the title as another name of the same show", () => {
    const text = ["Everything we know about Las Hermanas del Faro (Lighthouse Sisters) season 3", "Las Hermanas del Faro returns in May.", "Lighthouse Sisters stars Ana Ruiz as the eldest sister."].join("\n\n");
    const article = cleanArticle(text, { published: "2025-03-01" });
    const { registry, main } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
    assert.equal(registry.entries[main!]!.name, "Las Hermanas del Faro");
    assert.ok(registry.entries[main!]!.spellings.has("Lighthouse Sisters"));
  });

  it("does not take a date after the title into it", () => {
    const text = ["Ironwood Heights waits for its lead", "Peacock confirmed a second season of Ironwood Heights in February 2024, but production was put on hold."].join("\n\n");
    assert.equal(mainOf(text), "Ironwood Heights");
  });

  it("does not take a weekday after the title into it", () => {
    assert.equal(mainOf(["Five things the trailer told us", "The studio dropped the first trailer for season 2 of Ironwood Heights on Wednesday. Ironwood Heights returns in May."].join("\n\n")), "Ironwood Heights");
    assert.equal(cleanTitle("Ironwood Heights on Tuesday night", { numeric: true }), "Ironwood Heights");
    assert.equal(cleanTitle("Never on Sunday", { quoted: true }), "Never on Sunday");
  });

  it("is not a quoted song, a nickname, a ratings company, a weekday slot or the actor a headline is about", () => {
    const cases: [string[], string][] = [
      [["The Paper Lantern TV Anime Reveals Cast, April Premiere", "The anime adaptation of Aya Mori's manga The Paper Lantern revealed its cast. The band Glow Tide performs the opening theme song, \"Mirage Stamp.\""], "The Paper Lantern"],
      [["Nielsen Streaming Ratings: 'Marsh Light' Gives Peacock a Win", "Marsh Light drew 1.2 billion minutes, Nielsen said. Marsh Light was renewed."], "Marsh Light"],
      [["'Marsh Light': Ada Brennan Joins Drama As Series Regular For Season 2", "EXCLUSIVE: Ada Brennan (Red Canal) has been cast as a series regular in the second season of Marsh Light. Marsh Light is filming."], "Marsh Light"],
      [["'Whistler's Cove' Will End With Season 6", "Whistler's Cove will end with its sixth season, the network said. Whistler's Cove premiered in 2019."], "Whistler's Cove"],
      [["IN BRIEF: 'Marsh Light Inquiry' back next week", "ITV said its drama The Marsh Light Inquiry will return next Thursday. The Marsh Light Inquiry stars Ada Brennan."], "The Marsh Light Inquiry"],
      [["'Marsh Light' Boss: 'It's Ten Episodes This Time, and They're Meaner'", "Q: Speaking of Luz — where do we find her?", "Marsh Light returns in March. Like season two, the third season of Marsh Light will run 10 episodes."], "Marsh Light"],
      [["Gravel Saints season 2 reviews", "Season 2 of HBO's Nevada crime drama \"Gravel Saints\" holds a 71% score on Rotten Tomatoes. Gravel Saints returned Sunday."], "Gravel Saints"],
    ];
    for (const [paragraphs, title] of cases) assert.equal(mainOf(paragraphs.join("\n\n")), title, paragraphs[0]);
    const slot = claimsOf(["Marsh Light scores a personal best", "TBS's Sunday Theater drama \"Marsh Light\" drew 13.2%. Inspector Raghuvir \"Raghu\" Sinha is played by Ada Brennan in Marsh Light."].join("\n\n"));
    assert.deepEqual([...new Set(slot.map((c) => c.subject.name))].filter((n) => n !== "Ada Brennan"), ["Marsh Light"]);
  });

  it("reads the title out of a question heading, not the question's words", () => {
    const text = ["Undertow season 2: everything we know", "Undertow ended on a cliffhanger in March.", "What Could Happen in Undertow Season 2?", "The second season of Undertow would pick up a year later."].join("\n\n");
    const article = cleanArticle(text, { published: "2025-03-01" });
    const { registry } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs });
    assert.deepEqual(registry.entries.map((e) => e.name), ["Undertow"]);
  });

  it("does not take two surnames joined by 'and' for a title", () => {
    const text = ["Teaser for 'Class Duty' lands", "Besides Kim and Park, the upcoming drama also stars Lee Ha-na and Jo Min-su.", "Class Duty premieres on April 4."].join("\n\n");
    assert.equal(mainOf(text), "Class Duty");
  });
});

describe("the show each sentence is about", () => {
  it("a range of days is no title, and 'the overall chart' is no cumulative figure", () => {
    const text = [
      "'Glass Orchard' gives Hulu a rare Nielsen streaming No. 1",
      "Hulu's sitcom Glass Orchard finished first on Nielsen's weekly streaming top 10 for Aug. 4-10, the first time the show has led the overall chart.",
    ].join("\n\n");
    const claims = claimsOf(text);
    assert.ok(!claims.some((c) => c.subject.name === "4-10"), JSON.stringify(claims.map((c) => c.subject.name)));
    const rank = claims.find((c) => c.property === "rank" && c.subject.name === "Glass Orchard");
    assert.ok(rank && rank.qualifiers.scope !== "cumulative", JSON.stringify(rank));
  });

  it("a new paragraph opening 'The drama' is not about a person's next project the paragraph before named", () => {
    const text = [
      "KBS extends its weekend drama 'Glass Orchard' to 54 episodes",
      "Glass Orchard will run four episodes longer than planned, the broadcaster said.",
      "The extension means Cha will film the drama and her next project, the Netflix series Polaris Point, at the same time.",
      "The drama airs on KBS2 every weekend and streams on Wavve.",
    ].join("\n\n");
    const platforms = claimsOf(text).filter((c) => c.property === "platform" && c.value.type === "enum" && c.value.value === "Wavve");
    assert.ok(platforms.length > 0 && platforms.every((c) => c.subject.name === "Glass Orchard"), JSON.stringify(platforms));
  });

  it("a surname the article first wrote after a given name is a person, not a show that 'returns'", () => {
    const text = [
      "Ghost Reef Road will return for a second series on ABC TV",
      "The first series of Ghost Reef Road starred Tessa Brennan-Okafor as Senior Constable Jodie Marr.",
      "Brennan-Okafor returns alongside Jack Wirra as Jodie's mentor, Uncle Roy Kemp.",
    ].join("\n\n");
    const cast = claimsOf(text).filter((c) => c.property === "cast-member" && c.value.type === "mention" && c.value.mention.name === "Jack Wirra");
    assert.ok(cast.length > 0 && cast.every((c) => c.subject.name === "Ghost Reef Road"), JSON.stringify(cast));
  });

  it("a chart row that opens with another title and 'led the … list' is that title's, not the article's show's", () => {
    const text = [
      "Top 10 week of April 6: 'Glass Orchard' pulls into first place",
      "Glass Orchard climbed to No. 1 on the English TV List with 14.3M views.",
      "Elsewhere on the lists:",
      "- Last Call at Ferrin led the English Films List for a second week with 21.4M views.",
    ].join("\n\n");
    const views = claimsOf(text).filter((c) => c.property === "views");
    assert.ok(views.some((c) => c.subject.name === "Last Call at Ferrin" && c.value.type === "number" && c.value.value === 21_400_000), JSON.stringify(views));
    assert.ok(!views.some((c) => c.subject.name === "Glass Orchard" && c.value.type === "number" && c.value.value === 21_400_000));
  });

  it("a sentence that points back takes the show named last", () => {
    const text = [
      "The series that knocked 'Summer Tide' off the top of the chart",
      "'Summer Tide' was the most-watched show of the week, but a different series has since claimed the spot.",
      "According to a chart tracker, the most-watched series this week is Cold Harbour, starring Ben Ayers. Its third and final season ended on July 2.",
      "The series is a spy thriller. The cast also includes Nora Vale and Idris Khan.",
    ].join("\n\n");
    const cast = claimsOf(text).filter((c) => c.property === "cast-member" && c.value.type === "mention" && c.value.mention.name === "Nora Vale");
    assert.deepEqual(
      cast.map((c) => c.subject.name),
      ["Cold Harbour"],
    );
  });

  it("a title inside an aside about a person does not take the claim", () => {
    const text = [
      "'Deep Field' sets its release date",
      "Deep Field arrives on Netflix on June 6.",
      "Ko Jae-min, who directed the films \"Blue Hour\" (2015) and \"Red Dust\" (2019), is at the helm.",
    ].join("\n\n");
    const crew = claimsOf(text).filter((c) => c.property === "crew-member");
    assert.deepEqual(
      crew.map((c) => [c.subject.name, c.value.type === "mention" ? c.value.mention.name : "", c.qualifiers.job]),
      [["Deep Field", "Ko Jae-min", "director"]],
    );
  });

  it("does not take a site's badge, a platform's website, a chart place, a time slot or a star's name for a show", () => {
    const text = [
      "Hulu's 'Marsh Light' Is Certified Fresh",
      "Marsh Light holds a 94% score on Rotten Tomatoes, earning it the site's \"Certified Fresh\" badge, according to Netflix's Tudum website.",
      "SBS's Friday-Saturday drama Marsh Light ranked No. 1 in its slot, and the spy thriller starring Anneliese Corwin, which premiered March 6, trails it.",
      "The drama stars Ada Brennan as a botanist.",
      "Stream Marsh Light Season 1 on Hulu now.",
    ].join("\n\n");
    const claims = claimsOf(text);
    assert.deepEqual([...new Set(claims.map((c) => c.subject.name))].filter((n) => n !== "Ada Brennan"), ["Marsh Light"]);
    assert.ok(claims.some((c) => c.property === "cast-member" && c.subject.name === "Marsh Light"));
  });

  it("a sentence set beside the show for comparison, about a work it does not name as a show, gives the show nothing", () => {
    const text = [
      "Marsh Light is Certified Fresh",
      "Marsh Light holds a 94% score on Rotten Tomatoes. Marsh Light premiered on Hulu on Friday.",
      "For comparison, last year's buzzy gothic The Gilded Wire opened at 89% on Rotten Tomatoes before Hulu renewed it.",
    ].join("\n\n");
    const ratings = claimsOf(text).filter((c) => c.property === "rating" || c.property === "season-status");
    assert.deepEqual(ratings.map((c) => [c.subject.name, c.value.type === "number" ? c.value.value : c.property]), [["Marsh Light", 94]]);
  });

  it("a title before its season starts after the sentence before it ends", () => {
    const text = [
      "Marsh Light season 3 trailer out",
      "Marsh Light returns on March 27. Marsh Light stars Ada Brennan.",
      "Ada Brennan's next film opens on May 15. Mina Cole's Velvet Harbor season 2 is scheduled to premiere on SonyLIV in June.",
    ].join("\n\n");
    const claims = claimsOf(text);
    assert.ok(!claims.some((c) => c.subject.name === "Marsh Light" && c.property === "platform"));
    assert.ok(claims.some((c) => c.subject.name === "Velvet Harbor" && c.property === "platform"));
  });

  it("a cast list's lines, one actor as one character each, are credits even though every word is capitalized", () => {
    const text = [
      "Marsh Light season 2: everything we know",
      "Marsh Light returns to Peacock next year. Most of the cast is set to return for Season 2:",
      "Ada Brennan as Sheriff Delia Marsh",
      "Corbin Ashe as Tobias Wren",
      "The show follows a bay town.",
    ].join("\n\n");
    const cast = claimsOf(text).filter((c) => c.property === "cast-member" && c.qualifiers.character);
    assert.deepEqual(cast.map((c) => [c.value.type === "mention" ? c.value.mention.name : "", c.qualifiers.character]), [["Ada Brennan", "Sheriff Delia Marsh"], ["Corbin Ashe", "Tobias Wren"]]);
  });

  it("a sentence opening with \"It\" takes the show the sentence before named last, unless the \"it\" stands for nothing", () => {
    const text = [
      "Marsh Light holds No. 1 on Netflix",
      "Marsh Light was the most-watched English-language series of the week.",
      "The big newcomer below Marsh Light is \"Copper Ridge,\" a four-part documentary series. It premiered Friday, Nov. 14, and landed at No. 3 with 2.4 million views.",
      "Marsh Light returned on Nov. 6 for its second season. It is unclear whether Netflix will order a third.",
    ].join("\n\n");
    const claims = extractClaims(cleanArticle(text, { published: "2025-11-18" })).claims;
    assert.ok(claims.some((c) => c.subject.name === "Copper Ridge" && c.property === "views"));
    assert.ok(claims.some((c) => c.subject.name === "Copper Ridge" && c.property === "release-date"));
    assert.ok(!claims.some((c) => c.subject.name === "Marsh Light" && c.property === "views"));
  });

  it("a new paragraph opening \"The series\" is about the article's show, not a rival the paragraph before named in passing", () => {
    const text = [
      "'Kül ve Yasemin' closes its first season at the top",
      "The Turkish saga Kül ve Yasemin signed off its first season on Kanal D last night. ATV's Gölgedeki Saray, which airs in the same slot, finished second.",
      "The series, which began airing in October last year, follows a pharmacist. Defne Altıntaş plays Yasemin, and Cengiz Öztürk is Yasemin's uncle, Halil Ateş.",
    ].join("\n\n");
    const claims = extractClaims(cleanArticle(text, { published: "2025-06-05" })).claims;
    assert.ok(claims.some((c) => c.subject.name === "Kül ve Yasemin" && c.property === "release-date"), "the October release is the main show's");
    assert.ok(!claims.some((c) => c.subject.name === "Gölgedeki Saray" && c.property === "release-date"));
    assert.ok(!claims.some((c) => c.subject.name === "Yasemin"), "one word of the title, used as a character, is no show");
    assert.ok(claims.some((c) => c.property === "cast-member" && c.qualifiers.character === "Halil Ateş"));
    assert.ok(claims.some((c) => c.property === "platform" && c.value.type === "enum" && c.value.value === "Kanal D"));
  });

  it("the show a person will star in next is a show of its own, and its facts are its own", () => {
    const text = [
      "Kırık Pusula ends its season on top",
      "Kırık Pusula closed its season on Show TV on Thursday. Kırık Pusula returns in September.",
      "The actor will star in Son Liman, an eight-episode Netflix thriller that starts filming in İzmir in July. Son Liman is directed by Deniz Uçar.",
    ].join("\n\n");
    const claims = extractClaims(cleanArticle(text, { published: "2025-06-20" })).claims;
    assert.ok(!claims.some((c) => c.subject.name === "Kırık Pusula" && (c.property === "episode-count" || c.property === "crew-member" || (c.property === "platform" && c.value.type === "enum" && c.value.value === "Netflix"))));
    assert.ok(claims.some((c) => c.subject.name === "Son Liman" && c.property === "crew-member"));
  });

  it("a bare \"It\" does not point at a show the sentence before named only after a preposition, nor is an apostrophe inside a title a closing quote", () => {
    const claims = claimsOf(["Harbor Lights gets a date", "The HBO thriller Harbor Lights stars Ava Stone. Harbor Lights has drawn comparisons to Netflix's Old Hit. It premieres June 13 on HBO."].join("\n\n"));
    assert.ok(claims.some((c) => c.subject.name === "Harbor Lights" && c.property === "release-date"));
    assert.ok(!claims.some((c) => c.subject.name === "Old Hit" && c.property === "release-date"));
    assert.equal(cleanTitle("Keepin' It Real", { numeric: true }), "Keepin' It Real");
    assert.equal(cleanTitle("Rock 'n' Roll Dreams", { numeric: true }), "Rock 'n' Roll Dreams");
    assert.equal(cleanTitle("Christmas in July", { numeric: true }), "Christmas in July");
    assert.equal(cleanTitle("Ironwood Heights in February 2024", { numeric: true }), "Ironwood Heights");
  });
});
