import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseJson, pythonDumps, pythonFloat, type JsonValue } from "./python-compat.ts";
import { charMatch, formatRatio, has, job, norm, scoreCard, trap } from "./score-card.ts";

// Hand-built cards, only the fields a rule reads. Every expected value was also checked against
// evalcard.py's own functions.
const person = (name: string, extra: Record<string, JsonValue> = {}) => ({ id: `per_${name}`, name, hangul: null, aliases: [], ...extra });
const when = (date: string, precision: string, certainty = "confirmed") => ({ value: { date, precision, label: date }, certainty });

const card = {
  platforms: ["Amazon Prime Video", "Netflix"],
  country: "KR",
  seasons: [
    { number: 1, status: "released", releases: [{ part: 1, when: when("2024-01-05", "day") }, { part: 2, when: when("2024-02-01", "month", "reported") }], episodeCount: { value: 16, conflicts: [{ value: 12 }] } },
    { number: 2, status: "filming", releases: [{ part: null, when: when("2025-01-01", "year", "speculative") }], episodeCount: null },
  ],
  nextSeason: { season: 2, status: "renewed", signals: [{ polarity: "positive", kind: "renewal" }] },
  cast: [
    { person: person("Han Ji-min", { aliases: ["Han Ji Min"], hangul: "한지민" }), character: "César Lazcano", characterAliases: ["Dr. Lazcano"], knownFor: ["The Light in Your Eyes"] },
    { person: person("Lee Jun-hyuk"), character: null, characterAliases: [], knownFor: [] },
  ],
  crew: [{ person: person("Kim Won-seok"), job: "Director", knownFor: [] }, { person: person("Park Hae-young"), job: "screenwriter", knownFor: [] }],
  viewership: [
    { metric: "hours-viewed", scope: "week", week: "2024-03-04", value: 124_460_000 },
    { metric: "rank", scope: "first-week", week: null, value: 1 },
  ],
  ratings: [{ site: "Nielsen Korea (nationwide)", value: 15.8 }],
  statements: [{ speaker: "Netflix Korea", onBehalfOf: null, via: "Yonhap", quote: "We are thrilled — the Señora is coming." }],
  timeline: [
    { kind: "filming-wrapped", date: { date: "2021-11-20", precision: "day" } },
    { kind: "season-premiere", date: { date: "2024-01-05", precision: "day" } },
  ],
  sources: [{ id: "src_1" }],
} satisfies JsonValue;

const hit = (f: JsonValue) => assert.equal(has(card, f), true, JSON.stringify(f));
const miss = (f: JsonValue) => assert.equal(has(card, f), false, JSON.stringify(f));
const trapped = (f: JsonValue) => assert.equal(trap(card, f), true, JSON.stringify(f));
const clear = (f: JsonValue) => assert.equal(trap(card, f), false, JSON.stringify(f));

describe("evalcard port: norm and job", () => {
  it("drops case, accents, spaces and punctuation, as Python's NFKD and regex do", () => {
    assert.equal(norm("César Lazcano"), "cesarlazcano");
    assert.equal(norm("J.J. Abrams"), "jjabrams");
    assert.equal(norm("ﬁve"), "five"); // NFKD compatibility
    assert.equal(norm(null), "");
    assert.equal(norm(15.8), "158");
    // NFKD splits Hangul syllables into conjoining jamo, which the kept range does not include.
    assert.equal(norm("한지민"), "");
    assert.equal(norm("中字"), "中字");
  });

  it("maps job spellings as the reference does", () => {
    assert.equal(job("Screen-writer"), "writer");
    assert.equal(job(" Executive Producer "), "executive producer");
    assert.equal(job(null), "");
    assert.equal(job("Composer"), "composer");
  });
});

