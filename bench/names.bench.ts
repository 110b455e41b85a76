// npm run bench:names — the verdicts on the pair tables (recall, false merges, possible rate),
// name matches per second, and the latency of finding a person by another spelling in a catalog
// of 1,000,000 people (built synthetically into SQLite once, and kept in the temporary folder).
import Sqlite from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reversedKey, searchKey } from "../src/domain/search-key.ts";
import { findEntitiesByAliasKeys } from "../src/entities/entity.repository.ts";
import { matchNames, nameKey, nameKeys } from "../src/names/match-names.ts";
import { connect } from "../src/storage/db.ts";
import { migrateToLatest } from "../src/storage/migrate.ts";
import { cpuNote, peakRssMb, percentile, report } from "./support.ts";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const surnames = [["Kim", "Gim"], ["Lee", "Yi"], ["Park", "Bak"], ["Choi", "Choe"], ["Jung", "Jeong"], ["Kang", "Gang"], ["Cho", "Jo"], ["Yoon", "Yun"], ["Jang", "Chang"], ["Lim", "Im"], ["Han", "Han"], ["Oh", "Oh"], ["Seo", "Suh"], ["Shin", "Sin"], ["Kwon", "Gwon"], ["Hwang", "Hwang"], ["Ahn", "An"], ["Song", "Song"], ["Jeon", "Jun"], ["Hong", "Hong"]];
const syllables = [["ji", "ji"], ["min", "min"], ["seo", "seo"], ["hyun", "hyeon"], ["soo", "su"], ["young", "yeong"], ["jung", "jeong"], ["woo", "u"], ["eun", "eun"], ["hee", "hui"], ["jin", "jin"], ["ho", "ho"], ["yeon", "yeon"], ["kyung", "gyeong"], ["sung", "seong"], ["hoon", "hun"], ["joon", "jun"], ["ah", "a"], ["bin", "bin"], ["na", "na"], ["ra", "ra"], ["tae", "tae"], ["hye", "hye"], ["won", "won"], ["kyo", "gyo"], ["sook", "suk"], ["do", "do"], ["ha", "ha"], ["yoon", "yun"], ["chan", "chan"]];
const western = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Zoe", "Owen"];
const westernLast = ["Smith", "Garcia", "Brown", "Wilson", "Taylor", "Clark", "Lewis", "Walker", "Hall", "Young"];

