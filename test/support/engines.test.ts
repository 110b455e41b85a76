import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "./run-cli.ts";

// README: "every test that writes to a database runs on every engine". This holds the suite to it:
// a test file that opens a database loops over requestedDialects() and names no engine of its own,
// unless it says why it is about one engine (a line "// one engine: <why>").

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "fixtures" ? [] : testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const opensDatabase = /\b(?:withMigratedDb|createTestDatabase|connect)\(|"--db"/;
const namesAnEngine = /(?:withMigratedDb|createTestDatabase)\("(?:sqlite|postgres)"|"--db",\s*(?:path\.join|"[^"]*\.db")|connect\(":memory:"\)/;

describe("tests on every engine", () => {
  it("every test file that opens a database runs on each engine in CLIFF_TEST_DIALECTS", () => {
    const offenders: string[] = [];
    for (const file of [...testFiles(path.join(repoRoot, "test")), ...testFiles(path.join(repoRoot, "src"))]) {
      const text = fs.readFileSync(file, "utf8");
      if (!opensDatabase.test(text) || /^\/\/ one engine: \S/m.test(text)) continue;
      const relative = path.relative(repoRoot, file);
      if (!text.includes("requestedDialects()")) offenders.push(`${relative}: opens a database without looping over requestedDialects()`);
      for (const line of text.split("\n").filter((l) => namesAnEngine.test(l))) offenders.push(`${relative}: names one engine: ${line.trim().slice(0, 100)}`);
    }
    assert.deepEqual(offenders, []);
  });
});
