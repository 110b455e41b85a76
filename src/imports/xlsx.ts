import { AppError } from "../app/errors.ts";
import readXlsxFile from "read-excel-file/node";
import type { Line } from "./line-reader.ts";

/**
 * The first sheet of an Excel workbook as records, like a TSV's: dates as YYYY-MM-DD, numbers as
 * written, and the empty columns left of the table dropped. Workbooks are read whole (read-excel-file
 * does not stream); Netflix's reports are a few megabytes.
 */
export async function* readXlsxRecords(file: string): AsyncGenerator<Line & { fields: string[] }> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(file)) as unknown as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new AppError("BAD_INPUT", `${file}: not a readable Excel workbook (${(error as Error).message})`);
  }
  const rows = sheets[0]?.data ?? [];
  const firstColumn = Math.min(...rows.slice(0, 20).map((row) => row.findIndex((cell) => cell !== null && cell !== "")).filter((i) => i >= 0));
  let number = 0;
  for (const row of rows) {
    number += 1;
    const fields = row.slice(Number.isFinite(firstColumn) ? firstColumn : 0).map((cell) => {
      if (cell === null || cell === undefined) return "";
      if (cell instanceof Date) return cell.toISOString().slice(0, 10);
      return String(cell);
    });
    yield { number, text: fields.join("\t"), fields };
  }
}
