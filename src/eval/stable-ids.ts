import crypto from "node:crypto";
import { syncBuiltinESMExports } from "node:module";

/**
 * Makes ids predictable in this thread: `randomBytes` yields a counter, so ids made in the same
 * millisecond sort in the order they were made. Claims are read back ordered by id, and the card
 * builder breaks exact ties between values by that order; with random ids the same article can
 * score a fact one run and miss it the next. Only for the evaluator's worker threads (each has its
 * own copy of node:crypto): never call it in a process that makes ids anyone keeps.
 */
export function makeIdsStable(): void {
  let counter = 0;
  const counterBytes = (size: number): Buffer => {
    const bytes = Buffer.alloc(size);
    for (let at = 0; at + 6 <= size; at += 6) bytes.writeUIntBE(counter++ % 2 ** 48, at, 6);
    return bytes;
  };
  crypto.randomBytes = ((size: number, callback?: (error: Error | null, bytes: Buffer) => void) => {
    const bytes = counterBytes(size);
    if (callback) queueMicrotask(() => callback(null, bytes));
    return bytes;
  }) as typeof crypto.randomBytes;
  syncBuiltinESMExports();
}
