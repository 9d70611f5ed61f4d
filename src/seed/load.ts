import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { chunked, type Db, type Store, type WriteStatement } from "../db/client";
import { citations, claims, entities, entityAliases, references } from "../db/schema";
import { refreshClaimDocuments } from "../routes/claims/claims.documents";
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
    set[key] = excluded(column);
    differs.push(sql`${column} IS NOT ${excluded(column)}`);
  }
  set.revision = sql`${table.revision} + 1`;
  set.updatedAt = excluded(table.updatedAt);
  return { set, setWhere: sql.join(differs, sql` OR `) };
}

/** A list for `IN`, bound as one JSON array parameter however long it is. */
function jsonList(values: string[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/** The incoming value of `column` in an upsert. */
function excluded(column: SQLiteColumn): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}

/**
 * The statements that (re)load the seed dataset, idempotently and with its stable ids. They run on D1
 * too, so none binds more than `MAX_BOUND_PARAMETERS` and there are few of them (a Worker invocation
 * may run only so many queries).
 */
export function seedStatements(db: Db, now = new Date().toISOString()): WriteStatement[] {
  const { references: refs, entities: ents, claims: seedClaims } = seedDataset;
  const statements: WriteStatement[] = [];
  const stamp = { createdAt: now, updatedAt: now };

  statements.push(
    ...chunked(ents, (rows) =>
      db
        .insert(entities)
        .values(
          rows.map((entity) => ({
            id: entity.id,
            label: entity.label,
            kind: entity.kind,
            description: entity.description,
            ...stamp,
          })),
        )
        .onConflictDoUpdate({ target: entities.id, ...upsertChanged(entities) }),
    ),
  );
  statements.push(
    db.delete(entityAliases).where(sql`${entityAliases.entityId} IN ${jsonList(ents.map((entity) => entity.id))}`),
  );
  const aliasRows = ents.flatMap((entity) =>
    entity.aliases.map((alias, position) => ({ entityId: entity.id, alias, key: nameKey(alias), position })),
  );
  statements.push(...chunked(aliasRows, (rows) => db.insert(entityAliases).values(rows)));

  statements.push(
    ...chunked(refs, (rows) =>
      db
        .insert(references)
        .values(rows.map((reference) => ({ ...reference, pmcid: null, isbn: null, patentNumber: null, ...stamp })))
        .onConflictDoUpdate({ target: references.id, ...upsertChanged(references) }),
    ),
  );

  statements.push(
    ...chunked(seedClaims, (rows) =>
      db
        .insert(claims)
        .values(
          rows.map((claim) => ({
            id: claim.id,
            statement: claim.statement,
            subjectId: claim.subject,
            predicate: claim.predicate,
            objectId: claim.object,
            context: claim.context,
            confidence: claim.confidence,
            status: claim.status,
            ...stamp,
          })),
        )
        .onConflictDoUpdate({ target: claims.id, ...upsertChanged(claims) }),
    ),
  );
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
  // Citations the seed no longer lists for its claims go; the others are upserted.
  statements.push(
    db.delete(citations).where(
      sql`${citations.claimId} IN ${jsonList(seedClaims.map((claim) => claim.id))}
          AND ${citations.claimId} || ' ' || ${citations.referenceId} NOT IN ${jsonList(
            citationRows.map((row) => `${row.claimId} ${row.referenceId}`),
          )}`,
    ),
  );
  const changed = {
    stance: excluded(citations.stance),
    locator: excluded(citations.locator),
    quote: excluded(citations.quote),
    spanStart: excluded(citations.spanStart),
    spanEnd: excluded(citations.spanEnd),
    note: excluded(citations.note),
    position: excluded(citations.position),
  };
  statements.push(
    ...chunked(citationRows, (rows) =>
      db
        .insert(citations)
        .values(rows)
        .onConflictDoUpdate({ target: [citations.claimId, citations.referenceId], set: changed }),
    ),
  );
  return statements;
}

/**
 * Loads the seed into `store` as one atomic unit, then writes the documents of the claims it touched
 * (the seed writes no change rows, so its unit leaves them stale: read from the tables meanwhile).
 */
export async function loadSeed(store: Store): Promise<void> {
  await store.runAtomic(seedStatements(store.db));
  const claimIds = seedDataset.claims.map((claim) => claim.id);
  for (let round = 0; round <= claimIds.length / 64; round++)
    if ((await refreshClaimDocuments(store, { claimIds })) === 0) break;
}

/** Seeds an empty database (no claims yet); returns whether it did. */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  // Whether one claim exists, not how many: counting a large table costs a scan.
  const [row] = await store.db.select({ seq: claims.seq }).from(claims).limit(1);
  if (row) return false;
  await loadSeed(store);
  return true;
}
