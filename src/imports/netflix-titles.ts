import { AppError } from "../app/errors.ts";
import { dateValue } from "../domain/date-value.ts";
import { headerIndex, requireColumns, type DatasetClaim, type DatasetImporter, type RowResult } from "./dataset.ts";

/**
 * The Kaggle "Netflix Movies and TV Shows" catalogue (netflix_titles.csv): type, title, director,
 * cast, country, date added, release year, duration ("2 Seasons"), genres, description.
 */

const countries: Record<string, string> = {
  "south korea": "KR", "united states": "US", "united kingdom": "GB", japan: "JP", india: "IN", spain: "ES", france: "FR", germany: "DE",
  canada: "CA", mexico: "MX", brazil: "BR", turkey: "TR", taiwan: "TW", china: "CN", "hong kong": "HK", thailand: "TH", italy: "IT",
  australia: "AU", "south africa": "ZA", nigeria: "NG", egypt: "EG", argentina: "AR", colombia: "CO", philippines: "PH", indonesia: "ID",
  denmark: "DK", sweden: "SE", norway: "NO", poland: "PL", belgium: "BE", netherlands: "NL", ireland: "IE", israel: "IL",
};
const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function list(text: string | undefined): string[] {
  return (text ?? "").split(",").map((t) => t.trim()).filter(Boolean);
}

export const netflixTitles: DatasetImporter = {
  kind: "netflix-titles",
  outlet: "Netflix catalogue (Kaggle)",
  version: "1",
  delimiter: ",",
  layout(header, file) {
    const index = headerIndex(header);
    const missing = requireColumns(index, ["show_id", "type", "title", "director", "cast", "country", "date_added", "release_year", "duration", "listed_in", "description"]);
    if (missing.length) throw new AppError("BAD_INPUT", `${file}: header is not netflix_titles.csv: missing ${missing.join(", ")}`);
    const at = (fields: string[], name: string) => (fields[index.get(name)!] ?? "").trim();
    return {
      name: "netflix titles",
      parse(fields): RowResult {
        const title = at(fields, "title");
        if (!title) return { error: "title is empty" };
        const type = at(fields, "type");
        if (type !== "Movie" && type !== "TV Show") return { error: `type "${type}" is neither Movie nor TV Show` };
        const film = type === "Movie";
        const year = at(fields, "release_year");
        if (year && !/^\d{4}$/.test(year)) return { error: `release_year "${year}" is not a year` };
        const base = { title, titleExternalId: `netflix-titles:${at(fields, "show_id")}`, film, certainty: "reported" as const, knownFrom: null };
        const claims: DatasetClaim[] = [
          { ...base, property: "title-kind", value: { type: "enum", value: film ? "film" : "series" }, qualifiers: {} },
          { ...base, property: "platform", value: { type: "enum", value: "Netflix" }, qualifiers: {} },
        ];
        if (year) claims.push({ ...base, property: "release-date", value: { type: "date", date: `${year}-01-01`, precision: "year", label: year }, qualifiers: { season: 1 } });
        const added = at(fields, "date_added").match(/^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/);
        if (at(fields, "date_added") && !added) return { error: `date_added "${at(fields, "date_added")}" is not a date like "September 25, 2021"` };
        if (added) {
          const month = months.indexOf(added[1]!.toLowerCase()) + 1;
          if (month === 0) return { error: `date_added "${at(fields, "date_added")}" has no month` };
          const value = dateValue(Number(added[3]), month, Number(added[2]), "day");
          claims.push({ ...base, property: "production-event", value: { type: "enum", value: "added-to-platform" }, qualifiers: { pointInTime: value, platform: "Netflix" } });
        }
        const seasons = at(fields, "duration").match(/^(\d+)\s+Seasons?$/i);
        if (seasons && Number(seasons[1]) > 1) claims.push({ ...base, certainty: "confirmed", property: "season-status", value: { type: "enum", value: "released" }, qualifiers: { season: Number(seasons[1]) } });
        const country = list(at(fields, "country"))[0];
        if (country && countries[country.toLowerCase()]) claims.push({ ...base, property: "country", value: { type: "enum", value: countries[country.toLowerCase()]! }, qualifiers: {} });
        for (const genre of list(at(fields, "listed_in"))) claims.push({ ...base, property: "genre", value: { type: "enum", value: genre.toLowerCase() }, qualifiers: {} });
        const description = at(fields, "description");
        if (description) claims.push({ ...base, property: "synopsis", value: { type: "text", value: description }, qualifiers: {} });
        for (const director of list(at(fields, "director"))) claims.push({ ...base, property: "crew-member", value: { type: "person", ref: { name: director } }, qualifiers: { job: "director" } });
        for (const actor of list(at(fields, "cast"))) claims.push({ ...base, property: "cast-member", value: { type: "person", ref: { name: actor } }, qualifiers: {} });
        return { claims };
      },
    };
  },
};
