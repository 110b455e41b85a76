import { atMost } from "../../../domain/certainty.ts";
import { compilePattern } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext } from "../engine/rule.ts";
import { CARDINAL, parseCardinal } from "../vocab/numbers.ts";
import { numberValue, renewedSeason, seasonQualifier } from "./helpers.ts";

/** Critics' scores and broadcast ratings; episode counts. */

const RATING_COMPANY = /\b(Nielsen Korea|Nielsen Philippines|Nielsen(?:'s)? (?:TAM|Media Research)|Nielsen|TNmS|Kantar(?: Media| IBOPE)?|AGB Nielsen|Video Research|BARC|T[İI]AK|BARB|OzTAM|Numeris|Auditel|Médiamétrie)(?![\p{L}])/iu;

/** The ratings company a figure is read from: named in its sentence, else the last one its article named before it. */
function siteFor(context: RuleContext): string {
  const own = context.frame.text.match(RATING_COMPANY);
  if (own) return own[1]!.replace(/'s\b/, "");
  for (let i = context.sentence.index - 1; i >= 0; i--) {
    const earlier = context.article.frames[i]!.text.match(RATING_COMPANY);
    if (earlier) return earlier[1]!.replace(/'s\b/, "");
  }
  return "";
}

/** "after seven series and 52 episodes": a count of seasons before an episode count makes it the whole run's. */
const SEASONS_BEFORE_COUNT = new RegExp(`\\b(?:${CARDINAL})\\s+(?:series|seasons|runs)\\s+(?:and\\s+)?$`, "i");
const EPISODE_COUNT_WORD = new RegExp(`\\b(${CARDINAL})-episode\\b`, "i");

export const ratingRules: Rule[] = [
  {
    id: "rating.critics",
    produces: ["rating"],
    // "96% "Fresh" score on Rotten Tomatoes", "holds a solid 81% on the Rotten Tomatoes review aggregator", "Rotten Tomatoes score of 91%", "8.2/10 on IMDb"
    pattern: [
      /(?<value>\d{1,3}(?:\.\d)?)\s*(?:%|percent)[^.;]{0,40}?\b(?<site>Rotten Tomatoes|Metacritic|IMDb|MyDramaList)\b/gi,
      // "Its Douban score has settled at 7.9", "the Douban score ticked up to 8.4 out of 10"
      /\b(?<site2>Rotten Tomatoes|Metacritic|IMDb|MyDramaList|Douban)\b[^.;%]{0,60}?(?:score|rating|of|at|with|holds|to)\s+(?:an?\s+)?(?:impressive\s+|healthy\s+|perfect\s+|solid\s+)?(?<value2>\d{1,3}(?:\.\d)?)\s*(?<unit2>%|percent|\/\s*10|out of 10)?/gi,
      /(?<value3>\d(?:\.\d)?)\s*(?:\/\s*10|out of 10)\s+(?:on|from)\s+(?<site3>IMDb|MyDramaList|Douban)\b/gi,
      // "an 8.3 rating on IMDb", "a 74 on Metacritic", "74 on Metacritic", "lands 8.3 on Douban"
      /\b(?<value4>\d{1,2}(?:\.\d)?)\s+(?:(?:user\s+|average\s+|audience\s+)?(?:rating|score)\s+)?(?:on|from|at)\s+(?<site4>IMDb|MyDramaList|Metacritic|Douban)\b/gi,
    ],
    build: (match, context) => {
      const site = match.groups.site ?? match.groups.site2 ?? match.groups.site3 ?? match.groups.site4!;
      const value = Number(match.groups.value ?? match.groups.value2 ?? match.groups.value3 ?? match.groups.value4);
      // "No. 3 on IMDb's list", "ranked 4 on Metacritic's chart": a place, not a score.
      if (match.groups.value4 && /\b(?:no\.|number|#|ranked|ranks|place|spot|top)\s*$/i.test(context.frame.masked.slice(Math.max(0, match.index - 10), match.index))) return [];
      const tenScale = !!match.groups.value3 || /\/|out of/.test(match.groups.unit2 ?? "") || ((site === "IMDb" || site === "MyDramaList" || site === "Douban") && value <= 10);
      // A Douban score is out of ten; a larger figure near the name is a count of users or a popularity index. The score
      // of the novel it adapts, of another drama, or a chart's popularity index is not the show's.
      if (site === "Douban" && !tenScale) return [];
      if (site === "Douban" && /\b(?:novel|book|web ?novel|author|index|popularity|chart|earlier|previous|other|same director|same writer|sits at|while)\b/i.test(context.frame.text.slice(Math.max(0, context.frame.toOriginal(match.index) - 80), context.frame.toOriginal(match.index + match.text.length) + 10))) return [];
      if (!Number.isFinite(value) || (!tenScale && value > 100)) return [];
      return [{ property: "rating", value: numberValue(value), qualifiers: { site, scale: tenScale ? "10" : "percent" }, certainty: "reported", at: match.index }];
    },
  },
  {
    id: "rating.broadcast",
    produces: ["rating"],
    // "an average viewership rating of 3.8 percent", "climbed steadily to 12.4 percent", "an average combined people rating of 11.3 percent", "ending on a series high of 7.2%"
    pattern: /(?<value>\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent)(?!\s+(?:of|more|less|increase|decrease|growth|jump|rise|drop|share of|of those))/gi,
    build: (match, context) => {
      const text = context.frame.text;
      const value = Number(match.groups.value);
      if (!(value > 0 && value < 70)) return [];
      if (/Rotten Tomatoes|Metacritic|IMDb/i.test(text)) return [];
      const window = text.slice(Math.max(0, context.frame.toOriginal(match.index) - 120), context.frame.toOriginal(match.index) + 60);
      // A broadcast rating needs rating words near it: "viewership rating", "ratings", "nationwide", "Nielsen", "TAM".
      // "premiered to an encouraging 1.1 percent", in an article about ratings: the figure is the premiere's rating.
      const at = context.frame.toOriginal(match.index);
      const premieredTo = /\b(?:premiered|debuted|opened|kicked off|bowed|returned|ended|signed off|wrapped up|closed)\s+(?:to|with|at)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, at - 50), at)) && context.article.sentences.some((s) => /\b(?:ratings?|viewership|Nielsen)\b/i.test(s.text));
      // In an article about ratings, an episode's figure told without the word: "episode 9 earned 9.4 percent the night before",
      // "premiered on October 17 with 6.8 percent", "Saturday's 37th episode drew 19.8 percent".
      const episodeFigure = /\b(?:episodes?|ep\.|premiere|premiered|finale|drew|earned|scored|recorded|posted|logged|opened|debuted|personal best|series high|highest|lowest)\b/i.test(window) && !/\b(?:revenue|subscri\w*|sales|share price|stock|budget|growth|audience share|of (?:viewers|respondents|fans|the audience))\b/i.test(window) && context.article.sentences.some((s) => /\b(?:ratings?|viewership|Nielsen|TNmS)\b/i.test(s.text));
      if (!premieredTo && !episodeFigure && !/\b(?:ratings?|viewership|nationwide|metropolitan|Seoul|Nielsen|TAM|TNmS|audience share|people rating|household rating|rated|mark)\b/i.test(window)) return [];
      // "could top the 6.0 percent mark next week": a writer's threshold; "up 41%": growth.
      // "the best premiere for the slot since Other Show scored 13.0% in 2024": a rival's figure set beside the show's.
      if (/\bsince\s+[“"‘']?[\p{Lu}\p{N}][^,.;!?]{0,60}?\s(?:scored|drew|recorded|posted|hit|reached|earned|averaged|pulled in|rated|logged)\s+(?:an?\s+|its\s+)?$/u.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 80), context.frame.toOriginal(match.index)))) return [];
      // (Not the month: "aired on May 20, scored 9.7 percent".)
      if (/\b(?:will likely|could|may(?!\s+\d)|might|expected to|likely)\b[^.]{0,60}$/i.test(text.slice(0, context.frame.toOriginal(match.index)))) return [];
      if (/\b(?:by|up|down|grew|growing|grown|increase[ds]?|increasing|rose|rising|risen|rose by|jumped|jumping|fell|falling|fallen|dropped|dropping|climbed|climbing|slipped|declined|declining)\s+(?:more than\s+|nearly\s+|almost\s+|about\s+)?$/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 20), context.frame.toOriginal(match.index)))) return [];
      // "the ninth episode to top 6.0 percent", "could break past the 7 percent mark": a threshold crossed, not a rating.
      if (/\b(?:to\s+)?(?:top|tops|topped|break(?:s)?(?:\s+past)?|broke(?:\s+past)?|surpass(?:es|ed)?|cross(?:es|ed)?|exceed(?:s|ed)?|pass(?:es|ed)?|past|above|over|under|below|beyond)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 25), context.frame.toOriginal(match.index))) || /^\s*(?:%|percent)\s+(?:mark|threshold|barrier|line)\b/i.test(text.slice(context.frame.toOriginal(match.index) + match.groups.value!.length))) return [];
      const site = siteFor(context);
      const area = window.match(/\b(nationwide|nationally|metropolitan|capital area|seoul)\b/i)?.[1]?.toLowerCase().replace("nationally", "nationwide").replace("capital area", "metropolitan");
      return [{ property: "rating", value: numberValue(value), qualifiers: { site, scale: "percent", ...(area ? { label: area } : {}) }, certainty: "reported", at: match.index }];
    },
  },
  {
    id: "rating.points",
    produces: ["rating"],
    // "drew a 7.1 rating among Total Individuals and a 9.6 rating in the AB group" (TİAK), written without a percent sign.
    pattern: /\b(?<value>\d{1,2}\.\d{1,2})\s+(?:(?:household|people|TV|total|average)\s+)?rating\b(?!s?\s+(?:on|from|at)\s+(?:IMDb|MyDramaList|Metacritic|Douban))/gi,
    build: (match, context) => {
      const value = Number(match.groups.value);
      if (!(value > 0 && value < 70) || /Rotten Tomatoes|Metacritic|IMDb|MyDramaList|Douban/i.test(context.frame.text)) return [];
      // Only figures a ratings company measured, named in the same sentence; a poll's or a critic's score is none.
      const own = context.frame.text.match(RATING_COMPANY);
      if (!own || /\b(?:poll|polls|critics?|reviewers?|fans?|viewers['’] (?:poll|vote)|popularity|index|score|scored by|Radio Times|Naver|Daum)\b/i.test(context.frame.text)) return [];
      // "…, while rival show X posted a 9.3 rating": a figure after "while" or "rival" is another show's.
      if (/\b(?:while|whereas|rival|competing|compared with|against)\b[^.;]*$/i.test(context.frame.masked.slice(0, match.index))) return [];
      const site = own[1]!.replace(/'s\b/, "");
      return [{ property: "rating", value: numberValue(value), qualifiers: { site, scale: "percent" }, certainty: "reported", at: match.index }];
    },
  },
  {
    id: "rating.table-row",
    produces: ["rating", "platform"],
    kinds: ["paragraph", "table", "heading"],
    // A weekly ratings table flattened to lines: "Salt and Fire 12 SBS 11.6%"
    pattern: compilePattern("^{title:t}\\s+\\d{1,3}\\s+{platform:p}\\s+(?<value>\\d{1,2}(?:\\.\\d{1,2})?)%\\s*$"),
    build: (match, context) => {
      const slot = context.slot(match, "t");
      const platform = context.slot(match, "p");
      if (slot?.kind !== "T" || platform?.kind !== "P") return [];
      const title = slot.title.title;
      return [
        { property: "rating", value: numberValue(Number(match.groups.value)), qualifiers: { site: siteFor(context), scale: "percent" }, certainty: "reported", title, at: match.index },
        { property: "platform", value: { type: "enum", value: platform.platform.name }, qualifiers: { label: "network" }, certainty: "reported", title, at: match.index },
        { property: "season-status", value: { type: "enum", value: "released" }, qualifiers: { season: 1 }, certainty: "confirmed", title, at: match.index },
      ];
    },
  },
];

/** Episode counts: "eight-episode", "ran for 12 episodes", "a six-parter", "all 10 episodes", "10 episodes in total". */
/** Seasons a count is said to share: "like season two", "the same as Season 2", "the same order as the first two", "as each of the previous three". */
function seasonsOfTheSameLength(context: RuleContext, season: number, at: number): number[] {
  const masked = context.frame.masked;
  const same = /\b(?:like|as with|as in|(?:exactly\s+)?the same (?:number |order |count |length )?as|matching)\s+(?:(?:each of|both of|all of)\s+)?(?:\u27E6S(\d+)\u27E7|the\s+(first|previous|last|other|earlier)\s+(two|three|four|five|\d)(?:\s+(?:seasons|series|runs))?)/i.exec(masked);
  if (!same) return [];
  // The comparison must be the count's own: "will have eight episodes and, like season 2, will be released weekly" compares the schedule.
  const between = at < same.index ? masked.slice(at, same.index) : masked.slice(same.index + same[0].length, at);
  if (Math.abs(same.index - at) > 90 || /\band\b|\bcompared\b|\bwhile\b|\bbut\b|;/i.test(between)) return [];
  if (same[1] !== undefined) {
    const slot = context.frame.slots[Number(same[1])];
    return slot?.kind === "S" ? slot.season.numbers.filter((n) => n !== season) : [];
  }
  const count = parseCardinal(same[3]!) ?? 0;
  if (count < 1 || count > 10) return [];
  const first = /first/i.test(same[2]!) ? 1 : season - count;
  return Array.from({ length: count }, (_, i) => first + i).filter((n) => n >= 1 && n !== season && n < season);
}

/** Whether the sentence dates what it tells at least two months before the article, or only to a month or a year. */
function toldLongAfter(context: RuleContext): boolean {
  const published = context.article.published;
  return context.frame.slots.some((s) => s.kind === "D" && !s.date.bound && (s.date.value.precision !== "day" || (published !== null && Date.parse(published) - Date.parse(s.date.value.date) > 60 * 86_400_000)) && (published === null || s.date.value.date <= published));
}

export const episodeRules: Rule[] = [
  {
    id: "episodes.up-from",
    produces: ["episode-count"],
    // "Season 2 had more episodes (up from 10 to 12)": the named season's count, and the one before it.
    pattern: compilePattern(`\\b(?:up|down|increased|rising|rose|grew|growing|cut|dropping|dropped|falling|fell)\\s+from\\s+(?<a>${CARDINAL})\\s+(?:episodes\\s+)?to\\s+(?<b>${CARDINAL})(?:\\s+episodes)?\\b`),
    build: (match, context) => {
      const a = parseCardinal(match.groups.a!);
      const b = parseCardinal(match.groups.b!);
      if (!a || !b || a < 2 || b < 2 || a > 60 || b > 60 || a === b) return [];
      const text = context.frame.masked;
      // The figures must be episodes: the unit in the match, or "episodes" just before it.
      if (!/episodes/i.test(match.text) && !/\bepisodes\b[\s(]*$/i.test(text.slice(Math.max(0, match.index - 25), match.index))) return [];
      const title = context.titleAt(match.index);
      const season = context.frame.slots.some((s) => s.kind === "S" && s.season.numbers.length === 1) ? context.seasonAt(match.index, title) : null;
      if (!season || season < 2) return [];
      const certainty = atMost(context.certainty, "reported");
      return [
        { property: "episode-count", value: numberValue(b), qualifiers: { season }, certainty, title, at: match.index },
        { property: "episode-count", value: numberValue(a), qualifiers: { season: season - 1 }, certainty, title, at: match.index },
      ];
    },
  },
  {
    id: "episodes.left-after",
    produces: ["episode-count"],
    // "with only two episodes left …, it aired Episode 14": the episode just aired and the ones left make the season.
    pattern: compilePattern(`\\b(?:only\\s+|just\\s+)?(?<n>${CARDINAL})\\s+(?:more\\s+)?episodes?\\s+(?:left|remaining|to go)\\b`),
    build: (match, context) => {
      const n = parseCardinal(match.groups.n!);
      if (!n || n > 30) return [];
      const aired = [...context.frame.text.matchAll(/\b(?:aired|airs|airing|broadcast|released|dropped|with)\s+(?:its\s+)?(?:episode|ep\.?)\s*(\d{1,2})\b/gi)];
      if (aired.length !== 1) return [];
      const total = Number(aired[0]![1]) + n;
      if (total < 2 || total > 60) return [];
      const title = context.titleAt(match.index);
      const season = context.seasonOrFirst(match.index, title);
      return [{ property: "episode-count", value: numberValue(total), qualifiers: season ? { season } : {}, certainty: atMost(context.certainty, "reported"), title, at: match.index }];
    },
  },
  {
    id: "episodes.in-season",
    produces: ["episode-count"],
    // "a second, eight-episode season", "its final 10-episode run": the count written inside the season's mention.
    pattern: compilePattern("\u27E6S(?<s>\\d+)\u27E7"),
    build: (match, context) => {
      const slot = context.frame.slots[Number(match.groups.s)];
      if (slot?.kind !== "S" || slot.season.numbers.length !== 1) return [];
      const count = slot.text.match(EPISODE_COUNT_WORD);
      const n = count ? parseCardinal(count[1]!) : undefined;
      if (!n || n < 2 || n > 60) return [];
      const title = context.titleAt(match.index);
      return [{ property: "episode-count", value: numberValue(n), qualifiers: { season: slot.season.numbers[0]! }, certainty: atMost(context.certainty, "reported"), title, at: match.index }];
    },
  },
  {
    id: "episodes.count",
    produces: ["episode-count"],
    pattern: compilePattern(`\\b(?<pre>first|last|final|remaining|only|next|latest|new|two more|all|the|its|of|with|a|total of|for|and)?\\s*(?<n>${CARDINAL})[- ](?:hour[- ]long\\s+|new\\s+|\\w+-minute\\s+)?(?<unit>episodes?|eps\\b|-episode|parter|part series|part(?=\\s+(?:[\\w-]+\\s+){0,2}(?:drama|series|thriller|run|serial|miniseries|adaptation|documentary|docuseries)\\b)|instalments?|installments?)(?<post>\\s+(?:a week|each week|every|per week|weekly|left|remaining|at a time|at once|on (?:the )?(?:premiere|launch|opening)|in (?:its|the) first week|available|so far|have aired|has aired|aired)\\b)?`),
    build: (match, context) => {
      const n = parseCardinal(match.groups.n!);
      if (!n || n < 2 || n > 60) return [];
      const pre = (match.groups.pre ?? "").toLowerCase();
      const text = context.frame.text;
      const at = context.frame.toOriginal(match.index);
      const around = text.slice(Math.max(0, at - 40), at + match.text.length + 40);
      // "over its first 12 episodes, the season ended": a total after all.
      // (Not "Over its first four episodes, the show drifts": a review of the part seen so far.)
      const wholeRun = /\b(?:ended|concluded|finished|wrapped up)\b/i.test(text);
      // "The new six-part series will begin filming": the coming season's length, as a UK outlet calls a season a series.
      const newSeasonCounted = pre === "new" && /-episode|-parter|-part\b|\spart series/i.test(match.text) && (/part series$/i.test(match.text) || /^\s+(?:[\p{Ll}-]+\s+)?(?:series|season|run|instalment|installment|chapter)\b/u.test(context.frame.masked.slice(match.end, match.end + 30)));
      // "Part 2, with the remaining six episodes": the rest of a season is a part's count when the sentence names the part.
      const partNamed = context.frame.slots.some((s) => s.kind === "R" && s.part.numbers.length === 1);
      // "the first half of season 2 … with its first five episodes": with a part named, its first episodes are that part's.
      if (["first", "last", "final", "remaining", "only", "next", "latest", "new", "two more"].includes(pre) && !(pre === "first" && wholeRun) && !((pre === "remaining" || pre === "first") && partNamed) && !newSeasonCounted) return [];
      if (match.groups.post) return [];
      // "two episodes every Wednesday", "first three episodes", "episodes 1-3": a release schedule, not a count.
      // "the 20-episode drama airs every Saturday": an adjective still counts the whole.
      const adjective = /-episode|-parter|-part\b/i.test(match.text);
      // "premiered with a four-episode launch", "a two-episode premiere": how many came out at once.
      if (adjective && /^\s+(?:launch|drop|batch|premiere|debut|opener|opening|block|release)\b/i.test(context.frame.masked.slice(match.end, match.end + 15))) return [];
      // "It has eight episodes, with two new episodes dropping every Friday": a count the sentence states outright keeps
      // its own clause; the schedule after the comma is another figure's.
      const stated = /\b(?:has|have|had|will have|comprises?|consists? of|totals?)(?:\s+(?:a total of|just|only))?\s*$/i.test(text.slice(Math.max(0, at - 25), at));
      if (!adjective && !stated && /\b(?:every|each|per|a week|weekly|at a time|batch|drop(?:s|ping)? two|premiere with|debut with|launch with|back-to-back)\b/i.test(around) && !/\b(?:total|in all|altogether|comprises?|consists?(?: of)?|spans?|ran for|runs? for|running for|will run|run of|season of|made up of)\b/i.test(around)) return [];
      // "premiered on iQIYI on Tuesday with four episodes": how many came out at once, not how many there are. A premiere
      // told long after it ("debuted on Max in November 2023 with eight episodes") gives the season's size.
      const launchedWith = pre === "with" && !adjective && /\b(?:premiered|premieres|debuted|debuts|launched|launches|arrived|arrives|dropped|drops|opened|opens|kicked off)\b/i.test(text.slice(0, at));
      if (launchedWith && !toldLongAfter(context)) return [];
      if (/\bepisodes?\s+\d/i.test(match.text)) return [];
      // "after seven series and 52 episodes": the whole run's total, across its seasons.
      if (SEASONS_BEFORE_COUNT.test(text.slice(Math.max(0, at - 30), at))) return [];
      // "planned as a 20-episode show, though it is unclear how many go to season one": no count for the season.
      if (/\b(?:not (?:yet )?clear|unclear|unknown|undecided|remains to be seen)\s+(?:how many|whether|if)\b/i.test(text)) return [];
      // "is directing two episodes", "wrote three episodes": a person's share of the season, not its length ("all seven" is all of it).
      if (pre !== "all" && /\b(?:direct|directs|directed|directing|write|writes|wrote|written|writing|helm|helms|helmed|helming|pen|penned|penning|appears? in|appeared in|guest[- ]stars? in|(?:was|were|is|are|be|been)\s+(?:only\s+|just\s+)?in|(?:only|just)\s+in)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 30), at).replace(/\s*(?:first|last|final|opening|closing)?\s*$/, " "))) return [];
      const title = context.titleAt(match.index);
      let season = context.seasonOrFirst(match.index, title);
      if (newSeasonCounted && !context.frame.slots.some((s) => s.kind === "S")) season = context.article.upcomingSeason.get(title) ?? season;
      // "after all eight episodes dropped on Aug. 27, the streamer has handed it a second season": the run that aired.
      if (season !== undefined && season >= 2 && renewedSeason(context.frame, match.index) === season && /\b(?:dropped|premiered|aired|debuted|launched|arrived|ran|streamed)\b/i.test(text) && !/\u27E6S\d+\u27E7[^.;,]*$/.test(context.frame.masked.slice(0, match.index))) season -= 1;
      // "The eight-episode series followed …" in an article about the next season: the season that aired.
      const upcoming = context.article.upcomingSeason.get(title);
      // So is "The eight-episode X features …": what the show is now, not what is coming, when nothing in the sentence looks ahead.
      if (!newSeasonCounted && !context.frame.slots.some((s) => s.kind === "S") && upcoming && season === upcoming && upcoming > 1 && context.seasonCarried(title) !== season && (/\b(?:was|were|had|followed|ran|aired|consisted|comprised|spanned|premiered|debuted)\b/i.test(text) || !/\b(?:will|'ll|set to|slated|expected|upcoming|coming|new season|next season|planned|would)\b/i.test(text))) season = upcoming - 1;
      // Long-running totals ("all 154 episodes available", "439-episode run") span many seasons.
      // A Chinese or Korean drama's 36 or 40 episodes are one season; past sixty, or with "all", "run" or
      // "seasons" beside a count over thirty, it is a library's total.
      if (!context.frame.slots.some((s) => s.kind === "S") && (n > 60 || (n > 30 && /\b(?:all|run|runs|seasons|in total|total|across|library|catalog(?:ue)?|so far|to date)\b/i.test(text.replace(/\b(?:will|to)\s+run(?:\s+for)?\b/gi, ""))))) return [];
      // "an eight-episode first season": the season written right after the count is the one counted.
      const named = context.frame.masked.slice(match.end, match.end + 30).match(/^\s+(?:[\p{Ll}-]+\s+)?\u27E6S(\d+)\u27E7/u);
      const namedSlot = named ? context.frame.slots[Number(named[1])] : undefined;
      if (adjective && namedSlot?.kind === "S" && namedSlot.season.numbers.length === 1) season = namedSlot.season.numbers[0]!;
      const certainty = context.certainty;
      const drafts: Draft[] = [{ property: "episode-count", value: numberValue(n), qualifiers: seasonQualifier(season), certainty, title, at: match.index }];
      // "Part 1, consisting of four episodes", "Season three's second part … is made up of five episodes": a part's count.
      const part = context.frame.slots.find((s) => s.kind === "R" && s.part.numbers.length === 1);
      if (part?.kind === "R" && !/\b(?:in|into) (?:two|three|2|3) parts\b/i.test(text)) drafts[0]!.qualifiers = { ...seasonQualifier(season), part: part.part.numbers[0]! };
      // "Like season two, the third season will run 10 episodes", "eight episodes, the same as the first two": the
      // seasons it is compared with have the same count.
      else if (season) for (const other of seasonsOfTheSameLength(context, season, match.index)) drafts.push({ ...drafts[0]!, qualifiers: seasonQualifier(other) });
      return drafts;
    },
  },
];
