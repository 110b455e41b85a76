import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { readArticle } from "../../ingest/pipeline.ts";
import { waitAtMost } from "../../app/clock.ts";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { startAppWorker } from "../../feeds/feed-worker.ts";
import { processNotifications } from "../../notify/notify.service.ts";
import { scheduleRound } from "../../feeds/feed.service.ts";
import { feedHealth } from "../../feeds/health.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson } from "../output.ts";

function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new AppError("BAD_OPTION", `${option} must be a whole number, 1 or more, not "${value}"`);
  return n;
}

const examples = path.resolve(import.meta.dirname, "../../../examples/articles");

/**
 * The language model and the rules load on first use: seconds of blocked event loop, in which a
 * job's lease cannot be renewed. Paid before the first claim, so a lease only has to outlast the
 * reading of one article.
 */
function warmUpReader(maxBytes: number): void {
  const [example] = fs.existsSync(examples) ? fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort() : [];
  if (example) readArticle({ bytes: fs.readFileSync(path.join(examples, example)), label: example }, maxBytes);
}

/** How long `worker` waits for running jobs and passes at a stop before it closes the store. */
const STOP_WAIT_MS = 5_000;

export function registerFetch(program: Command): void {
  program
    .command("fetch")
    .description("read every followed source once (its new items into cards), then exit")
    .option("--concurrency <n>", "jobs run at once (each host is still asked one thing at a time)", "2")
    .option("--json", "print each source's health after the round as JSON")
    .action(async (options: { concurrency?: string; json?: boolean }, command: Command) => {
      const concurrency = positiveInteger(options.concurrency, "--concurrency", 2);
      const context = await openContext(globalOptions(command));
      try {
        const db = context.connection.db;
        const before = new Map((await feedHealth(db, context.clock.now())).map((f) => [f.id, f]));
        const queued = await scheduleRound(db, context.clock);
        const worker = startAppWorker(context, { concurrency, untilIdle: true, schedule: false });
        await worker.done;
        // What the round changed becomes notifications now (their webhooks are queued for a worker or a server).
        await processNotifications(context.connection, context.clock);
        const after = await feedHealth(db, context.clock.now());
        if (options.json) return printJson(after);
        for (const f of after) {
          const b = before.get(f.id);
          const items = f.itemsRead - (b?.itemsRead ?? 0);
          const articles = f.articlesAdded - (b?.articlesAdded ?? 0);
          const claims = f.claimsAdded - (b?.claimsAdded ?? 0);
          print(`${f.name ?? f.url}: ${items} items read, ${articles} articles added, ${claims} claims added${f.state === "failing" && f.lastError ? ` — ${f.lastError.reason}` : ""}`);
        }
        if (queued === 0) print("no active sources to read (add one with `cliffhanger sources add <url>`)");
      } finally {
        await context.close();
      }
    });
  program
    .command("worker")
    .description("run background jobs (reading sources, sending webhooks) until stopped; run any number beside `serve --no-jobs` nodes")
    .option("--concurrency <n>", "jobs run at once", "2")
    .option("--lease-seconds <n>", "how long a job is held before another worker may take it (renewed while it runs; keep it above the longest reading of one article, up to 20 s)", "60")
    .action(async (options: { concurrency?: string; leaseSeconds?: string }, command: Command) => {
      const concurrency = positiveInteger(options.concurrency, "--concurrency", 2);
      const leaseMs = positiveInteger(options.leaseSeconds, "--lease-seconds", 60) * 1000;
      const context = await openContext(globalOptions(command));
      warmUpReader(context.config.maxInputBytes);
      const worker = startAppWorker(context, { concurrency, leaseMs });
      process.stderr.write(`cliffhanger worker ${worker.id} running (concurrency ${concurrency})\n`);
      // Running jobs and periodic passes end first, but a stop waits for them at most a few seconds.
      const stop = () =>
        void waitAtMost(worker.stop(), STOP_WAIT_MS)
          .then(() => context.close())
          .then(() => process.exit(0));
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      await worker.done;
    });
}
