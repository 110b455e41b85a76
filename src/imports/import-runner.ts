import { reversedKey, searchKey } from "../domain/search-key.ts";
import fs from "node:fs";
import path from "node:path";
import type { Insertable } from "kysely";
import { AppError, isAppError } from "../app/errors.ts";
import { claimFingerprint, insertClaimsQuietly } from "../claims/claim.repository.ts";
import { recordChangeEvents } from "../claims/change-event.repository.ts";
import type { NewClaim } from "../domain/claim.ts";
import { addAlias, createEntity, findEntitiesByAliasKeys } from "../entities/entity.repository.ts";
import { createResolver, titleKey } from "../ingest/resolve/resolve-entities.ts";
import { nameKey, normalizeName } from "../ingest/resolve/match-names.ts";
import type { AliasTable, EntityTable } from "../storage/database.ts";
import { newId } from "../storage/ids.ts";
import { findSourceByHash, insertSource } from "../sources/source.repository.ts";
import type { Connection, Db } from "../storage/db.ts";
import type { DatasetClaim, DatasetImporter, DatasetRef, Layout } from "./dataset.ts";
import { hashFile, readError, readLines, type Line } from "./line-reader.ts";
import { readCsvRecords } from "./csv.ts";
import { readXlsxRecords } from "./xlsx.ts";