function rng(seed: number) {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

interface Person { canonical: string; variant: string; id?: string }
function person(index: number, random: () => number): Person {
  if (index % 5 === 4) {
    const name = `${western[Math.floor(random() * 10)]} ${westernLast[Math.floor(random() * 10)]} ${index.toString(36)}`;
    return { canonical: name, variant: name.toLowerCase() };
  }
  const s = surnames[Math.floor(random() * surnames.length)]!;
  const a = syllables[Math.floor(random() * syllables.length)]!;
  const b = syllables[Math.floor(random() * syllables.length)]!;
  const cap = (t: string | undefined) => (t ?? "")[0]!.toUpperCase() + (t ?? "").slice(1);
  return { canonical: `${s[0]} ${cap(a[0])}-${b[0]}`, variant: `${s[1]} ${cap(a[1])} ${cap(b[1])}` };
}

// 0. The verdicts on the pair tables (test/fixtures/names/): what docs/quality.md records.
const fixtures = new URL("../test/fixtures/names/", import.meta.url);
const table = (file: string) => fs.readFileSync(new URL(file, fixtures), "utf8").trim().split("\n").slice(1).map((row) => row.split("\t") as [string, string, string]);
const samePairs = table("same-person.tsv");
const nearPairs = table("near-miss-different-people.tsv");
const tablePeople = table("people.tsv").map((row) => row[0]);
let sameFound = 0;
let possibleFound = 0;
for (const [a, b] of samePairs) {
  const result = matchNames(a, b);
  if (result.same) sameFound += 1;
  else if (result.possible) possibleFound += 1;
}
const nearSame = nearPairs.filter(([a, b]) => matchNames(a, b).same).length;
const nearPossible = nearPairs.filter(([a, b]) => matchNames(a, b).possible).length;
let otherPairs = 0;
let otherSame = 0;
let otherPossible = 0;
for (let i = 0; i < tablePeople.length; i++) {
  for (let j = i + 1; j < tablePeople.length; j++) {
    const result = matchNames(tablePeople[i]!, tablePeople[j]!);
    otherPairs += 1;
    if (result.same) otherSame += 1;
    if (result.possible) otherPossible += 1;
  }
}
const ratio = (n: number, d: number) => `${(n / d).toFixed(3)} (${n}/${d})`;

// 1. Matches per second. First as a list of pairs is judged (the hidden list pairs 99 people's
// spellings with each other): 200,000 pairs over the spellings of 5,000 people, half of them the
// same person. Then the worst case, 20,000 pairs in which every name is new to the process.
const random = rng(7);
const pool = Array.from({ length: 5_000 }, (_, i) => person(i, random));
const pairs: [string, string][] = Array.from({ length: 200_000 }, (_, i) => {
  const p = pool[Math.floor(random() * pool.length)]!;
  const q = pool[Math.floor(random() * pool.length)]!;
  return i % 2 ? [p.canonical, p.variant] : [p.canonical, q.canonical];
});
let started = performance.now();
let same = 0;
for (const [a, b] of pairs) if (matchNames(a, b).same) same += 1;
const matchSeconds = (performance.now() - started) / 1000;
const fresh: [string, string][] = Array.from({ length: 20_000 }, (_, i) => {
  const p = person(100_000 + i, random);
  const q = person(200_000 + i, random);
  return i % 2 ? [p.canonical, p.variant] : [p.canonical, q.canonical];
});
started = performance.now();
for (const [a, b] of fresh) matchNames(a, b);
const freshSeconds = (performance.now() - started) / 1000;

// 2. The catalog: entity and alias rows with the resolution key, written with a prepared statement,
// once: the store is kept in the system's temporary folder (BENCH_NAMES_STORE; delete it when the
// keys change) and later runs only draw the same sample again.
const file = process.env.BENCH_NAMES_STORE ?? path.join(os.tmpdir(), `cliffhanger-bench-names-${PEOPLE}.db`);
const cached = fs.existsSync(file);
const building = `${file}.partial`;
if (!cached) {
  fs.rmSync(building, { force: true });
  const connection = connect(building);
  await migrateToLatest(connection);
  await connection.close();
}
const raw = cached ? undefined : new Sqlite(building);
raw?.pragma("journal_mode = WAL");
raw?.pragma("synchronous = OFF");
const insertEntity = raw?.prepare("INSERT INTO entity (id, kind, name, created_at) VALUES (?, 'person', ?, '2026-01-01')");
const insertAlias = raw?.prepare("INSERT INTO alias (id, entity_id, name, key, origin, created_at, search_key, search_key_reversed) VALUES (?, ?, ?, ?, 'importer', '2026-01-01', ?, ?)");
const catalogRandom = rng(11);
const sample: Person[] = [];
started = performance.now();
const fill = (from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const p = person(i, catalogRandom);
    const id = `per_${i.toString(36)}`;
    insertEntity?.run(id, p.canonical);
    insertAlias?.run(`als_${i.toString(36)}`, id, p.canonical, nameKey(p.canonical), searchKey(p.canonical), reversedKey(searchKey(p.canonical)));
    if (i % 997 === 0 && sample.length < 2000) sample.push({ ...p, id });
  }
};
const batch = raw ? raw.transaction(fill) : fill;
for (let i = 0; i < PEOPLE; i += 50_000) batch(i, Math.min(PEOPLE, i + 50_000));
const buildSeconds = (performance.now() - started) / 1000;
if (raw) {
  raw.pragma("wal_checkpoint(TRUNCATE)");
  raw.close();
  fs.renameSync(building, file);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${building}${suffix}`, { force: true });
}

// 3. Finding a person by another spelling: key lookup through the repository, then the name score.
const lookup = connect(file);
// A few lookups first, so that statement preparation and compilation are not counted as latency.
for (const p of sample.slice(0, 20)) await findEntitiesByAliasKeys(lookup.db, "person", nameKeys(p.variant));
const latencies: number[] = [];
let found = 0;
for (const p of sample) {
  const t0 = performance.now();
  const candidates = await findEntitiesByAliasKeys(lookup.db, "person", nameKeys(p.variant));
  // Found means the person's own entity is among the candidates and its name is judged the same: the id, not a namesake's name.
  if (candidates.some((c) => c.id === p.id && matchNames(c.name, p.variant).same)) found += 1;
  latencies.push(performance.now() - t0);
}
await lookup.close();
latencies.sort((a, b) => a - b);

report("cpu affinity mask (taskset)", cpuNote());
report("same-person pairs: recall (same or possible)", `${ratio(sameFound + possibleFound, samePairs.length)}; same ${sameFound}, possible ${possibleFound}`);
report("near-miss pairs of different people: same", `${nearSame} of ${nearPairs.length} (false merges); possible ${ratio(nearPossible, nearPairs.length)}`);
report("all pairs of the table's people: same", `${otherSame} of ${otherPairs} (false merges); possible ${ratio(otherPossible, otherPairs)}`);
report("match-names (pairs of 5,000 people's spellings)", `${Math.round(pairs.length / matchSeconds).toLocaleString("en")} pairs/s (${same} of ${pairs.length} same)`);
report("match-names (every name new to the process)", `${Math.round(fresh.length / freshSeconds).toLocaleString("en")} pairs/s`);
report(`catalog build (${PEOPLE.toLocaleString("en")} people, keyed aliases)`, cached ? `kept from an earlier run: ${file}` : `${buildSeconds.toFixed(1)} s, kept at ${file}`);
report("find by another spelling (key lookup + score)", `p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms, found ${found}/${sample.length}`);
report("peak RSS", `${peakRssMb()} MB`);
