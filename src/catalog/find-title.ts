import { AppError } from "../app/errors.ts";
import type { Entity } from "../domain/entity.ts";
import { MAX_SEARCH_KEY } from "../domain/search-key.ts";
import { findEntitiesByAliasKeys, getEntity } from "../entities/entity.repository.ts";
import { titleKey } from "../ingest/resolve/resolve-entities.ts";
import type { Db } from "../storage/db.ts";
import { findTitleCandidates, type SearchResult } from "./search.service.ts";

/** "Harbour (2016, US, film)": what tells titles of one name apart. */
function describeTitle(t: SearchResult): string {
  const details = [t.year, t.country, t.subtype].filter((d) => d !== null && d !== undefined && d !== "");
  return details.length ? `${t.name} (${details.join(", ")})` : t.name;
}

/**
 * A title by id, or by any of its names and spellings. A name two shows share is refused with the
 * candidates, told apart by year, country and kind; an unknown title is an error that lists the nearest.
 */
export async function findTitle(db: Db, query: string): Promise<Entity> {
  if (/^ttl_/.test(query)) {
    const entity = await getEntity(db, query);
    if (entity?.kind === "title") return entity;
  }
  if (query.trim().length > MAX_SEARCH_KEY) throw new AppError("UNKNOWN_TITLE", `unknown title: ${query.trim().length} characters is longer than any title`);
  // The stored spelling as given first ("Harbor" is the film called Harbor before it is "The Harbor").
  const spelledSo = await findEntitiesByAliasKeys(db, "title", [titleKey(query)]);
  const written = spelledSo.length === 1 ? spelledSo[0] : undefined;
  const { exact, nearest } = await findTitleCandidates(db, query);
  const top = exact[0];
  if (top) {
    const tied = exact.filter((t) => t.score === top.score);
    if (written && tied.some((t) => t.id === written.id)) return written;
    if (tied.length === 1) return (await getEntity(db, top.id))!;
    throw new AppError("AMBIGUOUS_TITLE", `"${query}" names ${tied.length} titles: ${tied.map(describeTitle).join("; ")}; give the id or add the year`, {
      details: { candidates: tied.map((t) => ({ id: t.id, name: t.name, year: t.year ?? null, country: t.country ?? null, kind: t.subtype ?? null })) },
    });
  }
  if (written) return written;
  // One clearly nearest title (a prefix, a slip) stands for the query; otherwise it is unknown.
  if (nearest.length > 0 && nearest[0]!.score >= 0.85 && (nearest.length === 1 || nearest[1]!.score < 0.85)) return (await getEntity(db, nearest[0]!.id))!;
  throw new AppError("UNKNOWN_TITLE", `unknown title "${query}"${nearest.length ? `; nearest: ${nearest.map(describeTitle).join(", ")}` : "; no titles match"}`, {
    details: { nearest: nearest.map((t) => ({ id: t.id, name: t.name, score: t.score })) },
  });
}
