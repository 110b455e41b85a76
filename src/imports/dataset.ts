import type { ClaimValue, Qualifiers } from "../domain/claim.ts";
import type { Certainty } from "../domain/certainty.ts";
import type { Db } from "../storage/db.ts";
import type { Line } from "./line-reader.ts";

/** Someone or something a row names: by name, and by the dataset's own id where it has one. */
export interface DatasetRef {
  name: string;
  /** "imdb:nm0000006": kept as a dataset id (`dataset_id`), so the next file of the same dataset finds the entity. */
  externalId?: string;
  birthYear?: number;
  /** The file has only the id (IMDb principals): the name comes with another file of the dataset. */
  nameUnknown?: boolean;
}

/** A claim read from one dataset row, before its names are resolved. */
export interface DatasetClaim {
  title: string;
  titleExternalId?: string;
  /** The title's name is not in this file (IMDb principals, crew, ratings): only its id is. */
  titleNameUnknown?: boolean;
  /** The claim is about a person rather than the title (a birth year, a known-for title). */
  subject?: DatasetRef;
  /** Original-language title from the same row ("더 글로리"), kept as an alias. */
  originalTitle?: string | null;
  film?: boolean;
  property: string;
  value: Exclude<ClaimValue, { type: "entity" }> | { type: "person"; ref: DatasetRef } | { type: "title"; ref: DatasetRef };
  /** A character played, resolved among the title's characters. */
  characterName?: string;
  qualifiers: Qualifiers;
  certainty: Certainty;
  /** When the row's fact became known (a chart week's last day); defaults to the file's date. */
  knownFrom: string | null;
}

export type RowResult = { claims: DatasetClaim[] } | { error: string };

export interface Layout {
  /** Which published layout the header is: "weekly global (hours, views, runtime)". */
  name: string;
  parse(fields: string[], line: Line): RowResult;
  /** Claims that need the whole file (IMDb episode counts per season), after the last row. */
  finish?(): DatasetClaim[];
}

/** One dataset kind: how to read its header and rows, and what to derive after an import. */
export interface DatasetImporter {
  kind: string;
  outlet: string;
  version: string;
  delimiter: "\t" | ",";
  /** Also reads the first sheet of an Excel workbook (Netflix publishes its report as .xlsx). */
  workbooks?: boolean;
  /** Recognizes the header or throws an AppError naming the file and what is missing. */
  layout(header: string[], file: string): Layout;
  /** Recomputes figures that depend on many rows, for the titles the import touched. */
  derive?(db: Db, titleIds: string[], sourceId: string, now: string): Promise<number>;
}

/** Header names as the importer compares them: lower case, underscores. */
export function headerIndex(header: string[]): Map<string, number> {
  return new Map(header.map((name, index) => [name.trim().toLowerCase().replace(/[\s?]+/g, "_").replace(/_+$/, ""), index]));
}

export function requireColumns(index: Map<string, number>, columns: string[]): string[] {
  return columns.filter((c) => !index.has(c));
}
