import { sql } from "drizzle-orm";
import { jsonChunks } from "../../db/bulk";
import type { Db } from "../../db/client";
import { claimRelations } from "../../db/schema";
import type { RelationKey } from "../../domain/relations";

/**
 * Every `supersedes` edge reachable from these claims by following `supersedes` (what they replace,
 * what that replaces…): what the cycle rule needs. One recursive statement per JSON chunk of ids,
 * however long the chains.
 */
export async function supersedesReach(db: Db, claimIds: string[]): Promise<RelationKey[]> {
  const out: RelationKey[] = [];
  for (const chunk of jsonChunks([...new Set(claimIds)])) {
    const edges = await db.all<{ from: string; to: string }>(sql`
      WITH RECURSIVE reach(id) AS (
        SELECT value FROM json_each(${JSON.stringify(chunk)})
        UNION SELECT cr.to_id FROM ${claimRelations} cr JOIN reach ON cr.from_id = reach.id WHERE cr.type = 'supersedes')
      SELECT from_id AS "from", to_id AS "to" FROM ${claimRelations}
      WHERE type = 'supersedes' AND from_id IN (SELECT id FROM reach)`);
    out.push(...edges.map((edge) => ({ ...edge, type: "supersedes" as const })));
  }
  return out;
}
