import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The heap flag `cliffhanger serve` re-runs itself with (bin/cliffhanger.js), given up front so that
 * the server is the process the benchmark started (its memory is the one sampled), not a launcher.
 */
export const SERVE_HEAP_FLAG = "--max-semi-space-size=32";

/** Prints a result line and returns it, so a run can also collect them. */
export function report(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(48)} ${value}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Which CPU the process may run on: benchmarks say "one core", and taskset makes it so when present. */
export function cpuNote(): string {
  try {
    return execFileSync("taskset", ["-p", String(process.pid)], { encoding: "utf8" }).trim().split(":").pop()!.trim();
  } catch {
    return "unpinned";
  }
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const root = path.resolve(import.meta.dirname, "..");

/**
 * A store with every bundled dataset imported (../shared/data) and the example articles ingested,
 * built once with the CLI (about 3 minutes) and kept at BENCH_STORE (default: the system's
 * temporary folder), so later runs start at once.
 */
export function datasetStore(): string {
  const store = process.env.BENCH_STORE ?? path.join(os.tmpdir(), "cliffhanger-bench-all-datasets.db");
  if (fs.existsSync(store)) return store;
  const data = path.resolve(root, "../shared/data");
  const started = performance.now();
  const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(root, "bin/cliffhanger.js"), "--db", store, "--log-level", "error", ...args], { stdio: ["ignore", "ignore", "inherit"] });
  const files = (dir: string, pattern: RegExp) => fs.readdirSync(path.join(data, dir)).filter((f) => pattern.test(f)).sort().map((f) => path.join(data, dir, f));
  cli("import", "netflix-top10", ...files("netflix-top10", /\.tsv$/));
  cli("import", "netflix-engagement", ...files("netflix-engagement", /\.tsv$/));
  cli("import", "kdrama", ...files("kdrama", /\.csv$/));
  cli("import", "imdb", ...["title.basics.tsv", "name.basics.tsv", "title.principals.tsv"].map((f) => path.join(data, "imdb-sample", f)));
  cli("import", "netflix-titles", ...files("netflix-titles", /\.csv$/));
  cli("ingest", path.join(root, "examples/articles"));
  report("store built (every bundled dataset)", `${((performance.now() - started) / 1000).toFixed(0)} s, ${store}`);
  return store;
}
