import type { Hono, MiddlewareHandler } from "hono";
import type { AppContext } from "../app/context.ts";
import type { createCardCache } from "../cards/card-cache.ts";
import type { HomeSummarySource } from "./home-summaries.ts";
import type { Notifier } from "./notify.routes.ts";
import type { createRateLimiter } from "./security.ts";

/** What the page and API routes share: the store, built cards, the day, write limits and what runs after a write. */
export interface RouteDeps {
  context: Pick<AppContext, "connection" | "clock" | "config" | "log">;
  cards: ReturnType<typeof createCardCache>;
  /** The home page's summaries of titles, built off the request. */
  home: HomeSummarySource;
  today: () => string;
  /** The store's version: the newest change event's position (every write that changes a claim records one). */
  version: () => Promise<number>;
  /** The request body limit for writes. */
  limit: MiddlewareHandler;
  limiter: ReturnType<typeof createRateLimiter>;
  notifier: Notifier;
}
