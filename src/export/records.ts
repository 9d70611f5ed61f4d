import type { StoredRelation } from "../db/claim-rows";
import type { PredicateRow } from "../db/schema";
import type { Claim } from "../routes/claims/claims.schemas";
import type { Entity } from "../routes/entities/entities.schemas";
import type { Reference } from "../routes/references/references.schemas";

/** `value` without its null, undefined and empty-array fields: records carry only what is known. */
function known<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

/** An entity as an import/export record. */
export function entityRecord(entity: Entity) {
  return {
    record: "entity",
    ...known({
      id: entity.id,
      label: entity.label,
      kind: entity.kind,
      description: entity.description,
      aliases: entity.aliases,
    }),
  };
}

/** A reference as an import/export record. */
export function referenceRecord(reference: Reference) {
  const { links: _links, revision: _r, createdAt: _c, updatedAt: _u, retracted, ...fields } = reference;
  return { record: "reference", ...known({ ...fields, retracted: retracted || null }) };
}

/** A claim with its citations as an import/export record. */
export function claimRecord(claim: Claim) {
  return {
    record: "claim",
    ...known({
      id: claim.id,
      statement: claim.statement,
      subject: claim.subject,
      predicate: claim.predicate,
      object: claim.object,
      context: claim.context,
      confidence: claim.confidence,
      status: claim.status,
      replacedBy: claim.replacedBy,
      wordings: claim.wordings,
    }),
    citations: claim.citations.map((citation) => known(citation)),
  };
}

/** A curated predicate as an import/export record (booleans only when true). */
export function predicateRecord(row: PredicateRow) {
  return {
    record: "predicate",
    ...known({
      id: row.id,
      label: row.label,
      phrasings: row.phrasings,
      opposite: row.opposite,
      negationOf: row.negationOf,
      symmetric: row.symmetric || null,
      membership: row.membership || null,
      description: row.description,
    }),
  };
}

/** A relation between two claims as an import/export record. */
export function relationRecord(relation: StoredRelation) {
  return {
    record: "relation",
    ...known({ from: relation.from, type: relation.type, to: relation.to, note: relation.note }),
    citations: relation.citations.map((citation) => known({ ...citation })),
  };
}
