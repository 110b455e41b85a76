import { recordChangeEvents } from "../claims/change-event.repository.ts";
import { isFactClaim, type NewDatasetFact } from "../claims/dataset-fact.repository.ts";
import type { NewClaim } from "../domain/claim.ts";
import { titleKey } from "../ingest/resolve/resolve-entities.ts";
import { normalizeName } from "../names/match-names.ts";
import type { Db } from "../storage/db.ts";
import type { DatasetClaim, DatasetImporter } from "./dataset.ts";
import type { DatasetIds } from "./dataset-ids.ts";
import type { Line } from "./line-reader.ts";

/**
 * A batch of rows' claims with their names resolved to entities: the claims to write (evidence: the
 * source and the row as read), credits apart as facts of the file's line (`dataset_fact`). Alias rows (IMDb akas) add spellings and no claim, only a change event
 * per entity that gained one (what a cache keys on moves with every write); a known-for title the
 * catalog does not hold yet is left out.
 */
export async function resolveDatasetClaims(db: Db, ids: DatasetIds, importer: DatasetImporter, sourceId: string, rows: { claim: DatasetClaim; line: Line }[], checkStop: () => void): Promise<{ claims: NewClaim[]; facts: NewDatasetFact[] }> {
  const resolver = ids.resolver(db);
  await ids.prepare(db, rows.map((r) => r.claim));
  const madeBy = { kind: "importer" as const, name: importer.kind, version: importer.version };
  const claims: NewClaim[] = [];
  const facts: NewDatasetFact[] = [];
  let lastLine = -1;
  let n = 0;
  for (const { claim, line } of rows) {
    // Rows resolved by name take a while each: a stop asked for meanwhile drops the batch at once.
    checkStop();
    // A claim about a person (name.basics) needs no title of its own.
    const personOnly = claim.subject !== undefined && claim.title === "";
    const titleId = personOnly ? null : await ids.title(db, resolver, claim.title, claim.titleExternalId, claim.film ? "film" : "series", claim.titleNameUnknown === true);
    if (claim.property === "alias" && titleId) {
      if (claim.value.type === "text") await ids.alias(db, titleId, claim.value.value, titleKey(claim.value.value));
      continue;
    }
    if (titleId && claim.originalTitle && normalizeName(claim.originalTitle) !== normalizeName(claim.title)) {
      await ids.alias(db, titleId, claim.originalTitle, titleKey(claim.originalTitle));
    }
    const subjectId = claim.subject ? await ids.person(db, resolver, claim.subject, titleId) : titleId!;
    let value: NewClaim["value"];
    if (claim.value.type === "person") value = { type: "entity", entityId: await ids.person(db, resolver, claim.value.ref, titleId) };
    else if (claim.value.type === "title") {
      const known = claim.value.ref.externalId ? await ids.external(db, "title", claim.value.ref.externalId) : undefined;
      if (!known) continue;
      value = { type: "entity", entityId: known };
    } else value = claim.value;
    const qualifiers = { ...claim.qualifiers };
    if (claim.characterName && titleId) qualifiers.character = await ids.character(resolver, claim.characterName, titleId);
    const resolved: NewClaim = { subjectId, property: claim.property, value, qualifiers, certainty: claim.certainty, evidence: { sourceId, quote: line.text, start: null, end: null }, madeBy, knownFrom: claim.knownFrom };
    // Facts of one line are told apart by their place among its facts (line 0: counted over the file).
    if (isFactClaim(resolved) && line.number > 0) {
      n = line.number === lastLine ? n + 1 : 0;
      lastLine = line.number;
      facts.push({ claim: resolved, line: line.number, n });
    } else claims.push(resolved);
  }
  await ids.writePending(db);
  // Every entity that gained a name, even one the batch also has claims about: those claims may all
  // be held already (a file read again, a run resumed), and then they write no event of their own.
  const named = ids.takeNamed();
  await recordChangeEvents(db, [...named].map(([entityId, count]) => ({ kind: "aliases-added", entityId, claimId: null, sourceId, payload: { aliases: count, kind: importer.kind } })), ids.now);
  // People the resolver renamed or gave a spelling (a cast list by name), shown on other titles' cards.
  const updated = [...resolver.touched].filter((id) => !named.has(id));
  await recordChangeEvents(db, updated.map((entityId) => ({ kind: "entity-updated", entityId, claimId: null, sourceId, payload: { kind: importer.kind } })), ids.now);
  return { claims, facts };
}
