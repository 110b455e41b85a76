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
// Dataset imports run for minutes over millions of rows: a small young generation keeps the
// process near its real working set (well under 300 MB resident) for a few percent of speed.
// V8 takes the flag only at start, so the import re-runs itself with it.
const importFlag = "--max-semi-space-size=2";
if (process.argv.slice(2).includes("import") && !process.execArgv.includes(importFlag)) {
  const { spawn } = await import("node:child_process");
  const { constants } = await import("node:os");
  const child = spawn(process.execPath, [...process.execArgv, importFlag, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, CLIFFHANGER_PARENT_PID: String(process.pid) },
  });
  // Whatever stops this process stops the import: signals are passed on (the child finishes or
  // drops its batch and marks the run interrupted), and the child also watches for this process
  // to vanish (kill -9), so it never runs on alone.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("error", (error) => {
    process.stderr.write(`cliffhanger: cannot start the import: ${error.message}\n`);
    process.exit(2);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 2)));
} else {
  await import("../src/cli/main.ts");
}
