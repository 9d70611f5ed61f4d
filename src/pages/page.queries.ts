import { asc, count, eq } from "drizzle-orm";
import { inList, jsonChunks } from "../db/bulk";
import type { Db } from "../db/client";
import { CONFIDENCE, type Confidence, claims, entities } from "../db/schema";

/** Labels of the entities with these ids (unknown ids are absent), the ids bound as one JSON list. */
export async function entityLabels(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const chunk of jsonChunks([...new Set(ids)])) {
    const rows = await db
      .select({ id: entities.id, label: entities.label })
      .from(entities)
      .where(inList(entities.id, chunk));
    for (const row of rows) out.set(row.id, row.label);
  }
  return out;
}

/** Every predicate in use, alphabetically: the choices of the home page's predicate filter. */
export async function predicatesInUse(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ predicate: claims.predicate }).from(claims).orderBy(asc(claims.predicate));
  return rows.map((row) => row.predicate);
}

/** How many published claims hold each confidence: the home page's count and legend. */
export async function publishedByConfidence(db: Db): Promise<Record<Confidence, number>> {
  const rows = await db
    .select({ confidence: claims.confidence, claims: count() })
    .from(claims)
    .where(eq(claims.status, "published"))
    .groupBy(claims.confidence);
  const out = Object.fromEntries(CONFIDENCE.map((value) => [value, 0])) as Record<Confidence, number>;
  for (const row of rows) out[row.confidence] = row.claims;
  return out;
}

/** Statement and confidence of the claims with these ids (unknown ids are absent), the ids bound as one JSON list. */
export async function claimSummaries(
  db: Db,
  ids: string[],
): Promise<Map<string, { statement: string; confidence: Confidence }>> {
  const out = new Map<string, { statement: string; confidence: Confidence }>();
  for (const chunk of jsonChunks([...new Set(ids)])) {
    const rows = await db
      .select({ id: claims.id, statement: claims.statement, confidence: claims.confidence })
      .from(claims)
      .where(inList(claims.id, chunk));
    for (const { id, ...summary } of rows) out.set(id, summary);
  }
  return out;
}
