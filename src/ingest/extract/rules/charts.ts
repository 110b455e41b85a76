import { atMost } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import type { Frame } from "../engine/frame.ts";
import { seasonOwner } from "../scope/references.ts";
import { compilePattern } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext } from "../engine/rule.ts";
import { countryCode } from "../vocab/countries.ts";
import { APPROXIMATE, CARDINAL, ORDINAL, parseCardinal, parseFigure, parseOrdinal } from "../vocab/numbers.ts";
import { numberValue, renewedSeason, slotPosition } from "./helpers.ts";

/**
 * Chart grammar: ranks ("No. 2", "#3", "top spot", "second place"), hours and views, the week of a
 * chart ("week of April 8-14", "from Oct. 28 to Nov. 3"), its list ("non-English TV", a country's
 * Top 10), first weeks and running totals, weeks in the Top 10 and at No. 1.
 */

/** The Monday a chart week starts on, from a range or a single day in it. */
function weekStart(from: string, until?: string): string {
  const end = until ? new Date(`${until}T00:00:00Z`) : undefined;
  // A week ending on a Sunday starts six days before; otherwise the Monday on or before the first day.
  if (end && end.getUTCDay() === 0) return new Date(end.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
  const start = new Date(`${from}T00:00:00Z`);
  const back = (start.getUTCDay() + 6) % 7;
  return new Date(start.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

const weeksByFrame = new WeakMap<Frame, string | null>();

/** The chart week a sentence names: a range of days or "the week of X". Memoized: every figure looks back over the article. */
function weekIn(frame: Frame): string | undefined {
  let week = weeksByFrame.get(frame);
  if (week === undefined) {
    week = readWeek(frame) ?? null;
    weeksByFrame.set(frame, week);
  }
  return week ?? undefined;
}

function readWeek(frame: Frame): string | undefined {
  const text = frame.text;
  for (const slot of frame.slots) {
    if (slot.kind !== "D") continue;
    const date = slot.date;
    if (date.until) {
      const days = (Date.parse(date.until.date) - Date.parse(date.value.date)) / 86_400_000;
      if (days >= 3 && days <= 8) return weekStart(date.value.date, date.until.date);
    }
    const before = text.slice(Math.max(0, slot.start - 30), slot.start);
    if (/\b(?:week (?:of|ending|ended)|for the week of|weekend of)\s+$/i.test(before) && date.value.precision === "day") {
      return /ending|ended/i.test(before) ? weekStart(date.value.date, date.value.date) : weekStart(date.value.date);
    }
  }
  // "from Oct. 28 to Nov. 3", "June 9 to 15", "Monday, Sept. 14, through Sunday, Sept. 20": two dates a week apart.
  const days = frame.slots.filter((s) => s.kind === "D" && s.date.value.precision === "day");
  for (let i = 0; i + 1 < days.length; i++) {
    const a = days[i]!;
    const b = days[i + 1]!;
    if (a.kind !== "D" || b.kind !== "D") continue;
    const gap = (Date.parse(b.date.value.date) - Date.parse(a.date.value.date)) / 86_400_000;
    if (gap >= 5 && gap <= 7 && /^\s*,?\s*(?:to|through|thru|until|-|–|and)\s*$/i.test(text.slice(a.end, b.start))) return weekStart(a.date.value.date, b.date.value.date);
  }
  return undefined;
}

/** The list a figure stands on: Netflix's category lists, a country's Top 10, or the global chart. */
function listIn(text: string): string | undefined {
  if (/\bnon-?english\b/i.test(text)) return /\bfilms?|movies?\b/i.test(text) && !/\b(?:tv|series|show)\b/i.test(text) ? "Films (Non-English)" : "TV (Non-English)";
  if (/\benglish(?:-language)?\s+(?:tv|series|shows?)\b|\benglish tv\b|\b(?:tv|series|shows?)\s*\(english\)/i.test(text)) return "TV (English)";
  if (/\b(?:films?|movies?)\s*\(english\)/i.test(text)) return "Films (English)";
  if (/\benglish(?:-language)?\s+(?:films?|movies?)\b/i.test(text)) return "Films (English)";
  const country = text.match(/\b(?:in the (U\.?S\.?|UK|U\.K\.)|(Philippines|South Korea|Korea|Japan|India|Brazil|Mexico|Spain|France|Germany|Thailand|Indonesia|Vietnam|Taiwan|Australia|Canada)(?:['’]s?)?\s+(?:top\s*10|tv chart|chart))\b/i);
  if (country) return countryCode(country[1] ?? country[2] ?? "");
  if (/\b(?:global(?:ly)?|worldwide|around the world)\b/i.test(text)) return "global";
  return undefined;
}

type Scope = "first-week" | "week" | "cumulative";

/** The clause of a sentence around an offset: figures joined by "and" or commas have scopes of their own. */
function clauseOf(text: string, at: number): string {
  const starts = [0, ...[...text.matchAll(/[;,]\s+|\s+(?:and|while|but|whereas)\s+/g)].map((m) => m.index! + m[0].length)].filter((i) => i <= at);
  const start = Math.max(...starts);
  const rest = text.slice(at).search(/[;,]\s+|\s+(?:and|while|but|whereas)\s+/);
  return text.slice(start, rest < 0 ? text.length : at + rest);
}

const CUMULATIVE = /\b(?:so far|to date|in total|a total of|total of|all-time|all time|of all time|in (?:netflix|its|the streamer['’]s) history|since (?:its |the )?(?:\S+\s+){0,3}?(?:launch|release|premiere|debut)|first (?:28|91) days|cumulative|lifetime|running total|overall(?!\s+(?:chart|charts|ranking|rankings|list|top\s*10|streaming))|has (?:already )?been watched for|(?:only|just) \d+ days in|within (?:a mere |just |only )?\d+ days|in (?:its|the) first (?:28|91|\d{2}) days|(?:first|second) half of|between (?:january|jan\.?) and|(?:covers|covering|from) (?:january|july|jan\.?|jul\.?) (?:to|through|until|-|–) (?:june|december|jun\.?|dec\.?)|over the (?:six|\d+) months|(?:six|\d+)-month period)\b/i;
const FIRST_WEEK = /\b(?:first|debut|opening|premiere) (?:week|seven days)\b|\bdebuted (?:at|with)\b|\bdebuted in (?:the\s+)?(?:no\.|number|#|top|first|second|third|\d{1,2}(?:st|nd|rd|th)\b)|\bentered (?:at|with)\b|\bopened (?:at|with)\b|\bin (?:its|their|those|the|these) first (?:seven|7|three|3|four|4|five|5|six|6|few) days\b|\b(?:its|their|the) opening (?:frame|weekend|days)\b|\bover (?:its|their) first (?:seven|7|three|3|four|4|five|5) days\b|\bjust (?:\w+ )?days? (?:after|since) (?:its )?(?:launch|release|premiere)|\bonly been streaming for\b|\bin just (?:\w+ )days\b|\bdebut\b|\b(?:arrived|entered|landed|bowed|premiered|opened) (?:in|at) (?:the )?(?:(?:no\.\s*|number\s+|#)\w+|(?:top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?: place| spot| position)?)\b|\b(?:opening|arriving|entering|debuting) at\b/i;
const LATER_WEEK = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:week|straight week|consecutive week)\b/i;

function scopeIn(text: string, at: number): Scope | undefined {
  const clause = clauseOf(text, at);
  for (const piece of [clause, text]) {
    if (CUMULATIVE.test(piece)) return "cumulative";
    if (LATER_WEEK.test(piece)) return "week";
    if (FIRST_WEEK.test(piece)) return "first-week";
  }
  return undefined;
}

const ORDINAL_WORD = new RegExp(`\\b(${ORDINAL})\\b`);

function parseRank(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  const numbered = t.match(/(?:no\.|number|#|nr\.)\s*(\d{1,3})/);
  if (numbered) return Number(numbered[1]);
  if (/top spot|top position|first place|pole position|the top of|the summit|the lead|the no\.?\s*1 spot|led the chart|topped|tops|at the top/.test(t)) return 1;
  const ordinal = t.match(ORDINAL_WORD);
  if (ordinal) return parseOrdinal(ordinal[1]!);
  const place = t.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/);
  return place ? Number(place[1]) : undefined;
}

/** Week, list and scope for a figure, from its sentence and, failing that, the sentences before it in its paragraph or the headline. */
function chartContext(context: RuleContext, at: number): { week?: string; list?: string; scope?: Scope } {
  const frame = context.frame;
  let week = weekIn(frame);
  let list = listIn(clauseOf(frame.text, frame.toOriginal(at))) ?? listIn(frame.text);
  const scope = scopeIn(frame.text, frame.toOriginal(at));
  const sentences = context.article.frames;
  // The chart week and list an earlier sentence of the paragraph, the headline or the lede named; failing those,
  // the one week the article names at all.
  for (let i = context.sentence.index - 1; i >= 0 && (!week || !list); i--) {
    const earlier = sentences[i]!;
    const near = earlier.sentence.paragraph === context.sentence.paragraph || earlier.sentence.paragraph <= 1 || earlier.sentence.kind === "headline" || earlier.sentence.kind === "heading";
    if (!near) continue;
    week ??= weekIn(earlier);
    list ??= listIn(earlier.text);
  }
  if (!week) {
    const weeks = new Set(sentences.map((f) => weekIn(f)).filter((w): w is string => !!w));
    if (weeks.size === 1) week = [...weeks][0];
  }
  return { week, list, scope };
}

function metric(context: RuleContext, property: Draft["property"], value: number, at: number, extra: Qualifiers & { approximate?: boolean } = {}): Draft {
  const { approximate, ...rest } = extra;
  const chart = chartContext(context, at);
  const title = context.titleAt(at);
  const qualifiers: Qualifiers = { scope: rest.scope ?? chart.scope ?? "week", ...rest };
  if (chart.week && qualifiers.scope !== "cumulative") qualifiers.week = chart.week;
  if (chart.list && !qualifiers.list) qualifiers.list = chart.list;
  // Only a season the sentence names: a chart counts what is streaming, whatever season the article looks ahead to.
  const named = context.frame.slots.find((s) => s.kind === "S" && s.season.numbers.length > 0 && (seasonOwner(context.frame, s) ?? title) === title);
  let season = named?.kind === "S" ? named.season.numbers[0]! : null;
  // "renewed for a second season after the first drew 120 million views": the figure is the season that aired.
  if (season && season > 1 && named && /\b(?:renewed|renews|picked up|greenlit|green-lit|ordered|commissioned)\b[^.;]{0,80}?\bfor\s+(?:a\s+|an\s+)?$/i.test(context.frame.text.slice(0, named.start)) && /\b(?:after|since|as|when)\s+(?:the\s+)?(?:first|previous|last|debut|its\s+(?:first|debut))\b/i.test(context.frame.text.slice(named.end))) season -= 1;
  // "It spent five weeks as the most-watched series, and Disney+ confirmed a second season": the season ordered has not aired.
  if (season && season > 1 && named && renewedSeason(context.frame, at) === season && slotPosition(context.frame, named) > at) season -= 1;
  if (season && season > 1) qualifiers.season = season;
  return { property, value: numberValue(value, approximate ?? false), qualifiers, certainty: atMost(context.certainty, "reported"), title, at };
}

/**
 * "… behind Wednesday Season 1, which holds 252 million views": a figure in a relative clause whose
 * antecedent is a name the article does not register as a title (a person-like run, with or without
 * its season) belongs to that other work, not to the show the sentence would otherwise be about.
 */
function aboutUnregisteredAntecedent(context: RuleContext, at: number): boolean {
  const before = context.frame.masked.slice(Math.max(0, at - 90), at);
  return /\u27E6N\d+\u27E7(?:\s+\u27E6S\d+\u27E7)?[”"’']?\s*,\s+(?:which|that)\s+[^,;\u27E6]*$/.test(before);
}

const RANK = `(?:(?:no\\.|number|#|nr\\.)\\s*\\d{1,3}\\b|(?:${ORDINAL})\\s+place|the top spot|top spot|first place|(?:${ORDINAL})\\s+(?:spot|position)|the top of (?:the|its|netflix['’]s|the streamer['’]s) (?:chart|list|ranking|top 10))`;

export const chartRules: Rule[] = [
  {
    id: "chart.hours",
    produces: ["hours-viewed"],
    // "84.3 million viewing hours", "watched for 7.4 million hours", "racked up 12.65 million viewing hours"
    pattern: compilePattern("(?<approx>(?:nearly|almost|about|around|roughly|more than|over|close to|some|an estimated|upwards of)\\s+)?(?<n>{figure})\\s+(?:viewing\\s+|view\\s+|hours?\\s+of\\s+viewing|accumulated\\s+|total\\s+)?hours(?:\\s+viewed|\\s+of\\s+viewing)?"),
    build: (match, context) => {
      const value = parseFigure(match.groups.n!.trim());
      if (!value || value < 10_000) return [];
      const around = context.frame.text;
      if (/\b(?:people|members|subscribers|users|viewers|audiences)\s+(?:watched|streamed)\s+(?:(?:over|more than|nearly|almost|about|some|roughly|around)\s+)?[\d.,]+\s+billion\s+hours\b/i.test(around) && value >= 1e10) return [];
      const approx = !!match.groups.approx || APPROXIMATE.test(context.frame.masked.slice(Math.max(0, match.index - 20), match.index));
      if (aboutUnregisteredAntecedent(context, match.index)) return [];
      return [metric(context, "hours-viewed", value, match.index, { approximate: approx })];
    },
  },
  {
    id: "chart.views",
    produces: ["views"],
    // "9.8 million account views", "with 92 million views", "3.1 million views over its third week"
    pattern: compilePattern("(?<approx>(?:nearly|almost|about|around|roughly|more than|over|close to|an estimated|upwards of)\\s+)?(?<n>{figure})\\s+(?:account\\s+|total\\s+)?(?:views|viewers|households)\\b|\\b(?<list>(?:\u27E6T\\d+\u27E7\\s*\\(?\\s*(?:{figure})(?:\\s+(?:million|views))?\\)?[,;]?\\s*(?:and\\s+)?){2,})"),
    build: (match, context) => {
      if (match.groups.list) return [];
      const value = parseFigure(match.groups.n!.trim());
      if (!value || value < 10_000) return [];
      if (aboutUnregisteredAntecedent(context, match.index)) return [];
      // "the drama's Weibo hashtag has passed 800 million views", "the trailer drew 12 million views": a post's views, not the show's.
      if (/\b(?:hashtags?|topics?|trailers?|teasers?|clips?|videos?|posts?|reels?|MVs?|music videos?|stills|posters?|shorts|searches)\b[^.;]{0,40}$/i.test(context.frame.masked.slice(Math.max(0, match.index - 60), match.index))) return [];
      return [metric(context, "views", value, match.index, { approximate: !!match.groups.approx })];
    },
  },
  {
    id: "chart.unit-then-figure",
    produces: ["views", "hours-viewed"],
    // "views also climbed 41% to 15.6 million", "hours viewed rose to 48 million", "its views totaled 7.1 million":
    // the unit named first, the figure after the verb that moves it.
    pattern: compilePattern("\\b(?<unit>account views|views|viewers|viewing hours|hours viewed|hours of viewing|watch hours)\\s+(?:(?:also|likewise|then|each)\\s+)?(?:(?:climbed|rose|jumped|grew|increased|surged|soared|spiked|fell|dropped|dipped|slipped|declined)\\s+(?:by\\s+)?(?:(?:more than|nearly|almost|about|around|roughly|over)\\s+)?(?:[\\d.,]+\\s*(?:%|percent|million|m|billion|bn|k|thousand)?\\s+)?to|totaled|totalled|reached|hit|topped|stood at|came to|came in at|amounted to)\\s+(?<approx>(?:nearly|almost|about|around|roughly|more than|over|close to|an estimated)\\s+)?(?<n>{figure})(?!\\s*(?:%|percent|hours|views))"),
    build: (match, context) => {
      const value = parseFigure(match.groups.n!.trim());
      if (!value || value < 10_000) return [];
      if (aboutUnregisteredAntecedent(context, match.index)) return [];
      const property = /hours/i.test(match.groups.unit!) ? "hours-viewed" : "views";
      return [metric(context, property, value, match.index, { approximate: !!match.groups.approx })];
    },
  },
  {
    id: "chart.title-figure-list",
    produces: ["views"],
    // "Harbour Lights (97 million views), Night Ledger (64 million), Iron Line (51 million)": each title its figure.
    pattern: compilePattern("(?<t>\u27E6T\\d+\u27E7)\\s*\\(\\s*(?<n>{figure})(?:\\s+(?<unit>views|hours))?\\s*\\)|(?<t2>\u27E6T\\d+\u27E7)\\s+(?<n2>\\d+(?:\\.\\d+)?\\s*(?:million|M|billion))\\b(?![^,;.]*\\bhours\\b)"),
    build: (match, context) => {
      const slot = context.frame.slots[Number((match.groups.t ?? match.groups.t2)!.slice(2, -1))];
      if (slot?.kind !== "T") return [];
      const value = parseFigure((match.groups.n ?? match.groups.n2)!.trim());
      if (!value || value < 100_000) return [];
      const property = match.groups.unit === "hours" ? "hours-viewed" : "views";
      // A figure list without its unit takes the unit the sentence or the article gives first.
      if (!match.groups.unit && !/\bviews\b/i.test(context.frame.text) && !/\bviews\b/i.test(context.article.frames.slice(Math.max(0, context.sentence.index - 3), context.sentence.index).map((f) => f.text).join(" "))) return [];
      const draft = metric(context, property, value, match.index);
      draft.title = slot.title.title;
      return [draft];
    },
  },
  {
    id: "chart.rank",
    produces: ["rank"],
    // "came in at No. 1", "landed at #3", "finished 6th worldwide", "taking third place", "moved up to third place", "No. 4 on Netflix's weekly ranker"
    pattern: compilePattern(`(?<rank>${RANK})|\\b(?:finished|ranked|ranks|ranking|placed|places|came in|comes in|coming in|landed|lands|landing|debuted|debuts|entered|enters|sits|sat|sitting|climbed|climbs|climbing|moved up|moves up|rose|rises|dropped|drops|fell|falls|slipped|slips|jumped|jumps|leapt|taking|took|takes|claimed|claims)\\s+(?:at\\s+|to\\s+|in\\s+|up to\\s+)?(?<ord>${ORDINAL}|\\d{1,2}(?:st|nd|rd|th))\\b|\\b(?<ord2>${ORDINAL})\\s+(?:most[- ](?:popular|watched|streamed|viewed)|biggest|largest)\\b|^(?<ord3>${ORDINAL})\\s+(?:among|on the list|in line)\\b`),
    build: (match, context) => {
      const text = match.groups.rank ?? match.groups.ord ?? match.groups.ord2 ?? match.groups.ord3 ?? match.text;
      const rank = parseRank(text);
      if (!rank || rank > 100) return [];
      const frame = context.frame;
      const sentence = frame.text;
      // A rank needs a chart: "No. 1" among charts, lists, Top 10s, rankings.
      const chartWords = /\b(?:top\s*10|top ten|chart|charts|ranker|ranking|rankings|list|most[- ](?:watched|popular|streamed|viewed)|viewership|place|spot|worldwide|globally|position|category)\b/i;
      const paragraphText = context.article.frames.filter((f) => f.sentence.paragraph === context.sentence.paragraph).map((f) => f.text).join(" ");
      // "Over the same period, X finished third": a sentence that carries on from the chart the paragraph before named.
      const carriesOn = /^\s*(?:over|during|in|for)\s+(?:the\s+)?same\s+(?:period|week|stretch|span)\b|^\s*(?:elsewhere|further down|behind (?:it|them)|meanwhile)\b/i.test(sentence);
      const previousParagraph = context.article.frames.filter((f) => f.sentence.paragraph < context.sentence.paragraph && f.sentence.paragraph >= context.sentence.paragraph - 3).map((f) => f.text).join(" ");
      if (!chartWords.test(sentence) && !chartWords.test(paragraphText) && !(carriesOn && chartWords.test(previousParagraph))) return [];
      const after = frame.masked.slice(match.end, match.end + 40);
      // "No. 6 on the new weekly streaming charts that … Streamstat compiles": another company's chart, kept with its label.
      if (/\b(?:in (?:its|the) time ?slot|timeslot)\b/i.test(sentence)) return [];
      if (/^\s*(?:episode|ep\.)/i.test(after)) return [];
      const before = frame.masked.slice(Math.max(0, match.index - 25), match.index);
      if (/\b(?:the|a)\s+$/i.test(before) && /^place/i.test(after.trim())) return [];
      // "placed third for first-week viewing among all debut seasons": a comparison across shows' histories, not a list's place.
      if (/^\s+(?:for\s+[^.;,]{0,40}?\s+)?among\s+all\b/i.test(after)) return [];
      // "the seventh most-watched English-language series in Netflix history": a place on an all-time list.
      const cumulative = /\b(?:of all time|all-time|in (?:netflix|its|the streamer['’]s) history|ever|of (?:19|20)\d{2}|of the year)\b/i.test(sentence) || !!match.groups.ord3;
      const draft = metric(context, "rank", rank, match.index, cumulative ? { scope: "cumulative" } : {});
      // "The drama was followed by A at No. 2 and B at No. 3": the places after "followed by" are the others', whoever the
      // sentence names; none of them is the show the sentence opens with.
      const followed = frame.masked.slice(0, match.index).match(/\b(?:followed by|trailed by|ahead of|behind it|behind them)\b(?:[^.;]|\bNo\.)*$/i);
      if (followed) {
        const named = [...followed[0].matchAll(/\u27E6T(\d+)\u27E7/g)].map((m) => frame.slots[Number(m[1])]).filter((slot) => slot?.kind === "T");
        const last = named[named.length - 1];
        if (!(last?.kind === "T" && last.title.title === draft.title)) return [];
      }
      // "Sitting at No. 2 on the English list was the teen mystery “X”": the subject comes after the verb.
      const inverted = context.frame.masked.match(/^(?:Sitting|Coming in|Landing|Holding|Debuting|Placing|Finishing|Settling|Rounding out[^,]{0,20}|Taking|Claiming|Entering)\b(?:[^.;]|\bNo\.){0,80}?\b(?:was|is|were|are)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?[“"‘']?\u27E6T(\d+)\u27E7/u);
      const subject = inverted && match.index < inverted[0].length ? context.frame.slots[Number(inverted[1])] : undefined;
      if (subject?.kind === "T") draft.title = subject.title.title;
      return [draft];
    },
  },
  {
    id: "chart.leads",
    produces: ["rank"],
    // "leads the chart with 8.2 million views", "Top honors for the week go to X", "completes the top five", "rounds out the chart at No. 9"
    pattern: compilePattern(`\\b(?:leads|led|tops|topped|heads|headed|sits atop|sat atop|is atop|was atop)\\s+(?:the|its|netflix['’]s|the streamer['’]s)\\s+(?:[\\w-]+\\s+){0,3}?(?:chart|charts|list|ranking|rankings|top\\s*10)\\b|\\btop hono(?:u)?rs(?:\\s+for the week)?\\s+go(?:es)?\\s+to\\b|\\b(?:completes|rounds out|closes out)\\s+the\\s+top\\s+(?<n>five|ten|three|\\d{1,2})\\b`),
    build: (match, context) => {
      const rank = match.groups.n ? parseCardinal(match.groups.n) : 1;
      if (!rank) return [];
      const after = context.frame.masked.slice(match.end).match(/^\s+(?:[\p{Ll}\s]{0,20})?\u27E6T(\d+)\u27E7/u);
      const draft = metric(context, "rank", rank, match.index);
      const slot = after ? context.frame.slots[Number(after[1])] : undefined;
      if (slot?.kind === "T") draft.title = slot.title.title;
      return [draft];
    },
  },
  {
    id: "chart.most-watched",
    produces: ["rank"],
    // "was Netflix's most-watched series during the week of …", "the most-streamed series on Prime Video in Canada is X", "the No. 1 TV title in the UK"
    pattern: /(?:\bthe\s+|\u27E6P\d+\u27E7['’]s\s+|\bits\s+|\bstreamer['’]s\s+)(?:most[- ](?:watched|streamed|viewed|popular)|biggest|top|no\.?\s*1|number[- ]one)\s+(?:(?:english|non-english|language|english-language|non-english-language|korean|japanese|spanish|original|scripted|streaming)\s+)*(?:tv\s+)?(?:show|series|title|program|programme)\b/gi,
    build: (match, context) => {
      const sentence = context.frame.text;
      if (/\b(?:not|wasn['’]t|isn['’]t|never)\b[^.]{0,30}$/i.test(sentence.slice(0, context.frame.toOriginal(match.index)))) return [];
      if (/\b(?:of all time|ever|in (?:netflix|its) history|one of)\b/i.test(sentence)) return [];
      const yearly = sentence.match(/\bof (?:(?:19|20)\d{2}|the year)\b/i);
      return [metric(context, "rank", 1, match.index, yearly ? { scope: "cumulative" } : {})];
    },
  },
  {
    id: "chart.weeks-at-1",
    produces: ["weeks-at-number-1", "consecutive-weeks-at-number-1"],
    // "9 weeks at No. 1", "for 7 weeks", "its second week at No. 1", "three consecutive weeks at No. 1", "for a remarkable 9 weeks in a row"
    pattern: compilePattern(`\\b(?:no\\.?\\s*1|number one|#1|top spot|first place|tops|topped|topping|the top(?!\\s*(?:\\d|ten|five|three|four|two|twenty|fifty|hundred)))\\b[^;]{0,70}?\\bfor\\s+(?:the|a|its)\\s+(?<n3>${ORDINAL})\\s+(?<consecutive3>straight|consecutive|successive)?\\s*(?:week|weekend)\\b|\\b(?<n>${CARDINAL}|${ORDINAL})\\s+(?<consecutive>straight|consecutive|successive)?\\s*weeks?\\s+(?:at|in|atop|on top|as)\\s+(?:the\\s+)?(?:no\\.?\\s*1|number one|#1|the top(?: spot)?(?!\\s*(?:\\d|ten|five|three|four|two|twenty|fifty|hundred))|first place|top spot)|\\b(?:held|holding|kept|keeping|sat atop|sitting atop|topped|topping|led|leading|at No\\.?\\s*1|atop|stayed|staying|remained|remaining|spent|spending|sat|stood)(?:[^.;]|\\.(?=\\s*\\d)){0,60}?\\bfor\\s+(?:a\\s+(?:remarkable|record|whopping)\\s+)?(?<n2>${CARDINAL})\\s+(?<consecutive2>straight|consecutive|successive)?\\s*weeks(?<row>\\s+in a row)?`),
    build: (match, context) => {
      const raw = match.groups.n ?? match.groups.n2 ?? match.groups.n3!;
      const n = parseCardinal(raw) ?? parseOrdinal(raw);
      if (!n || n > 200) return [];
      const consecutive = !!(match.groups.consecutive ?? match.groups.consecutive2 ?? match.groups.consecutive3 ?? match.groups.row) || /\bin a row\b/i.test(context.frame.text);
      // "held the No. 1 spot for two straight weeks": weeks at the top, without saying how many before.
      const drafts = [metric(context, "weeks-at-number-1", n, match.index, { scope: "cumulative" })];
      if (consecutive || (match.groups.n && parseOrdinal(raw) && /\bsecond|third\b/i.test(raw))) drafts.push(metric(context, "consecutive-weeks-at-number-1", n, match.index, { scope: "cumulative" }));
      return drafts;
    },
  },
  {
    id: "chart.weeks-in-top-10",
    produces: ["weeks-in-top-10"],
    // "for its 6th straight week", "three straight weeks in the Top 10", "the 9th time the show has appeared on the chart", "now four weeks running"
    pattern: compilePattern(`\\b(?:its|their|the)\\s+(?<n5>${ORDINAL})\\s+(?:straight\\s+|consecutive\\s+)?week\\s+(?:on|in)\\s+(?:the\\s+)?(?:[\\w\\s-]{0,30}?)(?:top\\s*10|top ten|chart|list)|(?:top\\s*10|top ten|chart)[^.;]{0,25}?\\bfor\\s+(?<n6>${CARDINAL})\\s+(?:straight|consecutive|successive)\\s+weeks|\\b(?<n>${CARDINAL}|${ORDINAL})\\s+(?:straight|consecutive|successive)?\\s*(?:weeks?|times?)\\s+(?:in|on)\\s+(?:the\\s+|its\\s+)?(?:[\\w\\s'’-]|\u27E6P\\d+\u27E7){0,40}?(?:top\\s*10|top ten|chart)|\\bfor (?:its|a|the)\\s+(?<n2>${ORDINAL})\\s+(?:straight|consecutive)\\s+week|\\b(?<n3>${ORDINAL})\\s+time\\s+(?:the\\s+)?(?:series|show|title|it)\\s+(?:has\\s+)?appeared\\s+on\\s+(?:the\\s+)?(?:[\\w\\s]{0,30}?)(?:top\\s*10|list|chart)|\\b(?<n4>${CARDINAL})\\s+weeks\\s+running|\\b(?:been|stayed|remained|spent|sat|appeared|lingered)\\s+(?:in|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+|\u27E6P\\d+\u27E7['’]?s?\\s+){0,3}?(?:top\\s*10|top ten|chart|list)\\s+for\\s+(?<n7>${CARDINAL})\\s+(?:straight\\s+|consecutive\\s+)?weeks`),
    build: (match, context) => {
      const raw = match.groups.n ?? match.groups.n2 ?? match.groups.n3 ?? match.groups.n4 ?? match.groups.n5 ?? match.groups.n6 ?? match.groups.n7!;
      const n = parseCardinal(raw) ?? parseOrdinal(raw);
      if (!n || n > 300) return [];
      if (/\b(?:no\.?\s*1|number one|top spot)\b/i.test(match.text)) return [];
      // "held No. 1 for a second consecutive week": weeks at the top, which chart.weeks-at-1 reads.
      if (match.groups.n2 && /\b(?:no\.?\s*1|number one|#1|top spot|first place|topped|tops)\b/i.test(context.frame.masked.slice(Math.max(0, match.index - 70), match.index))) return [];
      return [metric(context, "weeks-in-top-10", n, match.index, { scope: "cumulative" })];
    },
  },
  {
    id: "chart.numbered-list",
    produces: ["rank"],
    kinds: ["paragraph", "heading", "caption"],
    // "1. The Heron: Limited Series" under "Philippines Top 10, September 30-October 6, 2024:"
    pattern: compilePattern("^(?<n>\\d{1,2})[.)]\\s+[“\"‘']?{title:t}"),
    build: (match, context) => {
      const slot = context.slot(match, "t");
      if (slot?.kind !== "T") return [];
      const rank = Number(match.groups.n);
      // The heading above the list says which chart and which week.
      for (let i = context.sentence.index - 1; i >= 0 && i >= context.sentence.index - 12; i--) {
        const frame = context.article.frames[i]!;
        if (!/\btop\s*10\b|\bchart\b/i.test(frame.text) || /^\d{1,2}[.)]\s/.test(frame.text)) continue;
        if (/\bfilms?|movies?\b/i.test(frame.text) && !/\btv\b/i.test(frame.text)) return [];
        const week = weekIn(frame);
        const list = listIn(frame.text) ?? listIn(`${frame.text} chart`);
        const qualifiers: Qualifiers = { scope: "week" };
        if (week) qualifiers.week = week;
        if (list) qualifiers.list = list;
        const previous = context.article.frames[i - 1];
        if (previous && /\bmovie|film/i.test(previous.text) && !/\btv|series|show/i.test(previous.text)) return [];
        return [{ property: "rank", value: numberValue(rank), qualifiers, certainty: "reported", title: slot.title.title, at: match.index }];
      }
      return [];
    },
  },
];

