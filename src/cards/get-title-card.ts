import { listClaimsAbout } from "../claims/claim.repository.ts";
import type { Alias, Entity } from "../domain/entity.ts";
import { listAliases, listEntities } from "../entities/entity.repository.ts";
import { listSources } from "../sources/source.repository.ts";
import { claimValueFromJson, qualifiersFromJson } from "../storage/codecs.ts";
import type { Db } from "../storage/db.ts";
import { buildTitleCard } from "./build-title-card.ts";
import type { TitleCard } from "./title-card.schema.ts";

/** The title card, read from the store and built by the one pure builder. */
export async function getTitleCard(db: Db, title: Entity, options: { asOf: string | null; today: string }): Promise<TitleCard> {
  return (await loadTitleCard(db, title, options)).card;
}

/**
 * The card and the entities it was read from (the title, its people, the entities merged into
 * them, the titles they are known for): a write that touches none of them leaves the card as it is,
 * which is how caches keep it across writes about other titles (`ChangeLog`).
 */
export async function loadTitleCard(db: Db, title: Entity, options: { asOf: string | null; today: string }): Promise<{ card: TitleCard; dependsOn: ReadonlySet<string> }> {
  const ofTitle = (await listClaimsAbout(db, [title.id])).filter((c) => c.subjectId === title.id);
  const people = [...new Set(ofTitle.flatMap((c) => (c.property === "cast-member" || c.property === "crew-member") && c.value.type === "entity" ? [c.value.entityId] : []))];
  const onBehalf = ofTitle.flatMap((c) => [c.qualifiers.onBehalfOf, c.qualifiers.speaker].filter((x): x is string => !!x && /^per_/.test(x)));
  const personIds = [...new Set([...people, ...onBehalf])];
  const aboutPeople = (await listClaimsAbout(db, personIds)).filter((c) => personIds.includes(c.subjectId));
  const claims = [...ofTitle, ...aboutPeople];
  const sources = new Map((await listSources(db, [...new Set(claims.map((c) => c.evidence.sourceId))])).map((s) => [s.id, s]));
  const referenced = new Set<string>([title.id]);
  for (const c of claims) {
    referenced.add(c.subjectId);
    if (c.value.type === "entity") referenced.add(c.value.entityId);
    for (const q of [c.qualifiers.character, c.qualifiers.onBehalfOf, c.qualifiers.speaker]) if (q && /^[a-z]{3}_/.test(q)) referenced.add(q);
  }
  let entities = await listEntities(db, [...referenced]);
  // Follow merges so that reads land on the surviving entity.
  const mergedTargets = entities.map((e) => e.mergedInto).filter((id): id is string => !!id && !referenced.has(id));
  if (mergedTargets.length) entities = [...entities, ...(await listEntities(db, mergedTargets))];
  const merged = await db.selectFrom("entity").select("id").where("merged_into", "in", entities.map((e) => e.id)).execute();
  if (merged.length) entities = [...entities, ...(await listEntities(db, merged.map((m) => m.id).filter((id) => !entities.some((e) => e.id === id))))];
  const aliases = new Map<string, Alias[]>();
  for (const alias of await listAliases(db, entities.map((e) => e.id))) aliases.set(alias.entityId, [...(aliases.get(alias.entityId) ?? []), alias]);
  const popularity = await titlePopularity(db, [...new Set(claims.filter((c) => c.property === "known-for" && c.value.type === "entity").map((c) => (c.value as { entityId: string }).entityId))]);
  const card = buildTitleCard({ title, claims, sources, entities: new Map(entities.map((e) => [e.id, e])), aliases, asOf: options.asOf, today: options.today, popularity });
  return { card, dependsOn: new Set([title.id, ...personIds, ...entities.map((e) => e.id), ...popularity.keys()]) };
}

/** IMDb votes and Netflix hours for titles, as one number for ordering (hours count a tenth of a vote). */
async function titlePopularity(db: Db, ids: string[]): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("claim")
      .select(["id", "subject_id", "property", "value_json", "qualifiers_json"])
      .where("subject_id", "in", ids.slice(i, i + 500))
      .where("property", "in", ["rating", "hours-viewed"])
      .where("retracted_at", "is", null)
      .execute();
    for (const row of rows) {
      const parsed = claimValueFromJson(row.value_json, row.id);
      const value = parsed.type === "number" ? parsed.value : 0;
      const q = qualifiersFromJson(row.qualifiers_json, row.id);
      let score = 0;
      if (row.property === "rating" && q.site === "IMDb" && q.label) score = Number(q.label.replace(/[^\d]/g, "")) || 0;
      if (row.property === "hours-viewed" && q.scope === "cumulative") score = value / 10;
      if (score > (scores.get(row.subject_id) ?? 0)) scores.set(row.subject_id, score);
    }
  }
  return scores;
}
