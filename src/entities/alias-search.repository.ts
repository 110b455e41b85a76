import type { EntityKind } from "../domain/entity.ts";
import type { Db } from "../storage/db.ts";
import { aliasTrigramMatch } from "../storage/dialect.ts";

/** An alias that matched a search, with its entity. */
export interface AliasHit {
  entityId: string;
  entityName: string;
  kind: EntityKind;
  subtype: string | null;
  mergedInto: string | null;
  alias: string;
  searchKey: string;
}

// The entity's kind is checked here, not in SQL: with it in the WHERE clause SQLite's planner may
// walk the entity-kind index (every title) instead of the alias's search-key range.
function hits(db: Db) {
  return db
    .selectFrom("alias")
    .innerJoin("entity", "entity.id", "alias.entity_id")
    .select(["entity.id as entityId", "entity.name as entityName", "entity.kind as kind", "entity.subtype as subtype", "entity.merged_into as mergedInto", "alias.name as alias", "alias.search_key as searchKey"])
    .where("alias.removed_at", "is", null);
}

function rows(kinds: EntityKind[], found: { entityId: string; entityName: string; kind: string; subtype: string | null; mergedInto: string | null; alias: string; searchKey: string | null }[]): AliasHit[] {
  return found.filter((r) => kinds.includes(r.kind as EntityKind)).map((r) => ({ ...r, kind: r.kind as EntityKind, searchKey: r.searchKey ?? "" }));
}

/** Aliases whose search key is exactly one of `keys` (the `alias_search_key` index). */
export async function findAliasesBySearchKeys(db: Db, kinds: EntityKind[], keys: string[], limit = 50): Promise<AliasHit[]> {
  if (keys.length === 0) return [];
  return rows(kinds, await hits(db).where("alias.search_key", "in", keys).limit(limit).execute());
}

/** Aliases whose search key starts with `key`, shortest first among the first `limit` in key order (a range of the same index). */
export async function findAliasesBySearchPrefix(db: Db, kinds: EntityKind[], key: string, limit = 50): Promise<AliasHit[]> {
  if (key.length < 2) return [];
  const found = await hits(db).where("alias.search_key", ">", key).where("alias.search_key", "<", `${key}\u{10FFFF}`).orderBy("alias.search_key").limit(limit).execute();
  return rows(kinds, found).sort((a, b) => a.searchKey.length - b.searchKey.length);
}

/** Aliases sharing the most trigrams with `key`: other spellings and typos (the trigram index). */
export async function findAliasesByTrigrams(db: Db, kinds: EntityKind[], key: string, limit = 40): Promise<AliasHit[]> {
  if (key.length < 3) return [];
  return rows(kinds, await hits(db).where(await aliasTrigramMatch(db, key, limit * 2)).limit(limit * 2).execute());
}
