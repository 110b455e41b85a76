import { labelFor } from "../../domain/date-value.ts";
import type { Metric, SourceRef } from "../title-card.schema.ts";

/** 25410000 → "25.41 million", 1650000000 → "1.65 billion". */
export function millions(value: number): string {
  if (value >= 1e9) return `${Number((value / 1e9).toFixed(3))} billion`;
  if (value >= 1e6) return `${Number((value / 1e6).toFixed(2))} million`;
  return value.toLocaleString("en");
}

/** A figure that speaks for a next season: a hit's hours or views, a top-3 rank, weeks at #1 or in the top 10. */
export function isStrong(metric: Metric): boolean {
  return (metric.metric === "hours-viewed" && metric.value >= 10_000_000) || (metric.metric === "views" && metric.value >= 5_000_000) || (metric.metric.includes("number-1") && metric.value >= 1) || (metric.metric === "weeks-in-top-10" && metric.value >= 4) || (metric.metric === "rank" && metric.value <= 3);
}

export interface ViewershipSummary {
  /** One line for the source and list: best rank, weeks in the top 10, weeks at #1, total hours and views. */
  summary: string;
  /** Each figure behind it, weekly ones by week. */
  details: string[];
  sources: SourceRef[];
}

function about(metric: Metric): string {
  return metric.approximate ? "about " : "";
}

function scopeWords(metric: Metric): string {
  if (metric.scope === "first-week") return " in its first week";
  if (metric.scope === "cumulative") return metric.label ? ` (${metric.label})` : " in total";
  return metric.week ? ` in the week of ${labelFor(metric.week, "day")}` : "";
}

/** One figure in words: "82.48 million hours viewed in the week of 2 Jan 2023". */
export function describeMetric(metric: Metric): string {
  const figure =
    metric.metric === "hours-viewed"
      ? `${millions(metric.value)} hours viewed`
      : metric.metric === "views"
        ? `${millions(metric.value)} views`
        : metric.metric === "consecutive-weeks-at-number-1"
          ? `${metric.value} consecutive weeks at #1`
          : metric.metric === "weeks-at-number-1"
            ? `${metric.value} weeks at #1`
            : metric.metric === "rank"
              ? metric.scope === "cumulative" ? `best rank #${metric.value}` : `ranked #${metric.value}`
              : `${metric.value} weeks in the top 10`;
  return `${about(metric)}${figure}${metric.metric === "rank" && metric.scope === "cumulative" ? "" : scopeWords(metric)}`;
}

/**
 * Viewership summarised per source and list, one line each: a dataset's thirty weekly rows and an
 * article's three figures alike become one signal, its figures one click away. Only sources and
 * lists with a strong figure are kept.
 */
export function summarizeViewership(metrics: Metric[]): ViewershipSummary[] {
  const groups = new Map<string, Metric[]>();
  for (const metric of metrics) {
    const source = metric.sources[0];
    if (!source) continue;
    const key = `${source.id}|${metric.list ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), metric]);
  }
  const out: ViewershipSummary[] = [];
  for (const group of groups.values()) {
    if (!group.some(isStrong)) continue;
    const first = group[0]!;
    const source = first.sources[0]!;
    const max = (name: Metric["metric"], scopes: Metric["scope"][] = ["first-week", "week", "cumulative"]) => {
      const found = group.filter((m) => m.metric === name && scopes.includes(m.scope)).sort((a, b) => b.value - a.value)[0];
      return found;
    };
    const parts: string[] = [];
    const ranks = group.filter((m) => m.metric === "rank").sort((a, b) => a.value - b.value);
    if (ranks[0]) parts.push(`best rank #${ranks[0].value}`);
    const inTop10 = max("weeks-in-top-10");
    if (inTop10) parts.push(`${about(inTop10)}${inTop10.value} week${inTop10.value === 1 ? "" : "s"} in the top 10`);
    const atOne = max("weeks-at-number-1");
    const running = max("consecutive-weeks-at-number-1");
    if (atOne) parts.push(`${about(atOne)}${atOne.value} week${atOne.value === 1 ? "" : "s"} at #1${running && running.value < atOne.value ? ` (${running.value} in a row)` : ""}`);
    else if (running) parts.push(`${about(running)}${running.value} consecutive week${running.value === 1 ? "" : "s"} at #1`);
    for (const measure of ["hours-viewed", "views"] as const) {
      const unit = measure === "hours-viewed" ? "hours" : "views";
      const total = max(measure, ["cumulative"]);
      const opening = max(measure, ["first-week"]);
      const weekly = group.filter((m) => m.metric === measure && m.scope === "week");
      if (total) parts.push(`${about(total)}${millions(total.value)} ${unit} ${total.label ? `(${total.label})` : "in total"}`);
      else if (weekly.length > 1) parts.push(`${weekly.some((m) => m.approximate) ? "about " : ""}${millions(weekly.reduce((sum, m) => sum + m.value, 0))} ${unit} over ${weekly.length} charted weeks`);
      if (opening) parts.push(`${about(opening)}${millions(opening.value)} ${unit} in its first week`);
      else if (!total && weekly.length === 1) parts.push(describeMetric(weekly[0]!).replace(" hours viewed", " hours"));
    }
    const where = `${source.outlet ?? "A source"}${first.list ? `, ${first.list} list` : ""}`;
    // Totals and first-week figures one a line, then one line per charted week: "week of 2 Jan 2023: ranked #1, 82.48 million hours viewed".
    const order = ["rank", "weeks-in-top-10", "weeks-at-number-1", "consecutive-weeks-at-number-1", "hours-viewed", "views"];
    const byOrder = (a: Metric, b: Metric) => order.indexOf(a.metric) - order.indexOf(b.metric);
    const details = group.filter((m) => m.scope !== "week").sort((a, b) => (a.scope === b.scope ? 0 : a.scope === "cumulative" ? -1 : 1) || byOrder(a, b)).map(describeMetric);
    const weeks = new Map<string, Metric[]>();
    for (const m of group.filter((x) => x.scope === "week")) weeks.set(m.week ?? "", [...(weeks.get(m.week ?? "") ?? []), m]);
    for (const [week, list] of [...weeks.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const figures = list.sort(byOrder).map((m) => describeMetric({ ...m, week: null }));
      details.push(week ? `week of ${labelFor(week, "day")}: ${figures.join(", ")}` : figures.join(", "));
    }
    const sources = [...new Map(group.flatMap((m) => m.sources).map((s) => [`${s.id}|${s.start ?? ""}`, s])).values()];
    out.push({ summary: `${where}: ${parts.join(", ")}`, details, sources });
  }
  return out;
}
