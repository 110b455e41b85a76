import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { errorCodes } from "../../src/app/errors.ts";
import { repoRoot } from "../support/run-cli.ts";

/** docs/errors.md is the list users read: it must hold every code, with the status and exit the code has. */
it("docs/errors.md lists every error code with its HTTP status and exit status", () => {
  const doc = fs.readFileSync(path.join(repoRoot, "docs/errors.md"), "utf8");
  const rows = new Map([...doc.matchAll(/^\| `([A-Z_]+)` \| (\d+) \| (\d+) \|/gm)].map((m) => [m[1]!, { status: Number(m[2]), exitCode: Number(m[3]) }]));
  for (const [code, { status, exitCode }] of Object.entries(errorCodes)) {
    assert.deepEqual(rows.get(code), { status, exitCode }, `${code} in docs/errors.md`);
  }
  assert.deepEqual([...rows.keys()].filter((code) => !(code in errorCodes)), [], "no code the program does not have");
});

it("the HTTP layer answers only with codes from the one list", () => {
  const sources = fs.readdirSync(path.join(repoRoot, "src/http"), { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
  const used = new Set<string>();
  for (const file of sources) {
    for (const m of fs.readFileSync(path.join(repoRoot, "src/http", file), "utf8").matchAll(/code: "([A-Z_]+)"|AppError\("([A-Z_]+)"/g)) used.add(m[1] ?? m[2]!);
  }
  assert.ok(used.size >= 3);
  assert.deepEqual([...used].filter((code) => !(code in errorCodes)), []);
});
