import { commonGivenNames } from "../vocab/words.ts";
import { dateValue, type DateValue } from "../../../domain/date-value.ts";
import type { Frame, Slot } from "../engine/frame.ts";
import type { RuleContext } from "../engine/rule.ts";
import type { ExtractedValue } from "../types.ts";

export function slotPosition(frame: Frame, slot: Slot): number {
  return frame.positions[frame.slots.indexOf(slot)] ?? -1;
}

export function mention(name: string): ExtractedValue {
  return { type: "mention", mention: { kind: "person", name } };
}

/** A season qualifier when the season is known; none when nothing in the article numbers it. */
export function seasonQualifier(season: number | undefined): { season?: number } {
  return season ? { season } : {};
}

export function enumValue(value: string): ExtractedValue {
  return { type: "enum", value };
}

export function numberValue(value: number, approximate = false): ExtractedValue {
  return { type: "number", value, approximate };
}

export function dateClaimValue(value: DateValue): ExtractedValue {
  return { type: "date", date: value.date, precision: value.precision, label: value.label };
}

/** The clause of the masked sentence around a point: bounded by ; — or a full stop. */
export function clauseAround(frame: Frame, at: number): { start: number; end: number } {
  const text = frame.masked;
  let start = 0;
  // A colon after a part's number opens its subtitle ("X ⟦R⟧: Ember and Smoke"), not a new clause.
  for (const m of text.slice(0, at).matchAll(/[;—]|\s[–-]\s|(?<!\u27E6R\d+\u27E7):\s/g)) start = m.index! + m[0].length;
  const rest = text.slice(at).search(/[;—]|\s[–-]\s/);
  return { start, end: rest < 0 ? text.length : at + rest };
}

/** The date slot nearest a point within its clause; optionally only after it. */
export function nearestDate(frame: Frame, at: number, options: { after?: boolean; maxDistance?: number; notTarget?: boolean; within?: { start: number; end: number } } = {}): Slot | undefined {
  const clause = options.within ?? clauseAround(frame, at);
  let best: Slot | undefined;
  let bestDistance = Infinity;
  frame.slots.forEach((slot, index) => {
    if (slot.kind !== "D") return;
    // "delayed to 2024": where a thing is moved to, not when it happened.
    if (options.notTarget && (/^(?:to|until|till|into)\b/i.test(slot.text) || /\b(?:to|until|till|into)\s+$/i.test(frame.text.slice(Math.max(0, slot.start - 8), slot.start)))) return;
    const pos = frame.positions[index]!;
    if (pos < clause.start || pos > clause.end || (options.within && pos === clause.end)) return;
    if (options.after && pos < at) return;
    const distance = Math.abs(pos - at);
    if (distance < bestDistance && distance <= (options.maxDistance ?? 200)) {
      best = slot;
      bestDistance = distance;
    }
  });
  return best;
}

