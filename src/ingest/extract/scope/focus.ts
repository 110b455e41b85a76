import type { Frame } from "../engine/frame.ts";
import { isReference, seasonOwner } from "./references.ts";
import type { Paragraph } from "../../read/clean-article.ts";

/**
 * Which show each sentence is about when it names none: roundups and chart reports are split into
 * per-show segments. A heading or a list entry that names a show opens its segment; a sentence
 * that leads with a show takes it, and the rest of its paragraph follows; a sentence that points
 * back ("Its final season", "The series") takes the show named last; a new paragraph goes back to
 * its segment's show.
 */
export function sentenceFocus(frames: Frame[], paragraphs: Paragraph[], main: number): number[] {
  const focus: number[] = [];
  let segment = main;
  let current = main;
  let paragraph = -1;
  let lastNamed: number | null = null;
  let lastNamedParagraph = -1;
  let lastNamedInPassing = false;
  const paragraphOpener = new Map<number, number | null>();
  for (const frame of frames) {
    const sentence = frame.sentence;
    const leading = leadingTitle(frame);
    if (!paragraphOpener.has(sentence.paragraph)) paragraphOpener.set(sentence.paragraph, leading ?? lastTitleNamed(frame));
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      current = segment;
      const kind = paragraphs[paragraph]?.kind;
      if ((kind === "heading" || isListEntry(paragraphs[paragraph]?.text ?? "")) && leading !== null) {
        segment = leading;
        current = leading;
      }
    }
    // "… the most-watched series is X." then "Its final season …" or "The series is a thriller …": the show just named.
    // A new paragraph that opens "The series …" points back at the show the paragraph before opened with, not at one
    // it named in passing further on ("ATV's rival drama finished second").
    // A show named in passing (a person's next project, "comparisons to X") is not what a new paragraph points back at.
    const sameStretch = lastNamedParagraph === sentence.paragraph || (paragraphOpener.get(lastNamedParagraph) === lastNamed && !lastNamedInPassing);
    // A bare "It" points back only at a show the sentence before was about, not one it named after a preposition
    // ("has drawn comparisons to Netflix's Old Hit. It premieres June 13").
    const bareIt = /^It(?:['’]s)?\s/.test(sentence.text);
    if (leading === null && lastNamed !== null && lastNamed !== current && sameStretch && ANAPHOR.test(sentence.text) && !(bareIt && lastNamedInPassing)) current = lastNamed;
    const named = lastTitleNamed(frame);
    if (named !== null) {
      lastNamed = named;
      lastNamedParagraph = sentence.paragraph;
      lastNamedInPassing = namedInPassing(frame, named);
    }
    if (leading !== null) current = leading;
    focus.push(current);
  }
  return focus;
}

/** A sentence that opens by pointing back at a show instead of naming it. */
const ANAPHOR = /^(?:Its\s|It['’]s\s+(?!(?:not\s+)?(?:unclear|clear|unknown|likely|unlikely|possible|expected|reported|said|understood|believed|thought|rumou?red|confirmed|official|worth|time|hard|easy|too|no|a|an|the|been\s+(?:a|an|\d|over|almost|nearly|more|less|years?|months?|weeks?|days?))\b)|It\s+(?!(?:is|was|has been|had been|will be|would be|remains|remained|seems|seemed|appears|appeared)\s+(?:not\s+|still\s+|now\s+)?(?:unclear|clear|unknown|known|likely|unlikely|possible|expected|reported|said|understood|believed|thought|rumou?red|confirmed|announced|official|worth|time|hard|easy|too|no|a|an|the)\b)|(?:The|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}(?:series|show|drama|thriller|comedy|sitcom|anime|K-drama|story|plot|premise)\b(?!\s+(?:of|that|which|who|about)\b))/u;

/** The last show a sentence names other than as a reference to another work. */
function lastTitleNamed(frame: Frame): number | null {
  let last: number | null = null;
  for (const slot of frame.slots) if (slot.kind === "T" && !isReference(frame, slot)) last = slot.title.title;
  return last;
}

/** Whether the sentence names the title only after a preposition ("comparisons to X", "behind X", "than X"). */
function namedInPassing(frame: Frame, title: number): boolean {
  const index = frame.slots.findIndex((slot) => slot.kind === "T" && slot.title.title === title);
  if (index < 0) return false;
  const before = frame.masked.slice(Math.max(0, frame.positions[index]! - 30), frame.positions[index]);
  if (/\b(?:his|her|their|[\p{Lu}][\p{Ll}]+['’]s)\s+(?:next|upcoming|new|other|previous|last|latest|first)\s+(?:project|drama|series|show|film|movie|role|work)\b[^.;]{0,25}$/u.test(frame.masked.slice(Math.max(0, frame.positions[index]! - 60), frame.positions[index]))) return true;
  return /\b(?:to|with|than|like|from|of|behind|after|before|over|against|beside|besides|alongside|including)\s+(?:\u27E6P\d+\u27E7['’]?s?\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[“"‘']?$/u.test(before);
}

function isListEntry(text: string): boolean {
  return /^(?:\d{1,2}[.)]\s|[“"‘']?[\p{Lu}\p{N}][^.!?]{0,80}?[”"’']?\s*(?:\(|[–—-]\s))/u.test(text);
}

/** The title a sentence leads with: named before its main verb, not as a reference to another work. */
export function leadingTitle(frame: Frame): number | null {
  for (let index = 0; index < frame.slots.length; index++) {
    const slot = frame.slots[index]!;
    if (slot.kind !== "T") continue;
    if (isReference(frame, slot)) continue;
    const before = frame.masked.slice(0, frame.positions[index]);
    // Only openers, a platform, a descriptor or "season N of" stand before a leading title.
    const words = before.replace(/\u27E6[A-Z]\d+\u27E7/g, "X").split(/\s+/).filter(Boolean);
    if (words.length > 9) return null;
    // A title after a verb is its object ("Her résumé includes X"): the sentence is about its subject.
    if (/\b(?:is|are|was|were|has|have|had|will|would|said|says|told|plays|played|stars|starred|joins|joined|than|about|for|to|by|into|over|behind|includes?|included|features|featured|named|called|dubbed|watched|recalls|recalled|mentions|mentioned|cites|cited|praised|reviewed|compared|beat|beats|dethroned|overtook|replaced|replaces|leads|led|tops|topped)\b/i.test(before)) return null;
    return slot.title.title;
  }
  return null;
}


/**
 * A question whether a season will exist at all ("Will there be a second season?", "Is a season 2 happening?"); a
 * heading that asks is answered by its section, and a question about a season that exists ("Ready for season 2?",
 * "Is season 2 worth the wait?") names the article's season, so neither is one.
 */
function isAsked(frame: Frame): boolean {
  if (frame.sentence.kind === "heading" || frame.sentence.kind === "headline" || !/\?\s*$/.test(frame.text)) return false;
  return /^(?:so,?\s+)?(?:will|could|would|is|are|might)\s+(?:there\s+(?:be|ever be)\s+|we\s+(?:get|see)\s+)(?:a|another|any)\b|\b(?:happening|in the works|on the cards|going to happen)\s*\?\s*$/i.test(frame.text.trim());
}

const LOOKING_AHEAD = /\b(?:renew\w*|green[- ]?l\w*|picked up|ordered|commissioned|confirm\w*|announc\w*|upcoming|coming|will|set to|slated|scheduled|due|expected|return\w*|back for|planned|planning|in the works|in development|filming|shooting|production|cancel\w*|axed|scrapped|not (?:yet )?(?:renewed|ordered)|no word|delay\w*|postpon\w*|release date)\b/i;

/** For each title, the season the article looks ahead to: named with a renewal, a plan or a date to come. */
export function upcomingSeasons(frames: Frame[], focus: number[], main: number): Map<number, number> {
  const upcoming = new Map<number, number>();
  frames.forEach((frame, index) => {
    if (!LOOKING_AHEAD.test(frame.text) || isAsked(frame)) return;
    for (const slot of frame.slots) {
      const season = slot.kind === "S" && slot.season.numbers.length ? slot.season.numbers[slot.season.numbers.length - 1]! : slot.kind === "T" ? slot.title.season : null;
      if (!season || season < 2) continue;
      // "X, which premiered June 6, was renewed for a second season": the season a renewal names is to come, whatever else aired.
      const renewed = /\b(?:renew\w*|picked up|greenlit|green-lit|ordered|commissioned)\s+for\s+(?:a\s+|an\s+)?$/i.test(frame.text.slice(Math.max(0, slot.start - 40), slot.start));
      if (!renewed && /\b(?:premiered|debuted|aired|released|came out|launched|dropped)\b/i.test(frame.text) && !/\b(?:will|upcoming|coming|set to)\b/i.test(frame.text)) continue;
      const owner = slot.kind === "T" ? slot.title.title : seasonOwner(frame, slot) ?? frame.slots.filter((s) => s.kind === "T" && s.start < slot.start).map((s) => (s.kind === "T" ? s.title.title : main)).pop() ?? focus[index] ?? main;
      upcoming.set(owner, Math.max(upcoming.get(owner) ?? 0, season));
    }
  });
  return upcoming;
}

/**
 * For each title, the highest season number the article names with it, the season the headline
 * names, and the article's season (the headline's, else the highest named).
 */
// "Please let there be a season 2", "fans are begging for a second season": a wish is not a season the article is about.
// "Asked about a possible second season", "any potential third season": a season only wondered about.
const SEASON_IN_QUESTION = /\b(?:whether|if|no word (?:yet )?on|hopes? (?:for|of)|hoping for|talk of|chances? (?:of|for)|possibility of|prospects? (?:of|for)|let there be|wish(?:es|ing)? for|pray(?:s|ing)? for|asked about|questions? about|quizzed about|speculation (?:about|over)|rumou?rs? (?:of|about))\s+(?:[\w'’]+\s+){0,4}?(?:a|an|any)\s+(?:(?:possible|potential|hypothetical|eventual|future)\s+)?$|\b(?:a|an|any)\s+(?:possible|potential|hypothetical|eventual)\s+$/i;

export function seasonsOfTitles(frames: Frame[], headlineFrame: Frame | undefined, main: number, sentenceFocus: number[] = []): { focus: Map<number, number>; named: Map<number, number>; headline: Map<number, number> } {
  const named = new Map<number, number>();
  const returning = new Map<number, number>();
  const focus = new Map<number, number>();
  for (const [index, frame] of frames.entries()) {
    let title: number | null = sentenceFocus[index] ?? null;
    for (const slot of frame.slots) {
      if (slot.kind === "T") {
        title = slot.title.title;
        if (slot.title.season) named.set(title, Math.max(named.get(title) ?? 0, slot.title.season));
      }
      if (slot.kind === "S" && slot.season.numbers.length) {
        // "whether a second season is in the works", "Will there be a second season?": a season in question is not one the article is about.
        if (SEASON_IN_QUESTION.test(frame.text.slice(Math.max(0, slot.start - 60), slot.start)) || isAsked(frame)) continue;
        // "There is no second season waiting in a drawer", "there won't be a season 2": a season denied is none.
        if (/\b(?:no|never\s+(?:be\s+)?a|not\s+(?:be\s+)?a|won['’]t\s+be\s+a|without\s+a)\s+$/i.test(frame.text.slice(Math.max(0, slot.start - 20), slot.start))) continue;
        const owner = seasonOwner(frame, slot) ?? title ?? main;
        named.set(owner, Math.max(named.get(owner) ?? 0, ...slot.season.numbers));
        // "is back for a fourth series, and the BBC has already ordered a fifth": the season coming back is the one at hand.
        if (/\b(?:back|returns?|returning|coming back)\s+(?:for|with)\s+(?:a|an|its|the|their)?\s*$/i.test(frame.text.slice(Math.max(0, slot.start - 40), slot.start))) returning.set(owner, Math.max(returning.get(owner) ?? 0, ...slot.season.numbers));
      }
    }
  }
  if (headlineFrame) {
    let title = main;
    for (const slot of headlineFrame.slots) {
      if (slot.kind === "T") {
        title = slot.title.title;
        if (slot.title.season) focus.set(title, slot.title.season);
      }
      if (slot.kind === "S" && slot.season.numbers.length && !focus.has(title)) focus.set(title, slot.season.numbers[0]!);
    }
  }
  const headline = new Map(focus);
  for (const [title, season] of returning) if (!focus.has(title)) focus.set(title, season);
  for (const [title, season] of named) if (!focus.has(title)) focus.set(title, season);
  return { focus, named, headline };
}

/** A sentence that tells of a run that has happened: "premiered in March", "all seven episodes arrived at once". */
const TOLD_AS_PAST = /\b(?:premiered|debuted|aired|released|came out|launched|dropped|arrived|landed|ran|concluded|ended|finished|streamed|bowed)\b/i;
/** Future forms, and the present that tells of what is coming ("is releasing", "arrives on"). */
const FUTURE_MARKER = /\b(?:will|'ll|upcoming|coming|set to|slated|scheduled|due|expected|new episodes|new season|next season|return\w*|back for|(?:is|are) (?:releasing|arriving|premiering|launching|debuting|dropping|streaming))\b/i;

/**
 * Whether a sentence speaks of the season the article looks ahead to: a renewal, a plan,
 * production, or a date after the article's.
 */
export function speaksOfUpcoming(frame: Frame, published: string | null): boolean {
  const text = frame.text;
  if (FUTURE_MARKER.test(text)) return true;
  if (published && frame.slots.some((s) => s.kind === "D" && s.date.value.date > published)) return true;
  return LOOKING_AHEAD.test(text) && !TOLD_AS_PAST.test(text);
}

/** A sentence about a run that has happened and nothing to come: no plan, renewal, future form or later date. */
function toldWhollyAsPast(frame: Frame, published: string | null): boolean {
  if (!TOLD_AS_PAST.test(frame.text) && !/\b(?:drew|attracted|pulled in|averaged|racked up)\b/i.test(frame.text)) return false;
  if (FUTURE_MARKER.test(frame.text) || LOOKING_AHEAD.test(frame.text)) return false;
  return !published || !frame.slots.some((s) => s.kind === "D" && s.date.value.date > published);
}

/**
 * The season a sentence that names none is about. The headline's season is the default only for
 * sentences that speak of the upcoming season, when the headline's season is the one to come: "all
 * seven episodes arrived at once" in an article headlined "Season 2: everything we know" tells of
 * the season that aired before it. When the headline names no season, the article's season holds.
 */
export function defaultSeason(frame: Frame, scope: { published: string | null; seasonFocus: Map<number, number>; headlineSeason: Map<number, number>; upcomingSeason: Map<number, number>; headlineLooksAhead: boolean }, title: number): number | null {
  const article = scope.seasonFocus.get(title) ?? null;
  const headline = scope.headlineSeason.get(title);
  if (headline === undefined || headline < 2) {
    // "renewed for a second season" elsewhere in the article, and here "drew 11 million viewers for its premiere": the
    // season the article looks ahead to has not aired, so a sentence told wholly in the past is about the one before it.
    if (article !== null && article >= 2 && scope.upcomingSeason.get(title) === article && frame.sentence.kind !== "headline" && toldWhollyAsPast(frame, scope.published)) return article - 1;
    return article;
  }
  const upcoming = scope.headlineLooksAhead || scope.upcomingSeason.get(title) === headline;
  if (!upcoming || frame.sentence.kind === "headline" || speaksOfUpcoming(frame, scope.published)) return article;
  return headline - 1;
}

/**
 * Words that say a show has run before without numbering the season at hand: "the long-running
 * drama", "back in production", "its fifth outing", "the new season".
 */
const RAN_BEFORE = /\b(?:long-running|returning|back (?:in production|on set|for (?:more|another|a new))|(?:new|latest|next|upcoming|another|coming) (?:season|chapter|instal?lment|outing|run|batch of episodes)|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)) (?:chapter|instal?lment|outing|run|cycle|volume)|(?:previous|earlier|past|prior) (?:seasons|season|chapters|instal?lments|outings|runs))\b/i;

/**
 * Titles the article says have run before (so a season it does not number is not the first): a
 * sentence about the title uses one of the words above.
 */
export function titlesRunBefore(frames: Frame[], focus: number[]): Set<number> {
  const titles = new Set<number>();
  frames.forEach((frame, index) => {
    if (!RAN_BEFORE.test(frame.text)) return;
    const named = frame.slots.filter((s) => s.kind === "T" && !isReference(frame, s)).map((s) => (s.kind === "T" ? s.title.title : -1));
    for (const title of named.length ? named : [focus[index]!]) titles.add(title);
  });
  return titles;
}

/** A headline about a season to come: a renewal, a date, a plan, or the "everything we know" of a season not out yet. */
export function headlineLooksAhead(headline: string | null): boolean {
  if (!headline) return false;
  return LOOKING_AHEAD.test(headline) || /\b(?:everything (?:we|you) (?:know|need to know)|what (?:we|you) know|what to expect|when (?:will|is|does|do|can)|first look|trailer|teaser|predictions?|theories)\b|\?\s*$/i.test(headline);
}
