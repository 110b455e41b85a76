import { isoDay, type Clock } from "../app/clock.ts";
import { homeSummaryOf, type HomeSummary } from "../cards/home-summary.ts";
import { finishCard, type FinishedCard } from "../cards/finished-card.ts";
import { loadTitleCard } from "../cards/get-title-card.ts";
import { dropStoredCards, NOTIFICATION_CURSOR, storeTitleCards, titlesStoredBefore, type NewStoredCard } from "../cards/stored-card.repository.ts";
import { entitiesTouched, storeVersionReader } from "../claims/change-event.repository.ts";
import type { SourceRef } from "../cards/title-card.schema.ts";
import { listEntities } from "../entities/entity.repository.ts";
import { listSources } from "../sources/source.repository.ts";
import type { Connection, Db } from "../storage/db.ts";
import { newId, stableJson } from "../storage/ids.ts";
import { describeChange, diffStates, type ChangePayload, type NamedSource } from "./changes.ts";
import { matches, parseQuestion, type Question } from "./questions.ts";
import { enqueueDelivery } from "./webhook-jobs.ts";
import { emptyState, parseReleaseKey, stateOf, type TitleState } from "./title-state.ts";

export interface Notification {
  seq: number;
  id: string;
  titleId: string;
  payload: ChangePayload;
  createdAt: string;
}

const CURSOR = NOTIFICATION_CURSOR;
/** Change events read per transaction: a large import is worked through in several. */
const EVENTS_PER_PASS = 500;

function nameOf(source: { id: string; outlet: string | null; title: string | null; url: string | null; via?: string | null; kind?: string }, quote: string | null): NamedSource {
  const name = source.outlet ?? (source.url ? new URL(source.url).hostname : null) ?? source.title ?? "an article";
  return { id: source.id, name, url: source.url, quote };
}

export function rowToNotification(row: { seq: number | string; id: string; title_id: string; payload_json: string; created_at: string }): Notification {
  return { seq: Number(row.seq), id: row.id, titleId: row.title_id, payload: JSON.parse(row.payload_json) as ChangePayload, createdAt: row.created_at };
}

/**
 * The home page's summaries of these titles (`fresh`): those made for today since the title's last
 * change event. A title changed after the notification pass, or never reached by it, is in neither
 * map. A title whose summary is only from another day (a card's outlook reckons from the day) is in
 * `stale`, with the change event its state is as of, for a summary made later from its card to be
 * remembered (`rememberHomeSummary`). Every summary held that is not fresh is in `earlier`, with the
 * event it is as of in `heldAt`. `latest` is every asked title's newest change event (0 for none):
 * what a summary made from its card now is as of.
 */
export async function homeSummaries(db: Db, titleIds: string[], today: string): Promise<{ fresh: Map<string, HomeSummary>; stale: Map<string, number>; earlier: Map<string, HomeSummary>; heldAt: Map<string, number>; latest: Map<string, number> }> {
  const fresh = new Map<string, HomeSummary>();
  const stale = new Map<string, number>();
  const earlier = new Map<string, HomeSummary>();
  const heldAt = new Map<string, number>();
  const latest = new Map<string, number>();
  if (titleIds.length === 0) return { fresh, stale, earlier, heldAt, latest };
  // From the entity, so that a title the pass has not reached yet (no state) has its newest event too.
  // The states asked for by their keys as well: joined on the entity alone, PostgreSQL scanned the
  // whole of title_state (a hash join), which grows with every title the pass has summed up.
  const rows = await db
    .selectFrom("entity")
    .leftJoin("title_state", (join) => join.onRef("title_state.title_id", "=", "entity.id").on("title_state.title_id", "in", titleIds))
    .select((eb) => ["entity.id as title_id", "title_state.summary_json", "title_state.event_seq", eb.selectFrom("change_event").select((e) => e.fn.max("seq").as("m")).whereRef("change_event.entity_id", "=", "entity.id").as("latest")])
    .where("entity.id", "in", titleIds)
    .execute();
  for (const row of rows) {
    const newest = Number(row.latest ?? 0);
    latest.set(row.title_id, newest);
    if (row.event_seq === null) continue;
    const parsed = row.summary_json === null ? null : (JSON.parse(row.summary_json) as HomeSummary);
    const summary = parsed?.v === 1 ? parsed : null;
    const changedSince = newest > Number(row.event_seq);
    if (summary && !changedSince && summary.day === today) fresh.set(row.title_id, summary);
    else {
      if (summary) {
        earlier.set(row.title_id, summary);
        heldAt.set(row.title_id, Number(row.event_seq));
      }
      if (!changedSince) stale.set(row.title_id, Number(row.event_seq));
    }
  }
  return { fresh, stale, earlier, heldAt, latest };
}

