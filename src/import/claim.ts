/**
 * Claim records of an import: existing entities and references (stored or imported), and the confidence
 * ladder over the cited references' tiers (stored or imported). A claim the import creates is born with
 * the relations the import's relation records give it.
 */
import { sql } from "drizzle-orm";
import { statementNameStatements } from "../check/statement-names";
import { inList, insertRows, jsonChunks } from "../db/bulk";
import { byRelationKey, CLAIM_WITH_CITATIONS, type StoredRelation, storedClaimOf } from "../db/claim-rows";
import type { Db, StoredClaim } from "../db/client";
import { type ClaimRow, citations, claims, type Design, entities, references, type Tier } from "../db/schema";
import { settleConfidence } from "../domain/confidence";
import { spanFitsQuote } from "../domain/evidence";
import { toClaim } from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";
import {
  type Decision,
  type ImportError,
  type ImportRecords,
  importChangeStatements,
  type RecordKind,
  sameJson,
} from "./kinds";
import { relationOfRecord } from "./relation";

interface StoredForClaims {
  /** Stored claims with the ids of the import's claim records, with their citations. */
  claims: Map<string, StoredClaim>;
  /** Ids of stored entities the records name as subject or object. */
  entityIds: Set<string>;
  /** Stored references the records cite, with what a claim needs of them. */
  references: Map<string, CitedReference>;
  /** Ids of stored claims the records name as `replacedBy`. */
  claimIds: Set<string>;
}

type CitationRow = typeof citations.$inferInsert;

/** What a claim needs of a reference it cites: its retraction flag and its tier. */
interface CitedReference {
  retracted: boolean;
  tier: Tier | null;
  design: Design | null;
}

export interface NewClaim {
  row: Omit<ClaimRow, "seq">;
  citations: CitationRow[];
  /** What the claim needs of each reference it cites (shared objects, in citation order). */
  cited: (CitedReference | undefined)[];
  /** The relations the import's records give the claim. */
  relations: StoredRelation[];
}

/**
 * The claim as the API will serve it: its change-log entry. Built batch by batch as the claims are
 * written, not held for the whole import (it is the largest object of a claim).
 */
function servedClaim({ row, citations: rows, cited, relations }: NewClaim): Claim {
  return toClaim(
    { seq: 0, ...row },
    rows.map((c, index) => ({
      claimId: c.claimId,
      referenceId: c.referenceId,
      stance: c.stance,
      locator: c.locator ?? null,
      quote: c.quote ?? null,
      spanStart: c.spanStart ?? null,
      spanEnd: c.spanEnd ?? null,
      note: c.note ?? null,
      retracted: cited[index]?.retracted ?? false,
      tier: cited[index]?.tier ?? null,
      design: cited[index]?.design ?? null,
    })),
    relations,
  );
}

/** What a claim says, as an import compares it with what is stored. */
function shape(row: Omit<ClaimRow, "seq">, cited: Omit<CitationRow, "createdAt">[]) {
  return [
    row.statement,
    row.subjectId,
    row.predicate,
    row.objectId,
    row.context,
    row.confidence,
    row.status,
    row.replacedBy,
    row.wordings,
    cited.map((c) => [c.referenceId, c.stance, c.locator, c.quote, c.spanStart, c.spanEnd, c.note]),
  ];
}

