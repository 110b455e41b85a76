import { z } from "zod";
import { parseColumn } from "../storage/codecs.ts";
import type { Db } from "../storage/db.ts";

const payloadSchema = z.record(z.string(), z.unknown());
import { newId, stableJson } from "../storage/ids.ts";

export interface NewChangeEvent {
  kind: string;
  entityId: string | null;
  claimId: string | null;
  sourceId: string | null;
  payload: Record<string, unknown>;
}

export interface ChangeEvent extends NewChangeEvent {
  seq: number;
  id: string;
  createdAt: string;
}

/** Called inside the transaction that writes the claims, so an event exists exactly when its cause does. */
export async function recordChangeEvents(db: Db, events: NewChangeEvent[], createdAt: string): Promise<void> {
  for (let i = 0; i < events.length; i += 200) {
    await db
      .insertInto("change_event")
      .values(
        events.slice(i, i + 200).map((event) => ({
          id: newId("evt"),
          kind: event.kind,
          entity_id: event.entityId,
          claim_id: event.claimId,
          source_id: event.sourceId,
          payload_json: stableJson(event.payload),
          created_at: createdAt,
        })),
      )
      .execute();
  }
}

export async function listChangeEvents(db: Db, options: { afterSeq?: number; entityId?: string; limit?: number } = {}): Promise<ChangeEvent[]> {
  let query = db.selectFrom("change_event").selectAll().orderBy("seq").limit(options.limit ?? 100);
  if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
  if (options.entityId !== undefined) query = query.where("entity_id", "=", options.entityId);
  const rows = await query.execute();
  return rows.map((row) => ({
    seq: Number(row.seq),
    id: row.id,
    kind: row.kind,
    entityId: row.entity_id,
    claimId: row.claim_id,
    sourceId: row.source_id,
    payload: parseColumn(payloadSchema, row.payload_json, `change event ${row.id}`, "payload_json"),
    createdAt: row.created_at,
  }));
}

/**
 * The store's version: the newest change event's position. Every write records a change event in its
 * transaction, so anything read from the store stays true while this number stays put. Compiled once:
 * caches ask it on every request, and building the query each time cost more than running it.
 */
