import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `cliffhanger` binary in a child process, as a user would. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), ...args], {
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CLIFFHANGER_DB: "", ...options.env },
    cwd: repoRoot,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking the test's event loop: for several commands running at once. */
export function runCliAsync(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "bin/cliffhanger.js"), ...args], {
      env: { ...process.env, NO_COLOR: "1", CLIFFHANGER_DB: "", ...options.env },
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}
