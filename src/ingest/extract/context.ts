import type { Certainty } from "../../domain/certainty.ts";
import type { Qualifiers } from "../../domain/claim.ts";
import { findDates, type FoundDate } from "./dates.ts";
import { matchNames } from "../resolve/match-names.ts";
import type { ExtractedClaim, ExtractedValue, Mention, PersonMention, Sentence } from "./types.ts";

/** What every cue can read about the article while it walks the sentences. */
export interface ExtractionContext {
  title: string;
  titleMention: Mention;
  published: string | null;
  text: string;
  sentences: Sentence[];
  /** Season the article is about when a sentence does not say ("Squid Game Season 2 …" headline). */
  focusSeason: number;
  /** People named in the article, by the name as first written, with roles the text gives them. */
  people: Map<string, PersonMention>;
  /** Other shows and films the article names: never the subject of the main show's claims. */
  otherTitles: Set<string>;
  /** Character names, from cast tables and "X plays Y". */
  characters: Set<string>;
  /** The person most recently named as a sentence's subject, for "he", "she", "the actor". */
  lastPerson: string | null;
  /** For each paragraph, the heading it stands under ("Who are the cast members of X?"). */
  headings: (string | null)[];
  /** Hearsay that carries over to the following sentences ("fan accounts began posting that …"). */
  carry: { certainty: Certainty; untilParagraph: number } | null;
}

export function makeClaim(
  sentence: Sentence,
  subject: Mention,
  property: string,
  value: ExtractedValue,
  certainty: Certainty,
  qualifiers: Qualifiers = {},
): ExtractedClaim {
  return { subject, property, value, qualifiers, certainty, quote: sentence.text, start: sentence.start, end: sentence.end };
}

const dateCache = new WeakMap<Sentence, FoundDate[]>();

export function datesIn(sentence: Sentence, context: ExtractionContext): FoundDate[] {
  let dates = dateCache.get(sentence);
  if (!dates) {
    dates = findDates(sentence.text, context.published);
    dateCache.set(sentence, dates);
  }
  return dates;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const titlePatterns = new Map<string, RegExp>();

export function mentionsTitle(text: string, title: string): boolean {
  if (!text.toLowerCase().includes(title.toLowerCase())) return false;
  let pattern = titlePatterns.get(title);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])${escapeRegex(title)}(?![\\p{L}])`, "iu");
    if (titlePatterns.size > 10_000) titlePatterns.clear();
    titlePatterns.set(title, pattern);
  }
  return pattern.test(text);
}

const anaphors = /\b(the ([\w-]+ ){0,3}(series|show|drama|k-drama|thriller|film|movie|sitcom|anime|miniseries|docuseries|sequel|production|finale|ending|premiere|release|season|episodes?|broadcast|revenge drama|comedy)|this (series|show|drama|sitcom)|it|its|season \d+|part \d)\b/i;

/** Whether a sentence is about the main show: it names it, or refers back to it, and names no other show first. */
export function aboutMain(sentence: Sentence, context: ExtractionContext): boolean {
  if (mentionsTitle(sentence.text, context.title)) return true;
  const heading = context.headings[sentence.paragraph];
  // Under the article's own heading ("Who are the cast members of X?") a sentence is about X.
  if (heading && mentionsTitle(heading, context.title) && sentence.kind === "paragraph") return true;
  // "The series … is directed by X, who previously directed 'Other Show'": the anaphor comes first.
  const anaphor = sentence.text.search(anaphors);
  if (anaphor < 0) return false;
  for (const other of context.otherTitles) {
    const at = sentence.text.toLowerCase().indexOf(other.toLowerCase());
    if (at >= 0 && at < anaphor) return false;
  }
  return true;
}

export function mentionsOtherTitle(text: string, context: ExtractionContext): string | undefined {
  for (const other of context.otherTitles) if (other !== context.title && mentionsTitle(text, other)) return other;
  return undefined;
}

/** Records a person under the first spelling the article used; later spellings of the same name join it. */
export function rememberPerson(context: ExtractionContext, name: string, role?: string): string {
  const existing =
    [...context.people.keys()].find((known) => known.toLowerCase() === name.toLowerCase()) ??
    [...context.people.keys()].find((known) => matchNames(known, name).score >= 1);
  const key = existing ?? name;
  const entry = context.people.get(key) ?? { name: key, roles: new Set<string>(), spellings: new Set<string>() };
  if (role) entry.roles.add(role);
  entry.spellings.add(name);
  context.people.set(key, entry);
  return key;
}

export function previousSentence(sentence: Sentence, context: ExtractionContext): Sentence | undefined {
  return context.sentences[sentence.index - 1];
}

export function nextSentence(sentence: Sentence, context: ExtractionContext): Sentence | undefined {
  return context.sentences[sentence.index + 1];
}

/**
 * A partial or pronoun mention ("Lee", "Gil-ho", "Director Ahn", "the actor", "he") resolved to the
 * one person the article has named who fits; undefined when none or several fit.
 */
export function resolvePersonReference(reference: string, context: ExtractionContext): string | undefined {
  const cleaned = reference.replace(/^(director|writer|screenwriter|actor|actress|star|lawyer|producer|PD|creator|showrunner)\s+/i, "").replace(/['’]s$/, "").trim();
  if (/^(he|she|him|her|his|they|the (actor|actress|star|director|writer|filmmaker|screenwriter|creator))$/i.test(cleaned)) return context.lastPerson ?? undefined;
  const people = [...context.people.keys()].filter((p) => !context.characters.has(p));
  const exact = people.find((p) => p.toLowerCase() === cleaned.toLowerCase() || (p.includes(" ") && matchNames(p, cleaned).score >= 1));
  if (exact) return exact;
  const lower = cleaned.toLowerCase().replace(/[-\s]/g, "");
  const fits = people.filter((p) => {
    const tokens = p.split(/\s+/);
    if (tokens[0]!.toLowerCase() === cleaned.toLowerCase()) return true; // Korean surname only
    if (tokens.length >= 2 && tokens[tokens.length - 1]!.toLowerCase() === cleaned.toLowerCase()) return true; // Western surname only
    const given = tokens.slice(1).join("").toLowerCase().replace(/-/g, "");
    return given.length > 0 && given === lower; // given name only
  });
  return fits.length === 1 ? fits[0] : undefined;
}
