import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// Viewing figures, chart runs, critics' and broadcast ratings, and episode counts.
export const figureCases: [string, CaseOptions, Wanted][] = [
  ["Harbor Lights is Netflix's most-watched English language series.", { title: "Harbor Lights" }, { property: "rank", value: 1 }],
  // A chart week told as two days with a comma before "through".
  ["Salt Road drew 2.8 million views.", { title: "Salt Road", published: "2026-09-22", before: ["Netflix's weekly charts cover Monday, Sept. 14, through Sunday, Sept. 20."] }, { property: "views", value: 2800000, week: "2026-09-14" }],
  // Weeks on the list told as "its second week on the list", and a list named "the Non-English Top 10".
  ["Copper Tide rose to No. 1 on the English TV List in its second week on the list.", { title: "Copper Tide", published: "2026-04-14" }, { property: "weeks-in-top-10", value: 2 }],
  ["In total, Copper Tide spent five weeks in the Non-English Top 10.", { title: "Copper Tide", published: "2026-04-14" }, { property: "weeks-in-top-10", value: 5 }],
  // Weeks on the list, said the other way round.
  ["It's now been in the Top 10 for three weeks since its debut.", { title: "Copper Tide", published: "2026-03-10" }, { property: "weeks-in-top-10", value: 3 }],
  // The subject after the verb: "Sitting at No. 2 … was X".
  ['Sitting at No. 2 on the English list was the teen mystery "Thornfield Prep" with 7.7 million views.', { title: "Copper Tide", published: "2026-03-10" }, { property: "rank", subject: "Thornfield Prep", value: 2 }],
  // "the most-watched English-language TV title": a capitalized adjective is no name, and the phrase is a No. 1.
  ["Season 2 of the Yorkshire-set series was the most-watched English-language TV title on Netflix for the week of Nov. 10–16.", { title: "Copper Tide", published: "2025-11-18" }, { property: "rank", value: 1, week: "2025-11-10", list: "TV (English)" }],
  // A first-week figure is the premiere's week, not the week the article reports on.
  ["The episodes dropped Thursday, Nov. 6, and in those first four days the season pulled in 22.8 million hours.", { title: "Copper Tide", published: "2025-11-18", before: ["Copper Tide led Netflix's English TV list for the week of Nov. 10–16."] }, { property: "hours-viewed", value: 22_800_000, scope: "first-week", week: "2025-11-03" }],
  // Episode counts: a British "four-part" run, "will run for 60 episodes", "will consist of", the season named right after the count.
  ["The drama will wrap up its four-part first run next Sunday.", { title: "Copper Tide", published: "2026-01-01" }, { property: "episode-count", value: 4, season: 1 }],
  ["The telenovela, which will run for 60 episodes, premieres in March.", { title: "Copper Tide", published: "2026-01-01" }, { property: "episode-count", value: 60 }],
  ["The final season will consist of eight episodes, the same number as each of the previous three.", { title: "Copper Tide" }, { property: "episode-count", value: 8 }],
  ["The 10-episode second season follows an eight-episode first season.", { title: "Copper Tide" }, { property: "episode-count", value: 8, season: 1 }],
  ["The series drew over 31.7 million hours viewed in its opening week.", { title: "Ashen Vow" }, { property: "hours-viewed", value: 31_700_000, scope: "first-week", approximate: true }],
  ["It topped Netflix's global list for three consecutive weeks.", { title: "Ashen Vow" }, { property: "consecutive-weeks-at-number-1", value: 3, list: "global" }],
  ["The drama's cumulative viewing time now stands at nearly 300 million hours.", { title: "Ashen Vow" }, { property: "hours-viewed", value: 300_000_000, scope: "cumulative", approximate: true }],
  // Netflix's own name for a list: "TV (English)".
  ["Ashen Vow spent two weeks at No. 1 on Netflix's global TV (English) list, with 21.4 million views in its first week.", { title: "Ashen Vow" }, { property: "views", value: 21_400_000, list: "TV (English)" }],
  ["Squid Game season 2 recorded 68 million views in its first week.", { title: "Squid Game" }, { property: "views", value: 68_000_000, scope: "first-week", approximate: false }],
  ["Wednesday was watched for 1.2 billion hours in total.", { title: "Wednesday" }, { property: "hours-viewed", value: 1_200_000_000, scope: "cumulative" }],
  ["The show spent 8 weeks in the Netflix Top 10.", { title: "Moving" }, { property: "weeks-in-top-10", value: 8 }],
  ["It ranked No. 1 on the non-English TV chart.", { title: "Queen of Tears" }, { property: "rank", value: 1, list: "TV (Non-English)" }],
  ["The thriller logged 12,300,000 views in the week of June 3.", { title: "Paper Deer" }, { property: "views", value: 12_300_000, scope: "week" }],
  ["The K-drama garnered more than 9 million views last week.", { title: "Marry My Husband" }, { property: "views", value: 9_000_000, approximate: true }],
  ["Season 4 held the No. 1 spot for two straight weeks.", { title: "The Crown" }, { property: "consecutive-weeks-at-number-1", value: 2 }],
  ["The show led the chart in 76 countries with 142.8 million hours viewed in its first week.", { title: "Squid Game" }, { property: "hours-viewed", value: 142_800_000, scope: "first-week" }],
  ["It has now spent five weeks at No. 1 on the non-English TV list.", { title: "Queen of Tears" }, { property: "weeks-at-number-1", value: 5 }],
  ["The show racked up 1.2 billion hours viewed in its first 91 days.", { title: "Wednesday" }, { property: "hours-viewed", value: 1_200_000_000, scope: "cumulative" }],
  ["It debuted at No. 2 on the global Top 10 with 18.6 million hours watched.", { title: "Bridgerton" }, { property: "rank", value: 2 }],
  ["It debuted at No. 2 on the global Top 10 with 18.6 million hours watched.", { title: "Bridgerton" }, { property: "hours-viewed", value: 18_600_000 }],
  ["The series has spent 10 weeks on Netflix's Top 10 list.", { title: "Kingdom" }, { property: "weeks-in-top-10", value: 10 }],
  ["The drama drew roughly 4.5 million viewers in its opening week.", { title: "Moving" }, { property: "views", value: 4_500_000, scope: "first-week", approximate: true }],
  ["Season 2 has been watched for over 500 million hours so far.", { title: "Squid Game" }, { property: "hours-viewed", value: 500_000_000, scope: "cumulative", approximate: true, season: 2 }],
  ["The K-drama stayed at the top spot for four consecutive weeks.", { title: "Attorney Gong Next Door" }, { property: "consecutive-weeks-at-number-1", value: 4 }],
  // Invented shows, for rules that lacked a positive row.
  ["“Velvet Harbor” (97 million views), Copper Tide (64 million) and “Paper Crowns” (51 million) led the half-year report.", { title: "Copper Tide" }, { property: "views", subject: "Copper Tide", value: 64_000_000 }],
  ["Copper Tide leads the chart with 8.2 million views.", { title: "Copper Tide" }, { property: "rank", value: 1 }],
  ["Copper Tide was the most-watched series on Hulu last week.", { title: "Copper Tide" }, { property: "rank", value: 1 }],
  ["2) Copper Tide", { title: "Copper Tide", before: ["Hulu Top 10 TV shows for the week of June 3, 2024:", "1) Velvet Harbor"] }, { property: "rank", value: 2, week: "2024-06-03" }],
  ["Copper Tide was Netflix's most-watched series last week.", { title: "Copper Tide", published: "2024-05-01" }, { property: "rank", value: 1 }],
  // A title with an abbreviation ("Mr.") in a ratings table row.
  ["Velvet and Mr. Grey 12 KBS 14.2%", { title: "Copper Tide", before: ["Copper Tide and Velvet and Mr. Grey led the weekend ratings."] }, { property: "rating", subject: "Velvet and Mr. Grey", value: 14.2 }],
  // A sentence that carries on from the chart a paragraph before named.
  ["Over the same period, “Velvet Harbor” finished third.", { title: "Copper Tide", before: ["Copper Tide ranked first on Netflix's non-English TV chart this week.", "The drama follows a fixer in a port city."] }, { property: "rank", subject: "Velvet Harbor", value: 3 }],
  // The unit named first, its figure after the verb that moves it.
  ["In its second week, Copper Tide's viewing hours rose 28% to 40.2 million, while views also climbed 28% to 6.1 million.", { title: "Copper Tide", published: "2024-05-08" }, { property: "views", value: 6_100_000 }],
  ["Copper Tide's hours viewed reached 12.5 million in the week of May 6 to 12.", { title: "Copper Tide", published: "2024-05-15" }, { property: "hours-viewed", value: 12_500_000 }],
  // A relative clause after the show's own title is still about the show.
  ["The list is led by Copper Tide, which holds 88.4 million views.", { title: "Copper Tide" }, { property: "views", subject: "Copper Tide", value: 88_400_000 }],
  // A chart run told beside the renewal of the next season is the aired season's.
  ["It spent five weeks as the most-watched Korean series on the platform, with 12 million views, and Disney+ confirmed a second season in February.", { title: "Copper Tide", published: "2026-06-01" }, { property: "views", value: 12_000_000 }],
  ["After all eight episodes dropped on Aug. 27, the streamer has handed Copper Tide a second season.", { title: "Copper Tide", published: "2026-09-23" }, { property: "episode-count", value: 8, season: 1 }],
  // A half-year engagement report's figures are cumulative.
  ["The streamer's latest engagement report, which covers January to June 2026, places Copper Tide at the top of the non-English table with 64.2 million views.", { title: "Copper Tide", published: "2026-07-20" }, { property: "views", value: 64_200_000, scope: "cumulative" }],
];

