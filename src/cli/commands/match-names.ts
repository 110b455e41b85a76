import type { Command } from "commander";
import { once } from "node:events";
import { AppError } from "../../app/errors.ts";
import { matchNames } from "../../names/match-names.ts";

export function registerMatchNames(program: Command): void {
  program
    .command("match-names")
    .description(
      "judge name pairs by the names alone: reads name_a<TAB>name_b lines on stdin, writes one JSON line per pair with three verdicts: same (the same person without further context), possible (could be: merge only when context agrees), or neither",
    )
    .action(async () => {
      // Lines are cut from each chunk of stdin and answered in one write per chunk: a line at a
      // time through readline and a write per pair cost more than judging the pair.
      let number = 0;
      let pending = "";
      let out: string[] = [];
      const judge = (line: string) => {
        number += 1;
        if (line.trim() === "") return;
        const parts = line.split("\t");
        if (parts.length !== 2) throw new AppError("BAD_INPUT", `stdin line ${number}: expected two names separated by a tab`);
        const [a, b] = parts.map((p) => p.trim()) as [string, string];
        const result = matchNames(a, b);
        out.push(`${JSON.stringify({ a, b, same: result.same, possible: result.possible, score: result.score })}\n`);
      };
      const flush = async () => {
        if (out.length === 0) return;
        const text = out.join("");
        out = [];
        if (!process.stdout.write(text)) await once(process.stdout, "drain");
      };
      try {
        for await (const chunk of process.stdin.setEncoding("utf8")) {
          let text = pending + (chunk as string);
          // A "\r" that ends the chunk may be the first half of a "\r\n": it waits for the next.
          const carriage = text.endsWith("\r") ? "\r" : "";
          if (carriage) text = text.slice(0, -1);
          const lines = text.split(/\r\n|\n|\r/);
          pending = lines.pop()! + carriage;
          for (const line of lines) judge(line);
          await flush();
        }
        if (pending !== "") judge(pending.replace(/\r$/, ""));
      } finally {
        await flush();
      }
    });
}
