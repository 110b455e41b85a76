import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { evaluateArticle, type ArticleResult } from "./evaluate-article.ts";
import { formatRatio } from "./score-card.ts";

/** The development set committed with the code (a copy of the shared one, byte for byte). */
export const DEVSET_DIR = path.resolve(import.meta.dirname, "../../test/fixtures/devset");

export interface DevsetOptions {
  goldDir?: string;
  articleDir?: string;
  /** Only the gold files whose name contains this. */
  only?: string;
  /**
   * Worker threads; 1 (the default) runs every article in this thread. Each worker loads the whole
   * pipeline again (about a second of CPU), which on 60 articles of ~30 ms each costs more than a
   * second core saves: measured 1.9–2.2 s in this thread, 2.4–4.8 s on two workers.
   */
  jobs?: number;
}

export interface DevsetReport {
  articles: ArticleResult[];
  /** Gold files whose article is missing. */
  skipped: string[];
  /** Per fact kind: facts found and facts scored. */
  kinds: Record<string, { got: number; total: number }>;
  /** Per `not` kind: traps hit and traps checked. */
  traps: Record<string, { hit: number; total: number }>;
  got: number;
  total: number;
  recall: number;
  trapsHit: number;
  trapsTotal: number;
  seconds: number;
}

/** The gold files in the reference scorer's order: sorted names ending in .json. */
export function listGoldFiles(goldDir: string, only?: string): string[] {
  return fs
    .readdirSync(goldDir)
    .filter((g) => g.endsWith(".json") && (!only || g.includes(only)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Articles shared between worker threads, each taking the next when it is done. */
async function evaluateInWorkers(tasks: { goldPath: string; articleDir: string }[], jobs: number): Promise<ArticleResult[]> {
  const results: ArticleResult[] = new Array(tasks.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./devset-worker.ts", import.meta.url));
      let current = -1;
      const feed = () => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      worker.on("message", (result: ArticleResult) => {
        results[current] = result;
        feed();
      });
      worker.on("error", (error) => {
        next = tasks.length;
        reject(error);
      });
      feed();
    });
  await Promise.all(Array.from({ length: jobs }, runWorker));
  return results;
}

/** Tallies outcomes as evalcard.py does: facts by kind over every card, traps of the main card only. */
export function tally(articles: ArticleResult[], seconds = 0): DevsetReport {
  const kinds: DevsetReport["kinds"] = {};
  const traps: DevsetReport["traps"] = {};
  const scored = articles.filter((a) => !a.skipped);
  for (const article of scored) {
    for (const fact of article.facts) {
      const t = (kinds[fact.kind] ??= { got: 0, total: 0 });
      t.total += 1;
      if (fact.hit) t.got += 1;
    }
    for (const not of article.traps) {
      const t = (traps[not.kind] ??= { hit: 0, total: 0 });
      t.total += 1;
      if (not.hit) t.hit += 1;
    }
  }
  const got = Object.values(kinds).reduce((n, k) => n + k.got, 0);
  const total = Object.values(kinds).reduce((n, k) => n + k.total, 0);
  return {
    articles: scored,
    skipped: articles.filter((a) => a.skipped).map((a) => a.file),
    kinds,
    traps,
    got,
    total,
    recall: total ? got / total : 0,
    trapsHit: Object.values(traps).reduce((n, k) => n + k.hit, 0),
    trapsTotal: Object.values(traps).reduce((n, k) => n + k.total, 0),
    seconds,
  };
}

/** Scores every gold file of the development set, each article in a fresh in-memory store. */
export async function runDevset(options: DevsetOptions = {}): Promise<DevsetReport> {
  const started = performance.now();
  const goldDir = options.goldDir ?? path.join(DEVSET_DIR, "gold");
  const articleDir = options.articleDir ?? path.join(DEVSET_DIR, "articles");
  const tasks = listGoldFiles(goldDir, options.only).map((g) => ({ goldPath: path.join(goldDir, g), articleDir }));
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, os.availableParallelism(), tasks.length));
  let articles: ArticleResult[];
  if (jobs === 1) {
    articles = [];
    for (const task of tasks) articles.push(await evaluateArticle(task.goldPath, task.articleDir));
  } else {
    articles = await evaluateInWorkers(tasks, jobs);
  }
  return tally(articles, (performance.now() - started) / 1000);
}

const byName = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The report as lines: one per article (with `verbose`, every miss and trap under it as the
 * reference prints them), traps per kind, then the reference scorer's last two lines, verbatim.
 */
export function formatReport(report: DevsetReport, verbose: boolean): string[] {
  const lines: string[] = [];
  for (const article of report.articles) {
    const hits = article.facts.filter((f) => f.hit).length;
    const bad = article.traps.filter((t) => t.hit).length;
    if (verbose && article.ingestError) lines.push(`  ingest failed ${article.file}: ${article.ingestError.trim().slice(-200)}`);
    lines.push(
      `${article.file}: card ${article.cardFound ? "found" : "MISSING"}, ${hits}/${article.facts.length} facts, traps ${bad}/${article.traps.length}${article.ingestError ? " (ingest failed)" : ""}`,
    );
    if (!verbose) continue;
    const main = article.facts.filter((f) => f.label === article.file);
    const more = article.facts.filter((f) => f.label !== article.file);
    for (const f of main) if (!f.hit) lines.push(`  miss ${f.label}: ${f.shown}`);
    for (const t of article.traps) if (t.hit) lines.push(`  TRAP ${t.label}: ${t.shown}`);
    for (const f of more) if (!f.hit) lines.push(`  miss ${f.label}: ${f.shown}`);
  }
  if (report.skipped.length) lines.push(`skipped ${report.skipped.length} gold files whose article is missing: ${report.skipped.join(", ")}`);
  lines.push(`traps hit: ${byName(report.traps).map(([k, v]) => `${k} ${v.hit}/${v.total}`).join(", ")}`);
  lines.push(byName(report.kinds).map(([k, v]) => `${k} ${v.got}/${v.total}`).join(", "));
  lines.push(`dev: recall ${formatRatio(report.got, report.total)} (${report.got}/${report.total}), traps hit ${report.trapsHit}/${report.trapsTotal}`);
  return lines;
}
