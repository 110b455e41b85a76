import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { connect } from "../../src/storage/db.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { startLocalServer, type LocalServer } from "../support/http-server.ts";
import { repoRoot, runCliAsync } from "../support/run-cli.ts";

// Two `worker` processes and a `serve --no-jobs` node read one feed together: the feed's read is
// queued once though three nodes schedule it, every item job runs once, and the job of a worker
// killed with SIGKILL mid-item runs again on the other worker once its lease runs out, storing the
// article once.

const articles = path.join(repoRoot, "test/fixtures/articles");
const slowFile = "renewal-hbo.txt";

interface Proc {
  child: ChildProcess;
  stderr: string;
  exited: Promise<void>;
}

function startNode(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  const proc: Proc = { child, stderr: "", exited: new Promise((resolve) => child.once("exit", () => resolve())) };
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (proc.stderr += chunk));
  child.stdout!.resume();
  return proc;
}

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("workers and a web node reading one feed", () => {
  let server: LocalServer;
  let links: string[];
  let slowAsked = 0;
  before(async () => {
    server = await startLocalServer();
    const files = fs.readdirSync(articles).filter((f) => f.endsWith(".txt")).sort();
    links = files.map((f) => `${server.url}/a/${f}`);
    server.route("/feed.xml", (_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${links.map((l) => `<item><title>t</title><link>${l}</link></item>`).join("")}</channel></rss>`),
    );
    for (const file of files) {
      server.route(`/a/${file}`, (_req, res) => {
        if (file === slowFile && ++slowAsked === 1) return; // the first asker never gets an answer: it is killed
        res.writeHead(200, { "content-type": "text/plain" }).end(fs.readFileSync(path.join(articles, file)));
      });
    }
  });
  after(() => server.close());

  for (const engine of requestedDialects()) {
    const skip = unavailableReason(engine);
    it(`no job runs twice, and a killed worker's job runs again once [${engine}]`, { skip }, async () => {
      slowAsked = 0;
      const database = await createTestDatabase(engine);
      const env = { CLIFFHANGER_DB: database.url, CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "1", CLIFFHANGER_FETCH_HOST_DELAY_MS: "0", CLIFFHANGER_LOG_LEVEL: "info" };
      const nodes: Proc[] = [];
      const connection = connect(database.url);
      try {
        const added = await runCliAsync(["sources", "add", `${server.url}/feed.xml`], { env });
        assert.equal(added.status, 0, added.stderr);
        const workers = [startNode(["worker", "--concurrency", "1", "--lease-seconds", "6"], env), startNode(["worker", "--concurrency", "1", "--lease-seconds", "4"], env)];
        const web = startNode(["serve", "--no-jobs", "--port", "0", "--host", "127.0.0.1"], env);
        nodes.push(...workers, web);
        const db = connection.db;

        // The slow item's page was asked for: kill the worker that holds its job.
        await waitFor("the slow page to be asked for", () => slowAsked >= 1);
        const slowItem = await db.selectFrom("feed_item").select("id").where("link", "=", `${server.url}/a/${slowFile}`).executeTakeFirstOrThrow();
        let holder: string | null = null;
        await waitFor("the slow job's holder", async () => {
          holder = (await db.selectFrom("job").select("locked_by").where("unique_key", "=", `feeds.item:${slowItem.id}`).executeTakeFirst())?.locked_by ?? null;
          return holder !== null;
        });
        const victim = workers.find((w) => holder!.includes(`:${w.child.pid}:`));
        assert.ok(victim, `the job is held by a worker (${holder})`);
        victim.child.kill("SIGKILL");
        await victim.exited;

        await waitFor("every item to be read", async () => (await db.selectFrom("feed_item").select("id").where("status", "=", "queued").execute()).length === 0 && (await db.selectFrom("feed_item").select("id").execute()).length === links.length);
        for (const node of nodes) if (node.child.exitCode === null) node.child.kill("SIGTERM");
        await Promise.all(nodes.map((n) => n.exited));

        const jobs = await db.selectFrom("job").selectAll().execute();
        const reads = jobs.filter((j) => j.kind === "feeds.read");
        assert.equal(reads.length, 1, "three nodes scheduled the feed; its read was queued once");
        const slowJob = jobs.find((j) => j.unique_key === null && j.payload_json.includes(slowItem.id))!;
        assert.deepEqual([slowJob.status, Number(slowJob.attempts)], ["done", 2], "the killed worker's job ran again");
        assert.deepEqual(jobs.filter((j) => j.id !== slowJob.id && (j.status !== "done" || Number(j.attempts) !== 1)).map((j) => `${j.id} ${j.kind} ${j.status} ${j.attempts} ${j.last_error}`), [], `every other job ran once\n${nodes.map((n) => n.stderr.split("\n").filter((l) => jobs.some((j) => Number(j.attempts) > 1 && j.id !== slowJob.id && l.includes(j.id))).join("\n")).join("\n---\n")}`);

        const starts = new Map<string, number>();
        for (const node of nodes) {
          for (const line of node.stderr.split("\n")) {
            if (!line.startsWith("{")) continue;
            const entry = JSON.parse(line) as { msg?: string; jobId?: string };
            if (entry.msg === "job started") starts.set(entry.jobId!, (starts.get(entry.jobId!) ?? 0) + 1);
          }
        }
        assert.equal(starts.size, jobs.length, "every job started, as the logs show");
        assert.deepEqual([...starts].filter(([id, n]) => n !== (id === slowJob.id ? 2 : 1)), [], "no job started twice but the killed one");
        const surviving = nodes.filter((n) => n !== victim && n !== web);
        assert.ok(surviving[0]!.stderr.includes('"msg":"job done"'), "the surviving worker did jobs");
        assert.ok(!web.stderr.includes('"msg":"job started"'), "the web node ran none");

        const sources = await db.selectFrom("source").select("url").execute();
        assert.equal(new Set(sources.map((s) => s.url)).size, sources.length, "no article stored twice");
        assert.ok(sources.some((s) => s.url === `${server.url}/a/${slowFile}`), "the killed worker's item was stored");
        const feed = await db.selectFrom("feed").selectAll().executeTakeFirstOrThrow();
        assert.equal(Number(feed.items_read), links.length);
        assert.equal(Number(feed.articles_added), sources.length);
      } finally {
        for (const node of nodes) if (node.child.exitCode === null) node.child.kill("SIGKILL");
        await connection.close();
        await database.drop();
      }
    });
  }
});