/** Keeps a summary the page made for a title, unless the title's state has moved on meanwhile. */
export async function rememberHomeSummary(db: Db, titleId: string, summary: HomeSummary, eventSeq: number): Promise<void> {
  await db.updateTable("title_state").set({ summary_json: JSON.stringify(summary) }).where("title_id", "=", titleId).where("event_seq", "=", eventSeq).execute();
}

export async function loadTitleState(db: Db, titleId: string): Promise<TitleState | undefined> {
  const row = await db.selectFrom("title_state").select("state_json").where("title_id", "=", titleId).executeTakeFirst();
  return row ? (JSON.parse(row.state_json) as TitleState) : undefined;
}

/** After each write's commit: what hooks want to hear of new notifications (the webhook fan-out is inside). */
export interface PassResult {
  events: number;
  notifications: Notification[];
  deliveries: number;
}

/**
 * Reads the change events after the cursor, and for each title they touch compares what a follower
 * can be told (the card's statuses, dates, cast, conflicts and risks) with what was last seen;
 * each difference becomes one notification naming its source, and one webhook delivery row per
 * endpoint whose owner follows a question it answers; written in one transaction that moves the
 * cursor, so two passes (two processes) never tell the same thing twice. Returns once the cursor
 * has reached the newest event there was when it was called.
 *
 * One pass works at a time in a store, under a lease on the cursor: every node and worker runs the
 * pass, and without it each built the same cards and all but one threw them away at the cursor's
 * compare-and-set. A pass that finds the lease taken waits for the holder to reach its events, or
 * for the lease, whichever comes first: a write that commits after the holder's last read is
 * reported by the writer's own pass once the lease is free. The lease only saves work; the cursor's
 * compare-and-set still decides, so two passes that both hold it (a lease that lapsed) tell nothing
 * twice.
 */
export async function processNotifications(connection: Connection, clock: Clock): Promise<PassResult> {
  const db = connection.db;
  const total: PassResult = { events: 0, notifications: [], deliveries: 0 };
  const owner = newId("nfl");
  const target = await storeVersionReader(db)();
  while ((await cursorSeq(db)) < target) {
    if (!(await takeLease(db, owner, clock))) {
      await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
      continue;
    }
    // Renewed while the pass works (a batch behind an import can outlast the lease); a holder that is
    // killed frees the cursor within LEASE_MS. A renewal refused means another pass took a lapsed
    // lease: this one stops after its batch.
    let held = true;
    let renewing: Promise<unknown> = Promise.resolve();
    const heartbeat = setInterval(() => {
      renewing = takeLease(db, owner, clock).then(
        (renewed) => (held &&= renewed),
        () => undefined,
      );
    }, LEASE_MS / 3);
    heartbeat.unref();
    try {
      while (held) {
        const pass = await onePass(connection, clock);
        if (pass === "raced") continue;
        total.events += pass.events;
        total.notifications.push(...pass.notifications);
        total.deliveries += pass.deliveries;
        if (pass.events < EVENTS_PER_PASS) break;
      }
    } finally {
      clearInterval(heartbeat);
      // A renewal under way would take the lease back after its release.
      await renewing;
      await db.updateTable("notify_cursor").set({ lease_owner: null, lease_until: null }).where("name", "=", CURSOR).where("lease_owner", "=", owner).execute();
    }
  }
  await restampStoredCards(connection, clock, owner);
  const near = await db.transaction().execute((trx) => releasesComingNear(trx, clock));
  total.notifications.push(...near.notifications);
  total.deliveries += near.deliveries;
  return total;
}

