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
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
