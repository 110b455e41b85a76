import path from "node:path";
import { AppError, isAppError } from "../app/errors.ts";
import { insertClaimsSetBased } from "../claims/claim-bulk.repository.ts";
import { insertDatasetFacts } from "../claims/dataset-fact.repository.ts";
import type { ControlledTransaction, Kysely } from "kysely";
import type { Database } from "../storage/database.ts";
import type { Connection, Db } from "../storage/db.ts";
import { refreshPlannerStatistics, writersWaiting } from "../storage/dialect.ts";
import type { DatasetClaim, DatasetImporter, Layout } from "./dataset.ts";
import { resolveDatasetClaims } from "./dataset-claims.ts";
import { DatasetIds } from "./dataset-ids.ts";
import { findImportRun, finishImportRun, markImportStopped, recordImportProgress, startImportRun } from "./import-run.repository.ts";
import { checkFileKind, hashFile, readError, readLines, type Line } from "./line-reader.ts";
import { readCsvRecords } from "./csv.ts";
import { readXlsxRecords } from "./xlsx.ts";

export interface RejectedRow {
  file: string;
  line: number;
  reason: string;
}

export interface ImportSummary {
  file: string;
  kind: string;
  layout: string | null;
  sourceId: string;
  status: "imported" | "already imported" | "resumed";
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  rejected: RejectedRow[];
  claimsAdded: number;
  derivedClaims: number;
  titles: number;
  seconds: number;
}

export interface ImportOptions {
  strict?: boolean;
  batchSize?: number;
  onProgress?: (read: number, total: number, rows: number) => void;
  now: string;
  /** Aborted (by SIGINT/SIGTERM): the batch in hand is dropped, the run marked interrupted, and the next run resumes. */
  signal?: AbortSignal;
}

/**
 * Rows per transaction. The name resolver lives for one batch and compares each name with those the
 * batch already named (partial names): at 5,000 rows a name-resolved file (IMDb name.basics) took
 * twice as long as at 2,000, so batches stay at 2,000 rows, as before the set-based write.
 */
const DEFAULT_BATCH_ROWS = 2_000;

/**
 * Batches per transaction: a commit writes every page the transaction changed to the WAL (and a
 * checkpoint writes them again), and the batches of one file change the same index pages again and
 * again, so committing every 2,000 rows wrote tens of times the store's size. A transaction now
 * holds batches until it has this many rows or has been open this long; a kill loses at most that
 * much, which the next run does again. Other writers wait for the lock meanwhile (up to a minute),
 * except on PostgreSQL, where the transaction commits after the batch in hand once one waits.
 * The first transaction holds one batch and each next one twice as many, so a short import still
 * commits early and often.
 */
const TRANSACTION_ROWS = 50_000;
const TRANSACTION_MS = 5_000;

