import type { Clock } from "../app/clock.ts";
import type { Config } from "../app/config.ts";
import type { Logger } from "../app/logger.ts";
import { addressPolicy } from "../fetch/address-policy.ts";
import { JobRegistry, startWorker, type Worker } from "../jobs/queue.ts";
import { processNotifications } from "../notify/notify.service.ts";
import { registerWebhookJobs, sweepDeliveries } from "../notify/webhook-jobs.ts";
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

/** How often new change events (from any process) become notifications, and lost deliveries get their job again. */
export const NOTIFY_EVERY_MS = 5_000;
export const SWEEP_EVERY_MS = 60_000;
/** Webhook deliveries sent at once: each waits on a remote server for up to 5 s. */
export const WEBHOOK_CONCURRENCY = 8;

/**
 * What a follower is told: the notification pass over new change events, and webhook deliveries
 * as jobs (`webhooks.deliver`), in a worker of their own so that a slow feed never holds them up.
 * With `runJobs: false` (a web node) only the pass runs; worker processes send.
 */
export function startNotifyWorker(parts: { connection: Connection; clock: Clock; log: Logger; config: Config }, options: { runJobs?: boolean; concurrency?: number; pollMs?: number; notifyEveryMs?: number } = {}): Worker {
  const { connection, clock, log, config } = parts;
  const registry = registerWebhookJobs(new JobRegistry(), { policy: addressPolicy(config.allowPrivateNetworks) });
  return startWorker({
    db: connection.db,
    clock,
    log,
    registry: options.runJobs === false ? new JobRegistry() : registry,
    concurrency: options.concurrency ?? WEBHOOK_CONCURRENCY,
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    periodic: [
      { name: "notify.pass", everyMs: options.notifyEveryMs ?? NOTIFY_EVERY_MS, run: async () => void (await processNotifications(connection, clock)) },
      { name: "webhooks.sweep", everyMs: SWEEP_EVERY_MS, run: async () => void (await sweepDeliveries(connection.db, clock)) },
    ],
  });
}

/** Two workers as one: what the commands start, stop and wait for. */
function both(a: Worker, b: Worker): Worker {
  const stats = { completed: 0, retried: 0, failed: 0, lost: 0 };
  const sum = () => {
    for (const key of Object.keys(stats) as (keyof typeof stats)[]) stats[key] = a.stats[key] + b.stats[key];
    return stats;
  };
  return {
    id: a.id,
    done: Promise.all([a.done, b.done]).then(() => void sum()),
    get stats() {
      return sum();
    },
    stop: async () => {
      await Promise.all([a.stop(), b.stop()]);
    },
  };
}

/** The workers running the application's job kinds: what `serve`, `worker` and `fetch` start (`fetch`, until idle, reads feeds only). */
export function startAppWorker(parts: { connection: Connection; clock: Clock; log: Logger; config: Config }, options: FeedWorkerOptions = {}): Worker {
  const feeds = startFeedWorker(parts, options);
  if (options.untilIdle) return feeds;
  return both(feeds, startNotifyWorker(parts, options.runJobs === false ? { runJobs: false } : {}));
}

function startFeedWorker(parts: { connection: Connection; clock: Clock; log: Logger; config: Config }, options: FeedWorkerOptions): Worker {
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
