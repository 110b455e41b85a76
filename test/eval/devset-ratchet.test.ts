import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { formatRatio } from "../../src/eval/score-card.ts";
import { evaluateArticle, splitArticle } from "../../src/eval/evaluate-article.ts";
import { DEVSET_DIR, listGoldFiles, runDevset } from "../../src/eval/run-devset.ts";
import { readArticle } from "../../src/ingest/pipeline.ts";
import { repoRoot, runCli } from "../support/run-cli.ts";

// The figures docs/quality.md commits to. Raise them there when the extractor improves; a change
// that lowers recall or hits more traps fails here.
function committedFigures(): { recall: number; traps: number } {
  const doc = fs.readFileSync(path.join(repoRoot, "docs/quality.md"), "utf8");
  const line = doc.match(/<!-- ratchet: recall=(\d\.\d{3}) traps=(\d+) -->/);
  assert.ok(line, "docs/quality.md has no line <!-- ratchet: recall=0.000 traps=0 -->");
  return { recall: Number(line[1]), traps: Number(line[2]) };
}

// The misses (and traps hit) as of the committed figures, written with CLIFF_WRITE_DEVSET_MISSES=1.
const MISSES_FILE = path.join(repoRoot, "test/eval/devset-misses.json");

describe("development set ratchet (npm run eval)", () => {
  it("the dev set is whole: every gold file has its article", () => {
    for (const gold of listGoldFiles(path.join(DEVSET_DIR, "gold"))) {
      const { file } = JSON.parse(fs.readFileSync(path.join(DEVSET_DIR, "gold", gold), "utf8")) as { file: string };
      assert.ok(fs.existsSync(path.join(DEVSET_DIR, "articles", file)), `${gold}: no article ${file}`);
    }
  });

  it("recall does not fall below, nor traps rise above, the figures in docs/quality.md", async (t) => {
    const committed = committedFigures();
    const report = await runDevset();
    const recall = Number(formatRatio(report.got, report.total));
    const summary = `recall ${recall.toFixed(3)} (${report.got}/${report.total}), traps hit ${report.trapsHit}/${report.trapsTotal}`;
    t.diagnostic(`dev set: ${summary}; committed recall ${committed.recall.toFixed(3)}, traps ${committed.traps}`);
    assert.deepEqual(report.skipped, []);
    const misses = report.articles.flatMap((a) => a.facts.filter((f) => !f.hit).map((f) => `miss ${f.label}: ${f.shown}`));
    const trapsHit = report.articles.flatMap((a) => a.traps.filter((f) => f.hit).map((f) => `TRAP ${f.label}: ${f.shown}`));
    if (process.env.CLIFF_WRITE_DEVSET_MISSES === "1") fs.writeFileSync(MISSES_FILE, `${JSON.stringify([...misses, ...trapsHit].sort(), null, 1)}\n`);
    // What this machine gets wrong that the committed list does not: names the facts a change (or a machine) lost.
    const known = new Set(JSON.parse(fs.readFileSync(MISSES_FILE, "utf8")) as string[]);
    const newly = [...misses, ...trapsHit].filter((m) => !known.has(m));
    const lost = newly.length > 0 ? `\nnot in test/eval/devset-misses.json:\n${newly.join("\n")}` : "";
    assert.ok(recall >= committed.recall, `dev-set recall fell: ${summary}, docs/quality.md says ${committed.recall.toFixed(3)}. Run npm run eval -- -v to see the misses.${lost}`);
    assert.ok(report.trapsHit <= committed.traps, `more dev-set traps hit: ${summary}, docs/quality.md says ${committed.traps}. Run npm run eval -- -v to see them.${lost}`);
    if (newly.length > 0) {
      t.diagnostic(`facts missed or traps hit that test/eval/devset-misses.json does not list:${lost}`);
      // A fact this process misses that `npm run eval` holds (seen in CI, never alone): what this process extracts
      // for that title now, and whether scoring the article again misses it again, say where the difference lies.
      for (const line of newly.slice(0, 5)) {
        const label = line.replace(/^(?:miss|TRAP) /, "").split(": {")[0]!;
        const [file, title] = label.split(" / ");
        const gold = listGoldFiles(path.join(DEVSET_DIR, "gold")).find((g) => (JSON.parse(fs.readFileSync(path.join(DEVSET_DIR, "gold", g), "utf8")) as { file: string }).file === file);
        if (!gold) continue;
        const again = await evaluateArticle(path.join(DEVSET_DIR, "gold", gold), path.join(DEVSET_DIR, "articles"));
        const stillMissed = [...again.facts, ...again.traps].some((f) => `${f.hit ? "TRAP" : "miss"} ${f.label}: ${f.shown}` === line && (line.startsWith("TRAP") ? f.hit : !f.hit));
        const { meta, body } = splitArticle(fs.readFileSync(path.join(DEVSET_DIR, "articles", file!), "utf8"));
        const read = readArticle({ bytes: Buffer.from(body, "utf8"), label: file!, url: meta.source || null, published: meta.published || null, outlet: meta.outlet || null }, 5_000_000);
        const about = read.extraction.claims.filter((c) => !title || c.subject.name === title).map((c) => `  ${c.subject.name} · ${c.property} = ${JSON.stringify(c.value)} ${JSON.stringify(c.qualifiers)} [${c.certainty}] (${(c as { rule?: string }).rule ?? "?"})`);
        t.diagnostic(`${line}\nscored again in this process: ${stillMissed ? "missed again" : "held"}; claims extracted now for ${title ?? "the main title"}:\n${about.join("\n")}`);
      }
    }
    // The line sits one fact under the measured figure on purpose (docs/quality.md says why): more than that is news.
    if (recall > committed.recall + 0.0015 || report.trapsHit < committed.traps) t.diagnostic("better than committed: raise the ratchet line in docs/quality.md");
  });

  it("the held-out articles written for the purpose keep their figure (docs/quality.md, ratchet-ownset)", async (t) => {
    const doc = fs.readFileSync(path.join(repoRoot, "docs/quality.md"), "utf8");
    const line = doc.match(/<!-- ratchet-ownset: recall=(\d\.\d{3}) traps=(\d+) -->/);
    assert.ok(line, "docs/quality.md has no line <!-- ratchet-ownset: recall=0.000 traps=0 -->");
    const ownset = path.join(repoRoot, "test/fixtures/ownset");
    const report = await runDevset({ goldDir: path.join(ownset, "gold"), articleDir: path.join(ownset, "articles") });
    const recall = Number(formatRatio(report.got, report.total));
    t.diagnostic(`held-out set: recall ${recall.toFixed(3)} (${report.got}/${report.total}), traps hit ${report.trapsHit}/${report.trapsTotal}`);
    assert.deepEqual(report.skipped, []);
    assert.ok(recall >= Number(line[1]), `held-out recall fell: ${recall.toFixed(3)} (${report.got}/${report.total}), docs/quality.md says ${line[1]}`);
    assert.ok(report.trapsHit <= Number(line[2]), `more held-out traps hit: ${report.trapsHit}, docs/quality.md says ${line[2]}`);
  });

  it("cliffhanger eval --only prints a line per article, the reference's summary, and JSON", () => {
    const text = runCli(["eval", "--only", "ch-3-body-problem", "-v", "--jobs", "1"]);
    assert.equal(text.status, 0, text.stderr);
    const lines = text.stdout.trimEnd().split("\n");
    const head = lines[0]!.match(/^ch-3-body-problem-week-two-hours-nexttv\.txt: card (?:found|MISSING), (\d+)\/17 facts, traps \d+\/6$/);
    assert.ok(head, lines[0]);
    // -v prints one line per missed fact (of the main title or of another the article charts).
    const missLines = lines.filter((l) => /^ {2}miss ch-3-body-problem-week-two-hours-nexttv\.txt(?: \/ .+?)?: \{"kind": /.test(l));
    assert.equal(missLines.length, 17 - Number(head[1]));
    assert.match(lines.at(-1)!, /^dev: recall \d\.\d{3} \(\d+\/17\), traps hit \d+\/6$/);
    const json = runCli(["eval", "--only", "ch-3-body-problem", "--json", "--jobs", "1"]);
    const report = JSON.parse(json.stdout) as { total: number; articles: { file: string }[] };
    assert.equal(report.total, 17);
    assert.deepEqual(report.articles.map((a) => a.file), ["ch-3-body-problem-week-two-hours-nexttv.txt"]);
    assert.equal(runCli(["eval", "--only", "no-such-article"]).status, 1);
  });
});
