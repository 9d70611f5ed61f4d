import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { statementNameStatements } from "../check/statement-names";
import { chunked, type Db, type Store, type WriteStatement } from "../db/client";
import { citations, claimRelations, claims, entities, entityAliases, predicates, references } from "../db/schema";
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
function upsertChanged(
  table: typeof entities | typeof references | typeof claims | typeof predicates | typeof claimRelations,
) {
  const set: Record<string, SQL> = {};
  const differs: SQL[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>)) {
    if (KEPT.has(key)) continue;
    set[key] = excluded(column);
    differs.push(sql`${column} IS NOT ${excluded(column)}`);
  }
  if ("revision" in table) {
    set.revision = sql`${table.revision} + 1`;
    set.updatedAt = excluded(table.updatedAt);
  }
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
  const {
    references: refs,
    entities: ents,
    claims: seedClaims,
    predicates: vocabulary,
    relations: seedRelations,
  } = seedDataset;
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
    ...chunked(vocabulary, (rows) =>
      db
        .insert(predicates)
        .values(
          rows.map((predicate) => ({
            id: predicate.id,
            label: predicate.label,
            phrasings: predicate.phrasings ?? [],
            opposite: predicate.opposite ?? null,
            negationOf: predicate.negationOf ?? null,
            symmetric: predicate.symmetric ?? false,
            membership: predicate.membership ?? false,
            description: predicate.description ?? null,
            ...stamp,
          })),
        )
        .onConflictDoUpdate({ target: predicates.id, ...upsertChanged(predicates) }),
    ),
  );

  // A claim serves the tiers of the references it cites (its basis): a tier the seed changes gives
  // every claim citing that reference a new revision, seeded or not. Before the upserts, so that it
  // compares with what is stored (and bumps nothing in an empty database).
  statements.push(
    db
      .update(claims)
      .set({ revision: sql`${claims.revision} + 1`, updatedAt: now })
      .where(
        sql`${claims.id} IN (SELECT ${citations.claimId} FROM ${citations} JOIN ${references} ON ${references.id} = ${citations.referenceId}
          JOIN json_each(${JSON.stringify(refs.map((r) => [r.id, r.tier]))}) seeded ON seeded.value ->> '$[0]' = ${references.id}
          WHERE ${references.tier} IS NOT seeded.value ->> '$[1]')`,
      ),
  );
  // A claim serves its relations too: one the seed adds or changes gives both claims a new revision.
  const relationRows = seedRelations.map((relation) => ({
    fromId: relation.from,
    type: relation.type,
    toId: relation.to,
    note: relation.note,
    citations: relation.citations.map((citation) => ({
      referenceId: citation.reference,
      locator: citation.locator,
      quote: citation.quote,
      span: citation.span ? { start: citation.span[0], end: citation.span[1] } : null,
      note: citation.note,
    })),
    createdAt: now,
  }));
  const relationList = JSON.stringify(
    relationRows.map((r) => [r.fromId, r.type, r.toId, r.note, JSON.stringify(r.citations)]),
  );
  statements.push(
    db
      .update(claims)
      .set({ revision: sql`${claims.revision} + 1`, updatedAt: now })
      .where(
        sql`${claims.id} IN (SELECT value ->> '$[0]' FROM json_each(${relationList}) j WHERE NOT EXISTS (
            SELECT 1 FROM ${claimRelations} cr WHERE cr.from_id = j.value ->> '$[0]' AND cr.type = j.value ->> '$[1]'
              AND cr.to_id = j.value ->> '$[2]' AND cr.note IS j.value ->> '$[3]' AND cr.citations IS j.value ->> '$[4]')
          UNION SELECT value ->> '$[2]' FROM json_each(${relationList}) j WHERE NOT EXISTS (
            SELECT 1 FROM ${claimRelations} cr WHERE cr.from_id = j.value ->> '$[0]' AND cr.type = j.value ->> '$[1]'
              AND cr.to_id = j.value ->> '$[2]' AND cr.note IS j.value ->> '$[3]' AND cr.citations IS j.value ->> '$[4]'))`,
      ),
  );

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
            confidence: claim.level,
            status: claim.status,
            wordings: claim.wordings ?? [],
            ...stamp,
          })),
        )
        .onConflictDoUpdate({ target: claims.id, ...upsertChanged(claims) }),
    ),
  );
  statements.push(...statementNameStatements(db, seedClaims));
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
  // The relations the article states: added or updated, never removed (curators may relate seed claims too).
  statements.push(
    ...chunked(relationRows, (rows) =>
      db
        .insert(claimRelations)
        .values(rows)
        .onConflictDoUpdate({
          target: [claimRelations.fromId, claimRelations.type, claimRelations.toId],
          ...upsertChanged(claimRelations),
        }),
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
