import { sql } from "kysely";
import type { ClaimValue } from "../domain/claim.ts";
import { claimValueFromJson, qualifiersFromJson } from "../storage/codecs.ts";
import type { Db } from "../storage/db.ts";

/**
 * The home page's read model: what changed that matters. A dataset import writes thousands of
 * rows, and an article a dozen facts; what a reader follows is a renewal, a cancellation, a release
 * date set or moved, a shoot started or wrapped. Those changes, newest known first, one line per
 * title: a catalogue row that only restates what was already out is none of them.
 */

/**
 * The claims that are news: a renewal, a cancellation or a final season; a shoot started, wrapped,
 * halted, postponed or resumed, or a date announced; a release date set ahead of the day it was
 * known (one already past, or a dataset's row dated the day of the report, is history). Literals,
 * as in the partial index claim_news (migration 0016), so that both engines see the index answers it.
 */
const NEWS = `((claim.property = 'season-status' AND claim.value_key IN ('renewed', 'cancelled', 'final-season'))
  OR (claim.property = 'production-event' AND claim.value_key IN ('filming-started', 'filming-wrapped', 'filming-halted', 'filming-postponed', 'filming-resumed', 'date-announced'))
  OR (claim.property = 'release-date' AND substr(claim.value_key, 1, 10) > CASE WHEN claim.known_from IS NULL THEN substr(claim.recorded_at, 1, 10) ELSE claim.known_from END))`;
/** How many of the newest changes are read to find the titles for the page. */
const SCAN = 400;

export interface HomeChange {
  titleId: string;
  title: string;
  /** When the change was known: the source's date, else the day it was recorded. */
  known: string;
  /** "Season 2 renewed", "Season 3 release date set: 14 Mar 2025", "Season 1 release date moved: 17 Jan 2025 → 7 Feb 2025". */
  summary: string;
  sourceId: string;
  outlet: string | null;
  /** Where the quote starts in the source, for the link to the highlighted sentence. */
  quoteStart: number | null;
  /** Other changes to the same title in the scanned window. */
  more: number;
}

interface Row {
  id: string;
  titleId: string;
  title: string;
  property: string;
  value_json: string;
  value_key: string;
  qualifiers_json: string;
  known: string;
  sourceId: string;
  outlet: string | null;
  quote_start: number | null;
  recorded_at: string;
}

function seasonLabel(qualifiers: { season?: number; part?: number }): string {
  const season = qualifiers.season ? `Season ${qualifiers.season}` : "A season";
  return qualifiers.part ? `${season} part ${qualifiers.part}` : season;
}

/** A status or event as written, a date as its label. */
function valueText(value: ClaimValue): string {
  if (value.type === "date") return value.label;
  if (value.type === "entity") return value.entityId;
  return String(value.value);
}

const eventWords: Record<string, string> = {
  "filming-started": "filming started",
  "filming-wrapped": "filming wrapped",
  "filming-halted": "filming halted",
  "filming-postponed": "filming postponed",
  "filming-resumed": "filming resumed",
  "date-announced": "release date announced",
};

