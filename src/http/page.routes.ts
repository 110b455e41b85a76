import type { Hono } from "hono";
import { html } from "hono/html";
import { hasRole } from "../accounts/user.repository.ts";
import { AppError } from "../app/errors.ts";
import { getPersonCard, getSourcePage, search, upcomingReleases } from "../catalog/catalog.service.ts";
import { findTitle } from "../catalog/find-title.ts";
import { recentChanges, type HomeChange } from "../catalog/home.ts";
import { nextSeasonOf, upcomingOf } from "../cards/home-summary.ts";
import { ingestArticle } from "../ingest/pipeline.ts";
import type { Db } from "../storage/db.ts";
import type { HomeSummarySource } from "./home-summaries.ts";
import { checkCsrf, currentSession } from "./auth.ts";
import { homePage } from "./pages/home-page.ts";
import { ingestPage, personPage, searchPage, sourcePage } from "./pages/other-pages.ts";
import { pageContextOf } from "./pages/serving.ts";
import { titlePage } from "./pages/title-page.ts";
import { asOfParam, integerParam, searchQuery, strongEtag } from "./params.ts";
import type { RouteDeps } from "./route-deps.ts";
import { verifyToken } from "./tokens.repository.ts";

/** The web pages: home, title, person, source, search, and the ingest form. */
interface HomeContent {
  changes: HomeChange[];
  upcoming: ReturnType<typeof upcomingOf>;
  outlooks: NonNullable<ReturnType<typeof nextSeasonOf>>[];
  /** Whether every title's summary was current (see `HomeSummarySource.read`). */
  current: boolean;
}

/** The home page's content: what changed, what is coming, and the next seasons, read from the titles' summaries. */
async function readHomeContent(db: Db, home: HomeSummarySource, day: string): Promise<HomeContent> {
  const changes = await recentChanges(db, 20);
  // Titles with a release date ahead, then those with news; what is coming and the next seasons are read from their summaries.
  const coming = [...new Set((await upcomingReleases(db, day, 20)).map((u) => u.titleId))];
  const upcoming = [];
  const outlooks = [];
  const titleIds = [...new Set([...coming, ...changes.map((ch) => ch.titleId)])].slice(0, 24);
  // No card is built here (see createHomeSummaries): a title not summed up as it is now shows its
  // earlier summary, or only its line in the changes, until its card is built after this request.
  // Such a page is not kept, so that the next request shows what has been built meanwhile.
  const { summaries, current } = await home.read(titleIds, day);
  for (const titleId of titleIds) {
    const summary = summaries.get(titleId);
    if (!summary) continue;
    if (coming.includes(titleId)) upcoming.push(...upcomingOf(summary, day));
    const outlook = nextSeasonOf(summary, day);
    if (outlook && outlooks.length < 12) outlooks.push(outlook);
  }
  upcoming.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  return { changes, upcoming: upcoming.slice(0, 20), outlooks, current };
}

