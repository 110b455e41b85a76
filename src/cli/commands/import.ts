import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import type { DatasetImporter } from "../../imports/dataset.ts";
import { importFile, type ImportSummary } from "../../imports/import-runner.ts";
import { netflixEngagement } from "../../imports/netflix-engagement.ts";
import { netflixTop10 } from "../../imports/netflix-top10.ts";
import { kdrama } from "../../imports/kdrama.ts";
import { imdb } from "../../imports/imdb.ts";
import { netflixTitles } from "../../imports/netflix-titles.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson, style } from "../output.ts";

const importers: Record<string, () => DatasetImporter> = {
  "netflix-top10": () => netflixTop10,
  "netflix-engagement": () => netflixEngagement(),
  kdrama: () => kdrama,
  imdb: () => imdb,
  "netflix-titles": () => netflixTitles,
};

function progressBar(): ((read: number, total: number, rows: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (read, total, rows) => {
    const now = Date.now();
    if (now - last < 200 && read < total) return;
    last = now;
    const share = total ? read / total : 0;
    const width = 30;
    process.stderr.write(`\r[${"#".repeat(Math.round(share * width)).padEnd(width)}] ${(share * 100).toFixed(0).padStart(3)}% ${rows.toLocaleString("en")} rows`);
  };
}

/**
 * SIGINT, SIGTERM and SIGHUP ask the import to stop between rows: the batch in hand is dropped,
 * the run is marked interrupted, and the same command resumes it. A terminal's Ctrl-C reaches both
 * the launcher and this process, so signals within a second count as one; a later one stops at once.
 * Started by the launcher (bin/cliffhanger.js), the import also stops if the launcher disappears.
 */
function stopOnSignals(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  let first = 0;
  const onSignal = (name: NodeJS.Signals) => {
    if (!first) {
      first = Date.now();
      process.stderr.write(`\ncliffhanger: ${name}: stopping after the rows in hand (again to stop at once)\n`);
      controller.abort();
    } else if (Date.now() - first > 1000) {
      process.exit(130);
    }
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const name of signals) process.on(name, onSignal);
  const parent = Number(process.env.CLIFFHANGER_PARENT_PID);
  const watch = parent
    ? setInterval(() => {
        if (process.ppid !== parent) onSignal("SIGHUP");
      }, 500).unref()
    : undefined;
  return {
    signal: controller.signal,
    dispose() {
      for (const name of signals) process.off(name, onSignal);
      if (watch) clearInterval(watch);
    },
  };
}

function printSummary(summary: ImportSummary): void {
  if (summary.status === "already imported") {
    print(`${summary.file}: ${style.dim("already imported, nothing added")} (source ${summary.sourceId})`);
    return;
  }
  print(
    `${summary.file}: ${summary.layout} — ${summary.rowsImported.toLocaleString("en")} rows imported, ${summary.rowsRejected} rejected, ${summary.claimsAdded.toLocaleString("en")} claims and ${summary.derivedClaims} derived figures added, ${summary.titles} titles, ${summary.seconds.toFixed(1)} s${summary.status === "resumed" ? " (resumed)" : ""}`,
  );
  for (const row of summary.rejected.slice(0, 50)) print(`  ${style.yellow("rejected")} ${row.file}:${row.line}: ${row.reason}`);
  if (summary.rejected.length > 50) print(`  … and ${summary.rejected.length - 50} more (--json lists them all)`);
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(`import datasets as sourced claims, streamed in batches: ${Object.keys(importers).join(", ")}`)
    .argument("<kind>", Object.keys(importers).join(" | "))
    .argument("<files...>", "dataset files (TSV, plain or gzip)")
    .option("--strict", "any bad row fails the whole import and nothing is written")
    .option("--json", "print the summaries as JSON")
    .action(async (kind: string, files: string[], options: { strict?: boolean; json?: boolean }, command: Command) => {
      const make = importers[kind];
      if (!make) throw new AppError("BAD_OPTION", `unknown dataset kind "${kind}"; one of: ${Object.keys(importers).join(", ")}`);
      const context = await openContext(globalOptions(command));
      const stopping = stopOnSignals();
      try {
        const summaries: ImportSummary[] = [];
        for (const file of files) {
          const progress = options.json ? undefined : progressBar();
          const summary = await importFile(context.connection, make(), file, { strict: options.strict === true, now: context.clock.now().toISOString(), signal: stopping.signal, ...(progress ? { onProgress: progress } : {}) });
          if (progress) process.stderr.write("\n");
          summaries.push(summary);
          if (!options.json) printSummary(summary);
        }
        if (options.json) printJson(summaries.length === 1 ? summaries[0] : summaries);
      } finally {
        stopping.dispose();
        await context.close();
      }
    });
}
