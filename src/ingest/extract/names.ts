import { knownSurname, readSyllable, splitSyllables } from "../resolve/korean-name.ts";

/** A name found in text, with its offsets in that text. */
export interface FoundName {
  name: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{Lu}][\p{Ll}]+(?:-[\p{L}][\p{Ll}]+)?|[\p{Lu}]{2,}(?=\s)/gu;

function isGivenToken(token: string): boolean {
  if (token.includes("-")) return token.split("-").every((part) => readSyllable(part) !== undefined);
  if (readSyllable(token)) return true;
  const split = splitSyllables(token);
  return split !== undefined && split.length === 2 && token.length <= 9;
}

/** Words that look like syllables but, capitalized in running text, are not given names. */
const notGiven = new Set(["The", "In", "On", "As", "An", "A", "And", "Who", "Go", "So", "No", "Do", "Ha", "Oh", "Ok", "Me", "He", "We", "She", "Be", "Say", "Sun", "Season", "Part", "Hi", "Yes", "Bye", "Man", "Son", "Young", "Jun", "Jan", "Park"]);

/**
 * Korean personal names in running text: a known surname followed by one or two given-name
 * syllables ("Han Ji Min", "Han Ji-min", "Son Suk", "Kim Min Jae"). Two names written back
 * to back, as in a flattened cast table, come out as two.
 */
export function findKoreanNames(text: string): FoundName[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const found: FoundName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const surname = tokens[i]!;
    if (!knownSurname(surname.text) || surname.text.includes("-")) continue;
    const adjacent = (a: { end: number }, b: { start: number }) => /^[ ]$/.test(text.slice(a.end, b.start));
    const next = tokens[i + 1];
    if (!next || !adjacent(surname, next) || !isGivenToken(next.text)) continue;
    if (notGiven.has(next.text) && !(tokens[i + 2] && adjacent(next, tokens[i + 2]!) && isGivenToken(tokens[i + 2]!.text))) continue;
    let end = next;
    let used = 2;
    const third = tokens[i + 2];
    if (!next.text.includes("-") && third && adjacent(next, third) && isGivenToken(third.text) && !third.text.includes("-")) {
      // "Baek Min Jae", unless the third token starts the next name ("Bae Hyun Moonlit" stops at two).
      const fourth = tokens[i + 3];
      const thirdStartsName = knownSurname(third.text) && fourth && adjacent(third, fourth) && isGivenToken(fourth.text) && readSyllable(next.text) !== undefined && splitSyllables(next.text)?.length === 2;
      if (!thirdStartsName) {
        end = third;
        used = 3;
      }
    }
    found.push({ name: text.slice(surname.start, end.end), start: surname.start, end: end.end });
    i += used - 1;
  }
  return found;
}

/** Connectors that may stand inside a title: "Daughters of the Tide", "Café Del Faro". */
const titleConnectors = new Set(["of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "from", "del", "de", "la", "le", "von", "or", "&", "vs", "vs."]);

/**
 * The title at the end of a phrase: "the sprawling South Korean period series Daughters of the Tide"
 * → "Daughters of the Tide". Titles run as capitalized words (digits, colons and hyphens allowed)
 * with lower-case connectors inside.
 */
export function trailingTitle(phrase: string): string | undefined {
  const tokens = phrase.trim().replace(/[.,;!?)]+$/, "").split(/\s+/);
  while (tokens.length > 0 && titleConnectors.has(tokens[tokens.length - 1]!)) tokens.pop();
  let start = tokens.length;
  // Walk back over capitalized words; lower-case connectors count only when a capitalized word precedes them.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (/^[\p{Lu}\p{N}“"'‘]/u.test(token)) {
      start = i;
      continue;
    }
    if (start < tokens.length && titleConnectors.has(token.toLowerCase())) {
      let j = i;
      while (j >= 0 && titleConnectors.has(tokens[j]!.toLowerCase()) && !/^[\p{Lu}]/u.test(tokens[j]!)) j--;
      if (j >= 0 && /^[\p{Lu}\p{N}]/u.test(tokens[j]!)) {
        i = j + 1;
        continue;
      }
    }
    break;
  }
  let title = tokens.slice(start).join(" ").replace(/^[“"'‘]|[”"'’]$/g, "");
  // A leading article belongs to the title only if the phrase capitalizes it.
  title = title.replace(/^(and|or|the)\s+(?=[\p{Ll}])/u, "");
  if (!title || !/[\p{L}\p{N}]/u.test(title)) return undefined;
  return title;
}

/** Splits "A, B, and C" or "A | B | C" into titles. */
export function splitTitleList(list: string): string[] {
  return list
    .split(/\s*\|\s*|,\s*(?:and\s+|&\s+)?|\s+and\s+(?=[\p{Lu}\p{N}“"])|\s+&\s+/u)
    .map((item) => trailingTitle(item))
    .filter((item): item is string => item !== undefined && item.length > 1);
}
