import { AppError } from "../app/errors.ts";
import type { Qualifiers } from "../domain/claim.ts";
import { jobOfNoun } from "../ingest/extract/vocab/jobs.ts";
import { headerIndex, requireColumns, type DatasetClaim, type DatasetImporter, type Layout, type RowResult } from "./dataset.ts";

/**
 * IMDb's non-commercial TSVs (plain or gzip): title.basics, title.akas, title.episode,
 * title.principals, title.crew, title.ratings, name.basics. `\N` is null. Titles and people keep
 * their tconst/nconst as dataset ids, so the title and principal files can come in any order: a name
 * that arrives later replaces the id a placeholder was named by. name.basics links known-for titles
 * the catalog already holds, so it goes after title.basics.
 */

const NULL = "\\N";
const films = new Set(["movie", "tvMovie", "short", "video", "tvShort", "tvSpecial"]);
const series = new Set(["tvSeries", "tvMiniSeries"]);

function value(fields: string[], index: Map<string, number>, name: string): string | null {
  const raw = fields[index.get(name)!];
  return raw === undefined || raw === NULL || raw === "" ? null : raw;
}

const tconst = /^tt\d{5,10}$/;
const nconst = /^nm\d{5,10}$/;
const year = (text: string | null) => (text && /^\d{4}$/.test(text) ? Number(text) : null);

function titleRef(id: string): Pick<DatasetClaim, "title" | "titleExternalId" | "titleNameUnknown"> {
  return { title: `imdb:${id}`, titleExternalId: `imdb:${id}`, titleNameUnknown: true };
}

function basics(index: Map<string, number>): Layout {
  return {
    name: "title.basics",
    parse(fields): RowResult {
      const id = value(fields, index, "tconst") ?? "";
      if (!tconst.test(id)) return { error: `tconst "${id}" is not an IMDb title id` };
      const type = value(fields, index, "titletype") ?? "";
      if (type === "tvEpisode") return { claims: [] }; // episodes are counted from title.episode
      const name = value(fields, index, "primarytitle");
      if (!name) return { error: "primaryTitle is empty" };
      const film = films.has(type) || !series.has(type);
      const base = { title: name, titleExternalId: `imdb:${id}`, film, certainty: "confirmed" as const, knownFrom: null };
      const original = value(fields, index, "originaltitle");
      const claims: DatasetClaim[] = [{ ...base, originalTitle: original, property: "title-kind", value: { type: "enum", value: film ? "film" : "series" }, qualifiers: { label: type } }];
      const start = year(value(fields, index, "startyear"));
      if (value(fields, index, "startyear") && start === null) return { error: `startYear "${value(fields, index, "startyear")}" is not a year` };
      if (start) claims.push({ ...base, property: "release-date", value: { type: "date", date: `${start}-01-01`, precision: "year", label: String(start) }, qualifiers: { season: 1 } });
      for (const genre of (value(fields, index, "genres") ?? "").split(",").filter(Boolean)) claims.push({ ...base, property: "genre", value: { type: "enum", value: genre.toLowerCase() }, qualifiers: {} });
      return { claims };
    },
  };
}

function akas(index: Map<string, number>): Layout {
  return {
    name: "title.akas",
    parse(fields): RowResult {
      const id = value(fields, index, "titleid") ?? "";
      if (!tconst.test(id)) return { error: `titleId "${id}" is not an IMDb title id` };
      const aka = value(fields, index, "title");
      if (!aka) return { error: "title is empty" };
      return { claims: [{ ...titleRef(id), property: "alias", value: { type: "text", value: aka }, qualifiers: {}, certainty: "confirmed", knownFrom: null }] };
    },
  };
}

