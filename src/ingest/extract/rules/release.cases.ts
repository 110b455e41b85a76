import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// Release dates and windows as entertainment news phrases them, across outlets and platforms.
export const releaseCases: [string, CaseOptions, Wanted][] = [
  // A weekday written with the day fixes the year: June 13 is a Friday in 2025, not in 2026.
  ["After launching on Friday, June 13, Copper Tide entered the Top 10.", { title: "Copper Tide", published: "2025-09-22" }, { property: "release-date", date: "2025-06-13", precision: "day" }],
  ["Squid Game season 2 will premiere on December 26, 2024, Netflix announced.", { title: "Squid Game" }, { property: "release-date", date: "2024-12-26", precision: "day", season: 2, certainty: "confirmed" }],
  ["Netflix has confirmed that Wednesday Season 2 will arrive in 2025.", { title: "Wednesday" }, { property: "release-date", date: "2025-01-01", precision: "year", season: 2 }],
  ["The Last of Us season 2 premieres April 13 on HBO and Max.", { title: "The Last of Us", published: "2025-03-01" }, { property: "release-date", date: "2025-04-13", precision: "day", season: 2, platform: "HBO" }],
  ["Bridgerton season 3 part 2 drops on June 13, 2024.", { title: "Bridgerton" }, { property: "release-date", date: "2024-06-13", season: 3, part: 2 }],
  ["Part 2 of the season arrives on Netflix on March 10, 2023.", { title: "Ashen Vow", published: "2023-02-01" }, { property: "release-date", date: "2023-03-10", part: 2 }],
  ["Moonlit Market 2 is expected to arrive on Netflix in the first half of 2023.", { title: "Moonlit Market" }, { property: "release-date", date: "2023-01-01", precision: "half" }],
  // The season of the point's own clause, not a nearer one across "and".
  ["Season one ran six episodes when it premiered on 12 January 2024, and season two expanded to eight on 7 March 2025.", { title: "Corvo Negro" }, { property: "release-date", date: "2024-01-12", season: 1 }],
  // A season of the year, "early" or "late" a year: kept as the year, which is all a reader can hold the source to.
  ["The series is slated for a summer 2024 release on Disney+.", { title: "Moving", published: "2024-01-10" }, { property: "release-date", date: "2024-01-01", precision: "year", platform: "Disney+" }],
  ["Season 4 of Stranger Things is scheduled to hit Netflix in Q4 2025.", { title: "Stranger Things" }, { property: "release-date", date: "2025-10-01", precision: "quarter", season: 4 }],
  ["According to Sports Seoul, the drama is set to premiere in the second half of the year.", { title: "Queen of Tears", published: "2023-08-02" }, { property: "release-date", date: "2023-07-01", precision: "half" }],
  ["The show will return later this year, reportedly in October.", { title: "Severance", published: "2024-05-01" }, { property: "release-date", date: "2024-10-01", precision: "month" }],
  ["Slow Horses season 4 debuts on Apple TV+ on September 4, 2024.", { title: "Slow Horses" }, { property: "release-date", date: "2024-09-04", platform: "Apple TV+", season: 4 }],
  ["The Boys season 4 premiered on Prime Video on June 13, 2024.", { title: "The Boys", published: "2024-06-20" }, { property: "release-date", date: "2024-06-13", certainty: "confirmed", season: 4 }],
  ["Its premiere has been pushed back to early 2025.", { title: "Gyeongseong Creature", published: "2024-06-01" }, { property: "release-date", date: "2025-01-01", precision: "year" }],
  ["The drama was first released on tvN on January 6, 2024.", { title: "Marry My Husband", published: "2024-03-01" }, { property: "release-date", date: "2024-01-06", certainty: "confirmed", season: 1 }],
  ["The new season arrives Thursday on Netflix.", { title: "Lena in Lisbon", published: "2024-08-12" }, { property: "release-date", date: "2024-08-15", precision: "day" }],
  ["The K-drama will air its first episode on February 24 on JTBC.", { title: "Doctor Slump", published: "2024-01-20" }, { property: "release-date", date: "2024-02-24", platform: "JTBC", region: "global" }],
  ["Fans are speculating that season 3 could drop in late 2025.", { title: "The Witcher" }, { property: "release-date", date: "2025-01-01", precision: "year", certainty: "speculative", season: 3 }],
  ["Insiders say the second season may arrive by spring 2026.", { title: "Alice in Borderland" }, { property: "release-date", date: "2026-01-01", precision: "year", season: 2, certainty: ["speculative", "rumored"] }],
  ["The release date is December 20, 2024, but this is subject to change.", { title: "Squid Game", published: "2024-09-01" }, { property: "release-date", date: "2024-12-20", hedge: "subject to change" }],
  ["Originally planned for March, the release was moved to May 2025.", { title: "Andor" }, { property: "release-date", date: "2025-05-01", precision: "month" }],
  ["The premiere moved from March 1 to March 8, 2024.", { title: "Shogun", published: "2024-01-15" }, { property: "release-date", date: "2024-03-08" }],
  ["Vincenzo premiered globally on Netflix on February 20, 2021.", { title: "Vincenzo", published: "2021-05-01" }, { property: "release-date", date: "2021-02-20", region: "global", platform: "Netflix" }],
  ["Netflix's Physical: 100 season 2 streams from March 19, 2024.", { title: "Physical: 100" }, { property: "release-date", date: "2024-03-19", season: 2 }],
  ["The third season is coming to Netflix in 2026.", { title: "Wednesday" }, { property: "release-date", date: "2026-01-01", season: 3 }],
  ["Its sophomore season will debut on Hulu on July 17, 2024.", { title: "The Bear" }, { property: "release-date", date: "2024-07-17", season: 2, platform: "Hulu" }],
  ["The series launches on Peacock on Thursday, September 5.", { title: "The Day of the Jackal", published: "2024-08-20" }, { property: "release-date", date: "2024-09-05" }],
  ["The drama is split into two parts, with the first arriving on December 30, 2022.", { title: "Ashen Vow", published: "2022-11-01" }, { property: "part-count", value: 2 }],
  ["Both parts of Season 1 can now be streamed on Netflix.", { title: "Ashen Vow" }, { property: "season-status", value: "released", season: 1 }],
  // Invented shows, one per shape.
  ["Harbor Watch first aired on Channel 4 in 2019, with two leads new to television.", { title: "Harbor Watch", published: "2025-02-01", before: ["Harbor Watch is coming back for a third series."] }, { property: "release-date", date: "2019-01-01", season: 1, certainty: "confirmed" }],
  ["The second series followed in 2022, again on Channel 4.", { title: "Harbor Watch", published: "2025-02-01" }, { property: "release-date", date: "2022-01-01", season: 2 }],
  ["The drama ran from October 2019 to December 2019 on its cable channel.", { title: "Ghost Counters", published: "2022-05-01" }, { property: "release-date", date: "2019-10-01", precision: "month", season: 1 }],
  ["The studio said the season has been delayed to 2026.", { title: "Sky Blade", published: "2025-06-01", before: ["Sky Blade season 2 was due this autumn."] }, { property: "release-date", date: "2026-01-01", season: 2 }],
  ["In the new clip, the producers floated a tentative date of May 9.", { title: "Dust Road", published: "2025-03-01" }, { property: "release-date", date: "2025-05-09", certainty: "reported" }],
  ["The renewal lands mid-run for season 1, which began on March 3 and wraps on April 21.", { title: "Lucky Streak", published: "2025-04-01" }, { property: "release-date", date: "2025-03-03", season: 1 }],
  ["The first run hit Netflix on May 4, 2021.", { title: "Paris Nights" }, { property: "release-date", date: "2021-05-04", season: 1 }],
  ["The show returned with the first half of season 3 on February 2, handing viewers six episodes.", { title: "Lake Country", published: "2025-03-01" }, { property: "release-date", date: "2025-02-02", season: 3, part: 1 }],
  ["The buzz is that Undertow 2 will reach screens on May 16, 2024.", { title: "Undertow" }, { property: "release-date", date: "2024-05-16", season: 2, certainty: "rumored" }],
  ["On Sunday, June 9, the former cable series will launch its final season on AMC.", { title: "Iron Line", published: "2024-05-01" }, { property: "release-date", date: "2024-06-09", season: 1 }],
  ["It should arrive in 2025, most likely around October.", { title: "Couch Talk", published: "2024-12-01" }, { property: "release-date", date: "2025-10-01", precision: "month", certainty: "speculative" }],
  // Invented shows, for rules that lacked a positive row.
  ["“Copper Tide” Season 2 – Hulu – Jan. 16", { title: "Copper Tide", published: "2024-12-20" }, { property: "release-date", date: "2025-01-16", season: 2 }],
  ["Copper Tide (2021) was a surprise hit.", { title: "Copper Tide" }, { property: "release-date", date: "2021-01-01", season: 1 }],
  // "last" or "since" before a date without its year: the most recent one before the article.
  ["Ever since its network premiere last November 12, Lantern Row has topped its timeslot.", { title: "Lantern Row", published: "2023-11-30" }, { property: "release-date", date: "2023-11-12", certainty: "confirmed" }],
  ["Fans have rewatched it daily since its streaming debut on August 2.", { title: "Paper Crowns", published: "2024-01-10" }, { property: "release-date", date: "2023-08-02" }],
  ["Lantern Row premiered this past March 4 on GMA.", { title: "Lantern Row", published: "2024-02-20" }, { property: "release-date", date: "2023-03-04" }],
  // "X 2" in an article that speaks of parts and never of a second season: the second part, of season 1.
  ["Ember Vale 2 will premiere on January 6, 2025 on Netflix.", { title: "Ember Vale", published: "2024-11-01", before: ["Part 2 of the fantasy saga keeps both leads."] }, { property: "release-date", date: "2025-01-06", season: 1, part: 2 }],
  ["The studio confirmed it: Ember Vale 2: Ash and Iron reaches screens on March 3, 2025.", { title: "Ember Vale", published: "2024-11-01", before: ["Part 2 trims the episode count."] }, { property: "release-date", date: "2025-03-03", season: 1, part: 2 }],
  // An episode's number before "last night" is no day: the night is still read.
  ["Copper Tide premiered its first two episodes last night on JTBC.", { title: "Copper Tide", published: "2024-03-10" }, { property: "release-date", date: "2024-03-09" }],
  // "DATE is the day … to launch": the date a release was set for.
  ["June 14 is the day the streamer has chosen to launch Part 2 of Copper Tide.", { title: "Copper Tide", published: "2024-03-10", before: ["Part 1 came out last year."] }, { property: "release-date", date: "2024-06-14", season: 1, part: 2 }],
  ["Friday, May 3, will be the date the new season drops on Hulu.", { title: "Copper Tide", published: "2024-04-20" }, { property: "release-date", date: "2024-05-03" }],
  // Where the article also numbers seasons, "X 2" stays the second season.
  ["Ember Vale 2 will premiere on May 1, 2025.", { title: "Ember Vale", published: "2024-11-01", before: ["Season 2 is split in two, and Part 2 follows in the autumn."] }, { property: "release-date", date: "2025-05-01", season: 2 }],
  // A second season spoken of only as a question leaves "Part 2" a part of the first season.
  ["Netflix has confirmed that Part 2 of Copper Tide will be released on Thursday, March 6.", { title: "Copper Tide", published: "2025-02-27", before: ["Part 1 dropped on January 30.", "Netflix has not yet said whether a second season is in the works."] }, { property: "release-date", date: "2025-03-06", season: 1, part: 2 }],
  // A premiere told beside a renewal for season N is season N-1's.
  ["\"Copper Tide,\" which premiered June 6, was renewed for a second season last month.", { title: "Copper Tide", published: "2025-07-10" }, { property: "release-date", date: "2025-06-06", season: 1 }],
  // A year used as an adjective of the premiere is its window.
  ["Filming would put season 3 on track for a 2027 premiere, according to Deadline.", { title: "Copper Tide", published: "2025-03-10" }, { property: "release-date", date: "2027-01-01", season: 3 }],
  // release.list-entry: a roundup's entry with its network and day in brackets.
  ["Copper Tide (Netflix, January 8): A Norwegian thriller about a missing research team.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2027-01-08", precision: "day", platform: "Netflix" }],
  ["Copper Tide (Netflix, January 8): A Norwegian thriller about a missing research team.", { title: "Copper Tide", published: "2026-11-20" }, { property: "platform", value: "Netflix" }],
  // release.list-entry: the entry's middle column is the show's platform.
  ["“Copper Tide” Season 2 – Peacock – Jan. 9 The islanders return with new rules.", { title: "Copper Tide", published: "2025-01-02" }, { property: "platform", value: "Peacock", subject: "Copper Tide" }],
  // "since its premiere in October": the premiere is behind the article's day; "on Sunday nights" is a slot, the date after it the start.
  ["This is the drama's best rating since its premiere in October.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2026-10-01", precision: "month" }],
  ["It aired on TBS on Sunday nights from October 4.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2026-10-04", precision: "day" }],
  // A season only wondered about ("asked about a possible second season") or only renewed is not the one a past premiere is of.
  ["The eight-part series Copper Tide, released on Netflix on October 16, debuted at No. 2.", { title: "Copper Tide", published: "2026-10-28", after: ["Asked about a possible second season, the writer laughed."] }, { property: "release-date", date: "2026-10-16", season: 1 }],
  ["Copper Tide drew 11.2 million viewers for its premiere on October 4, the network said.", { title: "Copper Tide", published: "2026-11-20", after: ["The network had already renewed the show for a second season before its premiere, in August."] }, { property: "release-date", date: "2026-10-04", season: 1 }],
  // A season that measures a gap is not the one returning; one with its own date in its own clause is that date's.
  ["The slice-of-life hit returns on January 9, three years after the first season ended.", { title: "Copper Tide", published: "2026-01-06" }, { property: "release-date", date: "2026-01-09" }],
  ["The decision lands barely three months after season two premiered in August.", { title: "Copper Tide", published: "2025-11-20" }, { property: "release-date", date: "2025-08-01", season: 2 }],
  // The verb of the date's own clause: first-look images were released; the series returns.
  ["ITV has released first-look images for the second series of Copper Tide, which returns on Sunday 18 October at 9pm on ITV1.", { title: "Copper Tide", published: "2026-09-28" }, { property: "release-date", date: "2026-10-18", season: 2 }],
  // A weekday still ahead is the coming one, not the same day a year on.
  ["The 36-episode drama premieres on Friday.", { title: "Copper Tide", published: "2025-07-14" }, { property: "release-date", date: "2025-07-18" }],
  // release.season-ended: a season that concluded on a day.
  ["The third season concluded on October 2, 2024, with a cliffhanger.", { title: "Copper Tide", published: "2025-03-02" }, { property: "production-event", value: "finale", pointInTime: "2024-10-02", season: 3 }],
  // A time zone after the time ("9 p.m. ET") is no show; a "cycle" is a season.
  ["The new 10-episode cycle is set to premiere on Sunday, Jan. 11, 2026, at 9 p.m. ET.", { title: "Copper Tide", published: "2025-09-02", before: ["Food Network has ordered a fourth cycle of Copper Tide."] }, { property: "release-date", date: "2026-01-11", season: 4, subject: "Copper Tide" }],
  // release.days-after: a premiere counted back from a day given for something else.
  ["Hulu renewed Copper Tide for a third season on March 4, 2025, just two days after the second season's premiere.", { title: "Copper Tide", published: "2025-03-10" }, { property: "release-date", date: "2025-03-02", season: 2 }],
  // release.show-began: the show's start told in passing is its first season's release.
  ["The writer, who has scripted every episode since the show began in 2019, is stepping back.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date", date: "2019-01-01", precision: "year", season: 1 }],
  // "first premiered …, and Season 2 came out …": the first clause is the show's start, the second its own season.
  ["Copper Tide first premiered on Hulu in 2021 with six episodes, and Season 2 came out in May 2023.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date", date: "2021-01-01", season: 1 }],
  // "the second" standing for a season the sentence named with its noun.
  ["The first season of Copper Tide premiered in 2021, and the second arrived in May 2023.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date", date: "2023-05-01", precision: "month", season: 2 }],
  // A fixed-day holiday is a day.
  ["The first series premiered on ITV on New Year's Day 2024.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date", date: "2024-01-01", precision: "day", season: 1 }],
  // A release told beside a renewal that hands the show its next season is the season that aired.
  ["Less than a month after all eight episodes of Copper Tide dropped on Peacock on Aug. 27, the streamer has handed the horror-comedy a second season.", { title: "Copper Tide", published: "2026-09-23" }, { property: "release-date", date: "2026-08-27", season: 1 }],
  // A season named only in the next coordinate clause is that clause's: the show's own premiere long past is the first.
  ["The series premiered in 2023, and Season 2 followed in the summer of 2024.", { title: "Copper Tide", published: "2025-09-04" }, { property: "release-date", date: "2023-01-01", season: 1 }],
  // release.moved-to: the show between the verb and the new date.
  ["The streamer has delayed the Danish thriller Copper Tide to March 6, 2027.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2027-03-06", precision: "day" }],
];

