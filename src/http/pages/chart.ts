import { html } from "hono/html";
import type { Metric } from "../../cards/title-card.schema.ts";
import type { Html } from "./layout.ts";

/**
 * Weekly chart runs as an SVG drawn on the server: bars for hours (or views) per week, a line for
 * the rank (1 at the top). No script: the picture is in the HTML.
 */
export function weeklyChart(metrics: Metric[]): Html {
  const weekly = metrics.filter((m) => m.scope === "week" && m.week);
  const lists = [...new Set(weekly.map((m) => m.list ?? "chart"))];
  return html`${lists.map((list) => {
    const inList = weekly.filter((m) => (m.list ?? "chart") === list);
    const weeks = [...new Set(inList.map((m) => m.week!))].sort();
    if (weeks.length < 2) return "";
    const volume = new Map(inList.filter((m) => m.metric === "hours-viewed" || m.metric === "views").map((m) => [m.week!, m]));
    const rank = new Map(inList.filter((m) => m.metric === "rank").map((m) => [m.week!, m.value]));
    const width = 720;
    const height = 260;
    const pad = { left: 56, right: 40, top: 20, bottom: 48 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    const maxVolume = Math.max(1, ...[...volume.values()].map((m) => m.value));
    const step = plotW / weeks.length;
    const unit = [...volume.values()][0]?.metric === "views" ? "views" : "hours";
    const bars = weeks.map((week, i) => {
      const m = volume.get(week);
      if (!m) return "";
      const h = (m.value / maxVolume) * plotH;
      const x = pad.left + i * step + step * 0.15;
      return html`<rect x="${x.toFixed(1)}" y="${(pad.top + plotH - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#aecbfa"><title>Week of ${week}: ${m.value.toLocaleString("en")} ${unit}</title></rect>`;
    });
    const points = weeks
      .map((week, i) => (rank.has(week) ? `${(pad.left + i * step + step / 2).toFixed(1)},${(pad.top + ((rank.get(week)! - 1) / 9) * plotH).toFixed(1)}` : null))
      .filter((p): p is string => p !== null);
    const dots = weeks.map((week, i) =>
      rank.has(week) ? html`<circle cx="${(pad.left + i * step + step / 2).toFixed(1)}" cy="${(pad.top + ((rank.get(week)! - 1) / 9) * plotH).toFixed(1)}" r="4" fill="#0b57d0"><title>Week of ${week}: #${rank.get(week)}</title></circle>` : "",
    );
    const labels = weeks.map((week, i) => (i % Math.ceil(weeks.length / 8) === 0 ? html`<text x="${(pad.left + i * step + step / 2).toFixed(1)}" y="${height - pad.bottom + 16}" font-size="11" text-anchor="middle" fill="#5f6368">${week.slice(5)}</text>` : ""));
    return html`<figure>
<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-${list.replace(/\W+/g, "-")}">
<title id="chart-${list.replace(/\W+/g, "-")}">${list}: weekly ${unit} (bars) and rank (line), ${weeks.length} weeks from ${weeks[0]} to ${weeks[weeks.length - 1]}</title>
<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#dadce0"/>
<text x="${pad.left - 8}" y="${pad.top + 4}" font-size="11" text-anchor="end" fill="#5f6368">#1</text>
<text x="${pad.left - 8}" y="${pad.top + plotH}" font-size="11" text-anchor="end" fill="#5f6368">#10</text>
<text x="${width - pad.right + 4}" y="${pad.top + 4}" font-size="11" fill="#5f6368">${(maxVolume / 1e6).toFixed(0)}M</text>
${bars}
<polyline points="${points.join(" ")}" fill="none" stroke="#0b57d0" stroke-width="2"/>
${dots}
${labels}
<text x="${pad.left}" y="${height - 8}" font-size="11" fill="#5f6368">week of (month-day)</text>
</svg>
<figcaption>${list}: ${weeks.length} weeks in the top 10</figcaption>
</figure>`;
  })}`;
}
