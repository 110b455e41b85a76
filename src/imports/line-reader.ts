import fs from "node:fs";
import readline from "node:readline";
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

/**
 * Lines of a text file (plain or gzip) as a stream, numbered from 1, with the bytes read so far for
 * progress. Memory stays flat whatever the file's size.
 */
export async function* readLines(file: string, onBytes?: (read: number, total: number) => void): AsyncGenerator<Line> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError("FILE_NOT_FOUND", `${file}: no such file`);
  }
  const raw = fs.createReadStream(file);
  let read = 0;
  raw.on("data", (chunk) => {
    read += chunk.length;
    onBytes?.(read, stat.size);
  });
  const input = isGzip(file) ? raw.pipe(zlib.createGunzip()) : raw;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    yield { number, text: number === 1 ? text.replace(/^\ufeff/, "") : text };
  }
}
