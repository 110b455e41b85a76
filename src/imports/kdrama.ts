import { AppError } from "../app/errors.ts";
import type { Qualifiers } from "../domain/claim.ts";
import { dateValue } from "../domain/date-value.ts";
import { platformNamed } from "../ingest/extract/vocab/platforms.ts";
import { headerIndex, type DatasetClaim, type DatasetImporter, type Layout, type RowResult } from "./dataset.ts";

/**
 * K-drama lists in the MyDramaList style: the top 100/250 lists, kdramalist (MyDramaList and IMDb
 * merged), and actor ↔ drama ↔ character rows. "Night Harbor" and "Night Harbor Part 2" are the two
 * parts of one season, not two shows.
 */

const months: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** "Dec 30, 2022", "30-Dec-22" (two-digit years pivot at 75: 76–99 are 19xx), "2022-12-30". */
export function parseListDate(text: string): { date: string; label: string; precision: "day" | "year" } | null {
  // "Sep  7, 2019 - Sep 22, 2019": the run's first day is the premiere.
  const value = text.trim().replace(/\s+/g, " ").split(/\s+[-–]\s+/)[0]!.trim();
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, label: value, precision: "year" };
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match = value.match(/^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),\s*(\d{4})$/);
  if (match) [m, d, y] = [months[match[1]!.toLowerCase()], Number(match[2]), Number(match[3])];
  match = value.match(/^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/);
  if (match) [d, m, y] = [Number(match[1]), months[match[2]!.toLowerCase()], match[3]!.length === 2 ? (Number(match[3]) > 75 ? 1900 : 2000) + Number(match[3]) : Number(match[3])];
  match = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!y || !m || !d || m > 12 || d > 31) return null;
  const dv = dateValue(y, m, d, "day");
  return { date: dv.date, label: dv.label, precision: "day" };
}

