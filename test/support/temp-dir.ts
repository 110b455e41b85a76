import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const made: string[] = [];

/**
 * A fresh folder under the system's temp folder, removed when the test process exits: the suite
 * made about 400 a run and left them all behind.
 */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

process.once("exit", () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});
