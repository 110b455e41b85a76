import { html } from "hono/html";
import type { Precision } from "../../domain/date-value.ts";
import type { Html } from "./layout.ts";

/**
 * Dates and numbers in the reader's locale: the `locale` setting (a cookie) when the reader chose
 * one, else the first locale of Accept-Language this runtime can format, else British English
 * ("30 Dec 2022", the day before the month so that no date reads two ways). One formatter per page,
 * so a page shows one format; every date is a `<time datetime>`.
 */

export const DEFAULT_LOCALE = "en-GB";

/** Locales offered in the footer's setting; any other tag Intl knows is honoured too. */
export const offeredLocales: { tag: string; name: string }[] = [
  { tag: "en-GB", name: "English (UK)" },
  { tag: "en-US", name: "English (US)" },
  { tag: "ko-KR", name: "한국어" },
  { tag: "ja-JP", name: "日本語" },
  { tag: "de-DE", name: "Deutsch" },
  { tag: "fr-FR", name: "Français" },
  { tag: "es-ES", name: "Español" },
];

/** A tag Intl can format with, canonicalised, or null ("xx-invalid", "*", an empty string). */
export function supportedLocale(tag: string): string | null {
  const trimmed = tag.trim();
  if (!trimmed || trimmed === "*" || trimmed.length > 35) return null;
  try {
    const [found] = Intl.DateTimeFormat.supportedLocalesOf([trimmed]);
    return found ?? null;
  } catch {
    return null;
  }
}

/** The locales of an Accept-Language header, by quality (then order), that Intl can format with. */
export function acceptedLocales(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";").map((p) => p.trim());
      const q = params.find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => supportedLocale(entry.tag))
    .filter((tag): tag is string => tag !== null);
}

/** The reader's locale: the setting, then Accept-Language, then the default. */
export function chooseLocale(setting: string | undefined, acceptLanguage: string | undefined): string {
  return (setting ? supportedLocale(setting) : null) ?? acceptedLocales(acceptLanguage)[0] ?? DEFAULT_LOCALE;
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The labels `labelFor` writes into the card's sentences ("30 Dec 2022", "Dec 2022"), ISO days, and "25.41 million". */
const embedded = /\b(?:(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d+(?:\.\d+)?) (million|billion))\b/g;

export interface Formatter {
  locale: string;
  /** A date at its precision, as text: "30 Dec 2022", "Dec 30, 2022", "2022. 12. 30.". */
  dateText(iso: string, precision?: Precision): string;
  /** The same in a `<time datetime>` element. */
  date(iso: string, precision?: Precision): Html;
  /** A short date for a chart's axis, with its year: "26 Dec 22". */
  shortDate(iso: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** 124000000 → "124M" (the unit is the caller's to add). */
  compact(value: number): string;
  /** 25410000 → "25.41 million" with the locale's decimal mark. */
  millions(value: number): string;
  /** A sentence of the card (outlook reasoning, summaries, notes) with its dates and figures in this format. */
  text(sentence: string): Html;
  /** An id unique within the page: "evq-3". */
  nextId(prefix: string): string;
}

function parts(iso: string): [number, number, number] {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  return [y, m, d];
}

/** `<time datetime>` takes a year, a year-month or a day; a quarter or half is given by its year. */
function machineDate(iso: string, precision: Precision): string {
  if (precision === "day") return iso.slice(0, 10);
  if (precision === "month") return iso.slice(0, 7);
  return iso.slice(0, 4);
}

/** A locale's Intl formats, made once: each costs tens of microseconds to make, and every page made them all. */
const intlByLocale = new Map<string, ReturnType<typeof makeIntl>>();

function makeIntl(locale: string) {
  return {
    day: new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
    month: new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }),
    short: new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" }),
    numbers: new Intl.NumberFormat(locale),
    compact: new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }),
    twoDecimals: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    threeDecimals: new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }),
  };
}

export function createFormatter(locale: string = DEFAULT_LOCALE): Formatter {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    // Any locale Intl knows may be asked for, extensions and all: the map is bounded, not trusted to stay small.
    if (intlByLocale.size >= 64) intlByLocale.clear();
    intlByLocale.set(locale, (intl = makeIntl(locale)));
  }
  const { day, month, short, numbers, compact, twoDecimals, threeDecimals } = intl;
  const utc = (iso: string) => {
    const [y, m, d] = parts(iso);
    return new Date(Date.UTC(y, m - 1, d));
  };
  const dateText = (iso: string, precision: Precision = "day"): string => {
    const [y, m] = parts(iso);
    switch (precision) {
      case "day":
        return day.format(utc(iso));
      case "month":
        return month.format(utc(iso));
      case "quarter":
        return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
      case "half":
        return `H${m <= 6 ? 1 : 2} ${y}`;
      case "year":
        return String(y);
    }
  };
  const date = (iso: string, precision: Precision = "day"): Html => html`<time datetime="${machineDate(iso, precision)}">${dateText(iso, precision)}</time>`;
  const millions = (value: number): string => {
    if (value >= 1e9) return `${threeDecimals.format(value / 1e9)} billion`;
    if (value >= 1e6) return `${twoDecimals.format(value / 1e6)} million`;
    return numbers.format(value);
  };
  const pad = (n: number) => String(n).padStart(2, "0");
  let ids = 0;
  return {
    nextId: (prefix) => `${prefix}-${++ids}`,
    locale,
    dateText,
    date,
    shortDate: (iso) => short.format(utc(iso)),
    number: (value, options) => (options ? new Intl.NumberFormat(locale, options).format(value) : numbers.format(value)),
    compact: (value) => compact.format(value),
    millions,
    text(sentence: string): Html {
      const out: (string | Html)[] = [];
      let cursor = 0;
      for (const match of sentence.matchAll(embedded)) {
        const at = match.index;
        out.push(sentence.slice(cursor, at));
        const [, d, mon, y, monthOnly, monthYear, isoY, isoM, isoD, figure, scale] = match;
        if (d && mon && y) out.push(date(`${y}-${pad(monthNames.indexOf(mon) + 1)}-${pad(Number(d))}`, "day"));
        else if (monthOnly && monthYear) out.push(date(`${monthYear}-${pad(monthNames.indexOf(monthOnly) + 1)}-01`, "month"));
        else if (isoY && isoM && isoD && Number(isoM) >= 1 && Number(isoM) <= 12 && Number(isoD) >= 1 && Number(isoD) <= 31) out.push(date(`${isoY}-${isoM}-${isoD}`, "day"));
        else if (figure && scale) out.push(`${(scale === "billion" ? threeDecimals : twoDecimals).format(Number(figure))} ${scale}`);
        else out.push(match[0]);
        cursor = at + match[0].length;
      }
      out.push(sentence.slice(cursor));
      return html`${out}`;
    },
  };
}
