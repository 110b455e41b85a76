import * as chrono from "chrono-node";
import { dateValue, windowEnd as windowEndOf, type DateValue, type Precision } from "../../domain/date-value.ts";

/** A date or window found in text, with where it stands. */
export interface FoundDate {
  value: DateValue;
  start: number;
  end: number;
  text: string;
  /** False when the year was implied from the reference date ("On October 9th"). */
  yearGiven: boolean;
  /** "before the end of 2022", "by March": an upper bound rather than the date itself. */
  bound: "before" | "after" | null;
  /** "April 8-14", "from Oct. 28 to Nov. 3": the last day of a range of days. */
  until?: DateValue;
}

const YEAR = "((?:19|20)\\d{2})";
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

function monthIndex(word: string): number {
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ordinalHalf: Record<string, 1 | 2> = { first: 1, "1st": 1, early: 1, second: 2, "2nd": 2, latter: 2, later: 2 };
const ordinalQuarter: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };
const seasonQuarter: Record<string, number> = { spring: 2, summer: 3, fall: 4, autumn: 4, winter: 1 };
const partOfYearQuarter: Record<string, number> = { early: 1, beginning: 1, start: 1, mid: 2, middle: 2, late: 4, end: 4 };

// Windows are parsed by chrono through these parsers so that one pass finds days, months and
// windows alike. A window comes back as a start and an end; its length gives the precision.
function windowResult(context: chrono.ParsingContext, index: number, text: string, year: number, startMonth: number, months: number) {
  const endMonth = startMonth + months - 1;
  const endDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return context.createParsingResult(index, text, { year, month: startMonth, day: 1 }, { year, month: endMonth, day: endDay }).addTag(WINDOW);
}

/** Tags our window results, so that a range like "March 1 to March 8" is not mistaken for one. */
const WINDOW = "cliffhanger/window";

/** "in the fall": a season of the year without the year, placed on the side of the article's day its sentence tells. */
const SEASON_WITHOUT_YEAR = "cliffhanger/season-without-year";

/**
 * "this spring", "summer 2025", "early 2026": a part of a year that has no agreed edges. Placed by its
 * quarter (so that tense can move it to the right year), then kept as its year, which is what a reader
 * can hold the source to; the "fourth quarter" and the "first half" keep their precision.
 */
const LOOSE_PART_OF_YEAR = "cliffhanger/loose-part-of-year";

