import { sql } from "kysely";
import { z } from "zod";
import { AppError } from "../app/errors.ts";
import type { Entity } from "../domain/entity.ts";
import { isHangul } from "../names/korean-name.ts";
import { nameKey } from "../names/match-names.ts";
import type { Db } from "../storage/db.ts";
import { parseColumn, qualifiersFromJson } from "../storage/codecs.ts";
import { newId, stableJson } from "../storage/ids.ts";
import { recordChangeEvents } from "../claims/change-event.repository.ts";
import { listFactRowsNaming, parseFactId, setFactsRetracted } from "../claims/dataset-fact.repository.ts";
import { listDatasetIds } from "../entities/dataset-id.repository.ts";
import { addAlias, findEntitiesByAliasKeys, followMerges, getEntity, listAliases, removeAlias, restoreAlias, createEntity, updateEntity } from "../entities/entity.repository.ts";

/**
 * Editors' corrections to people: merge, split, alias add and remove. Each is one recorded action
 * (who, why, what) that `undo` reverses; claims are never deleted, only retracted and re-pointed.
 */

export interface Editor {
  actor: string;
  reason: string | null;
  now: string;
}

export interface ActionResult {
  actionId: string;
  action: string;
  summary: string;
}

/** What an action recorded, enough to undo it; read back through this schema, never cast. */
const payloadSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("merge"), survivor: z.string(), merged: z.string() }),
  z.object({ action: z.literal("alias-add"), entity: z.string(), name: z.string(), setHangul: z.boolean().optional() }),
  z.object({ action: z.literal("alias-remove"), entity: z.string(), name: z.string() }),
  z.object({ action: z.literal("split"), from: z.string(), to: z.string(), retracted: z.array(z.string()), created: z.array(z.string()) }),
  z.object({ action: z.literal("undo"), of: z.string() }),
]);
type Payload = z.infer<typeof payloadSchema>;

/** A person by id or by any spelling; several people of that name is an error that lists them. */
export async function findPerson(db: Db, query: string): Promise<Entity> {
  if (/^per_/.test(query)) {
    const entity = await getEntity(db, query);
    if (entity?.kind === "person") return followMerges(db, entity);
  }
  const found = await findEntitiesByAliasKeys(db, "person", [nameKey(query)]);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new AppError("UNKNOWN_ENTITY", `no person named "${query}"`);
  throw new AppError("BAD_INPUT", `"${query}" names ${found.length} people: ${found.map((p) => `${p.name} (${p.id})`).join(", ")}; give an id`);
}

async function record(db: Db, editor: Editor, payload: Payload): Promise<string> {
  const id = newId("act");
  await db.insertInto("editor_action").values({ id, action: payload.action, actor: editor.actor, reason: editor.reason, payload_json: stableJson(payload), created_at: editor.now, reverted_at: null }).execute();
  return id;
}

export async function mergePeople(db: Db, survivorQuery: string, mergedQuery: string, editor: Editor): Promise<ActionResult> {
  return db.transaction().execute(async (trx) => {
    const survivor = await findPerson(trx, survivorQuery);
    const merged = await findPerson(trx, mergedQuery);
    if (survivor.id === merged.id) throw new AppError("BAD_INPUT", `"${survivorQuery}" and "${mergedQuery}" are already one person (${survivor.id})`);
    await updateEntity(trx, merged.id, { mergedInto: survivor.id });
    const actionId = await record(trx, editor, { action: "merge", survivor: survivor.id, merged: merged.id });
    await recordChangeEvents(trx, [{ kind: "people-merged", entityId: survivor.id, claimId: null, sourceId: null, payload: { merged: merged.id, actionId } }], editor.now);
    return { actionId, action: "merge", summary: `${merged.name} (${merged.id}) merged into ${survivor.name} (${survivor.id})` };
  });
}

