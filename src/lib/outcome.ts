import type { Context } from "hono";
import type { AppEnv } from "../types";
import { staleEtag } from "./etag";
import { conflict, ruleViolation, type WriteOutcome } from "./violations";

/** The writer of a request: its database, the key that authenticated it, and one timestamp. */
export function writerOf(c: Context<AppEnv>) {
  return { db: c.var.db, runAtomic: c.var.runAtomic, actor: c.var.actor, now: new Date().toISOString() };
}

/** The problem response of a refused write, or null when it succeeded. */
export function refusal<T>(c: Context<AppEnv>, outcome: WriteOutcome<T>) {
  if (outcome.ok) return null;
  if (outcome.reason === "violations") return ruleViolation(c, outcome.violations);
  if (outcome.reason === "conflict") return conflict(c, outcome.detail);
  return staleEtag(c);
}
