import type { Insertable } from "kysely";
import { findEntitiesByDatasetIds, linkDatasetId } from "../entities/dataset-id.repository.ts";
import { addAlias, createEntity } from "../entities/entity.repository.ts";
import { createResolver, titleKey } from "../ingest/resolve/resolve-entities.ts";
import { nameKey, normalizeName } from "../names/match-names.ts";
import type { DatasetIdTable, EntityTable } from "../storage/database.ts";
import type { Db } from "../storage/db.ts";
import { bulkLoad } from "../storage/dialect.ts";
import { newId } from "../storage/ids.ts";
import type { DatasetClaim, DatasetRef } from "./dataset.ts";

/** A Map that forgets its oldest entries: lookups stay fast and memory flat on files of any size. */
class BoundedMap<K, V> extends Map<K, V> {
  readonly limit: number;
  constructor(limit: number) {
    super();
    this.limit = limit;
  }
  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

type Resolver = ReturnType<typeof createResolver>;

const ENTITY_COLUMNS = ["id", "kind", "name", "hangul", "parent_id", "number", "subtype", "merged_into", "created_at"] as const satisfies readonly (keyof EntityTable)[];
const DATASET_ID_COLUMNS = ["key", "entity_id"] as const satisfies readonly (keyof DatasetIdTable)[];

/** Placeholders named by a dataset id ("imdb:tt0903747") until a file gives their name. */
const placeholderName = /^imdb:|^kdrama-actor:/;

/**
 * The entities a dataset's rows name, found or made for one import: by the dataset's own ids
 * (the `dataset_id` table, looked up a batch at a time), or by name through the resolver.
 * Placeholder entities and their ids are written a batch at a time (`writePending`), in the
 * batch's transaction.
 */
export class DatasetIds {
  readonly #sourceId: string;
  readonly #now: string;
  readonly #titleIds = new BoundedMap<string, string>(10_000);
  readonly #externalIds = new BoundedMap<string, string>(50_000);
  readonly #renamed = new BoundedMap<string, string>(10_000);
  /** Titles created by this run have no characters yet: theirs are made here without asking the store. */
  readonly #freshTitles = new BoundedMap<string, Map<string, string>>(5_000);
  /** Titles the last batch's lookup made (nothing but this batch can hold a fact about them). */
  readonly #madeInBatch = new Set<string>();
  readonly #pendingEntities: Insertable<EntityTable>[] = [];
  readonly #pendingIds: DatasetIdTable[] = [];
  readonly #named = new Map<string, number>();
  /** Titles the import touched, for the importer's derived figures (kept only when it derives any). */
  readonly touchedTitles = new Set<string>();
  readonly #keepTouched: boolean;
  titlesSeen = 0;

  constructor(sourceId: string, now: string, keepTouched: boolean) {
    this.#sourceId = sourceId;
    this.#now = now;
    this.#keepTouched = keepTouched;
  }

