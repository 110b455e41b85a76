import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Logs go to stderr, always: stdout belongs to the command's output (and is JSON under --json).
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}

export const silentLogger: Logger = pino({ level: "silent" });
