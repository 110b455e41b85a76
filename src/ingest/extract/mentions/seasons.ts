import { CARDINAL, ORDINAL, parseCardinal, parseOrdinal } from "../vocab/numbers.ts";

/** A season as a sentence names it: a number, or a reference resolved later against the article. */
export interface SeasonMention {
  start: number;
  end: number;
  text: string;
  /** The season numbers named ("seasons 1 and 2" names two). */
  numbers: number[];
  /** "final season", "next season", "new season": resolved against the article's seasons. */
  relative: "final" | "next" | "new" | "current" | null;
}

export interface PartMention {
  start: number;
  end: number;
  text: string;
  numbers: number[];
}

const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

function number(word: string): number | undefined {
  return parseCardinal(word) ?? parseOrdinal(word) ?? roman[word];
}

/** A cardinal written as a word: "season two". */
const CARDINAL_WORD = CARDINAL.replace("\\d{1,4}|", "");

// "cycle": how some reality competitions number their seasons ("a fourth cycle").
const SEASON_NOUN = "(?:season|series|installment|instalment|cycle)";
const patterns: { pattern: RegExp; read: (m: RegExpExecArray) => Omit<SeasonMention, "start" | "end" | "text"> | undefined }[] = [
  {
    // "Seasons 1 and 2", "seasons 1-3", "Series 1 and 2"
    pattern: new RegExp(`\\b(?:seasons|series)\\s+(\\d{1,2})\\s*(?:and|&|-|–|to|through)\\s*(\\d{1,2})\\b`, "giu"),
    read: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!(b > a && b - a < 20)) return { numbers: [a, b], relative: null };
      const numbers: number[] = [];
      for (let n = a; n <= b; n++) numbers.push(n);
      return { numbers: /and|&/.test(m[0]) ? [a, b] : numbers, relative: null };
    },
  },
  {
    // "Season 2", "season two", "Series 6", "Season Three"; not "the series 12 Lanterns" (a digit then a capitalized word)
    // "series five began" (British usage); not "the series five years later" (a number counting what follows).
    pattern: new RegExp(`\\b(?:[Ss]eason|Series|series(?=\\s+(?:\\d{1,2}\\b(?!\\s+[\\p{Lu}])|(?:${CARDINAL_WORD})\\b(?!\\s+(?!is\\b|was\\b|has\\b|as\\b)\\p{Ll}+s\\b)(?!-))))\\s+(\\d{1,2}|${CARDINAL_WORD})(?![\\p{L}\\d-])`, "gu"),
    read: (m) => {
      const n = number(m[1]!);
      return n !== undefined && n > 0 && n < 60 ? { numbers: [n], relative: null } : undefined;
    },
  },
  {
    pattern: /\bSeason\s+(\d{1,2}|[A-Z][a-z]+)\b/g,
    read: (m) => {
      const n = number(m[1]!);
      return n !== undefined && n > 0 && n < 60 ? { numbers: [n], relative: null } : undefined;
    },
  },
  {
    // "the first two seasons", "its first three series": seasons 1 to N.
    pattern: /\b(?:the|its|their)\s+first\s+(two|three|four|five|six|[2-9])\s+(?:seasons|series|runs)\b/gi,
    read: (m) => {
      const n = number(m[1]!);
      return n !== undefined && n >= 2 && n < 10 ? { numbers: Array.from({ length: n }, (_, i) => i + 1), relative: null } : undefined;
    },
  },
  {
    // "S2", "S02"
    pattern: /\bS(\d{1,2})(?:E\d{1,3})?\b/g,
    read: (m) => ({ numbers: [Number(m[1])], relative: null }),
  },
  {
    // "second season", "third and final season", "sophomore season", "2nd series", "fourth installment"
    pattern: new RegExp(`\\b(${ORDINAL})(?:,?\\s+(?:and\\s+)?(?:final|last|full|new|brand-new|limited|(?:\\d+|[a-z]+)-(?:episode|part|hour))){0,2}\\s+${SEASON_NOUN}\\b`, "giu"),
    read: (m) => {
      const n = parseOrdinal(m[1]!);
      return n !== undefined ? { numbers: [n], relative: /final|last/i.test(m[0]) ? "final" : null } : undefined;
    },
  },
  {
    // "The first season premiered in 2022, and the second arrived in July 2024": an ordinal standing for a season the
    // sentence has already named with its noun.
    // Only coordinated with it (", and the second …"): "dropped its first two episodes; the second arrived" counts episodes.
    pattern: /,\s+and\s+(?:the|its)\s+(second|third|fourth|fifth|sixth)(?=\s+(?:arrived|followed|came|premiered|dropped|landed|debuted|launched|aired|streamed|bowed|was)\b)/gi,
    read: (m) => {
      const n = parseOrdinal(m[1]!);
      if (n === undefined || !new RegExp(`\\b(?:${ORDINAL})\\s+${SEASON_NOUN}\\b`, "iu").test(m.input.slice(0, m.index))) return undefined;
      return { numbers: [n], relative: null };
    },
  },
  {
    // "the final season", "its last season"; "Last season, …" alone is the season before.
    pattern: /\b(?:final|concluding|closing|(?:the|its|their|a)\s+last)\s+(?:ever\s+)?season\b/gi,
    read: () => ({ numbers: [], relative: "final" }),
  },
  {
    pattern: /\b(next|upcoming|forthcoming|another|a new|the new|its new|latest|coming|returning|new|following)\s+(?:season|series(?= of\b))\b/gi,
    read: (m) => ({ numbers: [], relative: /next|another|following|upcoming|forthcoming/i.test(m[1]!) ? "next" : "new" }),
  },
  {
    pattern: /\b(?:this|current|ongoing|the current)\s+season\b/gi,
    read: () => ({ numbers: [], relative: "current" }),
  },
];

