import type { Entity } from "../../domain/entity.ts";
import {
  addAlias,
  createEntity,
  findEntitiesByAliasKeys,
  getEntity,
  listAliases,
  listCreditedPeople,
  listChildren,
  updateEntity,
} from "../../entities/entity.repository.ts";
import { claimValueFromJson, qualifiersFromJson } from "../../storage/codecs.ts";
import type { Db } from "../../storage/db.ts";
import { isHangul, knownSurname, nameTokens, parseKoreanName, parseKoreanNameReadings, readsAsGivenName, syllableScore } from "../../names/korean-name.ts";
import { matchNames, nameKey, nameKeys, normalizeName, POSSIBLE_NAME_THRESHOLD, withoutNickname } from "../../names/match-names.ts";

/**
 * Thresholds get stricter as the scope widens. In the show's own credits a `possible` name (a
 * dropped glide, a slip of one letter) is the credited person: the context agrees. In the whole
 * catalog only `same` names merge, and `possible` ones only when a year of birth agrees too.
 */
export const CREDITS_THRESHOLD = POSSIBLE_NAME_THRESHOLD;
export const CATALOG_THRESHOLD = 0.95;

/**
 * A name that is only part of a person's: one surname ("Lee"), one given name ("Jung-jae",
 * "Eunwoo"). It can only mean someone the article or the show already names in full.
 */
export function isPartialName(name: string): boolean {
  const trimmed = name.trim();
  if (/\s/.test(trimmed) || isHangul(trimmed)) return false;
  const tokens = nameTokens(trimmed);
  // "Ji-won" is a given name although Ji is a surname too: romanized given names are hyphenated.
  return tokens.length === 1 || (tokens.length === 2 && readsAsGivenName(trimmed) !== undefined);
}

/** Whether a partial name is the surname or the given name of a full one. */
export function partOfName(partial: string, full: string): boolean {
  const token = normalizeName(partial).replace(/ /g, "");
  const surnames = knownSurname(partial);
  const given = readsAsGivenName(partial);
  const readings = parseKoreanNameReadings(full);
  if (readings.length > 0) {
    return readings.some((r) => {
      if (nameTokens(partial).length === 1 && surnames && r.surnameHangul?.some((h) => surnames.includes(h))) return true;
      return given !== undefined && given.length === r.given.length && given.every((s, i) => syllableScore(s, r.given[i]!) === 1);
    });
  }
  const words = normalizeName(full).split(" ");
  return words.length >= 2 && (words[0] === token || words[words.length - 1] === token);
}

/** What the source says about a person besides the name, to keep namesakes apart. */
export interface PersonHints {
  /** From an age and the article's date ("28 years old" in 2023 → 1994 or 1995). */
  birthYear?: number;
}

export interface ResolutionStats {
  created: number;
  linked: number;
}

export interface Resolver {
  title(name: string, subtype: string | null): Promise<Entity>;
  person(name: string, scopeTitleId: string | null, hints?: PersonHints): Promise<Entity>;
  character(name: string, titleId: string): Promise<Entity>;
  otherTitle(name: string): Promise<Entity>;
  /** Whether a person of that name has been resolved in this run. */
  seen(name: string): boolean;
  /**
   * Entities that existed before this run and that it changed (a new alias, a better display name, a
   * Hangul name, a subtype, a merge): cards that show them change too, so the caller records a change
   * event for each one its claims do not already name.
   */
  touched: ReadonlySet<string>;
  stats: ResolutionStats;
}

export function titleKey(name: string): string {
  return `t:${normalizeName(name)}`;
}

/** A Hangul name is stored as such; a romanized one prefers the hyphenated form ("Han Ji-min") for display. */
function preferredDisplay(current: string, candidate: string): string {
  const hyphenated = (n: string) => /^[\p{Lu}][\p{L}]+ [\p{Lu}][\p{Ll}]+-[\p{Ll}]+$/u.test(n);
  return !hyphenated(current) && hyphenated(candidate) ? candidate : current;
}

/**
 * Resolves names to entities inside one ingest transaction, creating what it has not seen.
 * People are matched first against the show's own credits, then against the catalog by key.
 */
