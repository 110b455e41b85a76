import fs from "node:fs";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { createHash } from "node:crypto";
import { AppError } from "../app/errors.ts";

export interface Line {
  number: number;
  text: string;
}

/** Whether a file starts with gzip's magic bytes (IMDb ships .tsv.gz). */
export function isGzip(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    fs.readSync(fd, head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's SHA-256, read as a stream: the identity of an imported file. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** The longest line a dataset row may have: a file without line breaks is refused, not held whole in memory. */
export const MAX_LINE_CHARS = 1_000_000;

/** Why a stream broke, in the user's words: a cut-short or corrupt gzip is their file's fault, not ours. */
export function readError(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code.startsWith("Z_") || /unexpected end of file|incorrect header check|invalid (?:block type|distance|stored block)/i.test((error as Error).message)) {
    return new AppError("BAD_INPUT", `${file}: the gzip data is corrupt or cut short (${(error as Error).message})`);
  }
  if (code === "EISDIR") return new AppError("BAD_INPUT", `${file}: a directory, not a dataset file`);
  if (code === "ENOENT") return new AppError("FILE_NOT_FOUND", `${file}: no such file`);
  if (code === "EACCES") return new AppError("BAD_INPUT", `${file}: not readable (permission denied)`);
  return new AppError("BAD_INPUT", `${file}: cannot be read (${(error as Error).message})`);
}

/**
 * The file's bytes as a stream, gunzipped when it is gzip, with read progress. Errors of the file
 * and of the decompressor reach whoever iterates it (a piped stream would drop them and end early,
 * so a truncated .gz looked like a complete, shorter file).
 */
export function openDataStream(file: string, onBytes?: (read: number, total: number) => void): Readable {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError("FILE_NOT_FOUND", `${file}: no such file`);
  }
  if (!stat.isFile()) throw new AppError("BAD_INPUT", `${file}: not a regular file`);
  const raw = fs.createReadStream(file);
  let read = 0;
  raw.on("data", (chunk) => {
    read += chunk.length;
    onBytes?.(read, stat.size);
  });
  if (!isGzip(file)) return raw;
  return pipeline(raw, zlib.createGunzip(), () => undefined);
}

/**
 * Lines of a text file (plain or gzip) as a stream, numbered from 1. Memory stays flat whatever the
 * file's size, and no line may be longer than MAX_LINE_CHARS.
 */
export async function* readLines(file: string, onBytes?: (read: number, total: number) => void): AsyncGenerator<Line> {
  const input = openDataStream(file, onBytes);
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let number = 0;
  const line = (text: string): Line => {
    number += 1;
    const clean = text.endsWith("\r") ? text.slice(0, -1) : text;
    return { number, text: number === 1 ? clean.replace(/^\ufeff/, "") : clean };
  };
  try {
    for await (const chunk of input) {
      pending += decoder.decode(chunk as Buffer, { stream: true });
      let from = 0;
      for (let at = pending.indexOf("\n"); at >= 0; at = pending.indexOf("\n", from)) {
        yield line(pending.slice(from, at));
        from = at + 1;
      }
      pending = pending.slice(from);
      if (pending.length > MAX_LINE_CHARS) throw new AppError("BAD_INPUT", `${file}:${number + 1}: a line longer than ${MAX_LINE_CHARS.toLocaleString("en")} characters (is it a dataset file?)`);
    }
  } catch (error) {
    input.destroy();
    throw readError(file, error);
  }
  pending += decoder.decode();
  if (pending !== "") yield line(pending);
}

/** Whether the file is a workbook this importer reads, or a text file; anything else is refused by name. */
export function checkFileKind(file: string, importer: { workbooks?: boolean }): "text" | "workbook" {
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
