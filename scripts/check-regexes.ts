/**
 * Every regular-expression literal in src/ checked by recheck for catastrophic (exponential)
 * backtracking. Verdicts are kept in test/fixtures/regex-verdicts.json by pattern, so the test in
 * `npm test` only asks recheck about patterns that are new or changed (recheck takes about a
 * quarter of a second per pattern). `npm run check:regex` re-checks everything and rewrites it.
 */
import fs from "node:fs";
import path from "node:path";
import { checkSync } from "recheck";
import { regexLiterals } from "../test/support/regex-literals.ts";

export type Verdict = "safe" | "polynomial" | "exponential" | "unknown";

export const verdictsFile = path.resolve(import.meta.dirname, "../test/fixtures/regex-verdicts.json");
const srcDir = path.resolve(import.meta.dirname, "../src");

export interface Pattern {
  file: string;
  line: number;
  source: string;
  flags: string;
  key: string;
}

/** Literals of the shipped code (tests and rule tables excluded: they never see user input). */
export function sourcePatterns(): Pattern[] {
  const files = fs.readdirSync(srcDir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".cases.ts")).sort();
  return files.flatMap((file) =>
    regexLiterals(fs.readFileSync(path.join(srcDir, file), "utf8")).map((r) => {
      // g and y change where matching starts, not how it backtracks.
      const flags = r.flags.replace(/[gy]/g, "");
      return { file, line: r.line, source: r.source, flags, key: `/${r.source}/${flags}` };
    }),
  );
}

export function verdictOf(pattern: Pattern): Verdict {
  const result = checkSync(pattern.source, pattern.flags, { timeout: 2000 }) as { status: string; complexity?: { type: string } };
  if (result.status === "vulnerable") return result.complexity?.type === "exponential" ? "exponential" : "polynomial";
  return result.status === "safe" ? "safe" : "unknown";
}

export function cachedVerdicts(): Record<string, Verdict> {
  return fs.existsSync(verdictsFile) ? (JSON.parse(fs.readFileSync(verdictsFile, "utf8")) as Record<string, Verdict>) : {};
}

if (import.meta.main) {
  const verdicts: Record<string, Verdict> = {};
  const counts: Record<string, number> = {};
  for (const pattern of sourcePatterns()) {
    const verdict = (verdicts[pattern.key] ??= verdictOf(pattern));
    counts[verdict] = (counts[verdict] ?? 0) + 1;
    if (verdict === "exponential") process.stdout.write(`exponential: src/${pattern.file}:${pattern.line}: ${pattern.key.slice(0, 160)}\n`);
  }
  fs.writeFileSync(verdictsFile, `${JSON.stringify(Object.fromEntries(Object.entries(verdicts).sort()), null, 1)}\n`);
  process.stdout.write(`${JSON.stringify(counts)} regular expressions in src/; verdicts written to ${path.relative(process.cwd(), verdictsFile)}\n`);
  process.exitCode = counts.exponential ? 1 : 0;
}
