import { execFileSync } from "node:child_process";

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