export const ratingCases: [string, CaseOptions, Wanted][] = [
  // In an article about ratings, an episode's figure told without the word "rating".
  ["Episode 9 earned 9.4 percent the night before.", { title: "Copper Tide", before: ["According to Nielsen Korea, Copper Tide's tenth episode scored a nationwide rating of 11.2 percent."] }, { property: "rating", value: 9.4 }],
  ["Copper Tide premiered on October 17 with 6.8 percent.", { title: "Copper Tide", before: ["According to Nielsen Korea, Copper Tide's tenth episode scored a nationwide rating of 11.2 percent."] }, { property: "rating", value: 6.8 }],
  // A score before its site without a percent sign, and a site far ahead of its score.
  ["Viewers agree: the show has an 8.3 rating on IMDb after its first weekend.", { title: "Copper Tide" }, { property: "rating", value: 8.3, site: "IMDb" }],
  ["It opened at 89% on Rotten Tomatoes and 74 on Metacritic.", { title: "Copper Tide" }, { property: "rating", value: 74, site: "Metacritic" }],
  ["On Metacritic, where scores are weighted, the series sits at 81.", { title: "Copper Tide" }, { property: "rating", value: 81, site: "Metacritic" }],
  // A premiere told with its figure, in an article about ratings.
  ["Velvet Harbor, the legal drama, premiered to a modest 2.3 percent.", { title: "Copper Tide", before: ["Copper Tide led the weekend's viewership ratings with 9.1 percent."] }, { property: "rating", subject: "Velvet Harbor", value: 2.3 }],
  ["Copper Tide opened with a solid 6.4 percent on Saturday.", { title: "Copper Tide", before: ["Nielsen Korea released the weekend figures."] }, { property: "rating", value: 6.4 }],
  ["The series earned a respectable 88% on Rotten Tomatoes.", { title: "Ashen Vow" }, { property: "rating", value: 88, site: "Rotten Tomatoes", scale: "percent" }],
  ["It holds a Rotten Tomatoes score of 97%.", { title: "Shogun" }, { property: "rating", value: 97, site: "Rotten Tomatoes" }],
  ["The show boasts an 8.7/10 on IMDb.", { title: "Moving" }, { property: "rating", value: 8.7, site: "IMDb", scale: "10" }],
  ["According to Nielsen Korea, the finale recorded a nationwide rating of 24.9 percent.", { title: "Queen of Tears" }, { property: "rating", value: 24.9, site: "Nielsen Korea", label: "nationwide" }],
  ["The premiere recorded 5.7 percent nationwide viewership ratings, per Nielsen Korea.", { title: "Doctor Slump" }, { property: "rating", value: 5.7, site: "Nielsen Korea" }],
  ["The sitcom has a Metacritic score of 92.", { title: "Abbott Elementary" }, { property: "rating", value: 92, site: "Metacritic" }],
  // Ratings written as points without a percent sign, from a ratings company other than Nielsen; Douban's score out of ten.
  ["According to TİAK data, the finale drew a 7.1 rating among Total Individuals and a 9.6 rating in the AB group.", { title: "Copper Tide" }, { property: "rating", value: 9.6, site: "TİAK", scale: "percent" }],
  ["Its Douban score has settled at 7.9 after more than 80,000 ratings.", { title: "Copper Tide" }, { property: "rating", value: 7.9, site: "Douban", scale: "10" }],
  ["The costume drama's Douban score ticked up to 8.4 out of 10 after the finale.", { title: "Copper Tide" }, { property: "rating", value: 8.4, site: "Douban", scale: "10" }],
  // A month's name is no "may": "aired on May 20, scored 9.7 percent".
  ["According to AGB Nielsen Korea, the 10th episode, which aired on May 20, scored 9.7 percent, up from the 8.9 percent of episode 9.", { title: "Ashen Vow" }, { property: "rating", value: 9.7 }],
];