export async function addPersonAlias(db: Db, personQuery: string, name: string, editor: Editor): Promise<ActionResult> {
  return db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, personQuery);
    const added = await addAlias(trx, { entityId: person.id, name, key: nameKey(name), origin: "editor", sourceId: null }, editor.now);
    if (!added) {
      const existing = (await trx.selectFrom("alias").select(["removed_at"]).where("entity_id", "=", person.id).where("name", "=", name).executeTakeFirst());
      if (existing?.removed_at) await restoreAlias(trx, person.id, name);
      else throw new AppError("BAD_INPUT", `${person.name} already has the alias "${name}"`);
    }
    // A Hangul spelling is the strongest evidence of who someone is: it becomes the person's Hangul name.
    const setHangul = isHangul(name) && !person.hangul;
    if (setHangul) await updateEntity(trx, person.id, { hangul: name.trim() });
    const actionId = await record(trx, editor, { action: "alias-add", entity: person.id, name, ...(setHangul ? { setHangul } : {}) });
    await recordChangeEvents(trx, [{ kind: "alias-added", entityId: person.id, claimId: null, sourceId: null, payload: { name, actionId } }], editor.now);
    return { actionId, action: "alias-add", summary: `"${name}" added to ${person.name} (${person.id})` };
  });
}

export async function removePersonAlias(db: Db, personQuery: string, name: string, editor: Editor): Promise<ActionResult> {
  return db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, personQuery);
    const removed = await removeAlias(trx, person.id, name, editor.now);
    if (removed === 0) throw new AppError("BAD_INPUT", `${person.name} has no alias "${name}"`);
    const actionId = await record(trx, editor, { action: "alias-remove", entity: person.id, name });
    await recordChangeEvents(trx, [{ kind: "alias-removed", entityId: person.id, claimId: null, sourceId: null, payload: { name, actionId } }], editor.now);
    return { actionId, action: "alias-remove", summary: `"${name}" removed from ${person.name} (${person.id})` };
  });
}

/**
 * Splits a wrongly joined person: the credits on one title, and what the same sources say about the
 * person, move to a new person of the given name. The old claims are retracted, not deleted.
 */
export async function splitPerson(db: Db, personQuery: string, options: { titleId: string; name: string }, editor: Editor): Promise<ActionResult> {
  return db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, personQuery);
    const credits = [
      ...(await trx.selectFrom("claim").selectAll().where("value_entity_id", "=", person.id).where("subject_id", "=", options.titleId).where("retracted_at", "is", null).execute()),
      // Datasets' credits (facts of their source, migration 0020): the fact is retracted and its copy is a claim.
      ...(await listFactRowsNaming(trx, [person.id], options.titleId)),
    ];
    if (credits.length === 0) throw new AppError("BAD_INPUT", `${person.name} has no credits on ${options.titleId} to split off`);
    const sourceIds = [...new Set(credits.map((c) => c.source_id))];
    const about = await trx.selectFrom("claim").selectAll().where("subject_id", "=", person.id).where("source_id", "in", sourceIds).where("retracted_at", "is", null).execute();
    const fresh = await createEntity(trx, { kind: "person", name: options.name }, editor.now);
    await addAlias(trx, { entityId: fresh.id, name: options.name, key: nameKey(options.name), origin: "editor", sourceId: null }, editor.now);
    const retracted: string[] = [];
    const created: string[] = [];
    for (const row of [...credits, ...about]) {
      const copy = {
        ...row,
        id: newId("clm"),
        subject_id: row.subject_id === person.id ? fresh.id : row.subject_id,
        value_entity_id: row.value_entity_id === person.id ? fresh.id : row.value_entity_id,
        value_json: row.value_entity_id === person.id ? stableJson({ type: "entity", entityId: fresh.id }) : row.value_json,
        value_key: row.value_entity_id === person.id ? fresh.id : row.value_key,
        made_by_kind: "editor",
        made_by: editor.actor,
        made_by_version: "split",
        recorded_at: editor.now,
        fingerprint: `${row.fingerprint}:split:${fresh.id}`,
      };
      if (parseFactId(row.id)) await setFactsRetracted(trx, [row.id], editor.now);
      else await trx.updateTable("claim").set({ retracted_at: editor.now }).where("id", "=", row.id).execute();
      await trx.insertInto("claim").values(copy).execute();
      retracted.push(row.id);
      created.push(copy.id);
    }
    const actionId = await record(trx, editor, { action: "split", from: person.id, to: fresh.id, retracted, created });
    await recordChangeEvents(trx, [{ kind: "person-split", entityId: fresh.id, claimId: null, sourceId: null, payload: { from: person.id, actionId } }], editor.now);
    return { actionId, action: "split", summary: `${created.length} claims moved from ${person.name} (${person.id}) to ${fresh.name} (${fresh.id})` };
  });
}

