import type { EntityKind } from "../domain/entity.ts";
import { fullSearchKey, MAX_SEARCH_KEY, searchKey } from "../domain/search-key.ts";
import { findAliasesByKeyHalves, findAliasesBySearchKeys, findAliasesBySearchPrefix, findAliasesByTrigrams, type AliasHit } from "../entities/alias-search.repository.ts";
import { findEntitiesByDatasetKey } from "../entities/dataset-id.repository.ts";
import { findEntitiesByAliasKeys, listAliases } from "../entities/entity.repository.ts";
import { matchNames, nameKeys, withinOneEdit } from "../names/match-names.ts";
import type { Db } from "../storage/db.ts";

/**
 * Search by any spelling, ranked as a person expects: the exact title first (ignoring case,
 * accents and a leading "The"/"A"), then titles it begins, then other spellings and near misses;
 * people by every spelling `match-names` calls the same or possible. Every candidate comes from an
 * index (the alias's search key, its trigrams, the person-name key): nothing scans the aliases.
 */

export interface SearchResult {
  kind: "title" | "person";
  id: string;
  name: string;
  score: number;
  /** The spelling that matched, when it is not the name shown. */
  matched: string | null;
  /** For titles: what tells two of one name apart. */
  year?: number | null;
  country?: string | null;
  subtype?: string | null;
}

/** Scores by tier, so that a better kind of match always ranks first. */
export const SCORE = {
  exactWithArticle: 1,
  samePerson: 0.99,
  exact: 0.97,
  withoutSeason: 0.95,
  spacing: 0.93,
  prefix: 0.9,
  contained: 0.86,
  possiblePerson: 0.85,
  fuzzy: 0.75,
} as const;

/** "Harbour Lights Season 2", "Night Ledger: Part 1" → the show's name. */
export function withoutSeasonLabel(query: string): string {
  return query.replace(/\s*[:\-–]?\s*\b(season|series|part)\s*\d+\b.*$/i, "").trim();
}

function trigrams(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice similarity of two keys' trigrams, 0 to 1. */
export function keySimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared += 1;
  return (2 * shared) / (ga.size + gb.size);
}

const editAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ";

/**
 * Every key one deletion, swap of neighbours, substitution or insertion from a short key: a typo
 * in a short title shares too few trigrams with it to be found by them ("glroy" and "glory" share
 * none). Only for keys of up to 8 letters (at most about 550 keys, probed through the index).
 */
export function oneEditAway(key: string): string[] {
  if (key.length < 3 || key.length > 8) return [];
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) {
    out.add(key.slice(0, i) + key.slice(i + 1));
    if (i + 1 < key.length) out.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
    for (const c of editAlphabet) out.add(key.slice(0, i) + c + key.slice(i + 1));
  }
  for (let i = 0; i <= key.length; i++) for (const c of editAlphabet) out.add(key.slice(0, i) + c + key.slice(i));
  out.delete(key);
  return [...out].filter((k) => k.trim() === k && !k.includes("  "));
}

/** How well one alias answers the query, by tier; 0 when it does not. */
function titleScore(hit: AliasHit, query: { full: string; key: string; bare: string; fullBare: string; contained: boolean }): number {
  if (fullSearchKey(hit.alias) === query.full) return SCORE.exactWithArticle;
  if (hit.searchKey === query.key) return SCORE.exact;
  if (query.bare !== query.key && hit.searchKey === query.bare) return fullSearchKey(hit.alias) === query.fullBare ? SCORE.withoutSeason + 0.01 : SCORE.withoutSeason;
  if (hit.searchKey === query.key.replace(/ /g, "")) return SCORE.spacing;
  if (hit.searchKey.startsWith(query.key)) return SCORE.prefix - 0.1 * Math.min(1, (hit.searchKey.length - query.key.length) / Math.max(8, hit.searchKey.length));
  // For a lookup, the query may name the title among other words ("New Show" for the show called Show).
  if (query.contained && hit.searchKey.length >= 4 && ` ${query.key} `.includes(` ${hit.searchKey} `)) return SCORE.contained;
  // One edit from the query: the best of the near misses.
  if (Math.abs(hit.searchKey.length - query.key.length) <= 1 && withinOneEdit(hit.searchKey, query.key)) return withinOneEdit(fullSearchKey(hit.alias), query.full) ? SCORE.fuzzy + 0.01 : SCORE.fuzzy;
  const similarity = keySimilarity(hit.searchKey, query.key);
  return similarity >= 0.35 ? SCORE.fuzzy * similarity : 0;
}

