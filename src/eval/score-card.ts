import { pythonDumps, pythonStr, pythonStrip, type JsonObject, type JsonValue } from "./python-compat.ts";

/**
 * A line-by-line port of the reference scorer's matching rules (/work/shared/tools/evalcard.py:
 * norm, has, trap, score), pure. Cards and gold facts are plain JSON, read with Python's
 * semantics: `dict.get` gives null for a missing key, `x or y` uses Python's truthiness ([] and {}
 * are false), `==` compares 1 with 1.0 and true, and `in` on a string is a substring test. A change
 * to the Python scorer must be made here too, or the two figures part.
 */

// ---- Python semantics over JSON values --------------------------------------------------------

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `d.get(key)`. */
export function get(v: JsonValue | undefined, key: string): JsonValue {
  return isObject(v) && Object.hasOwn(v, key) ? v[key]! : null;
}

/** `key in d`. */
function hasKey(v: JsonValue, key: string): boolean {
  return isObject(v) && Object.hasOwn(v, key);
}

/** Python truthiness. */
function truthy(v: JsonValue | undefined): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/** `a or b`. */
function or(a: JsonValue, b: JsonValue): JsonValue {
  return truthy(a) ? a : b;
}

/** Iterating `a or []`: a list's items (what the scorer iterates is always a list in the contract). */
export function items(v: JsonValue): JsonValue[] {
  return Array.isArray(v) ? v : [];
}

function numeric(v: JsonValue): v is number | boolean {
  return typeof v === "number" || typeof v === "boolean";
}

/** Python `==` between JSON values. */
export function pyEq(a: JsonValue, b: JsonValue): boolean {
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => pyEq(x, b[i]!));
  }
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && pyEq(a[k]!, b[k]!));
}

/** `x in container`: membership in a list, a substring of a string, a key of a dict. */
function pyIn(x: JsonValue, container: JsonValue): boolean {
  if (typeof container === "string") return typeof x === "string" && container.includes(x);
  if (Array.isArray(container)) return container.some((c) => pyEq(x, c));
  if (isObject(container)) return typeof x === "string" && Object.hasOwn(container, x);
  return false;
}

/** A key under which Python's set and dict treat equal values alike (1, 1.0 and True). */
function hashKey(v: JsonValue): string {
  if (numeric(v)) return `n:${Number(v)}`;
  if (typeof v === "string") return `s:${v}`;
  return JSON.stringify(v);
}

// ---- evalcard.py -------------------------------------------------------------------------------

// unicodedata.combining() has no JavaScript counterpart. Combining marks outside the characters
// norm() keeps are removed by its last step anyway; these are the ones inside them (Unicode 14).
const combiningKept = /[\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA806\uA82C\uA8C4\uA8E0-\uA8F1\uA92B-\uA92D\uA953\uA9B3\uA9C0\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAF6\uABED]/gu;
const notKept = /[^0-9a-z\u3131-\ucb4c\uac00-\ud7a3]+/gu;

/** Lower case, no accents, nothing but ASCII letters, digits and (part of) the Hangul/CJK block. */
export function norm(s: JsonValue | undefined): string {
  if (s === null || s === undefined) return "";
  return pythonStr(s).normalize("NFKD").replace(combiningKept, "").toLowerCase().replace(notKept, "");
}

function personNames(p: JsonValue): Set<string> {
  if (!isObject(p)) return new Set([norm(p)]);
  const names = new Set([norm(get(p, "name"))]);
  for (const alias of items(or(get(p, "aliases"), []))) names.add(norm(alias));
  if (truthy(get(p, "hangul"))) names.add(norm(get(p, "hangul")));
  return names;
}

/** The card's character equals the gold's, contains it, or is its ending ("Lazcano" for "César Lazcano"). */
export function charMatch(want: JsonValue, entry: JsonValue): boolean {
  if (want === null) return true;
  const w = norm(want);
  const names = [norm(get(entry, "character")), ...items(or(get(entry, "characterAliases"), [])).map(norm)];
  return names.some((n) => n !== "" && (n === w || n.endsWith(w) || w.endsWith(n) || n.includes(w)));
}

