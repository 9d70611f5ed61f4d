import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Db } from "../db/client";
import { apiKeys, type KeyScope } from "../db/schema";
import type { AppEnv } from "../types";
import { problem } from "./problem";

const SCOPE_RANK: Record<KeyScope, number> = { read: 0, write: 1, admin: 2 };
const encoder = new TextEncoder();

/** Hex SHA-256 of a token: the only form in which tokens are stored. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(token));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Compares two strings in time that depends only on their length, not on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A new random token: `cited_` and 32 random bytes, base64url. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `cited_${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
}

/** The active key whose token this is, or null. */
export async function findKey(db: Db, token: string): Promise<{ name: string; scope: KeyScope } | null> {
  const hash = await hashToken(token);
  const [key] = await db.select().from(apiKeys).where(eq(apiKeys.tokenHash, hash)).limit(1);
  if (!key || key.revokedAt !== null || !constantTimeEqual(key.tokenHash, hash)) return null;
  return { name: key.name, scope: key.scope };
}

const REALM = 'Bearer realm="cited"';

/**
 * Requires `Authorization: Bearer <token>` of a key with at least `scope` (RFC 6750): 401 when the
 * token is missing, unknown or revoked, 403 when its scope is too small; both with `WWW-Authenticate`.
 * Sets `c.var.actor` to the key's name.
 */
export function requireScope(scope: Exclude<KeyScope, "read">): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer\s+([\x21-\x7e]{1,200})\s*$/i.exec(header);
    if (!match?.[1]) {
      c.header("WWW-Authenticate", REALM);
      return problem(c, {
        status: 401,
        type: "unauthorized",
        title: "Unauthorized",
        detail: "This request needs an API key: send `Authorization: Bearer <token>`.",
      });
    }
    const key = await findKey(c.var.db, match[1]);
    if (!key) {
      c.header("WWW-Authenticate", `${REALM}, error="invalid_token", error_description="unknown or revoked token"`);
      return problem(c, {
        status: 401,
        type: "unauthorized",
        title: "Unauthorized",
        detail: "The API key is unknown or revoked.",
      });
    }
    if (SCOPE_RANK[key.scope] < SCOPE_RANK[scope]) {
      c.header("WWW-Authenticate", `${REALM}, error="insufficient_scope", scope="${scope}"`);
      return problem(c, {
        status: 403,
        type: "insufficient-scope",
        title: "Forbidden",
        detail: `The key '${key.name}' has scope '${key.scope}'; this request needs '${scope}'.`,
      });
    }
    c.set("actor", key.name);
    c.set("actorScope", key.scope);
    await next();
  };
}