interface Candidate {
  kind: "title" | "person";
  id: string;
  name: string;
  subtype: string | null;
  score: number;
  matched: string;
}

/** Titles and people by any spelling: "the glory", "더 글로리", "song hye go", "송혜교". */
export async function search(db: Db, query: string, limit = 10, options: { containedTitles?: boolean; titlesOnly?: boolean } = {}): Promise<SearchResult[]> {
  const text = query.trim();
  // Nothing longer than a title or a name is one: refused before any lookup.
  if (!text || text.length > MAX_SEARCH_KEY) return [];
  const key = searchKey(text);
  if (!key) return [];
  const q = { full: fullSearchKey(text), key, bare: searchKey(withoutSeasonLabel(text)), fullBare: fullSearchKey(withoutSeasonLabel(text)), contained: options.containedTitles === true };
  const best = new Map<string, Candidate>();
  const offer = (c: Candidate) => {
    const current = best.get(c.id);
    if (!current || c.score > current.score) best.set(c.id, c);
  };
  const kinds: EntityKind[] = options.titlesOnly ? ["title"] : ["title", "person"];
  const considerTitles = (found: AliasHit[]) => {
    for (const hit of found) {
      if (hit.kind !== "title" || hit.mergedInto) continue;
      const score = titleScore(hit, q);
      if (score > 0) offer({ kind: "title", id: hit.entityId, name: hit.entityName, subtype: hit.subtype, score, matched: hit.alias });
    }
  };

  // 1. Exact keys (with and without a season label), then keys the query begins.
  const spaceless = q.key.replace(/ /g, "");
  considerTitles(await findAliasesBySearchKeys(db, ["title"], [...new Set([q.key, q.bare, spaceless].filter(Boolean))]));
  considerTitles(await findAliasesBySearchPrefix(db, ["title"], q.key, 40));

  // A dataset's id ("imdb:tt0903747") names its entity exactly, as when ids were aliases (migration 0021).
  if (/^[^\s:]+:\S+$/.test(text)) {
    for (const found of await findEntitiesByDatasetKey(db, text)) {
      if (found.kind === "title" || (found.kind === "person" && !options.titlesOnly)) offer({ kind: found.kind, id: found.id, name: found.name, subtype: found.kind === "title" ? found.subtype : null, score: SCORE.exactWithArticle, matched: found.key });
    }
  }

  // 2. People by their name keys: every spelling match-names may call the same.
  const people = options.titlesOnly ? [] : await findEntitiesByAliasKeys(db, "person", nameKeys(text));
  const personHits: AliasHit[] = [];
  if (people.length > 0) {
    for (const alias of await listAliases(db, people.map((p) => p.id))) {
      const person = people.find((p) => p.id === alias.entityId)!;
      personHits.push({ entityId: person.id, entityName: person.name, kind: "person", subtype: null, mergedInto: null, alias: alias.name, searchKey: "" });
    }
    for (const person of people) personHits.push({ entityId: person.id, entityName: person.name, kind: "person", subtype: null, mergedInto: null, alias: person.name, searchKey: "" });
  }

  // 3. Other spellings and typos, only when no title or name matched as written: a short key
  // ("glroy") through the keys one edit away, a longer one through the keys of about its length that
  // keep its first or its last half (b-tree indexes both), then the trigram index.
  const strong = [...best.values()].some((c) => c.score >= SCORE.prefix - 0.1) || people.length > 0;
  if (!strong) {
    const near = q.key.length <= 8
      ? await findAliasesBySearchKeys(db, kinds, oneEditAway(q.key), 40)
      : (await findAliasesByKeyHalves(db, kinds, q.key)).filter((h) => withinOneEdit(h.searchKey, q.key) || keySimilarity(h.searchKey, q.key) >= 0.5);
    // A slip late in a long key leaves its start intact: the titles that start as the query does, shorter and shorter.
    for (const length of [q.key.length - 2, Math.floor((q.key.length * 3) / 4), Math.floor(q.key.length / 2)]) {
      if (length < 5 || near.length > 0) break;
      near.push(...(await findAliasesBySearchPrefix(db, kinds, q.key.slice(0, length), 20)));
    }
    // Otherwise (or when those starts are other titles) the trigram index.
    if (!near.some((h) => titleScore(h, q) >= 0.5)) near.push(...(await findAliasesByTrigrams(db, kinds, q.key, 20)));
    considerTitles(near);
    personHits.push(...near.filter((h) => h.kind === "person" && !h.mergedInto));
  }
  for (const hit of personHits) {
    const verdict = matchNames(hit.alias, text);
    const score = verdict.same
      ? fullSearchKey(hit.alias) === q.full ? SCORE.exactWithArticle : SCORE.samePerson
      : verdict.possible
        ? SCORE.possiblePerson
        : hit.searchKey && keySimilarity(hit.searchKey, q.key) >= 0.5 ? SCORE.fuzzy * keySimilarity(hit.searchKey, q.key) : 0;
    if (score > 0) offer({ kind: "person", id: hit.entityId, name: hit.entityName, subtype: null, score, matched: hit.alias });
  }

  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name)).slice(0, limit);
  const details = await titleDetails(db, ranked.filter((c) => c.kind === "title").map((c) => c.id));
  return ranked.map((c) => ({
    kind: c.kind,
    id: c.id,
    name: c.name,
    score: Math.round(c.score * 1000) / 1000,
    matched: c.matched === c.name ? null : c.matched,
    ...(c.kind === "title" ? { year: details.get(c.id)?.year ?? null, country: details.get(c.id)?.country ?? null, subtype: c.subtype } : {}),
  }));
}

