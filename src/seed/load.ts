import { and, count, eq, getTableColumns, inArray, notInArray, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { chunkRows, type Db, type Store, type WriteStatement } from "../db/client";
import { citations, claims, entities, entityAliases, references } from "../db/schema";
import { nameKey } from "../routes/entities/entities.queries";
import { seedDataset } from "./dataset";

/** Columns an upsert never rewrites: identity, bookkeeping, and state that curators own. */
const KEPT = new Set([
  "seq",
  "id",
  "revision",
  "createdAt",
  "updatedAt",
  "retracted",
  "retractedAt",
  "retractionNotice",
  "replacedBy",
  "status",
]);

/**
 * `SET` and `WHERE` of an upsert that rewrites the seeded columns of `table` from the incoming row and
 * bumps `revision`, only when one of them differs — re-seeding unchanged data changes nothing.
 */
function upsertChanged(table: typeof entities | typeof references | typeof claims) {
  const set: Record<string, SQL> = {};
  const differs: SQL[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)) {
    if (KEPT.has(key)) continue;
    set[key] = sql`excluded.${sql.identifier(column.name)}`;
    differs.push(sql`${column} IS NOT excluded.${sql.identifier(column.name)}`);
  }
  set.revision = sql`${table.revision} + 1`;
  set.updatedAt = sql`excluded.${sql.identifier(table.updatedAt.name)}`;
  return { set, setWhere: sql.join(differs, sql` OR `) };
}

/** The statements that (re)load the seed dataset, idempotently and with its stable ids. */
export function seedStatements(db: Db, now = new Date().toISOString()): WriteStatement[] {
  const { references: refs, entities: ents, claims: seedClaims } = seedDataset;
  const statements: WriteStatement[] = [];
  const stamp = { createdAt: now, updatedAt: now };

  for (const entity of ents) {
    statements.push(
      db
        .insert(entities)
        .values({ id: entity.id, label: entity.label, kind: entity.kind, description: entity.description, ...stamp })
        .onConflictDoUpdate({ target: entities.id, ...upsertChanged(entities) }),
    );
  }
  statements.push(
    db.delete(entityAliases).where(
      inArray(
        entityAliases.entityId,
        ents.map((entity) => entity.id),
      ),
    ),
  );
  const aliasRows = ents.flatMap((entity) =>
    entity.aliases.map((alias, position) => ({ entityId: entity.id, alias, key: nameKey(alias), position })),
  );
  for (const chunk of chunkRows(aliasRows)) statements.push(db.insert(entityAliases).values(chunk));

  for (const reference of refs) {
    statements.push(
      db
        .insert(references)
        .values({ ...reference, pmcid: null, isbn: null, patentNumber: null, ...stamp })
        .onConflictDoUpdate({ target: references.id, ...upsertChanged(references) }),
    );
  }

  for (const claim of seedClaims) {
    statements.push(
      db
        .insert(claims)
        .values({
          id: claim.id,
          statement: claim.statement,
          subjectId: claim.subject,
          predicate: claim.predicate,
          objectId: claim.object,
          context: claim.context,
          confidence: claim.confidence,
          status: claim.status,
          ...stamp,
        })
        .onConflictDoUpdate({ target: claims.id, ...upsertChanged(claims) }),
    );
  }
  const citationRows = seedClaims.flatMap((claim) =>
    claim.citations.map((citation, position) => ({
      claimId: claim.id,
      referenceId: citation.reference,
      stance: citation.stance,
      locator: citation.locator,
      quote: citation.quote,
      spanStart: citation.span?.[0] ?? null,
      spanEnd: citation.span?.[1] ?? null,
      note: citation.note,
      position,
      createdAt: now,
    })),
  );
  for (const claim of seedClaims) {
    statements.push(
      db.delete(citations).where(
        and(
          eq(citations.claimId, claim.id),
          notInArray(
            citations.referenceId,
            claim.citations.map((citation) => citation.reference),
          ),
        ),
      ),
    );
  }
  for (const row of citationRows) {
    const { claimId: _k, referenceId: _f, createdAt: _t, ...changed } = row;
    statements.push(
      db
        .insert(citations)
        .values(row)
        .onConflictDoUpdate({ target: [citations.claimId, citations.referenceId], set: changed }),
    );
  }
  return statements;
}

/** Loads the seed into `store` as one atomic unit. */
export async function loadSeed(store: Store): Promise<void> {
  await store.runAtomic(seedStatements(store.db));
}

/** Seeds an empty database (no claims yet); returns whether it did. */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  const [row] = await store.db.select({ n: count() }).from(claims);
  if ((row?.n ?? 0) > 0) return false;
  await loadSeed(store);
  return true;
}