/** Reverses a recorded action; the action stays in the log, marked reverted. */
export async function undoAction(db: Db, actionId: string, editor: Editor): Promise<ActionResult> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom("editor_action").selectAll().where("id", "=", actionId).executeTakeFirst();
    if (!row) throw new AppError("UNKNOWN_ENTITY", `no editor action ${actionId}`);
    if (row.reverted_at) throw new AppError("BAD_INPUT", `action ${actionId} was already undone on ${row.reverted_at}`);
    const payload = parseColumn(payloadSchema, row.payload_json, `editor action ${row.id}`, "payload_json");
    switch (payload.action) {
      case "undo":
        throw new AppError("BAD_INPUT", `action ${actionId} is itself an undo; repeat the original action instead`);
      case "merge":
        await updateEntity(trx, payload.merged, { mergedInto: null });
        break;
      case "alias-add":
        await removeAlias(trx, payload.entity, payload.name, editor.now);
        if (payload.setHangul) await updateEntity(trx, payload.entity, { hangul: null });
        break;
      case "alias-remove":
        await restoreAlias(trx, payload.entity, payload.name);
        break;
      case "split":
        if (payload.created.length) await trx.updateTable("claim").set({ retracted_at: editor.now }).where("id", "in", payload.created).execute();
        {
          const facts = payload.retracted.filter((id) => parseFactId(id));
          const claims = payload.retracted.filter((id) => !parseFactId(id));
          if (claims.length) await trx.updateTable("claim").set({ retracted_at: null }).where("id", "in", claims).execute();
          await setFactsRetracted(trx, facts, null);
        }
        await updateEntity(trx, payload.to, { mergedInto: payload.from });
        break;
    }
    await trx.updateTable("editor_action").set({ reverted_at: editor.now }).where("id", "=", actionId).execute();
    const undoId = await record(trx, editor, { action: "undo", of: actionId });
    await recordChangeEvents(trx, [{ kind: "editor-undo", entityId: null, claimId: null, sourceId: null, payload: { of: actionId, action: payload.action } }], editor.now);
    return { actionId: undoId, action: `undo ${payload.action}`, summary: `undid ${payload.action} ${actionId}` };
  });
}

export async function describePerson(db: Db, query: string) {
  const person = await findPerson(db, query);
  const merged = await db.selectFrom("entity").select(["id"]).where("merged_into", "=", person.id).execute();
  const ids = [person.id, ...merged.map((m) => m.id)];
  const aliases = await listAliases(db, ids);
  const credits = await db
    .selectFrom("claim")
    .innerJoin("entity", "entity.id", "claim.subject_id")
    .select(["claim.id", "entity.id as titleId", "entity.name as title", "claim.property", "claim.qualifiers_json"])
    .where("claim.value_entity_id", "in", ids)
    .where("claim.property", "in", ["cast-member", "crew-member"])
    .where("claim.retracted_at", "is", null)
    .execute();
  // Datasets' credits, facts of their source (migration 0020).
  credits.push(
    ...(await db
      .selectFrom("dataset_fact")
      .innerJoin("entity", "entity.id", "dataset_fact.subject_id")
      .select(["dataset_fact.source_id as id", "entity.id as titleId", "entity.name as title", "dataset_fact.property", sql<string>`coalesce(dataset_fact.qualifiers_json, '{}')`.as("qualifiers_json")])
      .where("dataset_fact.value_entity_id", "in", ids)
      .where("dataset_fact.retracted_at", "is", null)
      .execute()),
  );
  const actions = await db.selectFrom("editor_action").selectAll().where("payload_json", "like", `%${person.id}%`).orderBy("created_at").execute();
  return {
    id: person.id,
    name: person.name,
    hangul: person.hangul,
    // A dataset's id is listed with the spellings, as when ids were aliases (migration 0021).
    aliases: [...new Set([...aliases.map((a) => a.name), ...(await listDatasetIds(db, ids)).map((d) => d.key)])].sort(),
    mergedFrom: merged.map((m) => m.id),
    credits: [
      ...new Map(
        credits.map((c) => {
          const job = qualifiersFromJson(c.qualifiers_json, c.id).job;
          return [`${c.titleId}|${c.property}|${job ?? ""}`, { titleId: c.titleId, title: c.title, credit: c.property === "cast-member" ? "cast" : job ?? "crew" }];
        }),
      ).values(),
    ],
    actions: actions.map((a) => ({ id: a.id, action: a.action, actor: a.actor, reason: a.reason, at: a.created_at, reverted: a.reverted_at })),
  };
}
