#!/usr/bin/env node
// Entry point for `npx cliffhanger`. The sources are TypeScript run directly by Node 24's
// type stripping, so there is no build step between a clone and a working command.
const [major] = process.versions.node.split(".").map(Number);
if (major < 24) {
  process.stderr.write(
    `cliffhanger needs Node.js 24 or newer (this is ${process.version}). ` +
      "Run it through npm (npx cliffhanger, npm start), which uses the Node from node_modules/.bin.\n",
  );
  process.exit(2);
}
await import("../src/cli/main.ts");
