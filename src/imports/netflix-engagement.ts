import { AppError } from "../app/errors.ts";
import { headerIndex, requireColumns, type DatasetClaim, type DatasetImporter, type RowResult } from "./dataset.ts";
import { parseTitleLabel } from "./title-labels.ts";

/**
 * Netflix's "What We Watched" engagement report: hours viewed per title over half a year, whether it
 * is available globally, and the Netflix release date. "English // original" titles give the
 * original-language title as an alias.
 */
export function netflixEngagement(period: { label: string; end: string } = { label: "Jan–Jun 2023", end: "2023-06-30" }): DatasetImporter {
  return {
    kind: "netflix-engagement",
    outlet: "Netflix engagement report",
    version: "1",
    delimiter: "\t",
    workbooks: true,
    layout(header, file) {
      const index = headerIndex(header);
      const missing = requireColumns(index, ["title", "hours_viewed"]);
      if (missing.length) throw new AppError("BAD_INPUT", `${file}: header is not a Netflix engagement report: missing ${missing.join(", ")}`);
      const at = (fields: string[], name: string) => (index.has(name) ? fields[index.get(name)!]?.trim() ?? "" : "");
      return {
        name: "engagement report",
        parse(fields): RowResult {
          const label = at(fields, "title");
          if (!label) return { error: "title is empty" };
          const hoursText = at(fields, "hours_viewed").replace(/,/g, "");
          if (!/^\d+$/.test(hoursText)) return { error: `hours_viewed "${at(fields, "hours_viewed")}" is not a whole number` };
          const release = at(fields, "release_date");
          if (release && !/^\d{4}-\d{2}-\d{2}$/.test(release)) return { error: `release_date "${release}" is not a date (YYYY-MM-DD)` };
          const parsed = parseTitleLabel(label);
          const film = parsed.season === null;
          const base = { title: parsed.title, originalTitle: parsed.original, film, certainty: "confirmed" as const, knownFrom: period.end };
          const season = parsed.season ? { season: parsed.season } : {};
          const claims: DatasetClaim[] = [
            { ...base, property: "hours-viewed", value: { type: "number", value: Number(hoursText), approximate: true }, qualifiers: { scope: "cumulative", platform: "Netflix", label: `engagement report ${period.label}`, ...season } },
          ];
          if (release) {
            const [y, m, d] = release.split("-").map(Number) as [number, number, number];
            const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            claims.push({ ...base, property: "release-date", value: { type: "date", date: release, precision: "day", label: `${d} ${months[m - 1]} ${y}` }, qualifiers: { platform: "Netflix", ...(at(fields, "available_globally") === "Yes" ? { region: "global" } : { label: "not available globally" }), ...(parsed.season ? { season: parsed.season } : { season: 1 }), ...(parsed.part ? { part: parsed.part } : {}) } });
          }
          return { claims };
        },
      };
    },
  };
}