const JOB = new Map([
  ["screenwriter", "writer"],
  ["scriptwriter", "writer"],
  ["writer", "writer"],
  ["director", "director"],
  ["creator", "creator"],
  ["showrunner", "showrunner"],
  ["producer", "producer"],
  ["executiveproducer", "executive producer"],
  ["executive producer", "executive producer"],
]);

export function job(j: JsonValue): string {
  const s = pythonStrip(pythonStr(or(j, "")).toLowerCase());
  return JOB.get(s.replaceAll(" ", "").replaceAll("-", "")) ?? JOB.get(s) ?? s;
}

const EVENT_SYN = new Map([
  ["premiere", ["premiere", "released", "release", "premiered"]],
  ["filming-started", ["filming-started", "filming-start", "production-started", "filming"]],
  ["filming-wrapped", ["filming-wrapped", "filming-wrap", "wrapped", "production-wrapped"]],
]);

function season(card: JsonValue, n: JsonValue): JsonValue {
  for (const s of items(or(get(card, "seasons"), []))) if (pyEq(get(s, "number"), n)) return s;
  return null;
}

/** The date and precision of a release's `when`. */
function dv(when: JsonValue): [JsonValue, JsonValue] {
  const v = or(get(or(when, {}), "value"), {});
  return [get(v, "date"), get(v, "precision")];
}

/** `s[:7]` of a date string. */
function month(s: JsonValue): JsonValue {
  return typeof s === "string" ? s.slice(0, 7) : s;
}

function absDiff(a: JsonValue, b: JsonValue): number {
  return Math.abs(Number(a) - Number(b));
}

