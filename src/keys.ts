import { asc, eq } from "drizzle-orm";
import type { Db } from "./db/client";
import { apiKeys, type KeyScope } from "./db/schema";
import { hashToken, newToken } from "./lib/auth";

/** A new key: its token, shown once, and the row that stores it (only the token's hash). */
export async function newKey(
  name: string,
  scope: KeyScope,
): Promise<{ token: string; row: typeof apiKeys.$inferInsert }> {
  const token = newToken();
  return {
    token,
    row: {
      name,
      scope,
      tokenHash: await hashToken(token),
      prefix: token.slice(0, 12),
      createdAt: new Date().toISOString(),
    },
  };
}

/** Creates a key; returns its token, which is shown once and stored only as a hash. */
export async function createKey(db: Db, name: string, scope: KeyScope): Promise<string> {
  const { token, row } = await newKey(name, scope);
  await db.insert(apiKeys).values(row);
  return token;
}

/** Every key, without secrets. */
export async function listKeys(db: Db) {
  return db
    .select({
      name: apiKeys.name,
      scope: apiKeys.scope,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .orderBy(asc(apiKeys.name));
}

/** Revokes the key `name`; returns whether there was an active one. */
export async function revokeKey(db: Db, name: string): Promise<boolean> {
  const [key] = await db.select().from(apiKeys).where(eq(apiKeys.name, name)).limit(1);
  if (!key || key.revokedAt) return false;
  await db.update(apiKeys).set({ revokedAt: new Date().toISOString() }).where(eq(apiKeys.name, name));
  return true;
}