/** The changes that matter, newest known first, one per title (the newest), at most `limit` titles. */
export async function recentChanges(db: Db, limit = 20): Promise<HomeChange[]> {
  const known = sql<string>`coalesce(claim.known_from, substr(claim.recorded_at, 1, 10))`;
  const rows: Row[] = await db
    .selectFrom("claim")
    .innerJoin("entity", "entity.id", "claim.subject_id")
    .innerJoin("source", "source.id", "claim.source_id")
    .select(["claim.id", "entity.id as titleId", "entity.name as title", "claim.property", "claim.value_json", "claim.value_key", "claim.qualifiers_json", known.as("known"), "source.id as sourceId", "source.outlet as outlet", "claim.quote_start", "claim.recorded_at"])
    .where("entity.kind", "=", "title")
    .where("entity.merged_into", "is", null)
    .where("claim.certainty", "in", ["confirmed", "reported", "rumored"])
    // Word for word the partial index claim_news (migration 0016), which holds these claims in this order.
    .where(sql<boolean>`claim.retracted_at IS NULL`)
    .where(sql.raw<boolean>(NEWS))
    .orderBy(known, "desc")
    .orderBy("claim.recorded_at", "desc")
    .limit(SCAN)
    .execute();

  // Per title, its newest day of news; on that day a renewal or cancellation leads, then a date, then a shoot.
  const priority = (row: Row) => (row.property === "season-status" ? 0 : row.property === "release-date" ? 1 : 2);
  const precision = (r: Row) => ["day", "month", "quarter", "half", "year"].indexOf(r.value_key.split("/")[1] ?? "");
  const perTitle = new Map<string, Row[]>();
  for (const row of rows) perTitle.set(row.titleId, [...(perTitle.get(row.titleId) ?? []), row]);
  // The titles shown, and the row each is shown by, chosen before any other read: the window holds
  // hundreds of titles (SCAN) for the page's twenty, and only those twenty need their earlier dates.
  const shown: { titleId: string; row: Row; q: ReturnType<typeof qualifiersFromJson>; more: number }[] = [];
  for (const [titleId, list] of perTitle) {
    if (shown.length >= limit) break;
    const newest = list.filter((r) => r.known === list[0]!.known).sort((a, b) => priority(a) - priority(b) || precision(a) - precision(b));
    const row = newest.find((r) => r.property !== "release-date" || !qualifiersFromJson(r.qualifiers_json, r.id).doubted);
    if (!row) continue;
    shown.push({ titleId, row, q: qualifiersFromJson(row.qualifiers_json, row.id), more: list.length - 1 });
  }

  // Earlier release dates of the titles shown by a date, to tell a date set from a date moved.
  const titleIds = [...new Set(shown.filter((s) => s.row.property === "release-date").map((s) => s.titleId))];
  const earlierDates = new Map<string, { key: string; known: string; label: string }[]>();
  if (titleIds.length > 0) {
    const dates = await db
      .selectFrom("claim")
      .select(["claim.id", "claim.subject_id", "claim.value_json", "claim.value_key", "claim.qualifiers_json", known.as("known")])
      .where("claim.subject_id", "in", titleIds)
      .where("claim.property", "=", "release-date")
      .where("claim.retracted_at", "is", null)
      .execute();
    for (const d of dates) {
      const q = qualifiersFromJson(d.qualifiers_json, d.id);
      if (q.doubted) continue;
      const slot = `${d.subject_id}|${q.season ?? ""}|${q.part ?? 1}`;
      earlierDates.set(slot, [...(earlierDates.get(slot) ?? []), { key: d.value_key, known: d.known, label: valueText(claimValueFromJson(d.value_json, d.id)) }]);
    }
  }

  const byTitle = new Map<string, HomeChange>();
  for (const { titleId, row, q, more } of shown) {
    const value = valueText(claimValueFromJson(row.value_json, row.id));
    let summary: string;
    if (row.property === "season-status") {
      summary = `${seasonLabel(q)} ${value === "final-season" ? "announced as the final season" : value}`;
    } else if (row.property === "production-event") {
      summary = `${seasonLabel(q)}: ${eventWords[value] ?? value}`;
    } else {
      const before = (earlierDates.get(`${row.titleId}|${q.season ?? ""}|${q.part ?? 1}`) ?? []).filter((d) => d.known < row.known && d.key !== row.value_key).sort((a, b) => a.known.localeCompare(b.known)).pop();
      summary = before ? `${seasonLabel(q)} release date moved: ${before.label} → ${value}` : `${seasonLabel(q)} release date set: ${value}`;
    }
    byTitle.set(titleId, { titleId, title: row.title, known: row.known, summary, sourceId: row.sourceId, outlet: row.outlet, quoteStart: row.quote_start, more });
  }
  return [...byTitle.values()];
}
