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
