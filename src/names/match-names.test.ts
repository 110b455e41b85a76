import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import { matchNames, nameKey, nameKeys } from "./match-names.ts";

// The pair tables (test/fixtures/names/, README there): people of the bundled K-drama datasets,
// each paired with the spellings fans, outlets and the people themselves use; and near-miss pairs
// of different people (real neighbours in the datasets, and the ones the issue names).
const fixtures = new URL("../../test/fixtures/names/", import.meta.url);
function table(file: string): { a: string; b: string; kind: string }[] {
  const [, ...rows] = fs.readFileSync(new URL(file, fixtures), "utf8").trim().split("\n");
  return rows.map((row) => {
    const [a, b, kind] = row.split("\t") as [string, string, string];
    return { a, b, kind };
  });
}
const samePerson = table("same-person.tsv");
const nearMiss = table("near-miss-different-people.tsv");
const people = table("people.tsv").map((p) => p.a);

/** Kinds of variation that are the same person by the names alone; the others (slips, near vowels) may be only possible. */
const alwaysSame = new Set(["hangul", "spacing", "given-first", "given-first-joined", "joined", "lowercase-joined", "odd-capitals", "surname-spelling"]);

describe("match-names: the pair tables", () => {
  it("has real variety: at least 300 pairs each way, every kind of the issue", () => {
    assert.ok(samePerson.length >= 300 && nearMiss.length >= 300, `${samePerson.length} same-person, ${nearMiss.length} near-miss`);
    const kinds = new Set(samePerson.map((p) => p.kind.replace(/-(wrong|double|drop|swap)$|-[a-z]+\/[a-z]+$/, "")));
    for (const kind of ["hangul", "given-first", "joined", "odd-capitals", "surname-spelling", "typo", "stray-space", "vowel", "revised-romanization"]) assert.ok(kinds.has(kind), kind);
  });

  it("finds every same-person pair as same or possible, and the unambiguous kinds as same", () => {
    const missed: string[] = [];
    for (const { a, b, kind } of samePerson) {
      const result = matchNames(a, b);
      if (alwaysSame.has(kind) ? !result.same : !result.same && !result.possible) missed.push(`${kind}: ${a} / ${b} ${JSON.stringify(result)}`);
    }
    assert.deepEqual(missed, []);
  });

  it("never calls a near-miss pair of different people the same", () => {
    const merged = nearMiss.filter(({ a, b }) => matchNames(a, b).same).map(({ a, b, kind }) => `${kind}: ${a} / ${b}`);
    assert.deepEqual(merged, []);
  });

  it("calls at most 2% of pairs of different people possible, and none the same", () => {
    let possible = 0;
    const merged: string[] = [];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const result = matchNames(people[i]!, people[j]!);
        if (result.same) merged.push(`${people[i]} / ${people[j]}`);
        if (result.possible) possible += 1;
      }
    }
    const pairs = (people.length * (people.length - 1)) / 2;
    assert.deepEqual(merged, []);
    assert.ok(possible / pairs <= 0.02, `${possible} of ${pairs} possible`);
  });
});

describe("match-names: verdicts", () => {
  it("keeps the dropped glide, the near vowel and the one-letter slip apart from same", () => {
    for (const [a, b] of [["Lee Min-ho", "Lee Min-hyo"], ["Jung Hae-in", "Jung Hye-in"], ["Lee Do-hyun", "Lee Do-hoon"], ["Florence Pugh", "Florance Pugh"], ["Kang Dong-won", "Kang Don Won"]] as const) {
      const result = matchNames(a, b);
      assert.deepEqual([result.same, result.possible], [false, true], `${a} / ${b}: ${JSON.stringify(result)}`);
      assert.ok(result.score >= 0.5 && result.score < 0.8);
    }
  });

  it("reads one order only as possible when the given name is a single syllable", () => {
    assert.deepEqual(matchNames("Song Kang", "Kang Song"), { same: false, possible: true, score: 0.7 });
    assert.equal(matchNames("Min-ho Lee", "Lee Min-ho").same, true);
  });

  it("treats Western names: case, accents and order are the same person; a slip is possible; other people neither", () => {
    assert.equal(matchNames("Zoë Kravitz", "zoe kravitz").same, true);
    assert.equal(matchNames("Jean-Marc Vallée", "Jean Marc Vallee").same, true);
    assert.deepEqual([matchNames("Jenna Ortega", "Jenna Coleman").same, matchNames("Jenna Ortega", "Jenna Coleman").possible], [false, false]);
  });

  it("refuses a name longer than any person's before doing any work", () => {
    assert.deepEqual(matchNames("Lee ".repeat(2000), "Lee Min-ho"), { same: false, possible: false, score: 0 });
  });

  it("reads a word that names a method of every object as a word, not as a surname", () => {
    // The surname table was a plain object: "Constructor" found Object's constructor and the parse threw.
    assert.deepEqual(matchNames("John Constructor", "John Smith"), { same: false, possible: false, score: 0.1 });
    assert.equal(matchNames("Constructor Min-ho", "constructor min ho").same, true);
    assert.equal(nameKey("toString Lee"), "w:tostringlee");
  });
});

describe("name keys", () => {
  it("keys exact spellings of one Hangul name alike, so an index finds them", () => {
    assert.equal(nameKey("Lee Je-hoon"), nameKey("이제훈"));
    assert.equal(nameKey("Song Ji Hyo"), nameKey("송지효"));
    assert.notEqual(nameKey("Kim Ji-won"), nameKey("Kim Ji-woon"));
  });

  it("looks a same spelling up by the key the other is stored under", () => {
    const misses = samePerson.filter(({ a, b, kind }) => alwaysSame.has(kind) && !/joined/.test(kind) && !nameKeys(b).includes(nameKey(a)) && !nameKeys(a).includes(nameKey(b)));
    assert.deepEqual(misses.map(({ a, b }) => `${a} / ${b}`), []);
  });
});

describe("one edit", () => {
  it("agrees with the edit distance on slips and non-slips", async () => {
    const { editDistance, withinOneEdit } = await import("./match-names.ts");
    const words = ["jung", "jnug", "jun", "jungg", "jang", "jugn", "ujng", "jung", "june", "kimjiwon", "kimjiwoo", "kimjwion", "kimjiwonn", "kimiwon", "leeminho", "leeminhyo"];
    for (const a of words) for (const b of words) assert.equal(withinOneEdit(a, b), editDistance(a, b) <= 1, `${a} / ${b}`);
  });
});
