import { AppError } from "../app/errors.ts";
import { listClaimsBySource } from "../claims/claim.repository.ts";
import { countFactsOfSource, listFactRowsNaming, listFactRowsOfSource } from "../claims/dataset-fact.repository.ts";
import type { Claim, Source } from "../domain/claim.ts";
import type { UpcomingRelease } from "../domain/upcoming-release.ts";
import { listDatasetIds } from "../entities/dataset-id.repository.ts";
import { followMerges, getEntity, listAliases, listEntities } from "../entities/entity.repository.ts";
import { getSource } from "../sources/source.repository.ts";
import { claimFromRow } from "../storage/codecs.ts";
import { claimValueFromJson, qualifiersFromJson } from "../storage/codecs.ts";
import type { Db } from "../storage/db.ts";

/** Read models for the web pages and the API besides the title card: search, people, sources, home. */

export { search, type SearchResult } from "./search.service.ts";

export interface PersonCard {
  id: string;
  name: string;
  hangul: string | null;
  aliases: string[];
  credits: { titleId: string; title: string; role: string; character: string | null; sources: number }[];
  knownFor: { titleId: string; title: string }[];
}

export async function getPersonCard(db: Db, id: string): Promise<PersonCard> {
  const entity = await getEntity(db, id);
  if (!entity || entity.kind !== "person") throw new AppError("UNKNOWN_ENTITY", `no person ${id}`);
  const person = await followMerges(db, entity);
  const merged = await db.selectFrom("entity").select("id").where("merged_into", "=", person.id).execute();
  const ids = [person.id, ...merged.map((m) => m.id)];
  // A dataset's id is listed with the spellings, as when ids were aliases (migration 0021).
  const aliases = [...new Set([...(await listAliases(db, ids)).map((a) => a.name), ...(await listDatasetIds(db, ids)).map((d) => d.key)])].filter((a) => a !== person.name).sort();
  const creditRows = [
    ...(await db.selectFrom("claim").selectAll().where("value_entity_id", "in", ids).where("property", "in", ["cast-member", "crew-member"]).where("retracted_at", "is", null).execute()),
    // Datasets' credits, kept as facts of their source (migration 0020).
    ...(await listFactRowsNaming(db, ids)),
  ];
  const knownRows = await db.selectFrom("claim").selectAll().where("subject_id", "in", ids).where("property", "=", "known-for").where("retracted_at", "is", null).execute();
  const titleIds = [...new Set([...creditRows.map((r) => r.subject_id), ...knownRows.map((r) => r.value_entity_id!).filter(Boolean)])];
  const creditQualifiers = new Map(creditRows.map((r) => [r.id, qualifiersFromJson(r.qualifiers_json, r.id)]));
  const characterIds = [...creditQualifiers.values()].map((q) => q.character).filter((c): c is string => !!c);
  const entities = new Map((await listEntities(db, [...titleIds, ...characterIds])).map((e) => [e.id, e]));
  const resolveName = async (cid: string) => {
    const e = entities.get(cid);
    return e ? (await followMerges(db, e)).name : null;
  };
  const credits = new Map<string, PersonCard["credits"][number]>();
  for (const row of creditRows) {
    const q = creditQualifiers.get(row.id)!;
    const role = row.property === "cast-member" ? "cast" : q.job ?? "crew";
    const character = q.character ? await resolveName(q.character) : null;
    const key = `${row.subject_id}|${role}`;
    const existing = credits.get(key);
    credits.set(key, { titleId: row.subject_id, title: entities.get(row.subject_id)?.name ?? row.subject_id, role, character: existing?.character ?? character, sources: (existing?.sources ?? 0) + 1 });
  }
  const creditedTitles = new Set([...credits.values()].map((c) => c.titleId));
  const knownFor = [...new Map(knownRows.filter((r) => r.value_entity_id && !creditedTitles.has(r.value_entity_id)).map((r) => [r.value_entity_id!, { titleId: r.value_entity_id!, title: entities.get(r.value_entity_id!)?.name ?? r.value_entity_id! }])).values()];
  return { id: person.id, name: person.name, hangul: person.hangul, aliases, credits: [...credits.values()], knownFor };
}

export interface SourceView {
  source: Source;
  claims: Claim[];
  /** Quoted ranges of the text, merged and sorted, for highlighting. */
  highlights: { start: number; end: number; properties: string[] }[];
}

export async function getSourceView(db: Db, id: string): Promise<SourceView> {
  const source = await getSource(db, id);
  if (!source) throw new AppError("UNKNOWN_ENTITY", `no source ${id}`);
  const claims = await listClaimsBySource(db, id);
  const ranges = claims.filter((c) => c.evidence.start !== null && c.evidence.end !== null).map((c) => ({ start: c.evidence.start!, end: c.evidence.end!, properties: [c.property] }));
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const highlights: SourceView["highlights"] = [];
  for (const range of ranges) {
    const last = highlights[highlights.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const p of range.properties) if (!last.properties.includes(p)) last.properties.push(p);
    } else highlights.push({ ...range, properties: [...range.properties] });
  }
  return { source, claims, highlights };
}

