import { createHash, randomBytes } from "node:crypto";

// Random bytes are drawn in blocks: one system call per 680 ids instead of one per id.
let pool = Buffer.alloc(0);
let offset = 0;

function randomHex(bytes: number): string {
  if (offset + bytes > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const hex = pool.toString("hex", offset, offset + bytes);
  offset += bytes;
  return hex;
}

let lastTime = "";
let sequence = 0;

/**
 * Time-ordered ids with a readable prefix ("src_", "clm_"): sortable like monotonic ULIDs, unique
 * without coordination. A counter follows the time so that ids made in the same millisecond still
 * sort in the order they were made; ranking breaks its last ties by id, and a random suffix alone
 * would make those ties (and so a card) differ from run to run.
 */
export function newId(prefix: string): string {
  const time = Date.now().toString(36).padStart(9, "0");
  sequence = time === lastTime ? sequence + 1 : 0;
  lastTime = time;
  return `${prefix}_${time}${sequence.toString(36).padStart(4, "0")}${randomHex(4)}`;
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/** JSON with sorted keys, so that equal values always hash alike. */
export function stableJson(value: unknown): string {
  const text = writeStable(value);
  return text === undefined ? (JSON.stringify(value, sortKeys) as string) : text;
}

/** The definition: JSON.stringify with each plain object's keys sorted (by localeCompare). */
export function stableJsonByDefinition(value: unknown): string {
  return JSON.stringify(value, sortKeys);
}

function sortKeys(_key: string, v: unknown): unknown {
  return v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v;
}

/** Key orders by the keys as they came: claims and qualifiers repeat a few shapes millions of times in an import. */
const sortedKeyOrders = new Map<string, { keys: string[]; order: string[] }>();
const arrayIndex = /^(0|[1-9]\d*)$/;

/**
 * The same text as the definition, written directly (an import writes three per claim, and the
 * definition's copies of every object were a tenth of its time); undefined for what it does not
 * handle alike (objects with numeric keys, which the definition orders numerically, toJSON, wrappers
 * and other odd values): the definition writes those.
 */
function writeStable(v: unknown): string | undefined {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return Number.isFinite(v) ? String(v) : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object": {
      if (v === null) return "null";
      if (Array.isArray(v)) {
        let out = "[";
        for (let i = 0; i < v.length; i++) {
          const item = v[i] as unknown;
          const text = item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : writeStable(item);
          if (text === undefined) return undefined;
          out += i === 0 ? text : `,${text}`;
        }
        return `${out}]`;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype || typeof (v as { toJSON?: unknown }).toJSON === "function") return undefined;
      const keys = Object.keys(v);
      const shape = keys.join("\u0000");
      const known = sortedKeyOrders.get(shape);
      let order: string[];
      // The joined keys name the shape; the keys themselves confirm it (a key may hold the separator).
      if (known && known.keys.length === keys.length && known.keys.every((k, i) => k === keys[i])) order = known.order;
      else {
        if (keys.some((k) => arrayIndex.test(k))) return undefined;
        order = [...keys].sort((a, b) => a.localeCompare(b));
        if (sortedKeyOrders.size < 10_000) sortedKeyOrders.set(shape, { keys, order });
      }
      let out = "{";
      let first = true;
      for (const key of order) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
        const text = writeStable(item);
        if (text === undefined) return undefined;
        out += `${first ? "" : ","}${JSON.stringify(key)}:${text}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}