/**
 * Runs patterns in order over a text and keeps what `read` makes of each match that does not overlap
 * an earlier one (earlier patterns win), sorted by position.
 */
function scan<T>(text: string, table: readonly { pattern: RegExp; read: (m: RegExpExecArray) => T | undefined }[]): ({ start: number; end: number; text: string } & T)[] {
  const found: ({ start: number; end: number; text: string } & T)[] = [];
  for (const { pattern, read } of table) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const value = read(m);
      if (value) found.push({ start, end, text: m[0], ...value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Season mentions in a text, without overlaps, in order. */
export function findSeasons(text: string): SeasonMention[] {
  return scan(text, patterns);
}

const partPatterns: { pattern: RegExp; read: (m: RegExpExecArray) => number[] }[] = [
  { pattern: /\bParts?\s+(\d|one|two|three|four|I{1,3}|IV)\s*(?:and|&|-|–)\s*(\d|one|two|three|four|I{1,3}|IV)\b/gi, read: (m) => [number(m[1]!)!, number(m[2]!)!] },
  { pattern: /\bpart\s+(\d|one|two|three|four|I{1,3}|IV)\b(?![\p{L}])/giu, read: (m) => [number(m[1]!) ?? NaN] },
  { pattern: /\bvol(?:ume|\.)?\s*(\d|one|two|three)\b/gi, read: (m) => [number(m[1]!) ?? NaN] },
  { pattern: new RegExp(`\\b(?:the\\s+)?(${ORDINAL})\\s+(?:part|half of the season|batch of episodes|volume)\\b`, "giu"), read: (m) => [parseOrdinal(m[1]!) ?? NaN] },
  // "the second half of season 3" (a season's half is a part; "the first half of 2023" is a date window).
  { pattern: /\b(?:the\s+)?(first|second)\s+half(?=\s+of\s+(?:the\s+|its\s+)?(?:[“"‘']?[\p{L}'’-]+[”"’']?\s+){0,4}?(?:season|series)\b)/giu, read: (m) => [m[1]!.toLowerCase() === "first" ? 1 : 2] },
];

export function findParts(text: string): PartMention[] {
  return scan(
    text,
    partPatterns.map(({ pattern, read }) => ({
      pattern,
      read: (m: RegExpExecArray) => {
        const numbers = read(m).filter((n) => Number.isFinite(n) && n > 0 && n < 10);
        return numbers.length ? { numbers } : undefined;
      },
    })),
  );
}
