import type { Clock } from "../app/clock.ts";
import type { Config } from "../app/config.ts";
import type { Logger } from "../app/logger.ts";
import { JobRegistry, startWorker, type Worker } from "../jobs/queue.ts";
import type { Connection } from "../storage/db.ts";
import { fetcherFromConfig, registerFeedJobs, scheduleDueFeeds } from "./feed.service.ts";

/** How often a worker looks for feeds whose next read is due (the job it queues exists once across nodes). */
export const SCHEDULE_EVERY_MS = 15_000;

export interface FeedWorkerOptions {
  concurrency?: number;
  leaseMs?: number;
  untilIdle?: boolean;
  /** Queue due feeds periodically (off for `fetch`, which queues its own round). */
  schedule?: boolean;
  /** Claim no jobs, only schedule due feeds: a web node beside worker processes. */
  runJobs?: boolean;
}

/** A worker running the application's job kinds: what `serve`, `worker` and `fetch` start. */
export function startAppWorker(parts: { connection: Connection; clock: Clock; log: Logger; config: Config }, options: FeedWorkerOptions = {}): Worker {
  const { connection, clock, log, config } = parts;
  const registry = registerFeedJobs(new JobRegistry(), { connection, clock, fetcher: fetcherFromConfig(config), maxBytes: config.maxInputBytes });
  return startWorker({
    db: connection.db,
    clock,
    log,
    registry: options.runJobs === false ? new JobRegistry() : registry,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    untilIdle: options.untilIdle ?? false,
    periodic: options.schedule === false ? [] : [{ name: "feeds.schedule", everyMs: SCHEDULE_EVERY_MS, run: async () => void (await scheduleDueFeeds(connection.db, clock, registry)) }],
  });
}