describe("evalcard port: has", () => {
  it("platform: either name contains the other, with 'amazon' removed", () => {
    hit({ kind: "platform", value: "Prime Video" });
    hit({ kind: "platform", value: "Amazon" }); // "" is contained in everything once "amazon" is gone
    hit({ kind: "platform", value: "netflix korea" });
    miss({ kind: "platform", value: "Disney+" });
  });

  it("country: case-insensitive equality", () => {
    hit({ kind: "country", value: "kr" });
    miss({ kind: "country", value: "JP" });
  });

  it("release: season, date and precision; part only when both give one", () => {
    hit({ kind: "release", season: 1, part: 1, date: "2024-01-05", precision: "day" });
    hit({ kind: "release", season: 1, part: null, date: "2024-02-01", precision: "month" });
    miss({ kind: "release", season: 1, part: 2, date: "2024-01-05", precision: "day" });
    hit({ kind: "release", season: 2, part: 3, date: "2025-01-01", precision: "year" }); // card part null
    miss({ kind: "release", season: 2, date: "2025-01-01", precision: "day" });
    miss({ kind: "release", season: 3 });
  });

  it("season-status, next-season: the card's status among the acceptable ones", () => {
    hit({ kind: "season-status", season: 2, status: ["filming", "post-production"] });
    miss({ kind: "season-status", season: 2, status: ["released"] });
    hit({ kind: "season-status", season: 1 });
    hit({ kind: "next-season", season: 2, status: ["renewed"] });
    miss({ kind: "next-season", season: 3, status: ["renewed"] });
  });

  it("episodes and their conflicts", () => {
    hit({ kind: "episodes", season: 1, value: 16.0 });
    miss({ kind: "episodes", season: 2, value: 16 });
    hit({ kind: "episodes-conflict", season: 1, value: 12 });
  });

  it("cast: by any name or alias; a character equal, containing, or the ending of the other", () => {
    hit({ kind: "cast", person: "Han Ji Min", character: "Lazcano" }); // card's name contains the gold's
    hit({ kind: "cast", person: "HAN JI-MIN", character: "Dr. César Lazcano" }); // gold's name ends with the card's
    hit({ kind: "cast", person: "Han Ji-min", character: null });
    miss({ kind: "cast", person: "Han Ji-min", character: "Yoon Se-ra" });
    miss({ kind: "cast", person: "Lee Jun-hyuk", character: "Anyone" }); // no character on the card
    hit({ kind: "cast", person: "Lee Jun-hyuk", character: null });
    assert.equal(charMatch("César", { character: "César Lazcano", characterAliases: [] }), true); // "César" is contained
    assert.equal(charMatch("Lazcano", { character: "", characterAliases: [] }), false);
  });

  it("crew: the job compared through the job map", () => {
    hit({ kind: "crew", person: "Kim Won-seok", job: "director" });
    hit({ kind: "crew", person: "Park Hae-young", job: "writer" });
    miss({ kind: "crew", person: "Park Hae-young", job: "director" });
    hit({ kind: "crew", person: "Park Hae-young" });
  });

  it("metric: metric, scope, value within 0.5% (at least 1), week when both give one", () => {
    hit({ kind: "metric", metric: "hours-viewed", scope: "week", value: 124_000_000, week: "2024-03-04" });
    miss({ kind: "metric", metric: "hours-viewed", scope: "week", value: 123_800_000, week: "2024-03-04" });
    miss({ kind: "metric", metric: "hours-viewed", scope: "week", value: 124_460_000, week: "2024-03-11" });
    hit({ kind: "metric", metric: "rank", scope: "first-week", value: 2, week: "2024-03-11" }); // within 1; card has no week
    miss({ kind: "metric", metric: "rank", scope: "week", value: 1 });
  });

  it("rating: the gold's site contained in the card's, value within 0.05", () => {
    hit({ kind: "rating", site: "Nielsen Korea", value: 15.84 });
    miss({ kind: "rating", site: "Nielsen Korea", value: 15.9 });
    miss({ kind: "rating", site: "TNmS", value: 15.8 });
  });

  it("event: synonyms and substrings of the kind; the month unless the precision is day", () => {
    hit({ kind: "event", event: "filming-wrapped", date: "2021-11-20", precision: "day" });
    hit({ kind: "event", event: "filming-wrapped", date: "2021-11-01", precision: "month" });
    miss({ kind: "event", event: "filming-wrapped", date: "2021-11-01", precision: "day" });
    hit({ kind: "event", event: "premiere", date: "2024-01-05" }); // "premiere" in "season-premiere"
    hit({ kind: "event", event: "filming-started" }); // its synonym "filming" is in "filming-wrapped"
    miss({ kind: "event", event: "casting" });
  });

  it("statement: every field given appears in the statement's JSON, non-ASCII escaped as Python's json.dumps escapes it", () => {
    hit({ kind: "statement", speaker: "Netflix Korea", via: "yonhap", quoteContains: "we are thrilled" });
    miss({ kind: "statement", speaker: "tvN" });
    // json.dumps writes "ñ" as \u00f1, so a word with an accent is never found, as in the reference.
    miss({ kind: "statement", quoteContains: "Señora" });
  });

  it("signal, source-count; conflict and unknown kinds are not scored", () => {
    hit({ kind: "signal", polarity: "positive", signal: "renewal" });
    hit({ kind: "source-count", value: 1 });
    assert.equal(has(card, { kind: "conflict", about: "x", values: [] }), null);
    assert.equal(has(card, { kind: "genre", value: "romance" }), null);
  });
});

