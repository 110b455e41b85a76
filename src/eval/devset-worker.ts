import { parentPort } from "node:worker_threads";
import { evaluateArticle } from "./evaluate-article.ts";

// A worker thread of `runDevset` (with --jobs above 1): scores the gold files it is sent, one at a time.
parentPort!.on("message", async (task: { goldPath: string; articleDir: string }) => {
  parentPort!.postMessage(await evaluateArticle(task.goldPath, task.articleDir));
});
