// Dependencies point one way (ARCHITECTURE.md): a folder of src/ imports only from folders of a
// lower layer, and from a folder of its own layer only where the pair is listed in `sideways`.
// `npm test` runs `depcruise` with this file (a lint step before the tests), and
// test/architecture.test.ts checks that every folder has a layer and that the rules catch an
// import against the direction. There is no list of exceptions: add none.

/** Lowest first. "app/x" is the file src/app/x.ts; "ingest" is the files directly in src/ingest/. */
export const layers = [
  ["domain", "names", "app/errors", "app/clock", "app/config", "app/logger"],
  ["storage", "fetch"],
  ["claims", "sources", "entities", "jobs", "accounts"],
  ["ingest/read", "ingest/extract", "ingest/resolve"],
  ["ingest", "imports", "cards", "catalog", "editor"],
  ["notify"],
  ["app/context", "eval", "feeds"],
  ["http", "cli"],
];

/** Same-layer imports that are the intended direction. */
export const sideways = ["app/config -> app/errors", "app/logger -> app/errors", "ingest/extract -> ingest/read", "cli -> http" /* `serve` hosts the app */];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The paths of a folder's modules, as a regular expression over paths relative to the working directory. */
export function folderPattern(root, folder) {
  const base = `^${escape(root)}/`;
  if (folder.startsWith("app/")) return `${base}${escape(folder)}\\.ts$`;
  if (folder === "ingest") return `${base}ingest/[^/]+\\.ts$`;
  return `${base}${escape(folder)}/`;
}

/** One forbidden rule per folder (what it may not import), and one for modules that are in no layer. */
export function rulesFor(root) {
  const rank = new Map(layers.flatMap((names, i) => names.map((name) => [name, i])));
  const rules = [];
  for (const [from, i] of rank) {
    const banned = [...rank].filter(([to, j]) => to !== from && (j > i || (j === i && !sideways.includes(`${from} -> ${to}`)))).map(([to]) => to);
    if (banned.length === 0) continue;
    rules.push({
      name: `layer:${from}`,
      comment: `${from} (layer ${i}) imports only lower layers${sideways.some((s) => s.startsWith(`${from} -> `)) ? " and what `sideways` lists" : ""}: not ${banned.join(", ")}`,
      severity: "error",
      from: { path: folderPattern(root, from) },
      to: { path: banned.map((to) => folderPattern(root, to)).join("|") },
    });
  }
  const anyFolder = [...rank.keys()].map((folder) => folderPattern(root, folder)).join("|");
  rules.push({
    name: "layer:unlisted",
    comment: "every module of src/ belongs to a folder with a layer (add a new folder to `layers` and to ARCHITECTURE.md)",
    severity: "error",
    from: { path: `^${escape(root)}/`, pathNot: anyFolder },
    to: {},
  });
  rules.push({
    name: "layer:unlisted-target",
    comment: "every module of src/ belongs to a folder with a layer (add a new folder to `layers` and to ARCHITECTURE.md)",
    severity: "error",
    from: {},
    to: { path: `^${escape(root)}/`, pathNot: anyFolder },
  });
  return rules;
}

export const options = {
  parser: "swc", // TypeScript 7 has no compiler API for dependency-cruiser; swc reads the type imports too
  tsPreCompilationDeps: true, // `import type` counts: a type is a dependency of the design
  doNotFollow: { path: "node_modules" },
  exclude: { path: "\\.(test|cases)\\.ts$" }, // tests and rule cases may reach across layers
  enhancedResolveOptions: { extensions: [".ts"] },
};

/** @type {import("dependency-cruiser").IConfiguration} */
export default { forbidden: rulesFor("src"), options };
