import type { CaseOptions, Wanted } from "../../../../test/support/extract-case.ts";

// Season statuses (renewed, cancelled, final, in development, not yet renewed) and production events.
export const statusCases: [string, CaseOptions, Wanted][] = [
  // "neither renewed nor cancelled", "no decision has been made": left open.
  ["The streamer has neither renewed nor cancelled Fenmarsh.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "unconfirmed" }],
  ["The network said that no decision has been made about a fourth season of Fenmarsh.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "unconfirmed", season: 4 }],
  // Found by review: a cast list in the show's aside does not make a cancellation a departure; a "not yet confirmed by" the
  // platform is the outlet's report.
  ["Harbor Lights, starring Ava Stone, Ben Park and Cole Dane, won't be back for a third season.", { title: "Harbor Lights" }, { property: "season-status", value: "cancelled", season: 3 }],
  ["Harbor Lights season 2 has not yet been confirmed by Netflix.", { title: "Harbor Lights" }, { property: "season-status", value: "unconfirmed", season: 2, certainty: "reported" }],
  // The season noun left out after an ordinal: "ordered a fifth".
  ["Fenmarsh is back for a fourth series, and the BBC has already ordered a fifth.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "renewed", season: 5 }],
  // A renewal a media outlet reported stays a report; the network's own "nothing has been decided" is its word.
  ["On the 2nd, a media outlet reported that the hit ENA drama had been renewed for a second season.", { title: "Ashen Vow", published: "2025-12-03" }, { property: "season-status", value: "renewed", season: 2, certainty: "reported" }],
  ["ENA responded, \"Nothing has been decided regarding a second season of Ashen Vow.\"", { title: "Ashen Vow", published: "2025-12-03" }, { property: "season-status", value: "unconfirmed", season: 2, certainty: "confirmed" }],
  ["Netflix has officially renewed Wednesday for a second season.", { title: "Wednesday" }, { property: "season-status", value: "renewed", season: 2, certainty: "confirmed" }],
  ["The Bear has been renewed for Season 4 at FX.", { title: "The Bear" }, { property: "season-status", value: "renewed", season: 4 }],
  ["Apple TV+ has ordered a third season of Severance.", { title: "Severance" }, { property: "season-status", value: "renewed", season: 3 }],
  ["Squid Game season 3 will be the show's final season, Netflix confirmed.", { title: "Squid Game" }, { property: "season-status", value: "final-season", season: 3 }],
  ["Netflix has cancelled 1899 after just one season.", { title: "1899" }, { property: "season-status", value: "cancelled" }],
  ["The network has confirmed that Fenmarsh will not get a third season.", { title: "Fenmarsh" }, { property: "season-status", value: "cancelled", season: 3 }],
  ["Amazon has axed the fantasy series, so there will be no season 3.", { title: "The Peripheral" }, { property: "season-status", value: "cancelled" }],
  ["Netflix's Ashen Vow has not yet been guaranteed a Season 2.", { title: "Ashen Vow" }, { property: "season-status", value: "unconfirmed", season: 2 }],
  ["There has been no official word on a Season 2 of Moving yet.", { title: "Moving" }, { property: "season-status", value: "unconfirmed", season: 2 }],
  ["Disney+ has yet to renew Moving for a second season.", { title: "Moving" }, { property: "season-status", value: "unconfirmed", season: 2 }],
  ["A second season of Sweet Home is in development, sources said.", { title: "Sweet Home" }, { property: "season-status", value: "in-development", season: 2 }],
  ["The streamer confirmed season 2 of All of Us Are Dead is officially happening.", { title: "All of Us Are Dead" }, { property: "season-status", value: "renewed", season: 2 }],
  ["HBO has greenlit a second season of House of the Dragon.", { title: "House of the Dragon" }, { property: "season-status", value: "renewed", season: 2 }],
  ["Stranger Things will conclude with its fifth season.", { title: "Stranger Things" }, { property: "season-status", value: "final-season", season: 5 }],
  ["Netflix has canceled the show after two seasons.", { title: "Shadow and Bone" }, { property: "season-status", value: "cancelled", season: 3 }],
  ["The Umbrella Academy was renewed for a fourth and final season.", { title: "The Umbrella Academy" }, { property: "season-status", value: "renewed", season: 4 }],
  ["Undertow 2 drops two new episodes every Wednesday on Disney+.", { title: "Undertow", published: "2023-07-10" }, { property: "season-status", value: "released", season: 2 }],
  // Invented shows.
  ["The drama's first and only season ended on a cliffhanger.", { title: "Copper Tide" }, { property: "season-status", value: "released", season: 1 }],
  // "another series" with no description is this show's next season (British usage), not another show.
  ["After another series of strong ratings, the BBC has renewed the drama for a third run.", { title: "Copper Tide" }, { property: "season-status", value: "renewed" }],
  // The noun "renewal" with a verb that says it happened.
  ["Copper Tide got its renewal just two weeks after launch.", { title: "Copper Tide" }, { property: "season-status", value: "renewed", season: 2 }],
  // A number sign inside a quoted title is the title's, not a rank: "“Mixtape #1”".
  ["A second season of “Mixtape #1” is on the way, the studio said.", { title: "Mixtape" }, { property: "season-status", value: "renewed", season: 2 }],
  ["Word is that a new season of \"Night Desk #3\" is in the works.", { title: "Night Desk" }, { property: "season-status", value: "renewed", season: 2 }],
];

export const statusTraps: [string, CaseOptions, Wanted][] = [
  // status.renewed, status.cancelled: "neither … nor" renews and cancels nothing; a network's habit is no decision; "nothing in development" is none.
  ["The streamer has neither renewed nor cancelled Fenmarsh.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "renewed" }],
  ["The streamer has neither renewed nor cancelled Fenmarsh.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "cancelled" }],
  ["Historically, the network announces renewals in the spring, so a verdict on Fenmarsh could come in May.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "renewed" }],
  ["\"There's nothing in development,\" he said of a sequel.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "in-development" }],
  ["The studio ordered a second batch of scripts for Fenmarsh.", { title: "Fenmarsh", published: "2026-01-08" }, { property: "season-status", value: "renewed", season: 2 }],
  // The cast, not the season, is yet to be confirmed.
  ["ITV has commissioned a second series; filming starts next year, with the cast yet to be confirmed.", { title: "Ashen Vow", published: "2025-10-13" }, { property: "season-status", value: "unconfirmed" }],
  ["The writer said she could not picture a third season without the actor.", { title: "Ashen Vow" }, { property: "season-status", season: 3 }],
  ["Should a Season 2 happen, it will probably pick up this thread.", { title: "Ashen Vow" }, { property: "season-status", value: "renewed" }],
  ["Fans hope Netflix will renew the show for a second season.", { title: "Kingdom" }, { property: "season-status", value: "renewed" }],
  ["Heirs of the Tide was renewed for a special episode years ago.", { title: "Ashen Vow", before: ["Yoon Hae-sook is the writer of Heirs of the Tide."] }, { property: "season-status" }],
  // Invented shows.
  ["The lead also has a film, Night Ride, in the works.", { title: "Civil Servants" }, { property: "season-status", value: "in-development" }],
  ["The creator shared a season 2 trailer (that season is out now) and gave an update on season 3.", { title: "Couch Talk" }, { property: "season-status", value: "released", season: 3 }],
  // status.not-yet: a relative clause is about the title it follows.
  ["Unlike Velvet Harbor, which has not been renewed yet, Copper Tide is coming back.", { title: "Copper Tide", before: ["Velvet Harbor (2019) was a hit for the same studio."] }, { property: "season-status", subject: "Copper Tide", value: "unconfirmed" }],
  // status.cancelled: a person not coming back.
  ["Kwak Jun-seo is not coming back for the new season.", { title: "Copper Tide" }, { property: "season-status", value: "cancelled" }],
  // Not renewed so far, a cancellation left open, a second season denied: none is a cancellation, nor a renewal.
  ["The streamer has not renewed Fenmarsh yet.", { title: "Fenmarsh" }, { property: "season-status", value: "cancelled" }],
  ["The network has not announced a renewal or cancellation.", { title: "Fenmarsh" }, { property: "season-status", value: "cancelled" }],
  ["Fenmarsh was always meant as a limited series and will not get a second season.", { title: "Fenmarsh" }, { property: "season-status", value: "renewed" }],
  // status.only-season: "only season so far" is no cancellation.
  ["Its only season so far has twelve episodes.", { title: "Copper Tide" }, { property: "season-status", value: "cancelled" }],
  ["The streamer has not yet announced the cast of the third season.", { title: "Copper Tide" }, { property: "season-status", value: "unconfirmed", season: 3 }],
  // A section heading names a topic: "Season 2 Renewal" asserts nothing.
  ["Copper Tide Season 2 Renewal", { title: "Copper Tide", before: ["Copper Tide aired its first season last year."] }, { property: "season-status", value: "renewed" }],
  // A habit of the trade, said of no show.
  ["The streamer typically waits a month after a premiere before it confirms a renewal.", { title: "Copper Tide" }, { property: "season-status", value: "renewed" }],
  ["Networks usually cancel a drama like this one after a single season.", { title: "Copper Tide" }, { property: "season-status", value: "cancelled" }],
  // Another show brought in as an example, by description only.
  ["Consider Paper Moon, another Chilean crime series: it premiered in May 2018 and got its renewal a month later.", { title: "Copper Tide" }, { property: "season-status", subject: "Copper Tide", value: "renewed" }],
  // A rank after an unquoted title is a chart place, not part of a title a renewal could attach to.
  ["Mixtape #1 on the chart is a new season of another show, not a renewal.", { title: "Copper Tide" }, { property: "season-status", subject: "Copper Tide", value: "renewed" }],
  // "announced a new schedule for the series" orders no season.
  ["The broadcaster confirmed the accident on Tuesday, when it also announced a new schedule for the series.", { title: "Copper Tide", published: "2026-11-05" }, { property: "season-status", value: "renewed" }],
  // "get the season earlier": a region's earlier release of a season already ordered, no renewal.
  ["Viewers in Spain will get the season a week earlier, on October 2.", { title: "Copper Tide", before: ["Copper Tide returns for its second season on October 9."] }, { property: "season-status", value: "renewed" }],
  // A writers' room not yet convened is no development.
  ["The show's writers' room has not been convened.", { title: "Copper Tide" }, { property: "season-status", value: "in-development" }],
  // "confirmed a third season, which will begin in September": the month is the season's start, not the renewal's.
  ["The channel has already confirmed a third season, which will begin in September.", { title: "Copper Tide", published: "2027-06-02" }, { property: "production-event", value: "renewed", pointInTime: "2026-09-01" }],
];

export const eventCases: [string, CaseOptions, Wanted][] = [
  // Plans told as "go into production" and "will be filmed": a planned start in the window given.
  ["Season 2 is set to go into production in Norway in spring 2027.", { title: "Copper Tide" }, { property: "production-event", value: "filming-started", season: 2 }],
  ["The second season will be filmed in Aberdeen in 2027.", { title: "Copper Tide" }, { property: "production-event", value: "filming-started", season: 2 }],
  // What the production is of may run a few words before the halt.
  ["Production on the second season of HBO's Northwind Hollow was halted on March 9 after the showrunner stepped away.", { title: "Northwind Hollow", published: "2026-03-17" }, { property: "production-event", value: "filming-halted", pointInTime: "2026-03-09" }],
  // The day of an announcement told before its verb, or with the date itself the subject.
  ["ZEE5 on Wednesday dropped the trailer of Northwind Hollow and also locked its premiere date: the season starts streaming on Friday, March 27.", { title: "Northwind Hollow", published: "2026-03-04" }, { property: "production-event", value: "date-announced", pointInTime: "2026-03-04" }],
  ["The date was revealed on Saturday at a fan event in Oslo.", { title: "Northwind Hollow", published: "2025-09-22", before: ["Northwind Hollow will premiere on Friday, November 14."] }, { property: "production-event", value: "date-announced", pointInTime: "2025-09-20" }],
  // A season pushed back, dated by the day the streamer said so; "to April" is no part of the title.
  ["Apple TV has pushed back the second season of Halfmoon Bay to April, the streamer said Wednesday.", { title: "Halfmoon Bay", published: "2026-01-09" }, { property: "production-event", value: "postponed", pointInTime: "2026-01-07" }],
  // "a shoot that began in February", "cameras have been rolling since February 9", "Cameras first rolled in June 2025".
  ["iQIYI shared a poster on June 20, marking the end of a shoot that began in February at Hengdian.", { title: "Copper Tide", published: "2025-06-23" }, { property: "production-event", value: "filming-started", pointInTime: "2025-02-01" }],
  ["Netflix renewed it in January, and cameras have been rolling in Mexico City since February 9.", { title: "Copper Tide", published: "2026-03-01" }, { property: "production-event", value: "filming-started", pointInTime: "2026-02-09" }],
  ["Cameras first rolled in June 2025, with a shoot that moved between two cities.", { title: "Copper Tide", published: "2025-11-03" }, { property: "production-event", value: "filming-started", pointInTime: "2025-06-01" }],
  // The date in the event's own clause, not the one the sentence gave first.
  ["FX renewed the series in September, and production on Season 3 wrapped in Kentucky in February.", { title: "Copper Tide", published: "2026-03-17" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2026-02-01" }],
  // A start told in the present or the infinitive while its window holds the article's day: planned, not begun.
  ["Northwind Hollow will be back for a third season, and cameras roll in Tromsø this spring.", { title: "Northwind Hollow", published: "2026-03-20" }, { property: "production-event", value: "filming-started", pointInTime: "2026-01-01", planned: true }],
  ["The fourth chapter is to begin production this summer in Calgary.", { title: "Northwind Hollow", published: "2025-06-02" }, { property: "production-event", value: "filming-started", pointInTime: "2025-01-01", planned: true }],
  // A shoot told as a range of months, with the year relative to the article or left to the tense.
  ["Filming took place at Ashdown Film Studios between March and July last year.", { title: "Northwind Hollow", published: "2025-08-18" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2024-07-01" }],
  ["The second season will be filmed in and around Tromsø from May to August.", { title: "Northwind Hollow", published: "2025-10-01" }, { property: "production-event", value: "filming-started", pointInTime: "2026-05-01" }],
  // A resumption, planned or done.
  ["Filming is expected to resume on April 20.", { title: "Copper Tide", published: "2026-03-17" }, { property: "production-event", value: "filming-resumed", pointInTime: "2026-04-20" }],
  ["Cameras are scheduled to roll again on Monday, May 4.", { title: "Copper Tide", published: "2026-03-17" }, { property: "production-event", value: "filming-resumed", pointInTime: "2026-05-04" }],
  ["Production resumed in June after the strike.", { title: "Copper Tide", published: "2026-03-17" }, { property: "production-event", value: "filming-resumed", pointInTime: "2025-06-01" }],
  // A weekday right after a past verb is in the past, though the sentence goes on to what is coming.
  ["CBC has renewed Copper Tide for a third season, the broadcaster announced Wednesday, just days before the finale airs next Monday, March 30.", { title: "Copper Tide", published: "2026-03-26" }, { property: "production-event", value: "renewed", pointInTime: "2026-03-25" }],
  // News of a wrap told by a post the article dates: the post's day, not the article's.
  ["Its star confirmed that filming on Copper Tide has wrapped.", { title: "Copper Tide", published: "2024-05-03", before: ["On Tuesday, the actress posted a photo of the final slate on Instagram."] }, { property: "production-event", value: "filming-wrapped", pointInTime: "2024-04-30" }],
  // A part named after the shoot's noun; a duration ("for a day") is no date, and "an estimated" figure is no guess about the event.
  ["Production on Part 2 was halted for a week last year after a fire destroyed an estimated $2 million of sets.", { title: "Copper Tide", published: "2024-05-01" }, { property: "production-event", value: "filming-halted", pointInTime: "2023-01-01", certainty: "reported" }],
  ["Filming on Part 3 began in March 2024.", { title: "Copper Tide", published: "2024-05-01" }, { property: "production-event", value: "filming-started", pointInTime: "2024-03-01" }],
  ["Filming for Squid Game season 2 began in July 2023.", { title: "Squid Game" }, { property: "production-event", value: "filming-started", pointInTime: "2023-07-01", season: 2 }],
  ["Production on the second season kicked off on March 4, 2024.", { title: "Wednesday", published: "2024-05-01" }, { property: "production-event", value: "filming-started", pointInTime: "2024-03-04", season: 2 }],
  ["Cameras started rolling on season 3 in Atlanta last week.", { title: "Stranger Things", published: "2024-01-15" }, { property: "production-event", value: "filming-started", season: 3 }],
  ["Filming wrapped on the drama on June 9, 2021.", { title: "Ashen Vow" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2021-06-09" }],
  ["The cast has officially wrapped filming, the agency announced in February 2024.", { title: "Queen of Tears" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2024-02-01" }],
  ["Shooting finished in late 2023, and the series is now in post-production.", { title: "Gyeongseong Creature" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2023-01-01" }],
  ["Production was halted in July 2023 due to the strikes.", { title: "Stranger Things" }, { property: "production-event", value: "filming-halted", pointInTime: "2023-07-01" }],
  ["Filming resumed in January 2024 after the strike ended.", { title: "Stranger Things" }, { property: "production-event", value: "filming-resumed", pointInTime: "2024-01-01" }],
  ["The cast gathered for the first script reading on May 10, 2023.", { title: "Moving" }, { property: "production-event", value: "script-reading", pointInTime: "2023-05-10" }],
  ["Season 2 is currently in post-production.", { title: "Arcane", published: "2024-03-01" }, { property: "production-event", value: "post-production" }],
  ["Filming is now underway in Seoul.", { title: "Squid Game", published: "2023-07-20" }, { property: "production-event", value: "filming-started", pointInTime: "2023-07-20" }],
  ["Production Status: Filming (Last Updated: 12/05/2023)", { title: "Sweet Home" }, { property: "production-status", value: "filming", pointInTime: "2023-05-12" }],
  ["Production Status: Post-Production (Last Updated: 14/02/2021)", { title: "Ashen Vow" }, { property: "production-status", value: "post-production", pointInTime: "2021-02-14" }],
  ["Season two, which lands on May 9, is shooting in Toronto right now.", { title: "Hive", published: "2023-01-10" }, { property: "production-event", value: "filming-started", season: 2 }],
  ["The second season is now shooting, and, as many predicted, the show keeps getting bigger.", { title: "Ring Lords", published: "2023-01-10" }, { property: "production-event", value: "filming-started", season: 2, certainty: "reported" }],
  ["The second season had been set to begin shooting on Monday, May 8, but the shoot is now on hold indefinitely.", { title: "Ranch 1901", published: "2023-06-20" }, { property: "production-event", value: "filming-postponed", season: 2 }],
  ["The show will start shooting very soon.", { title: "Couch Talk", published: "2024-12-01" }, { property: "production-event", value: "in-development" }],
  ["Season 1 shot from March to July 2021 and premiered that winter.", { title: "Couch Talk", published: "2024-12-01" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2021-07-01", season: 1 }],
  // status.renewed: news that has happened, dated by a month without its year, is the last such month before the article.
  ["In December, the much-loved period drama got the green light for a third season.", { title: "Couch Talk", published: "2024-08-11" }, { property: "production-event", value: "renewed", pointInTime: "2023-12-01", season: 3 }],
  // "series five": a season numbered in words after the British "series".
  ["Filming on series five began in Glasgow last month.", { title: "Couch Talk", published: "2025-07-10" }, { property: "production-event", value: "filming-started", pointInTime: "2025-06-01", season: 5 }],
  // status.renewed: the premiere's date in a relative clause is not the renewal's; the next date is.
  ["\"Couch Talk,\" which premiered June 6, was renewed for a second season last month.", { title: "Couch Talk", published: "2025-07-10" }, { property: "production-event", value: "renewed", pointInTime: "2025-06-01", season: 2 }],
  // status.renewed: the day of a press release is the renewal's.
  ["HBO confirmed in a press release on March 3 that the fantasy series has been renewed for a third season.", { title: "Couch Talk", published: "2025-03-10" }, { property: "production-event", value: "renewed", pointInTime: "2025-03-03", season: 3 }],
  // production.filming-started: a shoot expected to start "in the fall" is dated by the coming fall, not by the premiere's year.
  ["Filming is expected to start in the fall, which would put season 3 on track for a 2027 premiere.", { title: "Couch Talk", published: "2025-03-10" }, { property: "production-event", value: "filming-started", pointInTime: "2025-01-01", season: 3 }],
  // With no date at all, a shoot still to start is a season in development.
  ["Filming is expected to start soon, according to the producers.", { title: "Couch Talk", published: "2025-03-10", before: ["Couch Talk has been renewed for a third season."] }, { property: "production-event", value: "in-development", season: 3 }],
  ["Season 2 was then in production from January to June 2023.", { title: "Couch Talk", published: "2024-12-01" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2023-06-01", season: 2 }],
  ["Season 2 was in production from February to May 2023.", { title: "Couch Talk", published: "2024-12-01" }, { property: "production-event", value: "filming-started", pointInTime: "2023-02-01", season: 2 }],
  ["Cameras are set to roll later this year.", { title: "Cellblock", published: "2025-07-06" }, { property: "production-event", value: "filming-started", pointInTime: "2025-01-01" }],
  ["The studio revealed in March 2023 that the network would not air it.", { title: "Iron Line" }, { property: "production-event", value: "cancelled", pointInTime: "2023-03-01" }],
  ["The streamer made it official on May 2: the second season is coming out in July.", { title: "Cell Diary", published: "2024-05-10" }, { property: "production-event", value: "date-announced", pointInTime: "2024-05-02" }],
  ["On March 3rd, fan accounts on X started posting that filming had wrapped.", { title: "Ashen Vow", published: "2022-09-26" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2022-03-03", certainty: "rumored" }],
  // Invented shows.
  ["Production Status: Pre-Production (Last Updated: 02/04/2024)", { title: "Copper Tide" }, { property: "production-status", value: "in-development", pointInTime: "2024-04-02" }],
  ["The broadcast has been postponed because of the election coverage.", { title: "Copper Tide" }, { property: "production-event", value: "postponed" }],
  // A date counted from the one the sentence gave before it; the renewal after a season's premiere is of the next season.
  ["Copper Tide premiered in April 2025 and was renewed two months later.", { title: "Copper Tide", published: "2026-02-12" }, { property: "production-event", value: "renewed", pointInTime: "2025-06-01", season: 2 }],
  ["The first season premiered in February 2025 and was renewed the following month.", { title: "Copper Tide", published: "2026-02-12" }, { property: "production-event", value: "renewed", pointInTime: "2025-03-01", season: 2 }],
  ["Season 2 premiered in June 2025 and was quickly renewed.", { title: "Copper Tide", published: "2026-02-12" }, { property: "season-status", value: "renewed", season: 3 }],
  // A delay is dated by the day it was told, not by the premiere it gives up.
  ["Hulu has pushed back Copper Tide's second season, moving the premiere from Feb. 13 to April 10, the streamer said Wednesday.", { title: "Copper Tide", published: "2026-01-08" }, { property: "production-event", value: "postponed", pointInTime: "2026-01-07" }],
  ["The network announced the delay on Tuesday in a short statement.", { title: "Copper Tide", published: "2026-03-18" }, { property: "production-event", value: "postponed", pointInTime: "2026-03-17" }],
  // "also confirmed" in the sentence after "said yesterday": the same day's news.
  ["The broadcaster also confirmed it has already commissioned a third series.", { title: "Copper Tide", published: "2026-02-12", before: ["ITV said yesterday that Copper Tide will return for a second series next Thursday."] }, { property: "production-event", value: "renewed", pointInTime: "2026-02-11", season: 3 }],
  // A wrap told with a long aside between the shoot and its verb, and a wrap dated by the day its poster was shared.
  ["Filming on “Copper Tide” (“Ashes of Marigold”), Netflix's new Mexican series from writer and showrunner Ana Ruiz, wrapped last Friday in the town of Teotitlán.", { title: "Copper Tide", published: "2025-11-05" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2025-10-31" }],
];

export const eventTraps: [string, CaseOptions, Wanted][] = [
  // production.filming-started: a show that never went ahead, and a shoot told in the past without a date.
  ["The comedy will never go into production.", { title: "Copper Tide" }, { property: "production-event", value: "filming-started" }],
  ["The comedy never went into production.", { title: "Fenmarsh" }, { property: "production-event", value: "filming-started" }],
  // Found by review: an airing's range is no shoot; a wrap told ahead is planned.
  ["The series was filmed in Belfast and aired between March and June last year.", { title: "Northwind Hollow", published: "2026-03-01" }, { property: "production-event", value: "filming-started" }],
  ["The first season, filmed in Atlanta, ran from January to April 2025 on FX.", { title: "Northwind Hollow", published: "2026-03-01" }, { property: "production-event", value: "filming-wrapped" }],
  ["Season 2 will wrap filming this fall.", { title: "Northwind Hollow", published: "2026-03-01" }, { property: "production-event", value: "filming-wrapped", planned: undefined }],
  // production.date-announced: the day a trailer came out, with no date of release in the sentence, announces no date.
  ["ZEE5 on Wednesday dropped the trailer of Northwind Hollow.", { title: "Northwind Hollow", published: "2026-03-04" }, { property: "production-event", value: "date-announced" }],
  // A shoot put off is no release put off.
  ["Production on season 2 of Halfmoon Bay has been pushed back to May.", { title: "Halfmoon Bay", published: "2026-01-09" }, { property: "production-event", value: "postponed" }],
  // Found by review: "will be aired on June 13" is to come, not a year back.
  ["The Harbor Lights finale will be aired on June 13.", { title: "Harbor Lights", published: "2025-05-07" }, { property: "production-event", pointInTime: "2024-06-13" }],
  // Rolling again is no first start.
  ["Cameras are scheduled to roll again on Monday, May 4.", { title: "Copper Tide", published: "2026-03-17" }, { property: "production-event", value: "filming-started" }],
  // production.filming-started: the premiere's year is not when filming starts.
  ["Filming is expected to start in the fall, which would put season 3 on track for a 2027 premiere.", { title: "Couch Talk", published: "2025-03-10" }, { property: "production-event", value: "filming-started", pointInTime: "2027-01-01" }],
  // status.renewed: a date after the article is when the season comes, not when it was renewed.
  ["The police drama will be back for a fifth series in spring 2026.", { title: "Couch Talk", published: "2025-07-10" }, { property: "production-event", value: "renewed", pointInTime: "2026-04-01" }],
  // production.filming-started: when production will begin is a question the article cannot answer yet.
  ["There are still no confirmed dates for when production will begin or when the show will be released.", { title: "Couch Talk", published: "2022-06-28" }, { property: "production-event", value: "filming-started" }],
  // Two posts on two days: which one told of the wrap is unclear, so neither day is taken.
  ["Its star confirmed that filming on Copper Tide has wrapped.", { title: "Copper Tide", published: "2024-05-03", before: ["On Monday, the director posted a teaser.", "On Tuesday, the actress shared a photo of the final slate."] }, { property: "production-event", pointInTime: "2024-04-29" }],
  // "for a day": a duration, never the day after the article.
  ["Filming was halted for a day after the storm.", { title: "Copper Tide", published: "2024-05-01" }, { property: "production-event", pointInTime: "2024-05-02" }],
  ["The second season had been set to begin shooting on Monday, May 8, but the shoot is now on hold indefinitely.", { title: "Ranch 1901", published: "2023-06-20" }, { property: "production-event", value: "filming-started" }],
  ["The show will start shooting very soon.", { title: "Couch Talk", published: "2024-12-01" }, { property: "production-event", value: "filming-started" }],
  // Invented shows: each rule's trigger where its event or its date would be wrong.
  // production.filming-wrapped: a wrap long ago is not today's news.
  ["Filming wrapped long ago.", { title: "Copper Tide" }, { property: "production-event", value: "filming-wrapped", pointInTime: "2024-06-01" }],
  // production.shot-from: one year is no start and wrap.
  ["Season 1 was shot in 2022.", { title: "Copper Tide" }, { property: "production-event", value: "filming-started", pointInTime: "2022-01-01" }],
  // production.filming-halted, production.filming-resumed: "until" is where a pause or a shoot runs to, not when it happened.
  ["Filming was suspended until March 2025.", { title: "Copper Tide" }, { property: "production-event", value: "filming-halted", pointInTime: "2025-03-01" }],
  ["Filming resumed and will continue until September 2024.", { title: "Copper Tide" }, { property: "production-event", value: "filming-resumed", pointInTime: "2024-09-01" }],
  // production.script-reading: a bound ("before March") is no day.
  ["The first script reading took place before March 2024.", { title: "Copper Tide" }, { property: "production-event", value: "script-reading", pointInTime: "2024-03-01" }],
  // production.post-production: not there yet.
  ["The season is expected to be in post-production by May.", { title: "Copper Tide" }, { property: "production-event", value: "post-production" }],
  // production.status-line: pre-production is not filming.
  ["Production Status: Pre-Production (Last Updated: 02/04/2024)", { title: "Copper Tide" }, { property: "production-status", value: "filming" }],
  // production.release-postponed: the filming schedule, not the release.
  ["The release of the filming schedule was delayed by a week.", { title: "Copper Tide" }, { property: "production-event", value: "postponed" }],
  // production.date-announced: the one date is the premiere's.
  ["Hulu announced May 2 as the premiere date.", { title: "Copper Tide" }, { property: "production-event", value: "date-announced" }],
  // "two months later" with no date before it counts from nothing; a renewal told of a season's premiere is not of that season.
  ["The cast reunited two months later to celebrate the renewal.", { title: "Copper Tide", published: "2026-02-12" }, { property: "production-event", value: "renewed", pointInTime: "2026-04-01" }],
  ["The first season premiered in February 2025 and was renewed the following month.", { title: "Copper Tide", published: "2026-02-12" }, { property: "season-status", value: "renewed", season: 1 }],
  // A dated return is a release, not news of a renewal.
  ["ITV said yesterday that Copper Tide will return for a second series next Thursday at 9pm.", { title: "Copper Tide", published: "2026-02-12" }, { property: "production-event", value: "renewed" }],
  // Found by review: "put those rumours to rest by renewing" confirms; a denial of something else leaves a renewal alone.
  ["Hulu put those rumours to rest on Monday by renewing Copper Tide for a third season.", { title: "Copper Tide", published: "2026-05-01", before: ["For weeks, fans feared the show had been quietly cancelled."] }, { property: "season-status", value: "renewed", certainty: "denied" }],
  ["Hulu renewed Copper Tide for a third season on Monday.", { title: "Copper Tide", published: "2026-05-01", after: ["The same day, the network denied reports that the spin-off had been scrapped."] }, { property: "season-status", value: "renewed", certainty: "denied" }],
  // "looks forward to resuming production": a wish, not a restart.
  ["The streamer said it looks forward to resuming production as soon as possible.", { title: "Copper Tide" }, { property: "production-event", value: "filming-resumed" }],
];
