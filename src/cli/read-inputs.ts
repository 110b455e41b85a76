import fs from "node:fs";
import path from "node:path";
import { AppError } from "../app/errors.ts";

export interface InputFile {
  label: string;
  bytes: Uint8Array;
}

const articleExtensions = /\.(txt|text|html?|md|markdown)$/i;

/** Files, directories (their articles, sorted) and "-" for standard input. */
export function readInputs(paths: string[]): InputFile[] {
  const inputs: InputFile[] = [];
  for (const given of paths) {
    if (given === "-") {
      inputs.push({ label: "stdin", bytes: fs.readFileSync(0) });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new AppError("FILE_NOT_FOUND", `${given}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const files = fs.readdirSync(given).filter((f) => articleExtensions.test(f)).sort();
      if (files.length === 0) throw new AppError("BAD_INPUT", `${given}: no .txt, .html or .md articles in this directory`);
      for (const file of files) inputs.push({ label: path.join(given, file), bytes: fs.readFileSync(path.join(given, file)) });
    } else {
      inputs.push({ label: given, bytes: fs.readFileSync(given) });
    }
  }
  return inputs;
}

export function checkIsoDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new AppError("BAD_OPTION", `${option} must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
