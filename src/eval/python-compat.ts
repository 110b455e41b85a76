/**
 * Python's ways with values, where the reference scorer (evalcard.py) depends on them, so that
 * the evaluator matches and prints exactly what it does: JSON as Python's `json` module reads and
 * writes it (integral numbers written as floats, "5.0", stay floats when printed; `json.dumps`
 * spacing and `ensure_ascii` escapes), `str()` of a value, and `str.strip()`.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Keys (or array indexes) whose number was written with a fraction or an exponent: Python floats. */
const floatKeys = new WeakMap<object, Set<string>>();

function markFloat(holder: object, key: string, lexeme: string | null): void {
  let keys = floatKeys.get(holder);
  if (lexeme !== null && /[.eE]/.test(lexeme)) {
    if (!keys) floatKeys.set(holder, (keys = new Set()));
    keys.add(key);
  } else {
    keys?.delete(key);
  }
}

function isPythonFloat(holder: object | null, key: string, value: number): boolean {
  if (!Number.isInteger(value) || Math.abs(value) >= 1e21) return true;
  return holder !== null && (floatKeys.get(holder)?.has(key) ?? false);
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const stringPattern = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** JSON.parse that also remembers which numbers Python would read as floats. */
export function parseJson(text: string): JsonValue {
  let at = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`JSON: ${what} at position ${at}`);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at += 1;
  };
  const match = (pattern: RegExp): string | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) return null;
    at += found[0].length;
    return found[0];
  };
  // Returns the value and, for a number, its lexeme.
  const value = (): [JsonValue, string | null] => {
    space();
    const c = text[at];
    if (c === "{") {
      at += 1;
      const object: JsonObject = {};
      space();
      if (text[at] === "}") {
        at += 1;
        return [object, null];
      }
      for (;;) {
        space();
        const key = match(stringPattern) ?? fail("expected a key");
        space();
        if (text[at] !== ":") fail("expected ':'");
        at += 1;
        const [item, lexeme] = value();
        const name = JSON.parse(key) as string;
        // As Python's dict: a repeated key keeps its first place and takes the last value.
        Object.defineProperty(object, name, { value: item, enumerable: true, writable: true, configurable: true });
        markFloat(object, name, lexeme);
        space();
        if (text[at] === ",") at += 1;
        else if (text[at] === "}") {
          at += 1;
          return [object, null];
        } else fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      at += 1;
      const array: JsonValue[] = [];
      space();
      if (text[at] === "]") {
        at += 1;
        return [array, null];
      }
      for (;;) {
        const [item, lexeme] = value();
        markFloat(array, String(array.length), lexeme);
        array.push(item);
        space();
        if (text[at] === ",") at += 1;
        else if (text[at] === "]") {
          at += 1;
          return [array, null];
        } else fail("expected ',' or ']'");
      }
    }
    if (c === '"') return [JSON.parse(match(stringPattern) ?? fail("bad string")) as string, null];
    for (const [word, literal] of [["true", true], ["false", false], ["null", null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return [literal, null];
      }
    }
    const lexeme = match(numberPattern) ?? fail("unexpected character");
    return [Number(lexeme), lexeme];
  };
  const [result] = value();
  space();
  if (at < text.length) fail("unexpected text after the value");
  return result;
}

/** Python's repr() of a float: shortest digits, exponent below 1e-4 and from 1e16, always a point. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "Infinity" : "-Infinity";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const [mantissa, exp] = Math.abs(value).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 16) {
    const e = `${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
    return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ""}e${e}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  return `${sign}${whole}.${digits.slice(exponent + 1) || "0"}`;
}

function number(value: number, holder: object | null, key: string): string {
  return isPythonFloat(holder, key, value) ? pythonFloat(value) : String(value);
}

function string(value: string, ensureAscii: boolean): string {
  const json = JSON.stringify(value);
  // ensure_ascii escapes everything outside space..tilde, DEL included, as lowercase \uXXXX.
  return ensureAscii ? json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}

/** `json.dumps(value, ensure_ascii=...)` with Python's default separators (", " and ": "). */
export function pythonDumps(value: JsonValue, options: { ensureAscii: boolean }): string {
  const dump = (v: JsonValue, holder: object | null, key: string): string => {
    if (v === null) return "null";
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") return number(v, holder, key);
    if (typeof v === "string") return string(v, options.ensureAscii);
    if (Array.isArray(v)) return `[${v.map((item, i) => dump(item, v, String(i))).join(", ")}]`;
    return `{${Object.entries(v).map(([k, item]) => `${string(k, options.ensureAscii)}: ${dump(item, v, k)}`).join(", ")}}`;
  };
  return dump(value, null, "");
}

const controlEscapes: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Python's str() of a JSON value (what evalcard's norm() sees when given a non-string). */
export function pythonStr(value: JsonValue): string {
  const repr = (v: JsonValue, holder: object | null, key: string): string => {
    if (v === null) return "None";
    if (typeof v === "boolean") return v ? "True" : "False";
    if (typeof v === "number") return number(v, holder, key);
    if (typeof v === "string") return `'${v.replace(/[\\'\t\n\r]|[\x00-\x1f\x7f]/g, (c) => controlEscapes[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)}'`;
    if (Array.isArray(v)) return `[${v.map((item, i) => repr(item, v, String(i))).join(", ")}]`;
    return `{${Object.entries(v).map(([k, item]) => `${repr(k, null, "")}: ${repr(item, v, k)}`).join(", ")}}`;
  };
  return typeof value === "string" ? value : repr(value, null, "");
}

/** str.strip(): Python's whitespace is JavaScript's without \ufeff, with \x1c-\x1f and \x85. */
export function pythonStrip(s: string): string {
  return s.replace(/^(?:[^\S\ufeff]|[\x1c-\x1f\x85])+|(?:[^\S\ufeff]|[\x1c-\x1f\x85])+$/g, "");
}