describe("evalcard port: trap", () => {
  it("cast and crew: the person alone, or with the character or job given", () => {
    trapped({ kind: "cast", person: "Lee Jun-hyuk" });
    trapped({ kind: "cast", person: "Han Ji-min", character: "Lazcano" });
    clear({ kind: "cast", person: "Han Ji-min", character: "Yoon Se-ra" });
    clear({ kind: "crew", person: "Kim Won-seok", job: "writer" });
    trapped({ kind: "crew", person: "Kim Won-seok" });
  });

  it("release: the fields given, the part when the card has one, the certainty when named", () => {
    trapped({ kind: "release", season: 1, date: "2024-02-01" });
    trapped({ kind: "release", season: 2, part: 2 }); // card part null matches any part
    clear({ kind: "release", season: 1, part: 3 });
    trapped({ kind: "release", season: 2, certainty: "speculative" });
    clear({ kind: "release", season: 2, certainty: "confirmed" });
  });

  it("event: the exact kind (no synonyms) and date", () => {
    trapped({ kind: "event", event: "filming-wrapped" });
    clear({ kind: "event", event: "premiere" });
    clear({ kind: "event", event: "filming-wrapped", date: "2021-11-21" });
  });

  it("episodes in any season, metrics and ratings by exact value", () => {
    trapped({ kind: "episodes", value: 16 });
    clear({ kind: "episodes", season: 2, value: 16 });
    trapped({ kind: "metric", metric: "rank", value: 1, week: null });
    clear({ kind: "metric", metric: "hours-viewed", value: 124_000_000 }); // no tolerance in a trap
    trapped({ kind: "rating", value: 15.8 });
    clear({ kind: "rating", site: "Nielsen Korea", value: 5.0 });
  });

  it("other kinds: as has()", () => {
    trapped({ kind: "season-status", season: 2 });
    clear({ kind: "season-status", season: 4 });
    trapped({ kind: "next-season", season: 2, status: ["renewed"] });
    trapped({ kind: "platform", value: "Netflix" });
  });
});

describe("evalcard port: score", () => {
  it("a missing card misses every fact, conflicts included, and hits no trap", () => {
    const facts: JsonValue[] = [{ kind: "platform", value: "Netflix" }, { kind: "conflict", about: "x", values: [] }];
    const result = scoreCard(null, facts, [{ kind: "cast", person: "X" }], "a.txt");
    assert.deepEqual(result.facts.map((f) => [f.kind, f.hit]), [["platform", false], ["conflict", false]]);
    assert.deepEqual(result.traps.map((t) => t.hit), [false]);
  });

  it("a found card skips conflicts and unknown kinds", () => {
    const result = scoreCard(card, [{ kind: "platform", value: "Netflix" }, { kind: "conflict", about: "x", values: [] }], [], "a.txt");
    assert.deepEqual(result.facts.map((f) => [f.kind, f.hit]), [["platform", true]]);
  });

  it("prints facts as Python's json.dumps does, floats written as floats kept", () => {
    const [fact] = parseJson('[{"kind":"rating","value":5.0,"site":"Ñ","n":1e-05}]') as JsonValue[];
    assert.equal(scoreCard(card, [fact!], [], "a.txt").facts[0]!.shown, '{"kind": "rating", "value": 5.0, "site": "Ñ", "n": 1e-05}');
    assert.equal(pythonDumps({ q: "시즌\u007f" }, { ensureAscii: true }), '{"q": "\\uc2dc\\uc98c\\u007f"}');
    assert.deepEqual([1e16, 0.0001, 123.5, -0.0, 1.5e-7].map(pythonFloat), ["1e+16", "0.0001", "123.5", "-0.0", "1.5e-07"]);
  });

  it("rounds the recall as Python's format does: exact ties to even", () => {
    assert.equal(formatRatio(165, 816), "0.202");
    assert.equal(formatRatio(1, 16), "0.062"); // 0.0625: toFixed(3) would say 0.063
    assert.equal(formatRatio(3, 16), "0.188");
    assert.equal(formatRatio(0, 0), "0.000");
    assert.equal(formatRatio(5, 5), "1.000");
  });
});
