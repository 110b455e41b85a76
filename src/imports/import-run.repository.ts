import path from "node:path";
import { findSourceByHash, insertSource } from "../sources/source.repository.ts";
import type { Db } from "../storage/db.ts";
import type { DatasetImporter } from "./dataset.ts";

/** Where an import of one file stands: its source (the file, by content hash) and its run. */
export interface ImportRun {
  sourceId: string;
  status: "running" | "interrupted" | "failed" | "complete" | "none";
  rowsRead: number;
  rowsRejected: number;
}

export async function findImportRun(db: Db, contentHash: string): Promise<ImportRun | undefined> {
  const source = await findSourceByHash(db, contentHash);
  if (!source) return undefined;
  const run = await db.selectFrom("import_run").selectAll().where("source_id", "=", source.id).executeTakeFirst();
  return { sourceId: source.id, status: (run?.status as ImportRun["status"] | undefined) ?? "none", rowsRead: run?.rows_read ?? 0, rowsRejected: run?.rows_rejected ?? 0 };
}

/** The file as a source and its run, written once its header has been read. */
export async function startImportRun(db: Db, importer: DatasetImporter, file: string, contentHash: string, now: string): Promise<string> {
  const source = await insertSource(db, {
    kind: "dataset",
    title: path.basename(file),
    outlet: importer.outlet,
    url: null,
    author: null,
    published: null,
    publishedInferred: null,
    retrievedAt: now,
    contentHash,
    via: null,
    format: importer.kind,
    text: `${importer.kind} dataset ${path.basename(file)}`,
    previousVersionId: null,
  });
  await db.insertInto("import_run").values({ source_id: source.id, kind: importer.kind, status: "running", rows_read: 0, rows_rejected: 0, started_at: now, finished_at: null }).execute();
  return source.id;
}

/** Rows read so far, written in the transaction of the batch they end, so a resumed run knows them committed. */
export async function recordImportProgress(db: Db, sourceId: string, rowsRead: number, rowsRejected: number): Promise<void> {
  await db.updateTable("import_run").set({ rows_read: rowsRead, rows_rejected: rowsRejected }).where("source_id", "=", sourceId).execute();
}

export async function finishImportRun(db: Db, sourceId: string, rowsRead: number, rowsRejected: number, now: string): Promise<void> {
  await db.updateTable("import_run").set({ status: "complete", rows_read: rowsRead, rows_rejected: rowsRejected, finished_at: now }).where("source_id", "=", sourceId).execute();
}

/** Why an unfinished run stopped; a complete one is left as it is. */
export async function markImportStopped(db: Db, contentHash: string, status: "interrupted" | "failed"): Promise<void> {
  const source = await findSourceByHash(db, contentHash);
  if (source) await db.updateTable("import_run").set({ status }).where("source_id", "=", source.id).where("status", "<>", "complete").execute();
}