  resolver(db: Db): Resolver {
    return createResolver(db, this.#sourceId, this.#now, "importer");
  }

  async alias(db: Db, entityId: string, name: string, key: string): Promise<void> {
    if (await addAlias(db, { entityId, name, key, origin: "importer", sourceId: this.#sourceId }, this.#now)) this.#named.set(entityId, (this.#named.get(entityId) ?? 0) + 1);
  }

  /** When this import's rows are recorded (its change events are dated the same). */
  get now(): string {
    return this.#now;
  }

  /**
   * Entities that gained names (aliases) since the last call, with how many. A row that adds only a
   * name (IMDb akas) writes no claim, so no change event would move the store's version and cached
   * pages and searches would miss the name: the caller records one event per such entity.
   */
  takeNamed(): Map<string, number> {
    const named = new Map(this.#named);
    this.#named.clear();
    return named;
  }

  /**
   * Every dataset id the batch names, looked up in one pass per kind (by the ids' primary key, then
   * the entities by theirs), and one insert for the placeholders still missing, instead of a lookup
   * and an insert per row. A placeholder is an entity named by its id and the id's row: no alias,
   * which would put the id among its spellings, seven index entries and trigrams for nothing.
   */
  async prepare(db: Db, claims: DatasetClaim[]): Promise<void> {
    const wanted = { title: new Set<string>(), person: new Set<string>() };
    this.#madeInBatch.clear();
    const placeholders = new Map<string, { kind: "title" | "person"; subtype: string | null }>();
    for (const claim of claims) {
      if (claim.titleExternalId && !this.#externalIds.has(claim.titleExternalId)) {
        wanted.title.add(claim.titleExternalId);
        if (claim.titleNameUnknown) placeholders.set(claim.titleExternalId, { kind: "title", subtype: claim.film ? "film" : "series" });
      }
      for (const ref of [claim.value.type === "person" ? claim.value.ref : undefined, claim.subject]) {
        if (ref?.externalId && !this.#externalIds.has(ref.externalId)) {
          wanted.person.add(ref.externalId);
          if (ref.nameUnknown) placeholders.set(ref.externalId, { kind: "person", subtype: null });
        }
      }
    }
    // An id that names an entity of the other kind is taken (one row per id): such a row gets a
    // placeholder of its own, row by row, and the id stays with the entity it names.
    const taken = new Set<string>();
    for (const kind of ["title", "person"] as const) {
      for (const [key, id] of await findEntitiesByDatasetIds(db, kind, [...wanted[kind]], taken)) this.#externalIds.set(key, id);
    }
    for (const [externalId, placeholder] of placeholders) {
      if (this.#externalIds.has(externalId) || taken.has(externalId)) continue;
      const id = newId(placeholder.kind === "title" ? "ttl" : "per");
      this.#pendingEntities.push({ id, kind: placeholder.kind, name: externalId, hangul: null, parent_id: null, number: null, subtype: placeholder.subtype, merged_into: null, created_at: this.#now });
      this.#pendingIds.push({ key: externalId, entity_id: id });
      this.#externalIds.set(externalId, id);
      if (placeholder.kind === "title") {
        this.#freshTitles.set(id, new Map());
        this.#madeInBatch.add(id);
      }
    }
    await this.writePending(db);
  }

  /**
   * The entities and ids made since the last call, bulk-loaded (COPY on PostgreSQL, a prepared
   * multi-row insert on SQLite). Each id is one that the batch's lookup did not find, so none can
   * collide with a stored one.
   */
  async writePending(db: Db): Promise<void> {
    const entities = this.#pendingEntities.splice(0);
    const ids = this.#pendingIds.splice(0);
    await bulkLoad(db, "entity", [...ENTITY_COLUMNS], entities.map((e) => ENTITY_COLUMNS.map((c) => e[c] ?? null)));
    await bulkLoad(db, "dataset_id", [...DATASET_ID_COLUMNS], ids.map((i) => DATASET_ID_COLUMNS.map((c) => i[c])));
  }

  /** A placeholder named by its id takes the real name when a file gives it. */
  async #adoptName(db: Db, id: string, name: string, key: string): Promise<void> {
    if (this.#renamed.has(id)) return;
    const entity = await db.selectFrom("entity").select(["name"]).where("id", "=", id).executeTakeFirst();
    if (entity && placeholderName.test(entity.name) && entity.name !== name) {
      await db.updateTable("entity").set({ name }).where("id", "=", id).execute();
    }
    await this.alias(db, id, name, key);
    this.#renamed.set(id, id);
  }

  /** An entity by the dataset's own id. */
  async external(db: Db, kind: "title" | "person", externalId: string): Promise<string | undefined> {
    const cached = this.#externalIds.get(externalId);
    if (cached) return cached;
    const found = (await findEntitiesByDatasetIds(db, kind, [externalId])).get(externalId);
    if (found) this.#externalIds.set(externalId, found);
    return found;
  }

  /**
   * Links the id to an entity found by name. Counted among the names the entity gained, as when ids
   * were aliases: its change event moves the store's version as it did.
   */
  async #linkExternal(db: Db, entityId: string, externalId: string): Promise<void> {
    if (await linkDatasetId(db, externalId, entityId)) this.#named.set(entityId, (this.#named.get(entityId) ?? 0) + 1);
    this.#externalIds.set(externalId, entityId);
  }

  async title(db: Db, resolver: Resolver, name: string, externalId: string | undefined, subtype: string, nameUnknown = false): Promise<string> {
    const key = externalId ? `x:${externalId}` : titleKey(name);
    let id = this.#titleIds.get(key) ?? (externalId ? await this.external(db, "title", externalId) : undefined);
    if (id && externalId && !nameUnknown) await this.#adoptName(db, id, name, titleKey(name));
    if (!id && nameUnknown && externalId) {
      // Known only by id so far: a placeholder named by the id, renamed when its name arrives.
      id = (await createEntity(db, { kind: "title", name: externalId, subtype }, this.#now)).id;
      await this.#linkExternal(db, id, externalId);
    }
    if (!id) {
      id = (await resolver.title(name, subtype)).id;
      if (externalId) await this.#linkExternal(db, id, externalId);
    }
    if (!this.#titleIds.has(key)) this.titlesSeen += 1;
    this.#titleIds.set(key, id);
    if (this.#keepTouched) this.touchedTitles.add(id);
    return id;
  }

  async person(db: Db, resolver: Resolver, ref: DatasetRef, titleId: string | null): Promise<string> {
    if (ref.externalId) {
      const known = await this.external(db, "person", ref.externalId);
      if (known) {
        if (!ref.nameUnknown) await this.#adoptName(db, known, ref.name, nameKey(ref.name));
        return known;
      }
      if (ref.nameUnknown) {
        const id = (await createEntity(db, { kind: "person", name: ref.externalId }, this.#now)).id;
        await this.#linkExternal(db, id, ref.externalId);
        return id;
      }
    }
    const person = await resolver.person(ref.name, titleId, ref.birthYear !== undefined ? { birthYear: ref.birthYear } : undefined);
    if (ref.externalId) await this.#linkExternal(db, person.id, ref.externalId);
    return person.id;
  }

  /**
   * Whether the batch in hand made the title: nothing but this batch can hold a fact about it, so
   * its facts need no look at the store (`insertDatasetFacts`).
   */
  madeInBatch(titleId: string): boolean {
    return this.#madeInBatch.has(titleId);
  }

  /**
   * A character of the title: made here for titles this run created, else through the resolver. One
   * made here is an entity named by the character's name and no alias (its own name is not one, as
   * the resolver keeps it).
   */
  async character(resolver: Resolver, name: string, titleId: string): Promise<string> {
    const own = this.#freshTitles.get(titleId);
    if (!own) return (await resolver.character(name, titleId)).id;
    const key = normalizeName(name);
    let id = own.get(key);
    if (!id) {
      id = newId("chr");
      own.set(key, id);
      this.#pendingEntities.push({ id, kind: "character", name, hangul: null, parent_id: titleId, number: null, subtype: null, merged_into: null, created_at: this.#now });
    }
    return id;
  }
}