function episodes(index: Map<string, number>): Layout {
  const counts = new Map<string, number>();
  return {
    name: "title.episode",
    parse(fields): RowResult {
      const parent = value(fields, index, "parenttconst") ?? "";
      if (!tconst.test(parent)) return { error: `parentTconst "${parent}" is not an IMDb title id` };
      const season = value(fields, index, "seasonnumber");
      if (season !== null && !/^\d+$/.test(season)) return { error: `seasonNumber "${season}" is not a number` };
      const key = `${parent}|${season ?? 1}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { claims: [] };
    },
    finish() {
      return [...counts.entries()].map(([key, count]) => {
        const [parent, season] = key.split("|") as [string, string];
        return { ...titleRef(parent), film: false, property: "episode-count", value: { type: "number", value: count, approximate: false }, qualifiers: { season: Number(season) }, certainty: "confirmed", knownFrom: null } satisfies DatasetClaim;
      });
    },
  };
}

const castCategories = new Set(["actor", "actress", "self"]);

function principals(index: Map<string, number>): Layout {
  return {
    name: "title.principals",
    parse(fields): RowResult {
      const id = value(fields, index, "tconst") ?? "";
      if (!tconst.test(id)) return { error: `tconst "${id}" is not an IMDb title id` };
      const person = value(fields, index, "nconst") ?? "";
      if (!nconst.test(person)) return { error: `nconst "${person}" is not an IMDb name id` };
      const category = value(fields, index, "category");
      if (!category) return { error: "category is empty" };
      const ordering = value(fields, index, "ordering");
      if (ordering !== null && !/^\d+$/.test(ordering)) return { error: `ordering "${ordering}" is not a number` };
      let characters: string[] = [];
      const rawCharacters = value(fields, index, "characters");
      if (rawCharacters) {
        try {
          const parsed = JSON.parse(rawCharacters) as unknown;
          if (!Array.isArray(parsed)) throw new Error("not a list");
          characters = parsed.filter((c): c is string => typeof c === "string");
        } catch {
          return { error: `characters ${rawCharacters.slice(0, 40)} is not a JSON list` };
        }
      }
      const ref = { name: `imdb:${person}`, externalId: `imdb:${person}`, nameUnknown: true };
      const qualifiers: Qualifiers = ordering ? { label: `billing ${ordering}` } : {};
      const base = { ...titleRef(id), certainty: "confirmed" as const, knownFrom: null };
      if (castCategories.has(category)) {
        if (characters.length === 0) return { claims: [{ ...base, property: "cast-member", value: { type: "person", ref }, qualifiers }] };
        return { claims: characters.map((character) => ({ ...base, property: "cast-member", value: { type: "person", ref }, qualifiers, characterName: character })) };
      }
      const job = jobOfNoun(category) ?? category.replace(/_/g, " ");
      return { claims: [{ ...base, property: "crew-member", value: { type: "person", ref }, qualifiers: { ...qualifiers, job } }] };
    },
  };
}

function crew(index: Map<string, number>): Layout {
  return {
    name: "title.crew",
    parse(fields): RowResult {
      const id = value(fields, index, "tconst") ?? "";
      if (!tconst.test(id)) return { error: `tconst "${id}" is not an IMDb title id` };
      const claims: DatasetClaim[] = [];
      for (const [column, job] of [["directors", "director"], ["writers", "writer"]] as const) {
        for (const person of (value(fields, index, column) ?? "").split(",").filter(Boolean)) {
          if (!nconst.test(person)) return { error: `${column} has "${person}", not an IMDb name id` };
          claims.push({ ...titleRef(id), property: "crew-member", value: { type: "person", ref: { name: `imdb:${person}`, externalId: `imdb:${person}`, nameUnknown: true } }, qualifiers: { job }, certainty: "confirmed", knownFrom: null });
        }
      }
      return { claims };
    },
  };
}

function ratings(index: Map<string, number>): Layout {
  return {
    name: "title.ratings",
    parse(fields): RowResult {
      const id = value(fields, index, "tconst") ?? "";
      if (!tconst.test(id)) return { error: `tconst "${id}" is not an IMDb title id` };
      const rating = value(fields, index, "averagerating") ?? "";
      if (!/^\d+(\.\d+)?$/.test(rating) || Number(rating) > 10) return { error: `averageRating "${rating}" is not a rating out of 10` };
      const votes = value(fields, index, "numvotes") ?? "";
      if (!/^\d+$/.test(votes)) return { error: `numVotes "${votes}" is not a whole number` };
      return { claims: [{ ...titleRef(id), property: "rating", value: { type: "number", value: Number(rating), approximate: false }, qualifiers: { site: "IMDb", scale: "10", label: `${Number(votes).toLocaleString("en")} votes` }, certainty: "confirmed", knownFrom: null }] };
    },
  };
}

function names(index: Map<string, number>): Layout {
  return {
    name: "name.basics",
    parse(fields): RowResult {
      const id = value(fields, index, "nconst") ?? "";
      if (!nconst.test(id)) return { error: `nconst "${id}" is not an IMDb name id` };
      const name = value(fields, index, "primaryname");
      if (!name) return { error: "primaryName is empty" };
      const born = year(value(fields, index, "birthyear"));
      if (value(fields, index, "birthyear") && born === null) return { error: `birthYear "${value(fields, index, "birthyear")}" is not a year` };
      const subject = { name, externalId: `imdb:${id}`, ...(born ? { birthYear: born } : {}) };
      const known = (value(fields, index, "knownfortitles") ?? "").split(",").filter((t) => tconst.test(t));
      // Facts about the person, not about a title; known-for links the titles the catalog holds.
      const anchor = { title: "" };
      const claims: DatasetClaim[] = [];
      if (born) claims.push({ ...anchor, subject, property: "birth-year", value: { type: "number", value: born, approximate: false }, qualifiers: {}, certainty: "confirmed", knownFrom: null });
      for (const title of known) claims.push({ ...anchor, subject, property: "known-for", value: { type: "title", ref: { name: `imdb:${title}`, externalId: `imdb:${title}` } }, qualifiers: {}, certainty: "confirmed", knownFrom: null });
      if (claims.length === 0) claims.push({ ...anchor, subject, property: "profession", value: { type: "text", value: value(fields, index, "primaryprofession") ?? "" }, qualifiers: {}, certainty: "confirmed", knownFrom: null });
      return { claims };
    },
  };
}

export const imdb: DatasetImporter = {
  kind: "imdb",
  outlet: "IMDb",
  version: "1",
  delimiter: "\t",
  layout(header, file) {
    const index = headerIndex(header);
    const layouts: [string[], (index: Map<string, number>) => Layout][] = [
      [["tconst", "titletype", "primarytitle", "originaltitle", "startyear", "genres"], basics],
      [["titleid", "ordering", "title", "region"], akas],
      [["tconst", "parenttconst", "seasonnumber", "episodenumber"], episodes],
      [["tconst", "ordering", "nconst", "category", "job", "characters"], principals],
      [["tconst", "directors", "writers"], crew],
      [["tconst", "averagerating", "numvotes"], ratings],
      [["nconst", "primaryname", "birthyear", "knownfortitles"], names],
    ];
    for (const [columns, make] of layouts) if (requireColumns(index, columns).length === 0) return make(index);
    throw new AppError("BAD_INPUT", `${file}: header is not one of IMDb's TSVs (title.basics, title.akas, title.episode, title.principals, title.crew, title.ratings, name.basics); found: ${header.slice(0, 6).join(", ")}`);
  },
};