const windowParsers: chrono.Parser[] = [
  {
    // "in the fall", "during the summer", "by the spring": the article's year, moved by tense in findDates.
    pattern: () => /\b(?:in|during|by|over|through)\s+the\s+(spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d{2})/i,
    extract: (context, match) => {
      const lead = match[0].slice(0, match[0].toLowerCase().lastIndexOf("the"));
      return windowResult(context, match.index! + lead.length, match[0].slice(lead.length), context.reference.instant.getUTCFullYear(), (seasonQuarter[match[1]!.toLowerCase()]! - 1) * 3 + 1, 3).addTag(SEASON_WITHOUT_YEAR).addTag(LOOSE_PART_OF_YEAR);
    },
  },
  {
    // "this autumn", "next spring", "last summer": the season of the article's year (winter is its first quarter).
    pattern: () => /\b(this|next|last)\s+(spring|summer|fall|autumn|winter)\b/i,
    extract: (context, match) => {
      const offset = { this: 0, next: 1, last: -1 }[match[1]!.toLowerCase() as "this" | "next" | "last"];
      return windowResult(context, match.index!, match[0], context.reference.instant.getUTCFullYear() + offset, (seasonQuarter[match[2]!.toLowerCase()]! - 1) * 3 + 1, 3).addTag(LOOSE_PART_OF_YEAR);
    },
  },
  {
    // "later this year", "early next year", "last year": the year, counted from the article's date.
    pattern: () => /\b(?:(?:later|earlier|early|late|sometime|some time)\s+(?:in\s+)?)?(this|next|last)\s+year\b(?!['’])/i,
    extract: (context, match) => {
      const offset = { this: 0, next: 1, last: -1 }[match[1]!.toLowerCase() as "this" | "next" | "last"];
      return windowResult(context, match.index!, match[0], context.reference.instant.getUTCFullYear() + offset, 1, 12);
    },
  },
  {
    pattern: () => new RegExp(`\\b(?:the\\s+)?(first|second|1st|2nd|latter|early|later)\\s+half\\s+of\\s+(?:the\\s+year\\s+)?${YEAR}\\b`, "i"),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[2]), ordinalHalf[match[1]!.toLowerCase()] === 1 ? 1 : 7, 6),
  },
  {
    pattern: () => new RegExp(`\\bH([12])\\s*${YEAR}\\b`),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[2]), match[1] === "1" ? 1 : 7, 6),
  },
  {
    pattern: () => new RegExp(`\\b(?:Q([1-4])|(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter\\s+of(?:\\s+the\\s+year)?)\\s*${YEAR}\\b`, "i"),
    extract: (context, match) => {
      const quarter = match[1] ? Number(match[1]) : ordinalQuarter[match[2]!.toLowerCase()]!;
      return windowResult(context, match.index!, match[0], Number(match[3]), (quarter - 1) * 3 + 1, 3);
    },
  },
  {
    pattern: () => new RegExp(`\\b(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?${YEAR}\\b`, "i"),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[2]), (seasonQuarter[match[1]!.toLowerCase()]! - 1) * 3 + 1, 3).addTag(LOOSE_PART_OF_YEAR),
  },
  {
    pattern: () => new RegExp(`\\b(?:the\\s+)?(early|mid|late|end|beginning|start|middle)(?:\\s+of(?:\\s+the\\s+year)?)?[\\s-]+${YEAR}\\b`, "i"),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[2]), (partOfYearQuarter[match[1]!.toLowerCase()]! - 1) * 3 + 1, 3).addTag(LOOSE_PART_OF_YEAR),
  },
  {
    // A year as an adjective of a release: "on track for a 2027 premiere", "its 2026 return".
    pattern: () => new RegExp(`\\b(?:a|an|the|its|their)\\s+${YEAR}(?=\\s+(?:premiere|release|debut|launch|return|bow|arrival|finale)\\b)`, "i"),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[1]), 1, 12),
  },
  {
    // A bare year after a preposition: "in 2023", "by 2025".
    pattern: () => new RegExp(`\\b(?:in|by|for|during|until|till|before|after|since|throughout|around|from|to|into)\\s+${YEAR}\\b(?![/.-]\\d)`, "i"),
    // The preposition stays in the span: chrono drops results that are a bare number.
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[1]), 1, 12),
  },
  {
    // "August 26-September 1, 2024", "Dec. 26 – Jan. 1": a range of days across two months.
    pattern: () => new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*[-–]\\s*(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b`, "i"),
    extract: (context, match) => {
      const startMonth = monthIndex(match[1]!);
      const endMonth = monthIndex(match[3]!);
      const ref = context.refDate;
      const endYear = match[5] ? Number(match[5]) : ref.getUTCFullYear();
      const startYear = startMonth > endMonth ? endYear - 1 : endYear;
      const result = context.createParsingResult(match.index!, match[0], { year: startYear, month: startMonth, day: Number(match[2]) }, { year: endYear, month: endMonth, day: Number(match[4]) });
      if (!match[5]) {
        result.start.imply("year", startYear);
        result.end!.imply("year", endYear);
      }
      return result;
    },
  },
  {
    // "between March and July last year", "from May to August", "between April and June 2025": a range of months.
    pattern: () => new RegExp(`\\b(?:between|from)\\s+(${MONTH})\\.?\\s+(?:and|to|through|until)\\s+(${MONTH})\\.?(?:,?\\s+(?:of\\s+)?(?:${YEAR}|(this|last|next)\\s+year))?\\b`, "i"),
    extract: (context, match) => {
      const startMonth = monthIndex(match[1]!);
      const endMonth = monthIndex(match[2]!);
      const relative = match[4] ? ({ this: 0, last: -1, next: 1 } as Record<string, number>)[match[4].toLowerCase()]! : undefined;
      const endYear = match[3] ? Number(match[3]) : context.refDate.getUTCFullYear() + (relative ?? 0);
      const startYear = startMonth > endMonth ? endYear - 1 : endYear;
      const lead = match[0].match(/^(?:between|from)\s+/i)![0].length;
      const result = context.createParsingResult(match.index! + lead, match[0].slice(lead), {}, {});
      for (const [component, year, month] of [[result.start, startYear, startMonth], [result.end!, endYear, endMonth]] as const) {
        component.assign("month", month);
        if (match[3] || relative !== undefined) component.assign("year", year);
        else component.imply("year", year);
        component.imply("day", 1);
      }
      return result;
    },
  },
  {
    // "in September last year", "March of this year", "February next year": a month of a year named relative to the article.
    pattern: () => new RegExp(`\\b(${MONTH})\\.?(?:\\s+of)?\\s+(this|last|next)\\s+year\\b`, "i"),
    extract: (context, match) => {
      const month = monthIndex(match[1]!);
      const year = context.refDate.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[match[2]!.toLowerCase()]!;
      const endDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return context.createParsingResult(match.index!, match[0], { year, month, day: 1 }, { year, month, day: endDay }).addTag(WINDOW);
    },
  },
  {
    // "Feb. 7 next year", "December 30 this year"
    pattern: () => new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(this|next|last)\\s+year\\b`, "i"),
    extract: (context, match) => {
      const year = context.refDate.getUTCFullYear() + ({ this: 0, last: -1, next: 1 } as Record<string, number>)[match[3]!.toLowerCase()]!;
      return context.createParsingResult(match.index!, match[0], { year, month: monthIndex(match[1]!), day: Number(match[2]) });
    },
  },
  {
    // "on New Year's Day 2025", "Christmas Eve": fixed-date holidays, with their year when given (else the next one).
    pattern: () => new RegExp(`\\b(New Year['’]s Day|New Year['’]s Eve|Christmas Day|Christmas Eve|Boxing Day|Valentine['’]s Day|Halloween)(?:,?\\s+${YEAR})?\\b`, "i"),
    extract: (context, match) => {
      const [month, day] = HOLIDAYS[match[1]!.toLowerCase().replace("’", "'")]!;
      const ref = context.refDate;
      if (match[2]) return context.createParsingResult(match.index!, match[0], { year: Number(match[2]), month, day });
      // Without its year the day is the next one; the year stays implied, so a past tense can move it back.
      const result = context.createParsingResult(match.index!, match[0], { month, day });
      result.start.imply("year", ref.getUTCFullYear() + (Date.UTC(ref.getUTCFullYear(), month - 1, day) < Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) ? 1 : 0));
      return result;
    },
  },
  {
    // "Moonlit Market (2021)", "Paper Lanterns (2019-20)": the year a show came out.
    pattern: () => new RegExp(`\\(${YEAR}(?:[-–](?:\\d{2}|\\d{4}))?\\)`),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[1]), 1, 12),
  },
  {
    pattern: () => new RegExp(`\\b${YEAR}(?=\\s+(?:release|premiere|debut|return|launch|finale)\\b)`, "i"),
    extract: (context, match) => windowResult(context, match.index!, match[0], Number(match[1]), 1, 12),
  },
  {
    // "last December", "this past March", "next January": chrono would take the nearest one.
    pattern: () => new RegExp(`\\b(last|this past|next|this coming)\\s+(${monthNames.join("|")})\\b(?!\\s+\\d)`, "i"),
    extract: (context, match) => {
      const month = monthNames.findIndex((m) => m.toLowerCase() === match[2]!.toLowerCase()) + 1;
      const ref = context.refDate;
      const refMonth = ref.getUTCMonth() + 1;
      const past = /last|past/i.test(match[1]!);
      const year = past ? ref.getUTCFullYear() - (month >= refMonth ? 1 : 0) : ref.getUTCFullYear() + (month <= refMonth ? 1 : 0);
      const endDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return context.createParsingResult(match.index!, match[0], { year, month, day: 1 }, { year, month, day: endDay }).addTag(WINDOW);
    },
  },
  {
    pattern: () => /\b(?:the\s+)?(first|second|1st|2nd|latter)\s+half\s+of\s+(this|next|the)\s+year\b/i,
    extract: (context, match) => {
      const year = context.refDate.getUTCFullYear() + (match[2]!.toLowerCase() === "next" ? 1 : 0);
      return windowResult(context, match.index!, match[0], year, ordinalHalf[match[1]!.toLowerCase()] === 1 ? 1 : 7, 6);
    },
  },
  {
    pattern: () => /\b(early|later|late)?\s*(this|next)\s+year\b/i,
    extract: (context, match) => {
      const year = context.refDate.getUTCFullYear() + (match[2]!.toLowerCase() === "next" ? 1 : 0);
      const part = match[1]?.toLowerCase();
      if (part === "early") return windowResult(context, match.index!, match[0], year, 1, 3);
      if (part === "late") return windowResult(context, match.index!, match[0], year, 10, 3);
      return windowResult(context, match.index!, match[0], year, 1, 12);
    },
  },
];

