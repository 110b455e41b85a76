/**
 * Domain vocabulary: platforms, nationalities, genres, number words, job titles. General
 * knowledge of the trade, never of a particular show, person or outlet.
 */

export interface PlatformEntry {
  name: string;
  pattern: RegExp;
  /** Korean and other broadcasters are networks; streamers are platforms. */
  role: "platform" | "network";
  country: string | null;
}

export const platforms: PlatformEntry[] = [
  { name: "Netflix", pattern: /\bNetflix\b/, role: "platform", country: null },
  { name: "Disney+", pattern: /\bDisney\s?\+|\bDisney Plus\b/, role: "platform", country: null },
  { name: "Apple TV+", pattern: /\bApple TV\s?\+|\bApple TV Plus\b/, role: "platform", country: null },
  { name: "Prime Video", pattern: /\b(Amazon )?Prime Video\b|\bAmazon Prime\b/, role: "platform", country: null },
  { name: "HBO Max", pattern: /\bHBO Max\b/, role: "platform", country: null },
  { name: "Max", pattern: /(?<!HBO )\bMax\b(?= (original|series|release|premiere|drama|show|streaming))|\bon Max\b/, role: "platform", country: null },
  { name: "HBO", pattern: /\bHBO\b(?! Max)/, role: "network", country: "US" },
  { name: "Hulu", pattern: /\bHulu\b/, role: "platform", country: null },
  { name: "Peacock", pattern: /\bPeacock\b/, role: "platform", country: null },
  { name: "Paramount+", pattern: /\bParamount\s?\+|\bParamount Plus\b/, role: "platform", country: null },
  { name: "Starz", pattern: /\bStarz\b/, role: "network", country: "US" },
  { name: "Showtime", pattern: /\bShowtime\b/, role: "network", country: "US" },
  { name: "AMC", pattern: /\bAMC\+?(?=\W)/, role: "network", country: "US" },
  { name: "FX", pattern: /\bFX\b/, role: "network", country: "US" },
  { name: "BBC", pattern: /\bBBC( One| Two| Three| iPlayer)?\b/, role: "network", country: "GB" },
  { name: "ITV", pattern: /\bITVX?\b/, role: "network", country: "GB" },
  { name: "Channel 4", pattern: /\bChannel 4\b/, role: "network", country: "GB" },
  { name: "Crunchyroll", pattern: /\bCrunchyroll\b/, role: "platform", country: null },
  { name: "tvN", pattern: /\btvN\b/, role: "network", country: "KR" },
  { name: "JTBC", pattern: /\bJTBC\b/, role: "network", country: "KR" },
  { name: "KBS", pattern: /\bKBS ?2?(TV)?\b/, role: "network", country: "KR" },
  { name: "SBS", pattern: /\bSBS\b/, role: "network", country: "KR" },
  { name: "MBC", pattern: /\bMBC\b/, role: "network", country: "KR" },
  { name: "ENA", pattern: /\bENA\b/, role: "network", country: "KR" },
  { name: "OCN", pattern: /\bOCN\b/, role: "network", country: "KR" },
  { name: "MBN", pattern: /\bMBN\b/, role: "network", country: "KR" },
  { name: "TV Chosun", pattern: /\bTV Chosun\b/, role: "network", country: "KR" },
  { name: "Coupang Play", pattern: /\bCoupang Play\b/, role: "platform", country: "KR" },
  { name: "TVING", pattern: /\bTVING\b/i, role: "platform", country: "KR" },
  { name: "Wavve", pattern: /\bWavve\b/, role: "platform", country: "KR" },
  { name: "Viki", pattern: /\b(Rakuten )?Viki\b/, role: "platform", country: null },
  { name: "Viu", pattern: /\bViu\b/, role: "platform", country: null },
];

export const nationalities: [RegExp, string][] = [
  [/\b(South Korean|Korean|K-drama|K-dramas|Kdrama|K-series)\b/i, "KR"],
  [/\b(Japanese|J-drama|anime)\b/i, "JP"],
  [/\b(Chinese|C-drama)\b/i, "CN"],
  [/\b(Taiwanese)\b/i, "TW"],
  [/\b(Thai)\b/, "TH"],
  [/\b(British|UK)\b/, "GB"],
  [/\b(American|U\.S\.)\b/, "US"],
  [/\b(Spanish)\b/, "ES"],
  [/\b(German)\b/, "DE"],
  [/\b(French)\b/, "FR"],
  [/\b(Italian)\b/, "IT"],
  [/\b(Indian)\b/, "IN"],
  [/\b(Turkish)\b/, "TR"],
  [/\b(Mexican)\b/, "MX"],
  [/\b(Brazilian)\b/, "BR"],
  [/\b(Canadian)\b/, "CA"],
  [/\b(Australian)\b/, "AU"],
  [/\b(Danish)\b/, "DK"],
  [/\b(Swedish)\b/, "SE"],
  [/\b(Norwegian)\b/, "NO"],
  [/\b(Polish)\b/, "PL"],
];