export const episodeCases: [string, CaseOptions, Wanted][] = [
  // A count compared with earlier seasons gives theirs; "runs for" is the whole count even beside a weekly slot.
  ["Like season one, the second season of Copper Tide will run 10 episodes.", { title: "Copper Tide" }, { property: "episode-count", value: 10, season: 1 }],
  ["The fourth season of Copper Tide will consist of six episodes, the same number as each of the previous three.", { title: "Copper Tide" }, { property: "episode-count", value: 6, season: 2 }],
  ["The new series Copper Tide runs for 14 episodes and will air every Sunday.", { title: "Copper Tide" }, { property: "episode-count", value: 14 }],
  // A Chinese drama's 36 episodes are one season, not a library's total.
  ["The 36-episode drama is adapted from the novel of the same name.", { title: "Jade Lantern" }, { property: "episode-count", value: 36, season: 1 }],
  // A season's count told against the one before it.
  ["Season 3 runs longer, with its episodes up from 8 to 10.", { title: "Copper Tide" }, { property: "episode-count", value: 10, season: 3 }],
  ["Season 3 runs longer, with its episodes up from 8 to 10.", { title: "Copper Tide" }, { property: "episode-count", value: 8, season: 2 }],
  ["The second season was cut from twelve to eight episodes.", { title: "Copper Tide", before: ["Copper Tide Season 2 is coming."] }, { property: "episode-count", value: 8, season: 2 }],
  // The episode just aired and the ones left make the season.
  ["With just four episodes left, Copper Tide aired Episode 8 on Sunday night.", { title: "Copper Tide", published: "2024-05-01" }, { property: "episode-count", value: 12, season: 1 }],
  ["The drama aired episode 10 last night, leaving only two more episodes to go.", { title: "Copper Tide", published: "2024-05-01" }, { property: "episode-count", value: 12 }],
  ["The series will reportedly have a total of eight episodes.", { title: "Ashen Vow" }, { property: "episode-count", value: 8, season: 1 }],
  ["Over its first 16 episodes the audience grew slowly, and then the season ended.", { title: "Ashen Vow" }, { property: "episode-count", value: 16 }],
  ["The second season consists of seven episodes.", { title: "Squid Game" }, { property: "episode-count", value: 7, season: 2 }],
  ["The 16-episode drama airs on Saturdays and Sundays.", { title: "Queen of Tears" }, { property: "episode-count", value: 16 }],
  ["Season 3 will have 10 episodes, Netflix confirmed.", { title: "The Witcher" }, { property: "episode-count", value: 10, season: 3, certainty: "confirmed" }],
  ["The 12-episode series premieres this Friday.", { title: "Moving" }, { property: "episode-count", value: 12 }],
  ["Season 2 consists of seven episodes, down from nine in the first.", { title: "Squid Game" }, { property: "episode-count", value: 7, season: 2 }],
  ["All 20 episodes of Moving are now streaming.", { title: "Moving" }, { property: "episode-count", value: 20 }],
  ["Part 2 will have eight episodes.", { title: "Ashen Vow" }, { property: "episode-count", value: 8, part: 2 }],
  ["The first season ran for nine episodes.", { title: "Squid Game" }, { property: "episode-count", value: 9, season: 1 }],
  ["The eight-episode series is based on a webtoon.", { title: "Sweet Home" }, { property: "episode-count", value: 8 }],
  ["Season 5 will consist of eight episodes, split into three volumes.", { title: "Stranger Things" }, { property: "episode-count", value: 8, season: 5 }],
  ["The drama has a total of 12 episodes.", { title: "Vigilante" }, { property: "episode-count", value: 12 }],
  ["The new season comprises six episodes.", { title: "Slow Horses" }, { property: "episode-count", value: 6 }],
  ["Netflix confirmed the season will have 10 episodes.", { title: "The Witcher" }, { property: "episode-count", value: 10, certainty: "confirmed" }],
  ["All eight episodes of the limited series arrive at once.", { title: "Beef" }, { property: "episode-count", value: 8 }],
  ["The 20-episode drama airs every Saturday.", { title: "Mr. Queen" }, { property: "episode-count", value: 20 }],
  ["It is a 16-episode series, with two episodes a week.", { title: "Crash Landing on You" }, { property: "episode-count", value: 16 }],
  ["The second season spans seven episodes.", { title: "Squid Game" }, { property: "episode-count", value: 7, season: 2 }],
  ["The show's third season has 10 episodes.", { title: "The Bear" }, { property: "episode-count", value: 10, season: 3 }],
  ["Part 1, consisting of four episodes, premieres in November.", { title: "The Crown" }, { property: "episode-count", value: 4, part: 1 }],
  // Invented shows.
  ["The network confirmed a second, eight-episode season to finish the story.", { title: "Ranch 1901" }, { property: "episode-count", value: 8, season: 2 }],
  ["The eight-episode Starfall features a cast of unknowns.", { title: "Starfall", before: ["Its producers have begun planning a second season."] }, { property: "episode-count", value: 8, season: 1 }],
  ["The show came back on January 21 for the first half of season 4, giving viewers seven episodes.", { title: "Lake Country", published: "2022-03-01" }, { property: "episode-count", value: 7, season: 4, part: 1 }],
  ["Undertow 7 ENA 3.7%", { title: "Undertow" }, { property: "rating", value: 3.7 }],
  // A count stated outright keeps its clause when a schedule follows; a premiere told long after gives the season's size.
  ["It has eight episodes, with two new episodes dropping every Friday.", { title: "Copper Tide", published: "2026-06-01" }, { property: "episode-count", value: 8 }],
  ["The show debuted on Max in November 2023 with eight episodes and earned strong reviews.", { title: "Copper Tide", published: "2026-06-01" }, { property: "episode-count", value: 8, season: 1 }],
  // "The new six-part series" after a commission: the coming season's length.
  ["The new six-part series starts shooting in the spring.", { title: "Ashen Vow", before: ["Channel 4 has commissioned a fourth series of Ashen Vow."] }, { property: "episode-count", value: 6, season: 4 }],
];

