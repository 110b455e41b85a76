import fs from "node:fs";
import path from "node:path";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { createAppWithCache } from "../../src/http/app.ts";
import { createToken } from "../../src/http/tokens.repository.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import type { Connection } from "../../src/storage/db.ts";
import { repoRoot } from "./run-cli.ts";

export const clock = fixedClock("2026-11-21T12:00:00Z");

/** The web app over a store holding the example articles and a Netflix Top 10 slice, plus a write token. */
export async function seededApp(connection: Connection, options: { writesPerMinute?: number; maxInputBytes?: number } = {}) {
  for (const file of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
    await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", file)), label: file }, 5_000_000);
  }
  await importFile(connection, netflixTop10, path.join(repoRoot, "test/fixtures/datasets/netflix-top10-global-slice.tsv"), { now: clock.now().toISOString() });
  const { token } = await createToken(connection.db, "tests", clock.now().toISOString());
  const config = { ...loadConfig({ db: ":memory:" }, {}), ...(options.maxInputBytes ? { maxInputBytes: options.maxInputBytes } : {}) };
  const { app, responses } = createAppWithCache({ connection, clock, config, log: silentLogger }, options.writesPerMinute ? { writesPerMinute: options.writesPerMinute } : {});
  return { app, token, responses };
}
