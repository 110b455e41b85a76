import { parentPort, workerData } from "node:worker_threads";
import { makeIdsStable } from "./stable-ids.ts";

// A worker thread of `runDevset`: scores the gold files it is sent, one at a time.
if ((workerData as { stableIds?: boolean } | null)?.stableIds) makeIdsStable();
const { evaluateArticle } = await import("./evaluate-article.ts");
parentPort!.on("message", async (task: { goldPath: string; articleDir: string }) => {
  parentPort!.postMessage(await evaluateArticle(task.goldPath, task.articleDir));
});