/** Genre labels, most specific first; matched as words, normalised to these names. */
export const genres: [RegExp, string][] = [
  [/\brevenge[- ](drama|thriller|series)\b/i, "revenge drama"],
  [/\bpsychological[- ]thriller\b/i, "psychological thriller"],
  [/\bpsychological[- ]horror\b/i, "psychological horror"],
  [/\bcrime[- ](drama|thriller)\b/i, "crime drama"],
  [/\blegal[- ]drama\b/i, "legal drama"],
  [/\bmedical[- ]drama\b/i, "medical drama"],
  [/\bhistorical[- ]drama\b|\bsageuk\b|\bperiod drama\b/i, "historical drama"],
  [/\bromantic[- ]comed(y|ies)\b|\brom-?com\b/i, "romantic comedy"],
  [/\bfantasy[- ]romance\b/i, "fantasy romance"],
  [/\bzombie\b/i, "zombie"],
  [/\bsci-?fi\b|\bscience[- ]fiction\b/i, "science fiction"],
  [/\bthriller\b/i, "thriller"],
  [/\bhorror\b/i, "horror"],
  [/\bmystery\b/i, "mystery"],
  [/\bmelodrama\b/i, "melodrama"],
  [/\bsurvival\b(?= (drama|thriller|series|show))/i, "survival"],
  [/\baction\b(?= (drama|thriller|series|comedy|show))/i, "action"],
  [/\bcoming-of-age\b/i, "coming-of-age"],
  [/\bsitcom\b/i, "sitcom"],
  [/\bdocumentary\b/i, "documentary"],
  [/\banimated\b|\banime\b/i, "animation"],
  [/\bfantasy\b/i, "fantasy"],
  [/\bcomedy\b/i, "comedy"],
];

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  "twenty-one": 21, "twenty-two": 22, "twenty-four": 24, thirty: 30, "thirty-two": 32, forty: 40, fifty: 50,
  a: 1, an: 1, single: 1, both: 2, double: 2, couple: 2,
};

export const NUMBER_WORD = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-(?:one|two|four))?|thirty(?:-two)?|forty|fifty)";

export function parseNumberWord(text: string): number | undefined {
  const lower = text.toLowerCase().trim();
  if (/^\d+$/.test(lower)) return Number(lower);
  return numberWords[lower];
}

const ordinals: Record<string, number> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, sophomore: 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5,
  sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9, tenth: 10, "10th": 10,
};
export const ORDINAL_WORD = "(?:first|second|sophomore|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)";

export function parseOrdinal(text: string): number | undefined {
  return ordinals[text.toLowerCase().trim()];
}

/** Multipliers for figures: "25.41 million" → 25,410,000. */
export function scaleNumber(number: string, unit: string | undefined): number {
  const value = Number(number.replace(/,/g, ""));
  const factor = !unit ? 1 : /^(b|bn|billion)$/i.test(unit) ? 1e9 : /^(m|mn|million)$/i.test(unit) ? 1e6 : /^(k|thousand)$/i.test(unit) ? 1e3 : 1;
  return Math.round(value * factor);
}

/** Words that put a person on the crew, normalised to the contract's jobs. */
export const crewJobs: [RegExp, string][] = [
  [/^(screen ?writer|scriptwriter|script writer|writer|scribe|penned|wrote|written)$/i, "writer"],
  [/^(director|PD|filmmaker|helmer|directed|directing|helmed)$/i, "director"],
  [/^(creator|created|co-creator)$/i, "creator"],
  [/^(showrunner)$/i, "showrunner"],
  [/^(producer|executive producer|produced)$/i, "producer"],
  [/^(composer|music director)$/i, "composer"],
];

export function crewJob(word: string): string | undefined {
  return crewJobs.find(([pattern]) => pattern.test(word.trim()))?.[1];
}

/** Words that mark a person who is neither cast nor crew. */
export const nonCreditRoles = /^(lawyer|attorney|legal representative|author|journalist|reporter|editor|critic|CEO|spokesperson|representative|agency|accuser|victim|fan|commenter)$/i;