/** "['tvN']", "['WeTV', 'Netflix']", "Netflix,  tvN ", "None" → clean items. */
export function parseList(text: string | undefined): string[] {
  if (!text) return [];
  const trimmed = text.trim();
  if (!trimmed || /^(none|nan|n\/a)$/i.test(trimmed)) return [];
  const inner = trimmed.startsWith("[") ? trimmed.slice(1, -1) : trimmed;
  return inner
    .split(/\s*,\s*/)
    .map((item) => item.trim().replace(/^['"]|['"]$/g, "").trim())
    .filter((item) => item.length > 0 && !/^(none|nan)$/i.test(item));
}

/** "Night Harbor Part 2" → Night Harbor, part 2; "Iron Line Season 2" → season 2. */
export function dramaTitle(name: string): { title: string; season: number; part: number | null } {
  let title = name.trim();
  let season = 1;
  let part: number | null = null;
  const partMatch = title.match(/\s*[:-]?\s*\bPart\s*(\d{1,2})$/i);
  if (partMatch) {
    part = Number(partMatch[1]);
    title = title.slice(0, partMatch.index!);
  }
  const seasonMatch = title.match(/\s*[:-]?\s*\bSeason\s*(\d{1,2})$/i);
  if (seasonMatch) {
    season = Number(seasonMatch[1]);
    title = title.slice(0, seasonMatch.index!);
  }
  return { title: title.trim(), season, part };
}

function platformName(raw: string): { name: string; network: boolean } {
  const known = platformNamed(raw);
  return known ? { name: known.name, network: known.role === "network" } : { name: raw.trim(), network: true };
}

function listLayout(index: Map<string, number>, name: string, columns: Record<string, string>): Layout {
  // "N/A", "None", "nan": the lists' ways of saying nothing.
  const at = (fields: string[], key: string) => {
    const column = columns[key];
    const value = column && index.has(column) ? (fields[index.get(column)!] ?? "").trim() : "";
    return /^(n\/a|none|nan|null|-)$/i.test(value) ? "" : value;
  };
  return {
    name,
    parse(fields): RowResult {
      const rawName = at(fields, "name");
      if (!rawName) return { error: `${columns.name} is empty` };
      const { title, season, part } = dramaTitle(rawName);
      const q = (extra: Qualifiers = {}): Qualifiers => ({ season, ...(part ? { part } : {}), ...extra });
      const base = { title, certainty: "reported" as const, knownFrom: null };
      const claims: DatasetClaim[] = [{ ...base, property: "country", value: { type: "enum", value: "KR" }, qualifiers: {} }];
      const aired = at(fields, "aired");
      const outlets = [...parseList(at(fields, "network")), ...parseList(at(fields, "platforms"))].map(platformName);
      // A streamer's premiere is worldwide; a broadcaster's air date is Korea's.
      const region = outlets.length > 0 && outlets.every((o) => !o.network) ? "global" : "KR";
      if (aired) {
        const parsed = parseListDate(aired);
        if (!parsed) return { error: `${columns.aired} "${aired}" is not a date` };
        claims.push({ ...base, certainty: "confirmed", property: "release-date", value: { type: "date", date: parsed.date, precision: parsed.precision, label: parsed.label }, qualifiers: q({ region }) });
      }
      const episodes = at(fields, "episodes");
      if (episodes) {
        if (!/^\d{1,4}$/.test(episodes)) return { error: `${columns.episodes} "${episodes}" is not a whole number` };
        claims.push({ ...base, property: "episode-count", value: { type: "number", value: Number(episodes), approximate: false }, qualifiers: q() });
      }
      for (const platform of outlets) {
        claims.push({ ...base, property: "platform", value: { type: "enum", value: platform.name }, qualifiers: platform.network ? { label: "network" } : {} });
      }
      for (const genre of parseList(at(fields, "genre"))) claims.push({ ...base, property: "genre", value: { type: "enum", value: genre.toLowerCase() }, qualifiers: {} });
      const synopsis = at(fields, "synopsis");
      if (synopsis.length > 40) claims.push({ ...base, property: "synopsis", value: { type: "text", value: synopsis }, qualifiers: {} });
      for (const actor of parseList(at(fields, "cast"))) claims.push({ ...base, property: "cast-member", value: { type: "person", ref: { name: actor } }, qualifiers: q() });
      for (const director of parseList(at(fields, "director"))) claims.push({ ...base, property: "crew-member", value: { type: "person", ref: { name: director } }, qualifiers: q({ job: "director" }) });
      for (const writer of parseList(at(fields, "writer"))) claims.push({ ...base, property: "crew-member", value: { type: "person", ref: { name: writer } }, qualifiers: q({ job: "writer" }) });
      const rating = at(fields, "rating");
      if (rating) {
        if (!/^\d+(\.\d+)?$/.test(rating)) return { error: `${columns.rating} "${rating}" is not a number` };
        claims.push({ ...base, property: "rating", value: { type: "number", value: Number(rating), approximate: false }, qualifiers: { site: "MyDramaList", scale: "10", ...(part ? { label: `part ${part}` } : {}) } });
      }
      const imdb = at(fields, "imdb");
      if (imdb && /^\d+(\.\d+)?$/.test(imdb)) claims.push({ ...base, property: "rating", value: { type: "number", value: Number(imdb), approximate: false }, qualifiers: { site: "IMDb", scale: "10" } });
      return { claims };
    },
  };
}

function actorsLayout(index: Map<string, number>): Layout {
  const at = (fields: string[], column: string) => (fields[index.get(column)!] ?? "").trim();
  return {
    name: "actors and characters",
    parse(fields): RowResult {
      const actor = at(fields, "actor_name");
      const drama = at(fields, "drama_name");
      if (!actor) return { error: "actor_name is empty" };
      if (!drama) return { error: "drama_name is empty" };
      const { title, season, part } = dramaTitle(drama);
      const character = at(fields, "character_name").replace(/\s*\((?:Ep|Eps|Episode)\.?[^)]*\)\s*$/i, "").trim();
      const role = at(fields, "role");
      const qualifiers: Qualifiers = { season, ...(part ? { part } : {}), ...(role ? { label: role.toLowerCase() } : {}) };
      const claim: DatasetClaim = {
        title,
        property: "cast-member",
        value: { type: "person", ref: { name: actor, ...(at(fields, "actor_id") ? { externalId: `kdrama-actor:${at(fields, "actor_id")}` } : {}) } },
        qualifiers,
        certainty: "reported",
        knownFrom: null,
        ...(character ? { characterName: character } : {}),
      };
      return { claims: [claim] };
    },
  };
}

export const kdrama: DatasetImporter = {
  kind: "kdrama",
  outlet: "MyDramaList (via Kaggle)",
  version: "1",
  delimiter: ",",
  layout(header, file) {
    const index = headerIndex(header);
    if (index.has("actor_name") && index.has("drama_name")) return actorsLayout(index);
    if (index.has("drama_name")) {
      return listLayout(index, "kdramalist", { name: "drama_name", aired: "start_airing", episodes: "episodes", network: "original_network", platforms: "platforms", genre: "genres", cast: "actors", rating: "score", imdb: "imdb_rating" });
    }
    if (index.has("name") && index.has("screenwriter")) {
      return listLayout(index, "top 250", { name: "name", aired: "aired_date", episodes: "number_of_episodes", network: "original_network", genre: "genre", synopsis: "synopsis", cast: "cast", director: "director", writer: "screenwriter", rating: "rating" });
    }
    if (index.has("name") && index.has("number_of_episode")) {
      return listLayout(index, "top 100", { name: "name", aired: "aired_date", episodes: "number_of_episode", network: "network", genre: "genre", synopsis: "synopsis", cast: "cast", rating: "rating" });
    }
    throw new AppError("BAD_INPUT", `${file}: header is not a K-drama list (expected Name…Cast, drama_name…actors, or actor_name, drama_name, character_name); found: ${header.slice(0, 6).join(", ")}`);
  },
};
