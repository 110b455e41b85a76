import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { sql } from "kysely";
import { connect, type Engine } from "../../src/storage/db.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { freePort } from "../support/postgres-server.ts";
import { repoRoot, runCliAsync } from "../support/run-cli.ts";

/**
 * Several processes writing one store at once, as a self-hoster's cron job, a second terminal and
 * the web form do: every operation must succeed (writers wait for each other) and the store must end
 * exactly as if the same work had run one piece after another.
 */
const soakMs = Number(process.env.CLIFF_SOAK_SECONDS ?? 60) * 1000;

const devset = path.join(repoRoot, "test/fixtures/devset/articles");
const devsetFiles = fs.readdirSync(devset).sort();
const cliFiles = [
  ...fs.readdirSync(path.join(repoRoot, "test/fixtures/articles")).sort().map((f) => path.join(repoRoot, "test/fixtures/articles", f)),
  ...devsetFiles.slice(0, 16).map((f) => path.join(devset, f)),
];
const apiFiles = devsetFiles.slice(16, 24).map((f) => path.join(devset, f));
const dataset = path.join(repoRoot, "test/fixtures/datasets/netflix-top10-global-slice.tsv");

async function counts(url: string) {
  const connection = connect(url);
  try {
    const one = async (query: string) => Number(((await sql.raw<{ n: number | string }>(query).execute(connection.db)).rows[0]!).n);
    return {
      sources: await one("select count(*) as n from source"),
      claims: await one("select count(*) as n from claim"),
      titles: await one("select count(*) as n from entity where kind = 'title' and merged_into is null"),
      people: await one("select count(*) as n from entity where kind = 'person' and merged_into is null"),
      characters: await one("select count(*) as n from entity where kind = 'character' and merged_into is null"),
      aliases: await one("select count(*) as n from alias where removed_at is null"),
      importsUnfinished: await one("select count(*) as n from import_run where status <> 'complete'"),
    };
  } finally {
    await connection.close();
  }
}

async function integrity(engine: Engine, url: string): Promise<string> {
  const connection = connect(url);
  try {
    if (engine === "sqlite") {
      const rows = (await sql.raw<{ integrity_check: string }>("pragma integrity_check").execute(connection.db)).rows;
      return rows.map((r) => r.integrity_check).join("; ");
    }
    // PostgreSQL keeps its own pages consistent; what concurrent writers could break is the data:
    // two sources with one content hash, or claims pointing at nothing.
    const duplicates = (await sql.raw<{ n: string }>("select count(*) as n from (select content_hash from source group by content_hash having count(*) > 1) d").execute(connection.db)).rows[0]!.n;
    const orphans = (await sql.raw<{ n: string }>("select count(*) as n from claim c left join entity e on e.id = c.subject_id where e.id is null").execute(connection.db)).rows[0]!.n;
    return Number(duplicates) === 0 && Number(orphans) === 0 ? "ok" : `${duplicates} duplicated sources, ${orphans} orphan claims`;
  } finally {
    await connection.close();
  }
}

