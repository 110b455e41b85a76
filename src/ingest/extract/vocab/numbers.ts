/** Numbers as words and figures: "eight-episode", "second season", "25.41 million", "No. 3". */

const cardinals: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
};

const tens = ["twenty", "thirty", "forty", "fifty", "sixty"];
const units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** A cardinal as digits or words, up to sixty-nine: "8", "eight", "twenty-four". */
export const CARDINAL = `(?:\\d{1,4}|(?:${tens.join("|")})(?:-(?:${units.join("|")}))?|${Object.keys(cardinals).filter((w) => !tens.includes(w)).join("|")})`;

export function parseCardinal(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower in cardinals) return cardinals[lower];
  const compound = lower.match(/^([a-z]+)-([a-z]+)$/);
  if (compound && compound[1]! in cardinals && compound[2]! in cardinals) return cardinals[compound[1]!]! + cardinals[compound[2]!]!;
  if (lower === "a" || lower === "an" || lower === "single") return 1;
  if (lower === "both" || lower === "couple") return 2;
  return undefined;
}

const ordinalWords: Record<string, number> = {
  first: 1, second: 2, sophomore: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** An ordinal as a word or a numeral: "second", "sophomore", "3rd", "12th". */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${Object.keys(ordinalWords).join("|")})`;

export function parseOrdinal(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  const numeral = lower.match(/^(\d{1,2})(?:st|nd|rd|th)$/);
  if (numeral) return Number(numeral[1]);
  return ordinalWords[lower];
}

/** A decimal figure with an optional scale word: "25.41 million", "1.2bn", "300,000", "115.6M". */
export const FIGURE = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(?:million|billion|thousand|mn|bn|m|b|k)\\b|(?<=\\d)(?:M|B|K)\\b)?";

/** "25.41 million" → 25,410,000; "1.2bn" → 1,200,000,000. */
export function parseFigure(text: string): number | undefined {
  const match = text.trim().match(/^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand|mn|bn|m|b|k)?$/i);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, ""));
  const unit = match[2]?.toLowerCase();
  const factor = !unit ? 1 : unit === "billion" || unit === "bn" || unit === "b" ? 1e9 : unit === "million" || unit === "mn" || unit === "m" ? 1e6 : 1e3;
  return Math.round(value * factor);
}

/** Words before a figure that make it approximate: "nearly 300 million", "more than", "over". */
export const APPROXIMATE = /\b(nearly|almost|about|around|roughly|approximately|close to|more than|over|upwards of|some|an estimated|at least|north of|just under|just over|shy of)\s*$/i;