/** Planner statistics are refreshed as the store grows past each of these many rows of one import, and at its end. */
const STATISTICS_EVERY = [10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

/**
 * Streams a dataset file into claims in batches, each batch one transaction (with --strict the
 * whole file is one transaction and any bad row writes nothing). A batch's ids are resolved a
 * batch at a time (`DatasetIds`) and its claims written set-based (`insertClaimsSetBased`), its
 * credits as facts of the file's lines (`insertDatasetFacts`). The
 * file's hash identifies it: a finished file imported again adds nothing; an interrupted one
 * resumes after the rows its committed batches covered (importers that derive figures from every
 * row re-read them all, their claims skipped by fingerprint).
 */
export async function importFile(connection: Connection, importer: DatasetImporter, file: string, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const fileKind = checkFileKind(file, importer);
  const contentHash = `${importer.kind}:${await hashFile(file)}`;
  const db = connection.db;
  const existing = await findImportRun(db, contentHash);
  const base = { file, kind: importer.kind, layout: null as string | null, rowsRead: 0, rowsImported: 0, rowsRejected: 0, rejected: [] as RejectedRow[], claimsAdded: 0, derivedClaims: 0, titles: 0 };
  if (existing && (existing.status === "none" || existing.status === "complete")) {
    return { ...base, sourceId: existing.sourceId, status: "already imported", rowsRead: existing.rowsRead, rowsRejected: existing.rowsRejected, seconds: (performance.now() - started) / 1000 };
  }
  const summary: ImportSummary = { ...base, sourceId: existing?.sourceId ?? "", status: existing ? "resumed" : "imported", seconds: 0 };
  const records: AsyncIterable<Line & { fields?: string[] }> =
    fileKind === "workbook" ? readXlsxRecords(file) : importer.delimiter === "," ? readCsvRecords(file, progressOf(options, () => summary.rowsRead)) : readLines(file, progressOf(options, () => summary.rowsRead));
  try {
    if (options.strict) await db.transaction().execute((trx) => readInto(trx, true));
    else await readInto(db, false);
  } catch (error) {
    // Rows already committed stay (a later run resumes after them); the run says why it stopped.
    if (!options.strict) await markImportStopped(db, contentHash, isAppError(error) && error.code === "INTERRUPTED" ? "interrupted" : "failed");
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (!isAppError(error) && typeof code === "string" && (code.startsWith("Z_") || /^E[A-Z]+$/.test(code))) throw readError(file, error);
    throw error;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  async function readInto(store: Db, strict: boolean): Promise<void> {
    // Batches share a transaction until it is large or old enough (then it commits), or all run in
    // the one strict transaction.
    let open: { trx: ControlledTransaction<Database>; rows: number; since: number } | undefined;
    let statisticsAt = 0;
    let transactionRows = options.batchSize ?? DEFAULT_BATCH_ROWS;
    const inBatch = async <T>(work: (db: Db) => Promise<T>, rows = 0): Promise<T> => {
      if (strict) return work(store);
      open ??= { trx: await (store as Kysely<Database>).startTransaction().execute(), rows: 0, since: performance.now() };
      const result = await work(open.trx);
      open.rows += rows;
      // Or as soon as another writer waits for the lock (PostgreSQL can tell): an article posted during
      // an import waited for the rest of the import's transaction, up to 6 s under bench:load.
      if (open.rows >= transactionRows || performance.now() - open.since >= TRANSACTION_MS || (await writersWaiting(store))) {
        transactionRows = Math.min(TRANSACTION_ROWS, transactionRows * 2);
        await commit();
      }
      return result;
    };
    const commit = async () => {
      if (!open) return;
      const done = open;
      open = undefined;
      await done.trx.commit().execute();
      if (summary.rowsImported >= (STATISTICS_EVERY[statisticsAt] ?? Infinity)) {
        while (summary.rowsImported >= (STATISTICS_EVERY[statisticsAt] ?? Infinity)) statisticsAt += 1;
        await refreshPlannerStatistics(store);
      }
    };
    try {
      await readRows();
      await commit();
    } catch (error) {
      // A stop (or a failure) drops the transaction in hand: its rows are read again on resume.
      const dropped = open;
      open = undefined;
      if (dropped) await dropped.trx.rollback().execute().catch(() => undefined);
      throw error;
    }
    if (summary.rowsImported >= 1_000) await refreshPlannerStatistics(store);

    async function readRows(): Promise<void> {
      // Rows whose batches an interrupted run committed are read again only for the layout's state.
      const committedRows = existing && !importer.derive ? existing.rowsRead : 0;
      const interrupted = () => new AppError("INTERRUPTED", `${file}: interrupted after ${(summary.rowsImported - (open?.rows ?? 0)).toLocaleString("en")} rows; the same command resumes it`);
      let ids: DatasetIds | undefined;
      let layout: Layout | undefined;
      let batch: { claim: DatasetClaim; line: Line }[] = [];
      let batchRows = 0;
      const batchSize = options.batchSize ?? DEFAULT_BATCH_ROWS;

      const flush = async () => {
        const rows = batch;
        const rowCount = batchRows;
        batch = [];
        batchRows = 0;
        if (rows.length === 0 && rowCount === 0) return;
        await inBatch(async (db) => {
          const { claims, facts } = await resolveDatasetClaims(db, ids!, importer, summary.sourceId, rows, () => {
            if (options.signal?.aborted) throw interrupted();
          });
          const event = { kind: "dataset-rows-added", payloadKind: importer.kind };
          const added = (await insertClaimsSetBased(db, claims, options.now, event)) + (await insertDatasetFacts(db, facts, options.now, event, (id) => ids!.madeInBatch(id)));
          await recordImportProgress(db, summary.sourceId, summary.rowsRead, summary.rowsRejected);
          summary.claimsAdded += added;
          summary.rowsImported += rowCount;
        }, rowCount);
      };

      for await (const line of records) {
        if (options.signal?.aborted) throw interrupted();
        const fields = line.fields ?? line.text.split("\t");
        if (!layout) {
          layout = importer.layout(fields, file);
          summary.layout = layout.name;
          // The source and its run are written once the header has been read: a file of the wrong
          // kind, random bytes or an empty file leave nothing behind.
          if (!existing) summary.sourceId = await startImportRun(store, importer, file, contentHash, options.now);
          ids = new DatasetIds(summary.sourceId, options.now, importer.derive !== undefined);
          continue;
        }
        if (line.text.trim() === "") continue;
        summary.rowsRead += 1;
        const result = layout.parse(fields, line);
        if ("error" in result) {
          summary.rowsRejected += 1;
          summary.rejected.push({ file, line: line.number, reason: result.error });
          continue;
        }
        if (summary.rowsRead <= committedRows) {
          summary.rowsImported += 1;
          continue;
        }
        for (const claim of result.claims) batch.push({ claim, line });
        batchRows += 1;
        if (batchRows >= batchSize) await flush();
      }
      if (!layout) throw new AppError("BAD_INPUT", `${file}: empty file, no header`);
      if (options.signal?.aborted) throw interrupted();
      for (const claim of layout.finish?.() ?? []) batch.push({ claim, line: { number: 0, text: `${path.basename(file)}: ${claim.property} counted over the whole file` } });
      if (strict && summary.rowsRejected > 0) {
        throw new AppError("BAD_INPUT", `${file}: ${summary.rowsRejected} bad rows, nothing imported (--strict); first: line ${summary.rejected[0]!.line}: ${summary.rejected[0]!.reason}`, { details: { rejected: summary.rejected.slice(0, 100) } });
      }
      await flush();
      await inBatch(async (db) => {
        summary.derivedClaims = importer.derive ? await importer.derive(db, [...ids!.touchedTitles], summary.sourceId, options.now) : 0;
        await finishImportRun(db, summary.sourceId, summary.rowsRead, summary.rowsRejected, options.now);
      });
      summary.titles = importer.derive ? ids!.touchedTitles.size : ids!.titlesSeen;
    }
  }
}

function progressOf(options: ImportOptions, rows: () => number): ((read: number, total: number) => void) | undefined {
  return options.onProgress ? (read, total) => options.onProgress!(read, total, rows()) : undefined;
}