/** Holidays on a fixed day, as month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "christmas day": [12, 25],
  "christmas eve": [12, 24],
  "boxing day": [12, 26],
  "valentine's day": [2, 14],
  halloween: [10, 31],
};

const parser = (() => {
  // US English reads "April 13" as a day (en-GB takes the 13 for a year); DD/MM/YYYY with a day over 12 still reads right.
  const instance = chrono.casual.clone();
  // Windows first: "the first half of 2023" must not be read as "2023" by a later parser.
  instance.parsers.unshift(...windowParsers);
  return instance;
})();

/** Words chrono reads as dates that in entertainment news are not: "now", "Sun" (Midnight Sun Diner), "May" the verb. */
const ignoredTexts = /^(for (?:a|an|one|two|three|four|five|six|a few|several|\d+) (?:days?|nights?|weeks?|months?|years?)|(?:in |during |over |for )?(?:the|this|that|a|its|each|every) (?:week|weekend)|weekends?|weeknights?|weekdays?|now|sun\.?|sat\.?|mon\.?|tue\.?|wed\.?|thu\.?|fri\.?|may|march|the new year|new year|tonight|today|tomorrow|yesterday|at \d.*|\d{1,2}(:\d{2})?\s*(am|pm)?)$/i;

function precisionOf(result: chrono.ParsedResult): Precision {
  if (result.end) {
    const start = result.start;
    const end = result.end;
    const months = ((end.get("year") ?? 0) - (start.get("year") ?? 0)) * 12 + ((end.get("month") ?? 1) - (start.get("month") ?? 1)) + 1;
    if (months >= 12) return "year";
    if (months >= 6) return "half";
    if (months >= 3) return "quarter";
    if (months >= 1 && start.get("day") === 1 && end.get("day")! >= 28) return "month";
    return "day";
  }
  const start = result.start;
  if (start.isCertain("day") || start.isCertain("weekday")) return "day";
  if (start.isCertain("month")) return "month";
  return "year";
}