export function registerPageRoutes(app: Hono, { context, cards, home, today, version, limit, limiter, notifier }: RouteDeps): void {
  const db = context.connection.db;
  // What the home page shows, made once per store version and day (every request used to read
  // the newest 400 news claims, their titles' earlier dates, what is coming and the summaries: 9 ms of
  // SQLite on 100,000 titles, most of the page's time). Kept only when every summary in it was current:
  // one the pass or this node builds afterwards changes the page without a change event.
  let view: { version: number; day: string; made: Promise<HomeContent> } | undefined;
  const homeContent = async (day: string): Promise<HomeContent> => {
    const current = await version();
    if (view && view.version === current && view.day === day) return view.made;
    const made = readHomeContent(db, home, day);
    const kept = { version: current, day, made };
    view = kept;
    made.then(
      (content) => {
        if (!content.current && view === kept) view = undefined;
      },
      () => {
        if (view === kept) view = undefined;
      },
    );
    return made;
  };
  app.get("/", async (c) => {
    const day = today();
    const { changes, upcoming, outlooks, current } = await homeContent(day);
    if (!current) c.set("provisional", true);
    return c.html(homePage(changes, upcoming, day, outlooks, pageContextOf(c)));
  });
  app.get("/titles/:id", async (c) => {
    const asOf = asOfParam(c);
    const title = await findTitle(db, c.req.param("id"));
    const got = await cards.get(title, { asOf, today: today() });
    const { memo } = got;
    // Asked for by its id, the page is the card's alone; by a name, it also depends on which titles bear that name.
    if (c.req.param("id") === title.id) {
      c.set("dependsOn", got.dependsOn);
      // Made from the card the pass stored, as of today: the page can be stored beside it (`stored-card-answers.ts`).
      if (got.stored && asOf === null) c.set("storedPage", { titleId: title.id, cardEtag: got.stored.etag, day: got.stored.day });
    }
    const card = got.card;
    // One page per locale and address: the reader's date format and the canonical link are in it.
    const context = pageContextOf(c, `/titles/${card.id}`);
    const key = `${context.fmt.locale}|${context.url}`;
    const page = await memo(`page|${key}`, async () => String(await titlePage(card, { asOf, today: today(), context })));
    c.header("ETag", await memo(`page-etag|${key}`, () => strongEtag(page)));
    return c.html(page);
  });
  app.get("/people/:id", async (c) => {
    const person = await getPersonCard(db, c.req.param("id"));
    return c.html(personPage(person, pageContextOf(c, `/people/${person.id}`)));
  });
  app.get("/sources/:id", async (c) => {
    const perPage = 100;
    const pageNumber = integerParam(c, "page", 1, 1, 10_000_000);
    const page = await getSourcePage(db, c.req.param("id"), { limit: perPage, offset: (pageNumber - 1) * perPage });
    if (page.offset > 0 && page.offset >= page.total) throw new AppError("BAD_OPTION", `page must be from 1 to ${Math.max(1, Math.ceil(page.total / perPage))}, not ${pageNumber}`);
    return c.html(sourcePage(page, pageContextOf(c, `/sources/${page.source.id}${pageNumber > 1 ? `?page=${pageNumber}` : ""}`)));
  });
  app.get("/search", async (c) => {
    const query = searchQuery(c) ?? "";
    const results = await search(db, query);
    // One clear answer: go straight to it, as a search box should.
    const strong = results.filter((r) => r.score >= 0.8);
    if (strong.length === 1 || (strong.length > 1 && strong[0]!.score === 1 && strong[1]!.score < 0.9)) return c.redirect(`/${strong[0]!.kind === "title" ? "titles" : "people"}/${strong[0]!.id}`, 302);
    return c.html(searchPage(query, results, pageContextOf(c)));
  });
  app.get("/ingest", async (c) => c.html(ingestPage(null, null, pageContextOf(c), (await currentSession(c, db, context.clock.now()))?.csrf)));
  app.post("/ingest", limit, async (c) => {
    const form = await c.req.parseBody();
    // A signed-in editor posts with the session's CSRF token; anyone else needs an editor's API token.
    const session = await currentSession(c, db, context.clock.now());
    if (session && form.csrf !== undefined) checkCsrf(session, form);
    const token = session && form.csrf !== undefined ? { id: `session:${session.user.id}`, role: session.user.role } : await verifyToken(db, String(form.token ?? ""), context.clock.now().toISOString());
    if (!token) return c.html(ingestPage(null, "the API token is missing or wrong", pageContextOf(c), session?.csrf), 401);
    if (!hasRole(token, "editor")) return c.html(ingestPage(null, `adding articles needs the editor role; yours is ${token.role}`, pageContextOf(c), session?.csrf), 403);
    if (!limiter.allow(token.id)) return c.html(ingestPage(null, "too many articles in the last minute; try again shortly", pageContextOf(c), session?.csrf), 429);
    const text = String(form.text ?? "");
    const result = await ingestArticle(context.connection, context.clock, {
      bytes: new TextEncoder().encode(text),
      label: "form",
      url: String(form.url ?? "") || null,
      published: String(form.published ?? "") || null,
      outlet: String(form.outlet ?? "") || null,
      title: String(form.title ?? "") || null,
    }, context.config.maxInputBytes);
    if (!result.duplicate) await notifier.afterWrite();
    return c.html(ingestPage(result.duplicate ? "Already ingested." : html`Added ${result.claimsAdded} claims to <a href="/titles/${result.title?.id ?? ""}">${result.title?.name ?? "the show"}</a>; <a href="/sources/${result.sourceId}">see the article</a>.`, null, pageContextOf(c), session?.csrf), result.duplicate ? 200 : 201);
  });

}