export const figureTraps: [string, CaseOptions, Wanted][] = [
  // A platform-wide total is no show's figure.
  ["In total, members watched more than 96 billion hours on Netflix between January and June.", { title: "Copper Tide", published: "2026-09-20" }, { property: "hours-viewed", value: 96000000000 }],
  // Found by review: a growth is no rating; a comparison of the schedule gives no count to another season.
  ["The episode's ad revenue rose 20 percent.", { title: "Copper Tide", before: ["Copper Tide's ratings climbed again, according to Nielsen Korea."] }, { property: "rating", value: 20 }],
  ["Season 3 will have eight episodes and, like season 2, will be released weekly.", { title: "Copper Tide" }, { property: "episode-count", value: 8, season: 2 }],
  // An episode's percentage is no rating in an article that never speaks of ratings.
  ["Episode 9 earned a 94 percent approval score from readers.", { title: "Copper Tide" }, { property: "rating", value: 94 }],
  // Found by review: a change is no total; a place in a site's top 10 is no score; a two-part story is no episode count; "the top three" is no No. 1.
  ["Harbor Lights views climbed 3.2 million to 15.6 million.", { title: "Harbor Lights" }, { property: "views", value: 3_200_000 }],
  ["Harbor Lights views fell by 2 million this week.", { title: "Harbor Lights" }, { property: "views" }],
  ["Harbor Lights entered the top 10 on IMDb this week.", { title: "Harbor Lights" }, { property: "rating" }],
  ["Episode 5 of Harbor Lights is the first of a two-part story.", { title: "Harbor Lights" }, { property: "episode-count" }],
  ["Harbor Lights has spent three weeks in the top three on Netflix.", { title: "Harbor Lights" }, { property: "weeks-at-number-1" }],
  // Weeks in the Top 10 are not weeks at No. 1 ("the top" of "the Top 10"); weeks at No. 1 are not weeks in the Top 10.
  ["This week marks its second week in the Top 10.", { title: "Copper Tide", published: "2025-11-18" }, { property: "weeks-at-number-1" }],
  ["Copper Tide held No. 1 for a second consecutive week.", { title: "Copper Tide", published: "2025-11-18" }, { property: "weeks-in-top-10" }],
  ['Sitting at No. 2 on the English list was the teen mystery "Thornfield Prep" with 7.7 million views.', { title: "Copper Tide", published: "2026-03-10" }, { property: "rank", subject: "Copper Tide" }],
  ["The drama premiered on Youku with a four-episode launch.", { title: "Copper Tide", published: "2025-08-20" }, { property: "episode-count", value: 4 }],
  // How many came out at once is not how many there are; a two-part finale is no episode count.
  ["The 36-episode series premiered on iQIYI last Tuesday, August 12, with four episodes.", { title: "Copper Tide", published: "2025-08-20" }, { property: "episode-count", value: 4 }],
  ["The 10-episode second season follows an eight-episode first season.", { title: "Copper Tide" }, { property: "episode-count", value: 8, season: 2 }],
  ["The two-part season finale airs Sunday.", { title: "Copper Tide", published: "2026-01-01" }, { property: "episode-count" }],
  // A place on a site's list is not its score.
  ["Copper Tide ranked No. 3 on IMDb this week.", { title: "Copper Tide" }, { property: "rating" }],
  // A renewal for season 2 "after the first drew" a figure: the figure is the first season's.
  ["JioHotstar has renewed Ashen Vow for a second season after the first drew 120 million views within 30 days.", { title: "Ashen Vow", published: "2025-06-10" }, { property: "views", season: 2 }],
  // "debuted in March 2023" is a premiere, not a chart entry: the peak after it is no first week's.
  ["Season 1 debuted in March 2023 and spent three weeks in Netflix's top 10, peaking at No. 2 with 6.3 million views.", { title: "Ashen Vow", published: "2025-09-18" }, { property: "views", scope: "first-week" }],
  // A premiere "in 2021" is no chart position: the figure is not the first week's.
  ["Its first season premiered in 2021 and drew 2.3 million viewers across platforms.", { title: "Ashen Vow", published: "2025-02-20" }, { property: "views", scope: "first-week" }],
  ["She has read the scripts for the first two episodes.", { title: "Ashen Vow" }, { property: "episode-count" }],
  ["Heirs of the Tide drew 38.8 percent ratings in 2016.", { title: "Ashen Vow", before: ["Ashen Vow is written by the writer of Heirs of the Tide."] }, { property: "rating", subject: "Ashen Vow" }],
  ["Fans watched the first episode twice.", { title: "Ashen Vow" }, { property: "episode-count" }],
  ["The first two episodes were screened at the festival.", { title: "Moving" }, { property: "episode-count" }],
  ["Another K-drama with 16 episodes topped the chart.", { title: "Moving", before: ["Moving stars Ryu Seung-ryong."] }, { property: "episode-count", value: 16, certainty: "confirmed" }],
  ["The studio ordered an 18-episode show, though it is unclear how many will air in season one.", { title: "Horn Rising" }, { property: "episode-count" }],
  ["It is now the seventh episode of the run to top 5.0 percent.", { title: "Runner Girl", before: ["Runner Girl drew a 4.8 percent rating."] }, { property: "rating", value: 5 }],
  ["The drama also ranked third for opening-week viewing among all debut seasons on the chart.", { title: "Night Courier" }, { property: "rank", value: 3 }],
  ["Hollow Bay races up the chart with 90 million views, leaving Saltwater Season 2 behind.", { title: "Hollow Bay", before: ["'Saltwater' is another hit show."] }, { property: "views", season: 2 }],
  // "over the same period" with no chart before it: a race or a contest, not a list.
  ["Over the same period, Copper Tide finished third at the festival's audience awards.", { title: "Copper Tide", before: ["The drama follows a fixer in a port city."] }, { property: "rank" }],
  // A relative clause after a work the article does not register as a show ("Monday Season 2", a name) is about that work.
  ["Copper Tide now sits just behind Tuesday Season 2, which holds 140.2 million views.", { title: "Copper Tide" }, { property: "views", value: 140_200_000 }],
  ["The drama trails Sunday Season 3, which racked up 61 million hours in its first month.", { title: "Copper Tide" }, { property: "hours-viewed", subject: "Copper Tide", value: 61_000_000 }],
  // Invented shows: each rule's trigger where its figure would be wrong.
  // episodes.up-from: a figure that is not episodes, or no season to tie it to.
  ["Season 2's budget went up from 10 to 12 million dollars.", { title: "Copper Tide" }, { property: "episode-count" }],
  ["The episode order went up from 10 to 12 episodes.", { title: "Copper Tide" }, { property: "episode-count", value: 10 }],
  // episodes.left-after: two episodes named, so which one the count runs from is unclear.
  ["After Episode 6 and Episode 7 aired, two episodes are left for the weekend.", { title: "Copper Tide", published: "2024-05-01" }, { property: "episode-count", value: 9 }],
  ["Fans have three episodes left to watch before the finale.", { title: "Copper Tide", published: "2024-05-01" }, { property: "episode-count" }],
  // rating.broadcast: a percentage after "premiered with", in an article that never speaks of ratings.
  ["The drama premiered with a 15 percent discount on season passes.", { title: "Copper Tide" }, { property: "rating" }],
  // chart.hours: a streamer's total across all its shows.
  ["Subscribers watched over 90 billion hours of shows in the first half of the year.", { title: "Copper Tide" }, { property: "hours-viewed" }],
  // A show named once, unquoted, as the subject of a chart move is another show: its figure is not the main show's.
  ["Elsewhere, Velvet Harbor slipped to fifth place with 2.9 million views.", { title: "Copper Tide", before: ["Copper Tide ranked No. 3 on Netflix's non-English TV list with 4.2 million views."] }, { property: "views", subject: "Copper Tide", value: 2_900_000 }],
  // chart.unit-then-figure: a percentage is a change, not a figure; a relative clause after another work is that work's.
  ["Views of Copper Tide rose 28 percent over the week.", { title: "Copper Tide" }, { property: "views" }],
  ["Copper Tide sits behind Tuesday Season 2, which views climbed to 9.4 million.", { title: "Copper Tide" }, { property: "views", subject: "Copper Tide", value: 9_400_000 }],
  // chart.title-figure-list: a figure without views.
  ["The budget of Copper Tide (20 million) was the studio's biggest.", { title: "Copper Tide" }, { property: "views" }],
  // chart.leads: the title after "go to" leads.
  ["Top honors for the week go to “Velvet Harbor”, with Copper Tide close behind.", { title: "Copper Tide" }, { property: "rank", subject: "Copper Tide", value: 1 }],
  // chart.most-watched: one of many.
  ["Copper Tide is one of the most-watched series on the platform.", { title: "Copper Tide" }, { property: "rank" }],
  // chart.weeks-at-1: weeks at No. 1 are not said to be in a row.
  ["Copper Tide has spent five weeks at No. 1 on the chart.", { title: "Copper Tide" }, { property: "consecutive-weeks-at-number-1" }],
  // chart.weeks-in-top-10: weeks at No. 1 are not counted as weeks in the Top 10.
  ["Copper Tide spent three weeks in the number one spot on the Top 10.", { title: "Copper Tide" }, { property: "weeks-in-top-10", value: 3 }],
  // chart.numbered-list: a list of films.
  ["2) Copper Tide", { title: "Copper Tide", before: ["Hulu Top 10 films for the week of June 3, 2024:", "1) Velvet Harbor"] }, { property: "rank" }],
  // rating.critics: a count of reviews is no score.
  ["On Rotten Tomatoes, with 120 reviews counted, the season sits at 91%.", { title: "Copper Tide" }, { property: "rating", value: 120 }],
  // rating.table-row: the row's own title.
  ["Velvet Harbor 12 SBS 11.6%", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "rating", subject: "Copper Tide" }],
  // rating.points: a score without a ratings company is no broadcast rating; a count of Douban users is no score.
  ["Fans gave the finale a 9.6 rating in an online poll.", { title: "Copper Tide" }, { property: "rating", value: 9.6 }],
  ["More than 210,000 Douban users have rated it, a record of 8.9 rating points on the site.", { title: "Copper Tide" }, { property: "rating", value: 210000 }],
  // A launch batch told days after the premiere is no season's size; a weekly drop is none either.
  ["It premiered on iQIYI on May 26 with four episodes.", { title: "Copper Tide", published: "2026-06-01" }, { property: "episode-count", value: 4 }],
  ["It has been dropping two episodes every Friday.", { title: "Copper Tide", published: "2026-06-01" }, { property: "episode-count", value: 2 }],
  // A post's views are not the show's: a hashtag, a trailer.
  ["Fans have been buzzing for weeks, and the drama's Weibo hashtag has passed 800 million views.", { title: "Copper Tide" }, { property: "views" }],
  ["The first trailer drew 12 million views in a day.", { title: "Copper Tide" }, { property: "views" }],
  // Found by review: a rival's rating, a poll's score, a novel's Douban score, a popularity index; a week's views beside
  // talk of an engagement report.
  ["According to TİAK data, the finale drew a 7.1 rating among Total Individuals, while rival show Yalı Çapkını posted a 9.3 rating in the same slot.", { title: "Copper Tide" }, { property: "rating", value: 9.3 }],
  ["The drama's star earned a 4.5 rating on a fan poll last year.", { title: "Copper Tide", before: ["According to Nielsen Korea, episode 4 recorded a nationwide rating of 6.2 percent."] }, { property: "rating", value: 4.5 }],
  ["On Douban, the novel it adapts holds a score of 8.9 out of 10, while the drama itself has yet to receive a score.", { title: "Copper Tide" }, { property: "rating", value: 8.9 }],
  ["The drama has climbed to No. 2 on Douban's weekly chart, with a popularity index of 7.6 on the platform.", { title: "Copper Tide" }, { property: "rating", value: 7.6 }],
  ["Copper Tide drew 3.1 million views this week, Netflix said; the half-year engagement report comes out in July.", { title: "Copper Tide" }, { property: "views", scope: "cumulative" }],
  // A review of the episodes seen so far counts no season.
  ["Across its first three episodes, the thriller takes its time.", { title: "Ashen Vow" }, { property: "episode-count", value: 3 }],
  ["Over its first five episodes, the drama wanders.", { title: "Ashen Vow" }, { property: "episode-count", value: 5 }],
  // How many episodes a person was in is no count of the season.
  ["He was only in two episodes, but fans loved him.", { title: "Ashen Vow", before: ["Ashen Vow season 2 ended last week."] }, { property: "episode-count", value: 2 }],
  // "was followed by A at No. 2 and B at No. 3": the others' places, not the show's.
  ["The drama was followed by Netflix's Glass Canal at No. 2 and Peacock's Salt Road at No. 3.", { title: "Ashen Vow", before: ["Ashen Vow held the top spot on the streaming chart this week."] }, { property: "rank", subject: "Ashen Vow", value: 3 }],
  // "after seven series and 52 episodes": the whole run's total.
  ["The sitcom comes to a close after seven series and 52 episodes.", { title: "Ashen Vow" }, { property: "episode-count", value: 52 }],
  // A rival's figure set beside the show's: "since Other Show scored 13.0% in 2024".
  ["It is the best premiere for the Monday slot since Hoshi no Tabi scored 13.0% in 2024, according to Video Research.", { title: "Ashen Vow" }, { property: "rating", value: 13 }],
];
