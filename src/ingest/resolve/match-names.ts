import { compareKoreanNames, koreanNameKey, parseKoreanName } from "./korean-name.ts";

export interface NameMatch {
  same: boolean;
  score: number;
}

/** The score from which two names are taken to be the same by the names alone. */
export const SAME_NAME_THRESHOLD = 0.8;

/** Lowercase, no diacritics, no punctuation, single spaces: "Zoë  O'Brien-Smith" → "zoe obrien smith". */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function compareWesternNames(a: string, b: string): number {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na.length === 0 || nb.length === 0) return 0;
  if (na === nb) return 1;
  if (na.replace(/ /g, "") === nb.replace(/ /g, "")) return 0.95;
  const ta = na.split(" ");
  const tb = nb.split(" ");
  if (ta.length === tb.length && [...ta].sort().join(" ") === [...tb].sort().join(" ")) return 0.9;
  if (ta.length !== tb.length) return 0.2;
  // One slip in one long token ("Jenna"/"Jena") is a typo; anything more is another name.
  let edits = 0;
  for (let i = 0; i < ta.length; i++) {
    const x = ta[i]!;
    const y = tb[i]!;
    if (x === y) continue;
    if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return 0.1;
    edits += levenshtein(x, y);
  }
  return edits === 1 ? 0.82 : 0.1;
}

/** Judges two names by the names alone (no context): the `match-names` command and the resolver's first test. */
export function matchNames(a: string, b: string): NameMatch {
  const ka = parseKoreanName(a);
  const kb = parseKoreanName(b);
  let score: number;
  if (ka && kb) score = compareKoreanNames(ka, kb);
  else if (ka || kb) score = Math.min(compareWesternNames(a, b), 0.75);
  else score = compareWesternNames(a, b);
  score = Math.round(score * 1000) / 1000;
  return { same: score >= SAME_NAME_THRESHOLD, score };
}

/** The index key a name is stored under: every same-name spelling shares it. */
export function nameKey(name: string): string {
  const korean = parseKoreanName(name);
  if (korean) return koreanNameKey(korean);
  return `w:${normalizeName(name).replace(/ /g, "")}`;
}
