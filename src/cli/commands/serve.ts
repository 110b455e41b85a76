import fs from "node:fs";
import path from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Http2Bindings, HttpBindings } from "@hono/node-server";
import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { waitAtMost } from "../../app/clock.ts";
import { AppError } from "../../app/errors.ts";
import { readArticle } from "../../ingest/pipeline.ts";
import { buildExampleFeed } from "../../feeds/example-feed.ts";
import { startAppWorker } from "../../feeds/feed-worker.ts";
import type { Worker } from "../../jobs/queue.ts";
import { addFeedSource } from "../../feeds/feed.service.ts";
import { createAppWithCache } from "../../http/app.ts";
import { nodeListener } from "../../http/node-listener.ts";
import { createNotifier } from "../../http/notify.routes.ts";
import { globalOptions } from "../global-options.ts";

const examples = path.resolve(import.meta.dirname, "../../../examples/articles");

/** How long `serve` waits for the first notification pass before it listens anyway. */
const STARTUP_NOTIFY_MS = 5_000;
/** How long a stop waits for running jobs and passes before it closes the store regardless. */
const STOP_WAIT_MS = 5_000;

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web pages and the JSON API (PORT and HOST settings; default http://localhost:8080), and run background jobs")
    .option("--port <port>", "port to listen on (env PORT)")
    .option("--host <host>", "address to listen on (env HOST)")
    .option("--seed-examples", "also serve a feed of the bundled example articles at /examples/feed.xml and follow it (the demo of `npm start`)")
    .option("--no-jobs", "run no background jobs here, only queue the sources that are due (a stateless web node beside `cliffhanger worker` processes)")
    .option("--cached-cards <n>", "built title cards kept in memory until the next change (default 500; 0 keeps none: every request reads the card the notification pass stored, or builds it)")
    .option("--cached-responses-mb <n>", "megabytes of finished pages and answers kept for anonymous readers until the next change (default 64; 0 renders every request)")
    .action(async (options: { port?: string; host?: string; seedExamples?: boolean; cachedCards?: string; cachedResponsesMb?: string; jobs: boolean }, command: Command) => {
      const wholeNumber = (flag: string, raw: string | undefined) => {
        if (raw === undefined) return undefined;
        if (!/^\d{1,6}$/.test(raw)) throw new AppError("BAD_OPTION", `${flag} must be a whole number, 0 or more, not "${raw}"`);
        return Number(raw);
      };
      const cachedCards = wholeNumber("--cached-cards", options.cachedCards);
      const cachedResponsesMb = wholeNumber("--cached-responses-mb", options.cachedResponsesMb);
      if (options.port) process.env.PORT = options.port;
      if (options.host) process.env.HOST = options.host;
      // The demo reads its own feed on this machine: loopback is allowed to it (and so to every feed of this process).
      if (options.seedExamples && !process.env.CLIFFHANGER_ALLOW_PRIVATE_NETWORKS) process.env.CLIFFHANGER_ALLOW_PRIVATE_NETWORKS = "127.0.0.0/8,::1/128";
      const context = await openContext(globalOptions(command));
      // The language model and the rules load on first use, a second or more of blocked event
      // loop: pay it before listening rather than in the first request that ingests.
      const [example] = fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort();
      if (example) readArticle({ bytes: fs.readFileSync(path.join(examples, example)), label: example }, context.config.maxInputBytes);
      const notifier = createNotifier(context);
      // What the store holds already is seen before the first request (the examples just read, say),
      // so that a follow made now is told only what comes after it. A node restarted behind a long
      // backlog (an import's thousands of titles: 53 s under bench:load) listens once the bound has
      // passed, and the pass goes on beside the requests.
      await notifier.afterWrite(STARTUP_NOTIFY_MS);
      const { app, responses, home, storedCards } = createAppWithCache(context, {
        notifier,
        ...(cachedCards === undefined ? {} : { cachedCards }),
        ...(cachedResponsesMb === undefined ? {} : { cachedResponseBytes: cachedResponsesMb * 1024 * 1024 }),
      });
      let demo: ReturnType<typeof buildExampleFeed> | undefined;
      let worker: Worker | undefined;
      const fetch = (request: Request, env: HttpBindings | Http2Bindings): Response | Promise<Response> => {
        const { pathname } = new URL(request.url);
        if (demo && request.method === "GET" && pathname.startsWith("/examples/")) {
          if (pathname === "/examples/feed.xml") return new Response(demo.xml, { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
          const page = demo.pages.get(pathname);
          if (page) return new Response(new Uint8Array(page.body), { headers: { "content-type": page.contentType } });
        }
        return app.fetch(request, env);
      };
      const server = createServer(nodeListener(responses, fetch, { hostname: context.config.host, stored: storedCards }));
      server.listen(context.config.port, context.config.host, () => {
        const info = server.address() as AddressInfo;
        void (async () => {
          process.stdout.write(`cliffhanger is serving http://${context.config.host}:${info.port}/\n`);
          if (options.seedExamples) {
            const host = context.config.host === "localhost" || context.config.host === "0.0.0.0" || context.config.host === "::" ? "127.0.0.1" : context.config.host;
            const base = `http://${host.includes(":") ? `[${host}]` : host}:${info.port}`;
            demo = buildExampleFeed(examples, base);
            const { created } = await addFeedSource(context.connection.db, context.clock, { url: `${base}/examples/feed.xml`, name: "cliffhanger examples" });
            if (created) process.stderr.write(`following the example feed ${base}/examples/feed.xml\n`);
          }
          // Without jobs, the node still queues the feeds that are due (once, whatever the number of nodes).
          worker = startAppWorker(context, { runJobs: options.jobs });
        })().catch((error: unknown) => context.log.error({ err: error }, "starting the background jobs failed"));
      });
      // Jobs and notification passes end before the store closes (they would fail against a closed
      // one, and say so in the log), but a stop does not wait on them for more than a few seconds.
      const stop = () => {
        server.close();
        void waitAtMost(Promise.all([worker?.stop(), notifier.idle(), home.idle(), storedCards.idle()]), STOP_WAIT_MS)
          .then(() => {
            notifier.closing();
            return context.close();
          })
          .then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      process.once("SIGHUP", stop);
      // Started by bin/cliffhanger.js with the server's heap flag: gone with the process that started it, even after a kill -9.
      const parent = Number(process.env.CLIFFHANGER_PARENT_PID);
      if (parent) setInterval(() => process.ppid !== parent && stop(), 500).unref();
      await new Promise(() => undefined);
    });
}
