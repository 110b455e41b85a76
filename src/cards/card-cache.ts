import { storeVersionReader } from "../claims/change-event.repository.ts";
import type { Entity } from "../domain/entity.ts";
import type { Db } from "../storage/db.ts";
import { getTitleCard } from "./get-title-card.ts";
import type { TitleCard } from "./title-card.schema.ts";

/**
 * Built cards kept until anything changes. Every write (ingest, import, editors' changes) records a
 * change event, so the newest event's position is the store's version: one indexed read decides
 * whether a cached card is still true.
 */
export function createCardCache(db: Db, capacity = 500, version: () => Promise<number> = storeVersionReader(db)) {
  const cards = new Map<string, { version: number; card: TitleCard; rendered: Map<string, string> }>();
  return {
    /** The card, and a memo for what is made from it (its JSON, its page), both dropped on any write. */
    async get(title: Entity, options: { asOf: string | null; today: string }): Promise<{ card: TitleCard; memo: (kind: string, make: () => string | Promise<string>) => Promise<string> }> {
      const key = `${title.id}|${options.asOf ?? ""}|${options.today}`;
      const current = await version();
      let entry = cards.get(key);
      if (!entry || entry.version !== current) {
        entry = { version: current, card: await getTitleCard(db, title, options), rendered: new Map() };
        cards.delete(key);
        cards.set(key, entry);
        if (cards.size > capacity) cards.delete(cards.keys().next().value!);
      }
      const hit = entry;
      return {
        card: hit.card,
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
