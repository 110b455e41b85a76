import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { AppError } from "../../app/errors.ts";
import { DEVSET_DIR, formatReport, listGoldFiles, runDevset } from "../../eval/run-devset.ts";
import { print, printJson } from "../output.ts";

interface EvalOptions {
  verbose?: boolean;
  only?: string;
  json?: boolean;
  jobs?: string;
  gold?: string;
  articles?: string;
}

function checkDir(dir: string, option: string): string {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new AppError("FILE_NOT_FOUND", `${option}: ${dir} is not a directory`);
  return dir;
}

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score the article extractor on the development set, each article in a fresh in-memory store, as ../shared/tools/evalcard.py dev does (--db is not used)")
    .option("-v, --verbose", "print every missed fact and every trap hit")
    .option("--only <substring>", "only the articles whose gold file name contains this")
    .option("--json", "print the results as JSON")
    .option("--jobs <n>", "worker threads, at most one per core (default 1: this thread)")
    .option("--gold <dir>", "gold files (default test/fixtures/devset/gold)")
    .option("--articles <dir>", "article files (default test/fixtures/devset/articles)")
    .action(async (options: EvalOptions) => {
      const goldDir = checkDir(options.gold ?? path.join(DEVSET_DIR, "gold"), "--gold");
      const articleDir = checkDir(options.articles ?? path.join(DEVSET_DIR, "articles"), "--articles");
      const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
      if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new AppError("BAD_OPTION", `--jobs must be a whole number from 1, not "${options.jobs}"`);
      if (listGoldFiles(goldDir, options.only).length === 0) throw new AppError("BAD_OPTION", `no gold file in ${goldDir}${options.only ? ` has "${options.only}" in its name` : ""}`);
      const report = await runDevset({ goldDir, articleDir, only: options.only, jobs });
      if (options.json) printJson(report);
      else for (const line of formatReport(report, options.verbose === true)) print(line);
      const n = report.articles.length;
      process.stderr.write(`${n} article${n === 1 ? "" : "s"} in ${report.seconds.toFixed(1)} s\n`);
    });
}
