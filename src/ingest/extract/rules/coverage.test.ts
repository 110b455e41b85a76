import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractSentenceDetail, matches, type CaseRow, type SentenceDetail, type Wanted } from "../../../../test/support/extract-case.ts";
import { PROSE, type Rule } from "../engine/rule.ts";
import { allRules } from "../extract-claims.ts";
import * as charts from "./charts.cases.ts";
import * as credits from "./credits.cases.ts";
import * as identity from "./identity.cases.ts";
import * as production from "./production.cases.ts";
import * as release from "./release.cases.ts";
import * as signals from "./signals.cases.ts";

/**
 * Every rule has positive and trap rows in a table test.
 *
 * A positive row covers a rule when the claim it wants is one that rule made (a claim that matches
 * the row and carries the rule's id). A trap row covers a rule when the rule's pattern matches the
 * masked text of the row's own sentence, in a kind of paragraph the rule reads, the unwanted claim
 * is of a property the rule produces, and the trap holds.
 *
 * A rule that produces no claims (it only tells later rules who someone is: "people.non-credit")
 * does its work by keeping claims out: its positive rows are traps it fires on and that hold, and
 * its trap rows are positive rows it fires on whose credit must survive it.
 */

const tables = { credits, release, production, charts, identity, signals } as Record<string, Record<string, unknown>>;

/** Tables named "…Cases" want their claim; tables named "…Traps" must not give it. */
function rowsOf(suffix: "Cases" | "Traps"): { table: string; row: CaseRow }[] {
  return Object.entries(tables).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([name]) => name.endsWith(suffix))
      .flatMap(([name, rows]) => (rows as CaseRow[]).map((row) => ({ table: `${file}.cases.ts ${name}`, row }))),
  );
}

function patternsOf(rule: Rule): RegExp[] {
  return Array.isArray(rule.pattern) ? [...rule.pattern] : [rule.pattern as RegExp];
}

/** Whether the rule reads the case's sentence and its pattern matches there. */
function fires(rule: Rule, detail: SentenceDetail): boolean {
  return detail.frames.some((frame) => {
    if (!(rule.kinds ?? PROSE).includes(frame.sentence.kind)) return false;
    if (/\?\s*$/.test(frame.sentence.text.trim()) && !rule.inQuestions) return false;
    return patternsOf(rule).some((pattern) => {
      pattern.lastIndex = 0;
      const found = pattern.test(frame.masked);
      pattern.lastIndex = 0;
      return found;
    });
  });
}

const key = (c: { subject: unknown; property: unknown; value: unknown; qualifiers: unknown }) => JSON.stringify([c.subject, c.property, c.value, c.qualifiers]);

/**
 * The rules that made the claim a positive row wants: a kept claim with the rule's id, or a rule's
 * claim that the last pass merged into an identical kept one ("one claim per fact" keeps the first rule's).
 */
function producers(detail: SentenceDetail, wanted: Wanted, rules: Map<string, Rule>): Set<string> {
  const out = new Set<string>();
  const produces = (id: string | undefined, property: string) => !!id && !!rules.get(id)?.produces.includes(property as never);
  const kept = detail.claims.filter((c) => matches(c, wanted));
  for (const claim of kept) if (produces(claim.rule, claim.property)) out.add(claim.rule!);
  const keys = new Set(kept.map(key));
  for (const claim of detail.ruled) if (produces(claim.rule, claim.property) && matches(claim, wanted) && keys.has(key(claim))) out.add(claim.rule);
  return out;
}

describe("rule coverage", () => {
  const rules = allRules();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const positives = rowsOf("Cases").map(({ table, row }) => {
    const detail = extractSentenceDetail(row[0], row[1]);
    return { table, row, detail, producers: producers(detail, row[2], byId) };
  });
  const traps = rowsOf("Traps").map(({ table, row }) => {
    const detail = extractSentenceDetail(row[0], row[1]);
    return { table, row, detail, holds: !detail.claims.some((c) => matches(c, row[2])) };
  });

  it("reads every export of a cases module as a table of wanted or unwanted claims", () => {
    const strays = Object.entries(tables).flatMap(([file, module]) => Object.keys(module).filter((name) => !/(?:Cases|Traps)$/.test(name)).map((name) => `${file}.cases.ts ${name}`));
    assert.deepEqual(strays, []);
  });

  it("has a positive row and a trap row for every rule", () => {
    const gaps: string[] = [];
    for (const rule of rules) {
      const noteOnly = rule.produces.length === 0;
      const positive = noteOnly
        ? traps.some((t) => t.holds && /^(?:cast|crew)-member$/.test(t.row[2].property) && fires(rule, t.detail))
        : positives.some((p) => p.producers.has(rule.id));
      const trap = noteOnly
        ? positives.some((p) => p.producers.size > 0 && /^(?:cast|crew)-member$/.test(p.row[2].property) && fires(rule, p.detail))
        : traps.some((t) => t.holds && rule.produces.includes(t.row[2].property as never) && fires(rule, t.detail));
      const missing = [positive ? "" : "positive", trap ? "" : "trap"].filter(Boolean);
      if (missing.length) gaps.push(`${rule.id}: no ${missing.join(" and no ")} row`);
    }
    assert.equal(gaps.length, 0, `${gaps.length} of ${rules.length} rules lack table rows:\n  ${gaps.join("\n  ")}`);
  });

  it("has no positive row whose claim no rule makes", () => {
    const dead = positives.filter((p) => p.producers.size === 0).map((p) => `${p.table}: ${p.row[0]} → ${JSON.stringify(p.row[2])}`);
    assert.equal(dead.length, 0, `${dead.length} positive rows get their claim from no rule:\n  ${dead.join("\n  ")}`);
  });
});
