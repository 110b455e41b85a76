import { sql } from "kysely";
import type { EntityKind } from "../domain/entity.ts";
import { reversedKey } from "../domain/search-key.ts";
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

/**
 * Aliases whose search key may be one letter from `key` (a wrong, missing, extra or swapped letter,
 * or two letters at the far ends of a long key): keys of about its length (one letter either way)
 * that begin with its first half or end with its last half. One letter changed leaves one of the two
 * intact, so these two ranges of the length-led indexes (migration 0008) hold every key one edit
 * away; `limit` bounds each range, so a half that many keys share (a short key's) can miss some.
 */
export async function findAliasesByKeyHalves(db: Db, kinds: EntityKind[], key: string, limit = 100): Promise<AliasHit[]> {
  const letters = [...key];
  if (letters.length < 5) return [];
  // A swap across the middle touches both halves' inner letters: the halves leave out the letter between them.
  const half = Math.floor((letters.length - 1) / 2);
  const head = letters.slice(0, half).join("");
  const tail = reversedKey(letters.slice(half + 1).join(""));
  const lengths = [letters.length - 1, letters.length, letters.length + 1];
  const byHead = await hits(db).where(sql<number>`length(alias.search_key)`, "in", lengths).where("alias.search_key", ">=", head).where("alias.search_key", "<", `${head}\u{10FFFF}`).limit(limit).execute();
  const byTail = await hits(db).where(sql<number>`length(alias.search_key)`, "in", lengths).where("alias.search_key_reversed", ">=", tail).where("alias.search_key_reversed", "<", `${tail}\u{10FFFF}`).limit(limit).execute();
  return rows(kinds, [...byHead, ...byTail]);
}

/** Aliases sharing the most trigrams with `key`: other spellings and typos (the trigram index). */
export async function findAliasesByTrigrams(db: Db, kinds: EntityKind[], key: string, limit = 40): Promise<AliasHit[]> {
  const match = key.length < 3 ? undefined : await aliasTrigramMatch(db, key, limit * 2);
  return match ? rows(kinds, await hits(db).where(match).limit(limit * 2).execute()) : [];
}
