import type { Logger } from "../app/logger.ts";
import type { createCardCache } from "../cards/card-cache.ts";
import { homeSummaryOf, type HomeSummary } from "../cards/home-summary.ts";
import { getEntity } from "../entities/entity.repository.ts";
import { homeSummaries, rememberHomeSummary } from "../notify/notify.service.ts";
import type { Db } from "../storage/db.ts";

/** Summaries a node keeps of titles whose summary the store does not hold as they are now (the pass has not reached them). */
const KEPT_SUMMARIES = 1_000;
/** Titles waiting for their card to be built; the page asks for two dozen at most, so this is only a bound. */
const QUEUED_BUILDS = 200;

export interface HomeView {
  /** Per title, the summary to show: a current one, else the newest earlier one. A title never summed up is missing. */
  summaries: Map<string, HomeSummary>;
  /** Whether every title's summary is current (made today, after its newest change event). */
  current: boolean;
}

export type HomeSummarySource = ReturnType<typeof createHomeSummaries>;

/**
 * The home page's summaries, read without building a card on the request. The notification pass
 * sums up each title it passes (migration 0017); a title it has not reached yet (it runs behind an
 * import, by tens of thousands of titles under bench:load) or summed up on another day is shown from
 * its earlier summary, or not at all when it has none, and its card is built here, off the request,
 * one at a time, for the pages after. Built on the request, as before, every page after a write built
 * the cards of the titles the pass had not reached: the page written after each article was about
 * twenty of them on PostgreSQL, and its p99 was seconds.
 *
 * What is built is kept in this process, by title, as of the title's newest change event then, and
 * written to the store when the title's state is as of that event (a summary of another day); a
 * title the pass has not reached has no state to keep it in, and the pass writes its own.
 */
export function createHomeSummaries(options: { db: Db; cards: ReturnType<typeof createCardCache>; log: Logger }) {
  const { db, cards, log } = options;
  const built = new Map<string, { latest: number; day: string; summary: HomeSummary }>();
  const queued = new Map<string, { day: string; latest: number; asOf: number | undefined }>();
  let working: Promise<void> | undefined;
  // A title queued as the last build ended is picked up by the next round.
  const start = (): void => {
    working ??= work().finally(() => {
      working = undefined;
      if (queued.size > 0) start();
    });
  };

  const build = async (titleId: string, job: { day: string; latest: number; asOf: number | undefined }) => {
    const entity = await getEntity(db, titleId);
    if (!entity) return;
    const summary = homeSummaryOf((await cards.get(entity, { asOf: null, today: job.day })).card, job.day);
    built.delete(titleId);
    built.set(titleId, { latest: job.latest, day: job.day, summary });
    if (built.size > KEPT_SUMMARIES) built.delete(built.keys().next().value!);
    if (job.asOf !== undefined) await rememberHomeSummary(db, titleId, summary, job.asOf);
  };
  const work = async () => {
    for (let next = queued.entries().next(); !next.done; next = queued.entries().next()) {
      const [titleId, job] = next.value;
      queued.delete(titleId);
      // A store that refuses (busy, read-only, closed by a stop) costs this title its summary until a later page asks again.
      await build(titleId, job).catch((error: unknown) => log.warn({ err: error, titleId }, "building a home summary failed"));
    }
  };

  return {
    /** The summaries to show of these titles now; those not current are queued to be built. */
    async read(titleIds: string[], day: string): Promise<HomeView> {
      const { fresh, stale, earlier, heldAt, latest } = await homeSummaries(db, titleIds, day);
      const summaries = new Map<string, HomeSummary>();
      let current = true;
      for (const titleId of titleIds) {
        const stored = fresh.get(titleId);
        if (stored) {
          summaries.set(titleId, stored);
          continue;
        }
        const newest = latest.get(titleId);
        if (newest === undefined) continue;
        const mine = built.get(titleId);
        if (mine && mine.latest === newest && mine.day === day) {
          summaries.set(titleId, mine.summary);
          continue;
        }
        current = false;
        // The newer of the store's earlier summary and one built here before the title's last change.
        const held = earlier.get(titleId);
        const older = mine && (held === undefined || mine.latest >= heldAt.get(titleId)!) ? mine.summary : held;
        if (older) summaries.set(titleId, older);
        if (!queued.has(titleId) && queued.size < QUEUED_BUILDS) queued.set(titleId, { day, latest: newest, asOf: stale.get(titleId) });
      }
      if (queued.size > 0) start();
      return { summaries, current };
    },
    /** Resolves once no build is queued or running (for a stop, and for tests). */
    async idle(): Promise<void> {
      while (working) await working;
    },
  };
}
