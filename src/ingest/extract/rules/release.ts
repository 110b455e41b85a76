import { atMost, type Certainty } from "../../../domain/certainty.ts";
import { dateValue, windowEnd, within } from "../../../domain/date-value.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import { hedged, hedgeIn } from "../engine/certainty.ts";
import type { Slot } from "../engine/frame.ts";
import { compilePattern } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext, RuleMatch } from "../engine/rule.ts";
import { RELEASE_VERB } from "../vocab/verbs.ts";
import { aboutAnotherShow, clauseAround, coordinatedClause, renewedSeason, dateClaimValue, enumValue, isFuture, isPastTense, seasonQualifier, slotPosition } from "./helpers.ts";
import { parseCardinal } from "../vocab/numbers.ts";

/** Release dates and windows with their season and part; finales and given-up dates kept apart. */

const FINALE = /\b(?:finale|final episodes?|last episodes?|final (?:two|three|four) episodes|last (?:two|three|four) episodes|series finale|wraps? up(?: its (?:run|season))?|wrapped up|ends? its run|ended its run|(?:came|come|comes) to an end|concludes?|concluded|ended|ends|final (?:chapter|instalment|installment|hour|outing|bow)|(?:final|last) ever episode|very last episode|last chapter|finish(?:es|ed)? (?:airing|its run|streaming|broadcasting)|signs? off|signed off|bows? out|bowed out)\b/i;
/** Before a date: the plan given up ("originally set for", "was supposed to premiere", "from"). */
const GIVEN_UP = /\b(?:originally|initially|previously|first)\s+(?:planned|scheduled|set|slated|expected|due|announced)(?:\s+\w+){0,3}?\s*$|\b(?:was|were|had been|['’]d been)\s+(?:originally\s+|initially\s+|previously\s+)?(?:supposed|meant|due|set|scheduled|slated|expected|planned)\s+to\s+(?:\w+\s+){0,4}$|\bfrom\s+$/i;
/** Before a date: when something was said, not when the show comes out. */
const SAID_ON = /\b(?:report(?:ed)?|said|stated|told|announced|confirmed|revealed|shared|made (?:it )?official|unveiled|posted|wrote|tweeted|according to [^,]{0,40}?)\s+(?:on|this|last|earlier)?\s*$|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:report|interview|statement|post|announcement)\s+(?:on|dated)\s+$/i;
const NOT_SHOW = /\b(?:birthday|turns \d+|enlist\w*|discharg\w*|military|wedding|married|born|died|passed away|concert|album|single|tour|fan meeting|press conference|interview|award|ceremony|nominations?|deadline|predictions?)\b/i;
const MOVED = /\b(?:postpon\w+|delay\w*|push(?:ed|es)? back|mov(?:e|es|ed|ing) (?:up|back|to|from|the release|the premiere|it)|rescheduled|pushed to)\b/i;

function partNear(context: RuleContext, at: number): number | undefined {
  const clause = clauseAround(context.frame, at);
  const parts = context.frame.slots.filter((s) => s.kind === "R").map((slot) => ({ slot, pos: slotPosition(context.frame, slot) })).filter((p) => p.pos >= clause.start && p.pos <= clause.end);
  parts.sort((a, b) => Math.abs(a.pos - at) - Math.abs(b.pos - at));
  const first = parts[0]?.slot;
  return first?.kind === "R" ? first.part.numbers[first.part.numbers.length - 1] : undefined;
}

/**
 * What a release verb can be about that is not the show coming out: an episode airing ("aired Episode 14"),
 * a weekly schedule ("two new episodes every Wednesday"), filming ("set to start shooting"), news ("word of a
 * second season came out"), a chart or a trailer ("the chart, which was released Wednesday").
 */
function notAShowRelease(context: RuleContext, verbAt: number, end: number): boolean {
  const masked = context.frame.masked;
  const before = masked.slice(Math.max(0, verbAt - 45), verbAt);
  // Up to just past the date: "debuted on February 12 and closes out with its finale" is still the debut.
  const after = masked.slice(verbAt, Math.min(masked.length, end + 12));
  if (/\b(?:episode|ep\.?)\s*\d|\b(?:its|the)\s+(?:\w+\s+)?(?:episode|finale)\b(?!\s+(?:premiere|debut))/i.test(after) && !/\b(?:first|premiere|pilot|opening)\s+episodes?\b/i.test(after)) return true;
  if (/\b(?:every|each)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|\u27E6D)|\bweekly\b|\bper week\b/i.test(after)) return true;
  if (/^\S+(?:\s+\S+){0,3}?\s+(?:shooting|filming|production|principal photography|rehearsals|casting)\b/i.test(masked.slice(verbAt))) return true;
  // "dropped a first teaser on Wednesday", "released the official trailer": something else came out.
  if (/^\S+\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:first|first-look|new|official|main|final|second|special|character|highlight)\s+){0,2}(?:teasers?|trailers?|posters?|look|stills|images|photos|clips?|footage|OST|soundtrack|songs?|single|preview|sneak peek)\b/i.test(masked.slice(verbAt))) return true;
  // "launched the manga in 2019", "published the novel": the source work came out, not the show.
  if (/^\S+\s+(?:(?:the|her|his|their|its|this)\s+)?(?:original\s+|source\s+)?(?:manga|novels?|light novels?|webtoons?|web novels?|comics?|books?|graphic novels?|serial(?:ization|isation)?)\b/i.test(masked.slice(verbAt))) return true;
  // "a press release on March 3": news, not the show coming out.
  if (/\b(?:press|news|media)\s+$/i.test(before) && /^releases?\b/i.test(masked.slice(verbAt))) return true;
  // "Tops Nielsen Streaming Chart", "the streaming service": "streaming" describing a chart or a business.
  if (/^stream\w*\s+(?:chart|charts|ranking|rankings|list|lists|numbers|figures|data|service|services|platform|platforms|giant|giants|wars|top\s*10|record|records|deal|rights)\b/i.test(masked.slice(verbAt))) return true;
  // "Production on the second season kicked off", "Filming began": the shoot, not the release.
  if (/\b(?:production|filming|shooting|principal photography|cameras?)\b(?:\s+(?:on|of|for)\s+[^.,;]{0,30})?\s*(?:has\s+|had\s+|was\s+|officially\s+)*$/i.test(before)) return true;
  // "made her Netflix debut": a person's first work there.
  if (/\b(?:his|her|their|my)\s+(?:\S+\s+){0,2}$/i.test(before) && /^debut/i.test(masked.slice(verbAt))) return true;
  if (/\b(?:word|news|reports?|rumou?rs?|announcement|confirmation|trailer|teaser|poster|stills|still (?:images?|photos?|cuts?)|first look|footage|chart|list|ranking|rankings|report|data|figures|results|album|single|song|OST|book|novel|webtoon|statement)\b[^.,;]{0,25}$/i.test(before)) return true;
  // "A Christmas special airs on BBC One on New Year's Day, ahead of the second series": a one-off, not the season.
  if (/\b(?:special|one-off|reunion|documentary|making-of|behind-the-scenes)\b(?:\s+(?:episode|edition))?[^.;,\u27E6]{0,30}$/i.test(before) && !/\bspecial\s+(?:season|series)\b/i.test(before)) return true;
  // "A compilation film recapping the first season … will open in theaters on February 13": a film made from the show.
  if (/\b(?:compilation|recap|theatrical|the)?\s*(?:film|movie|feature|special|concert)\b(?!\s+(?:adaptation|version)\s+(?:of|will))[^.;]{0,100}$/i.test(masked.slice(0, verbAt)) && /^(?:will\s+)?open|\bin (?:\w+\s+)?(?:theaters|theatres|cinemas)\b/i.test(masked.slice(verbAt, verbAt + 60)) ) return true;
  // "Five new shows coming in January", "The best new dramas arriving this week": a roundup's many shows, not one release.
  if (/\b(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:[\p{L}-]+\s+){0,2}(?:shows|series|dramas|k-dramas|titles|releases|premieres|originals|anime|sitcoms|comedies|thrillers)|(?:new|best|biggest|top|upcoming|other|the|these|all the)\s+(?:[\p{L}-]+\s+){0,2}(?:shows|dramas|k-dramas|titles|releases|premieres|originals|sitcoms|comedies|thrillers))\s+(?:(?:that\s+)?(?:are|is|will\s+be)\s+|to\s+(?:watch|stream)\s+)?$/iu.test(before)) return true;
  // "The writers' room for season 2 opened in September": the work on a season began, nothing came out.
  if (/\b(?:writers['’]?\s+room|writing room|production office|casting (?:call|process)|auditions|table read|pre-production|script(?:s|writing)?)\b[^.;,]{0,40}$/i.test(masked.slice(Math.max(0, verbAt - 60), verbAt)) && /^(?:open|start|began|begin|kick|launch)/i.test(masked.slice(verbAt))) return true;
  if (/\b(?:chart|list|ranking|report|trailer|teaser|poster|album|song|data)[^.]{0,40},\s+which\s+(?:was|were|is|has been)\s*$/i.test(masked.slice(Math.max(0, verbAt - 80), verbAt))) return true;
  return false;
}

/** Where a release is: "globally", "in Korea", KST times, "in the U.S."; global unless the text says otherwise. */
function regionOf(text: string): string {
  if (/\b(?:globally|worldwide|around the world|in over \d+ countries|global(?:ly)? release)\b/i.test(text)) return "global";
  if (/\bin (?:south )?korea\b|\bkorean (?:audiences|viewers|broadcast)\b|\bKST\b/i.test(text)) return "KR";
  if (/\bin the (?:us|u\.s\.|united states)\b/i.test(text)) return "US";
  if (/\bin the (?:uk|u\.k\.|united kingdom)\b/i.test(text)) return "GB";
  if (/\bin japan\b/i.test(text)) return "JP";
  return "global";
}


/** The text of the coordinated clause around a point. */
function clauseText(masked: string, at: number): string {
  const { start, end } = coordinatedClause(masked, at);
  return masked.slice(start, end);
}

/** The season of a release: named near the verb; else, for a past premiere long before the article, the first. */
function releaseSeason(context: RuleContext, at: number, title: number, date: string, past: boolean): number | undefined {
  const named = context.seasonAt(at, title);
  const hasSeasonSlot = context.frame.slots.some((s) => s.kind === "S" || (s.kind === "T" && s.title.season !== null));
  // "X, which premiered June 6, was renewed for a second season": the premiere is the season before the one ordered.
  // Not when the premiere has a season of its own before it ("Season 2 premiered in June and was renewed for a third").
  if (past && named && named >= 2 && renewedSeason(context.frame, at) === named && !/\u27E6S\d+\u27E7[^.;,]*$/.test(context.frame.masked.slice(0, at))) return named - 1;
  // "X first aired in 2021", "originally premiered on …": the show's start, even when another clause names a later season
  // ("X first premiered in 2022, and Season 2 came out in 2024"), unless the verb's own words name one.
  const firstRun = past && /\b(?:first|originally|initially)\s+(?:\w+\s+)?$/i.test(context.frame.masked.slice(Math.max(0, at - 20), at));
  if (firstRun && !/\u27E6S\d+\u27E7/.test(clauseText(context.frame.masked, at))) return 1;
  // "The series premiered in 2023, and Season 2 followed in 2024": a season named only in another coordinate clause is that
  // clause's; a premiere long past with none of its own is the first.
  const ownClauseNamesNone = !/\u27E6S\d+\u27E7/.test(clauseText(context.frame.masked, at)) && !context.frame.slots.some((s) => s.kind === "T" && s.title.season !== null);
  const published = context.article.published;
  if (past && ownClauseNamesNone && /,\s+(?:and|but|while)\s[^;]*\u27E6S\d+\u27E7/.test(context.frame.masked.slice(at)) && published && (Date.parse(published) - Date.parse(date)) / 86_400_000 > 150) return 1;
  if (hasSeasonSlot && named) return named;
  if (firstRun) return 1;
  if (past) {
    // A premiere that has happened, in an article looking ahead to season N, is season N-1's.
    const upcoming = context.article.upcomingSeason.get(title);
    if (upcoming && upcoming > 1 && named === upcoming) return upcoming - 1;
    if (published && (Date.parse(published) - Date.parse(date)) / 86_400_000 > 150) return 1;
  }
  return named ?? context.seasonOrFirst(at, title);
}

/** The words that give a release its tense: up to 30 characters past the later of verb and date, not past a comma ("returns on January 9, three years after the first season ended"). */
function tenseSpan(masked: string, from: number, last: number): string {
  const tail = masked.slice(last, last + 30);
  const comma = tail.slice(1).search(/[,;]/);
  return masked.slice(from, last) + (comma >= 0 ? tail.slice(0, comma + 1) : tail);
}

/** A release verb, word by word, for finding one inside a match's gap. */
const GAP_VERB = new RegExp(`(?<![\\p{L}])(${RELEASE_VERB})(?![\\p{L}])`, "giu");

/**
 * "ITV has released first-look images for X, which returns on Sunday 18 October", "renewed it before
 * the third had premiered, and has said the new episodes will arrive in 2026": the verb of the clause
 * the date is in (the last release verb of a clause that opens with a comma and "which", "and", "but"),
 * not the sentence's first, is the date's.
 */
function nearerVerb(match: RuleMatch): RuleMatch {
  const gap = match.groups.gap ?? "";
  let inner: RegExpMatchArray | undefined;
  for (const m of gap.matchAll(GAP_VERB)) if (/,\s+(?:which|that|and|but|it|where)\b[^,]*$/i.test(gap.slice(0, m.index))) inner = m;
  if (!inner) return match;
  const index = match.index + match.groups.verb!.length + inner.index!;
  const rest = gap.slice(inner.index! + inner[0].length);
  return { ...match, index, text: match.text.slice(index - match.index), groups: { ...match.groups, verb: inner[1]!, gap: rest } };
}

export function releaseDraft(context: RuleContext, dateSlot: Slot, verbAt: number, options: { title?: number; pastHint?: boolean; season?: number } = {}): Draft[] {
  if (dateSlot.kind !== "D") return [];
  const frame = context.frame;
  const text = frame.text;
  const found = dateSlot.date;
  if (Number(found.value.date.slice(0, 4)) < 1950) return [];
  // "every Wednesday": a weekly slot, not a day.
  if (/^(?:every|each)\b/i.test(dateSlot.text)) return [];
  // "two months later", "the following month": counted from another date of the sentence, for the event it tells
  // ("renewed two months later"), not a release ("the second batch arrived a week later").
  if (/\blater$|^the\s+(?:following|next)\s+(?:week|month|year)$/i.test(dateSlot.text.trim())) return [];
  const datePos = slotPosition(frame, dateSlot);
  const beforeText = text.slice(Math.max(0, dateSlot.start - 60), dateSlot.start);
  if (SAID_ON.test(beforeText)) return [];
  // "On March 3, JTBC confirmed …": the day of the news.
  if (/^\s*(?:on|as of)\s+$/i.test(text.slice(0, dateSlot.start)) && /^,?\s+[^,.]{0,60}?\b(?:confirmed|announced|revealed|reported|said|shared|stated|told|unveiled|made it official)\b/i.test(text.slice(dateSlot.end))) return [];
  const around = text.slice(Math.max(0, dateSlot.start - 50), Math.min(text.length, dateSlot.end + 30));
  if (NOT_SHOW.test(around) && !/\b(?:premiere|release|air|debut|stream)/i.test(around)) return [];
  if (options.title === undefined && aboutAnotherShow(context, verbAt)) return [];
  const title = options.title ?? context.titleAt(verbAt);
  const published = context.article.published;
  // "since its December 26 premiere": told after it happened.
  // "since its world premiere last October 3", "launched this past March 8": told as past by the words before the date.
  const since = /\bsince\s+(?:its|the)\b/i.test(text.slice(Math.max(0, dateSlot.start - 15), dateSlot.start)) || /\b(?:since\s+(?:its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:premiere|debut|launch|release)\s+(?:on\s+|in\s+)?|last\s+|this past\s+)$/iu.test(text.slice(Math.max(0, dateSlot.start - 50), dateSlot.start));
  // "drew 11.2 million viewers for its premiere on October 4": the premiere named as a noun takes the tense of the clause's verb.
  const premiereNoun = /^(?:premiere|debut|launch|release|finale|opener|return)\b/i.test(frame.masked.slice(verbAt)) && /\b(?:for|at|during|with|on|in)\s+(?:its|the|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(frame.masked.slice(Math.max(0, verbAt - 30), verbAt));
  const pastClause = premiereNoun && /\b(?:drew|attracted|pulled in|scored|recorded|averaged|earned|racked up|brought in|logged|posted|topped|led|broke|clocked)\b/i.test(frame.masked.slice(0, verbAt)) && !isFuture(frame.masked);
  const past = since || pastClause || (options.pastHint ?? isPastTense(tenseSpan(frame.masked, Math.max(0, Math.min(verbAt, datePos) - 10), Math.max(verbAt, datePos)))) && (!published || found.value.date <= published) && !isFuture(frame.masked.slice(Math.max(0, verbAt - 30), verbAt + 20));
  // "signs off with its finale on April 6", "the last two episodes air May 27": the end of a run.
  const between = frame.masked.slice(Math.min(verbAt, datePos), Math.max(verbAt, datePos));
  const nearDate = text.slice(Math.max(0, dateSlot.start - 45), dateSlot.start);
  // "kept airing right up to the start of August", "still airing at the end of June": the end of a run.
  if (/\b(?:up to|until|till|through|right up to)\s+(?:the\s+)?(?:beginning|start|end|middle)?\s*(?:of\s+)?$/i.test(nearDate) || /\bstill (?:airing|on air|running|streaming)\b/i.test(between) || /\bstill\s+(?:on\s+)?$/i.test(frame.masked.slice(Math.max(0, verbAt - 12), verbAt))) return [];
  // "The final ever episode of X will air on Christmas Day": the verb's subject is the last episode.
  const finalSubject = /\b(?:final|last)\s+(?:ever\s+|[\p{Ll}-]+\s+)?(?:episode|chapter|instalment|installment)\b[^.;]{0,50}$|\bseries finale\b[^.;]{0,50}$/iu.test(frame.masked.slice(Math.max(0, Math.min(verbAt, datePos) - 80), Math.min(verbAt, datePos)));
  if (FINALE.test(between) || FINALE.test(nearDate) || finalSubject) {
    return [{ property: "production-event", value: enumValue("finale"), qualifiers: { ...seasonQualifier(context.seasonOrFirst(verbAt, title)), pointInTime: found.value }, title, at: verbAt }];
  }
  // "Its fourth episode, broadcast on Sunday", "episode 8, which aired Saturday": one episode's air date, not the season's release.
  const subjectBefore = frame.masked.slice(Math.max(0, Math.min(verbAt, datePos) - 50), Math.min(verbAt, datePos));
  if (/\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|latest|newest|next|penultimate)\s+episode|episodes?\s+\d{1,3}(?:\s*(?:and|-|–)\s*\d{1,3})?)\b[^.;]{0,30}$/i.test(subjectBefore)) return [];
  let value = found.value;
  // "since its December 26 premiere", told after it: a date without its year that is not yet past is last year's.
  if (!found.yearGiven && published && value.date > published && (past || since)) {
    const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
    value = dateValue(y - 1, m, d, value.precision);
  }
  // A release date written without its year, not told as past, is the next one after the article
  // ("on Friday" the next Friday, not one a year on).
  if (!found.yearGiven && published && !past && !since && windowEnd(value) < published) {
    const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
    const written = dateSlot.text.trim().replace(/[,.;:]+$/, "");
    const weekdayOnly = /^(?:on\s+)?(?:this\s+|next\s+|coming\s+|this coming\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(written);
    // "Friday, June 13": a weekday written with the day fixes the year; next year's June 13 is no Friday.
    const weekdayNamed = written.match(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i);
    const weekdayFits = (year: number) => !weekdayNamed || !/\d/.test(written) || ["sun", "mon", "tues", "wednes", "thurs", "fri", "satur"][new Date(Date.UTC(year, m - 1, d)).getUTCDay()] === weekdayNamed[1]!.toLowerCase();
    if (weekdayOnly) {
      let day = Date.parse(`${value.date}T00:00:00Z`);
      while (new Date(day).toISOString().slice(0, 10) < published) day += 7 * 86_400_000;
      const next = new Date(day);
      value = dateValue(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), value.precision);
    } else if (weekdayFits(y + 1) || !weekdayFits(y)) value = dateValue(y + 1, m, d, value.precision);
  }
  const qualifiers: Qualifiers = seasonQualifier(options.season ?? releaseSeason(context, verbAt, title, value.date, past));
  const part = partNear(context, verbAt);
  if (part) qualifiers.part = part;
  // "Part 3" in an article that numbers parts and never seasons: a part of the first season.
  if (part && qualifiers.season === undefined && context.article.titles.partsNotSeasons.has(part)) qualifiers.season = 1;
  const platform = frame.slots.find((s) => s.kind === "P");
  if (platform?.kind === "P") qualifiers.platform = platform.platform.name;
  qualifiers.region = regionOf(text);
  if (found.bound) qualifiers.label = `${found.bound} ${found.value.label}`;
  const next = context.article.sentences[context.sentence.index + 1];
  const hedge = hedgeIn(text, next && next.paragraph === context.sentence.paragraph ? next.text : undefined);
  if (hedge) qualifiers.hedge = hedge;
  // "had hinted it would land in June, but … moves the release to August": a date before the move is the one given up.
  const move = text.match(MOVED);
  const beforeMove = move !== null && move.index! > dateSlot.end && frame.slots.some((s) => s.kind === "D" && s.start > move.index!);
  // "which was due to premiere on November 14, will now debut in January": "now" with a later verb gives the date up too.
  const givenUp = beforeMove || (GIVEN_UP.test(text.slice(Math.max(0, dateSlot.start - 60), dateSlot.start)) && (MOVED.test(text) || /originally|initially|previously|supposed|meant|\bwill now\b|\bnow (?:debuts?|premieres?|arrives?|airs?|launch(?:es)?|lands?)\b/i.test(text)));
  // "will not arrive in 2028 as planned", "won't premiere this year": the date is one the show will miss.
  if (datePos > verbAt && /\b(?:will not|won['’]t|would not|wouldn['’]t|does not|doesn['’]t|do not|don['’]t|is not|isn['’]t|are not|aren['’]t|no longer)\s+(?:be\s+)?(?:\w+\s+)?$/i.test(frame.masked.slice(Math.max(0, verbAt - 25), verbAt))) return [];
  const doubted = givenUp || /\b(?:didn['’]t|did not|don['’]t|do not|won['’]t|will not|not) (?:expect|anticipate|think|see)\b|\bunlikely\b|\bno longer\b/i.test(text);
  // "a return before late 2026 looks unlikely": a bound doubted is no date the release is put at, only one it will not beat.
  if (doubted && !givenUp && found.bound === "before") return [];
  if (doubted) qualifiers.doubted = true;
  if (MOVED.test(text) && !givenUp) qualifiers.label = qualifiers.label ? `${qualifiers.label}; moved` : "moved";
  let certainty: Certainty = past && !doubted ? "confirmed" : hedged(context.certainty, hedge);
  if (doubted && certainty !== "denied") certainty = "speculative";
  const drafts: Draft[] = [{ property: "release-date", value: dateClaimValue(value), qualifiers, certainty, title, at: verbAt }];
  // "moved from March 1 to March 8": the range's last day is the new date, its first the date given up.
  if (found.until && MOVED.test(text) && /\bfrom\s+$/i.test(text.slice(Math.max(0, dateSlot.start - 8), dateSlot.start))) {
    drafts[0]!.qualifiers = { ...qualifiers, doubted: true };
    drafts[0]!.certainty = "speculative";
    drafts.push({ property: "release-date", value: dateClaimValue(found.until), qualifiers: { ...qualifiers, doubted: undefined, label: "moved" }, certainty: context.certainty, title, at: verbAt });
  }
  return drafts;
}

export const releaseRules: Rule[] = [
  {
    id: "release.part-count",
    produces: ["part-count"],
    // "split into two parts", "released in two halves", "Parts 1 and 2"
    pattern: compilePattern("\\b(?:split|divided|released|broken up|arrive|arriving|arrives|drop|dropping|drops|come|coming|comes|air|airs|airing|premiere|premieres)\\s+(?:in|into|across)\\s+(?<n>{cardinal})\\s+(?:parts|halves|batches|volumes|instal(?:l)?ments)\\b|\\b(?:two|three)-part\\b"),
    build: (match, context) => {
      const n = match.groups.n ? parseCardinal(match.groups.n) : /three/i.test(match.text) ? 3 : 2;
      if (!n || n < 2 || n > 6) return [];
      // "a two-part episode", "a two-part finale": one episode in parts, not a season split.
      if (!match.groups.n && /^\s+(?:[\p{L}-]+\s+)?(?:episode|finale|special|premiere|pilot|story|interview|documentary|event)\b/iu.test(context.frame.masked.slice(match.end, match.end + 30))) return [];
      const title = context.titleAt(match.index);
      return [{ property: "part-count", value: { type: "number", value: n, approximate: false }, qualifiers: seasonQualifier(context.seasonOrFirst(match.index, title)), certainty: context.certainty === "speculative" ? "speculative" : "confirmed", title, at: match.index }];
    },
  },
  {
    id: "release.verb-date",
    produces: ["release-date", "production-event"],
    // "premieres November 18, 2022", "debuted on February 12", "will arrive on February 24th", "is slated to air in the second half of 2025"
        // A colon ends the clause ("The pickup comes while season 1 airs: it debuted on …"), unless a time follows it.
    pattern: compilePattern("(?<![\\p{L}])(?<verb>{release_verb})(?![\\p{L}])(?<gap>(?:[^.;:\u27E6]|:(?=\\d)){0,70}?|(?:[^.;:]|:(?=\\d)){0,90}?)(?<d>\u27E6D\\d+\u27E7)"),
    build: (outer, context) => {
      const match = nearerVerb(outer);
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      if (!date) return [];
      // "returns as", "returned to set": a person's return, not the show's.
      if (/^return/i.test(match.groups.verb!) && /^\s+(?:as|to set|to the role|for (?:the )?role)/i.test(match.groups.gap ?? "")) return [];
      // "set a Nov. 13 premiere date …, and dropped a first teaser on Wednesday": the later date is the teaser's.
      if (/\b(?:teasers?|trailers?|posters?|stills|first look)\b|,?\s+and\s+(?:also\s+)?(?:dropped|released|unveiled|shared|posted|revealed|announced|confirmed)\b/i.test(match.groups.gap ?? "")) return [];
      // "The official trailer, released on Tuesday, opens …": the verb's subject is a trailer, a poster or a song, not the show.
      if (/\b(?:teasers?|trailers?|posters?|stills|first look|key visual|clip|featurette|promo|video|single|song|OST|soundtrack|album)\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|has been)\s+)?$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      // "release date" followed by a verb of news ("the release date was announced on")
      if (/\b(?:announced|revealed|confirmed|teased)\s+(?:on\s+)?$/i.test(match.groups.gap ?? "")) return [];
      // "will stream on Netflix, is due to start shooting in April": the date is the shoot's.
      if (/\b(?:shoot(?:ing)?|film(?:ing)?|production|photography|cameras?|rehearsals?|casting)\b/i.test(match.groups.gap ?? "")) return [];
      // "arrived two years after season 1, a late-2027 release seems plausible": a gap counted from another point, then another clause's date.
      if (/\b(?:years?|months?|weeks?|days?)\s+(?:after|before|later|earlier)\b/i.test(match.groups.gap ?? "") && /,/.test(match.groups.gap ?? "")) return [];
      // "before season 2 even debuted, and the writers' room opened last month": a new clause with its own subject has its own date.
      if (/,\s+and\s+(?:the|a|an|its|their)\s+[^,]{1,30}?\s+(?:opened|began|started|wrapped|ended|closed|was|were|has|had)\b/i.test(match.groups.gap ?? "")) return [];
      // "renewed it for a second season before its premiere, in August": the premiere is a point of reference; the date after the comma is the renewal's.
      if (/^\s*,/.test(match.groups.gap ?? "") && /\b(?:before|after|ahead of|prior to|since|until)\s+(?:its|the|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      // "will return for a third season, the channel announced at a press event on Monday": the day of the news.
      if (/\b(?:announced|revealed|unveiled|said|told reporters)\b[^.;]*$/i.test(match.groups.gap ?? "")) return [];
      // "topped the chart for the week of April 6–12": a chart's week, not a release.
      if (/\b(?:week|weekend|weeks|period|fortnight)\s+(?:of|ending|ended|from|between|beginning|starting)\s*$/i.test(context.frame.masked.slice(Math.max(0, slotPosition(context.frame, date) - 25), slotPosition(context.frame, date)))) return [];
      // "will miss its planned slot and has been delayed to 2026": the move's own rule reads the new date.
      if (/\b(?:delayed|postponed|pushed|moved|rescheduled|bumped)\s+(?:back\s+)?(?:(?:to|until|till|into)\s+)?$/i.test(match.groups.gap ?? "")) return [];
      // "The premiere was delayed in March after a storm": when the delay came, not a release.
      if (/\b(?:delayed|postponed|pushed|moved|rescheduled|bumped)\b/i.test(match.groups.gap ?? "") && (/\b(?:in|on|during)\s+$/i.test(match.groups.gap ?? "") || /^(?:in|on|during|last|this|earlier)\b/i.test(date.kind === "D" ? date.text : ""))) return [];
      if (notAShowRelease(context, match.index, match.end)) return [];
      // "The first two seasons, released in 2021 and 2023": seasons and a list of dates, in order. One date for
      // several seasons ("Seasons 1 and 2 join the service on May 3") is a catch-up, not their premieres.
      const several = context.frame.slots.find((s) => s.kind === "S" && s.season.numbers.length >= 2 && s.start < date.start);
      if (several?.kind === "S") {
        const dates = context.frame.slots.filter((s) => s.kind === "D" && s.start >= date.start).slice(0, several.season.numbers.length);
        const listed = dates.length === several.season.numbers.length && dates.every((d, i) => i === 0 || /^\s*(?:,\s*)?(?:and|or|&)?\s*$/.test(context.frame.text.slice(dates[i - 1]!.end, d.start)));
        return listed ? dates.flatMap((d, i) => releaseDraft(context, d, match.index, { season: several.season.numbers[i]!, pastHint: true })) : [];
      }
      const drafts = releaseDraft(context, date, match.index);
      // "later this year, reportedly in October", "in 2025, probably around October": a narrower date inside the first.
      const next = context.frame.masked.slice(match.end).match(/^,?\s+(?:(?:reportedly|probably|likely|possibly|specifically|perhaps|most likely|around|sometime)\s+){0,3}(?:(?:around|in|on|by)\s+)?\u27E6D(\d+)\u27E7/i);
      let inner = next ? context.frame.slots[Number(next[1])] : undefined;
      // "in 2025, probably around October": the month without its year is in the window's year.
      if (date.kind === "D" && inner?.kind === "D" && !inner.date.yearGiven) {
        const [, m, d] = inner.date.value.date.split("-").map(Number) as [number, number, number];
        const value = dateValue(Number(date.date.value.date.slice(0, 4)), m, d, inner.date.value.precision);
        inner = { ...inner, date: { ...inner.date, value, yearGiven: true } };
      }
      if (date.kind === "D" && inner?.kind === "D" && within(inner.date.value, date.date.value) && inner.date.value.precision !== date.date.value.precision) drafts.push(...releaseDraft(context, inner, match.index));
      return drafts;
    },
  },
  {
    id: "release.date-verb",
    produces: ["release-date", "production-event"],
    // "On November 18, the series premiered", "October 2021 premiere", "the June 14 premiere"
        // "On Friday, June 14, the former network series will launch its final season"
    pattern: compilePattern("(?<d>\u27E6D\\d+\u27E7)(?:,?\\s+(?:the\\s+)?(?:(?:[\\p{Ll}-]+|\u27E6P\\d+\u27E7)\\s+){0,3}(?:series|show|drama|season|it|\u27E6T\\d+\u27E7)(?:\\s+\u27E6S\\d+\u27E7)?\\s+(?:officially\\s+|will\\s+|is set to\\s+|finally\\s+)*|\\s+)(?<verb>premier(?:e|ed|es)|debut(?:ed|s)?|release|launch|launched|launches|bow|return|returns|arrives)\\b"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      // "confirmed a second season last summer, and it premiered on April 10", "production began the following month,
      // and it premiered": a date ending the clause before ", and" is that clause's.
      if (/^[^\u27E6]*,\s+and\s/.test(match.text.slice(match.groups.d!.length))) return [];
      return date ? releaseDraft(context, date, match.index + match.text.length - match.groups.verb!.length) : [];
    },
  },
  {
    id: "release.day-picked",
    produces: ["release-date"],
    // "Oct. 3 is the day Netflix has picked to launch Part 3", "March 8 will be the date the season drops"
    pattern: compilePattern("(?<d>\u27E6D\\d+\u27E7),?\\s+(?:is|was|will be|has been)\\s+(?:set as\\s+)?(?:the\\s+)?(?:(?:big|official|launch|release|premiere|new)\\s+)?(?:day|date|night)\\b(?<gap>[^.;\u27E6]{0,50}?|[^.;]{0,60}?)(?<![\\p{L}])(?<verb>{release_verb})(?![\\p{L}])"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      // "May 2 is the day the trailer drops": something else comes out that day.
      if (/\b(?:trailer|teaser|poster|first look|cast|lineup|announcement|tickets?)\b/i.test(match.groups.gap ?? "")) return [];
      return date ? releaseDraft(context, date, match.index + match.text.length - match.groups.verb!.length) : [];
    },
  },
  {
    id: "release.season-followed",
    produces: ["release-date"],
    // "The second series followed in 2021", "Season 3 came along a year later, in May 2022"
    pattern: compilePattern("(?<s>\u27E6S\\d+\u27E7)(?:\\s+of\\s+\u27E6T\\d+\u27E7)?\\s+(?:followed|came along|came next|arrived|came)\\s+(?:[^.;\u27E6]{0,40}?\\s)?(?:(?:in|on)\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      return date ? releaseDraft(context, date, match.index, { pastHint: true }) : [];
    },
  },
  {
    id: "release.show-began",
    produces: ["release-date"],
    // "every episode since the show began in 2021", "when the series launched in March 2019": the show's start is its first season's.
    pattern: compilePattern("\\b(?:since|when|ever since)\\s+(?:the|its|this)\\s+(?:(?!original\\b|first\\b|previous\\b|old\\b|comic\\b|manga\\b|novel\\b|book\\b|film\\b)[\\p{Ll}-]+\\s+)?(?:show|series|drama|programme|program|sitcom)\\s+(?:first\\s+)?(?:began|started|launched|debuted|premiered|aired|bowed|hit (?:screens|the air))\\s+(?:(?:back\\s+)?(?:in|on)\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      if (date?.kind !== "D" || date.date.bound) return [];
      const published = context.article.published;
      if (published && date.date.value.date > published) return [];
      return releaseDraft(context, date, match.index, { pastHint: true, season: 1 });
    },
  },
  {
    id: "release.days-after",
    produces: ["release-date"],
    // "renewed it on October 17, 2024, only one day after the second season's premiere": the premiere is counted back from the day given.
    pattern: compilePattern("(?<d>\u27E6D\\d+\u27E7),?\\s+(?:only\\s+|just\\s+|barely\\s+|a mere\\s+)?(?<n>{cardinal}|a|an)\\s+days?\\s+(?:after|following)\\s+(?:the\\s+|its\\s+)?(?:(?<s>\u27E6S\\d+\u27E7)(?:['’]s)?\\s+|(?:series|show)['’]s?\\s+)?(?:premiere|debut|launch|release)\\b"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      const n = /^an?$/i.test(match.groups.n!) ? 1 : parseCardinal(match.groups.n!);
      if (date?.kind !== "D" || date.date.value.precision !== "day" || !n || n > 60) return [];
      // "two days after the release of the trailer": something else came out.
      if (/^\s+(?:of|on)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:trailer|teaser|poster|album|single|song|book|novel|webtoon|game)\b/i.test(context.frame.masked.slice(match.end, match.end + 40))) return [];
      const day = new Date(Date.parse(`${date.date.value.date}T00:00:00Z`) - n * 86_400_000);
      const value = dateValue(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day");
      const seasonSlot = context.slot(match, "s");
      const season = seasonSlot?.kind === "S" && seasonSlot.season.numbers.length === 1 ? seasonSlot.season.numbers[0] : undefined;
      const counted: Slot = { ...date, date: { ...date.date, value, until: undefined, bound: null, yearGiven: true } };
      return releaseDraft(context, counted, match.index + match.text.length, { pastHint: true, ...(season !== undefined ? { season } : {}) });
    },
  },
  {
    id: "release.season-ended",
    produces: ["production-event"],
    // "The third season concluded on October 2, 2024", "the series ended its run in May 2019": a season's last episode.
    pattern: compilePattern("(?:(?<s>\u27E6S\\d+\u27E7)|\\b(?:the\\s+)?(?:series|show|drama))(?:\\s+of\\s+[“\"‘']?\u27E6T\\d+\u27E7[”\"’']?)?\\s+(?:(?:officially|finally)\\s+)?(?:concluded|ended|wrapped up|came to an end|signed off|bowed out)(?:\\s+its\\s+(?:run|broadcast|airing))?\\s+(?:on\\s+|in\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      if (date?.kind !== "D" || date.date.bound) return [];
      const published = context.article.published;
      // An end still ahead is a finale date, which the release rules read from "finale"; "ended" tells of one that happened.
      if (published && date.date.value.date > published) return [];
      const title = context.titleAt(match.index);
      const seasonSlot = context.slot(match, "s");
      const season = seasonSlot?.kind === "S" && seasonSlot.season.numbers.length === 1 ? seasonSlot.season.numbers[0]! : context.seasonOrFirst(match.index, title);
      return [{ property: "production-event", value: enumValue("finale"), qualifiers: { ...seasonQualifier(season), pointInTime: date.date.value }, certainty: "confirmed", title, at: match.index }];
    },
  },
  {
    id: "release.ran-from",
    produces: ["release-date"],
    // "The series ran from September 2021 to January 2022", "aired from March to May 2019": the run's first day.
    pattern: compilePattern("\\b(?:ran|aired|was on (?:the )?air|broadcast|streamed)\\s+(?:on\\s+\u27E6P\\d+\u27E7\\s+)?from\\s+(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      if (date?.kind !== "D") return [];
      // "Filming on the second season ran from February through July": the shoot's run, not the show's.
      if (notAShowRelease(context, match.index, match.end)) return [];
      // The run's first day is the premiere; its last is not a release, whatever the range says.
      const start: Slot = { ...date, date: { ...date.date, until: undefined } };
      return releaseDraft(context, start, match.index, { pastHint: true });
    },
  },
  {
    id: "release.moved-to",
    produces: ["release-date"],
    // "has been delayed to 2024", "pushed back to March 8", "postponed until next spring": the new date.
    // "has delayed the Korean drama X to February 20": the show between the verb and the date.
    pattern: compilePattern("\\b(?:delayed|pushed back|pushed|postponed|moved|rescheduled|bumped)\\s+(?:(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?[“\"‘']?⟦T\\d+⟧[”\"’']?\\s+|(?:it|the (?:series|show|drama|season|premiere|release|launch))\\s+)?(?:back\\s+)?(?<to>(?:to|until|till|into)\\s+)?(?:(?:late|early|mid|the (?:end|start|middle) of)\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      // The new date follows "to" ("delayed to 2026"); "delayed in 2024" says when the delay came.
      if (!date || (!match.groups.to && !/^(?:to|until|till|into)\b/i.test(date.text))) return [];
      return releaseDraft(context, date, match.index).map((draft) => ({ ...draft, qualifiers: { ...draft.qualifiers, doubted: undefined, label: "moved" } }));
    },
  },
  {
    id: "release.date-of",
    produces: ["release-date"],
    // "set a new tentative date of October 3", "a premiere date of March 3", "the release date: June 6"
    pattern: compilePattern("\\b(?:(?:new|tentative|official|confirmed|premiere|release|launch|streaming|air)\\s+){1,3}date\\s+(?:of|as|is|:|for|[–—-])\\s+(?:set\\s+(?:for|as)\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      return date ? releaseDraft(context, date, match.index) : [];
    },
  },
  {
    id: "release.list-entry",
    produces: ["release-date", "platform"],
    kinds: ["paragraph", "heading", "caption"],
    // "“Night Ledger” Season 2 – Peacock – Jan. 16 …"
    // also "2. “Salt Road” (Season 2) – Channel Nine – April 2": a numbered entry, the season in brackets, a network the vocabulary lacks.
    // also "Cold Harbour (Netflix, January 8): …": the network and the day in brackets after the entry's title.
    pattern: [
      compilePattern("^(?:\\d{1,2}[.)]\\s+)?[“\"‘']?{title:t}[”\"’']?(?:\\s*\\(?\\s*{season}\\s*\\)?)?(?:\\s+\\w+)?\\s*[–—-]\\s*(?:{platform:p}|(?-i:[\\p{Lu}][\\p{L}+&]*)(?:\\s+(?-i:[\\p{Lu}][\\p{L}+&]*)){0,2}|\u27E6N\\d+\u27E7)\\s*[–—-]\\s*(?<d>\u27E6D\\d+\u27E7)"),
      compilePattern("^(?:\\d{1,2}[.)]\\s+)?[“\"‘']?{title:t}[”\"’']?(?:\\s+{season})?\\s*\\(\\s*{platform:p}\\s*(?:[,;/|]\\s*(?:(?:premieres?|returns?|from|on|out)\\s+)?(?<d>\u27E6D\\d+\u27E7)\\s*\\)|\\)\\s*[,:–—-]?\\s*(?<d2>\u27E6D\\d+\u27E7))"),
    ],
    build: (match, context) => {
      const date = context.frame.slots[Number((match.groups.d ?? match.groups.d2)!.slice(2, -1))];
      const title = context.slot(match, "t");
      if (!date || title?.kind !== "T") return [];
      // A dashed entry lists what came out; a bracketed one ("Crowfield (Netflix, October 1)") is as often a preview: its tense decides.
      const bracketed = match.groups.d2 !== undefined || /\([^)]*\u27E6D/.test(match.text);
      const drafts = releaseDraft(context, date, match.index, { title: title.title.title, ...(bracketed ? {} : { pastHint: true }) });
      // The entry's middle column is where the show streams or airs.
      const where = context.slot(match, "p");
      if (where?.kind === "P" && drafts.length > 0) {
        drafts.push({ property: "platform", value: enumValue(where.platform.name), qualifiers: where.platform.role === "network" ? { label: "network" } : {}, certainty: atMost(context.certainty, "reported"), title: title.title.title, at: match.index });
      }
      return drafts;
    },
  },
  {
    id: "release.title-year",
    produces: ["release-date"],
    kinds: ["paragraph", "heading", "headline", "caption"],
    // "Moonlit Market (2021)": the year a show came out.
    pattern: compilePattern("{title:t}[”\"’']?\\s*(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      const date = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      const title = context.slot(match, "t");
      if (date?.kind !== "D" || title?.kind !== "T" || !/^\(/.test(date.text)) return [];
      const published = context.article.published;
      if (published && date.date.value.date > published) return [];
      // "starring in "Paper Kites" (2013)": another work's year says nothing of this show's.
      return [{ property: "release-date", value: dateClaimValue(date.date.value), qualifiers: { season: title.title.season ?? 1 }, certainty: "confirmed", title: title.title.title, at: match.index }];
    },
  },
];
