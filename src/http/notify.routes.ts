import type { Context, Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { checkPassword, createSession, createUser, endSession, parseRole, type User } from "../accounts/user.repository.ts";
import type { AppContext } from "../app/context.ts";
import { AppError } from "../app/errors.ts";
import { getTitleCard } from "../cards/get-title-card.ts";
import { findTitle } from "../catalog/find-title.ts";
import { getEntity } from "../entities/entity.repository.ts";
import { isoDay, waitAtMost } from "../app/clock.ts";
import { calendar, type CalendarTitle } from "../notify/calendar.ts";
import { describeChange } from "../notify/changes.ts";
import { atomFeed, jsonFeed, type FeedMeta } from "../notify/feeds.ts";
import { feedSecret, follow, followsWithAnswers, listFollows, notificationsFor, unfollow, userOfFeedSecret } from "../notify/follow.repository.ts";
import { entitiesBehind, listNotifications, loadTitleState, processNotifications, type Notification } from "../notify/notify.service.ts";
import { describeQuestion, parseQuestion, questionKinds, type Question } from "../notify/questions.ts";
import { stateOf } from "../notify/title-state.ts";
import { queueTestEvent } from "../notify/webhook-jobs.ts";
import { createEndpoint, getEndpoint, listDeliveries, listEndpoints, setEndpointEnabled } from "../notify/webhooks.ts";
import { addressPolicy } from "../fetch/address-policy.ts";
import type { Db } from "../storage/db.ts";
import { apiCaller, checkCsrf, checkLoginCsrf, createLoginThrottle, currentSession, loginCsrf, requireRole, SESSION_COOKIE, sessionCookieOptions } from "./auth.ts";
import { followingPage, followPage, loginPage } from "./pages/account-pages.ts";

type Ctx = Pick<AppContext, "connection" | "clock" | "config" | "log">;

/**
 * What runs after a write commits: its change events become notifications, and the webhook
 * deliveries they make are queued as jobs, in one transaction; the job workers send them
 * (`notify/webhook-jobs.ts`). A server's worker also runs the same pass every few seconds, for
 * writes made by other processes.
 */
export function createNotifier(context: Ctx) {
  let running: Promise<unknown> | undefined;
  let queued: Promise<unknown> | undefined;
  let closed = false;
  // One pass at a time in this process. A write that commits while one runs needs one more after
  // it (the running pass may have read the events before the write); every write meanwhile shares it.
  const schedule = (): Promise<unknown> => {
    if (!running) {
      running = processNotifications(context.connection, context.clock).finally(() => (running = undefined));
      return running;
    }
    queued ??= running.catch(() => undefined).then(() => {
      queued = undefined;
      return schedule();
    });
    return queued;
  };
  return {
    /**
     * Runs the notification pass for what was just written, waiting for it up to `waitMs`. A pass
     * behind an import's backlog takes minutes (every ingest under bench:load waited for one, and
     * a tenth of them were answered in ten minutes): past the bound the request is answered and the
     * pass goes on. A pass that fails is logged, never the write's answer: the write has committed,
     * and the worker's periodic pass tries again.
     */
    async afterWrite(waitMs = AFTER_WRITE_WAIT_MS): Promise<void> {
      const pass = schedule().catch((error: unknown) => {
        // A pass the stop cut short (the store closed under it) is not a failure to report.
        if (closed) context.log.info({ reason: (error as Error).message }, "a notification pass cut short by the stop");
        else context.log.error({ err: error }, "a notification pass failed");
      });
      // Behind a backlog (an import's thousands of titles) the pass cannot reach this write's events
      // within the bound, and waiting for it only delays the answer: every article under bench:load on
      // PostgreSQL waited the full 2 s while the pass worked through an import's titles.
      const behind = await entitiesBehind(context.connection.db, BACKLOG_ENTITIES + 1).catch(() => 0);
      await waitAtMost(pass, behind > BACKLOG_ENTITIES ? 0 : waitMs);
    },
    /** Resolves when no pass runs or waits (for a stop: the store closes after them). */
    async idle(): Promise<void> {
      while (running || queued) await Promise.allSettled([running, queued]);
    },
    /** Called as the store closes: a pass still running fails quietly, as the stop's doing. */
    closing(): void {
      closed = true;
    },
  };
}

/** How long a write's answer waits for its notification pass (the pass goes on past it). */
const AFTER_WRITE_WAIT_MS = 2_000;
/** Past this many entities waiting for the pass (a card each, at most), a write's answer does not wait for it at all. */
export const BACKLOG_ENTITIES = 100;
export type Notifier = ReturnType<typeof createNotifier>;

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
}

