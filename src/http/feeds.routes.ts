import type { Context, Hono } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import type { AppContext } from "../app/context.ts";
import { AppError } from "../app/errors.ts";
import { parseEvery } from "../feeds/cadence.ts";
import { deleteFeed, findFeed, setFeedStatus } from "../feeds/feed.repository.ts";
import { addFeedSource } from "../feeds/feed.service.ts";
import { doctorReport, feedHealth, type FeedHealth } from "../feeds/health.ts";
import { layout } from "./pages/layout.ts";
import { verifyToken } from "./tokens.repository.ts";

/**
 * Followed sources over HTTP: `GET /api/feeds` (health), `POST /api/feeds` {url, name?, every?},
 * `DELETE /api/feeds/{id}`, `POST /api/feeds/{id}/pause|resume` (writes with an editor's Bearer
 * token), and `/admin/sources`, the page that lists them with their health and the job queue,
 * with forms to add, pause, resume and remove (the token in a field, as on /ingest).
 */
const addRequest = z.object({ url: z.string().min(1).max(2000), name: z.string().min(1).max(200).optional(), every: z.string().max(20).optional() });

function everySeconds(every: string | undefined): number | null {
  if (every === undefined || every === "") return null;
  const seconds = parseEvery(every);
  if (seconds === undefined || seconds < 60) throw new AppError("BAD_OPTION", `every must be at least a minute, as 30m, 2h or 1d, not "${every.slice(0, 20)}"`);
  return seconds;
}

export function registerFeedRoutes(app: Hono, context: Pick<AppContext, "connection" | "clock">): void {
  const db = context.connection.db;
  const now = () => context.clock.now();
  const requireToken = async (token: string) => {
    if (!(await verifyToken(db, token, now().toISOString()))) throw new AppError("UNAUTHORIZED", "an API token is required: Authorization: Bearer <token>");
  };
  const bearer = (c: Context) => (c.req.header("Authorization") ?? "").replace(/^Bearer\s+/, "").trim();
  const feedOr404 = async (id: string) => {
    const feed = await findFeed(db, id);
    if (!feed) throw new AppError("UNKNOWN_ENTITY", `no followed source ${id}`);
    return feed;
  };

  app.get("/api/feeds", async (c) => c.json({ feeds: await feedHealth(db, now()) }));
  app.post("/api/feeds", async (c) => {
    await requireToken(bearer(c));
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new AppError("BAD_INPUT", "the body must be JSON");
    }
    const parsed = addRequest.safeParse(body);
    if (!parsed.success) throw new AppError("BAD_INPUT", parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
    const { feed, created } = await addFeedSource(db, context.clock, { url: parsed.data.url, name: parsed.data.name ?? null, everySeconds: everySeconds(parsed.data.every) });
    return c.json({ id: feed.id, url: feed.url, name: feed.name, created }, created ? 201 : 200);
  });
  app.delete("/api/feeds/:id", async (c) => {
    await requireToken(bearer(c));
    const feed = await feedOr404(c.req.param("id"));
    await deleteFeed(db, feed.id);
    return c.json({ id: feed.id, removed: true });
  });
  for (const action of ["pause", "resume"] as const) {
    app.post(`/api/feeds/:id/${action}`, async (c) => {
      await requireToken(bearer(c));
      const feed = await feedOr404(c.req.param("id"));
      await setFeedStatus(db, feed.id, action === "pause" ? "paused" : "active", now().toISOString());
      return c.json({ id: feed.id, status: action === "pause" ? "paused" : "active" });
    });
  }

  app.get("/admin/sources", async (c) => c.html(await sourcesPage(null, null)));
  app.post("/admin/sources", async (c) => {
    const form = await c.req.parseBody();
    if (!(await verifyToken(db, String(form.token ?? ""), now().toISOString()))) return c.html(await sourcesPage(null, "the API token is missing or wrong"), 401);
    const action = String(form.action ?? "add");
    if (action === "add") {
      const { feed, created } = await addFeedSource(db, context.clock, { url: String(form.url ?? ""), name: String(form.name ?? "") || null, everySeconds: everySeconds(String(form.every ?? "")) });
      return c.html(await sourcesPage(created ? `Following ${feed.url}.` : `Already following ${feed.url}.`, null), created ? 201 : 200);
    }
    const feed = await feedOr404(String(form.id ?? ""));
    if (action === "remove") await deleteFeed(db, feed.id);
    else if (action === "pause" || action === "resume") await setFeedStatus(db, feed.id, action === "pause" ? "paused" : "active", now().toISOString());
    else throw new AppError("BAD_OPTION", `action must be add, pause, resume or remove, not "${action.slice(0, 20)}"`);
    return c.html(await sourcesPage(`${action === "remove" ? "Removed" : action === "pause" ? "Paused" : "Resumed"} ${feed.url}.`, null));
  });

  async function sourcesPage(notice: unknown, error: string | null) {
    const report = await doctorReport(db, now());
    const row = (f: FeedHealth) => html`<tr class="state-${f.state.replaceAll(" ", "-")}">
<td><strong>${f.name ?? "(unnamed)"}</strong><br><a href="${f.url}" rel="nofollow noopener">${f.url}</a>${f.feedUrl ? html`<br>feed: ${f.feedUrl}` : ""}</td>
<td class="state">${f.state}</td>
<td>${f.lastSuccessAt ?? "never"}</td>
<td class="last-error">${f.lastError ? html`${f.lastError.at}<br>${f.lastError.reason}` : "—"}${f.itemErrors.map((e) => html`<br>item ${e.link}: ${e.reason}`)}</td>
<td>${f.itemsRead}</td><td>${f.articlesAdded}</td><td>${f.claimsAdded}</td>
<td>${f.nextReadAt ?? "paused"}</td>
<td><form method="post" action="/admin/sources"><input type="hidden" name="id" value="${f.id}"><input type="password" name="token" placeholder="token" aria-label="API token" required>
<button name="action" value="${f.state === "paused" ? "resume" : "pause"}">${f.state === "paused" ? "Resume" : "Pause"}</button> <button name="action" value="remove">Remove</button></form></td></tr>`;
    return layout({
      title: "Sources",
      body: html`<h1>Followed sources</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ""}${error ? html`<p class="error" role="alert">${error}</p>` : ""}
<p>${report.feeds.length} followed, ${report.problems.length} with problems.</p>
<table class="sources"><thead><tr><th>Source</th><th>State</th><th>Last success</th><th>Last error</th><th>Items read</th><th>Articles added</th><th>Claims added</th><th>Next read</th><th></th></tr></thead>
<tbody>${report.feeds.map(row)}</tbody></table>
<h2>Follow a source</h2>
<form method="post" action="/admin/sources" class="add-source">
<label>Feed or page address <input type="url" name="url" required></label>
<label>Name <input type="text" name="name"></label>
<label>Every <input type="text" name="every" placeholder="adaptive, or 30m, 2h, 1d"></label>
<label>API token <input type="password" name="token" required></label>
<button type="submit" name="action" value="add">Follow</button></form>
<h2>Jobs</h2>
<ul class="jobs">${report.jobs.length === 0 ? html`<li>none</li>` : report.jobs.map((j) => html`<li>${j.kind} ${j.status}: ${j.count}</li>`)}</ul>`,
    });
  }
}
