import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "./client";
import { changes, type ResourceType } from "./schema";

/** One entry of the change feed as stored: the resource before and after (null where there is none). */
export type ChangeEntry = Omit<typeof changes.$inferSelect, "before" | "after"> & { before: unknown; after: unknown };

/** Changes after `since` in commit order — all, or one resource's history — and where the next page starts. */
export async function readChanges(
  db: Db,
  options: { since: number; limit: number; resource?: { type: ResourceType; id: string } },
): Promise<{ items: ChangeEntry[]; nextSince: number | null }> {
  const rows = await db
    .select()
    .from(changes)
    .where(
      and(
        gt(changes.seq, options.since),
        options.resource ? eq(changes.resourceType, options.resource.type) : undefined,
        options.resource ? eq(changes.resourceId, options.resource.id) : undefined,
      ),
    )
    .orderBy(asc(changes.seq))
    .limit(options.limit + 1);
  const items = rows
    .slice(0, options.limit)
    .map((row) => ({ ...row, before: row.before ?? null, after: row.after ?? null }));
  const more = rows.length > options.limit;
  return { items, nextSince: more ? (items.at(-1)?.seq ?? null) : null };
}