/** The first year from `from` (within seven) whose day `month`/`day` falls on `weekday` (0 = Sunday). */
function yearForWeekday(from: number, month: number, day: number, weekday: number): number | undefined {
  for (let year = from; year < from + 7; year++) if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return year;
  return undefined;
}

/**
 * Finds dates and windows in a sentence, resolving relative ones ("Thursday", "last December",
 * "On October 9th") against `reference`, the publication date. Without one, only dates whose year
 * is written out are kept (a guess from today's date would be wrong), except that an undated article
 * may give `floorYear`, the latest year it tells of in the past, so that "Sunday, July 21" can be
 * placed in the first year from then on whose July 21 is a Sunday.
 */
export function findDates(text: string, reference: string | null, tense: "past" | "future" | null = null, floorYear?: number): FoundDate[] {
  const refDate = reference ? new Date(`${reference}T12:00:00Z`) : new Date();
  // "aired Episode 14 last night": an episode's or a rank's number is no day of a month ("14 last night").
  const scanned = text.replace(/\b(episodes?|ep\.?|eps\.?|no\.|number)(\s*)(\d{1,3})\b(?![/.:-]\d)/gi, (_, word: string, space: string, digits: string) => word + space + " ".repeat(digits.length)).replace(/#(\d{1,3})\b/g, (_, digits: string) => " ".repeat(digits.length + 1));
  const results = parser.parse(scanned, { instant: refDate, timezone: 0 }, { forwardDate: false });
  const found: FoundDate[] = [];
  for (const result of results) {
    const trimmed = result.text.trim().replace(/[,;:]$/, "");
    // "in March", "by May": a month after a preposition is a date; alone, "May" may be the verb.
    const monthAfterPreposition = /\b(in|by|from|until|since|early|late|mid|this|next|last|of|during|through|before|after)\s+$/i.test(text.slice(Math.max(0, result.index - 8), result.index));
    if (ignoredTexts.test(trimmed) && !(monthAfterPreposition && /^(march|may)$/i.test(trimmed))) continue;
    // "Wednesday Addams", "Thursday Crossing": a weekday that starts a name.
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(trimmed) && /^\s+[\p{Lu}]/u.test(text.slice(result.index + result.text.length)) && !/^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(result.index + result.text.length))) continue;
    // "on Sunday nights", "every Friday", "Sundays at 9": a weekly slot, not one day.
    if (/^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(trimmed) && (/^(?:s\b|\s+(?:nights?|evenings?|mornings?|afternoons?|slot|time ?slot|block|line-?up)\b)/i.test(text.slice(result.index + result.text.length)) || /\b(?:every|each|same|usual|regular)\s+$/i.test(text.slice(Math.max(0, result.index - 8), result.index)))) continue;
    // "the most-watched premiere in five years": a span looked back over, not a day ahead.
    if (/^in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:years?|months?|weeks?|decades?)$/i.test(trimmed) && /\b(?:most|biggest|best|highest|largest|lowest|worst|first|top|strongest|\w+est)\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, result.index - 60), result.index))) continue;
    // "tvN's Saturday-Sunday drama", "the Monday-Tuesday slot": a weekly time slot, not a date.
    if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*[-–/]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(trimmed)) continue;
    // "judges Marco Bellini and June Park", "April Kepner": a month alone before a capitalized word is a given name.
    if (/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(trimmed) && /^\s+(?!(?:19|20)\d{2}\b)(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))\p{Lu}\p{Ll}/u.test(text.slice(result.index + result.text.length))) continue;
    // "the Top 10 for three weeks": a list's size, then a duration, not a day.
    if (/^\d/.test(trimmed) && /\btop\s*$/i.test(text.slice(Math.max(0, result.index - 5), result.index))) continue;
    // "8.7/10", "4/5 stars": a score, not a day.
    if (/^\d{1,2}(?:\.\d)?\/(?:10|5|100)$/.test(trimmed) || /\d\.$/.test(text.slice(Math.max(0, result.index - 2), result.index))) continue;
    // A month alone ("Jun", "Mar.") outside "in June" is a name's syllable or a verb more often than a date.
    if (/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i.test(trimmed) && !monthAfterPreposition) continue;
    // "a second", "in an hour": a time of day or a duration, not a date.
    if (!result.tags().has(WINDOW) && /\b(second|seconds|minute|minutes|hour|hours|moment|tonight)\b/i.test(trimmed) && !/\d{4}|january|february|march|april|june|july|august|september|october|november|december/i.test(trimmed)) continue;
    const start = result.start;
    if (!start.isCertain("day") && !start.isCertain("month") && !start.isCertain("year") && !start.isCertain("weekday") && !result.tags().has(WINDOW)) continue;
    // "last June", "later this year", "two weeks ago": counted from the article's date, which an undated article lacks.
    if (!reference && /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight)\b/i.test(trimmed) && !/\b(?:19|20)\d{2}\b/.test(trimmed)) continue;
    // "six weeks after its debut" counts from an event, not from the article's date; "three years ago" needs that date.
    if (/\b(after|later|before|earlier|prior)\b/i.test(trimmed) && !/\d{4}/.test(trimmed) && !/\b(?:this|next|last)\s+year\b/i.test(trimmed)) continue;
    if (/\bago\b/i.test(trimmed) && !reference) continue;
    // "from March 1 to March 8", "April 8-14": a range of days, kept as one date with its last day.
    const isRange = !!result.end && !result.tags().has(WINDOW) && result.start.isCertain("day") && result.end.isCertain("day");
    // "from September 2021 to January 2022": a range of months, kept as its first month with its last.
    const isMonthRange = !isRange && !!result.end && !result.tags().has(WINDOW) && result.start.isCertain("month") && !result.start.isCertain("day") && result.end.isCertain("month");
    const precision = isRange ? "day" : isMonthRange ? "month" : precisionOf(result);
    const components = result.start;
    // A range of months with no year ("from May to August") is placed by tense like a month alone.
    const yearGiven = components.isCertain("year") || (!isRange && !(isMonthRange && !result.end!.isCertain("year")) && result.end !== null && result.end !== undefined) || (isRange && result.end!.isCertain("year"));
    let year = components.get("year")!;
    if (!yearGiven && !reference) {
      const weekday = components.isCertain("weekday") && components.isCertain("day") && components.isCertain("month") ? components.get("weekday")! : undefined;
      const placed = weekday !== undefined && floorYear ? yearForWeekday(floorYear, components.get("month")!, components.get("day")!, weekday) : undefined;
      // "in 2025, probably around October": a month right after a dated year is in that year.
      const previous = found[found.length - 1];
      const inYearJustSaid = previous && previous.yearGiven && previous.value.precision === "year" && result.index - previous.end <= 40 && components.isCertain("month") ? Number(previous.value.date.slice(0, 4)) : undefined;
      if (placed === undefined && inYearJustSaid === undefined) continue;
      year = placed ?? inYearJustSaid!;
    }
    const month = precision === "year" ? 1 : components.get("month")!;
    const day = precision === "day" ? components.get("day")! : 1;
    let value = dateValue(year, month, day, precision);
    // "Filming starts in the fall" (after the article) and "it wrapped in the spring" (before it).
    if (result.tags().has(SEASON_WITHOUT_YEAR)) {
      if (!reference) continue;
      if (tense === "future" && windowEndOf(value) < reference) value = dateValue(year + 1, month, day, precision);
      else if (tense === "past" && value.date > reference) value = dateValue(year - 1, month, day, precision);
    }
    // A day or month without its year: in a sentence about the past it is not after the article; about the future, not before it.
    if (!yearGiven && reference && precision !== "year") {
      // "last October 3", "since March 8", "this coming June 2": the words before the date tell its side of the article's day.
      const lead = text.slice(Math.max(0, result.index - 12), result.index);
      // "the broadcaster announced Wednesday": a past verb right before the date places it, whatever else the sentence looks ahead to.
      const futurePassive = /\b(?:will|'ll|to|would|could|may|might|shall|going to)\s+(?:be|have been)\s+\w+\s+(?:on\s+|in\s+)?$/i.test(text.slice(Math.max(0, result.index - 30), result.index));
      const pastVerb = !futurePassive && /\b(?:announced|said|confirmed|revealed|reported|told|released|dropped|unveiled|shared|posted|launched|premiered|aired|wrapped|began|started|ended|renewed|cancell?ed|debuted|opened|closed|finished|resumed|restarted|halted|paused|suspended)\s+(?:on\s+|in\s+)?$/i.test(text.slice(Math.max(0, result.index - 16), result.index));
      // "since its premiere in October": the event counted from is behind the article's day.
      const sinceEvent = /\bsince\s+(?:(?:its|the|their|his|her)\s+)?(?:[\p{L}-]+\s+){1,3}(?:(?:in|on)\s+)?$/iu.test(text.slice(Math.max(0, result.index - 45), result.index));
      const side = /\b(?:last|this past|since)\s+$/i.test(lead) || pastVerb || sinceEvent ? "past" : /\b(?:next|this coming)\s+$/i.test(lead) ? "future" : tense;
      const weekdayOnly = components.isCertain("weekday") && !components.isCertain("day") && !components.isCertain("month");
      if (weekdayOnly && precision === "day") {
        // "broadcast on Sunday": the nearest such weekday on the sentence's side of the article, never a year away.
        const shifted = new Date(`${value.date}T12:00:00Z`);
        if (side === "past" && value.date > reference) shifted.setUTCDate(shifted.getUTCDate() - 7);
        else if (side === "future" && value.date < reference) shifted.setUTCDate(shifted.getUTCDate() + 7);
        value = dateValue(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate(), "day");
      } else if (side === "past" && value.date > reference) value = dateValue(year - 1, month, day, precision);
      else if (side === "future" && windowEndOf(value) < reference) value = dateValue(year + 1, month, day, precision);
    }
    if (result.tags().has(LOOSE_PART_OF_YEAR)) value = dateValue(Number(value.date.slice(0, 4)), 1, 1, "year");
    const before = text.slice(Math.max(0, result.index - 30), result.index).toLowerCase();
    const bound = /\b(before|by|no later than|until|ahead of)\s+(the\s+)?$/.test(before) ? "before" : /\b(after|not before|no earlier than)\s+(the\s+)?$/.test(before) ? "after" : null;
    const date: FoundDate = { value, start: result.index, end: result.index + result.text.length, text: result.text, yearGiven, bound };
    if (isMonthRange) {
      const end = result.end!;
      // Moved by tense with its start: the same number of years.
      const moved = Number(value.date.slice(0, 4)) - year;
      date.until = dateValue(end.get("year")! + moved, end.get("month")!, 1, "month");
    }
    if (isRange) {
      const end = result.end!;
      let untilValue = dateValue(end.get("year")!, end.get("month")!, end.get("day")!, "day");
      // "Dec. 26 - Jan. 1": a range that runs into the next year.
      if (untilValue.date < value.date) untilValue = dateValue(end.get("year")! + 1, end.get("month")!, end.get("day")!, "day");
      date.until = untilValue;
    }
    found.push(date);
  }
  // "in 2021 and 2023": a year listed after a dated year shares its preposition.
  for (const m of text.matchAll(/(?:,\s*|\s+)(?:and\s+|or\s+|&\s+)?((?:19|20)\d{2})\b(?![/.-]\d)/g)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const previous = found.find((f) => f.end === m.index! && f.value.precision === "year");
    if (!previous || found.some((f) => f.start <= start && start < f.end)) continue;
    found.push({ value: dateValue(Number(m[1]), 1, 1, "year"), start, end: start + 4, text: m[1]!, yearGiven: true, bound: null });
  }
  found.push(...countedFromEarlierDate(text, found));
  return found.sort((a, b) => a.start - b.start);
}

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * "premiered in April 2025 and was renewed two months later", "… the following month": a date counted from the one
 * the sentence gave just before, at that date's precision or coarser (months from a month, years as years).
 */
function countedFromEarlierDate(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  const pattern = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+later|the\s+(?:following|next)\s+(week|month|year))\b/gi;
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    if (found.some((f) => f.start <= start && start < f.end)) continue;
    const earlier = found.filter((f) => f.end <= start && start - f.end <= 120 && !f.bound).pop();
    if (!earlier) continue;
    const count = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const unit = (m[2] ?? m[3])!.toLowerCase();
    const [y, mo, d] = earlier.value.date.split("-").map(Number) as [number, number, number];
    const precision = earlier.value.precision;
    let value: DateValue | undefined;
    if (unit === "year") value = dateValue(y + count, 1, 1, "year");
    else if (unit === "month" && (precision === "month" || precision === "day")) {
      const when = new Date(Date.UTC(y, mo - 1 + count, 1));
      value = dateValue(when.getUTCFullYear(), when.getUTCMonth() + 1, 1, "month");
    } else if ((unit === "week" || unit === "day") && precision === "day") {
      const when = new Date(Date.UTC(y, mo - 1, d + count * (unit === "week" ? 7 : 1)));
      value = dateValue(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate(), "day");
    }
    if (value) out.push({ value, start, end: start + m[0].length, text: m[0], yearGiven: true, bound: null });
  }
  return out;
}
