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
// V8 takes heap flags only at start, so two commands re-run themselves with theirs:
// - dataset imports run for minutes over millions of rows: a small young generation keeps the
//   process near its real working set (well under 300 MB resident) for a few percent of speed;
// - a server makes short-lived garbage with every request it renders: a young generation of 32 MB
//   lets most of it die young instead of being promoted and collected by the full collections that
//   paused every connection (at 32 connections, p99 6.9 ms instead of 15 ms on title pages).
const command = process.argv.slice(2).find((arg) => arg === "import" || arg === "serve");
const heapFlag = { import: "--max-semi-space-size=2", serve: "--max-semi-space-size=32" }[command ?? ""];
if (heapFlag && !process.execArgv.some((arg) => arg.startsWith("--max-semi-space-size"))) {
  const { spawn } = await import("node:child_process");
  const { constants } = await import("node:os");
  const child = spawn(process.execPath, [...process.execArgv, heapFlag, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, CLIFFHANGER_PARENT_PID: String(process.pid) },
  });
  // Whatever stops this process stops the command: signals are passed on (an import finishes or
  // drops its batch and marks the run interrupted; a server closes), and the child also watches
  // for this process to vanish (kill -9), so it never runs on alone.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("error", (error) => {
    process.stderr.write(`cliffhanger: cannot start ${command}: ${error.message}\n`);
    process.exit(2);
  });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 2)));
} else {
  await import("../src/cli/main.ts");
}
