import assert from "node:assert/strict";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { repoRoot, runCliAsync } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

// one engine: a SQLite file is read while the import writes it, to time the signals.

/**
 * `cliffhanger import` re-launches itself with a V8 flag. Stopping the process the user sees must
 * stop the import: before, SIGTERM left the child running under PID 1 to the end.
 */
const rows = 30_000;

function datasetFile(dir: string): string {
  const file = path.join(dir, "title.principals.tsv");
  const lines = ["tconst\tordering\tnconst\tcategory\tjob\tcharacters"];
  for (let i = 0; i < rows; i += 1) lines.push(`tt${9_000_000 + Math.floor(i / 5)}\t${(i % 5) + 1}\tnm${8_000_000 + (i % 9_000)}\tactor\t\\N\t["Role ${i}"]`);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function run(db: string): { status: string; rows: number } | undefined {
  if (!fs.existsSync(db)) return undefined;
  const database = new Sqlite(db, { readonly: true, fileMustExist: true });
  try {
    database.pragma("busy_timeout = 1000");
    const row = database.prepare("select status, rows_read as rows from import_run").get() as { status: string; rows: number } | undefined;
    return row;
  } catch {
    return undefined;
  } finally {
    database.close();
  }
}

/** Processes still reading this file, whoever their parent is now. */
function processesReading(file: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", file], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return condition();
}

function startImport(db: string, file: string): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), "--db", db, "import", "imdb", file], { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1", CLIFFHANGER_DB: "" } });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  return { child, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))), stderr: () => stderr };
}

describe("stopping an import", { timeout: 180_000 }, () => {
  it("SIGTERM or kill -9 to the visible process stops the import, marks it interrupted, and the next run completes it", async () => {
    const dir = tempDir("cliffhanger-signals");
    const db = path.join(dir, "store.db");
    const file = datasetFile(dir);

    const first = startImport(db, file);
    assert.ok(await until(() => (run(db)?.rows ?? 0) > 0, 60_000), "a first batch was committed");
    first.child.kill("SIGTERM");
    assert.equal(await first.exited, 130, first.stderr());
    assert.match(first.stderr(), /interrupted after [\d,]+ rows; the same command resumes it/);
    assert.ok(await until(() => processesReading(file).length === 0, 5_000), "no process goes on reading the file");
    assert.equal(run(db)?.status, "interrupted");

    const second = startImport(db, file);
    const rowsBefore = run(db)!.rows;
    assert.ok(await until(() => (run(db)?.rows ?? 0) > rowsBefore || run(db)?.status === "running", 60_000));
    second.child.kill("SIGKILL");
    await second.exited;
    assert.ok(await until(() => processesReading(file).length === 0, 10_000), "the re-launched child notices its parent is gone and stops");
    assert.ok(await until(() => run(db)?.status === "interrupted", 5_000), `marked interrupted, not running: ${JSON.stringify(run(db))}`);

    const last = await runCliAsync(["--db", db, "import", "imdb", file, "--json"]);
    assert.equal(last.status, 0, last.stderr);
    const summary = JSON.parse(last.stdout) as { status: string; rowsRead: number };
    assert.equal(summary.status, "resumed");
    assert.equal(summary.rowsRead, rows);
    assert.deepEqual(run(db), { status: "complete", rows });
    const database = new Sqlite(db, { readonly: true });
    try {
      // Credits are facts of their line (dataset_fact, keyed by source, line and place): a row written twice would be two.
      assert.equal((database.prepare("select (select count(*) from claim) + (select count(*) from dataset_fact) as n").get() as { n: number }).n, rows, "each row once, whatever was interrupted");
      assert.equal((database.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
    } finally {
      database.close();
    }
  });
});