/**
 * Titles for a lookup by name (`show`, `/titles/{name}`): those whose name is the query (ignoring
 * case, accents, punctuation and a leading article or a season label), best first, then the
 * nearest others for "did you mean". Through the indexes only.
 */
export async function findTitleCandidates(db: Db, query: string, limit = 5): Promise<{ exact: SearchResult[]; nearest: SearchResult[] }> {
  const text = query.trim();
  if (!text || text.length > MAX_SEARCH_KEY) return { exact: [], nearest: [] };
  const found = await search(db, text, limit + 5, { containedTitles: true, titlesOnly: true });
  const exact = found.filter((r) => r.score >= SCORE.withoutSeason);
  return { exact, nearest: found.filter((r) => r.score < SCORE.withoutSeason).slice(0, limit) };
}

/** The first release year and the country of each title: what tells two shows of one name apart. */
export async function titleDetails(db: Db, ids: string[]): Promise<Map<string, { year: number | null; country: string | null }>> {
  const out = new Map<string, { year: number | null; country: string | null }>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom("claim")
    .select((eb) => ["claim.subject_id as id", "claim.property as property", eb.fn.min("claim.value_key").as("value")])
    .where("claim.subject_id", "in", ids)
    .where("claim.property", "in", ["release-date", "country"])
    .where("claim.retracted_at", "is", null)
    .groupBy(["claim.subject_id", "claim.property"])
    .execute();
  for (const row of rows) {
    const entry = out.get(row.id) ?? { year: null, country: null };
    const value = String(row.value ?? "");
    if (row.property === "release-date" && /^\d{4}/.test(value)) entry.year = Number(value.slice(0, 4));
    if (row.property === "country" && value) entry.country = value.replace(/\/.*$/, "").toUpperCase();
    out.set(row.id, entry);
  }
  return out;
}