// Sentences that must not give a release date to the show.
export const releaseTraps: [string, CaseOptions, Wanted][] = [
  // release.verb-date: a chart's week, a weekly slot, the day of an announcement, a span looked back over.
  ["Prime Video's Copper Tide topped Nielsen's streaming originals chart for the week of April 6–12 with 1.62 billion minutes viewed.", { title: "Copper Tide", published: "2026-05-07" }, { property: "release-date" }],
  ["MBC's Copper Tide, which airs in the same Friday slot as Paper Wives, recorded 4.2 percent.", { title: "Copper Tide", published: "2026-06-15" }, { property: "release-date" }],
  ["Canal+ has confirmed that Copper Tide will return for a third season, the channel announced at a press event in Paris on Monday.", { title: "Copper Tide", published: "2026-12-01" }, { property: "release-date" }],
  ["Copper Tide was the network's most-watched series premiere in five years when it debuted last September.", { title: "Copper Tide", published: "2026-08-14" }, { property: "release-date", date: "2031-01-01" }],
  // release.verb-date: a renewal's date after "before its premiere," is no premiere; a gap from another season is no season's date.
  ["The network had already renewed Copper Tide for a second season before its premiere, in August.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date" }],
  ["Given that season 2 arrived two years after season 1, a late-2027 release seems plausible.", { title: "Copper Tide", published: "2026-11-20", before: ["There is no release date for season 3 yet."] }, { property: "release-date", season: 2 }],
  ["The show was renewed for a third season in June, before season 2 even debuted, and the writers' room opened last month.", { title: "Copper Tide", published: "2026-09-20" }, { property: "release-date" }],
  ["The slice-of-life hit returns on January 9, three years after the first season ended.", { title: "Copper Tide", published: "2026-01-06", before: ["Copper Tide season 2 is on the way."] }, { property: "release-date", season: 1 }],
  // release.verb-date: a weekly slot ("on Sunday nights") is no premiere day.
  ["It aired on TBS on Sunday nights from October 4.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2026-11-22" }],
  // release.verb-date: a roundup's many shows coming in a month are no one show's release.
  ["Here are the five new shows coming in January.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date" }],
  // release.verb-date: the writers' room opening is work on a season starting, not the season coming out.
  ["The writers' room for the second season opened in September.", { title: "Copper Tide" }, { property: "release-date" }],
  // A date it "had been set to" before a delay is given up, not a date it is put at.
  ["The streamer has pushed back Copper Tide, which had been set to debut on February 3, 2027.", { title: "Copper Tide", published: "2026-11-20" }, { property: "release-date", date: "2027-02-03", certainty: "reported" }],
  // The source work coming out is not the show's release.
  ["Aya Mori launched the manga in a monthly magazine in 2019.", { title: "Copper Tide" }, { property: "release-date" }],
  // One episode's air date is not the season's release.
  ["Its fourth episode, broadcast on Sunday, recorded 5.1 percent.", { title: "Copper Tide", published: "2026-03-02", before: ["Copper Tide is a KBS drama."] }, { property: "release-date" }],
  ["Episode 8 of Copper Tide, which aired on Saturday, recorded a personal best.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date" }],
  ["Kim Ji-won made her Netflix debut in 2022 when she starred in another drama.", { title: "Queen of Tears", before: ["Queen of Tears stars Kim Ji-won."] }, { property: "release-date" }],
  ["Heirs of the Tide aired in 2016 on KBS2.", { title: "Ashen Vow", before: ["Ashen Vow is written by Yoon Hae-sook, the writer of Heirs of the Tide."] }, { property: "release-date", subject: "Ashen Vow", date: "2016-01-01" }],
  ["We would love to see the season arrive in 2025.", { title: "Arcane" }, { property: "release-date", certainty: "confirmed" }],
  ["Filming began in March 2023.", { title: "Squid Game" }, { property: "release-date" }],
  ["Last year the drama was still on air in early July.", { title: "Frontier Oath", published: "2024-02-01" }, { property: "release-date" }],
  ["Saltwater, which will stream on Netflix, is due to begin filming in March 2025.", { title: "Saltwater" }, { property: "release-date" }],
  ["The drama ranked No. 1 on the platform's weekly chart of non-English shows, which was released on Wednesday.", { title: "Kingmaker", published: "2023-04-19" }, { property: "release-date" }],
  ["Undertow 2 drops two new episodes every Wednesday, only on Disney+.", { title: "Undertow", published: "2023-07-10" }, { property: "release-date" }],
  // Invented shows and people: each rule's trigger where a release date would be wrong.
  // release.part-count: more batches than a season has parts.
  ["The 24 episodes will arrive in twelve batches, two each week.", { title: "Copper Tide" }, { property: "part-count" }],
  // release.date-verb: a concert, not the show.
  ["Pyo Gi-ryong will headline a December 12 launch concert in Incheon.", { title: "Copper Tide" }, { property: "release-date" }],
  // release.season-followed: a season's end is its finale.
  ["Season 2 came to an end in March 2023.", { title: "Copper Tide" }, { property: "release-date", season: 2 }],
  // release.days-after: a day after the trailer's release is no premiere.
  ["Fans saw the poster on March 4, 2025, two days after the release of the trailer.", { title: "Copper Tide", published: "2025-03-10" }, { property: "release-date" }],
  // release.ran-from: a shoot that ran from one month to another is no release.
  ["Filming on the second season ran from February through July 2024.", { title: "Copper Tide", published: "2025-03-10" }, { property: "release-date" }],
  // release.verb-date: a date told of a teaser in a later clause is not the premiere's.
  ["Netflix has set a Nov. 13 premiere date for the second season of Copper Tide, and dropped a first teaser on Wednesday.", { title: "Copper Tide", published: "2025-09-18" }, { property: "release-date", date: "2025-09-17" }],
  // release.season-ended: an end dated after the article is not one that happened.
  ["The third season ended on October 2, 2026.", { title: "Copper Tide", published: "2025-03-02" }, { property: "production-event", value: "finale" }],
  // release.verb-date: a press release is news, not the show coming out.
  ["HBO confirmed in a press release on March 3 that the fantasy series has been renewed for a third season.", { title: "Copper Tide", published: "2025-03-10" }, { property: "release-date" }],
  // release.verb-date: "streaming" that describes a chart is no release.
  ["Copper Tide Tops Nielsen Streaming Chart for Week of June 9", { title: "Copper Tide", published: "2025-07-10" }, { property: "release-date" }],
  // release.ran-from: the run's last month is no release.
  ["The drama ran from May 2021 to July 2021.", { title: "Copper Tide" }, { property: "release-date", date: "2021-07-01" }],
  // release.moved-to: when the delay came, not where it moved the release.
  ["The premiere, delayed last month by a storm, is back on the schedule.", { title: "Copper Tide" }, { property: "release-date" }],
  // release.date-of: a date given up.
  ["The premiere date of May 9 no longer stands after the strike.", { title: "Copper Tide" }, { property: "release-date", certainty: ["reported", "confirmed"] }],
  // release.list-entry, release.title-year: another title's entry or year.
  ["“Velvet Harbor” – Hulu – Jan. 16, 2025", { title: "Copper Tide", published: "2024-12-20" }, { property: "release-date", subject: "Copper Tide" }],
  ["“Velvet Harbor” – Hulu – Jan. 16, 2025", { title: "Copper Tide", published: "2024-12-20" }, { property: "platform", subject: "Copper Tide" }],
  ["Its writer also made “Velvet Harbor” (2013).", { title: "Copper Tide" }, { property: "release-date", subject: "Copper Tide" }],
  // release.title-year: a year still to come is no release.
  ["Copper Tide (2026) is already in development.", { title: "Copper Tide" }, { property: "release-date", date: "2026-01-01" }],
  ["The finale is a two-part episode.", { title: "Copper Tide" }, { property: "part-count" }],
  ["The premiere was delayed in March 2024 after a storm.", { title: "Copper Tide" }, { property: "release-date" }],
  // "next" before a date without its year: still to come, never a date already past.
  ["The drama will premiere next November 12 on its cable channel.", { title: "Lantern Row", published: "2023-11-30" }, { property: "release-date", date: "2023-11-12" }],
  // "aired Episode 9 last night": an episode airing, not the show's release, and "9 last night" is no date.
  ["Copper Tide aired Episode 9 last night and hit a new high.", { title: "Copper Tide", published: "2024-03-10" }, { property: "release-date" }],
  ["The drama streamed Ep. 12 on Sunday, its best night yet.", { title: "Copper Tide", published: "2024-03-10" }, { property: "release-date" }],
  // Another show brought in as an example, by description only: its premiere is not this show's.
  ["Take Sea of Salt, another Brazilian thriller series: it debuted in March 2016 on cable.", { title: "Copper Tide", published: "2024-03-10" }, { property: "release-date", subject: "Copper Tide" }],
  // release.day-picked: something else comes out that day.
  ["May 2 is the day the first trailer drops, the studio said.", { title: "Copper Tide", published: "2024-04-20" }, { property: "release-date" }],
  // A part called by its sequel's name is no second season.
  ["Ember Vale 2 will premiere on January 6, 2025 on Netflix.", { title: "Ember Vale", published: "2024-11-01", before: ["Part 2 of the fantasy saga keeps both leads."] }, { property: "release-date", season: 2 }],
  ["Ember Vale 2: Ash and Iron arrives on Netflix on March 3, 2025.", { title: "Ember Vale", published: "2024-11-01", before: ["The second part trims the episode count."] }, { property: "release-date", season: 2 }],
  // The first season's date is not the second's, though "season two" stands nearer across the "and".
  ["Season one ran six episodes when it premiered on 12 January 2024, and season two expanded to eight on 7 March 2025.", { title: "Corvo Negro" }, { property: "release-date", date: "2024-01-12", season: 2 }],
  // The subject of "released" is a trailer; a date in a person's "whose" clause is the other work's.
  ["The official trailer, released on Tuesday, opens in the winter of 1938.", { title: "Corvo Negro", published: "2026-01-16" }, { property: "release-date", date: "2026-01-13" }],
  ["Ayşe Demir, whose six-part thriller Night Train premiered on BluTV in 2022, wrote the new series.", { title: "Corvo Negro", published: "2026-01-16", before: ["Corvo Negro is a mystery set on a train."] }, { property: "release-date", subject: "Corvo Negro", date: "2022-01-01" }],
  // A participle right after another show's aside ("renewed its comedy Dry Spell for a third season, set to premiere in
  // spring 2027") goes on describing that show.
  ["The cancellation comes in a busy week for Peacock, which on Tuesday renewed its workplace comedy Dry Spell for a third season, set to premiere in spring 2027.", { title: "Corvo Negro", published: "2026-08-21", before: ["Peacock has canceled Corvo Negro after one season."] }, { property: "release-date", subject: "Corvo Negro", season: 3 }],
  // release.show-began: the start of a shoot, or of another show named in the clause, is no release of this one.
  ["Filming has gone on since the series began shooting in 2019.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date" }],
  ["She has been on set every day since the drama started on May 3, 2027.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date" }],
  // "the second" with no season named before it is no season.
  ["Copper Tide came first in the ratings, and the second arrived in May 2023.", { title: "Copper Tide", published: "2026-03-02" }, { property: "release-date", season: 2 }],
  // A show dropping off a chart, or dropping to a lower place, is no release.
  ["The show spent two weeks in the top 10, peaking at No. 6, before dropping off the chart in early December.", { title: "Copper Tide", published: "2026-02-06" }, { property: "release-date" }],
  ["Copper Tide dropped to No. 4 in its third week.", { title: "Copper Tide", published: "2026-02-06" }, { property: "release-date" }],
  ["Less than a month after all eight episodes of Copper Tide dropped on Peacock on Aug. 27, the streamer has handed the horror-comedy a second season.", { title: "Copper Tide", published: "2026-09-23" }, { property: "release-date", season: 2 }],
  // A bound the writer doubts the release will beat is no date for it.
  ["No premiere window has been set, though a return before late 2026 looks unlikely given the show's schedule.", { title: "Copper Tide", published: "2025-10-01" }, { property: "release-date" }],
  // A compilation film made from the show opening in cinemas is no release of the show; a date reported and then said
  // never to have been confirmed is denied.
  ["A compilation film recapping the first season will open in Japanese theaters on February 13 ahead of the new season.", { title: "Copper Tide", published: "2026-01-10" }, { property: "release-date", date: "2026-02-13" }],
  ["Several portals had claimed the new season would arrive on September 4.", { title: "Copper Tide", published: "2026-08-24", after: ["That date was never confirmed by the streamer."] }, { property: "release-date", certainty: "reported" }],
  // "was due to premiere on November 14, will now debut in January": the first date is given up.
  ["The studio announced on Wednesday that Copper Tide, which was due to premiere on November 14, will now debut in January 2026.", { title: "Copper Tide", published: "2025-10-09" }, { property: "release-date", date: "2025-11-14", certainty: ["confirmed", "reported"] }],
  ["The series premiered in 2023, and Season 2 followed in the summer of 2024.", { title: "Copper Tide", published: "2025-09-04" }, { property: "release-date", date: "2023-01-01", season: 2 }],
  // Found by review: a denial that says what it denies leaves the sentence before alone; a renewal told before a premiere
  // is the premiere's season; a date ending the clause before ", and it premiered" is not the premiere's.
  ["Season 2 of Copper Tide premieres on Hulu on June 5.", { title: "Copper Tide", published: "2026-05-01", after: ["Separately, Tom Hale denied the rumours that he had fallen out with co-star Ann Lee."] }, { property: "release-date", certainty: "denied" }],
  ["Insiders say Copper Tide returns on June 5.", { title: "Copper Tide", published: "2026-05-01", after: ["Hours later, a rep for Ann Lee denied that she was leaving."] }, { property: "release-date", certainty: "denied" }],
  ["Hulu confirmed a second season last summer, and it premiered on April 10 to strong reviews.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date", season: 1 }],
  ["Hulu confirmed a second season last summer, and it premiered on April 10 to strong reviews.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date", date: "2025-07-01" }],
  ["Ready for more Copper Tide in season 2? The new episodes premiere on June 5.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date", season: 1 }],
  // Found by review: a batch "a week later" is no release; the franchise's or the original show's start is none either.
  ["The first season dropped its first two episodes on March 6; the second arrived a week later, with the finale on March 20.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date", date: "2026-03-13" }],
  ["Since the franchise began in 1998, it has sold millions of comics.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date" }],
  ["Tom Hale has played Joe Park since the original series began in 1994.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date" }],
  // A one-off special is no season's release.
  ["A Copper Tide special airs on BBC One on New Year's Day, ahead of the second series in the spring.", { title: "Copper Tide", published: "2026-05-01" }, { property: "release-date", date: "2027-01-01" }],
  // A finale's wording in other words: "will air its final chapter", "finished airing": the end of a run, not its release.
  ["The telenovela, which premiered in March, will air its final chapter on Friday, August 14.", { title: "Copper Tide", published: "2026-08-07" }, { property: "release-date", date: "2026-08-14" }],
  ["Season 2 finished airing on the channel in April.", { title: "Copper Tide", published: "2026-06-01" }, { property: "release-date", date: "2026-04-01" }],
  // A date the show will miss: "will not arrive in 2028 as planned".
  ["The second season of Copper Tide will not arrive in 2028 as planned.", { title: "Copper Tide", published: "2027-08-19" }, { property: "release-date", date: "2028-01-01" }],
  // The last episode's air date is the run's end, not a release.
  ["The final ever episode of Copper Tide will air on Christmas Day on BBC One.", { title: "Copper Tide", published: "2027-12-01" }, { property: "release-date", date: "2027-12-25" }],
];