/** Only a path on this site, never another origin ("//evil", "https://…"). */
function safeNext(next: unknown): string {
  const value = String(next ?? "");
  return /^\/(?!\/)[^\s\\]*$/.test(value) ? value : "/following";
}

const origin = (c: Context) => {
  const url = new URL(c.req.url);
  return `${c.req.header("x-forwarded-proto") === "https" ? "https:" : url.protocol}//${url.host}`;
};

function questionFromForm(value: string, days: string | undefined): Question {
  // "season-status:2", "release:2:1", "release-within:2::30", "cast"…
  const [kind, season, part, formDays] = value.split(":");
  const n = (x: string | undefined) => (x ? Number(x) : undefined);
  return parseQuestion({ kind, ...(season ? { season: n(season) } : {}), ...(kind === "release" || kind === "release-within" ? { part: n(part) ?? null } : {}), ...(kind === "release-within" ? { days: n(formDays || days) } : {}) });
}

/**
 * Everything here is personal or changes with notifications, which are written after the change
 * events that move the store's version: never kept by the anonymous response cache.
 */
const privatePaths = ["/login", "/logout", "/follow", "/following", "/following/*", "/webhooks", "/webhooks/*", "/feeds/*", "/titles/:id/feed.atom", "/titles/:id/feed.json", "/titles/:id/calendar.ics", "/api/follows", "/api/follows/*", "/api/notifications", "/api/webhooks", "/api/webhooks/*", "/api/users"];

/** Registered before the app's other middleware, so that its response cache sees the header. */
export function markNotifyRoutesPrivate(app: Hono): void {
  for (const path of privatePaths) {
    app.use(path, async (c, next) => {
      await next();
      c.res.headers.set("Cache-Control", "private, no-cache");
    });
  }
}