/** A past-tense statement: "premiered on", "was released", "debuted". */
// "hit" only as a verb with its object ("hit screens", "hit Netflix"): "the slice-of-life hit returns" is a noun.
export function isPastTense(text: string): boolean {
  return /\b(?:was|were|had|has been|have been|did|premiered|released|debuted|aired|dropped|landed|arrived|launched|came out|began|started|ended|finished|concluded|wrapped|kicked off|went live|opened|returned|bowed|streamed|hit(?=\s+(?:the|a|an|its|their|screens|theaters|theatres|cinemas|streaming|\u27E6[PD]|No\.|number|#|\d))|came|came back|went)\b/i.test(text);
}

/** Whether a future marker governs the text: "will", "is set to", "slated", "upcoming". */
export function isFuture(text: string): boolean {
  return /\b(?:will|'ll|shall|is set to|are set to|is slated|are slated|is scheduled|are scheduled|is due|are due|is expected|are expected|upcoming|coming soon|to premiere|to be released|set for|slated for|scheduled for|due (?:in|on|out)|is poised|are poised|will be|going to)\b/i.test(text);
}

/** Names in a stretch of the sentence that stand as items of a list (not possessives, not qualifiers). */
export function listedNames(context: RuleContext, from: number, to: number): Slot[] {
  const frame = context.frame;
  const out: Slot[] = [];
  const masked = frame.masked;
  for (const m of masked.slice(from, to).matchAll(/\u27E6N(\d+)\u27E7/g)) {
    const slot = frame.slots[Number(m[1])]!;
    if (slot.kind !== "N") continue;
    const pos = from + m.index!;
    const after = masked.slice(pos + m[0].length, pos + m[0].length + 30);
    const before = masked.slice(Math.max(0, pos - 30), pos);
    if (slot.name.possessive) continue; // "Glass Orchard's Han Se-rin", "Starline's Kang Tae-min"
    // "stars A as B": B is the character, not another star.
    // "stars A as former coast guard rescuer B": a description of the part may stand between.
    if (/\b[Aa]s\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?!and\b|with\b|alongside\b|opposite\b|while\b|plus\b)[\p{Ll}'’-]+\s+){0,5}$/u.test(masked.slice(Math.max(0, pos - 70), pos))) continue;
    // "stars A as the ghost of a legendary golfer, Sir B, and C as …": a longer description ends in a comma before the character,
    // unless the name after it plays a part of its own ("A as the killer, B as the detective").
    if (!/^\s+as\b/.test(after) && /\b[Aa]s\s+(?:the|a|an|his|her|their|\u27E6N\d+\u27E7['’]s?)\s+(?:(?!and\b|with\b|alongside\b|opposite\b|while\b|plus\b)[\p{Ll}'’-]+\s+){0,7}[\p{Ll}'’-]+,\s+$/u.test(masked.slice(Math.max(0, pos - 90), pos))) continue;
    // "Baek Min-ji of Undertow", "Yoon Seo-jun from Beneath the King's Garden": the work a star is known from.
    if (/\u27E7\s+(?:of|from)\s+[“"‘']?$/.test(before)) continue;
    // "A and B for Lanternlight Pictures": the company they produce for.
    if (/\u27E7\s+for\s+$/.test(before)) continue;
    // "CLC member X", "the singer X": the item is the name after the description.
    if (/^\s+(?:member|star|actor|actress|singer|idol|group|band|leader)\s+\u27E6N/i.test(after)) continue;
    // Inside parentheses after a name: another work or a character, not an item.
    if (/\(\s*$/.test(before) && /\u27E7\s*\(\s*$/.test(before)) continue;
    out.push(slot);
  }
  return out;
}

/** "Ada and Lena Whitcombe": a given name before "and" shares the surname of the full name after it. */
export function sharedSurname(first: string, second: string): string | undefined {
  if (first.includes(" ") || !second.includes(" ")) return undefined;
  // "Marsh, Tessa Vale": a surname said alone is someone else, not a first name sharing the next surname.
  if (!commonGivenNames.has(first)) return undefined;
  const surname = second.split(" ").slice(1).join(" ");
  return `${first} ${surname}`;
}

/** The day the article was published, as a date value. */
export function publishedDay(context: RuleContext): DateValue | undefined {
  const published = context.article.published;
  if (!published) return undefined;
  const [y, m, d] = published.split("-").map(Number) as [number, number, number];
  return dateValue(y, m, d, "day");
}

/** "on Friday" told on a Tuesday: the Friday before the article (the day itself if it is that weekday). */
export function weekdayOnOrBefore(published: string, weekday: string): DateValue | undefined {
  const wanted = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].indexOf(weekday.toLowerCase());
  if (wanted < 0) return undefined;
  const ref = new Date(`${published}T00:00:00Z`);
  const d = new Date(ref.getTime() - ((ref.getUTCDay() - wanted + 7) % 7) * 86_400_000);
  return dateValue(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), "day");
}

/** "The streamer usually confirms a renewal within weeks": a habit of the trade, said of no show in particular. */
export const HABITUAL = /\b(?:usually|typically|generally|normally|customarily|historically|traditionally|tends? to|as a rule|more often than not)\b/i;

/**
 * "Take X, another Brazilian thriller series: it debuted in 2016": a sentence that brings in another
 * show by a description and names no title the article registers is about that other show.
 */
export function aboutAnotherShow(context: RuleContext, at: number): boolean {
  const before = context.frame.masked.slice(0, at);
  // "renewed for another series", "the first of another run": in British usage a series is a season of this show.
  const another = before.match(/(?<!\b(?:for|of|into|with)\s)\b(?:another|a different|a similar|an earlier|an older)\s+(?:[\p{L}-]+\s+){1,3}?(?:series|show|drama|sitcom|thriller|k-drama|anime|telenovela)\b/iu);
  if (!another) return false;
  return !context.frame.slots.some((s) => s.kind === "T");
}

/** "renewed for a second season", "has handed the show a second season", "ordered a third season": a season a renewal gives. */
const RENEWAL_OF_SEASON = /\b(?:renewed|picked up|greenlit|green-lit|ordered|commissioned|back|handed|hands|gave|gives|given|secured|landed|earned|scored|confirmed|announced)\b(?:\s+(?:it|the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:show|series|[\p{Ll}-]*drama|[\p{Ll}-]*comedy|thriller|sitcom|anime)|\u27E6T\d+\u27E7))?\s+(?:for\s+)?(?:a|an)\s+\u27E6S(\d+)\u27E7(?!\s+(?:premiere|release|debut|launch|date|trailer|teaser|poster|cast))/iu;

/**
 * The season a renewal told after a point of the sentence gives ("… dropped on Aug. 27, the streamer has handed it a
 * second season" → 2). A renewal told first ("Hulu confirmed a second season, and it premiered on April 10") is the
 * season what follows is about, so it gives none.
 */
export function renewedSeason(frame: Frame, after: number): number | undefined {
  const m = RENEWAL_OF_SEASON.exec(frame.masked);
  if (!m || m.index < after) return undefined;
  const slot = frame.slots[Number(m[1])];
  return slot?.kind === "S" && slot.season.numbers.length === 1 ? slot.season.numbers[0] : undefined;
}

/** The day a sentence says its news was told: "…, the streamer said Wednesday", "HBO announced the delay on Tuesday". */
export function announcementDay(frame: Frame, published: string | null): DateValue | undefined {
  // "ITV said yesterday": the day before the article (the date finder leaves "yesterday" alone elsewhere).
  if (published && /\b(?:said|announced|confirmed|revealed|disclosed)\s+(?:on\s+)?yesterday\b|\byesterday\s+(?:said|announced|confirmed|revealed)\b/i.test(frame.text)) {
    const day = new Date(Date.parse(`${published}T00:00:00Z`) - 86_400_000);
    return dateValue(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day");
  }
  const m = frame.masked.match(/\b(?:said|announced|confirmed|revealed|disclosed|told [^.;,]{1,30}?)(?:\s+(?:the\s+(?:delay|postponement|news|change|move)|it|this))?(?:\s+(?:on|late|early))?\s+\u27E6D(\d+)\u27E7/);
  const slot = m ? frame.slots[Number(m[1])] : undefined;
  return slot?.kind === "D" && slot.date.value.precision === "day" && !slot.date.bound ? slot.date.value : undefined;
}

/** Where the coordinated clause around a point begins and ends: "FX renewed it in September, and production wrapped in February". */
export function coordinatedClause(masked: string, at: number): { start: number; end: number } {
  // A date slot may have taken the comma with it: "in ⟦D⟧ and production wrapped".
  const joins = [...masked.matchAll(/(?:,|(?<=\u27E6D\d+\u27E7))\s+(?:and|but|while|whereas)\s+|;\s+/g)];
  const start = Math.max(0, ...joins.filter((m) => m.index! + m[0].length <= at).map((m) => m.index! + m[0].length));
  const next = joins.find((m) => m.index! >= at);
  return { start, end: next ? next.index! : masked.length };
}