export function createResolver(db: Db, sourceId: string | null, now: string, origin: "source" | "importer" = "source"): Resolver {
  const stats: ResolutionStats = { created: 0, linked: 0 };
  const cache = new Map<string, Entity>();
  const created = new Set<string>();
  const touched = new Set<string>();
  const touch = (id: string) => {
    if (!created.has(id)) touched.add(id);
  };
  const create = async (entity: Parameters<typeof createEntity>[1]): Promise<Entity> => {
    const made = await createEntity(db, entity, now);
    created.add(made.id);
    return made;
  };
  const update = async (id: string, patch: Parameters<typeof updateEntity>[2]): Promise<void> => {
    await updateEntity(db, id, patch);
    touch(id);
  };

  async function remember(entity: Entity, name: string, key: string): Promise<void> {
    // A character's own name is its entity's, which every reader of characters reads (cards, this
    // resolver, person pages): only its other spellings are aliases. (Title and person lookups go by
    // alias keys, so theirs keep every spelling.)
    if (entity.kind === "character" && name === entity.name) return;
    if (await addAlias(db, { entityId: entity.id, name, key, origin, sourceId }, now)) touch(entity.id);
  }

  // Credits of a title do not change while one article is resolved (its claims are written after): read once.
  const creditsCache = new Map<string, Promise<Entity[]>>();
  function creditedPeople(titleId: string): Promise<Entity[]> {
    let credits = creditsCache.get(titleId);
    if (!credits) {
      credits = listCreditedPeople(db, titleId);
      creditsCache.set(titleId, credits);
    }
    return credits;
  }


  /** Birth years implied by the age claims already held about each person. */
  async function knownBirthYears(ids: string[]): Promise<Map<string, Set<number>>> {
    const rows = await db
      .selectFrom("claim")
      .innerJoin("source", "source.id", "claim.source_id")
      .select(["claim.id", "claim.subject_id", "claim.value_json", "claim.qualifiers_json", "source.published", "source.published_inferred", "claim.property"])
      .where("claim.subject_id", "in", ids)
      .where("claim.property", "in", ["age", "birth-year"])
      .where("claim.retracted_at", "is", null)
      .execute();
    const years = new Map<string, Set<number>>();
    for (const row of rows) {
      const value = claimValueFromJson(row.value_json, row.id);
      if (value.type !== "number") continue;
      const point = qualifiersFromJson(row.qualifiers_json, row.id).pointInTime?.date ?? row.published ?? row.published_inferred;
      const year = row.property === "birth-year" ? value.value : point ? Number(point.slice(0, 4)) - value.value : undefined;
      if (year === undefined) continue;
      years.set(row.subject_id, (years.get(row.subject_id) ?? new Set()).add(year));
    }
    return years;
  }

  /** Each candidate's best score against the name, best first. */
  async function scoreByAliases(candidates: Entity[], name: string): Promise<{ entity: Entity; score: number }[]> {
    const aliases = await listAliases(db, candidates.map((c) => c.id));
    return candidates
      .map((entity) => {
        const names = [entity.name, ...aliases.filter((a) => a.entityId === entity.id).map((a) => a.name)];
        return { entity, score: Math.max(...names.map((n) => matchNames(n, name).score)) };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** The one candidate at or above the threshold that no other candidate ties: two equally near names are no answer. */
  async function bestByAliases(candidates: Entity[], name: string, threshold: number): Promise<Entity | undefined> {
    const [best, second] = await scoreByAliases(candidates, name);
    if (!best || best.score < threshold) return undefined;
    if (second && second.score === best.score && best.score < CATALOG_THRESHOLD) return undefined;
    return best.entity;
  }

  async function follow(entity: Entity): Promise<Entity> {
    let current = entity;
    for (let i = 0; i < 5 && current.mergedInto; i++) current = (await getEntity(db, current.mergedInto)) ?? current;
    return current;
  }

  const seenPeople = new Set<string>();
  /** People this run resolved from full names, per show: what a later "Lee" or "Jung-jae" can mean. */
  const namedInRun = new Map<string, Entity[]>();
  return {
    stats,
    touched,
    seen: (name) => seenPeople.has(name),
    async title(name, subtype) {
      const key = titleKey(name);
      const cached = cache.get(key);
      if (cached) return cached;
      let [found] = await findEntitiesByAliasKeys(db, "title", [key]);
      // "Iron Line: Seoul – The Northern Route" is "Iron Line: Seoul" with its subtitle.
      const base = name.split(/\s+[–—-]\s+/)[0]!;
      if (!found && base !== name && base.length >= 3) [found] = await findEntitiesByAliasKeys(db, "title", [titleKey(base)]);
      let entity: Entity;
      if (found) {
        entity = await follow(found);
        stats.linked += 1;
        if (subtype && !entity.subtype) await update(entity.id, { subtype });
      } else {
        entity = await create({ kind: "title", name, subtype });
        stats.created += 1;
      }
      await remember(entity, name, key);
      cache.set(key, entity);
      return entity;
    },
    async otherTitle(name) {
      return this.title(name, null);
    },
    async person(name, scopeTitleId, hints) {
      seenPeople.add(name);
      const cacheKey = `p:${scopeTitleId}:${nameKey(name)}`;
      const cached = cache.get(cacheKey);
      if (cached) {
        await remember(cached, name, nameKey(name));
        const display = preferredDisplay(cached.name, name);
        if (display !== cached.name) {
          await update(cached.id, { name: display });
          cached.name = display;
        }
        return cached;
      }
      const key = nameKey(name);
      const partial = isPartialName(name);
      let entity: Entity | undefined;
      if (partial) {
        // "Lee", "Jung-jae": the one person of that name the article or the show names in full, never the catalog's.
        const pool = new Map<string, Entity>();
        for (const e of [...(namedInRun.get(scopeTitleId ?? "") ?? []), ...(scopeTitleId ? await creditedPeople(scopeTitleId) : [])]) pool.set(e.id, e);
        const aliases = await listAliases(db, [...pool.keys()]);
        const fits = [...pool.values()].filter((e) => [e.name, ...aliases.filter((a) => a.entityId === e.id).map((a) => a.name)].some((n) => !isPartialName(n) && partOfName(name, n)));
        if (fits.length === 1) entity = fits[0];
      }
      // One word that is not a surname may be a whole stage name ("Nana"): the catalog may hold it as such, spelled the same.
      const catalogAllowed = !partial || (nameTokens(name).length === 1 && !knownSurname(name));
      if (!entity && !partial && scopeTitleId) entity = await bestByAliases(await creditedPeople(scopeTitleId), name, CREDITS_THRESHOLD);
      if (!entity && catalogAllowed) {
        let candidates = await findEntitiesByAliasKeys(db, "person", nameKeys(name));
        const years = hints?.birthYear !== undefined && candidates.length > 0 ? await knownBirthYears(candidates.map((c) => c.id)) : new Map<string, Set<number>>();
        const bornNear = (c: Entity) => [...(years.get(c.id) ?? [])].some((y) => Math.abs(y - hints!.birthYear!) <= 1);
        // Namesakes: a catalog candidate whose known age puts their birth more than a year away is someone else.
        if (hints?.birthYear !== undefined) candidates = candidates.filter((c) => !years.has(c.id) || bornNear(c));
        entity = await bestByAliases(candidates, name, CATALOG_THRESHOLD);
        // A possible spelling ("Lee Min-hyo" for Lee Min-ho) merges only when a year of birth agrees as well.
        if (!entity && hints?.birthYear !== undefined) entity = await bestByAliases(candidates.filter(bornNear), name, CREDITS_THRESHOLD);
      }
      if (entity) {
        entity = await follow(entity);
        stats.linked += 1;
        const display = preferredDisplay(entity.name, name);
        if (display !== entity.name) {
          await update(entity.id, { name: display });
          entity = { ...entity, name: display };
        }
      } else {
        entity = await create({ kind: "person", name, hangul: isHangul(name) ? name : null });
        stats.created += 1;
      }
      if (isHangul(name) && !entity.hangul) await update(entity.id, { hangul: name });
      await remember(entity, name, key);
      cache.set(cacheKey, entity);
      if (!partial) {
        const named = namedInRun.get(scopeTitleId ?? "") ?? [];
        if (!named.some((e) => e.id === entity.id)) named.push(entity);
        namedInRun.set(scopeTitleId ?? "", named);
      }
      return entity;
    },
    async character(name, titleId) {
      const cacheKey = `c:${titleId}:${normalizeName(name)}`;
      const cached = cache.get(cacheKey);
      if (cached) return cached;
      const existing = (await listChildren(db, titleId, "character")).filter((c) => !c.mergedInto);
      const aliases = await listAliases(db, existing.map((c) => c.id));
      const namesOf = (c: Entity) => [c.name, ...aliases.filter((a) => a.entityId === c.id).map((a) => a.name)];
      const isPartialOf = (partial: string, full: string) => {
        const given = readsAsGivenName(partial);
        const parsed = parseKoreanName(full);
        if (!given || !parsed || partial.trim().split(/\s+/).length > 2 || parseKoreanName(partial)) return false;
        return matchNames(`${full.split(/\s+/)[0]} ${partial}`, full).same;
      };
      let entity = existing.find((c) => namesOf(c).some((n) => matchNames(n, name).same));
      if (!entity) {
        const partialMatches = existing.filter((c) => namesOf(c).some((n) => isPartialOf(name, n)));
        if (partialMatches.length === 1) entity = partialMatches[0];
      }
      if (entity) {
        stats.linked += 1;
      } else {
        entity = await create({ kind: "character", name, parentId: titleId });
        stats.created += 1;
        // A full name arriving after a given-name-only character ("Ji-an" then "Oh Ji-an"): one character.
        const partials = existing.filter((c) => namesOf(c).some((n) => isPartialOf(n, name)));
        if (partials.length === 1) {
          await update(partials[0]!.id, { mergedInto: entity.id });
          for (const n of namesOf(partials[0]!)) await remember(entity, n, nameKey(n));
        }
      }
      await remember(entity, name, nameKey(name));
      // "Reuben 'Ruby' Tate" is also found, and shown, as "Reuben Tate".
      const plain = withoutNickname(name);
      if (plain !== name) await remember(entity, plain, nameKey(plain));
      cache.set(cacheKey, entity);
      return entity;
    },
  };
}
