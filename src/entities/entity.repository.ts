import type { Alias, AliasOrigin, Entity, EntityKind } from "../domain/entity.ts";
import { reversedKey, searchKey } from "../domain/search-key.ts";
import type { Db } from "../storage/db.ts";
import { entityFromRow } from "../storage/codecs.ts";
import { newId } from "../storage/ids.ts";

export interface NewEntity {
  kind: EntityKind;
  name: string;
  hangul?: string | null;
  parentId?: string | null;
  number?: number | null;
  subtype?: string | null;
}

const prefixes: Record<EntityKind, string> = {
  title: "ttl",
  season: "ssn",
  part: "prt",
  episode: "epi",
  person: "per",
  character: "chr",
  organization: "org",
};

export async function createEntity(db: Db, entity: NewEntity, createdAt: string): Promise<Entity> {
  const row = {
    id: newId(prefixes[entity.kind]),
    kind: entity.kind,
    name: entity.name,
    hangul: entity.hangul ?? null,
    parent_id: entity.parentId ?? null,
    number: entity.number ?? null,
    subtype: entity.subtype ?? null,
    merged_into: null,
    created_at: createdAt,
  };
  await db.insertInto("entity").values(row).execute();
  return entityFromRow(row);
}

export async function getEntity(db: Db, id: string): Promise<Entity | undefined> {
  const row = await db.selectFrom("entity").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? entityFromRow(row) : undefined;
}

export async function listEntities(db: Db, ids: string[]): Promise<Entity[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("entity").selectAll().where("id", "in", ids).execute();
  return rows.map(entityFromRow);
}

export async function listChildren(db: Db, parentId: string, kind: EntityKind): Promise<Entity[]> {
  const rows = await db
    .selectFrom("entity")
    .selectAll()
    .where("parent_id", "=", parentId)
    .where("kind", "=", kind)
    .orderBy("number")
    .execute();
  return rows.map(entityFromRow);
}

export async function updateEntity(db: Db, id: string, patch: { hangul?: string | null; subtype?: string | null; name?: string; mergedInto?: string | null }): Promise<void> {
  const values: Record<string, string | null> = {};
  if (patch.hangul !== undefined) values.hangul = patch.hangul;
  if (patch.subtype !== undefined) values.subtype = patch.subtype;
  if (patch.name !== undefined) values.name = patch.name;
  if (patch.mergedInto !== undefined) values.merged_into = patch.mergedInto;
  if (Object.keys(values).length > 0) await db.updateTable("entity").set(values).where("id", "=", id).execute();
}

