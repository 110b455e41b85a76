import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { doctorReport } from "../../feeds/health.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson, style } from "../output.ts";

export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description("list followed sources that fail or went silent, with the reason, and the job queue; exits 1 when any source has a problem (for cron and monitoring)")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const report = await doctorReport(context.connection.db, context.clock.now());
        if (options.json) printJson(report);
        else printReport(report);
        // A check that monitoring can act on: problems are the exit status, as well as the words.
        if (report.problems.length > 0) throw new AppError("UNHEALTHY", `${report.problems.length} followed source${report.problems.length === 1 ? " has" : "s have"} problems (above)`);
      } finally {
        await context.close();
      }
    });
}

function printReport(report: Awaited<ReturnType<typeof doctorReport>>): void {
  print(`${report.feeds.length} source${report.feeds.length === 1 ? "" : "s"} followed, ${report.problems.length} with problems`);
  for (const f of report.problems) {
    print(`${style.yellow(f.state)}  ${f.name ?? f.url}  (${f.id})`);
    if (f.lastError) print(`    last error ${f.lastError.at} [${f.lastError.code}]: ${f.lastError.reason}`);
    for (const e of f.itemErrors) print(`    item ${e.link} [${e.code}]: ${e.reason}`);
    print(`    last success ${f.lastSuccessAt ?? "never"}; ${f.consecutiveFailures} failures in a row; next read ${f.nextReadAt ?? "paused"}`);
  }
  const jobs = report.jobs.map((j) => `${j.kind} ${j.status} ${j.count}`);
  print(`jobs: ${jobs.length ? jobs.join(", ") : "none"}`);
}