function startServer(url: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), "--db", url, "serve", "--port", String(port), "--host", "127.0.0.1"], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: "1", CLIFFHANGER_DB: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      if (chunk.includes("is serving")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

const rotate = <T>(items: T[], by: number): T[] => [...items.slice(by), ...items.slice(0, by)];

describe("concurrent writers on one store", { concurrency: true }, () => {
  for (const engine of requestedDialects()) {
    test(`[${engine}] 4 CLI writers, an import and the API (reads and writes) for ${soakMs / 1000} s: no failure, the serial run's counts`, { timeout: soakMs + 240_000 }, async (t) => {
      const reason = unavailableReason(engine);
      if (reason) return t.skip(reason);

      const serial = await createTestDatabase(engine);
      const shared = await createTestDatabase(engine);
      let server: ChildProcess | undefined;
      try {
        for (const args of [["ingest", ...cliFiles], ["ingest", ...apiFiles], ["import", "netflix-top10", dataset]]) {
          const result = await runCliAsync(["--db", serial.url, ...args]);
          assert.equal(result.status, 0, result.stderr);
        }
        const expected = await counts(serial.url);

        const migrated = await runCliAsync(["--db", shared.url, "migrate"]);
        assert.equal(migrated.status, 0, migrated.stderr);
        const token = JSON.parse((await runCliAsync(["--db", shared.url, "tokens", "create", "--name", "load", "--json"])).stdout).token as string;
        const port = await freePort();
        server = await startServer(shared.url, port);
        const base = `http://127.0.0.1:${port}`;

        const deadline = Date.now() + soakMs;
        const failures: string[] = [];
        const done = { cli: 0, imports: 0, posts: 0, reads: 0 };
        const writer = async (index: number) => {
          for (let round = 0; Date.now() < deadline; round += 1) {
            const result = await runCliAsync(["--db", shared.url, "ingest", ...rotate(cliFiles, (index * 7 + round) % cliFiles.length)]);
            if (result.status !== 0) failures.push(`writer ${index}: exit ${result.status}: ${result.stderr.trim().split("\n").slice(-2).join(" | ")}`);
            done.cli += 1;
          }
        };
        const importer = async () => {
          while (Date.now() < deadline) {
            const result = await runCliAsync(["--db", shared.url, "import", "netflix-top10", dataset]);
            if (result.status !== 0) failures.push(`import: exit ${result.status}: ${result.stderr.trim()}`);
            done.imports += 1;
          }
        };
        const apiWriter = async () => {
          // Every article at least once, as the serial run has them all.
          for (let i = 0; Date.now() < deadline || i < apiFiles.length; i += 1) {
            const text = fs.readFileSync(apiFiles[i % apiFiles.length]!, "utf8");
            const response = await fetch(`${base}/api/ingest`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ text }), signal: AbortSignal.timeout(60_000) });
            if (response.status === 429) {
              i -= 1;
              await new Promise((r) => setTimeout(r, 2000));
            }
            else if (response.status !== 200 && response.status !== 201) failures.push(`POST /api/ingest: ${response.status} ${await response.text()}`);
            else done.posts += 1;
            await response.body?.cancel();
          }
        };
        let slowest = 0;
        const reader = async () => {
          const paths = ["/", "/api/titles?limit=20", "/api/search?q=season", "/search?q=the", "/api/titles/does-not-exist"];
          for (let i = 0; Date.now() < deadline; i += 1) {
            const route = paths[i % paths.length]!;
            const started = performance.now();
            const response = await fetch(base + route, { signal: AbortSignal.timeout(30_000) });
            slowest = Math.max(slowest, performance.now() - started);
            const ok = route.includes("does-not-exist") ? response.status === 404 : response.status === 200;
            if (!ok) failures.push(`GET ${route}: ${response.status}`);
            await response.text();
            done.reads += 1;
            await new Promise((r) => setTimeout(r, 50));
          }
        };
        await Promise.all([writer(0), writer(1), writer(2), writer(3), importer(), apiWriter(), reader()]);

        assert.deepEqual(failures, [], `${failures.length} failed operations`);
        t.diagnostic(`${engine}: ${JSON.stringify(done)} operations, slowest read ${Math.round(slowest)} ms`);
        // Two cores shared by a dozen processes: reads are slow here, what matters is that none fails.
        assert.ok(done.cli >= 4 && done.imports >= 1 && done.posts >= 1 && done.reads >= 5, `every kind of operation ran: ${JSON.stringify(done)}, slowest read ${Math.round(slowest)} ms`);
        assert.deepEqual(await counts(shared.url), expected);
        assert.equal(await integrity(engine, shared.url), "ok");
      } finally {
        server?.kill("SIGTERM");
        if (server && server.exitCode === null) await new Promise((r) => server!.once("exit", r));
        await serial.drop();
        await shared.drop();
      }
    });
  }
});
