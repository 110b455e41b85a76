// A synthetic IMDb-format title.principals: ten principals per title, as IMDb lists them (actors with
// characters, then crew), nconsts drawn from a pool of rows/5 people by a fixed-seed generator, so
// that every run writes the same file.
import fs from "node:fs";

const categories = ["actor", "actress", "actor", "actress", "director", "writer", "producer", "composer", "cinematographer", "editor"];

export function writePrincipals(file: string, rows: number): void {
  const out = fs.openSync(file, "w");
  let buffer = "tconst\tordering\tnconst\tcategory\tjob\tcharacters\n";
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const people = Math.max(10, Math.floor(rows / 5));
  for (let i = 0; i < rows; i++) {
    const title = Math.floor(i / 10);
    const category = categories[i % 10]!;
    const characters = category.startsWith("act") ? `["Character ${i % 7}"]` : "\\N";
    buffer += `tt${String(1_000_000 + title).padStart(8, "0")}\t${(i % 10) + 1}\tnm${String(1_000_000 + Math.floor(random() * people)).padStart(8, "0")}\t${category}\t\\N\t${characters}\n`;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = "";
    }
  }
  fs.writeSync(out, buffer);
  fs.closeSync(out);
}

if (import.meta.main) writePrincipals(process.argv[2]!, Number(process.argv[3]));
