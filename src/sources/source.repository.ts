import type { NewSource, Source } from "../domain/claim.ts";
import type { Db } from "../storage/db.ts";
import { sourceFromRow } from "../storage/codecs.ts";
import { newId } from "../storage/ids.ts";

export async function findSourceByHash(db: Db, contentHash: string): Promise<Source | undefined> {
  const row = await db.selectFrom("source").selectAll().where("content_hash", "=", contentHash).executeTakeFirst();
  return row ? sourceFromRow(row) : undefined;
}

/** The newest version of the article at a URL, so that a changed article becomes its next version. */
export async function findLatestSourceByUrl(db: Db, url: string): Promise<Source | undefined> {
  const row = await db
    .selectFrom("source")
    .selectAll()
    .where("url", "=", url)
    .orderBy("retrieved_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row ? sourceFromRow(row) : undefined;
}

export async function insertSource(db: Db, source: NewSource): Promise<Source> {
  const id = newId("src");
  await db
    .insertInto("source")
    .values({
      id,
      kind: source.kind,
      title: source.title,
      outlet: source.outlet,
      url: source.url,
      author: source.author,
      published: source.published,
      published_inferred: source.publishedInferred,
      retrieved_at: source.retrievedAt,
      content_hash: source.contentHash,
      via: source.via,
      format: source.format,
      text: source.text,
      previous_version_id: source.previousVersionId,
    })
    .execute();
  return { ...source, id };
}

export async function getSource(db: Db, id: string): Promise<Source | undefined> {
  const row = await db.selectFrom("source").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? sourceFromRow(row) : undefined;
}

export async function listSources(db: Db, ids: string[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("source").selectAll().where("id", "in", ids).execute();
  return rows.map(sourceFromRow);
}

export async function countSources(db: Db): Promise<number> {
  const row = await db.selectFrom("source").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
