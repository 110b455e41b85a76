import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, it } from "node:test";
import Sqlite from "better-sqlite3";
import { repoRoot, runCli } from "../support/run-cli.ts";
import { tempDir } from "../support/temp-dir.ts";

// one engine: the inputs are refused before the engine matters; the store is a file the test inspects.

/**
 * A user's mistakes are a user's errors: exit 1 with one line naming the file, and nothing half
 * written. Each case here was an internal error (exit 2), a silent success, or a stuck import.
 */
const prose = "Harbour Lights will return for a second season on Netflix in March 2027, the streamer confirmed on Tuesday. The cast returns in full.\n";

function scratch(): string {
  return tempDir("cliffhanger-bad-input");
}

function importRuns(db: string): { title: string | null; status: string | null }[] {
  const database = new Sqlite(db, { readonly: true });
  try {
    return database.prepare("select s.title, r.status from source s left join import_run r on r.source_id = s.id").all() as { title: string | null; status: string | null }[];
  } finally {
    database.close();
  }
}

describe("bad input from the command line", { timeout: 120_000 }, () => {
  it("goes on past a bad file in a folder, reports each, and exits 1 with the count at the end", () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, "a-good.txt"), `Harbour Lights season 2 confirmed\n\n${prose}`);
    fs.writeFileSync(path.join(dir, "b-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7, 0, 0]));
    fs.mkdirSync(path.join(dir, "c-folder.txt"));
    fs.symlinkSync(path.join(dir, "missing-target"), path.join(dir, "d-broken-link.txt"));
    fs.writeFileSync(path.join(dir, "e-good.txt"), `Night Ledger renewed\n\nNight Ledger has been renewed for a third season by Hulu, with filming to begin in May 2027. The cast returns.\n`);
    const db = path.join(dir, "store.db");
    const result = runCli(["--db", db, "ingest", dir]);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /a-good\.txt: Harbour Lights/);
    assert.match(result.stdout, /e-good\.txt: Night Ledger/, "the file after the bad ones is read");
    assert.match(result.stderr, /b-binary\.txt: looks like a binary file/);
    assert.match(result.stderr, /c-folder\.txt: a directory, not an article file/);
    assert.match(result.stderr, /d-broken-link\.txt: no such file \(or a broken link\)/);
    assert.match(result.stderr, /3 of 5 inputs not read/);
    assert.doesNotMatch(result.stderr, /internal error/);
  });

  it("refuses an endless pipe once it passes the limit, without reading it all", async () => {
    const dir = scratch();
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), "--db", path.join(dir, "store.db"), "ingest", "-", "--max-bytes", "100000"], { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const chunk = Buffer.alloc(64 * 1024, "a");
    let written = 0;
    let open = true;
    child.stdin.on("error", () => (open = false));
    const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
    const feed = async () => {
      // An endless source: bounded here only so that a broken limit fails the test instead of hanging it.
      while (open && written < 50 * 1024 * 1024 && child.exitCode === null) {
        if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once("drain", r));
        written += chunk.length;
      }
    };
    void feed();
    const code = await exited;
    assert.equal(code, 1, stderr);
    assert.match(stderr, /stdin: more than the 100000-byte limit/);
    assert.ok(written < 20 * 1024 * 1024, `stopped reading early (${written} bytes written before the refusal)`);
  });

  it("refuses a file over the limit by its size, before reading it", () => {
    const dir = scratch();
    const file = path.join(dir, "huge.txt");
    const fd = fs.openSync(file, "w");
    fs.ftruncateSync(fd, 3 * 1024 * 1024 * 1024); // sparse: three gigabytes that take no disk
    fs.closeSync(fd);
    const result = runCli(["--db", path.join(dir, "store.db"), "ingest", file]);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /huge\.txt: 3221225472 bytes is over the 5242880-byte limit/);
  });

  it("reads UTF-16 saved without a byte-order mark", () => {
    const dir = scratch();
    const file = path.join(dir, "utf16.txt");
    fs.writeFileSync(file, Buffer.from(`Harbour Lights season 2 confirmed\n\n${prose}`, "utf16le"));
    const result = runCli(["--db", path.join(dir, "store.db"), "ingest", file]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /utf16\.txt: Harbour Lights/);
  });

  it("calls a cut-short .gz a bad file, and records the import as failed, not running", () => {
    const dir = scratch();
    const header = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n";
    const rows = Array.from({ length: 3000 }, (_, i) => `tt${String(9_000_000 + i)}\t1\tnm${String(8_000_000 + i)}\tactor\t\\N\t["Role ${i}"]\n`).join("");
    const whole = zlib.gzipSync(header + rows);
    const file = path.join(dir, "title.principals.tsv.gz");
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const db = path.join(dir, "store.db");
    const result = runCli(["--db", db, "import", "imdb", file]);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /title\.principals\.tsv\.gz: the gzip data is corrupt or cut short/);
    assert.deepEqual(importRuns(db).map((r) => r.status), ["failed"]);
  });

  it("leaves nothing behind for a wrong header, random bytes or an empty file", () => {
    const dir = scratch();
    const db = path.join(dir, "store.db");
    const cases: [string, Buffer | string, RegExp][] = [
      ["wrong.tsv", "a\tb\n1\t2\n", /wrong\.tsv: header is not one of IMDb's TSVs/],
      ["random.tsv", Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919 + 13) % 251 + 1)), /random\.tsv: header is not one of IMDb's TSVs/],
      ["empty.tsv", "", /empty\.tsv: the file is empty/],
    ];
    for (const [name, content, message] of cases) {
      fs.writeFileSync(path.join(dir, name), content);
      const result = runCli(["--db", db, "import", "imdb", path.join(dir, name)]);
      assert.equal(result.status, 1, `${name}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
    assert.deepEqual(importRuns(db), [], "no source and no run for files that were never imported");
  });

  it("names an unreachable PostgreSQL server as the user's setting to fix (exit 1)", () => {
    const result = runCli(["--db", "postgres://nobody@127.0.0.1:1/none", "show", "Anything"]);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /^cliffhanger: cannot open database postgres:\/\/nobody@127\.0\.0\.1:1\/none: connect ECONNREFUSED/);
  });

  it("refuses a url that is not http or https", () => {
    const dir = scratch();
    const file = path.join(dir, "a.txt");
    fs.writeFileSync(file, `Harbour Lights season 2 confirmed\n\n${prose}`);
    const result = runCli(["--db", path.join(dir, "store.db"), "ingest", file, "--url", "javascript:alert(1)"]);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /a\.txt: the url must be an http or https URL/);
  });

  it("stops quietly when the reader of its output goes away (| head), without an EPIPE crash", async () => {
    const dir = scratch();
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), "--db", path.join(dir, "store.db"), "ingest", path.join(repoRoot, "test/fixtures/devset/articles")], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
  });
});
