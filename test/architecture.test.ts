import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { cruise, type ICruiseOptions, type IForbiddenRuleType } from "dependency-cruiser";
import { repoRoot } from "./support/run-cli.ts";

/**
 * Dependencies point one way (ARCHITECTURE.md). The rule is `.dependency-cruiser.mjs`, run by
 * `npm test` as a lint step; this test holds the rule itself to account: it covers every folder of
 * src/, src/ passes it, and it flags the imports against the direction planted in a small tree.
 */
interface LayerConfig {
  layers: string[][];
  rulesFor(root: string): IForbiddenRuleType[];
  options: ICruiseOptions;
}
const configPath = path.join(repoRoot, ".dependency-cruiser.mjs");
const config = (await import(configPath)) as LayerConfig;

function folderOf(relative: string): string {
  const parts = relative.split(path.sep);
  if (parts[0] === "app") return `app/${parts[1]!.replace(/\.ts$/, "")}`;
  if (parts[0] === "ingest") return parts.length > 2 ? `ingest/${parts[1]}` : "ingest";
  return parts[0]!;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".cases.ts") ? [full] : [];
  });
}

async function violations(root: string): Promise<string[]> {
  const result = await cruise([root], { ...config.options, baseDir: repoRoot, validate: true, ruleSet: { forbidden: config.rulesFor(root) } });
  if (typeof result.output === "string") throw new Error("dependency-cruiser returned text, not a result");
  assert.ok(result.output.summary.totalCruised >= 5, `cruised ${result.output.summary.totalCruised} modules under ${root}`);
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe("the layering rule (.dependency-cruiser.mjs)", () => {
  it("gives every folder of src/ a layer", () => {
    const listed = new Set(config.layers.flat());
    const src = path.join(repoRoot, "src");
    const folders = new Set(sourceFiles(src).map((file) => folderOf(path.relative(src, file))));
    assert.deepEqual([...folders].filter((f) => !listed.has(f)), [], "add a new folder to `layers` and to ARCHITECTURE.md");
    assert.deepEqual([...listed].filter((f) => !folders.has(f)), [], "a listed folder that no longer exists");
  });

  it("finds no import in src/ against the direction", async () => {
    assert.deepEqual(await violations("src"), []);
  });

  it("flags imports against the direction, sideways imports not listed, and folders in no layer", async () => {
    const root = "test/fixtures/layering/src";
    assert.deepEqual(await violations(root), [
      `layer:domain: ${root}/domain/rule.ts -> ${root}/cards/card.ts`,
      `layer:ingest/extract: ${root}/ingest/extract/mention.ts -> ${root}/ingest/resolve/resolver.ts`,
      `layer:unlisted: ${root}/stray/helper.ts -> ${root}/cards/card.ts`,
    ]);
  });
});

// Issue 14 item 11: the web app was one closure of pages, API, auth and inline HTML. createApp now
// holds what every response passes through; each role's routes live in a module of their own.
it("createApp wires middleware and modules; routes live in the module of their role", () => {
  const app = fs.readFileSync(path.join(repoRoot, "src/http/app.ts"), "utf8");
  const routes = [...app.matchAll(/\bapp\.(get|post|put|delete|patch)\(\s*"([^"]+)"/g)].map((m) => m[2]);
  assert.deepEqual(routes, ["/static/app.css"]);
  assert.doesNotMatch(app, /<h1>JSON API|<table>/, "no page markup in the app's wiring");
  for (const module of ["page.routes.ts", "api.routes.ts", "feeds.routes.ts", "notify.routes.ts"]) assert.ok(fs.existsSync(path.join(repoRoot, "src/http", module)), module);
});
