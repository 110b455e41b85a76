import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import { AppError } from "../app/errors.ts";
import { MAX_LINE_CHARS, openDataStream, readError, type Line } from "./line-reader.ts";

/**
 * CSV records (quoted fields, commas and newlines inside quotes) as a stream, by csv-parse, each
 * with the line it starts on and its raw text for the evidence quote.
 */
export async function* readCsvRecords(file: string, onBytes?: (read: number, total: number) => void): AsyncGenerator<Line & { fields: string[] }> {
  const input = openDataStream(file, onBytes);
  // max_record_size: an unclosed quote must not gather the rest of the file into one record.
  const parser = pipeline(input, parse({ bom: true, relax_column_count: true, relax_quotes: true, raw: true, info: true, skip_empty_lines: true, max_record_size: MAX_LINE_CHARS }), () => undefined);
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      const text = record.raw.replace(/\r?\n$/, "");
      yield { number: record.info.lines - (text.match(/\n/g)?.length ?? 0), text, fields: record.record };
    }
  } catch (error) {
    parser.destroy();
    const code = (error as { code?: string }).code;
    if (code === "CSV_MAX_RECORD_SIZE") throw new AppError("BAD_INPUT", `${file}: a record longer than ${MAX_LINE_CHARS.toLocaleString("en")} characters (an unclosed quote?)`);
    if (code?.startsWith("CSV_")) throw new AppError("BAD_INPUT", `${file}: ${(error as Error).message}`);
    throw readError(file, error);
  }
}
