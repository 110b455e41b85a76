import Sqlite from "better-sqlite3";
const stats = new Map<string, { n: number; ms: number }>();
const proto = Object.getPrototypeOf(new Sqlite(":memory:").prepare("select 1"));
for (const m of ["all", "run", "get", "iterate"]) {
  const orig = proto[m];
  proto[m] = function (this: { source: string }, ...args: unknown[]) {
    const t = performance.now();
    try { return orig.apply(this, args); } finally {
      const key = this.source.replace(/\?(, ?\?)+/g, "?,…").slice(0, 220);
      const s = stats.get(key) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(key, s);
    }
  };
}
process.on("beforeExit", () => {
  const top = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
  for (const [k, v] of top) console.log(`${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(7)}x  ${k}`);
});
await import("./ingest.bench.ts");
