import fs from "node:fs";
import zlib from "node:zlib";
import { parse } from "csv-parse";
import { isGzip, type Line } from "./line-reader.ts";

/**
 * CSV records (quoted fields, commas and newlines inside quotes) as a stream, by csv-parse, each
 * with the line it starts on and its raw text for the evidence quote.
 */
export async function* readCsvRecords(file: string, onBytes?: (read: number, total: number) => void): AsyncGenerator<Line & { fields: string[] }> {
  const total = fs.statSync(file).size;
  const raw = fs.createReadStream(file);
  let read = 0;
  raw.on("data", (chunk) => {
    read += chunk.length;
    onBytes?.(read, total);
  });
  const input = isGzip(file) ? raw.pipe(zlib.createGunzip()) : raw;
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, raw: true, info: true, skip_empty_lines: true }));
  for await (const record of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
    const text = record.raw.replace(/\r?\n$/, "");
    yield { number: record.info.lines - (text.match(/\n/g)?.length ?? 0), text, fields: record.record };
  }
}
