/**
 * The pattern language rules are written in: regular expressions over a sentence whose names,
 * titles, dates, platforms, seasons and parts are replaced by typed slots (see frame.ts), with
 * placeholders for the slots and for the shared vocabulary.
 *
 *   {title:show} {name:actor} {names:cast} {date:when} {platform:where} {season:s} {part:p}
 *   {release_verb} {renew_verb} {cancel_verb} {job_noun:job} {ordinal:n} {cardinal:n} {figure:value}
 *
 * A placeholder with a name (":show") becomes a named group holding the slot's number (or the
 * vocabulary word); without a name it matches without capturing.
 */
import { CARDINAL, FIGURE, ORDINAL } from "../vocab/numbers.ts";
import { ACTOR_NOUN, JOB_NOUN, JOB_VERB, NON_CREDIT_NOUN } from "../vocab/jobs.ts";
import { CANCEL_VERB, FINALE_WORD, POSTPONE_VERB, RELEASE_VERB, RENEW_VERB, SHOOT_HALT, SHOOT_NOUN, SHOOT_START, SHOOT_WRAP } from "../vocab/verbs.ts";
import { DEMONYM, COUNTRY_NAME, SHOW_NOUN } from "../vocab/countries.ts";

export const OPEN = "\u27E6";
export const CLOSE = "\u27E7";

export const slotKinds = { title: "T", name: "N", date: "D", platform: "P", season: "S", part: "R" } as const;
export type SlotKindName = keyof typeof slotKinds;

const vocabulary: Record<string, string> = {
  release_verb: RELEASE_VERB,
  renew_verb: RENEW_VERB,
  cancel_verb: CANCEL_VERB,
  postpone_verb: POSTPONE_VERB,
  finale_word: FINALE_WORD,
  shoot_noun: SHOOT_NOUN,
  shoot_start: SHOOT_START,
  shoot_wrap: SHOOT_WRAP,
  shoot_halt: SHOOT_HALT,
  job_noun: JOB_NOUN,
  job_verb: JOB_VERB,
  actor_noun: ACTOR_NOUN,
  non_credit_noun: NON_CREDIT_NOUN,
  ordinal: ORDINAL,
  cardinal: CARDINAL,
  figure: FIGURE,
  demonym: DEMONYM,
  country_name: COUNTRY_NAME,
  show_noun: SHOW_NOUN,
};

/** A slot of the given kind as a regular expression; with a group name, the slot number is captured. */
export function slotPattern(kind: SlotKindName, group?: string): string {
  const letter = slotKinds[kind];
  return `${OPEN}${letter}${group ? `(?<${group}>\\d+)` : "\\d+"}${CLOSE}`;
}

/** Several names in a list: "A, B and C", "A & B", "A, B, and C". */
function namesPattern(group?: string): string {
  const one = slotPattern("name");
  const body = `${one}(?:(?:\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)${one})*`;
  return group ? `(?<${group}>${body})` : `(?:${body})`;
}

const placeholder = /\{([a-z_]+)(?::([A-Za-z]\w*))?\}/g;

/** Expands placeholders; everything else is a regular expression as written. */
export function compilePattern(source: string, flags = "iu"): RegExp {
  const expanded = source.replace(placeholder, (whole, name: string, group?: string) => {
    if (name in slotKinds) return slotPattern(name as SlotKindName, group);
    if (name === "names") return namesPattern(group);
    const vocab = vocabulary[name];
    if (vocab === undefined) throw new Error(`unknown placeholder ${whole} in pattern ${source}`);
    return group ? `(?<${group}>${vocab})` : `(?:${vocab})`;
  });
  return new RegExp(expanded, flags.includes("g") ? flags : `${flags}g`);
}

export type SlotLetter = (typeof slotKinds)[SlotKindName];

// matchAll clones a global pattern, so one compiled pattern per kind serves every call.
const slotTokens = Object.fromEntries(Object.values(slotKinds).map((letter) => [letter, new RegExp(`${OPEN}${letter}(\\d+)${CLOSE}`, "g")])) as Record<SlotLetter, RegExp>;

/** Slot numbers of one kind ("N", "T", …) inside a piece of masked text, in order. */
export function slotNumbersIn(masked: string, letter: SlotLetter): number[] {
  const out: number[] = [];
  for (const match of masked.matchAll(slotTokens[letter])) out.push(Number(match[1]));
  return out;
}
