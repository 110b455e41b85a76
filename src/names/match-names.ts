import { compareKoreanReadings, isAscii, koreanNameKey, koreanNameKeys, parseKoreanNameReadings, POSSIBLE_SCORE, preferredReading } from "./korean-name.ts";

/**
 * Two names, by the names alone, get one of three verdicts, as record linkage does:
 * - `same`: the same person without further context (spellings of one Hangul name, another order,
 *   joined or hyphenated syllables, the surname spellings people use);
 * - `possible`: could be the same person (a dropped glide, a near vowel, one wrong, doubled,
 *   dropped or transposed letter, stray spaces): merge only when context agrees, such as the same
 *   show's credits or a year of birth;
 * - neither: different names.
 * The verdicts are exclusive: `possible` is false when `same` is true.
 */
export interface NameMatch {
  same: boolean;
  possible: boolean;
  score: number;
}

/** The score from which two names are taken to be the same by the names alone. */
export const SAME_NAME_THRESHOLD = 0.8;
/** The score from which two names could be the same person, given context that agrees. */
export const POSSIBLE_NAME_THRESHOLD = 0.5;
/** Names longer than this are not a person's name: refused before any work. */
export const MAX_NAME_LENGTH = 120;

/** Lowercase, no diacritics, no punctuation, single spaces: "Zoë  O'Brien-Smith" → "zoe obrien smith". */
export function normalizeName(name: string): string {
  if (isAscii(name)) return name.toLowerCase().replace(/['`.]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Whether one substitution, insertion, deletion or swap of neighbours turns one string into the other (no allocation). */
export function withinOneEdit(x: string, y: string): boolean {
  const longest = Math.max(x.length, y.length);
  if (Math.abs(x.length - y.length) > 1) return false;
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  if (prefix === longest) return true;
  let suffix = 0;
  while (suffix < x.length - prefix && suffix < y.length - prefix && x[x.length - 1 - suffix] === y[y.length - 1 - suffix]) suffix++;
  if (prefix + suffix >= longest - 1) return true;
  // Two neighbours swapped: "Jnug" for "Jung".
  return x.length === y.length && prefix + suffix === longest - 2 && x[prefix] === y[prefix + 1] && x[prefix + 1] === y[prefix];
}

function compareWesternNames(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na.length === 0 || nb.length === 0) return 0;
  if (na === nb) return 1;
  if (na.replace(/ /g, "") === nb.replace(/ /g, "")) return 0.95;
  // The same words in another order are as long: most pairs are told apart before any sorting.
  if (na.length !== nb.length) return 0.1;
  const ta = na.split(" ");
  const tb = nb.split(" ");
  if (ta.length === tb.length && [...ta].sort().join(" ") === [...tb].sort().join(" ")) return 0.9;
  return 0.1;
}

const compactCache = new Map<string, string[]>();

/** The letters of a name, in its written order and, when it has several words, with the last word first. */
function compactForms(name: string): string[] {
  let forms = compactCache.get(name);
  if (forms) return forms;
  const words = normalizeName(name).split(" ").filter(Boolean);
  forms = [words.join("")];
  if (words.length > 1) forms.push(words[words.length - 1]! + words.slice(0, -1).join(""));
  if (compactCache.size > 50_000) compactCache.clear();
  compactCache.set(name, forms);
  return forms;
}

/**
 * One wrong, doubled, dropped or transposed letter, or stray spaces, in an otherwise exact name:
 * "Jnug Hae-in", "Jung Haein", "J o Jung-suk". Short names are left alone ("Ji Su" and "Ji Soo").
 */
function oneSlipApart(a: string, b: string): boolean {
  // Most pairs differ in length by more than a letter: told apart by counting, before any form is made.
  const la = compactLength(a);
  const lb = compactLength(b);
  if (Math.min(la, lb) < 5 || Math.max(la, lb) < 6 || Math.abs(la - lb) > 1) return false;
  const fa = compactForms(a);
  const fb = compactForms(b);
  for (const x of fa) for (const y of fb) if (withinOneEdit(x, y)) return true;
  return false;
}

/** The length of a name's compact forms: for ASCII, its letters and digits, counted without building them. */
function compactLength(name: string): number {
  if (!isAscii(name)) return compactForms(name)[0]!.length;
  let count = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const lower = code | 0x20;
    if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) count++;
  }
  return count;
}

/** Judges two names by the names alone (no context): the `match-names` command and the resolver's first test. */
export function matchNames(a: string, b: string): NameMatch {
  if (a.length > MAX_NAME_LENGTH || b.length > MAX_NAME_LENGTH) return { same: false, possible: false, score: 0 };
  const ka = parseKoreanNameReadings(a);
  const kb = parseKoreanNameReadings(b);
  let score: number;
  if (ka.length > 0 && kb.length > 0) score = compareKoreanReadings(ka, kb);
  // A name that reads as Korean and one that does not are at most possibly one person.
  else if (ka.length > 0 || kb.length > 0) score = Math.min(compareWesternNames(a, b), POSSIBLE_SCORE);
  else score = compareWesternNames(a, b);
  if (score < POSSIBLE_NAME_THRESHOLD && oneSlipApart(a, b)) score = 0.6;
  score = Math.round(score * 1000) / 1000;
  const same = score >= SAME_NAME_THRESHOLD;
  return { same, possible: !same && score >= POSSIBLE_NAME_THRESHOLD, score };
}

/** The index key a name is stored under. */
export function nameKey(name: string): string {
  const korean = preferredReading(parseKoreanNameReadings(name));
  if (korean) return koreanNameKey(korean);
  return `w:${normalizeName(name).replace(/ /g, "")}`;
}

/**
 * The keys to look a name up by: every key a spelling that is `same` with it may be stored under
 * (its other reading, the other surnames its spelling may stand for).
 */
export function nameKeys(name: string): string[] {
  const readings = parseKoreanNameReadings(name);
  if (readings.length > 0) return koreanNameKeys(readings);
  return [`w:${normalizeName(name).replace(/ /g, "")}`];
}

/** "Yasen 'Zates' Atour" → "Yasen Atour": a nickname quoted inside a name is how fans call someone, not part of the name. */
export function withoutNickname(name: string): string {
  return name.replace(/\s+["“'‘][^"”'’\s]+["”'’](?=\s)/u, "");
}
