import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { it } from "node:test";
import { repoRoot } from "./support/run-cli.ts";

/**
 * Dependencies point one way (ARCHITECTURE.md): a folder imports only from folders of a lower
 * layer, and from a folder of its own layer only where the pair is allowed below. The imports that
 * break this today are listed as debt: a new one fails the test, and so does a listed one that has
 * been fixed (remove it from the list), so the list can only shrink.
 */
const layers: string[][] = [
  ["domain", "app/errors", "app/clock", "app/config", "app/logger"],
  ["storage"],
  ["claims", "sources", "entities", "accounts"],
  ["ingest/read", "ingest/extract", "ingest/resolve", "ingest/reconcile"],
  ["ingest", "imports", "cards", "outlook", "catalog"],
  ["notify"],
  ["app/context", "eval"],
  ["http", "cli"],
];

/** Same-layer imports that are the intended direction. */
const allowedWithinLayer = new Set(["app/config -> app/errors", "app/logger -> app/errors", "ingest/extract -> ingest/read", "cards -> outlook", "cli -> http" /* `serve` hosts the app */]);

/** Known debt (issue 14 item 10): each to be removed by moving code, never added to. */
const debt = new Set([
  "entities -> ingest/resolve", // the name model belongs in its own pure folder below entities
  "entities -> claims",
  "ingest/extract -> ingest/resolve", // extraction asks the name model whether a word is a surname
  "cards -> catalog",
  "outlook -> cards", // the outlook reads the card's schema types
  "eval -> cli",
]);

function folderOf(file: string): string {
  const parts = path.relative(path.join(repoRoot, "src"), file).split(path.sep);
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

it("imports in src/ point one way, from higher layers to lower ones", () => {
  const layerOf = new Map(layers.flatMap((names, rank) => names.map((name) => [name, rank] as const)));
  const found = new Map<string, string>();
  const unknown = new Set<string>();
  for (const file of sourceFiles(path.join(repoRoot, "src"))) {
    const from = folderOf(file);
    for (const m of fs.readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)) {
      const to = folderOf(path.resolve(path.dirname(file), m[1]!));
      if (from === to) continue;
      for (const folder of [from, to]) if (!layerOf.has(folder)) unknown.add(folder);
      const edge = `${from} -> ${to}`;
      const [a, b] = [layerOf.get(from) ?? -1, layerOf.get(to) ?? -1];
      if (a < b || (a === b && !allowedWithinLayer.has(edge))) found.set(edge, path.relative(repoRoot, file));
    }
  }
  assert.deepEqual([...unknown], [], "every folder has a layer (add a new folder to the list and to ARCHITECTURE.md)");
  const added = [...found.keys()].filter((edge) => !debt.has(edge)).map((edge) => `${edge} (${found.get(edge)})`);
  const fixed = [...debt].filter((edge) => !found.has(edge));
  assert.deepEqual(added, [], "imports against the direction");
  assert.deepEqual(fixed, [], "debt that is paid: remove it from the list");
});
