import type { EntityKind } from "../domain/entity.ts";
import type { Db } from "../storage/db.ts";
import { getEntity, followMerges } from "./entity.repository.ts";

/**
 * Datasets' own ids ("imdb:tt0903747", "kdrama-actor:123") and the entities they name (migration
 * 0021: one narrow row per id, looked up by key). An id of an entity an editor merged away leads on
 * to the survivor, as an alias does.
 */

const CHUNK = 500;

/**
 * The entities of a kind that the ids name, by id, a chunk of keys per statement (the primary key,
 * then the entity by its own): an id whose entity is of another kind is left out, and added to
 * `otherKind` when one is given (the id is taken: no placeholder may claim it).
 */
export async function findEntitiesByDatasetIds(db: Db, kind: EntityKind, keys: readonly string[], otherKind?: Set<string>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db
      .selectFrom("dataset_id")
      .innerJoin("entity", "entity.id", "dataset_id.entity_id")
      .select(["dataset_id.key", "entity.id", "entity.kind", "entity.merged_into"])
      .where("dataset_id.key", "in", keys.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) {
      if (row.kind !== kind) {
        otherKind?.add(row.key);
        continue;
      }
      if (!row.merged_into) {
        found.set(row.key, row.id);
        continue;
      }
      const merged = await getEntity(db, row.id);
      if (merged) found.set(row.key, (await followMerges(db, merged)).id);
    }
  }
  return found;
}

/** Links an id to an entity, unless the id already names one: whether it was linked. */
export async function linkDatasetId(db: Db, key: string, entityId: string): Promise<boolean> {
  const result = await db.insertInto("dataset_id").values({ key, entity_id: entityId }).onConflict((oc) => oc.column("key").doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The dataset ids of the entities (by the index on the entity), in key order. */
export async function listDatasetIds(db: Db, entityIds: readonly string[]): Promise<{ key: string; entityId: string }[]> {
  if (entityIds.length === 0) return [];
  const rows = await db.selectFrom("dataset_id").select(["key", "entity_id"]).where("entity_id", "in", entityIds).orderBy("key").execute();
  return rows.map((r) => ({ key: r.key, entityId: r.entity_id }));
}

/** The entities (not merged away) that a dataset id names, written as it is or in lower case: search by an id. */
export async function findEntitiesByDatasetKey(db: Db, text: string): Promise<{ key: string; id: string; kind: string; name: string; subtype: string | null }[]> {
  return db
    .selectFrom("dataset_id")
    .innerJoin("entity", "entity.id", "dataset_id.entity_id")
    .select(["dataset_id.key", "entity.id", "entity.kind", "entity.name", "entity.subtype"])
    .where("dataset_id.key", "in", [...new Set([text, text.toLowerCase()])])
    .where("entity.merged_into", "is", null)
    .execute();
}