export async function addAlias(
  db: Db,
  alias: { entityId: string; name: string; key: string; origin: AliasOrigin; sourceId: string | null },
  createdAt: string,
): Promise<boolean> {
  const result = await db
    .insertInto("alias")
    .values({
      id: newId("als"),
      entity_id: alias.entityId,
      name: alias.name,
      key: alias.key,
      origin: alias.origin,
      source_id: alias.sourceId,
      created_at: createdAt,
      removed_at: null,
      search_key: searchKey(alias.name),
      search_key_reversed: reversedKey(searchKey(alias.name)),
    })
    .onConflict((oc) => oc.columns(["entity_id", "name"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

function aliasFromRow(row: { id: string; entity_id: string; name: string; key: string; origin: string; source_id: string | null; created_at: string }): Alias {
  return {
    id: row.id,
    entityId: row.entity_id,
    name: row.name,
    key: row.key,
    origin: row.origin as AliasOrigin,
    sourceId: row.source_id,
    createdAt: row.created_at,
  };
}

export async function listAliases(db: Db, entityIds: string[]): Promise<Alias[]> {
  if (entityIds.length === 0) return [];
  const rows = await db
    .selectFrom("alias")
    .selectAll()
    .where("entity_id", "in", entityIds)
    .where("removed_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(aliasFromRow);
}

/**
 * Entities of a kind whose aliases reduce to one of the keys: the candidates for a name. An alias
 * of an entity an editor merged away leads to the entity it was merged into.
 */
export async function findEntitiesByAliasKeys(db: Db, kind: EntityKind, keys: string[]): Promise<Entity[]> {
  if (keys.length === 0) return [];
  // Through the alias-key index first; the kind is checked on the few rows found. (With the kind in
  // the WHERE clause and several keys, SQLite's planner walked every entity of the kind instead.)
  const rows = await db
    .selectFrom("entity")
    .selectAll()
    .where("entity.id", "in", (eb) => eb.selectFrom("alias").select("alias.entity_id").where("alias.key", "in", keys).where("alias.removed_at", "is", null))
    .execute();
  const found = rows.filter((row) => row.kind === kind).map(entityFromRow);
  const merged = found.filter((e) => e.mergedInto);
  if (merged.length === 0) return found;
  const survivors = await Promise.all(merged.map((e) => followMerges(db, e)));
  const byId = new Map([...found.filter((e) => !e.mergedInto), ...survivors].map((e) => [e.id, e]));
  return [...byId.values()].filter((e) => !e.mergedInto);
}

/** Whether a catalog import or an editor has put any names in the store (one indexed probe). */
export async function hasCatalogAliases(db: Db): Promise<boolean> {
  const row = await db.selectFrom("alias").select("alias.id").where("alias.origin", "in", ["importer", "editor", "canonical"]).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * The store's gazetteer: spellings of titles that a catalog import or an editor put there (not the
 * ones articles named in passing), among those whose keys are given.
 */
export async function findCatalogTitleSpellings(db: Db, keys: string[]): Promise<string[]> {
  const names = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db
      .selectFrom("alias")
      .innerJoin("entity", "entity.id", "alias.entity_id")
      .select("alias.name")
      .distinct()
      .where("entity.kind", "=", "title")
      .where("entity.merged_into", "is", null)
      .where("alias.removed_at", "is", null)
      .where("alias.origin", "in", ["importer", "editor", "canonical"])
      .where("alias.key", "in", keys.slice(i, i + 500))
      .execute();
    for (const row of rows) names.add(row.name);
  }
  return [...names];
}

/** The entity a chain of merges ends at. */
export async function followMerges(db: Db, entity: Entity): Promise<Entity> {
  let current = entity;
  for (let i = 0; i < 10 && current.mergedInto; i++) {
    const next = await getEntity(db, current.mergedInto);
    if (!next) break;
    current = next;
  }
  return current;
}

export async function removeAlias(db: Db, entityId: string, name: string, removedAt: string): Promise<number> {
  const result = await db.updateTable("alias").set({ removed_at: removedAt }).where("entity_id", "=", entityId).where("name", "=", name).where("removed_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function restoreAlias(db: Db, entityId: string, name: string): Promise<void> {
  await db.updateTable("alias").set({ removed_at: null }).where("entity_id", "=", entityId).where("name", "=", name).execute();
}

/** The people credited on a title (cast or crew), whom a new mention is first compared with. */
export async function listCreditedPeople(db: Db, titleId: string): Promise<Entity[]> {
  const rows = await db
    .selectFrom("claim")
    .innerJoin("entity", "entity.id", "claim.value_entity_id")
    .selectAll("entity")
    .distinct()
    .where("claim.subject_id", "=", titleId)
    .where("claim.property", "in", ["cast-member", "crew-member"])
    .where("entity.merged_into", "is", null)
    .execute();
  // Datasets' credits are facts of their source (migration 0020), after the claims' credits.
  const fromFacts = await db
    .selectFrom("dataset_fact")
    .innerJoin("entity", "entity.id", "dataset_fact.value_entity_id")
    .selectAll("entity")
    .distinct()
    .where("dataset_fact.subject_id", "=", titleId)
    .where("entity.merged_into", "is", null)
    .execute();
  const seen = new Set(rows.map((r) => r.id));
  return [...rows, ...fromFacts.filter((r) => !seen.has(r.id))].map(entityFromRow);
}
