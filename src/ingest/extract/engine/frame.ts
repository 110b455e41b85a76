import { findDates, type FoundDate } from "../dates.ts";
import { findNameSpans, type NameSpan } from "../mentions/people.ts";
import { findParts, findSeasons, type PartMention, type SeasonMention } from "../mentions/seasons.ts";
import type { TitleMention, TitleRegistry } from "../scope/titles.ts";
import type { Sentence } from "../types.ts";
import { isAmbiguousPlatform, platformBySpelling, platformPattern, type PlatformEntry } from "../vocab/platforms.ts";
import { CLOSE, OPEN } from "./pattern.ts";

export type Slot =
  | { kind: "T"; start: number; end: number; text: string; title: TitleMention }
  | { kind: "N"; start: number; end: number; text: string; name: NameSpan }
  | { kind: "D"; start: number; end: number; text: string; date: FoundDate }
  | { kind: "P"; start: number; end: number; text: string; platform: PlatformEntry }
  | { kind: "S"; start: number; end: number; text: string; season: SeasonMention }
  | { kind: "R"; start: number; end: number; text: string; part: PartMention };

/**
 * A sentence with its names, titles, dates, platforms, seasons and parts replaced by typed slots
 * ("⟦N0⟧ plays ⟦N1⟧ in ⟦T2⟧"), so that rules are written over the shape of a sentence rather than
 * over the words of one. `toOriginal` maps an offset in `masked` back to the sentence text.
 */
export interface Frame {
  sentence: Sentence;
  text: string;
  masked: string;
  slots: Slot[];
  /** Where each slot's token starts in `masked`, by slot number. */
  positions: number[];
  toOriginal(offset: number): number;
}

