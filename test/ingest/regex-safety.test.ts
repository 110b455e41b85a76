import assert from "node:assert/strict";
import { it } from "node:test";
import { cachedVerdicts, sourcePatterns, verdictOf } from "../../scripts/check-regexes.ts";

/**
 * No regular expression in the shipped code may backtrack exponentially (recheck's verdict).
 * Polynomial ones are allowed because what they run on is bounded: a sentence is at most 1,000
 * characters, an article 300,000, and extraction has a time budget. Patterns not yet in the
 * verdict file (new or changed) are checked here, live.
 */
it("no regular expression in src/ backtracks exponentially", { timeout: 300_000 }, (t) => {
  const cached = cachedVerdicts();
  const patterns = sourcePatterns();
  const fresh = patterns.filter((p) => cached[p.key] === undefined);
  const exponential = patterns.filter((p) => (cached[p.key] ?? verdictOf(p)) === "exponential").map((p) => `src/${p.file}:${p.line}: ${p.key.slice(0, 120)}`);
  t.diagnostic(`${patterns.length} patterns, ${fresh.length} checked live (run npm run check:regex to record them)`);
  assert.ok(patterns.length > 500, "the scanner finds the literals");
  assert.deepEqual(exponential, []);
});

it("the checker tells an exponential pattern from a safe one, and the scanner a regex from a division", async () => {
  const { regexLiterals } = await import("../support/regex-literals.ts");
  const code = 'const a = b / c / d; const r = /x+y/gi; if (/^(a+)+$/.test(s)) f(`t ${"/no/"} /no/`); // /no/\nconst q = [/[/]/u];';
  assert.deepEqual(regexLiterals(code).map((r) => `/${r.source}/${r.flags}`), ["/x+y/gi", "/^(a+)+$/", "/[/]/u"]);
  const pattern = (source: string) => ({ file: "x.ts", line: 1, source, flags: "", key: `/${source}/` });
  assert.equal(verdictOf(pattern("^(a+)+$")), "exponential");
  assert.equal(verdictOf(pattern("^a+b$")), "safe");
});
