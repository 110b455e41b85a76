import { createChangeLog, storeVersionReader, type ChangeLog } from "../claims/change-event.repository.ts";
import type { Entity } from "../domain/entity.ts";
import type { Db } from "../storage/db.ts";
import { loadTitleCard } from "./get-title-card.ts";
import type { TitleCard } from "./title-card.schema.ts";

export interface CachedCard {
  card: TitleCard;
  /** The entities the card was read from: a write that touches none of them leaves it true. */
  dependsOn: ReadonlySet<string>;
  /** The store's version the card is known to be true at. */
  version: number;
  /** A memo for what is made from the card (its JSON, its page), kept as long as the card. */
  memo: (kind: string, make: () => string | Promise<string>) => Promise<string>;
}

/**
 * Built cards kept until a write touches what they were read from. Every write (ingest, import,
 * editors' changes) records change events, and the newest event's position is the store's version:
 * one indexed read says whether anything changed, and the change log (`createChangeLog`) says
 * whether it was any of a card's entities.
 */
export function createCardCache(db: Db, capacity = 500, version: () => Promise<number> = storeVersionReader(db), changes: ChangeLog = createChangeLog(db)) {
  const cards = new Map<string, { version: number; card: TitleCard; dependsOn: ReadonlySet<string>; rendered: Map<string, string> }>();
  return {
    async get(title: Entity, options: { asOf: string | null; today: string }): Promise<CachedCard> {
      const key = `${title.id}|${options.asOf ?? ""}|${options.today}`;
      const current = await version();
      let entry = cards.get(key);
      if (entry && entry.version !== current && (await changes.unchanged(entry.version, current, entry.dependsOn))) entry.version = Math.max(entry.version, current);
      if (!entry || entry.version !== current) {
        const loaded = await loadTitleCard(db, title, options);
        entry = { version: current, card: loaded.card, dependsOn: loaded.dependsOn, rendered: new Map() };
        cards.delete(key);
        cards.set(key, entry);
        if (cards.size > capacity) cards.delete(cards.keys().next().value!);
      }
      const hit = entry;
      return {
        card: hit.card,
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
      };
    },
  };
}
