import fs from "node:fs";
import path from "node:path";
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { ingestArticle, readArticle } from "../../ingest/pipeline.ts";
import { countSources } from "../../sources/source.repository.ts";
import { createApp } from "../../http/app.ts";
import { createNotifier } from "../../http/notify.routes.ts";
import { globalOptions } from "../global-options.ts";

const examples = path.resolve(import.meta.dirname, "../../../examples/articles");

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web pages and the JSON API (PORT and HOST settings; default http://localhost:8080)")
    .option("--port <port>", "port to listen on (env PORT)")
    .option("--host <host>", "address to listen on (env HOST)")
    .option("--seed-examples", "when the database is empty, read the bundled example articles first")
    .option("--cached-cards <n>", "built title cards kept in memory until the next change (default 500; 0 builds every card for every request)")
    .option("--cached-responses-mb <n>", "megabytes of finished pages and answers kept for anonymous readers until the next change (default 64; 0 renders every request)")
    .action(async (options: { port?: string; host?: string; seedExamples?: boolean; cachedCards?: string; cachedResponsesMb?: string }, command: Command) => {
      const wholeNumber = (flag: string, raw: string | undefined) => {
        if (raw === undefined) return undefined;
        if (!/^\d{1,6}$/.test(raw)) throw new AppError("BAD_OPTION", `${flag} must be a whole number, 0 or more, not "${raw}"`);
        return Number(raw);
      };
      const cachedCards = wholeNumber("--cached-cards", options.cachedCards);
      const cachedResponsesMb = wholeNumber("--cached-responses-mb", options.cachedResponsesMb);
      if (options.port) process.env.PORT = options.port;
      if (options.host) process.env.HOST = options.host;
      const context = await openContext(globalOptions(command));
      if (options.seedExamples && (await countSources(context.connection.db)) === 0) {
        for (const file of fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort()) {
          const result = await ingestArticle(context.connection, context.clock, { bytes: fs.readFileSync(path.join(examples, file)), label: file }, context.config.maxInputBytes);
          process.stderr.write(`read example ${file}: ${result.claimsAdded} claims\n`);
        }
      }
      // The language model and the rules load on first use, a second or more of blocked event
      // loop: pay it before listening rather than in the first request that ingests.
      const [example] = fs.readdirSync(examples).filter((f) => /\.(txt|html|md)$/.test(f)).sort();
      if (example) readArticle({ bytes: fs.readFileSync(path.join(examples, example)), label: example }, context.config.maxInputBytes);
      const notifier = createNotifier(context);
      // What the store holds already is seen before the first request (the examples just read, say),
      // so that a follow made now is told only what comes after it.
      await notifier.afterWrite();
      const app = createApp(context, {
        notifier,
        ...(cachedCards === undefined ? {} : { cachedCards }),
        ...(cachedResponsesMb === undefined ? {} : { cachedResponseBytes: cachedResponsesMb * 1024 * 1024 }),
      });
      // Writes by other processes (the CLI, imports), retries that come due and release days that
      // come near are picked up every few seconds.
      let busy = false;
      const tick = setInterval(() => {
        if (busy) return;
        busy = true;
        void notifier.afterWrite().then(() => notifier.send()).catch((error: unknown) => context.log.warn({ err: error }, "notifications failed")).finally(() => (busy = false));
      }, 5_000);
      tick.unref();
      const server = serve({ fetch: app.fetch, port: context.config.port, hostname: context.config.host }, (info) => {
        process.stdout.write(`cliffhanger is serving http://${context.config.host}:${info.port}/\n`);
      });
      const stop = () => {
        clearInterval(tick);
        server.close();
        void context.close().then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      await new Promise(() => undefined);
    });
}
