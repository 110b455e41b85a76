import { randomBytes } from "node:crypto";
import type { Db } from "../storage/db.ts";
import { newId, sha256 } from "../storage/ids.ts";

/** Creates a token and returns it once; only its hash is stored. */
export async function createToken(db: Db, name: string, now: string): Promise<{ id: string; name: string; token: string }> {
  const token = `chk_${randomBytes(24).toString("base64url")}`;
  const id = newId("tok");
  await db.insertInto("api_token").values({ id, name, token_hash: sha256(token), created_at: now, last_used_at: null, revoked_at: null }).execute();
  return { id, name, token };
}

export async function verifyToken(db: Db, token: string, now: string): Promise<{ id: string; name: string } | undefined> {
  const row = await db.selectFrom("api_token").select(["id", "name"]).where("token_hash", "=", sha256(token)).where("revoked_at", "is", null).executeTakeFirst();
  if (row) await db.updateTable("api_token").set({ last_used_at: now }).where("id", "=", row.id).execute();
  return row;
}

export async function listTokens(db: Db) {
  return db.selectFrom("api_token").select(["id", "name", "created_at", "last_used_at", "revoked_at"]).orderBy("created_at").execute();
}

export async function revokeToken(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable("api_token").set({ revoked_at: now }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