/** A Map that forgets its oldest entries: lookups stay fast and memory flat on files of any size. */
class BoundedMap<K, V> extends Map<K, V> {
  readonly limit: number;
  constructor(limit: number) {
    super();
    this.limit = limit;
  }
  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

/** Whether the file is a workbook this importer reads, or a text file; anything else is refused by name. */
function checkFileKind(file: string, importer: DatasetImporter): "text" | "workbook" {
  let head: Buffer;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError("FILE_NOT_FOUND", `${file}: no such file (or a broken link)`);
  }
  if (stat.isDirectory()) throw new AppError("BAD_INPUT", `${file}: a directory, not a dataset file`);
  if (!stat.isFile()) throw new AppError("BAD_INPUT", `${file}: not a regular file`);
  if (stat.size === 0) throw new AppError("BAD_INPUT", `${file}: the file is empty`);
  try {
    const fd = fs.openSync(file, "r");
    head = Buffer.alloc(Math.min(8, stat.size));
    fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
  } catch (error) {
    throw new AppError("BAD_INPUT", `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (importer.workbooks) return "workbook";
    throw new AppError("BAD_INPUT", `${file}: a zip file (an Excel workbook?), not text; save the sheet as TSV or CSV and import that`);
  }
  if (!(head[0] === 0x1f && head[1] === 0x8b) && head.includes(0)) throw new AppError("BAD_INPUT", `${file}: a binary file, not TSV or CSV`);
  return "text";
}

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
 * Streams a dataset file into claims in batches, each batch one transaction (with --strict the
 * whole file is one transaction and any bad row writes nothing). The file's hash identifies it:
 * a finished file imported again adds nothing; an interrupted one resumes where it stopped,
 * because rows whose claims already exist are skipped by fingerprint.
 */
export async function importFile(connection: Connection, importer: DatasetImporter, file: string, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const fileKind = checkFileKind(file, importer);
  const contentHash = `${importer.kind}:${await hashFile(file)}`;
  const db = connection.db;
  const existing = await findSourceByHash(db, contentHash);
  const run = existing ? await db.selectFrom("import_run").selectAll().where("source_id", "=", existing.id).executeTakeFirst() : undefined;
  const base = { file, kind: importer.kind, layout: null as string | null, rowsRead: 0, rowsImported: 0, rowsRejected: 0, rejected: [] as RejectedRow[], claimsAdded: 0, derivedClaims: 0, titles: 0 };
  if (existing && (!run || run.status === "complete")) {
    return { ...base, sourceId: existing.id, status: "already imported", rowsRead: run?.rows_read ?? 0, rowsRejected: run?.rows_rejected ?? 0, seconds: (performance.now() - started) / 1000 };
  }

  const work = async (trxOrDb: Db, strict: boolean) => {
    let sourceId = existing?.id;
    // The source and its run are written once the header has been read: a file of the wrong
    // kind, random bytes or an empty file leave nothing behind.
    const recordSource = async () => {
      if (sourceId) return;
      const source = await insertSource(trxOrDb, {
        kind: "dataset",
        title: path.basename(file),
        outlet: importer.outlet,
        url: null,
        author: null,
        published: null,
        publishedInferred: null,
        retrievedAt: options.now,
        contentHash,
        via: null,
        format: importer.kind,
        text: `${importer.kind} dataset ${path.basename(file)}`,
        previousVersionId: null,
      });
      sourceId = source.id;
      summary.sourceId = sourceId;
      await trxOrDb.insertInto("import_run").values({ source_id: sourceId, kind: importer.kind, status: "running", rows_read: 0, rows_rejected: 0, started_at: options.now, finished_at: null }).execute();
    };
    const summary: ImportSummary = { ...base, sourceId: sourceId ?? "", status: existing ? "resumed" : "imported", seconds: 0 };
    const titleIds = new BoundedMap<string, string>(10_000);
    const touchedTitles = new Set<string>();
    let titlesSeen = 0;
    const externalIds = new BoundedMap<string, string>(10_000);
    const renamed = new BoundedMap<string, string>(10_000);

    /** A placeholder named by its id takes the real name when a file gives it. */
    const adoptName = async (db: Db, id: string, name: string, key: string): Promise<void> => {
      if (!renamed.has(id)) {
        const entity = await db.selectFrom("entity").select(["name"]).where("id", "=", id).executeTakeFirst();
        if (entity && /^imdb:|^kdrama-actor:/.test(entity.name) && entity.name !== name) {
          await db.updateTable("entity").set({ name }).where("id", "=", id).execute();
        }
        await addAlias(db, { entityId: id, name, key, origin: "importer", sourceId: sourceId! }, options.now);
        renamed.set(id, id);
      }
    };

    /** An entity by the dataset's own id ("imdb:tt0903747"), through its alias. */
    const lookupExternal = async (db: Db, kind: "title" | "person", externalId: string): Promise<string | undefined> => {
      const cached = externalIds.get(externalId);
      if (cached) return cached;
      const [found] = await findEntitiesByAliasKeys(db, kind, [`x:${externalId}`]);
      if (found) externalIds.set(externalId, found.id);
      return found?.id;
    };
    const resolveTitle = async (db: Db, resolver: ReturnType<typeof createResolver>, name: string, externalId: string | undefined, subtype: string, nameUnknown = false): Promise<string> => {
      const key = externalId ? `x:${externalId}` : titleKey(name);
      let id = titleIds.get(key) ?? (externalId ? await lookupExternal(db, "title", externalId) : undefined);
      if (id && externalId && !nameUnknown) await adoptName(db, id, name, titleKey(name));
      if (!id && nameUnknown && externalId) {
        // Known only by id so far: a placeholder named by the id, renamed when its name arrives.
        id = (await createEntity(db, { kind: "title", name: externalId, subtype }, options.now)).id;
        await addAlias(db, { entityId: id, name: externalId, key: `x:${externalId}`, origin: "importer", sourceId: sourceId! }, options.now);
        externalIds.set(externalId, id);
      }
      if (!id) {
        id = (await resolver.title(name, subtype)).id;
        if (externalId) {
          await addAlias(db, { entityId: id, name: externalId, key: `x:${externalId}`, origin: "importer", sourceId: sourceId! }, options.now);
          externalIds.set(externalId, id);
        }
      }
      if (!titleIds.has(key)) titlesSeen += 1;
      titleIds.set(key, id);
      if (importer.derive) touchedTitles.add(id);
      return id;
    };
    const resolvePerson = async (db: Db, resolver: ReturnType<typeof createResolver>, ref: DatasetRef, titleId: string | null): Promise<string> => {
      if (ref.externalId) {
        const known = await lookupExternal(db, "person", ref.externalId);
        if (known) {
          if (!ref.nameUnknown) await adoptName(db, known, ref.name, nameKey(ref.name));
          return known;
        }
        if (ref.nameUnknown) {
          const id = (await createEntity(db, { kind: "person", name: ref.externalId }, options.now)).id;
          await addAlias(db, { entityId: id, name: ref.externalId, key: `x:${ref.externalId}`, origin: "importer", sourceId: sourceId! }, options.now);
          externalIds.set(ref.externalId, id);
          return id;
        }
      }
      const person = await resolver.person(ref.name, titleId, ref.birthYear !== undefined ? { birthYear: ref.birthYear } : undefined);
      if (ref.externalId) {
        await addAlias(db, { entityId: person.id, name: ref.externalId, key: `x:${ref.externalId}`, origin: "importer", sourceId: sourceId! }, options.now);
        externalIds.set(ref.externalId, person.id);
      }
      return person.id;
    };
    let layout: Layout | undefined;
    let batch: { claim: DatasetClaim; line: Line }[] = [];
    let batchRows = 0;
    const batchSize = options.batchSize ?? 2000;

    // Titles created by this run have no characters yet: theirs are made here without asking the store.
    const freshTitles = new BoundedMap<string, Map<string, string>>(5_000);
    const pendingEntities: Insertable<EntityTable>[] = [];
    const pendingAliases: Insertable<AliasTable>[] = [];

    const characterFor = async (db: Db, resolver: ReturnType<typeof createResolver>, name: string, titleId: string): Promise<string> => {
      const own = freshTitles.get(titleId);
      if (!own) return (await resolver.character(name, titleId)).id;
      const key = normalizeName(name);
      let id = own.get(key);
      if (!id) {
        id = newId("chr");
        own.set(key, id);
        pendingEntities.push({ id, kind: "character", name, hangul: null, parent_id: titleId, number: null, subtype: null, merged_into: null, created_at: options.now });
        pendingAliases.push({ id: newId("als"), entity_id: id, name, key: nameKey(name), origin: "importer", source_id: sourceId!, created_at: options.now, removed_at: null });
      }
      return id;
    };

    /**
     * One query per kind for every dataset id the batch names, and one insert for the placeholders
     * it needs, instead of a lookup and an insert per row.
     */
    const prepareBatch = async (db: Db, batchClaims: DatasetClaim[]): Promise<void> => {
      const wanted = { title: new Set<string>(), person: new Set<string>() };
      const placeholders = new Map<string, { kind: "title" | "person"; subtype: string | null }>();
      for (const claim of batchClaims) {
        if (claim.titleExternalId && !externalIds.has(claim.titleExternalId)) {
          wanted.title.add(claim.titleExternalId);
          if (claim.titleNameUnknown) placeholders.set(claim.titleExternalId, { kind: "title", subtype: claim.film ? "film" : "series" });
        }
        for (const ref of [claim.value.type === "person" ? claim.value.ref : undefined, claim.subject]) {
          if (ref?.externalId && !externalIds.has(ref.externalId)) {
            wanted.person.add(ref.externalId);
            if (ref.nameUnknown) placeholders.set(ref.externalId, { kind: "person", subtype: null });
          }
        }
      }
      for (const kind of ["title", "person"] as const) {
        const ids = [...wanted[kind]];
        for (let i = 0; i < ids.length; i += 500) {
          const found = await db
            .selectFrom("alias")
            .innerJoin("entity", "entity.id", "alias.entity_id")
            .select(["alias.key", "entity.id", "entity.merged_into"])
            .where("entity.kind", "=", kind)
            .where("alias.removed_at", "is", null)
            .where("alias.key", "in", ids.slice(i, i + 500).map((id) => `x:${id}`))
            .execute();
          for (const row of found) externalIds.set(row.key.slice(2), row.merged_into ?? row.id);
        }
      }
      for (const [externalId, placeholder] of placeholders) {
        if (externalIds.has(externalId)) continue;
        const id = newId(placeholder.kind === "title" ? "ttl" : "per");
        pendingEntities.push({ id, kind: placeholder.kind, name: externalId, hangul: null, parent_id: null, number: null, subtype: placeholder.subtype, merged_into: null, created_at: options.now });
        pendingAliases.push({ id: newId("als"), entity_id: id, name: externalId, key: `x:${externalId}`, origin: "importer", source_id: sourceId!, created_at: options.now, removed_at: null });
        externalIds.set(externalId, id);
        if (placeholder.kind === "title") freshTitles.set(id, new Map());
      }
      await writePending(db);
    };

    const writePending = async (db: Db): Promise<void> => {
      const entities = pendingEntities.splice(0);
      const aliases = pendingAliases.splice(0);
      for (let i = 0; i < entities.length; i += 300) await db.insertInto("entity").values(entities.slice(i, i + 300)).execute();
      for (const alias of aliases) {
        alias.search_key ??= searchKey(alias.name);
        alias.search_key_reversed ??= reversedKey(alias.search_key);
      }
      for (let i = 0; i < aliases.length; i += 300) await db.insertInto("alias").values(aliases.slice(i, i + 300)).onConflict((oc) => oc.columns(["entity_id", "name"]).doNothing()).execute();
    };

    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      const rowCount = batchRows;
      batch = [];
      batchRows = 0;
      const write = async (db: Db) => {
        const resolver = createResolver(db, sourceId!, options.now, "importer");
        await prepareBatch(db, rows.map((r) => r.claim));
        const claims: NewClaim[] = [];
        for (const { claim, line } of rows) {
          // A claim about a person (name.basics) needs no title of its own.
          const personOnly = claim.subject !== undefined && claim.title === "";
          const titleId = personOnly ? null : await resolveTitle(db, resolver, claim.title, claim.titleExternalId, claim.film ? "film" : "series", claim.titleNameUnknown === true);
          // An alias row (IMDb akas) adds a spelling and no claim.
          if (claim.property === "alias" && titleId) {
            if (claim.value.type === "text") await addAlias(db, { entityId: titleId, name: claim.value.value, key: titleKey(claim.value.value), origin: "importer", sourceId: sourceId! }, options.now);
            continue;
          }
          if (titleId && claim.originalTitle && normalizeName(claim.originalTitle) !== normalizeName(claim.title)) {
            await addAlias(db, { entityId: titleId, name: claim.originalTitle, key: titleKey(claim.originalTitle), origin: "importer", sourceId: sourceId! }, options.now);
          }
          const subjectId = claim.subject ? await resolvePerson(db, resolver, claim.subject, titleId) : titleId!;
          let value: NewClaim["value"];
          if (claim.value.type === "person") value = { type: "entity", entityId: await resolvePerson(db, resolver, claim.value.ref, titleId) };
          else if (claim.value.type === "title") {
            const known = claim.value.ref.externalId ? await lookupExternal(db, "title", claim.value.ref.externalId) : undefined;
            if (!known) continue; // a known-for title the catalog does not hold yet
            value = { type: "entity", entityId: known };
          } else value = claim.value;
          const qualifiers = { ...claim.qualifiers };
          if (claim.characterName && titleId) qualifiers.character = await characterFor(db, resolver, claim.characterName, titleId);
          claims.push({
            subjectId,
            property: claim.property,
            value,
            qualifiers,
            certainty: claim.certainty,
            evidence: { sourceId: sourceId!, quote: line.text, start: null, end: null },
            madeBy: { kind: "importer", name: importer.kind, version: importer.version },
            knownFrom: claim.knownFrom,
          });
        }
        // The same row from an earlier copy of the file, or an interrupted run, adds nothing.
        const fingerprints = claims.map((c) => claimFingerprint(c));
        const known = new Set<string>();
        for (let i = 0; i < fingerprints.length; i += 500) {
          const found = await db.selectFrom("claim").select("fingerprint").where("fingerprint", "in", fingerprints.slice(i, i + 500)).where("made_by", "=", importer.kind).execute();
          for (const f of found) known.add(f.fingerprint);
        }
        await writePending(db);
        const fresh = claims.filter((_, i) => !known.has(fingerprints[i]!));
        const inserted = await insertClaimsQuietly(db, fresh, options.now);
        summary.claimsAdded += inserted.length;
        summary.rowsImported += rowCount;
        const touched = [...new Set(inserted.map((c) => c.subjectId))];
        if (touched.length) {
          await recordChangeEvents(db, touched.map((id) => ({ kind: "dataset-rows-added", entityId: id, claimId: null, sourceId: sourceId!, payload: { kind: importer.kind, claims: inserted.filter((c) => c.subjectId === id).length } })), options.now);
        }
        await db.updateTable("import_run").set({ rows_read: summary.rowsRead, rows_rejected: summary.rowsRejected }).where("source_id", "=", sourceId!).execute();
      };
      if (strict) await write(trxOrDb);
      else await trxOrDb.transaction().execute(write);
    };

    const progress = options.onProgress ? (r: number, t: number) => options.onProgress!(r, t, summary.rowsRead) : undefined;
    const interrupted = () => new AppError("INTERRUPTED", `${file}: interrupted after ${summary.rowsImported.toLocaleString("en")} rows; the same command resumes it`);
    const records: AsyncIterable<Line & { fields?: string[] }> = fileKind === "workbook" ? readXlsxRecords(file) : importer.delimiter === "," ? readCsvRecords(file, progress) : readLines(file, progress);
    for await (const line of records) {
      if (options.signal?.aborted) throw interrupted();
      const fields = line.fields ?? line.text.split("\t");
      if (!layout) {
        layout = importer.layout(fields, file);
        summary.layout = layout.name;
        await recordSource();
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
      for (const claim of result.claims) batch.push({ claim, line });
      batchRows += 1;
      if (batchRows >= batchSize) await flush();
    }
    if (!layout) throw new AppError("BAD_INPUT", `${file}: empty file, no header`);
    if (options.signal?.aborted) throw interrupted();
    const closing = layout.finish?.() ?? [];
    for (const claim of closing) batch.push({ claim, line: { number: 0, text: `${path.basename(file)}: ${claim.property} counted over the whole file` } });
    if (strict && summary.rowsRejected > 0) {
      throw new AppError("BAD_INPUT", `${file}: ${summary.rowsRejected} bad rows, nothing imported (--strict); first: line ${summary.rejected[0]!.line}: ${summary.rejected[0]!.reason}`, { details: { rejected: summary.rejected.slice(0, 100) } });
    }
    await flush();
    const derive = async (db: Db) => {
      summary.derivedClaims = importer.derive ? await importer.derive(db, [...touchedTitles], sourceId!, options.now) : 0;
      await db.updateTable("import_run").set({ status: "complete", rows_read: summary.rowsRead, rows_rejected: summary.rowsRejected, finished_at: options.now }).where("source_id", "=", sourceId!).execute();
    };
    if (strict) await derive(trxOrDb);
    else await trxOrDb.transaction().execute(derive);
    summary.titles = importer.derive ? touchedTitles.size : titlesSeen;
    return summary;
  };

  let summary: ImportSummary;
  try {
    summary = options.strict ? await db.transaction().execute((trx) => work(trx, true)) : await work(db, false);
  } catch (error) {
    // Rows already committed stay (a later run resumes after them); the run says why it stopped.
    if (!options.strict) {
      const status = isAppError(error) && error.code === "INTERRUPTED" ? "interrupted" : "failed";
      const source = await findSourceByHash(db, contentHash);
      if (source) await db.updateTable("import_run").set({ status }).where("source_id", "=", source.id).where("status", "<>", "complete").execute();
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (!isAppError(error) && typeof code === "string" && (code.startsWith("Z_") || /^E[A-Z]+$/.test(code))) throw readError(file, error);
    throw error;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
