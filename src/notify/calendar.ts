import type { ChangePayload } from "./changes.ts";
import { windowEnd } from "./changes.ts";
import type { Notification } from "./notify.service.ts";
import { describeRelease, parseReleaseKey, releaseKey, type ReleaseValue, type TitleState } from "./title-state.ts";

/**
 * iCalendar (RFC 5545) of release dates: one all-day event per (title, season, part), a window
 * ("H1 2026", "Mar 2026") as an all-day span with its certainty in the summary and description.
 * The UID is stable per (title, season, part); SEQUENCE counts the times the date moved or
 * narrowed; a withdrawn date (or a cancelled season) stays as a CANCELLED event.
 */
export interface CalendarTitle {
  id: string;
  name: string;
  state: TitleState;
  /** The title's release notifications, oldest first. */
  history: Notification[];
  updatedAt: string;
  /** The season to come without a date: its status and the earliest plausible month, from the card's outlook. */
  outlook?: { season: number; status: string; earliest: { date: string; precision: string; label: string } | null; statusChanges: Notification[] } | null;
}

const text = (value: string) => value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
const day = (iso: string) => iso.replaceAll("-", "");
const stamp = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Lines folded at 75 octets, as the RFC asks, without splitting a UTF-8 character. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
    limit = 74;
  }
  return parts.join("\r\n ");
}

function event(options: { uid: string; sequence: number; stamp: string; value: ReleaseValue; summary: string; description: string; url: string; cancelled: boolean }): string[] {
  const v = options.value;
  return [
    "BEGIN:VEVENT",
    `UID:${options.uid}`,
    `SEQUENCE:${options.sequence}`,
    `DTSTAMP:${stamp(options.stamp)}`,
    `DTSTART;VALUE=DATE:${day(v.date)}`,
    `DTEND;VALUE=DATE:${day(nextDay(windowEnd(v)))}`,
    `SUMMARY:${text(options.summary)}`,
    `DESCRIPTION:${text(options.description)}`,
    `URL:${options.url}`,
    `STATUS:${options.cancelled ? "CANCELLED" : v.certainty === "confirmed" ? "CONFIRMED" : "TENTATIVE"}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

export function calendar(name: string, titles: CalendarTitle[], origin: string): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cliffhanger//release dates//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${text(name)}`];
  for (const title of titles) {
    const keys = new Set([...Object.keys(title.state.releases), ...title.history.map((n) => (n.payload.season ? releaseKey(n.payload.season, n.payload.part) : ""))].filter(Boolean));
    for (const key of keys) {
      const { season } = parseReleaseKey(key);
      const mine = title.history.filter((n) => n.payload.season !== null && releaseKey(n.payload.season, n.payload.part) === key);
      const moves = mine.filter((n) => n.payload.kind === "release-moved" || n.payload.kind === "release-narrowed").length;
      const current = title.state.releases[key];
      const lastRemoved = [...mine].reverse().find((n) => n.payload.kind === "release-removed")?.payload as ChangePayload | undefined;
      const seasonCancelled = title.state.seasons[String(season)] === "cancelled";
      const value = current ?? lastRemoved?.fromRelease;
      if (!value) continue;
      const cancelled = !current || seasonCancelled;
      const lastChange = mine.at(-1)?.createdAt ?? title.updatedAt;
      const what = `${title.name}: ${describeRelease(key).toLowerCase()}`;
      const why = mine.at(-1)?.payload.sources.map((s) => s.name).join(", ");
      lines.push(
        ...event({
          uid: `${title.id}-${key}@cliffhanger`,
          sequence: moves + (cancelled ? 1 : 0),
          stamp: lastChange,
          value,
          summary: `${what} (${value.precision === "day" ? value.certainty : `${value.label}, ${value.certainty}`})${cancelled ? " – cancelled" : ""}`,
          description: `${what}: ${value.label}, ${value.certainty}${value.precision === "day" ? "" : ` (a window: ${value.precision})`}.${why ? ` Source: ${why}.` : ""} ${origin}/titles/${title.id}`,
          url: `${origin}/titles/${title.id}`,
          cancelled,
        }),
      );
    }
    const o = title.outlook;
    if (o && o.earliest && o.status !== "cancelled" && !keys.has(releaseKey(o.season, null)) && ![...keys].some((k) => parseReleaseKey(k).season === o.season)) {
      // No date yet: a tentative span at the earliest plausible time, replaced (same UID) when a date is set.
      const last = o.statusChanges.at(-1);
      const what = `${title.name}: season ${o.season}`;
      const why = last?.payload.sources.map((s) => s.name).join(", ");
      lines.push(
        ...event({
          uid: `${title.id}-${releaseKey(o.season, null)}@cliffhanger`,
          sequence: o.statusChanges.length,
          stamp: last?.createdAt ?? title.updatedAt,
          value: { ...o.earliest, certainty: "speculative" },
          summary: `${what} not before ${o.earliest.label} (${o.status}, no date yet)`,
          description: `${what} is ${o.status}; no release date or window is known, and ${o.earliest.label} is the earliest plausible.${why ? ` Source: ${why}.` : ""} ${origin}/titles/${title.id}`,
          url: `${origin}/titles/${title.id}`,
          cancelled: false,
        }),
      );
    }
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
