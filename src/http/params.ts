import type { Context } from "hono";
import { AppError } from "../app/errors.ts";
import { MAX_SEARCH_KEY } from "../domain/search-key.ts";

/** An ETag for a body made once and kept: hashed when it is made, not per request (the same hash as a stored card's). */
export { strongEtag } from "../cards/finished-card.ts";

/** A whole-number query parameter within bounds; anything else is the client's error, named. */
export function integerParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new AppError("BAD_OPTION", `${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 40)}"`);
  return Number(raw);
}

export function asOfParam(c: Context): string | null {
  const value = c.req.query("as-of");
  if (value === undefined || value === "") return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new AppError("BAD_OPTION", `as-of must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The search box's text; longer than any title or name, it is refused before any lookup. */
export function searchQuery(c: Context): string | undefined {
  const query = c.req.query("q");
  if (query !== undefined && query.length > MAX_SEARCH_KEY) throw new AppError("BAD_OPTION", `q is ${query.length} characters, longer than any title or name (at most ${MAX_SEARCH_KEY})`);
  return query;
}
