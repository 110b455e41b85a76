import { knownSurname, readSyllable, splitSyllables } from "../../names/korean-name.ts";

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
