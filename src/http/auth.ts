import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { findSession, hasRole, type Role, type User } from "../accounts/user.repository.ts";
import { AppError } from "../app/errors.ts";
import type { Db } from "../storage/db.ts";
import { verifyToken } from "./tokens.repository.ts";

export const SESSION_COOKIE = "ch_session";
const LOGIN_CSRF_COOKIE = "ch_login_csrf";

export interface Session {
  user: User;
  csrf: string;
  cookie: string;
}

const sessions = new WeakMap<Request, Session | null>();

/** Secure cookies when the request came over TLS (directly, or through a proxy that says so). */
export function overTls(c: Context): boolean {
  return new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";
}

export function sessionCookieOptions(c: Context, expires?: Date) {
  return { httpOnly: true, sameSite: "Lax" as const, secure: overTls(c), path: "/", ...(expires ? { expires } : {}) };
}

/** The signed-in user of the request, if any (looked up once per request). */
export async function currentSession(c: Context, db: Db, now: Date): Promise<Session | null> {
  const cached = sessions.get(c.req.raw);
  if (cached !== undefined) return cached;
  const cookie = getCookie(c, SESSION_COOKIE) ?? "";
  const found = cookie ? await findSession(db, cookie, now) : undefined;
  const session = found ? { ...found, cookie } : null;
  sessions.set(c.req.raw, session);
  return session;
}

const same = (a: string, b: string) => a.length === b.length && a.length > 0 && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A form post by a signed-in user: the session's CSRF token must come back in the form. */
export function checkCsrf(session: Session, form: Record<string, unknown>): void {
  if (!same(String(form.csrf ?? ""), session.csrf)) throw new AppError("FORBIDDEN", "the form's CSRF token is missing or wrong; reload the page and try again");
}

/** The sign-in form has no session yet: its token is a cookie sent back in the form (double submit). */
export function loginCsrf(c: Context): string {
  const existing = getCookie(c, LOGIN_CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return existing;
  const token = randomBytes(24).toString("base64url");
  setCookie(c, LOGIN_CSRF_COOKIE, token, { httpOnly: true, sameSite: "Strict", secure: overTls(c), path: "/login" });
  return token;
}

export function checkLoginCsrf(c: Context, form: Record<string, unknown>): void {
  // The cookie stays: a form shown again after a wrong password carries the same token.
  if (!same(String(form.csrf ?? ""), getCookie(c, LOGIN_CSRF_COOKIE) ?? "")) throw new AppError("FORBIDDEN", "the sign-in form's CSRF token is missing or wrong; reload the page and try again");
}

/** Who is asking through the API: a Bearer token (with its user's role), else a session (reads only need it for private data). */
export async function apiCaller(c: Context, db: Db, now: Date): Promise<{ user: User | null; role: Role; tokenId: string | null } | null> {
  const header = c.req.header("Authorization") ?? "";
  if (header.startsWith("Bearer ")) {
    const token = await verifyToken(db, header.slice(7).trim(), now.toISOString());
    if (!token) throw new AppError("UNAUTHORIZED", "the API token is not valid");
    return { user: token.user, role: token.role, tokenId: token.id };
  }
  const session = await currentSession(c, db, now);
  // A session may read through the API; writes from a browser go through forms with CSRF tokens.
  if (session && (c.req.method === "GET" || c.req.method === "HEAD")) return { user: session.user, role: session.user.role, tokenId: null };
  return null;
}

export function requireRole(caller: { role: Role } | null, role: Role): void {
  if (!caller) throw new AppError("UNAUTHORIZED", "sign in, or send Authorization: Bearer <token>");
  if (!hasRole(caller, role)) throw new AppError("FORBIDDEN", `this needs the ${role} role; yours is ${caller.role}`);
}

/** Failed sign-ins per name and per address: 5 per name and 20 per address in 15 minutes. */
export function createLoginThrottle(perName = 5, perAddress = 20, windowMs = 15 * 60_000) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    blocked(name: string, address: string, now = Date.now()): boolean {
      return recent(`n:${name.toLowerCase()}`, now).length >= perName || recent(`a:${address}`, now).length >= perAddress;
    },
    fail(name: string, address: string, now = Date.now()): void {
      for (const key of [`n:${name.toLowerCase()}`, `a:${address}`]) failures.set(key, [...recent(key, now), now]);
      if (failures.size > 50_000) failures.clear();
    },
    succeed(name: string): void {
      failures.delete(`n:${name.toLowerCase()}`);
    },
  };
}
