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
    await db.deleteFrom("title_page").execute();
    await db.deleteFrom("title_card_dep").execute();
    await db.deleteFrom("title_card").execute();
    return;
  }
  const ids = [...touched.ids];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const chunk = ids.slice(i, i + IDS_PER_STATEMENT);
    // The cards' pages and the cards, then every dependency row of theirs (found again by the same entities).
    await db.deleteFrom("title_page").where("title_id", "in", db.selectFrom("title_card_dep").select("title_id").where("entity_id", "in", chunk)).execute();
    await db.deleteFrom("title_card").where("title_id", "in", db.selectFrom("title_card_dep").select("title_id").where("entity_id", "in", chunk)).execute();
    await db.deleteFrom("title_card_dep").where("title_id", "in", db.selectFrom("title_card_dep as d").select("d.title_id").where("d.entity_id", "in", chunk)).execute();
  }
}

/** Stores (or replaces) titles' cards with the entities each was read from. */
export async function storeTitleCards(db: Db, cards: NewStoredCard[]): Promise<void> {
  for (let i = 0; i < cards.length; i += CARDS_PER_STATEMENT) {
    const chunk = cards.slice(i, i + CARDS_PER_STATEMENT);
    await db.deleteFrom("title_card_dep").where("title_id", "in", chunk.map((c) => c.titleId)).execute();
    // The pages made from the cards replaced (a page of the same card would still be true, but a card
    // stored again is most often another day's or changed).
    await db.deleteFrom("title_page").where("title_id", "in", chunk.map((c) => c.titleId)).execute();
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

/** A title's page as the app sent it, made from a stored card (migration 0023). */
export interface StoredPage {
  /** What the request chose: the reader's locale, the page's origin and the encoding. */
  variant: string;
  /** The ETag of the stored card it was made from. */
  cardEtag: string;
  day: string;
  /** The ETag sent with it. */
  etag: string;
  /** The bytes sent. */
  body: Uint8Array;
}

/** A stored card's validity (as `StoredCard`) with a page made from it, when one was stored for this variant. */
export interface StoredCardPage {
  day: string;
  etag: string;
  dependsOn: string[];
  cursor: number;
  page: StoredPage;
}

const compiledPageReads = new WeakMap<Db, { query: CompiledQuery; titleAt: number }>();

/** The read of a page with its card's validity: compiled once per store, its two parameters swapped per request. */
function compiledPageRead(db: Db): { query: CompiledQuery; titleAt: number } {
  let compiled = compiledPageReads.get(db);
  if (!compiled) {
    const query = db
      .selectFrom("title_card")
      .innerJoin("title_page", (join) => join.onRef("title_page.title_id", "=", "title_card.title_id").on("title_page.variant", "=", "\u0000variant"))
      .select(["title_card.day", "title_card.etag", "title_card.depends_on_json", "title_page.card_etag as page_card_etag", "title_page.day as page_day", "title_page.etag as page_etag", "title_page.body"])
      .select((eb) => eb.selectFrom("notify_cursor").select("seq").where("name", "=", sql.lit(NOTIFICATION_CURSOR)).as("cursor"))
      .where("title_card.title_id", "=", "\u0000title")
      .compile();
    const titleAt = query.parameters.indexOf("\u0000title");
    if (query.parameters.length !== 2 || titleAt < 0 || !query.parameters.includes("\u0000variant")) throw new Error("the stored page's read must have the title id and the variant as its parameters");
    compiled = { query, titleAt };
    compiledPageReads.set(db, compiled);
  }
  return compiled;
}

/** A title's stored card's validity and its page for this variant, in one read by primary keys; none without both. */
export async function readStoredPage(db: Db, titleId: string, variant: string): Promise<StoredCardPage | undefined> {
  const { query, titleAt } = compiledPageRead(db);
  const parameters = titleAt === 0 ? [titleId, variant] : [variant, titleId];
  const { rows } = await db.executeQuery<{ day: string; etag: string; depends_on_json: string; page_card_etag: string; page_day: string; page_etag: string; body: Uint8Array; cursor: number | string | null }>({ ...query, parameters });
  const row = rows[0];
  if (!row) return undefined;
  return {
    day: row.day,
    etag: row.etag,
    dependsOn: JSON.parse(row.depends_on_json) as string[],
    cursor: Number(row.cursor ?? -1),
    page: { variant, cardEtag: row.page_card_etag, day: row.page_day, etag: row.page_etag, body: row.body },
  };
}

/** Pages per statement: 6 parameters a row. */
const PAGES_PER_STATEMENT = 100;

/** Stores (or replaces) titles' pages. */
export async function storeTitlePages(db: Db, pages: (StoredPage & { titleId: string })[]): Promise<void> {
  for (let i = 0; i < pages.length; i += PAGES_PER_STATEMENT) {
    const rows = pages.slice(i, i + PAGES_PER_STATEMENT).map((p) => ({ title_id: p.titleId, variant: p.variant, card_etag: p.cardEtag, day: p.day, etag: p.etag, body: p.body }));
    await db
      .insertInto("title_page")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["title_id", "variant"]).doUpdateSet((eb) => ({
          card_etag: eb.ref("excluded.card_etag"),
          day: eb.ref("excluded.day"),
          etag: eb.ref("excluded.etag"),
          body: eb.ref("excluded.body"),
        })),
      )
      .execute();
  }
}
