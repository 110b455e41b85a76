import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { AppError } from "../../app/errors.ts";
import { parseEvery } from "../../feeds/cadence.ts";
import { deleteFeed, findFeed, setFeedStatus } from "../../feeds/feed.repository.ts";
import { addFeedSource } from "../../feeds/feed.service.ts";
import { feedHealth } from "../../feeds/health.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson } from "../output.ts";

export function registerSources(program: Command): void {
  const sources = program.command("sources").description("news sources to follow: RSS, Atom or JSON Feed addresses, or pages that name their feed");
  sources
    .command("add")
    .description("follow a feed (or a page whose <link rel=\"alternate\"> names one); read by `fetch`, `worker` and `serve`")
    .argument("<url>")
    .option("--name <name>", "a name to list it by (default: the feed's title)")
    .option("--every <interval>", "read it at this interval (30m, 2h, 1d); default: adapts to how often it changes")
    .option("--json", "print as JSON")
    .action(async (url: string, options: { name?: string; every?: string; json?: boolean }, command: Command) => {
      const everySeconds = options.every === undefined ? null : parseEvery(options.every);
      if (everySeconds === undefined) throw new AppError("BAD_OPTION", `--every must be a number of seconds or minutes, hours, days (30m, 2h, 1d), not "${options.every}"`);
      if (everySeconds !== null && everySeconds < 60) throw new AppError("BAD_OPTION", `--every must be at least a minute (60s), not "${options.every}"`);
      const context = await openContext(globalOptions(command));
      try {
        const { feed, created } = await addFeedSource(context.connection.db, context.clock, { url, name: options.name ?? null, everySeconds });
        if (options.json) printJson({ id: feed.id, url: feed.url, name: feed.name, created });
        else print(`${created ? "following" : "already following"} ${feed.url} (${feed.id})`);
      } finally {
        await context.close();
      }
    });
  sources
    .command("list")
    .description("the sources followed, with their health")
    .option("--json", "print as JSON")
    .action(async (options: { json?: boolean }, command: Command) => {
      const context = await openContext(globalOptions(command));
      try {
        const health = await feedHealth(context.connection.db, context.clock.now());
        if (options.json) return printJson(health);
        if (health.length === 0) return print("no sources followed (add one with `cliffhanger sources add <url>`)");
        for (const f of health) {
          print(`${f.id}  ${f.state}  ${f.name ?? "(unnamed)"}  ${f.url}`);
          print(`    items read ${f.itemsRead}, articles added ${f.articlesAdded}, claims added ${f.claimsAdded}; last success ${f.lastSuccessAt ?? "never"}; next read ${f.nextReadAt ?? "paused"}`);
          if (f.lastError) print(`    last error ${f.lastError.at}: ${f.lastError.reason}`);
        }
      } finally {
        await context.close();
      }
    });
  for (const [name, description] of [
    ["remove", "stop following a source (what was read from it stays)"],
    ["pause", "stop reading a source for now"],
    ["resume", "read a paused source again"],
  ] as const) {
    sources
      .command(name)
      .description(description)
      .argument("<source>", "its id, address or name")
      .action(async (ref: string, _options: unknown, command: Command) => {
        const context = await openContext(globalOptions(command));
        try {
          const feed = await findFeed(context.connection.db, ref);
          if (!feed) throw new AppError("UNKNOWN_ENTITY", `no followed source has the id, address or name "${ref}" (see \`cliffhanger sources list\`)`);
          if (name === "remove") await deleteFeed(context.connection.db, feed.id);
          else await setFeedStatus(context.connection.db, feed.id, name === "pause" ? "paused" : "active", context.clock.now().toISOString());
          print(`${name === "remove" ? "removed" : name === "pause" ? "paused" : "resumed"} ${feed.url} (${feed.id})`);
        } finally {
          await context.close();
        }
      });
  }
}
