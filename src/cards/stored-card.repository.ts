import zlib from "node:zlib";
import type { CompiledQuery } from "kysely";
import { sql } from "kysely";
import type { Db } from "../storage/db.ts";
import type { FinishedCard } from "./finished-card.ts";

/**
 * The notification pass's cursor: stored cards are written, and dropped when a write touches them,
 * by the pass in the transaction that moves it, so a stored card is true at least up to it.
 */
export const NOTIFICATION_CURSOR = "notifications";

export interface StoredCard {
  titleId: string;
  /** The day the card was built for. */
  day: string;
  /** The store version it was built at. */
  eventSeq: number;
  dependsOn: string[];
  /** The card's JSON, decompressed from its stored bytes when asked. */
  json(): string;
  /** Its length in bytes. */
  bytes: number;
  etag: string;
  brotli: Uint8Array;
  /**
   * The notification cursor, read in the same statement: no write up to it touched the card (the
   * pass drops a card when it passes a write that touches it), so the card is true there.
   */
  cursor: number;
}

export interface NewStoredCard {
  titleId: string;
  day: string;
  eventSeq: number;
  dependsOn: Iterable<string>;
  finished: FinishedCard;
}

// The read is compiled once per store and its one parameter swapped per request: a cold request
// spent about a twentieth of its time in Kysely building and compiling queries.
const compiledReads = new WeakMap<Db, CompiledQuery>();

function compiledRead(db: Db): CompiledQuery {
  let compiled = compiledReads.get(db);
  if (!compiled) {
    compiled = db
      .selectFrom("title_card")
      .select(["title_id", "day", "event_seq", "depends_on_json", "json_bytes", "etag", "card_br"])
      .select((eb) => eb.selectFrom("notify_cursor").select("seq").where("name", "=", sql.lit(NOTIFICATION_CURSOR)).as("cursor"))
      .where("title_id", "=", "")
      .compile();
    if (compiled.parameters.length !== 1) throw new Error("the stored card's read must have the title id as its only parameter");
    compiledReads.set(db, compiled);
  }
  return compiled;
}

/** A title's stored card with the notification cursor, in one read by the primary key; none if the pass has not stored one. */
export async function readStoredCard(db: Db, titleId: string): Promise<StoredCard | undefined> {
  const compiled = compiledRead(db);
  const { rows } = await db.executeQuery<{ title_id: string; day: string; event_seq: number | string; depends_on_json: string; json_bytes: number; etag: string; card_br: Uint8Array; cursor: number | string | null }>({ ...compiled, parameters: [titleId] });
  const row = rows[0];
  if (!row) return undefined;
  return {
    titleId: row.title_id,
    day: row.day,
    eventSeq: Number(row.event_seq),
    dependsOn: JSON.parse(row.depends_on_json) as string[],
    json: () => zlib.brotliDecompressSync(row.card_br).toString(),
    bytes: Number(row.json_bytes),
    etag: row.etag,
    brotli: row.card_br,
    cursor: Number(row.cursor ?? -1),
  };
}

/** Titles whose stored card was built for a day before `today`, at most `limit`. */
export async function titlesStoredBefore(db: Db, today: string, limit: number): Promise<string[]> {
  return (await db.selectFrom("title_card").select("title_id").where("day", "<", today).limit(limit).execute()).map((r) => r.title_id);
}

/** Cards per statement: 7 parameters a row. Dependencies: 2 a row. Ids in a list: 500. */
const CARDS_PER_STATEMENT = 200;
const DEPS_PER_STATEMENT = 1_000;
const IDS_PER_STATEMENT = 500;

/**
 * Drops the stored cards read from any of these entities (with their dependency rows), or every
 * stored card when a write touched everything. Called in the transaction that moves the notification
 * cursor past the writes that touched them.
 */
export async function dropStoredCards(db: Db, touched: { everything: boolean; ids: Iterable<string> }): Promise<void> {
  if (touched.everything) {
    await db.deleteFrom("title_card_dep").execute();
    await db.deleteFrom("title_card").execute();
    return;
  }
  const ids = [...touched.ids];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + IDS_PER_STATEMENT);
    // The cards first, then every dependency row of theirs (found again by the same entities).
    await db.deleteFrom("title_card").where("title_id", "in", db.selectFrom("title_card_dep").select("title_id").where("entity_id", "in", chunk)).execute();
    await db.deleteFrom("title_card_dep").where("title_id", "in", db.selectFrom("title_card_dep as d").select("d.title_id").where("d.entity_id", "in", chunk)).execute();
  }
}

/** Stores (or replaces) titles' cards with the entities each was read from. */
export async function storeTitleCards(db: Db, cards: NewStoredCard[]): Promise<void> {
  for (let i = 0; i < cards.length; i += CARDS_PER_STATEMENT) {
    const chunk = cards.slice(i, i + CARDS_PER_STATEMENT);
    await db.deleteFrom("title_card_dep").where("title_id", "in", chunk.map((c) => c.titleId)).execute();
    const rows = chunk.map((c) => ({ title_id: c.titleId, day: c.day, event_seq: c.eventSeq, depends_on_json: JSON.stringify([...c.dependsOn]), json_bytes: c.finished.bytes, etag: c.finished.etag, card_br: c.finished.brotli }));
    await db
      .insertInto("title_card")
      .values(rows)
      .onConflict((oc) =>
        oc.column("title_id").doUpdateSet((eb) => ({
          day: eb.ref("excluded.day"),
          event_seq: eb.ref("excluded.event_seq"),
          depends_on_json: eb.ref("excluded.depends_on_json"),
          json_bytes: eb.ref("excluded.json_bytes"),
          etag: eb.ref("excluded.etag"),
          card_br: eb.ref("excluded.card_br"),
        })),
      )
      .execute();
    const deps = chunk.flatMap((c) => [...new Set(c.dependsOn)].map((entityId) => ({ entity_id: entityId, title_id: c.titleId })));
    for (let j = 0; j < deps.length; j += DEPS_PER_STATEMENT) await db.insertInto("title_card_dep").values(deps.slice(j, j + DEPS_PER_STATEMENT)).execute();
  }
}
