import { html } from "hono/html";
import type { Metric, TitleCard } from "../../cards/title-card.schema.ts";
import type { Formatter } from "./format.ts";
import type { Html } from "./layout.ts";

const DAY = 86_400_000;
/** Bars: 4.6:1 against white; the rank line: 6.5:1; the release markers: 5.7:1 (WCAG 1.4.11 asks 3:1). */
export const chartColors = { bars: "#3367d6", rank: "#b3261e", marker: "#5f6368", axis: "#5f6368", text: "#3c4043" } as const;

function time(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

/**
 * Weekly chart runs as an SVG drawn on the server, one per list: bars for the week's hours (or
 * views), a line for the rank (#1 at the top), placed on a true time axis so a run's gaps show, with
 * the season's releases marked. The picture is small in its own units so that its labels stay
 * readable when a phone shrinks it; its legend is HTML, outside the picture.
 */
export function weeklyChart(card: Pick<TitleCard, "viewership" | "seasons">, fmt: Formatter): Html {
  const weekly = card.viewership.filter((m) => m.scope === "week" && m.week);
  const lists = [...new Set(weekly.map((m) => m.list ?? "chart"))];
  return html`${lists.map((list, listIndex) => {
    const inList = weekly.filter((m) => (m.list ?? "chart") === list);
    const weeks = [...new Set(inList.map((m) => m.week!))].sort();
    if (weeks.length < 2) return "";
    const volume = new Map<string, Metric>(inList.filter((m) => m.metric === "hours-viewed" || m.metric === "views").map((m) => [m.week!, m]));
    const rank = new Map(inList.filter((m) => m.metric === "rank").map((m) => [m.week!, m.value]));
    const unit = [...volume.values()][0]?.metric === "views" ? "views" : "hours";
    const width = 420;
    const height = 250;
    const pad = { left: 46, right: 34, top: 30, bottom: 40 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    // The time axis runs from the first week's Monday to the end of the last week, widened to take in the releases close by.
    const releases = card.seasons.flatMap((s) => s.releases.filter((r) => r.when.value.precision === "day" && r.when.certainty !== "denied").map((r) => ({ season: s.number, part: r.part, date: r.when.value.date })));
    const first = time(weeks[0]!);
    const last = time(weeks[weeks.length - 1]!) + 7 * DAY;
    const nearby = releases.filter((r) => time(r.date) >= first - 28 * DAY && time(r.date) <= last + 28 * DAY);
    const start = Math.min(first, ...nearby.map((r) => time(r.date)));
    const end = Math.max(last, ...nearby.map((r) => time(r.date) + DAY));
    const x = (t: number) => pad.left + ((t - start) / (end - start)) * plotW;
    const weekWidth = (7 * DAY / (end - start)) * plotW;
    const maxVolume = Math.max(1, ...[...volume.values()].map((m) => m.value));
    const yVolume = (v: number) => pad.top + plotH - (v / maxVolume) * plotH;
    const yRank = (r: number) => pad.top + ((r - 1) / 9) * plotH;
    const id = `chart-${listIndex}`;
    const bars = weeks.map((week) => {
      const m = volume.get(week);
      if (!m) return "";
      return html`<rect x="${(x(time(week)) + weekWidth * 0.1).toFixed(1)}" y="${yVolume(m.value).toFixed(1)}" width="${(weekWidth * 0.8).toFixed(1)}" height="${(pad.top + plotH - yVolume(m.value)).toFixed(1)}" fill="${chartColors.bars}"><title>Week of ${fmt.dateText(week)}: ${fmt.millions(m.value)} ${unit}</title></rect>`;
    });
    // The rank line breaks where the show left the list: a week missing is a gap, not a slope.
    const runs: string[][] = [];
    let previous: number | null = null;
    for (const week of weeks.filter((w) => rank.has(w))) {
      const point = `${(x(time(week)) + weekWidth / 2).toFixed(1)},${yRank(rank.get(week)!).toFixed(1)}`;
      if (previous !== null && time(week) - previous <= 7 * DAY) runs[runs.length - 1]!.push(point);
      else runs.push([point]);
      previous = time(week);
    }
    const dots = weeks.filter((w) => rank.has(w)).map((week) => html`<circle cx="${(x(time(week)) + weekWidth / 2).toFixed(1)}" cy="${yRank(rank.get(week)!).toFixed(1)}" r="3.5" fill="${chartColors.rank}" stroke="#fff" stroke-width="1"><title>Week of ${fmt.dateText(week)}: #${rank.get(week)}</title></circle>`);
    const gaps = weeks.slice(1).filter((w, i) => time(w) - time(weeks[i]!) > 7 * DAY).length;
    // About four dates on the axis, each with its year.
    const ticks = [0, 1, 2, 3].map((i) => start + ((end - start) * i) / 3).map((t) => new Date(t).toISOString().slice(0, 10));
    const markers = nearby.map((r) => html`<line x1="${x(time(r.date)).toFixed(1)}" y1="${pad.top - 4}" x2="${x(time(r.date)).toFixed(1)}" y2="${pad.top + plotH}" stroke="${chartColors.marker}" stroke-width="1.5" stroke-dasharray="4 3"/><text x="${x(time(r.date)).toFixed(1)}" y="${pad.top - 8}" font-size="12" text-anchor="middle" fill="${chartColors.text}">S${r.season}${r.part ? ` P${r.part}` : ""}</text>`);
    const title = `${list}: ${unit} viewed per week (bars) and rank in the weekly top 10 (line), ${weeks.length} weeks charted from ${fmt.dateText(weeks[0]!)} to ${fmt.dateText(weeks[weeks.length - 1]!)}${gaps ? `, with ${gaps} gap${gaps === 1 ? "" : "s"} out of the list` : ""}${nearby.length ? `; releases marked: ${nearby.map((r) => `season ${r.season}${r.part ? ` part ${r.part}` : ""} on ${fmt.dateText(r.date)}`).join(", ")}` : ""}`;
    return html`<figure class="chart">
<figcaption><strong>${list}</strong>: ${weeks.length} weeks in the top 10${gaps ? `, ${gaps} gap${gaps === 1 ? "" : "s"}` : ""}</figcaption>
<ul class="legend">
<li><span class="swatch bars" aria-hidden="true"></span>${unit === "hours" ? "Hours viewed" : "Views"} per week (left scale)</li>
<li><span class="swatch rank" aria-hidden="true"></span>Rank that week, #1 at the top (right scale)</li>
${nearby.length ? html`<li><span class="swatch marker" aria-hidden="true"></span>Release: S season, P part</li>` : ""}
</ul>
<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}">
<title id="${id}">${title}</title>
<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="${chartColors.axis}"/>
<text x="${pad.left - 6}" y="${pad.top + 4}" font-size="12" text-anchor="end" fill="${chartColors.text}">${fmt.compact(maxVolume)}</text>
<text x="${pad.left - 6}" y="${pad.top + plotH / 2 + 4}" font-size="12" text-anchor="end" fill="${chartColors.text}">${fmt.compact(maxVolume / 2)}</text>
<text x="${pad.left - 6}" y="${pad.top + plotH}" font-size="12" text-anchor="end" fill="${chartColors.text}">0</text>
<text x="4" y="${pad.top - 16}" font-size="12" fill="${chartColors.text}">${unit}</text>
<text x="${width - pad.right + 4}" y="${pad.top + 4}" font-size="12" fill="${chartColors.rank}">#1</text>
<text x="${width - pad.right + 4}" y="${pad.top + plotH}" font-size="12" fill="${chartColors.rank}">#10</text>
${markers}
${bars}
${runs.map((points) => (points.length > 1 ? html`<polyline points="${points.join(" ")}" fill="none" stroke="${chartColors.rank}" stroke-width="2"/>` : ""))}
${dots}
${ticks.map((t, i) => html`<text x="${x(time(t)).toFixed(1)}" y="${height - pad.bottom + 18}" font-size="12" text-anchor="${i === 0 ? "start" : i === 3 ? "end" : "middle"}" fill="${chartColors.text}">${fmt.shortDate(t)}</text>`)}
<text x="${pad.left + plotW / 2}" y="${height - 6}" font-size="12" text-anchor="middle" fill="${chartColors.text}">week</text>
</svg>
</figure>`;
  })}`;
}
