import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type PredicateRow, predicates } from "../../db/schema";
import { defaultPredicate } from "../../domain/vocabulary";
import type { Predicate } from "./predicates.schemas";

/** A predicate as the API serves it: its curated row, or the defaults of an uncurated one. */
export function toPredicate(id: string, row: PredicateRow | null, claims: number): Predicate {
  const base = row ?? defaultPredicate(id);
  return {
    id,
    label: base.label,
    phrasings: base.phrasings,
    opposite: base.opposite,
    negationOf: base.negationOf,
    symmetric: base.symmetric,
    membership: base.membership,
    description: base.description,
    curated: row !== null,
    claims,
    revision: row?.revision ?? 0,
    createdAt: row?.createdAt ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

const published = (id: unknown) => sql`(SELECT count(*) FROM claims WHERE predicate = ${id} AND status = 'published')`;

/** The predicate `id` (curated, or used by a claim), or null. */
export async function getPredicate(db: Db, id: string): Promise<Predicate | null> {
  const [row] = await db.select().from(predicates).where(sql`${predicates.id} = ${id}`);
  const [used] = await db.all<{ n: number }>(sql`SELECT ${published(id)} AS n`);
  const claims = used?.n ?? 0;
  if (!row) {
    const [any] = await db.all<{ id: string }>(sql`SELECT id FROM claims WHERE predicate = ${id} LIMIT 1`);
    if (!any) return null;
  }
  return toPredicate(id, row ?? null, claims);
}

/**
 * One page of predicates in id order: the curated ones and those that claims use, however many claims
 * (the distinct predicates are read from the index on `claims.predicate`).
 */
export async function listPredicates(
  db: Db,
  options: { afterId?: string; limit: number },
): Promise<{ items: Predicate[]; more: boolean }> {
  const after = options.afterId ?? "";
  const ids = await db.all<{ id: string }>(sql`
    SELECT id FROM (
      SELECT id FROM ${predicates} WHERE id > ${after}
      UNION SELECT DISTINCT predicate AS id FROM claims WHERE predicate > ${after}
    ) ORDER BY id LIMIT ${options.limit + 1}`);
  const page = ids.slice(0, options.limit).map((row) => row.id);
  if (page.length === 0) return { items: [], more: false };
  const list = sql`(SELECT value FROM json_each(${JSON.stringify(page)}))`;
  const rows = await db.select().from(predicates).where(sql`${predicates.id} IN ${list}`);
  const counts = await db.all<{ id: string; n: number }>(
    sql`SELECT predicate AS id, count(*) AS n FROM claims WHERE status = 'published' AND predicate IN ${list} GROUP BY predicate`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const countOf = new Map(counts.map((row) => [row.id, row.n]));
  return {
    items: page.map((id) => toPredicate(id, byId.get(id) ?? null, countOf.get(id) ?? 0)),
    more: ids.length > options.limit,
  };
}

/** Which of `ids` the vocabulary knows: curated, or used by a claim. */
export async function knownPredicates(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = sql`(SELECT value FROM json_each(${JSON.stringify(ids)}))`;
  const rows = await db.all<{ id: string }>(sql`
    SELECT id FROM ${predicates} WHERE id IN ${list}
    UNION SELECT DISTINCT predicate FROM claims WHERE predicate IN ${list}`);
  return new Set(rows.map((row) => row.id));
}
