import fs from "node:fs";
import path from "node:path";
import { importFile } from "../../src/imports/import-runner.ts";
import { netflixTitles } from "../../src/imports/netflix-titles.ts";
import type { Connection } from "../../src/storage/db.ts";
import { tempDir } from "./temp-dir.ts";

/**
 * Invented shows for the tests of cards kept or stored across writes: Lantern Street and Glass
 * Orchard share an actor (Ola Brenn), Copper Tide shares nobody with them, and Salt Harbour (asked
 * for with `withSaltHarbour`) is a fourth title of its own. Imported as a Netflix catalogue, so that
 * every title has a card with people in it.
 */
export async function seedSharedActorCatalog(connection: Connection, now: string, options: { withSaltHarbour?: boolean } = {}) {
  const file = path.join(tempDir("cliff-shared-actor"), "netflix_titles.csv");
  fs.writeFileSync(
    file,
    [
      "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,listed_in,description",
      `s1,TV Show,Lantern Street,,"Ola Brenn, Timo Sark",Norway,"March 1, 2024",2023,TV-14,1 Season,"International TV Shows","A street of lamps."`,
      `s2,TV Show,Glass Orchard,,"Ola Brenn, Vera Lund",Norway,"April 2, 2024",2024,TV-14,1 Season,"International TV Shows","An orchard of glass."`,
      `s3,TV Show,Copper Tide,,"Mira Holt",Norway,"May 3, 2024",2024,TV-14,1 Season,"International TV Shows","A tide of copper."`,
      ...(options.withSaltHarbour ? [`s4,TV Show,Salt Harbour,,"Han Jimin",South Korea,"June 4, 2024",2024,TV-14,1 Season,"International TV Shows","A harbour of salt."`] : []),
    ].join("\n"),
  );
  await importFile(connection, netflixTitles, file, { now });
  const id = async (kind: string, name: string) => (await connection.db.selectFrom("entity").select("id").where("kind", "=", kind).where("name", "=", name).executeTakeFirstOrThrow()).id;
  return {
    lantern: await id("title", "Lantern Street"),
    orchard: await id("title", "Glass Orchard"),
    copper: await id("title", "Copper Tide"),
    salt: options.withSaltHarbour ? await id("title", "Salt Harbour") : "",
    ola: await id("person", "Ola Brenn"),
  };
}