/** Whether the card holds the fact: true, false, or null for a kind that is not scored (conflict, unknown). */
export function has(card: JsonValue, f: JsonValue): boolean | null {
  const k = get(f, "kind");
  if (k === "platform") {
    const w = norm(get(f, "value")).replaceAll("amazon", "");
    return items(or(get(card, "platforms"), [])).some((p) => {
      if (!norm(p)) return false;
      const name = norm(p).replaceAll("amazon", "");
      return name.includes(w) || w.includes(name);
    });
  }
  if (k === "country") return pythonStr(or(get(card, "country"), "")).toUpperCase() === pythonStr(get(f, "value")).toUpperCase();
  if (k === "release") {
    const s = season(card, get(f, "season"));
    if (!truthy(s)) return false;
    for (const r of items(or(get(s, "releases"), []))) {
      if (!pyIn(get(f, "part"), [null, get(r, "part")]) && get(r, "part") !== null) continue;
      const [d, p] = dv(get(r, "when"));
      if (hasKey(f, "date") && !pyEq(d, get(f, "date"))) continue;
      if (hasKey(f, "precision") && !pyEq(p, get(f, "precision"))) continue;
      return true;
    }
    return false;
  }
  if (k === "season-status") {
    const s = season(card, get(f, "season"));
    return truthy(s) && (!hasKey(f, "status") || pyIn(get(s, "status"), get(f, "status")));
  }
  if (k === "next-season") {
    const o = or(get(card, "nextSeason"), {});
    return pyEq(get(o, "season"), get(f, "season")) && (!hasKey(f, "status") || pyIn(get(o, "status"), get(f, "status")));
  }
  if (k === "episodes") {
    const s = or(season(card, get(f, "season")), {});
    return pyEq(get(or(get(s, "episodeCount"), {}), "value"), get(f, "value"));
  }
  if (k === "episodes-conflict") {
    const s = or(season(card, get(f, "season")), {});
    return items(or(get(or(get(s, "episodeCount"), {}), "conflicts"), [])).some((c) => pyEq(get(c, "value"), get(f, "value")));
  }
  if (k === "cast" || k === "crew") {
    const w = norm(get(f, "person"));
    for (const e of items(or(get(card, k), []))) {
      if (!personNames(get(e, "person")).has(w)) continue;
      if (k === "cast" && charMatch(get(f, "character"), e)) return true;
      if (k === "crew" && (!hasKey(f, "job") || job(get(e, "job")) === job(get(f, "job")))) return true;
    }
    return false;
  }
  if (k === "cast-count") {
    const ids = new Set(items(or(get(card, "cast"), [])).map((e) => hashKey(get(or(get(e, "person"), {}), "id"))));
    return pyEq(ids.size, get(f, "value"));
  }
  if (k === "known-for") {
    const w = norm(get(f, "person"));
    const got = new Set<string>();
    for (const e of [...items(or(get(card, "cast"), [])), ...items(or(get(card, "crew"), []))]) {
      if (!personNames(get(e, "person")).has(w)) continue;
      for (const t of items(or(get(e, "knownFor"), []))) got.add(norm(typeof t === "string" ? t : get(or(t, {}), "title")));
    }
    return items(get(f, "titles")).every((t) => got.has(norm(t)));
  }
  if (k === "metric") {
    for (const m of items(or(get(card, "viewership"), []))) {
      if (!pyEq(get(m, "metric"), get(f, "metric"))) continue;
      if (hasKey(f, "scope") && !pyEq(get(m, "scope"), get(f, "scope"))) continue;
      if (truthy(get(f, "week")) && !pyIn(get(m, "week"), [null, get(f, "week")])) continue;
      const v = get(m, "value");
      const want = get(f, "value");
      if (numeric(v) && absDiff(v, want) <= Math.max(1, 0.005 * Math.abs(Number(want)))) return true;
    }
    return false;
  }
  if (k === "rating") {
    return items(or(get(card, "ratings"), [])).some(
      (r) => norm(get(r, "site")).includes(norm(get(f, "site"))) && absDiff(or(get(r, "value"), -1e9), get(f, "value")) < 0.05,
    );
  }
  if (k === "signal") {
    const o = or(get(card, "nextSeason"), {});
    return items(or(get(o, "signals"), [])).some((s) => pyEq(get(s, "polarity"), get(f, "polarity")) && pyEq(get(s, "kind"), get(f, "signal")));
  }
  if (k === "statement") {
    for (const st of items(or(get(card, "statements"), []))) {
      const blob = norm(pythonDumps(st, { ensureAscii: true }));
      const wanted = ["speaker", "onBehalfOf", "via", "quoteContains"].filter((x) => truthy(get(f, x)));
      if (wanted.every((x) => blob.includes(norm(get(f, x))))) return true;
    }
    return false;
  }
  if (k === "event") {
    const event = get(f, "event");
    const syn = (typeof event === "string" ? EVENT_SYN.get(event) : undefined) ?? [event];
    for (const e of items(or(get(card, "timeline"), []))) {
      const d = get(or(get(e, "date"), {}), "date");
      const kind = get(e, "kind");
      const kindText = pythonStr(or(kind, ""));
      const kindMatches = syn.some((s) => pyEq(kind, s)) || syn.some((s) => typeof s === "string" && kindText.includes(s));
      const dateMatches =
        !hasKey(f, "date") ||
        pyEq(d, get(f, "date")) ||
        (!pyEq(get(f, "precision"), "day") && truthy(d) && pyEq(month(d), month(get(f, "date"))));
      if (kindMatches && dateMatches) return true;
    }
    return false;
  }
  if (k === "source-count") return pyEq(items(or(get(card, "sources"), [])).length, get(f, "value"));
  return null; // conflict: reported, not scored; and any kind the scorer does not know
}

