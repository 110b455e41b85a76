import { AppError } from "../../../app/errors.ts";

/**
 * A time limit for reading one article. Each step is linear or close to it on real articles, but
 * a hostile one can still find a slow path; the loops that grow with the article check the clock
 * and give up with a clear refusal instead of holding the process (and a server's other requests).
 * Extraction is synchronous, so one budget per thread is enough.
 */
export const ARTICLE_TIME_LIMIT_MS = 20_000;

let deadline = Infinity;
let limitMs = ARTICLE_TIME_LIMIT_MS;

export function withTimeBudget<T>(ms: number, work: () => T): T {
  const outer = deadline;
  const outerLimit = limitMs;
  deadline = performance.now() + ms;
  limitMs = ms;
  try {
    return work();
  } finally {
    deadline = outer;
    limitMs = outerLimit;
  }
}

/** Throws once the current article's time is up; cheap enough for every sentence and candidate. */
export function checkTimeBudget(): void {
  if (performance.now() > deadline) {
    throw new AppError("INPUT_TOO_COMPLEX", `reading it took over ${limitMs / 1000} s, the limit for one article`);
  }
}
