/**
 * Relation records of an import: typed links between claims (stored or imported), checked by the same
 * rules as `POST /v1/claims/{id}/relations` (src/domain/relations.ts). A claim the import creates is
 * born with its relations (src/import/claim.ts); a stored claim that gains one gets a new revision and
 * a `relate` change, as through the API.
 */
import { inList, insertRows, jsonChunks } from "../db/bulk";
import type { StoredRelation } from "../db/claim-rows";
import type { Db, StoredClaim } from "../db/client";
import { claimRelations, type RelationRow, references } from "../db/schema";
import { type RelationKey, relationCitationViolations, relationViolations, sameRelation } from "../domain/relations";
import { type ClaimRevision, claimRevisionStatements } from "../routes/claims/claims.mutations";
import { loadClaimStates } from "../routes/claims/claims.queries";
import { supersedesReach } from "../routes/relations/relations.queries";
import { type Decision, type ImportError, type ImportRecords, type RecordKind, sameJson } from "./kinds";
import type { RelationRecord } from "./records";

interface StoredForRelations {
  /** Stored claims the records relate, with their citations and relations. */
  claims: Map<string, StoredClaim>;
  /** `supersedes` edges reachable from the claims the records relate. */
  supersedes: RelationKey[];
  /** Ids of stored references the records' citations name. */
  referenceIds: Set<string>;
}

/** What the import writes: new relations, then the stored claims they change. */
export type RelationImportRow = { relation: RelationRow } | { revision: ClaimRevision };

/** A relation record as the relation it stores. */
export function relationOfRecord(record: RelationRecord, now: string): StoredRelation {
  return {
    from: record.from,
    type: record.type,
    to: record.to,
    note: record.note ?? null,
    citations: record.citations.map((citation) => ({
      referenceId: citation.referenceId,
      locator: citation.locator ?? null,
      quote: citation.quote ?? null,
      span: citation.span ?? null,
      note: citation.note ?? null,
    })),
    createdAt: now,
  };
}

/** What a relation says, as an import compares it with what is stored. */
const content = (relation: StoredRelation) => [relation.note, relation.citations];

/** Decides on relation records: errors by line, the relations to create and the stored claims they revise. */
export function decideRelations(
  records: ImportRecords,
  stored: StoredForRelations,
  now: string,
): Decision<RelationImportRow> {
  const decision: Decision<RelationImportRow> = { errors: [], rows: [], unchanged: 0 };
  const fail = (line: number, error: Omit<ImportError, "line">) => decision.errors.push({ line, ...error });
  const importedClaims = new Set(records.claim.map(({ record }) => record.id));
  const importedReferences = new Set(records.reference.map(({ record }) => record.id));
  const storedRelations = [...stored.claims.values()].flatMap((claim) => claim.relations);
  const accepted: StoredRelation[] = [];
  const supersedes = [...stored.supersedes];
  for (const { line, record } of records.relation) {
    const relation = relationOfRecord(record, now);
    if (accepted.some((other) => sameRelation(other, relation))) {
      fail(line, {
        field: "to",
        rule: "unique-identifier",
        message: `the relation '${relation.from}' ${relation.type} '${relation.to}' appears twice in the import`,
      });
      continue;
    }
    const existing = storedRelations.find((other) => sameRelation(other, relation));
    if (existing) {
      if (sameJson(content(existing), content(relation))) decision.unchanged += 1;
      else
        fail(line, {
          field: "to",
          rule: "unique-identifier",
          message: `the relation '${relation.from}' ${relation.type} '${relation.to}' exists with other content: remove it and relate again`,
        });
      continue;
    }
    const violations = relationViolations(relation, {
      claimExists: (id) => importedClaims.has(id) || stored.claims.has(id),
      supersedes,
    });
    violations.push(
      ...relationCitationViolations(
        relation.citations,
        (id) => importedReferences.has(id) || stored.referenceIds.has(id),
      ),
    );
    for (const violation of violations) fail(line, violation);
    if (violations.length) continue;
    accepted.push(relation);
    supersedes.push(relation);
  }
  decision.rows = accepted.map((relation) => ({
    relation: {
      fromId: relation.from,
      type: relation.type,
      toId: relation.to,
      note: relation.note,
      citations: relation.citations,
      createdAt: relation.createdAt,
    },
  }));
  decision.created = accepted.length;
  // A stored claim that gains relations gets one new revision with all of them.
  for (const before of stored.claims.values()) {
    const gained = accepted.filter((relation) => relation.from === before.row.id || relation.to === before.row.id);
    if (gained.length === 0) continue;
    const after: StoredClaim = {
      row: { ...before.row, revision: before.row.revision + 1, updatedAt: now },
      cited: before.cited,
      relations: [...before.relations, ...gained],
    };
    decision.rows.push({ revision: { before, after, action: "relate" } });
  }
  return decision;
}

async function readStored(db: Db, records: RelationRecord[]): Promise<StoredForRelations> {
  const claimIds = [...new Set(records.flatMap((record) => [record.from, record.to]))];
  const stored: StoredForRelations = {
    claims: await loadClaimStates(db, claimIds),
    supersedes: [],
    referenceIds: new Set(),
  };
  stored.supersedes = await supersedesReach(
    db,
    records.filter((r) => r.type === "supersedes").flatMap((r) => [r.from, r.to]),
  );
  for (const chunk of jsonChunks([
    ...new Set(records.flatMap((record) => record.citations.map((citation) => citation.referenceId))),
  ]))
    for (const row of await db.select({ id: references.id }).from(references).where(inList(references.id, chunk)))
      stored.referenceIds.add(row.id);
  return stored;
}

export const relationKind: RecordKind<"relation", StoredForRelations, RelationImportRow> = {
  tag: "relation",
  plural: "relations",
  read: (db, records) =>
    readStored(
      db,
      records.relation.map(({ record }) => record),
    ),
  decide: (records, stored, stamp) => decideRelations(records, stored, stamp.now),
  write(db, rows, stamp) {
    const relations = rows.flatMap((row) => ("relation" in row ? [row.relation] : []));
    const revisions = rows.flatMap((row) => ("revision" in row ? [row.revision] : []));
    return [
      ...insertRows(db, claimRelations, relations),
      ...claimRevisionStatements({ db, actor: stamp.actor, now: stamp.now }, revisions, null),
    ];
  },
};