/** A `not` entry is a partial shape: every field it gives must match for the trap to be hit. */
export function trap(card: JsonValue, f: JsonValue): boolean {
  const k = get(f, "kind");
  if (k === "cast" || k === "crew") {
    const w = norm(get(f, "person"));
    for (const e of items(or(get(card, k), []))) {
      if (!personNames(get(e, "person")).has(w)) continue;
      if (k === "cast" && get(f, "character") !== null && !charMatch(get(f, "character"), e)) continue;
      if (k === "crew" && truthy(get(f, "job")) && job(get(e, "job")) !== job(get(f, "job"))) continue;
      return true;
    }
    return false;
  }
  if (k === "release") {
    const s = season(card, get(f, "season"));
    for (const r of items(or(get(or(s, {}), "releases"), []))) {
      const [d, p] = dv(get(r, "when"));
      if (truthy(get(f, "date")) && !pyEq(d, get(f, "date"))) continue;
      if (truthy(get(f, "precision")) && !pyEq(p, get(f, "precision"))) continue;
      if (get(f, "part") !== null && !pyIn(get(r, "part"), [null, get(f, "part")])) continue;
      if (truthy(get(f, "certainty")) && !pyEq(get(or(get(r, "when"), {}), "certainty"), get(f, "certainty"))) continue;
      return true;
    }
    return false;
  }
  if (k === "event") {
    return items(or(get(card, "timeline"), [])).some(
      (e) => pyEq(get(e, "kind"), get(f, "event")) && (!truthy(get(f, "date")) || pyEq(get(or(get(e, "date"), {}), "date"), get(f, "date"))),
    );
  }
  if (k === "episodes") {
    const seasons = hasKey(f, "season") ? [season(card, get(f, "season"))] : items(or(get(card, "seasons"), []));
    return seasons.some((s) => pyEq(get(or(get(or(s, {}), "episodeCount"), {}), "value"), get(f, "value")));
  }
  if (k === "metric") {
    return items(or(get(card, "viewership"), [])).some(
      (m) =>
        pyEq(get(m, "metric"), get(f, "metric")) &&
        (!hasKey(f, "value") || pyEq(get(m, "value"), get(f, "value"))) &&
        (!hasKey(f, "week") || pyEq(get(m, "week"), get(f, "week"))),
    );
  }
  if (k === "rating") {
    return items(or(get(card, "ratings"), [])).some(
      (r) =>
        (!truthy(get(f, "site")) || norm(get(r, "site")).includes(norm(get(f, "site")))) &&
        (!hasKey(f, "value") || pyEq(get(r, "value"), get(f, "value"))),
    );
  }
  return has(card, f) === true;
}

export interface FactOutcome {
  kind: string;
  hit: boolean;
  /** The article file, or "file / other title" for a `more` entry: as the reference scorer labels it. */
  label: string;
  fact: JsonValue;
  /** The fact as the reference scorer prints it (json.dumps, ensure_ascii=False). */
  shown: string;
}

/**
 * `score()` without its printing and tally: the outcome of each scored fact (a missing card misses
 * every fact, even those of kinds that are otherwise not scored) and the traps the card falls into.
 */
export function scoreCard(card: JsonValue, facts: JsonValue[], nots: JsonValue[], label: string): { facts: FactOutcome[]; traps: FactOutcome[] } {
  const outcome = (f: JsonValue, hit: boolean): FactOutcome => ({
    kind: pythonStr(get(f, "kind")),
    hit,
    label,
    fact: f,
    shown: pythonDumps(f, { ensureAscii: false }),
  });
  const scored: FactOutcome[] = [];
  for (const f of facts) {
    const r = truthy(card) ? has(card, f) : false;
    if (r === null) continue;
    scored.push(outcome(f, r));
  }
  return { facts: scored, traps: nots.map((f) => outcome(f, truthy(card) && trap(card, f))) };
}

/** `f"{got/tot:.3f}"`: Python rounds the exact binary value half to even; toFixed would round ties up. */
export function formatRatio(got: number, total: number): string {
  if (total === 0) return "0.000";
  const scaled = got * 1000;
  let q = Math.floor(scaled / total);
  const r = scaled - q * total;
  if (2 * r > total || (2 * r === total && q % 2 === 1)) q += 1;
  return `${Math.floor(q / 1000)}.${String(q % 1000).padStart(3, "0")}`;
}