/** One page of a source's claims, with the names of the titles and people they are about and name. */
export interface SourcePage {
  source: Source;
  claims: Claim[];
  /** Every claim the source holds. */
  total: number;
  offset: number;
  limit: number;
  /** Quoted ranges of an article's text (every claim's, not only this page's); none for a dataset. */
  highlights: SourceView["highlights"];
  /** Entity id → name, for the subjects and entity values on the page. */
  names: Record<string, string>;
}

/**
 * A source a page at a time: an article's few claims whole, a dataset's hundred thousand rows
 * `limit` at a time, in the order they were read, each subject and value by name instead of its id.
 */
export async function getSourcePage(db: Db, id: string, page: { limit: number; offset: number }): Promise<SourcePage> {
  const source = await getSource(db, id);
  if (!source) throw new AppError("UNKNOWN_ENTITY", `no source ${id}`);
  let claims: Claim[];
  let total: number;
  let highlights: SourceView["highlights"] = [];
  if (source.kind === "article") {
    const view = await getSourceView(db, id);
    total = view.claims.length;
    claims = view.claims.slice(page.offset, page.offset + page.limit);
    highlights = view.highlights;
  } else {
    // A dataset's claims, then its credits (facts of its lines, migration 0020), each in the order read.
    const counted = await db.selectFrom("claim").select((eb) => eb.fn.countAll<string | number>().as("n")).where("source_id", "=", id).executeTakeFirst();
    const claimCount = Number(counted?.n ?? 0);
    total = claimCount + (await countFactsOfSource(db, id));
    const rows = page.offset < claimCount ? await db.selectFrom("claim").selectAll().where("source_id", "=", id).orderBy("id").limit(page.limit).offset(page.offset).execute() : [];
    const factsWanted = page.limit - rows.length;
    const facts = factsWanted > 0 ? await listFactRowsOfSource(db, id, { offset: Math.max(0, page.offset - claimCount), limit: factsWanted }) : [];
    claims = [...rows, ...facts].map(claimFromRow);
  }
  const ids = [...new Set(claims.flatMap((c) => [c.subjectId, ...(c.value.type === "entity" ? [c.value.entityId] : []), ...(typeof c.qualifiers.character === "string" ? [c.qualifiers.character] : [])]))];
  const names: Record<string, string> = {};
  for (const entity of await listEntities(db, ids)) names[entity.id] = entity.name;
  return { source, claims, total, offset: page.offset, limit: page.limit, highlights, names };
}

export interface TitleSummary {
  id: string;
  title: string;
  kind: string | null;
  updated: string;
}

/** Titles, most recently changed first (from change events: the feed's order). */
export async function listTitles(db: Db, limit = 50, offset = 0): Promise<TitleSummary[]> {
  const rows = await db
    .selectFrom("change_event")
    .innerJoin("entity", "entity.id", "change_event.entity_id")
    .select((eb) => ["entity.id as id", "entity.name as title", "entity.subtype as kind", eb.fn.max("change_event.created_at").as("updated"), eb.fn.max("change_event.seq").as("seq")])
    .where("entity.kind", "=", "title")
    .where("entity.merged_into", "is", null)
    .groupBy(["entity.id", "entity.name", "entity.subtype"])
    .orderBy("seq", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, updated: String(r.updated) }));
}

export type { UpcomingRelease };

/** Release dates and windows after a day, soonest first: the calendar on the home page. */
export async function upcomingReleases(db: Db, from: string, limit = 30): Promise<UpcomingRelease[]> {
  const rows = await db
    .selectFrom("claim")
    .innerJoin("entity", "entity.id", "claim.subject_id")
    .select(["claim.id", "entity.id as titleId", "entity.name as title", "claim.value_json", "claim.qualifiers_json", "claim.certainty", "claim.value_key"])
    .where("claim.property", "=", "release-date")
    .where("claim.retracted_at", "is", null)
    .where("claim.value_key", ">=", from)
    .where("claim.certainty", "in", ["confirmed", "reported", "rumored"])
    .orderBy("claim.value_key")
    .limit(limit * 4)
    .execute();
  const seen = new Set<string>();
  const out: UpcomingRelease[] = [];
  for (const row of rows) {
    const value = claimValueFromJson(row.value_json, row.id);
    const q = qualifiersFromJson(row.qualifiers_json, row.id);
    if (q.doubted || value.type !== "date") continue;
    const key = `${row.titleId}|${q.season ?? 1}|${q.part ?? 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ titleId: row.titleId, title: row.title, season: q.season ?? null, part: q.part ?? null, date: value.date, precision: value.precision, label: value.label, certainty: row.certainty });
    if (out.length >= limit) break;
  }
  return out;
}
