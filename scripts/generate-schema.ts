// npm run schema — writes the title card's JSON Schema, generated from the zod schema the code validates with.
import fs from "node:fs";
import path from "node:path";
import { titleCardJsonSchema } from "../src/cards/title-card.schema.ts";

const target = path.resolve(import.meta.dirname, "../docs/title-card.schema.json");
fs.writeFileSync(target, `${JSON.stringify({ $id: "https://cliffhanger.local/schema/title-card.json", title: "TitleCard", ...titleCardJsonSchema() }, null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
