import { type SQL, sql } from "drizzle-orm";
import type { Db, WriteStatement } from "./client";
import { messagesOf } from "./errors";
import { changes, type ResourceType } from "./schema";

export interface ChangeInit {
  resourceType: ResourceType;
  resourceId: string;
  /** The resource's revision after the change. */
  revision: number;
  action: string;
  actor: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  at: string;
}

const GUARD_COLUMN = "changes.revision";

/**
 * The change-log row of a write. With `guard`, it is also the write's precondition: it must follow
 * the compare-and-swap `UPDATE … WHERE revision = ?` of the resource, and its `revision` is NULL —
 * a NOT NULL violation that aborts the whole unit (transaction or D1 batch) — unless that UPDATE
 * changed exactly one row. D1 has no interactive transactions, so the check must live in SQL.
 */
export function changeStatement(db: Db, change: ChangeInit, options: { guard?: boolean } = {}): WriteStatement {
  const revision: number | SQL = options.guard
    ? sql`(CASE WHEN changes() = 1 THEN ${change.revision} END)`
    : change.revision;
  return db.insert(changes).values({
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    revision: revision as number,
    action: change.action,
    actor: change.actor,
    reason: change.reason ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    createdAt: change.at,
  });
}

/** Whether `error` is a guarded write losing its compare-and-swap (a concurrent change won). */
export function isGuardFailure(error: unknown): boolean {
  return messagesOf(error).some((message) => message.includes("NOT NULL") && message.includes(GUARD_COLUMN));
}

/** Whether `error` is a UNIQUE constraint violation, and on which `table.column`s. */
export function uniqueViolation(error: unknown): string | null {
  for (const message of messagesOf(error)) {
    const match = /UNIQUE constraint failed: ([\w.", `]+)/.exec(message);
    if (match?.[1]) return match[1];
  }
  return null;
}
