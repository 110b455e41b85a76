import { createChangeLog, storeVersionReader, type ChangeLog } from "../claims/change-event.repository.ts";
import type { Entity } from "../domain/entity.ts";
import type { Db } from "../storage/db.ts";
import { loadTitleCard } from "./get-title-card.ts";
import { readStoredCard, readStoredPage, type StoredCard, type StoredPage } from "./stored-card.repository.ts";
import type { TitleCard } from "./title-card.schema.ts";

export interface CachedCard {
  /** The card (a stored card's JSON is parsed when this is first read: the API sends the JSON as stored). */
  readonly card: TitleCard;
  /** The entities the card was read from: a write that touches none of them leaves it true. */
  dependsOn: ReadonlySet<string>;
  /** The store's version the card is known to be true at. */
  version: number;
  /** A memo for what is made from the card (its JSON, its page), kept as long as the card. */
  memo: (kind: string, make: () => string | Promise<string>) => Promise<string>;
  /** The card's JSON compressed with Brotli when it was stored (`finishCard`); absent for a card built here. */
  brotli?: Uint8Array;
  /** The stored card this is (its JSON's ETag and day), for a page made from it to be stored beside it; absent for a card built here. */
  stored?: { etag: string; day: string };
}

interface Entry {
  version: number;
  card: TitleCard | undefined;
  dependsOn: ReadonlySet<string>;
  rendered: Map<string, string>;
  brotli?: Uint8Array;
  stored?: { etag: string; day: string };
}

/**
 * Built cards kept until a write touches what they were read from. Every write (ingest, import,
 * editors' changes) records change events, and the newest event's position is the store's version:
 * one indexed read says whether anything changed, and the change log (`createChangeLog`) says
 * whether it was any of a card's entities.
 *
 * A card not kept here is read from the store when the notification pass stored it (migration
 * 0022) for today, and nothing since the pass's cursor touched it; only otherwise is it built.
 */
export function createCardCache(db: Db, capacity = 500, version: () => Promise<number> = storeVersionReader(db), changes: ChangeLog = createChangeLog(db)) {
  const cards = new Map<string, Entry>();

  /** Whether a stored card is today's and still true at `current`. */
  const isTrue = async (row: { day: string; cursor: number; dependsOn: string[] }, today: string, current: number): Promise<boolean> => {
    if (row.day !== today) return false;
    // The pass drops a stored card in the transaction that moves its cursor past a write touching
    // it: the card is true at the cursor, and the change log says whether a write since touched it.
    return row.cursor >= current || (await changes.unchanged(row.cursor, current, row.dependsOn));
  };
  /** The stored card, if it is today's and still true at `current`. */
  const storedTrue = async (titleId: string, today: string, current: number): Promise<StoredCard | undefined> => {
    let row: StoredCard | undefined;
    try {
      row = await readStoredCard(db, titleId);
    } catch {
      // A store the read fails on builds the card instead, which reports a failing store itself.
      return undefined;
    }
    return row && (await isTrue(row, today, current)) ? row : undefined;
  };
  const stored = async (title: Entity, today: string, current: number): Promise<Entry | undefined> => {
    const row = await storedTrue(title.id, today, current);
    return row && { version: current, card: undefined, dependsOn: new Set(row.dependsOn), rendered: new Map([["json", row.json()], ["json-etag", row.etag]]), brotli: row.brotli, stored: { etag: row.etag, day: row.day } };
  };

  return {
    /**
     * A title's card as the pass stored it, finished, when it is true now and for today; none
     * otherwise. For answers made before the app (`http/stored-card-answers.ts`); nothing is kept.
     */
    async stored(titleId: string, today: string): Promise<StoredCard | undefined> {
      return storedTrue(titleId, today, await version());
    },
    /**
     * A title's page stored for this variant (`http/stored-card-answers.ts`), when it was made from
     * the stored card as it is now: that card true now and for today, and the page made from it
     * (its ETag) for today. None otherwise, and none when the store cannot be read.
     */
    async storedPage(titleId: string, variant: string, today: string): Promise<StoredPage | undefined> {
      const current = await version();
      const row = await readStoredPage(db, titleId, variant).catch(() => undefined);
      if (!row || row.page.cardEtag !== row.etag || row.page.day !== today) return undefined;
      return (await isTrue(row, today, current)) ? row.page : undefined;
    },
    async get(title: Entity, options: { asOf: string | null; today: string }): Promise<CachedCard> {
      const key = `${title.id}|${options.asOf ?? ""}|${options.today}`;
      const current = await version();
      let entry = cards.get(key);
      if (entry && entry.version !== current && (await changes.unchanged(entry.version, current, entry.dependsOn))) entry.version = Math.max(entry.version, current);
      if (!entry || entry.version !== current) {
        entry = options.asOf === null ? await stored(title, options.today, current) : undefined;
        if (!entry) {
          const loaded = await loadTitleCard(db, title, options);
          entry = { version: current, card: loaded.card, dependsOn: loaded.dependsOn, rendered: new Map() };
        }
        cards.delete(key);
        cards.set(key, entry);
        if (cards.size > capacity) cards.delete(cards.keys().next().value!);
      }
      const hit = entry;
      return {
        get card() {
          return (hit.card ??= JSON.parse(hit.rendered.get("json")!) as TitleCard);
        },
        dependsOn: hit.dependsOn,
        version: hit.version,
        memo: async (kind, make) => {
          let text = hit.rendered.get(kind);
          if (text === undefined) {
            text = await make();
            hit.rendered.set(kind, text);
          }
          return text;
        },
        ...(hit.brotli ? { brotli: hit.brotli } : {}),
        ...(hit.stored ? { stored: hit.stored } : {}),
      };
    },
  };
}
