import fs from "node:fs";
import path from "node:path";
import { getTitleCard } from "../../src/cards/get-title-card.ts";
import { getEntity } from "../../src/entities/entity.repository.ts";
import type { DatasetImporter } from "../../src/imports/dataset.ts";
import { imdb } from "../../src/imports/imdb.ts";
import { importFile } from "../../src/imports/import-runner.ts";
import { kdrama } from "../../src/imports/kdrama.ts";
import { netflixEngagement } from "../../src/imports/netflix-engagement.ts";
import { netflixTop10 } from "../../src/imports/netflix-top10.ts";
import type { Connection } from "../../src/storage/db.ts";

/**
 * Every dataset slice bundled under test/fixtures/datasets, in the order a user would import them:
 * the cards they make are recorded in test/fixtures/dataset-cards.json, so that a change to how
 * imports store their rows is held to the same cards.
 */
export function bundledDatasets(root: string): [DatasetImporter, string][] {
  const dir = path.join(root, "test/fixtures/datasets");
  const at = (name: string) => path.join(dir, name);
  return [
    [netflixTop10, at("netflix-top10-global-slice.tsv")],
    [netflixTop10, at("netflix-top10-countries-slice.tsv")],
    [netflixTop10, at("netflix-top10-most-popular-28-days.tsv")],
    [netflixTop10, at("netflix-top10-most-popular-91-days.tsv")],
    [netflixEngagement(), at("netflix-engagement-slice.tsv")],
    [kdrama, at("kdrama-top100-slice.csv")],
    [kdrama, at("kdrama-actors-slice.csv")],
    [kdrama, at("kdramalist-slice.csv")],
    [kdrama, at("kdrama-top250-slice.csv")],
    [imdb, at("imdb/title.principals.tsv")],
    [imdb, at("imdb/title.basics.tsv")],
    [imdb, at("imdb/name.basics.tsv")],
  ];
}

/** Imports the files and returns the figures of each import (rows, claims, titles; no timings). */
export async function importAll(connection: Connection, files: [DatasetImporter, string][], now: string): Promise<unknown[]> {
  const figures: unknown[] = [];
  for (const [importer, file] of files) {
    const s = await importFile(connection, importer, file, { now });
    figures.push({ file: path.basename(file), layout: s.layout, rowsRead: s.rowsRead, rowsImported: s.rowsImported, rowsRejected: s.rowsRejected, claimsAdded: s.claimsAdded, derivedClaims: s.derivedClaims, titles: s.titles });
  }
  return figures;
}

/**
 * Every title's card, by name, with the store's ids replaced by their order of first appearance
 * (ids are random; what they point at is what a card shows).
 */
export async function allCards(connection: Connection, today: string): Promise<Record<string, unknown>> {
  const titles = await connection.db.selectFrom("entity").select(["id", "name"]).where("kind", "=", "title").where("merged_into", "is", null).orderBy("name").orderBy("created_at").execute();
  const cards: Record<string, unknown> = {};
  for (const { id, name } of titles) {
    const entity = await getEntity(connection.db, id);
    const card = await getTitleCard(connection.db, entity!, { asOf: null, today });
    let key = name;
    for (let n = 2; key in cards; n++) key = `${name} (${n})`;
    cards[key] = card;
  }
  const labels = new Map<string, string>();
  const text = JSON.stringify(cards, null, 1).replace(/\b([a-z]{3})_[0-9a-z]{21}\b/g, (id, prefix: string) => {
    let label = labels.get(id);
    if (!label) labels.set(id, (label = `${prefix}#${labels.size + 1}`));
    return label;
  });
  return JSON.parse(text) as Record<string, unknown>;
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
}