export function registerNotifyRoutes(app: Hono, context: Ctx): void {
  const db = context.connection.db;
  const policy = addressPolicy(context.config.allowPrivateNetworks);
  const now = () => context.clock.now();
  const throttle = createLoginThrottle();

  const signedIn = async (c: Context) => {
    const session = await currentSession(c, db, now());
    if (!session) throw new RedirectToLogin(c.req.path + (new URL(c.req.url).search ?? ""));
    return session;
  };
  const withLogin = (handler: (c: Context) => Promise<Response>) => async (c: Context) => {
    try {
      return await handler(c);
    } catch (error) {
      if (error instanceof RedirectToLogin) return c.redirect(`/login?next=${encodeURIComponent(error.next)}`, 303);
      throw error;
    }
  };
  const form = async (c: Context) => (await c.req.parseBody()) as Record<string, unknown>;

  // --- sign-in ---
  app.get("/login", (c) => c.html(loginPage({ csrf: loginCsrf(c), next: safeNext(c.req.query("next")), error: null })));
  app.post("/login", async (c) => {
    const body = await form(c);
    checkLoginCsrf(c, body);
    const username = String(body.username ?? "").slice(0, 100);
    const next = safeNext(body.next);
    const address = clientAddress(c);
    if (throttle.blocked(username, address, now().getTime())) return c.html(loginPage({ csrf: loginCsrf(c), next, error: "Too many failed sign-ins; wait a few minutes.", username }), 429);
    const user = await checkPassword(db, username, String(body.password ?? ""));
    if (!user) {
      throttle.fail(username, address, now().getTime());
      return c.html(loginPage({ csrf: loginCsrf(c), next, error: "Wrong name or password.", username }), 401);
    }
    throttle.succeed(username);
    // A new session at every sign-in, and the one the browser had (if any) ends: no fixation.
    const previous = await currentSession(c, db, now());
    if (previous) await endSession(db, previous.cookie);
    const session = await createSession(db, user.id, now());
    setCookie(c, SESSION_COOKIE, session.cookie, sessionCookieOptions(c, new Date(session.expiresAt)));
    return c.redirect(next, 303);
  });
  app.post("/logout", async (c) => {
    const session = await currentSession(c, db, now());
    if (session) {
      checkCsrf(session, await form(c));
      await endSession(db, session.cookie);
    }
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/", 303);
  });

  // --- follow ---
  app.get("/follow", withLogin(async (c) => {
    const session = await signedIn(c);
    const title = await findTitle(db, c.req.query("title") ?? "");
    const state = (await loadTitleState(db, title.id)) ?? stateOf(await getTitleCard(db, title, { asOf: null, today: isoDay(now()) })).state;
    const seasons = Object.keys(state.seasons).map(Number).sort((a, b) => a - b);
    const next = seasons.find((s) => !["released", "cancelled", "ended"].includes(state.seasons[String(s)]!)) ?? (seasons.at(-1) ?? 0) + 1;
    const choices = [
      { value: `season-status:${next}`, label: `Season ${next}: its status changes (renewed, cancelled, scheduled)` },
      { value: `release:${next}`, label: `Season ${next}: a release date or window is set, narrowed or moved` },
      { value: `release-within:${next}::30`, label: `Season ${next}: the release day comes within 30 days` },
      { value: "cast", label: "A cast member joins or leaves" },
      { value: "conflict", label: "Sources disagree (a conflict appears)" },
      { value: "risk", label: "A risk signal appears (military service, controversy, strike)" },
      { value: "title", label: "Every change" },
    ];
    return c.html(followPage({ title: { id: title.id, name: title.name }, choices, csrf: session.csrf, user: session.user }));
  }));
  app.post("/follow", withLogin(async (c) => {
    const session = await signedIn(c);
    const body = await form(c);
    checkCsrf(session, body);
    const title = await findTitle(db, String(body.title ?? ""));
    await follow(db, session.user.id, title.id, questionFromForm(String(body.question ?? "title"), body.days === undefined ? undefined : String(body.days)), now().toISOString());
    return c.redirect("/following", 303);
  }));
  app.get("/following", withLogin(async (c) => {
    const session = await signedIn(c);
    const secret = await feedSecret(db, session.user.id, now().toISOString());
    const base = `${origin(c)}/feeds/private/${secret}`;
    const endpoints = await Promise.all((await listEndpoints(db, session.user.id)).map(async (e) => ({ ...e, deliveries: await listDeliveries(db, e.id, 10) })));
    const entries = (await notificationsFor(db, session.user.id, 20)).map((n) => ({ ...describeChange(n.payload), createdAt: n.createdAt }));
    return c.html(followingPage({ user: session.user, csrf: session.csrf, follows: await followsWithAnswers(db, session.user.id, context.clock), feeds: { atom: `${base}/feed.atom`, json: `${base}/feed.json`, ics: `${base}/calendar.ics` }, endpoints, entries }));
  }));
  app.post("/following/unfollow", withLogin(async (c) => {
    const session = await signedIn(c);
    const body = await form(c);
    checkCsrf(session, body);
    await unfollow(db, session.user.id, String(body.id ?? ""));
    return c.redirect("/following", 303);
  }));
  app.post("/following/feed-secret", withLogin(async (c) => {
    const session = await signedIn(c);
    checkCsrf(session, await form(c));
    await feedSecret(db, session.user.id, now().toISOString(), { rotate: true });
    return c.redirect("/following", 303);
  }));
  app.post("/webhooks", withLogin(async (c) => {
    const session = await signedIn(c);
    const body = await form(c);
    checkCsrf(session, body);
    await createEndpoint(db, session.user.id, String(body.url ?? ""), now().toISOString(), policy);
    return c.redirect("/following", 303);
  }));
  app.post("/webhooks/:id/:action{test|enable|disable}", withLogin(async (c) => {
    const session = await signedIn(c);
    checkCsrf(session, await form(c));
    const endpoint = await getEndpoint(db, session.user.id, c.req.param("id")!);
    const action = c.req.param("action");
    if (action === "test") await queueTestEvent(db, endpoint, now().toISOString());
    else await setEndpointEnabled(db, session.user.id, endpoint.id, action === "enable", now().toISOString());
    return c.redirect("/following", 303);
  }));

  // --- feeds and calendars ---
  const feedMeta = (c: Context, id: string, title: string, page: string): FeedMeta => ({ id, title, selfUrl: `${origin(c)}${c.req.path}`, pageUrl: `${origin(c)}${page}`, origin: origin(c), updated: "2026-01-01T00:00:00Z" });
  const sendFeed = (c: Context, format: string, meta: FeedMeta, items: Notification[]) =>
    format === "atom" ? c.body(atomFeed(meta, items), 200, { "Content-Type": "application/atom+xml; charset=utf-8" }) : c.body(JSON.stringify(jsonFeed(meta, items)), 200, { "Content-Type": "application/feed+json; charset=utf-8" });
  const calendarTitles = async (titleIds: string[]): Promise<CalendarTitle[]> => {
    const out: CalendarTitle[] = [];
    for (const id of titleIds) {
      const row = await db.selectFrom("title_state").innerJoin("entity", "entity.id", "title_state.title_id").select(["entity.id", "entity.name", "title_state.state_json", "title_state.updated_at"]).where("title_state.title_id", "=", id).executeTakeFirst();
      if (!row) continue;
      const all = (await listNotifications(db, { titleIds: [id], limit: 1000 })).reverse();
      const history = all.filter((n) => n.payload.kind.startsWith("release-") && n.payload.kind !== "release-near");
      const entity = await getEntity(db, id);
      const next = entity ? (await getTitleCard(db, entity, { asOf: null, today: isoDay(now()) })).nextSeason : null;
      const outlook = next?.season ? { season: next.season, status: next.status, earliest: next.earliest, statusChanges: all.filter((n) => n.payload.kind === "season-status" && n.payload.season === next.season) } : null;
      out.push({ id: row.id, name: row.name, state: JSON.parse(row.state_json), history, updatedAt: row.updated_at, outlook });
    }
    return out;
  };
  const sendCalendar = (c: Context, body: string) => c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });

  const privateUser = async (c: Context) => {
    const userId = await userOfFeedSecret(db, c.req.param("secret") ?? "");
    if (!userId) throw new AppError("NOT_FOUND", "no feed at this address (it may have been replaced)");
    return userId;
  };
  for (const format of ["atom", "json"]) {
    app.get(`/titles/:id/feed.${format}`, async (c) => {
      const title = await findTitle(db, c.req.param("id")!);
      return sendFeed(c, format, feedMeta(c, `tag:cliffhanger,2026:title/${title.id}`, `${title.name}: what changed`, `/titles/${title.id}`), await listNotifications(db, { titleIds: [title.id] }));
    });
    app.get(`/feeds/changes.${format}`, async (c) => sendFeed(c, format, feedMeta(c, "tag:cliffhanger,2026:changes", "What changed", "/"), await listNotifications(db, {})));
    app.get(`/feeds/private/:secret/feed.${format}`, async (c) => {
      const userId = await privateUser(c);
      return sendFeed(c, format, feedMeta(c, `tag:cliffhanger,2026:following/${userId}`, "What I follow", "/following"), await notificationsFor(db, userId));
    });
  }
  app.get("/titles/:id/calendar.ics", async (c) => {
    const title = await findTitle(db, c.req.param("id")!);
    return sendCalendar(c, calendar(`${title.name}: release dates`, await calendarTitles([title.id]), origin(c)));
  });
  app.get("/feeds/private/:secret/calendar.ics", async (c) => {
    const userId = await privateUser(c);
    return sendCalendar(c, calendar("What I follow: release dates", await calendarTitles([...new Set((await listFollows(db, userId)).map((f) => f.titleId))]), origin(c)));
  });

  // --- JSON API ---
  const apiUser = async (c: Context, role: "reader" | "editor" | "admin" = "reader"): Promise<User> => {
    const caller = await apiCaller(c, db, now());
    requireRole(caller, role);
    if (!caller!.user) throw new AppError("FORBIDDEN", "this token belongs to no user; make one with `cliffhanger tokens create --user <name>`");
    return caller!.user;
  };
  const jsonBody = async (c: Context): Promise<Record<string, unknown>> => {
    try {
      const body = await c.req.json();
      if (body && typeof body === "object" && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      /* named below */
    }
    throw new AppError("BAD_INPUT", "the body must be a JSON object");
  };
  app.get("/api/follows", async (c) => {
    const user = await apiUser(c);
    return c.json({ follows: (await followsWithAnswers(db, user.id, context.clock)).map((f) => ({ id: f.id, title: { id: f.titleId, name: f.titleName }, question: f.question, description: f.description, answer: f.answer, createdAt: f.createdAt })) });
  });
  app.post("/api/follows", async (c) => {
    const user = await apiUser(c);
    const body = await jsonBody(c);
    if (typeof body.title !== "string") throw new AppError("BAD_INPUT", "title: a title's id or name is required");
    const title = await findTitle(db, body.title);
    const question = parseQuestion(body.question ?? { kind: "title" }, `question (one of ${questionKinds.join(", ")})`);
    const result = await follow(db, user.id, title.id, question, now().toISOString());
    return c.json({ id: result.id, title: { id: title.id, name: title.name }, question, description: describeQuestion(question) }, result.created ? 201 : 200);
  });
  app.delete("/api/follows/:id", async (c) => {
    const user = await apiUser(c);
    await unfollow(db, user.id, c.req.param("id")!);
    return c.body(null, 204);
  });
  app.get("/api/notifications", async (c) => {
    const user = await apiUser(c);
    return c.json({ notifications: (await notificationsFor(db, user.id)).map((n) => ({ id: n.id, seq: n.seq, createdAt: n.createdAt, message: describeChange(n.payload).text, ...n.payload })) });
  });
  app.get("/api/webhooks", async (c) => {
    const user = await apiUser(c);
    return c.json({ webhooks: await Promise.all((await listEndpoints(db, user.id)).map(async (e) => ({ ...e, deliveries: await listDeliveries(db, e.id) }))) });
  });
  app.post("/api/webhooks", async (c) => {
    const user = await apiUser(c);
    const body = await jsonBody(c);
    return c.json(await createEndpoint(db, user.id, String(body.url ?? ""), now().toISOString(), policy), 201);
  });
  app.post("/api/webhooks/:id/test", async (c) => {
    const user = await apiUser(c);
    const endpoint = await getEndpoint(db, user.id, c.req.param("id")!);
    const id = await queueTestEvent(db, endpoint, now().toISOString());
    return c.json({ delivery: id }, 202);
  });
  app.post("/api/users", async (c) => {
    await apiUser(c, "admin");
    const body = await jsonBody(c);
    const user = await createUser(db, { username: String(body.username ?? ""), password: String(body.password ?? ""), role: parseRole(String(body.role ?? "reader")) }, now().toISOString());
    return c.json(user, 201);
  });
}

class RedirectToLogin extends Error {
  readonly next: string;
  constructor(next: string) {
    super("sign in first");
    this.next = next;
  }
}

export type { Db };
