import { randomBytes } from "node:crypto";
import { AppError } from "../app/errors.ts";
import type { Db } from "../storage/db.ts";
import { newId, sha256 } from "../storage/ids.ts";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password.ts";

/** reader: follows; editor: also ingests and fixes; admin: also users, tokens and settings. */
export const roles = ["reader", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export interface User {
  id: string;
  username: string;
  role: Role;
}

const rank: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };
export function hasRole(user: Pick<User, "role"> | undefined | null, needed: Role): boolean {
  return !!user && rank[user.role] >= rank[needed];
}

export function parseRole(value: string): Role {
  if ((roles as readonly string[]).includes(value)) return value as Role;
  throw new AppError("BAD_OPTION", `role must be one of ${roles.join(", ")}, not "${value.slice(0, 40)}"`);
}

const usernameKey = (name: string) => name.trim().toLowerCase();
export const MIN_PASSWORD = 10;

export async function createUser(db: Db, input: { username: string; password: string; role: Role }, now: string): Promise<User> {
  const username = input.username.trim();
  if (!/^[\p{L}\p{N}._@-]{2,64}$/u.test(username)) throw new AppError("BAD_INPUT", "username: 2 to 64 letters, digits, or . _ @ -");
  if (input.password.length < MIN_PASSWORD) throw new AppError("BAD_INPUT", `password: at least ${MIN_PASSWORD} characters`);
  if (input.password.length > 1024) throw new AppError("BAD_INPUT", "password: at most 1024 characters");
  const existing = await db.selectFrom("app_user").select("id").where("username_key", "=", usernameKey(username)).executeTakeFirst();
  if (existing) throw new AppError("CONFLICT", `a user named "${username}" already exists`);
  const id = newId("usr");
  await db.insertInto("app_user").values({ id, username, username_key: usernameKey(username), password_hash: await hashPassword(input.password), role: input.role, created_at: now, disabled_at: null }).execute();
  return { id, username, role: input.role };
}

export async function listUsers(db: Db): Promise<(User & { createdAt: string; disabledAt: string | null })[]> {
  const rows = await db.selectFrom("app_user").select(["id", "username", "role", "created_at", "disabled_at"]).orderBy("created_at").execute();
  return rows.map((r) => ({ id: r.id, username: r.username, role: r.role as Role, createdAt: r.created_at, disabledAt: r.disabled_at }));
}

export async function findUser(db: Db, idOrName: string): Promise<User | undefined> {
  const row = await db.selectFrom("app_user").select(["id", "username", "role"]).where((eb) => eb.or([eb("id", "=", idOrName), eb("username_key", "=", usernameKey(idOrName))])).where("disabled_at", "is", null).executeTakeFirst();
  return row ? { id: row.id, username: row.username, role: row.role as Role } : undefined;
}

export async function setRole(db: Db, userId: string, role: Role): Promise<void> {
  await db.updateTable("app_user").set({ role }).where("id", "=", userId).execute();
}

/** The user whose password this is; an unknown name costs the same hash, so timing does not tell names apart. */
export async function checkPassword(db: Db, username: string, password: string): Promise<User | undefined> {
  const row = await db.selectFrom("app_user").select(["id", "username", "role", "password_hash"]).where("username_key", "=", usernameKey(username)).where("disabled_at", "is", null).executeTakeFirst();
  const ok = await verifyPassword(password.slice(0, 1024), row?.password_hash ?? DUMMY_HASH);
  return row && ok ? { id: row.id, username: row.username, role: row.role as Role } : undefined;
}

export const SESSION_DAYS = 30;

/** A session: the cookie value is returned once; the store keeps its hash and the form token. */
export async function createSession(db: Db, userId: string, now: Date): Promise<{ cookie: string; csrf: string; expiresAt: string }> {
  const cookie = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await db.insertInto("user_session").values({ id_hash: sha256(cookie), user_id: userId, csrf_token: csrf, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { cookie, csrf, expiresAt };
}

export async function findSession(db: Db, cookie: string, now: Date): Promise<{ user: User; csrf: string } | undefined> {
  if (!cookie || cookie.length > 100) return undefined;
  const row = await db
    .selectFrom("user_session")
    .innerJoin("app_user", "app_user.id", "user_session.user_id")
    .select(["app_user.id", "app_user.username", "app_user.role", "user_session.csrf_token", "user_session.expires_at"])
    .where("user_session.id_hash", "=", sha256(cookie))
    .where("app_user.disabled_at", "is", null)
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString()) return undefined;
  return { user: { id: row.id, username: row.username, role: row.role as Role }, csrf: row.csrf_token };
}

export async function endSession(db: Db, cookie: string): Promise<void> {
  await db.deleteFrom("user_session").where("id_hash", "=", sha256(cookie)).execute();
}