export function storeVersionReader(db: Db, commitCounter?: () => number): () => Promise<number> {
  const query = db.selectFrom("change_event").select((eb) => eb.fn.max("seq").as("v")).compile();
  // Requests that arrive together share one read: a write that commits after it was asked is
  // seen by every request that arrives after that write's own answer was sent.
  let pending: Promise<number> | undefined;
  const read = () =>
    (pending ??= db.executeQuery(query).then(
      ({ rows }) => {
        pending = undefined;
        return Number(rows[0]?.v ?? 0);
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  if (!commitCounter) return read;
  // Where the store counts commits cheaply, the newest event is read again only after a commit
  // (of anything: a job's lease, a session): most requests between writes then cost one counter read.
  let known: { commits: number; version: Promise<number> } | undefined;
  return () => {
    const commits = commitCounter();
    if (known?.commits !== commits) {
      const version = read();
      known = { commits, version };
      version.catch(() => (known = undefined));
    }
    return known.version;
  };
}

/**
 * What the writes between two versions of the store touched, for caches that keep an answer about a
 * few entities (a title's card: the title, its people, the titles they are known for) across writes
 * about others. An entity counts as touched when an event names it: as the event's own entity (an
 * article's title, a batch's subject, an entity the resolver renamed or gave a spelling, an editor's
 * person), as the subject or value of the claim the event records, if it records one, or as an id
 * in its payload (the person an article's claim is about, the one merged away or split from). An
 * event without an entity of its own (an editor's undo) changes everything. A write that changes
 * what a card shows therefore records an event naming what it changed (see the resolver's
 * `touched`, and the derived figures of the Netflix Top 10).
 */
export interface ChangeLog {
  /** True when no write after `since`, up to `now`, touched any of `entityIds`. */
  unchanged(since: number, now: number, entityIds: Iterable<string>): Promise<boolean>;
}

/** Events read in one catch-up; past it (a large import's commit) every kept answer is dropped instead. */
const EVENTS_PER_CATCH_UP = 20_000;
/** Entities remembered; past it the log starts again from the newest version and older answers go. */
const TRACKED_ENTITIES = 200_000;
const entityIdIn = /^[a-z]{3}_[0-9a-z]+$/;

export function createChangeLog(db: Db): ChangeLog {
  // Answers kept at a version before `floor` are not judged: what changed before it is forgotten.
  let floor = -1;
  let top = -1;
  let everything = -1;
  const lastChange = new Map<string, number>();
  let reading: Promise<void> | undefined;

  const restart = (version: number) => {
    lastChange.clear();
    floor = top = everything = version;
  };
  const read = async (now: number) => {
    const rows = await eventsBetween(db, top, now, EVENTS_PER_CATCH_UP + 1);
    if (rows.length > EVENTS_PER_CATCH_UP) return restart(now);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (!row.entity_id) everything = seq;
      for (const id of namedBy(row)) lastChange.set(id, seq);
    }
    top = now;
    if (lastChange.size > TRACKED_ENTITIES) restart(now);
  };
  const catchUp = async (since: number, now: number) => {
    // The first question sets where the log starts: what changed after `since` is read, not guessed.
    if (top < 0) restart(since);
    while (top < now) {
      // Requests that find the version moved together share one read of what moved it.
      reading ??= read(now).finally(() => (reading = undefined));
      await reading;
    }
  };
  return {
    async unchanged(since, now, entityIds) {
      if (since === now) return true;
      try {
        await catchUp(since, now);
      } catch {
        // The events could not be read: the answer is made again (which reports a failing store itself).
        return false;
      }
      if (since < floor || since < everything) return false;
      for (const id of entityIds) if ((lastChange.get(id) ?? -1) > since) return false;
      return true;
    },
  };
}

/** The events after `since`, up to `now`, with what each names (its entity, its claim's subject and value, its payload). */
function eventsBetween(db: Db, since: number, now: number, limit: number) {
  return db
    .selectFrom("change_event as e")
    .leftJoin("claim as c", "c.id", "e.claim_id")
    .select(["e.seq", "e.entity_id", "e.payload_json", "c.subject_id", "c.value_entity_id"])
    .where("e.seq", ">", since)
    .where("e.seq", "<=", now)
    .orderBy("e.seq")
    .limit(limit)
    .execute();
}

/** Every entity an event counts as touching (see `ChangeLog`). */
function namedBy(row: { entity_id: string | null; subject_id: string | null; value_entity_id: string | null; payload_json: string }): string[] {
  return [row.entity_id, row.subject_id, row.value_entity_id, ...idsInPayload(row.payload_json)].filter((id): id is string => !!id);
}

/**
 * What the writes after `since`, up to `now`, touched, judged as `ChangeLog` judges it: the
 * entities named, or everything when an event names no entity of its own (an editor's undo). For a
 * writer of stored answers (the notification pass and its stored cards) to drop those a batch of
 * events made untrue, in the transaction that records having seen the batch.
 */
export async function entitiesTouched(db: Db, since: number, now: number): Promise<{ everything: boolean; ids: Set<string> }> {
  const ids = new Set<string>();
  let everything = false;
  for (let after = since; after < now; ) {
    const rows = await eventsBetween(db, after, now, EVENTS_PER_CATCH_UP);
    if (rows.length === 0) break;
    for (const row of rows) {
      if (!row.entity_id) everything = true;
      for (const id of namedBy(row)) ids.add(id);
    }
    after = Number(rows.at(-1)!.seq);
  }
  return { everything, ids };
}

/** The ids an event's payload holds as values ({"subjectId": …}, {"merged": …}, {"from": …}; other kinds' ids, such as an action's, are held too, and harmless). */
function idsInPayload(json: string): string[] {
  if (!json.includes("_")) return [];
  const payload = JSON.parse(json) as Record<string, unknown>;
  return Object.values(payload).filter((value): value is string => typeof value === "string" && entityIdIn.test(value));
}
