import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { doctorReport } from "../../feeds/health.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson, style } from "../output.ts";

export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description("list followed sources that fail or went silent, with the reason, and the job queue")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const report = await doctorReport(context.connection.db, context.clock.now());
        if (options.json) return printJson(report);
        print(`${report.feeds.length} source${report.feeds.length === 1 ? "" : "s"} followed, ${report.problems.length} with problems`);
        for (const f of report.problems) {
          print(`${style.yellow(f.state)}  ${f.name ?? f.url}  (${f.id})`);
          if (f.lastError) print(`    last error ${f.lastError.at} [${f.lastError.code}]: ${f.lastError.reason}`);
          for (const e of f.itemErrors) print(`    item ${e.link} [${e.code}]: ${e.reason}`);
          print(`    last success ${f.lastSuccessAt ?? "never"}; ${f.consecutiveFailures} failures in a row; next read ${f.nextReadAt ?? "paused"}`);
        }
        const jobs = report.jobs.map((j) => `${j.kind} ${j.status} ${j.count}`);
        print(`jobs: ${jobs.length ? jobs.join(", ") : "none"}`);
      } finally {
        await context.close();
      }
    });
}
