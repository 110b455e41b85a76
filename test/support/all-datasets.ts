import fs from "node:fs";
import path from "node:path";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { kdrama } from "../../src/imports/kdrama.ts";
import { netflixEngagement } from "../../src/imports/netflix-engagement.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import { ingestArticle } from "../../src/ingest/pipeline.ts";
import type { Connection } from "../../src/storage/db.ts";
import { clock } from "./web-app.ts";
import { repoRoot } from "./run-cli.ts";

const datasets = path.join(repoRoot, "test/fixtures/datasets");

/**
 * Every dataset bundled with the repository (the slices under test/fixtures/datasets: Netflix Top 10
 * weekly, by country and most popular, the engagement report, the K-drama lists, IMDb) imported,
 * and the example articles ingested after them, as a reader's store would hold them.
 */
export async function seedAllBundled(connection: Connection): Promise<void> {
  const now = clock.now().toISOString();
  const file = (name: string) => path.join(datasets, name);
  for (const name of ["netflix-top10-global-slice.tsv", "netflix-top10-countries-slice.tsv", "netflix-top10-most-popular-28-days.tsv", "netflix-top10-most-popular-91-days.tsv"]) await importFile(connection, netflixTop10, file(name), { now });
  await importFile(connection, netflixEngagement(), file("netflix-engagement-slice.tsv"), { now });
  for (const name of ["kdrama-top100-slice.csv", "kdrama-top250-slice.csv", "kdramalist-slice.csv", "kdrama-actors-slice.csv"]) await importFile(connection, kdrama, file(name), { now });
  for (const name of ["title.basics.tsv", "name.basics.tsv", "title.principals.tsv"]) await importFile(connection, imdb, file(`imdb/${name}`), { now });
  for (const name of fs.readdirSync(path.join(repoRoot, "examples/articles")).sort()) {
    await ingestArticle(connection, clock, { bytes: fs.readFileSync(path.join(repoRoot, "examples/articles", name)), label: name }, 5_000_000);
  }
}
