import fs from "node:fs";
import path from "node:path";
import { AppError } from "../app/errors.ts";

/** An article to read: its name for messages, and its bytes, read only when asked for and never past the limit. */
export interface InputFile {
  label: string;
  read(maxBytes: number): Uint8Array;
}

const articleExtensions = /\.(txt|text|html?|md|markdown)$/i;

function tooLarge(label: string, maxBytes: number, size?: number): AppError {
  return new AppError("INPUT_TOO_LARGE", `${label}: ${size === undefined ? "more than" : `${size} bytes is over`} the ${maxBytes}-byte limit (set CLIFFHANGER_MAX_INPUT_BYTES or --max-bytes)`);
}

/**
 * Reads a file descriptor in chunks and stops one byte past the limit: an endless pipe or a
 * file of gigabytes is refused after the limit's worth of reading, not after all of it.
 */
function readBounded(fd: number, label: string, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let count: number;
    try {
      count = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue;
      if (code === "EOF") break;
      throw new AppError("BAD_INPUT", `${label}: cannot be read (${code ?? (error as Error).message})`);
    }
    if (count === 0) break;
    total += count;
    if (total > maxBytes) throw tooLarge(label, maxBytes);
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks, total);
}

function fileInput(file: string): InputFile {
  return {
    label: file,
    read(maxBytes) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        throw new AppError("FILE_NOT_FOUND", `${file}: no such file (or a broken link)`);
      }
      if (stat.isDirectory()) throw new AppError("BAD_INPUT", `${file}: a directory, not an article file`);
      if (!stat.isFile() && !stat.isFIFO() && !stat.isCharacterDevice()) throw new AppError("BAD_INPUT", `${file}: not a regular file`);
      if (stat.isFile() && stat.size > maxBytes) throw tooLarge(file, maxBytes, stat.size);
      let fd: number;
      try {
        fd = fs.openSync(file, "r");
      } catch (error) {
        throw new AppError("BAD_INPUT", `${file}: cannot be opened (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      try {
        return readBounded(fd, file, maxBytes);
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** Files, directories (their articles, sorted) and "-" for standard input; nothing is read yet. */
export function readInputs(paths: string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const given of paths) {
    if (given === "-") {
      inputs.push({ label: "stdin", read: (maxBytes) => readBounded(0, "stdin", maxBytes) });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new AppError("FILE_NOT_FOUND", `${given}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      // Every name that looks like an article is listed, folders and broken links among them: each is reported when read.
      const files = fs.readdirSync(given).filter((f) => articleExtensions.test(f)).sort();
      if (files.length === 0) throw new AppError("BAD_INPUT", `${given}: no .txt, .html or .md articles in this directory`);
      for (const file of files) inputs.push(fileInput(path.join(given, file)));
    } else {
      inputs.push(fileInput(given));
    }
  }
  return inputs;
}
