import { randomBytes } from "node:crypto";
import type { Db } from "../storage/db.ts";
import { newId, sha256 } from "../storage/ids.ts";
import type { Role, User } from "../accounts/user.repository.ts";

/** Creates a token and returns it once; only its hash is stored. */
/** Creates a token and returns it once; only its hash is stored. With a user, the token acts as that user, with its role. */
export async function createToken(db: Db, name: string, now: string, userId: string | null = null): Promise<{ id: string; name: string; token: string }> {
  const token = `chk_${randomBytes(24).toString("base64url")}`;
  const id = newId("tok");
  await db.insertInto("api_token").values({ id, name, token_hash: sha256(token), created_at: now, last_used_at: null, revoked_at: null, user_id: userId }).execute();
  return { id, name, token };
}

export interface VerifiedToken {
  id: string;
  name: string;
  /** The user the token belongs to; null for a token made before accounts (it acts as an editor). */
  user: User | null;
  role: Role;
}

export async function verifyToken(db: Db, token: string, now: string): Promise<VerifiedToken | undefined> {
  const row = await db
    .selectFrom("api_token")
    .leftJoin("app_user", "app_user.id", "api_token.user_id")
    .select(["api_token.id", "api_token.name", "api_token.user_id", "app_user.username", "app_user.role", "app_user.disabled_at"])
    .where("token_hash", "=", sha256(token))
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return undefined;
  // A token of a user who was removed or disabled stops working with them.
  if (row.user_id !== null && (row.username === null || row.disabled_at !== null)) return undefined;
  await db.updateTable("api_token").set({ last_used_at: now }).where("id", "=", row.id).execute();
  const user = row.user_id !== null ? { id: row.user_id, username: row.username!, role: row.role as Role } : null;
  return { id: row.id, name: row.name, user, role: user?.role ?? "editor" };
}

export async function listTokens(db: Db) {
  return db.selectFrom("api_token").select(["id", "name", "user_id", "created_at", "last_used_at", "revoked_at"]).orderBy("created_at").execute();
}

export async function revokeToken(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable("api_token").set({ revoked_at: now }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
