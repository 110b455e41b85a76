import { windowEnd, type Precision } from "../domain/date-value.ts";
import type { UpcomingRelease } from "../domain/upcoming-release.ts";
import type { TitleCard } from "./title-card.schema.ts";

/**
 * What the home page shows of a title, taken from its card when the card is built after a write
 * (by the notification pass, which builds it anyway) and stored beside the title's state, so that
 * the home page reads two dozen rows instead of building two dozen cards. A card is built as of a
 * day (the next season's outlook reckons from it), so a summary serves that day only; which
 * releases are still ahead is decided when the page is made.
 */
export interface HomeSummary {
  v: 1;
  /** The day the card was built for. */
  day: string;
  title: { id: string; name: string };
  /** Every release the card reconciles that is something to look forward to (not a guess, not denied). */
  releases: { season: number; part: number | null; date: string; precision: Precision; label: string; certainty: string; until: string }[];
  /** The next season the sources number, unless the show is over. */
  next: { season: number; status: string; earliest: { date: string; precision: Precision; until: string } | null } | null;
}

export interface NextSeason {
  titleId: string;
  title: string;
  season: number;
  status: string;
  /** The earliest plausible release, only when it is still ahead. */
  earliest: { date: string; precision: Precision } | null;
}

export function homeSummaryOf(card: TitleCard, day: string): HomeSummary {
  const next = card.nextSeason;
  return {
    v: 1,
    day,
    title: { id: card.id, name: card.title },
    releases: card.seasons.flatMap((season) =>
      season.releases
        .filter((r) => r.when.certainty !== "speculative" && r.when.certainty !== "denied")
        .map((r) => ({ season: season.number, part: r.part, date: r.when.value.date, precision: r.when.value.precision, label: r.when.value.label, certainty: r.when.certainty, until: windowEnd(r.when.value) })),
    ),
    next:
      !next || next.season === null || next.status === "ended"
        ? null
        : { season: next.season, status: next.status, earliest: next.earliest ? { date: next.earliest.date, precision: next.earliest.precision, until: windowEnd(next.earliest) } : null },
  };
}

/** The title's releases still ahead of today: a date that moved shows where it moved to. */
export function upcomingOf(summary: HomeSummary, today: string): UpcomingRelease[] {
  return summary.releases.filter((r) => r.until >= today).map((r) => ({ titleId: summary.title.id, title: summary.title.name, season: r.season, part: r.part, date: r.date, precision: r.precision, label: r.label, certainty: r.certainty }));
}

/** The next season, with a "not before" date only while it is still ahead of today. */
export function nextSeasonOf(summary: HomeSummary, today: string): NextSeason | null {
  const next = summary.next;
  if (!next) return null;
  const earliest = next.earliest && next.earliest.until >= today ? { date: next.earliest.date, precision: next.earliest.precision } : null;
  return { titleId: summary.title.id, title: summary.title.name, season: next.season, status: next.status, earliest };
}
