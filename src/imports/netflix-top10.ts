import { AppError } from "../app/errors.ts";
import { recordChangeEvents } from "../claims/change-event.repository.ts";
import { claimFingerprint, insertClaims } from "../claims/claim.repository.ts";
import type { NewClaim, Qualifiers } from "../domain/claim.ts";
import type { Db } from "../storage/db.ts";
import { claimFromRow } from "../storage/codecs.ts";
import { headerIndex, requireColumns, type DatasetClaim, type DatasetImporter, type Layout, type RowResult } from "./dataset.ts";
import { seasonFromLabel } from "./title-labels.ts";

/**
 * Netflix's weekly Top 10 files, in every layout Netflix has published: the global weekly list
 * (hours only until mid-2023; then runtime and views; staggered-launch columns for a while), the
 * per-country list, and the all-time most-popular lists (first 28 or first 91 days).
 */

const DERIVED = "netflix-top10-derived";
const categories = new Set(["Films (English)", "Films (Non-English)", "TV (English)", "TV (Non-English)", "Films", "TV"]);

/** Netflix's `week` is the Sunday that ends a Monday–Sunday week; the card's week is its Monday. */
export function weekStart(sunday: string): string {
  const date = new Date(`${sunday}T00:00:00Z`);
  return new Date(date.getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
}

function isoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function wholeNumber(value: string | undefined): number | null | "bad" {
  if (value === undefined || value.trim() === "") return null;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : "bad";
}

function field(fields: string[], index: Map<string, number>, name: string): string | undefined {
  const at = index.get(name);
  return at === undefined ? undefined : fields[at];
}

function titleOf(fields: string[], index: Map<string, number>): { title: string; season: number | null; film: boolean } | { error: string } {
  const title = field(fields, index, "show_title")?.trim();
  if (!title) return { error: "show_title is empty" };
  const seasonTitle = field(fields, index, "season_title") ?? "";
  const { season, film } = seasonFromLabel(seasonTitle, title);
  return { title, season, film };
}

function weekly(index: Map<string, number>, name: string, countries: boolean): Layout {
  return {
    name,
    parse(fields): RowResult {
      const week = field(fields, index, "week")?.trim() ?? "";
      if (!isoDay(week)) return { error: `week "${week}" is not a date (YYYY-MM-DD)` };
      const category = field(fields, index, "category")?.trim() ?? "";
      if (!categories.has(category)) return { error: `category "${category}" is not one of Netflix's lists` };
      const rank = wholeNumber(field(fields, index, "weekly_rank"));
      if (rank === null || rank === "bad" || rank < 1 || rank > 10) return { error: `weekly_rank "${field(fields, index, "weekly_rank")}" is not 1–10` };
      const title = titleOf(fields, index);
      if ("error" in title) return title;
      const country = countries ? field(fields, index, "country_iso2")?.trim().toUpperCase() ?? "" : null;
      if (countries && !/^[A-Z]{2}$/.test(country!)) return { error: `country_iso2 "${country}" is not a two-letter code` };
      const qualifiers: Qualifiers = { scope: "week", list: country ?? category, week: weekStart(week), platform: "Netflix" };
      if (title.season) qualifiers.season = title.season;
      if (country) qualifiers.label = category;
      const base = { title: title.title, film: title.film, certainty: "confirmed" as const, knownFrom: week };
      const claims: DatasetClaim[] = [{ ...base, property: "rank", value: { type: "number", value: rank, approximate: false }, qualifiers }];
      const hours = wholeNumber(field(fields, index, "weekly_hours_viewed"));
      if (hours === "bad") return { error: `weekly_hours_viewed "${field(fields, index, "weekly_hours_viewed")}" is not a whole number` };
      if (hours !== null) claims.push({ ...base, property: "hours-viewed", value: { type: "number", value: hours, approximate: false }, qualifiers });
      const views = wholeNumber(field(fields, index, "weekly_views"));
      if (views === "bad") return { error: `weekly_views "${field(fields, index, "weekly_views")}" is not a whole number` };
      if (views !== null) claims.push({ ...base, property: "views", value: { type: "number", value: views, approximate: false }, qualifiers });
      return { claims };
    },
  };
}

function mostPopular(index: Map<string, number>, days: 28 | 91): Layout {
  const hoursColumn = `hours_viewed_first_${days}_days`;
  const viewsColumn = `views_first_${days}_days`;
  return {
    name: `most popular (first ${days} days)`,
    parse(fields): RowResult {
      const category = field(fields, index, "category")?.trim() ?? "";
      if (!categories.has(category)) return { error: `category "${category}" is not one of Netflix's lists` };
      const rank = wholeNumber(field(fields, index, "rank"));
      if (rank === null || rank === "bad" || rank < 1) return { error: `rank "${field(fields, index, "rank")}" is not a positive whole number` };
      const title = titleOf(fields, index);
      if ("error" in title) return title;
      const qualifiers: Qualifiers = { scope: "cumulative", list: category, platform: "Netflix", label: `most popular, first ${days} days` };
      if (title.season) qualifiers.season = title.season;
      const base = { title: title.title, film: title.film, certainty: "confirmed" as const, knownFrom: null };
      const claims: DatasetClaim[] = [{ ...base, property: "rank", value: { type: "number", value: rank, approximate: false }, qualifiers }];
      const hours = wholeNumber(field(fields, index, hoursColumn));
      if (hours === "bad") return { error: `${hoursColumn} is not a whole number` };
      if (hours !== null) claims.push({ ...base, property: "hours-viewed", value: { type: "number", value: hours, approximate: false }, qualifiers });
      const views = wholeNumber(field(fields, index, viewsColumn));
      if (views === "bad") return { error: `${viewsColumn} is not a whole number` };
      if (views !== null) claims.push({ ...base, property: "views", value: { type: "number", value: views, approximate: false }, qualifiers });
      return { claims };
    },
  };
}

interface WeekRow {
  week: string;
  rank: number | null;
  hours: number | null;
  views: number | null;
  quote: string;
}

/** Derived figures for one title, season and list, from its weekly rows. Pure. */
export function deriveFigures(rows: WeekRow[]): { property: string; value: number; scope: "first-week" | "cumulative"; week: string | null; note: string }[] {
  const weeks = [...rows].sort((a, b) => a.week.localeCompare(b.week));
  if (weeks.length === 0) return [];
  const first = weeks[0]!;
  const out: { property: string; value: number; scope: "first-week" | "cumulative"; week: string | null; note: string }[] = [];
  const span = `weeks of ${first.week} to ${weeks[weeks.length - 1]!.week}`;
  out.push({ property: "weeks-in-top-10", value: weeks.length, scope: "cumulative", week: null, note: `${weeks.length} weeks in the top 10 (${span})` });
  if (first.hours !== null) out.push({ property: "hours-viewed", value: first.hours, scope: "first-week", week: first.week, note: `first week in the top 10, week of ${first.week}` });
  if (first.views !== null) out.push({ property: "views", value: first.views, scope: "first-week", week: first.week, note: `first week in the top 10, week of ${first.week}` });
  if (first.rank !== null) out.push({ property: "rank", value: first.rank, scope: "first-week", week: first.week, note: `rank in the first week, week of ${first.week}` });
  const ranks = weeks.filter((w) => w.rank !== null);
  if (ranks.length) out.push({ property: "rank", value: Math.min(...ranks.map((w) => w.rank!)), scope: "cumulative", week: null, note: `best rank (${span})` });
  const atOne = weeks.filter((w) => w.rank === 1);
  if (atOne.length) {
    out.push({ property: "weeks-at-number-1", value: atOne.length, scope: "cumulative", week: null, note: `${atOne.length} weeks at #1: ${atOne.map((w) => w.week).join(", ")}` });
    let best = { length: 0, start: "" };
    let run = { length: 0, start: "" };
    let previous: string | null = null;
    for (const w of atOne) {
      const consecutive = previous !== null && Date.parse(w.week) - Date.parse(previous) === 7 * 86_400_000;
      run = consecutive ? { length: run.length + 1, start: run.start } : { length: 1, start: w.week };
      if (run.length > best.length) best = { ...run };
      previous = w.week;
    }
    out.push({ property: "consecutive-weeks-at-number-1", value: best.length, scope: "cumulative", week: best.start, note: `longest run at #1: ${best.length} weeks from the week of ${best.start}` });
  }
  const hours = weeks.filter((w) => w.hours !== null);
  if (hours.length) out.push({ property: "hours-viewed", value: hours.reduce((s, w) => s + w.hours!, 0), scope: "cumulative", week: null, note: `sum of ${hours.length} weeks in the top 10 (${span})` });
  const views = weeks.filter((w) => w.views !== null);
  if (views.length) out.push({ property: "views", value: views.reduce((s, w) => s + w.views!, 0), scope: "cumulative", week: null, note: `sum of ${views.length} weeks in the top 10 (${span})` });
  return out;
}

/** Recomputes the derived figures of the touched titles from every weekly row held, old and new. */
async function derive(db: Db, titleIds: string[], sourceId: string, now: string): Promise<number> {
  let written = 0;
  for (let i = 0; i < titleIds.length; i += 200) {
    const ids = titleIds.slice(i, i + 200);
    const rows = (await db.selectFrom("claim").selectAll().where("subject_id", "in", ids).where("made_by", "=", "netflix-top10").where("retracted_at", "is", null).where("property", "in", ["rank", "hours-viewed", "views"]).execute()).map(claimFromRow);
    const groups = new Map<string, Map<string, WeekRow>>();
    for (const claim of rows) {
      const q = claim.qualifiers;
      if (q.scope !== "week" || !q.week || claim.value.type !== "number") continue;
      const key = JSON.stringify([claim.subjectId, q.season ?? null, q.list ?? null, q.label ?? null]);
      const weeks = groups.get(key) ?? new Map<string, WeekRow>();
      const row = weeks.get(q.week) ?? { week: q.week, rank: null, hours: null, views: null, quote: claim.evidence.quote };
      if (claim.property === "rank") row.rank = claim.value.value;
      if (claim.property === "hours-viewed") row.hours = claim.value.value;
      if (claim.property === "views") row.views = claim.value.value;
      weeks.set(q.week, row);
      groups.set(key, weeks);
    }
    const fresh: NewClaim[] = [];
    for (const [key, weeks] of groups) {
      const [subjectId, season, list, label] = JSON.parse(key) as [string, number | null, string | null, string | null];
      for (const figure of deriveFigures([...weeks.values()])) {
        const qualifiers: Qualifiers = { scope: figure.scope, platform: "Netflix", ...(list ? { list } : {}), ...(season ? { season } : {}), ...(figure.week ? { week: figure.week } : {}), ...(label ? { label } : {}) };
        fresh.push({
          subjectId,
          property: figure.property,
          value: { type: "number", value: figure.value, approximate: false },
          qualifiers,
          certainty: "confirmed",
          evidence: { sourceId, quote: `Derived from the Netflix Top 10 (${list}): ${figure.note}`, start: null, end: null },
          madeBy: { kind: "importer", name: DERIVED, version: "1" },
          knownFrom: [...weeks.keys()].sort().pop() ?? null,
        });
      }
    }
    // Keep what is unchanged, retract what new weeks changed, add the rest.
    const live = (await db.selectFrom("claim").select(["id", "fingerprint", "source_id", "subject_id"]).where("subject_id", "in", ids).where("made_by", "=", DERIVED).where("retracted_at", "is", null).execute());
    const wanted = new Set(fresh.map((c) => claimFingerprint(c)));
    const stale = live.filter((c) => !wanted.has(c.fingerprint)).map((c) => c.id);
    // In chunks: both engines cap the number of bound parameters in one statement.
    for (let j = 0; j < stale.length; j += 500) await db.updateTable("claim").set({ retracted_at: now }).where("id", "in", stale.slice(j, j + 500)).execute();
    const kept = new Set(live.filter((c) => wanted.has(c.fingerprint)).map((c) => c.fingerprint));
    const toAdd = fresh.filter((c) => !kept.has(claimFingerprint(c)));
    // A figure that was retracted and is true again (same source) comes back rather than being duplicated.
    const addPrints = toAdd.map((c) => claimFingerprint(c));
    for (let j = 0; j < addPrints.length; j += 500) {
      await db.updateTable("claim").set({ retracted_at: null }).where("source_id", "=", sourceId).where("made_by", "=", DERIVED).where("fingerprint", "in", addPrints.slice(j, j + 500)).execute();
    }
    written += (await insertClaims(db, toAdd, now)).length;
    // The figures moved without a claim-added event of their own (insertClaims writes none): one event
    // per title whose figures changed, so that its card, and the pages that show it, are read again.
    const moved = new Set([...live.filter((c) => !wanted.has(c.fingerprint)).map((c) => c.subject_id), ...toAdd.map((c) => c.subjectId)]);
    await recordChangeEvents(db, [...moved].map((entityId) => ({ kind: "figures-derived", entityId, claimId: null, sourceId, payload: { kind: "netflix-top10" } })), now);
  }
  return written;
}

export const netflixTop10: DatasetImporter = {
  kind: "netflix-top10",
  outlet: "Netflix Top 10",
  version: "1",
  delimiter: "\t",
  layout(header, file) {
    const index = headerIndex(header);
    if (index.has("country_iso2")) {
      const missing = requireColumns(index, ["country_iso2", "week", "category", "weekly_rank", "show_title", "season_title"]);
      if (missing.length) throw new AppError("BAD_INPUT", `${file}: header is not a Netflix Top 10 countries file: missing ${missing.join(", ")}`);
      return weekly(index, "weekly by country", true);
    }
    if (index.has("week")) {
      const missing = requireColumns(index, ["week", "category", "weekly_rank", "show_title", "season_title"]);
      if (missing.length) throw new AppError("BAD_INPUT", `${file}: header is not a Netflix Top 10 weekly file: missing ${missing.join(", ")}`);
      const layout = index.has("episode_launch_details") || index.has("is_staggered_launch") ? "with staggered-launch columns" : index.has("weekly_views") ? "with runtime and views" : "hours only";
      return weekly(index, `weekly global (${layout})`, false);
    }
    if (index.has("hours_viewed_first_28_days")) return mostPopular(index, 28);
    if (index.has("hours_viewed_first_91_days") || index.has("views_first_91_days")) return mostPopular(index, 91);
    throw new AppError("BAD_INPUT", `${file}: header is not a Netflix Top 10 file (expected week, category, weekly_rank, show_title… or a most-popular list); found: ${header.slice(0, 6).join(", ")}`);
  },
  derive,
};