/** A capitalized run after a colon, up to six words with small connectors inside, ending before prose. */
const SUBTITLE = /^:\s+[\p{Lu}][\p{L}'’-]*(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|&)\s+)*[\p{Lu}][\p{L}'’-]*){0,5}(?=\s+\p{Ll}|[,.;:!?)’”'"]|$)/u;
/** Words of a headline's label, not of a subtitle: "X 2: Release Date, Cast and Plot". */
const SUBTITLE_STOP = /^(?:Release|Date|Dates|Cast|Plot|Trailer|Teaser|Everything|What|When|Where|Who|How|Why|Season|Part|Episode|Episodes|Premiere|Renewed|Cancelled|Canceled|Confirmed|Review|Recap|Ending|Explained|Update|News|Spoilers|Netflix|Filming|Production)$/;

/** Platforms whose name is also an everyday word count only where the sentence uses them as a service. */
function platformInContext(text: string, start: number, end: number, spelling: string): boolean {
  if (!isAmbiguousPlatform(spelling)) return true;
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 25);
  return /\b(?:on|to|via|from|at|streaming|streamer|exclusively on)\s+$/i.test(before) || /^['’]s?\s|^\s+(?:original|series|subscribers|release|premiere|show|drama|streaming|documentary)\b/i.test(after) || /^\s*[,)–-]\s*(?:\w+\.?\s+\d|$)/.test(after);
}

/** For an undated article: the latest year its past-tense sentences name, a floor for when it was written. */
export function latestPastYear(sentences: { text: string }[]): number | undefined {
  let latest: number | undefined;
  for (const { text } of sentences) {
    if (tenseOf(text) !== "past") continue;
    for (const m of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) latest = Math.max(latest ?? 0, Number(m[1]));
  }
  return latest;
}

/** Whether a sentence tells of the past or the future, for dates written without their year. */
export function tenseOf(text: string): "past" | "future" | null {
  const future = /\b(?:will|'ll|is set to|are set to|is slated|are slated|is scheduled|are scheduled|is due|are due|is expected|are expected|upcoming|is coming|are coming|to premiere|to be released|to return|set for|slated for|scheduled for|is poised|going to|plans? to|next)\b/i.test(text);
  const past = /\b(?:was|were|had|did|premiered|released|debuted|aired|dropped|landed|arrived|launched|came out|began|started|ended|finished|concluded|wrapped|kicked off|went|opened|returned|ago|earlier this|last (?:week|month|year|night))\b/i.test(text);
  if (future && !past) return "future";
  if (past && !future) return "past";
  return null;
}

/** A headline in title case ("Show Picked Up For Season 2") capitalizes verbs too. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}

/**
 * `names`: where a sentence capitalizes every word, only the names the body also writes count
 * as names ("Picked Up" in a headline is not a person).
 */
export function buildFrame(sentence: Sentence, titles: TitleRegistry, published: string | null, names?: Set<string>, knownWords?: Set<string>, floorYear?: number): Frame {
  const text = sentence.text;
  const slots: Slot[] = [];
  const taken = (start: number, end: number) => slots.some((s) => s.start < end && start < s.end);
  for (const found of titles.find(text)) {
    let mention = found;
    // "Undertow 2 will reach screens": a lone digit after the title is its season ("Undertow 2 million views" is not).
    // Only before a lower-case word or punctuation: "Undertow 7 ENA 3.7%" is a table row (title, episode, channel).
    const sequel = mention.season === null ? text.slice(mention.end).match(/^\s([2-9])(?=\s+\p{Ll}|[,.:;!?)’”'"]|$)(?!\s+(?:million|billion|percent|per cent|episodes?|seasons?|hours?|views|weeks?|days?|times|of|out|spots?|places?|points?|stars?)\b)/u) : null;
    if (sequel) mention = { ...mention, end: mention.end + sequel[0].length, text: text.slice(mention.start, mention.end + sequel[0].length), season: Number(sequel[1]) };
    // "“Soundtrack #1”": a number sign inside the quotes is part of the title, not a rank.
    const numbered = text.slice(mention.end).match(/^\s#\d{1,2}(?=[,.]?[”"’'])/);
    if (numbered) mention = { ...mention, end: mention.end + numbered[0].length, text: text.slice(mention.start, mention.end + numbered[0].length) };
    // "Ashfall 2: Ember and Smoke": a subtitle after a sequel's number is the title's too.
    if (mention.season !== null && /\d$/.test(mention.text)) {
      const subtitle = text.slice(mention.end).match(SUBTITLE);
      if (subtitle && !subtitle[0].split(/\s+/).some((w) => SUBTITLE_STOP.test(w))) mention = { ...mention, end: mention.end + subtitle[0].length, text: text.slice(mention.start, mention.end + subtitle[0].length) };
    }
    if (taken(mention.start, mention.end)) continue;
    // "X 2" in an article that numbers parts and never seasons: the title, then its part ("Part 2" by its sequel's name).
    const digit = mention.season !== null && titles.partsNotSeasons.has(mention.season) ? text.slice(mention.start, mention.end).match(/\s([2-9])(?=:|$)/) : null;
    if (digit) {
      const at = mention.start + digit.index!;
      const number = Number(digit[1]);
      slots.push({ kind: "T", start: mention.start, end: at, text: text.slice(mention.start, at), title: { ...mention, end: at, text: text.slice(mention.start, at), season: null } });
      slots.push({ kind: "R", start: at + 1, end: at + 2, text: digit[1]!, part: { start: at + 1, end: at + 2, text: digit[1]!, numbers: [number] } });
      // Its subtitle names the same show.
      const sub = text.slice(at + 2, mention.end).match(/^:\s+/);
      if (sub) slots.push({ kind: "T", start: at + 2 + sub[0].length, end: mention.end, text: text.slice(at + 2 + sub[0].length, mention.end), title: { ...mention, start: at + 2 + sub[0].length, text: text.slice(at + 2 + sub[0].length, mention.end), season: null } });
      continue;
    }
    slots.push({ kind: "T", start: mention.start, end: mention.end, text: mention.text, title: mention });
  }
  platformPattern.lastIndex = 0;
  for (const m of text.matchAll(platformPattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    const platform = platformBySpelling(m[0]);
    if (!platform || taken(start, end) || !platformInContext(text, start, end, m[0])) continue;
    slots.push({ kind: "P", start, end, text: m[0], platform });
  }
  for (const season of findSeasons(text)) if (!taken(season.start, season.end)) slots.push({ kind: "S", start: season.start, end: season.end, text: season.text, season });
  for (const part of findParts(text)) if (!taken(part.start, part.end)) slots.push({ kind: "R", start: part.start, end: part.end, text: part.text, part });
  for (const date of findDates(text, published, tenseOf(text), floorYear)) {
    if (taken(date.start, date.end)) continue;
    slots.push({ kind: "D", start: date.start, end: date.end, text: date.text, date });
  }
  // Names are read last, from what is left: a title or a platform is never a person.
  const blanked = blank(text, slots);
  for (const name of findNameSpans(blanked, knownWords ? { knownWords } : {})) {
    if (name.organization || taken(name.start, name.end)) continue;
    if (names && !names.has(text.slice(name.start, name.end))) continue;
    slots.push({ kind: "N", start: name.start, end: name.end, text: text.slice(name.start, name.end), name });
  }
  slots.sort((a, b) => a.start - b.start);
  return mask(sentence, text, slots);
}

/** The text with slot spans replaced by spaces of the same length. */
function blank(text: string, slots: Slot[]): string {
  let out = text;
  for (const slot of slots) out = out.slice(0, slot.start) + "\u0001".repeat(slot.end - slot.start) + out.slice(slot.end);
  return out;
}

function mask(sentence: Sentence, text: string, slots: Slot[]): Frame {
  let masked = "";
  // For each slot, where its token starts in the masked text, and the shift after it.
  const marks: { maskedStart: number; maskedEnd: number; start: number; end: number }[] = [];
  let cursor = 0;
  slots.forEach((slot, index) => {
    masked += text.slice(cursor, slot.start);
    const token = `${OPEN}${slot.kind}${index}${CLOSE}`;
    marks.push({ maskedStart: masked.length, maskedEnd: masked.length + token.length, start: slot.start, end: slot.end });
    masked += token;
    cursor = slot.end;
  });
  masked += text.slice(cursor);
  const toOriginal = (offset: number): number => {
    let shift = 0;
    for (const mark of marks) {
      if (offset < mark.maskedStart) break;
      if (offset < mark.maskedEnd) return mark.start;
      shift = mark.end - mark.maskedEnd;
    }
    return offset + shift;
  };
  return { sentence, text, masked, slots, positions: marks.map((mark) => mark.maskedStart), toOriginal };
}
