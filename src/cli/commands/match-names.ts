import type { Command } from "commander";
import readline from "node:readline";
import { AppError } from "../../app/errors.ts";
import { matchNames } from "../../ingest/resolve/match-names.ts";

export function registerMatchNames(program: Command): void {
  program
    .command("match-names")
    .description(
      "judge name pairs by the names alone: reads name_a<TAB>name_b lines on stdin, writes one JSON line per pair with three verdicts: same (the same person without further context), possible (could be: merge only when context agrees), or neither",
    )
    .action(async () => {
      const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      let number = 0;
      for await (const line of lines) {
        number += 1;
        if (line.trim() === "") continue;
        const parts = line.split("\t");
        if (parts.length !== 2) throw new AppError("BAD_INPUT", `stdin line ${number}: expected two names separated by a tab`);
        const [a, b] = parts.map((p) => p.trim()) as [string, string];
        const result = matchNames(a, b);
        process.stdout.write(`${JSON.stringify({ a, b, same: result.same, possible: result.possible, score: result.score })}\n`);
      }
    });
}
