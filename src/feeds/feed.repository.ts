import { sql } from "kysely";
import type { Db } from "../storage/db.ts";
import type { FeedItemTable, FeedTable } from "../storage/database.ts";
import { newId } from "../storage/ids.ts";

/** Followed feeds and the items seen in them (migration 0010). */
export type FeedStatus = "active" | "paused";
export type Feed = FeedTable;
export type FeedItem = FeedItemTable;

export async function insertFeed(db: Db, feed: { url: string; name: string | null; everySeconds: number | null }, now: string): Promise<{ feed: Feed; created: boolean }> {
  const row: Feed = {
    id: newId("feed"),
    url: feed.url,
    feed_url: null,
    name: feed.name,
    format: null,
    every_seconds: feed.everySeconds,
    status: "active",
    created_at: now,
    etag: null,
    last_modified: null,
    next_read_at: now,
    last_read_at: null,
    last_success_at: null,
    last_change_at: null,
    last_error_at: null,
    last_error_code: null,
    last_error_reason: null,
    consecutive_failures: 0,
    items_read: 0,
    articles_added: 0,
    claims_added: 0,
  };
  const result = await db.insertInto("feed").values(row).onConflict((oc) => oc.column("url").doNothing()).executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) return { feed: row, created: true };
  return { feed: (await db.selectFrom("feed").selectAll().where("url", "=", feed.url).executeTakeFirstOrThrow()) as Feed, created: false };
}

/** A feed by id, by the address it was added with, or by its name. */
export async function findFeed(db: Db, ref: string): Promise<Feed | undefined> {
  return (await db
    .selectFrom("feed")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", ref), eb("url", "=", ref), eb("name", "=", ref)]))
    .orderBy("created_at")
    .executeTakeFirst()) as Feed | undefined;
}

export async function listFeeds(db: Db): Promise<Feed[]> {
  return (await db.selectFrom("feed").selectAll().orderBy("created_at").orderBy("id").execute()) as Feed[];
}

export async function deleteFeed(db: Db, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("feed_item").where("feed_id", "=", id).execute();
    const result = await trx.deleteFrom("feed").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

export async function setFeedStatus(db: Db, id: string, status: FeedStatus, now: string): Promise<void> {
  // Resuming reads at once: a paused feed has missed its turns.
  await db.updateTable("feed").set(status === "active" ? { status, next_read_at: now } : { status }).where("id", "=", id).execute();
}

export async function dueFeeds(db: Db, now: string): Promise<Feed[]> {
  return (await db.selectFrom("feed").selectAll().where("status", "=", "active").where("next_read_at", "<=", now).orderBy("next_read_at").execute()) as Feed[];
}

export async function updateFeed(db: Db, id: string, changes: Partial<Omit<Feed, "id" | "url" | "created_at">>): Promise<void> {
  await db.updateTable("feed").set(changes).where("id", "=", id).execute();
}

/** Adds to a feed's counters (items read, articles and claims added). */
export async function addToFeedCounts(db: Db, id: string, counts: { items: number; articles: number; claims: number }): Promise<void> {
  await db
    .updateTable("feed")
    .set({
      items_read: sql<number>`items_read + ${counts.items}`,
      articles_added: sql<number>`articles_added + ${counts.articles}`,
      claims_added: sql<number>`claims_added + ${counts.claims}`,
    })
    .where("id", "=", id)
    .execute();
}

export async function findFeedItem(db: Db, feedId: string, itemKey: string): Promise<FeedItem | undefined> {
  return (await db.selectFrom("feed_item").selectAll().where("feed_id", "=", feedId).where("item_key", "=", itemKey).executeTakeFirst()) as FeedItem | undefined;
}

export async function getFeedItem(db: Db, id: string): Promise<FeedItem | undefined> {
  return (await db.selectFrom("feed_item").selectAll().where("id", "=", id).executeTakeFirst()) as FeedItem | undefined;
}

/** Records an item seen for the first time, queued to be read; none when another node recorded it first. */
export async function insertFeedItem(db: Db, item: { feedId: string; itemKey: string; link: string; published: string | null; updated: string | null }, now: string): Promise<FeedItem | undefined> {
  const row: FeedItem = {
    id: newId("fitem"),
    feed_id: item.feedId,
    item_key: item.itemKey,
    link: item.link,
    published: item.published,
    updated: item.updated,
    status: "queued",
    source_id: null,
    content_hash: null,
    error_code: null,
    error_reason: null,
    first_seen_at: now,
    read_at: null,
  };
  const result = await db.insertInto("feed_item").values(row).onConflict((oc) => oc.columns(["feed_id", "item_key"]).doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 ? row : undefined;
}

export async function updateFeedItem(db: Db, id: string, changes: Partial<Omit<FeedItem, "id" | "feed_id" | "item_key">>, onlyIfStatus?: string): Promise<boolean> {
  let query = db.updateTable("feed_item").set(changes).where("id", "=", id);
  if (onlyIfStatus) query = query.where("status", "=", onlyIfStatus);
  return Number((await query.executeTakeFirst()).numUpdatedRows) > 0;
}

/** Whether any feed's item has already been read from this address (or into this source). */
export async function itemReadElsewhere(db: Db, link: string, exceptId: string): Promise<boolean> {
  const row = await db.selectFrom("feed_item").select("id").where("link", "=", link).where("status", "=", "read").where("id", "!=", exceptId).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function sourceClaimedByItem(db: Db, sourceId: string, exceptId: string): Promise<boolean> {
  const row = await db.selectFrom("feed_item").select("id").where("source_id", "=", sourceId).where("id", "!=", exceptId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The newest item errors of a feed (refusals and unreadable pages), for health. */
export async function recentItemErrors(db: Db, feedId: string, limit = 5): Promise<FeedItem[]> {
  return (await db
    .selectFrom("feed_item")
    .selectAll()
    .where("feed_id", "=", feedId)
    .where("status", "=", "failed")
    .orderBy("read_at", "desc")
    .limit(limit)
    .execute()) as FeedItem[];
}

export async function countFeedItems(db: Db, feedId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom("feed_item").select(["status", (eb) => eb.fn.countAll<number>().as("n")]).where("feed_id", "=", feedId).groupBy("status").execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
