import { randomBytes } from "node:crypto";
import { isoDay, type Clock } from "../app/clock.ts";
import { AppError } from "../app/errors.ts";
import type { Db } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { answer, describeQuestion, matches, parseQuestion, questionKey, type Question } from "./questions.ts";
import { emptyState } from "./title-state.ts";
import { listNotifications, loadTitleState, type Notification } from "./notify.service.ts";

export interface Follow {
  id: string;
  titleId: string;
  titleName: string;
  question: Question;
  description: string;
  afterSeq: number;
  createdAt: string;
}

/** Follows a title or a question about it; following the same question again changes nothing. Told of notifications made from now on. */
export async function follow(db: Db, userId: string, titleId: string, question: Question, now: string): Promise<{ id: string; created: boolean }> {
  const key = questionKey(question);
  const existing = await db.selectFrom("follow").select("id").where("user_id", "=", userId).where("title_id", "=", titleId).where("question_key", "=", key).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const last = await db.selectFrom("notification").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirst();
  const id = newId("fol");
  await db.insertInto("follow").values({ id, user_id: userId, title_id: titleId, question_json: JSON.stringify(question), question_key: key, after_seq: Number(last?.seq ?? 0), created_at: now }).execute();
  return { id, created: true };
}

export async function unfollow(db: Db, userId: string, followId: string): Promise<void> {
  const result = await db.deleteFrom("follow").where("id", "=", followId).where("user_id", "=", userId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError("UNKNOWN_ENTITY", `no follow ${followId} of yours`);
}

export async function listFollows(db: Db, userId: string): Promise<Follow[]> {
  const rows = await db
    .selectFrom("follow")
    .innerJoin("entity", "entity.id", "follow.title_id")
    .select(["follow.id", "follow.title_id", "entity.name", "follow.question_json", "follow.after_seq", "follow.created_at"])
    .where("follow.user_id", "=", userId)
    .orderBy("follow.created_at")
    .execute();
  return rows.map((r) => {
    const question = parseQuestion(JSON.parse(r.question_json));
    return { id: r.id, titleId: r.title_id, titleName: r.name, question, description: describeQuestion(question), afterSeq: Number(r.after_seq), createdAt: r.created_at };
  });
}

/** Each follow with the current answer to its question. */
export async function followsWithAnswers(db: Db, userId: string, clock: Clock): Promise<(Follow & { answer: string })[]> {
  const today = isoDay(clock.now());
  const out = [];
  for (const f of await listFollows(db, userId)) {
    const state = (await loadTitleState(db, f.titleId)) ?? emptyState();
    out.push({ ...f, answer: answer(f.question, state, today) });
  }
  return out;
}

/** What a user is told: notifications after each follow began that answer its question, newest first. */
export async function notificationsFor(db: Db, userId: string, limit = 50): Promise<Notification[]> {
  const follows = await listFollows(db, userId);
  if (follows.length === 0) return [];
  const since = Math.min(...follows.map((f) => f.afterSeq));
  const candidates = await listNotifications(db, { titleIds: [...new Set(follows.map((f) => f.titleId))], afterSeq: since, limit: 1000 });
  return candidates.filter((n) => follows.some((f) => f.titleId === n.titleId && n.seq > f.afterSeq && matches(f.question, n.payload))).slice(0, limit);
}

/** The private feed and calendar address: one live secret per user, revoked by making a new one. */
export async function feedSecret(db: Db, userId: string, now: string, options: { rotate?: boolean } = {}): Promise<string> {
  const live = await db.selectFrom("feed_key").select("secret").where("user_id", "=", userId).where("revoked_at", "is", null).executeTakeFirst();
  if (live && !options.rotate) return live.secret;
  if (live) await db.updateTable("feed_key").set({ revoked_at: now }).where("secret", "=", live.secret).execute();
  const secret = randomBytes(24).toString("base64url");
  await db.insertInto("feed_key").values({ secret, user_id: userId, created_at: now, revoked_at: null }).execute();
  return secret;
}

export async function userOfFeedSecret(db: Db, secret: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(secret)) return undefined;
  const row = await db.selectFrom("feed_key").select("user_id").where("secret", "=", secret).where("revoked_at", "is", null).executeTakeFirst();
  return row?.user_id;
}