/** Decides on claim records: errors by line, the claims to create, how many are stored as given. */
export function decideClaims(records: ImportRecords, stored: StoredForClaims, now: string): Decision<NewClaim> {
  const decision: Decision<NewClaim> = { errors: [], rows: [], unchanged: 0 };
  const fail = (line: number, field: string, rule: string, message: string) =>
    decision.errors.push({ line, field, rule, message } satisfies ImportError);
  const importedEntities = new Set(records.entity.map(({ record }) => record.id));
  const imported = new Map<string, CitedReference>(
    records.reference.map(({ record }) => [
      record.id,
      { retracted: record.retracted ?? false, tier: record.tier ?? null, design: record.design ?? null },
    ]),
  );
  const cited = (id: string) => imported.get(id) ?? stored.references.get(id);
  const importedClaims = new Set(records.claim.map(({ record }) => record.id));
  const relationsOf = relationsByClaim(records);
  const seen = new Set<string>();
  for (const { line, record } of records.claim) {
    if (seen.has(record.id)) {
      fail(line, "id", "unique-identifier", `claim '${record.id}' appears twice in the import`);
      continue;
    }
    seen.add(record.id);
    const before = decision.errors.length;
    for (const field of ["subject", "object"] as const) {
      const id = record[field];
      if (!importedEntities.has(id) && !stored.entityIds.has(id))
        fail(line, field, "existing-entity", `no entity '${id}'`);
    }
    const citedIds = new Set<string>();
    for (const [index, citation] of record.citations.entries()) {
      if (!cited(citation.referenceId))
        fail(line, `citations.${index}.referenceId`, "existing-reference", `no reference '${citation.referenceId}'`);
      if (citedIds.has(citation.referenceId))
        fail(
          line,
          `citations.${index}.referenceId`,
          "one-citation-per-reference",
          `the claim already cites '${citation.referenceId}'`,
        );
      citedIds.add(citation.referenceId);
      if (!spanFitsQuote(citation.quote, citation.span))
        fail(
          line,
          `citations.${index}.span`,
          "span-matches-quote",
          "a span needs a quote, and end - start must equal the quote's length",
        );
    }
    const settled = settleConfidence({
      requested: record.confidence,
      after: record.citations.map((c) => ({ ...c, tier: cited(c.referenceId)?.tier ?? null })),
    });
    if ("violation" in settled) fail(line, "confidence", "confidence-rule", settled.violation);
    const status = record.status ?? "published";
    if (status === "deprecated" && !record.replacedBy)
      fail(line, "replacedBy", "deprecated-needs-replacement", "a deprecated claim names the claim that replaces it");
    if (record.replacedBy && !importedClaims.has(record.replacedBy) && !stored.claimIds.has(record.replacedBy))
      fail(line, "replacedBy", "existing-claim", `no claim '${record.replacedBy}'`);
    if (decision.errors.length > before || "violation" in settled) continue;

    const row: Omit<ClaimRow, "seq"> = {
      id: record.id,
      statement: record.statement,
      subjectId: record.subject,
      predicate: record.predicate,
      objectId: record.object,
      context: record.context ?? null,
      confidence: settled.level,
      status,
      replacedBy: record.replacedBy ?? null,
      wordings: record.wordings ?? [],
      revision: 1,
      createdAt: now,
      updatedAt: now,
    };
    const citationRows: CitationRow[] = record.citations.map((citation, position) => ({
      claimId: row.id,
      referenceId: citation.referenceId,
      stance: citation.stance,
      locator: citation.locator ?? null,
      quote: citation.quote ?? null,
      spanStart: citation.span?.start ?? null,
      spanEnd: citation.span?.end ?? null,
      note: citation.note ?? null,
      position,
      createdAt: now,
    }));
    const existing = stored.claims.get(record.id);
    if (existing) {
      if (sameJson(shape(existing.row, existing.cited), shape(row, citationRows))) decision.unchanged += 1;
      else
        fail(line, "id", "unique-identifier", `claim '${record.id}' exists with other content: change it with PATCH`);
      continue;
    }
    decision.rows.push({
      row,
      citations: citationRows,
      cited: citationRows.map((c) => cited(c.referenceId)),
      relations: (relationsOf.get(row.id) ?? []).map(({ record }) => relationOfRecord(record, now)).sort(byRelationKey),
    });
  }
  return decision;
}

/** The import's relation records by the claims they join (both ends), read once for every claim. */
function relationsByClaim(records: ImportRecords): Map<string, ImportRecords["relation"]> {
  const byClaim = new Map<string, ImportRecords["relation"]>();
  for (const entry of records.relation)
    for (const id of new Set([entry.record.from, entry.record.to])) {
      const list = byClaim.get(id);
      if (list) list.push(entry);
      else byClaim.set(id, [entry]);
    }
  return byClaim;
}

/** The ids among `ids` that `read` finds, one statement per JSON chunk of them. */
async function found(ids: string[], read: (chunk: string[]) => Promise<{ id: string }[]>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const chunk of jsonChunks([...new Set(ids)])) for (const row of await read(chunk)) out.add(row.id);
  return out;
}

async function readStored(db: Db, records: ImportRecords): Promise<StoredForClaims> {
  const claimRecords = records.claim.map(({ record }) => record);
  const stored: StoredForClaims = {
    claims: new Map(),
    entityIds: new Set(),
    references: new Map(),
    claimIds: new Set(),
  };
  for (const ids of jsonChunks(claimRecords.map((record) => record.id))) {
    const rows = await db.all<Record<string, unknown>>(
      sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE ${inList(sql`c.id`, ids)}`,
    );
    for (const row of rows) {
      const claim = storedClaimOf(row);
      stored.claims.set(claim.row.id, claim);
    }
  }
  stored.entityIds = await found(
    claimRecords.flatMap((record) => [record.subject, record.object]),
    (chunk) => db.select({ id: entities.id }).from(entities).where(inList(entities.id, chunk)),
  );
  for (const chunk of jsonChunks([
    ...new Set(claimRecords.flatMap((record) => record.citations.map((c) => c.referenceId))),
  ])) {
    for (const { id, ...reference } of await db
      .select({ id: references.id, retracted: references.retracted, tier: references.tier, design: references.design })
      .from(references)
      .where(inList(references.id, chunk)))
      stored.references.set(id, reference);
  }
  stored.claimIds = await found(
    claimRecords.flatMap((record) => (record.replacedBy ? [record.replacedBy] : [])),
    (chunk) => db.select({ id: claims.id }).from(claims).where(inList(claims.id, chunk)),
  );
  return stored;
}

export const claimKind: RecordKind<"claim", StoredForClaims, NewClaim> = {
  tag: "claim",
  plural: "claims",
  read: readStored,
  decide: (records, stored, stamp) => decideClaims(records, stored, stamp.now),
  write(db, created, stamp) {
    return [
      ...insertRows(
        db,
        claims,
        created.map(({ row }) => row),
      ),
      ...insertRows(
        db,
        citations,
        created.flatMap((claim) => claim.citations),
      ),
      ...importChangeStatements(
        db,
        "claim",
        created.map((claim) => ({ id: claim.row.id, after: servedClaim(claim) })),
        stamp,
      ),
      ...statementNameStatements(
        db,
        created.map(({ row }) => row),
        { fresh: true },
      ),
    ];
  },
};