/**
 * How many entities the events after the notification cursor name, counted up to `atMost`: what the
 * next pass has to build a card for, at most (people count too, though only titles get a card).
 */
export async function entitiesBehind(db: Db, atMost: number): Promise<number> {
  const rows = await db
    .selectFrom("change_event")
    .select("entity_id")
    .distinct()
    .where("seq", ">", (eb) => eb.selectFrom("notify_cursor").select("seq").where("name", "=", CURSOR))
    .limit(atMost)
    .execute();
  return rows.length;
}

/** Stored cards of an earlier day built again per pass. */
const RESTAMPED_PER_PASS = 500;

/**
 * A card is built as of a day (statuses and the outlook reckon from it), and a stored card serves
 * only the day it was built for: without this, every title not written about since yesterday would
 * be built per request again from midnight on. Once the pass has caught up, it builds a batch of
 * the cards stored for an earlier day again for today, under its lease, and stores them only if its
 * cursor has not moved meanwhile (checked and held in the writing transaction): a stored card must
 * be true at the cursor, and a card built before a write the pass has since passed might not be.
 */
async function restampStoredCards(connection: Connection, clock: Clock, owner: string): Promise<void> {
  const db = connection.db;
  const today = isoDay(clock.now());
  const stale = await titlesStoredBefore(db, today, RESTAMPED_PER_PASS);
  if (stale.length === 0 || !(await takeLease(db, owner, clock))) return;
  try {
    const at = await cursorSeq(db);
    const titles = (await listEntities(db, stale)).filter((e) => e.kind === "title" && !e.mergedInto);
    const built: NewStoredCard[] = [];
    for (const [index, title] of titles.entries()) {
      if (index % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
      const { card, dependsOn } = await loadTitleCard(db, title, { asOf: null, today });
      built.push({ titleId: title.id, day: today, eventSeq: at, dependsOn, finished: finishCard(card) });
    }
    await db.transaction().execute(async (trx) => {
      // Writes the cursor's row unchanged: the row is held until commit, so no pass moves it (and drops cards) in between.
      const held = await trx.updateTable("notify_cursor").set({ seq: at }).where("name", "=", CURSOR).where("seq", "=", at).executeTakeFirst();
      if (Number(held.numUpdatedRows) !== 1) return;
      // A stored title that is no title now (none is expected: a merge names it) goes, or it would be picked every pass.
      const gone = stale.filter((id) => !titles.some((t) => t.id === id));
      if (gone.length > 0) await dropStoredCards(trx, { everything: false, ids: gone });
      await storeTitleCards(trx, built);
    });
  } finally {
    await db.updateTable("notify_cursor").set({ lease_owner: null, lease_until: null }).where("name", "=", CURSOR).where("lease_owner", "=", owner).execute();
  }
}

/** How long a pass's lease lasts past its last renewal; how often a pass that waits for it looks again. */
const LEASE_MS = 20_000;
const LEASE_POLL_MS = 100;

async function cursorSeq(db: Db): Promise<number> {
  const row = await db.selectFrom("notify_cursor").select("seq").where("name", "=", CURSOR).executeTakeFirstOrThrow();
  return Number(row.seq);
}

/**
 * Takes (or renews) the lease, unless another pass holds one that has not lapsed. Read first: a pass
 * that waits asks ten times a second, and on SQLite a write would queue for the store's one writer.
 */
async function takeLease(db: Db, owner: string, clock: Clock): Promise<boolean> {
  const now = clock.now();
  const lease = await db.selectFrom("notify_cursor").select(["lease_owner", "lease_until"]).where("name", "=", CURSOR).executeTakeFirstOrThrow();
  if (lease.lease_owner !== null && lease.lease_owner !== owner && lease.lease_until !== null && lease.lease_until >= now.toISOString()) return false;
  const result = await db
    .updateTable("notify_cursor")
    .set({ lease_owner: owner, lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
    .where("name", "=", CURSOR)
    .where((eb) => eb.or([eb("lease_owner", "is", null), eb("lease_owner", "=", owner), eb("lease_until", "<", now.toISOString())]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Title states written per statement: 5 parameters a row, well under either engine's limit. */
const STATES_PER_STATEMENT = 200;

interface Seen {
  title: { id: string; name: string };
  state: TitleState;
  summary: HomeSummary;
  changes: ChangePayload[];
  /** The card finished for sending, and the entities it was read from, to be stored (migration 0022). */
  card: FinishedCard;
  dependsOn: ReadonlySet<string>;
}

/**
 * One batch of events. The cards are built outside any transaction (a card takes milliseconds, a
 * batch of an import's titles seconds, and the store's one writer must not wait for them); the
 * results are written in one short transaction that first checks that the cursor has not moved.
 * If another process took the batch meanwhile, this one is dropped ("raced") and the next read.
 */
async function onePass(connection: Connection, clock: Clock): Promise<PassResult | "raced"> {
  const db = connection.db;
  const cursor = await db.selectFrom("notify_cursor").selectAll().where("name", "=", CURSOR).executeTakeFirstOrThrow();
  const after = Number(cursor.seq);
  const events = await db.selectFrom("change_event").select(["seq", "entity_id", "source_id"]).where("seq", ">", after).orderBy("seq").limit(EVENTS_PER_PASS).execute();
  if (events.length === 0) return { events: 0, notifications: [], deliveries: 0 };
  const last = Number(events.at(-1)!.seq);
  const today = isoDay(clock.now());
  const sourcesByTitle = new Map<string, Set<string>>();
  for (const e of events) {
    if (!e.entity_id) continue;
    const set = sourcesByTitle.get(e.entity_id) ?? new Set<string>();
    if (e.source_id) set.add(e.source_id);
    sourcesByTitle.set(e.entity_id, set);
  }
  const titles = (await listEntities(db, [...sourcesByTitle.keys()])).filter((e) => e.kind === "title" && !e.mergedInto);
  const seen: Seen[] = [];
  for (const [index, title] of titles.entries()) {
    // SQLite answers synchronously, so a pass over an import's thousands of titles would run as one
    // unbroken chain of promises: every request to this server waited for it (a minute under
    // bench:load). A turn of the event loop every ten titles lets them in.
    if (index % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
    const previous = await loadTitleState(db, title.id);
    const { card, dependsOn } = await loadTitleCard(db, title, { asOf: null, today });
    const { state, evidence } = stateOf(card);
    let changes: ChangePayload[] = [];
    // A title known before notifications existed is seen anew, silently, at its first change.
    const known = previous ?? ((await db.selectFrom("change_event").select("seq").where("entity_id", "=", title.id).where("seq", "<=", Number(cursor.baseline_seq)).limit(1).executeTakeFirst()) ? null : emptyState());
    if (known) {
      const fresh = (await listSources(db, [...(sourcesByTitle.get(title.id) ?? [])])).map((s) => nameOf(s, null));
      const refName = (ref: SourceRef) => nameOf({ id: ref.id, outlet: ref.outlet, title: null, url: ref.url }, ref.quote);
      changes = diffStates(known, state, { title: { id: title.id, name: title.name }, evidence, fresh, name: refName });
    }
    seen.push({ title: { id: title.id, name: title.name }, state, summary: homeSummaryOf(card, today), changes, card: finishCard(card), dependsOn });
  }
  return db.transaction().execute(async (trx) => {
    const moved = await trx.updateTable("notify_cursor").set({ seq: last }).where("name", "=", CURSOR).where("seq", "=", after).executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return "raced" as const;
    const now = clock.now().toISOString();
    const made: Notification[] = [];
    let deliveries = 0;
    // Notifications too: an import's batch tells hundreds of titles' changes (new cast), and three
    // statements each (insert, its seq, the title's follows) held the lock for 11 s under bench:load.
    const payloads = seen.flatMap(({ changes }) => changes);
    const followsOf = await followsByTitle(trx, [...new Set(payloads.map((p) => p.title.id))]);
    for (let i = 0; i < payloads.length; i += NOTIFICATIONS_PER_STATEMENT) {
      for (const notification of await insertNotifications(trx, payloads.slice(i, i + NOTIFICATIONS_PER_STATEMENT), last, now)) {
        made.push(notification);
        deliveries += await fanOut(trx, notification, now, followsOf.get(notification.titleId) ?? []);
      }
    }
    // The titles' states in a few statements, not one per title: this transaction holds the store's
    // write lock, and under bench:load a batch of 500 titles written one statement at a time held it
    // for up to 8.7 s on PostgreSQL (each await gives the busy node's other requests their turn),
    // while the articles posted meanwhile waited for it: the writes' p99 of 6-8 s.
    const states = seen.map(({ title, state, summary }) => ({ title_id: title.id, state_json: stableJson(state), summary_json: JSON.stringify(summary), event_seq: last, updated_at: now }));
    for (let i = 0; i < states.length; i += STATES_PER_STATEMENT) {
      await trx
        .insertInto("title_state")
        .values(states.slice(i, i + STATES_PER_STATEMENT))
        .onConflict((oc) =>
          oc.column("title_id").doUpdateSet((eb) => ({
            state_json: eb.ref("excluded.state_json"),
            summary_json: eb.ref("excluded.summary_json"),
            event_seq: eb.ref("excluded.event_seq"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
    }
    // The stored cards these events made untrue go, in the transaction that moves the cursor past
    // them: a stored card is then true at the cursor (see createCardCache). Then the cards built
    // here, each true at `last` (every event up to it had committed before it was built).
    await dropStoredCards(trx, await entitiesTouched(trx, after, last));
    await storeTitleCards(trx, seen.map(({ title, card, dependsOn }) => ({ titleId: title.id, day: today, eventSeq: last, dependsOn, finished: card })));
    return { events: events.length, notifications: made, deliveries };
  });
}

/** Notifications written per statement: 8 parameters a row. */
const NOTIFICATIONS_PER_STATEMENT = 200;

/** Inserts notifications in one statement, in order (their seq follows it), and returns them with their seq. */
async function insertNotifications(trx: Db, payloads: ChangePayload[], eventSeq: number, now: string): Promise<Notification[]> {
  if (payloads.length === 0) return [];
  const rows = payloads.map((payload) => ({ id: newId("ntf"), title_id: payload.title.id, kind: payload.kind, season: payload.season, part: payload.part, payload_json: JSON.stringify(payload), event_seq: eventSeq, created_at: now }));
  const seqs = new Map((await trx.insertInto("notification").values(rows).returning(["id", "seq"]).execute()).map((r) => [r.id, Number(r.seq)]));
  return rows.map((row, i) => ({ seq: seqs.get(row.id)!, id: row.id, titleId: row.title_id, payload: payloads[i]!, createdAt: now })).sort((a, b) => a.seq - b.seq);
}

/** The follows of these titles, by title, in one read. */
async function followsByTitle(trx: Db, titleIds: string[]): Promise<Map<string, { user_id: string; question_json: string }[]>> {
  const byTitle = new Map<string, { user_id: string; question_json: string }[]>();
  for (let i = 0; i < titleIds.length; i += 500) {
    const rows = await trx.selectFrom("follow").select(["title_id", "user_id", "question_json"]).where("title_id", "in", titleIds.slice(i, i + 500)).execute();
    for (const row of rows) byTitle.set(row.title_id, [...(byTitle.get(row.title_id) ?? []), { user_id: row.user_id, question_json: row.question_json }]);
  }
  return byTitle;
}

async function insertNotification(trx: Db, payload: ChangePayload, eventSeq: number, now: string): Promise<Notification> {
  const id = newId("ntf");
  await trx.insertInto("notification").values({ id, title_id: payload.title.id, kind: payload.kind, season: payload.season, part: payload.part, payload_json: JSON.stringify(payload), event_seq: eventSeq, created_at: now }).execute();
  const row = await trx.selectFrom("notification").select("seq").where("id", "=", id).executeTakeFirstOrThrow();
  return { seq: Number(row.seq), id, titleId: payload.title.id, payload, createdAt: now };
}

/** One delivery row per enabled endpoint whose owner follows a question the notification answers, written before anything is sent. */
async function fanOut(trx: Db, notification: Notification, now: string, known?: { user_id: string; question_json: string }[]): Promise<number> {
  const follows = known ?? (await trx.selectFrom("follow").select(["user_id", "question_json"]).where("title_id", "=", notification.titleId).execute());
  const users = [...new Set(follows.filter((f) => matches(JSON.parse(f.question_json) as Question, notification.payload)).map((f) => f.user_id))];
  if (users.length === 0) return 0;
  const endpoints = await trx.selectFrom("webhook_endpoint").select("id").where("user_id", "in", users).where("disabled_at", "is", null).execute();
  if (endpoints.length === 0) return 0;
  const body = webhookBody(notification);
  const rows = endpoints.map((e) => ({ id: newId("msg"), endpoint_id: e.id, notification_id: notification.id, event_type: body.type, payload_json: JSON.stringify(body), status: "pending", attempts: 0, next_attempt_at: now, response_status: null, response_body: null, last_error: null, created_at: now, delivered_at: null }));
  await trx.insertInto("webhook_delivery").values(rows).execute();
  // Its job in the same transaction: a delivery and the work of sending it exist together.
  for (const row of rows) await enqueueDelivery(trx, { id: row.id, attempts: 0, runAt: now }, now);
  return endpoints.length;
}

/** The webhook payload, versioned by its type ("title.<kind>.v1"), as Standard Webhooks suggests: type, timestamp, data. */
export function webhookBody(notification: Notification) {
  const words = describeChange(notification.payload);
  return {
    type: `title.${notification.payload.kind}.v1`,
    timestamp: notification.createdAt,
    data: { id: notification.id, seq: notification.seq, message: words.text, ...notification.payload },
  };
}

/**
 * "The date comes within N days": a question of the calendar rather than of the sources, asked of
 * each such follow at every pass. One notification per title, season, part and N, once.
 */
async function releasesComingNear(trx: Db, clock: Clock): Promise<Omit<PassResult, "events">> {
  const today = isoDay(clock.now());
  const now = clock.now().toISOString();
  const follows = await trx.selectFrom("follow").select(["title_id", "question_json"]).where("question_key", "like", "release-within:%").execute();
  const made: Notification[] = [];
  let deliveries = 0;
  const done = new Set<string>();
  for (const follow of follows) {
    const q = parseQuestion(JSON.parse(follow.question_json));
    if (q.kind !== "release-within") continue;
    const key = `${follow.title_id}:${q.season}:${q.part ?? ""}:${q.days}`;
    if (done.has(key)) continue;
    done.add(key);
    const state = await loadTitleState(trx, follow.title_id);
    const release = state?.releases[`s${q.season}${q.part ? `p${q.part}` : ""}`];
    if (!release || release.precision !== "day") continue;
    const days = Math.round((Date.parse(release.date) - Date.parse(today)) / 86_400_000);
    if (days < 0 || days > q.days) continue;
    const earlier = await trx.selectFrom("notification").select("payload_json").where("title_id", "=", follow.title_id).where("kind", "=", "release-near").where("season", "=", q.season).execute();
    if (earlier.some((r) => {
      const p = JSON.parse(r.payload_json) as ChangePayload;
      return p.days === q.days && p.part === q.part && p.to === release.label;
    })) continue;
    const title = (await listEntities(trx, [follow.title_id]))[0];
    if (!title) continue;
    const { season, part } = parseReleaseKey(`s${q.season}${q.part ? `p${q.part}` : ""}`);
    const payload: ChangePayload = { v: 1, kind: "release-near", title: { id: title.id, name: title.name }, season, part, from: null, to: release.label, toRelease: release, days: q.days, summary: `Season ${season}${part ? ` part ${part}` : ""} comes out in ${days} days: ${release.label}`, sources: [] };
    const notification = await insertNotification(trx, payload, 0, now);
    made.push(notification);
    deliveries += await fanOut(trx, notification, now);
  }
  return { notifications: made, deliveries };
}

export async function listNotifications(db: Db, options: { titleIds?: string[]; afterSeq?: number; limit?: number } = {}): Promise<Notification[]> {
  let query = db.selectFrom("notification").select(["seq", "id", "title_id", "payload_json", "created_at"]).orderBy("seq", "desc").limit(options.limit ?? 50);
  if (options.titleIds) {
    if (options.titleIds.length === 0) return [];
    query = query.where("title_id", "in", options.titleIds);
  }
  if (options.afterSeq !== undefined) query = query.where("seq", ">", options.afterSeq);
  return (await query.execute()).map(rowToNotification);
}
