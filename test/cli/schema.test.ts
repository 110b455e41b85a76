import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { titleCardJsonSchema } from "../../src/cards/title-card.schema.ts";
import { repoRoot } from "../support/run-cli.ts";

describe("published title-card JSON Schema", () => {
  it("matches the zod schema the code validates with (run npm run schema after changing it)", () => {
    const published = JSON.parse(fs.readFileSync(path.join(repoRoot, "docs/title-card.schema.json"), "utf8")) as Record<string, unknown>;
    const { $id: _id, title: _title, ...rest } = published;
    assert.deepEqual(rest, JSON.parse(JSON.stringify(titleCardJsonSchema())));
  });
});
