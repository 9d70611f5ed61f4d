import type { StoredClaim } from "./client";
import type { ClaimRow, Design, RelationCitation, RelationRow, RelationType, Stance, Tier } from "./schema";

/**
 * The SELECT list of a claim (`claims c`) with, as JSON columns, its citations (with each reference's
 * retraction flag and tier) and its relations in both directions: a claim in one row, for the reads
 * that must be a single statement (the prepared by-id read on Node, the by-id read on D1, search pages
 * on a worker thread, the export, the import's reads).
 */
export const CLAIM_WITH_CITATIONS = `c.seq AS seq, c.id AS id, c.statement AS statement, c.subject_id AS subjectId,
  c.predicate AS predicate, c.object_id AS objectId, c.context AS context, c.confidence AS confidence,
  c.status AS status, c.replaced_by AS replacedBy, c.wordings AS wordings, c.revision AS revision, c.created_at AS createdAt,
  c.updated_at AS updatedAt,
  (SELECT json_group_array(json_array(ci.reference_id, ci.stance, ci.locator, ci.quote, ci.span_start,
     ci.span_end, ci.note, r.retracted, ci.position, r.tier, r.design))
   FROM citations ci JOIN "references" r ON r.id = ci.reference_id WHERE ci.claim_id = c.id) AS citations,
  (SELECT json_group_array(json_array(cr.from_id, cr.type, cr.to_id, cr.note, json(cr.citations), cr.created_at))
   FROM claim_relations cr WHERE cr.from_id = c.id OR cr.to_id = c.id) AS relations`;

/** The FROM and WHERE of a claim's document by claim id and serializer version (two parameters). */
export const CLAIM_DOCUMENT_BY_ID = `SELECT d.revision AS revision, d.updated_at AS updatedAt, d.body AS body
  FROM claims c JOIN claim_documents d ON d.seq = c.seq WHERE c.id = ? AND d.version = ?`;

type CitationTuple = [
  string,
  Stance,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
  number,
  number,
  Tier | null,
  Design | null,
];

type RelationTuple = [string, RelationType, string, string | null, RelationCitation[], string];

/** A relation between two claims as stored. */
export interface StoredRelation {
  from: string;
  type: RelationType;
  to: string;
  note: string | null;
  citations: RelationCitation[];
  createdAt: string;
}

/** A row of `claim_relations` as a claim carries it. */
export function storedRelationOf(row: RelationRow): StoredRelation {
  return {
    from: row.fromId,
    type: row.type,
    to: row.toId,
    note: row.note,
    citations: row.citations,
    createdAt: row.createdAt,
  };
}

/** Relations in the order a claim serves them: by type, then from, then to. */
export function byRelationKey(a: StoredRelation, b: StoredRelation): number {
  const key = (r: StoredRelation) => [r.type, r.from, r.to];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as string) < (y[i] as string) ? -1 : 1;
  return 0;
}

/** The relations of a JSON column of RelationTuples, in claim order. */
export function relationsOfJson(json: unknown): StoredRelation[] {
  const tuples = JSON.parse(String(json ?? "[]")) as RelationTuple[];
  return tuples
    .map(([from, type, to, note, citations, createdAt]) => ({ from, type, to, note, citations, createdAt }))
    .sort(byRelationKey);
}

/** A row of CLAIM_WITH_CITATIONS as the stored claim, its citations in the order citationsOf() serves. */
export function storedClaimOf(found: Record<string, unknown>): StoredClaim {
  const { citations, relations, ...row } = found;
  const tuples = JSON.parse(String(citations)) as CitationTuple[];
  // Curated position, then reference id (sorted here: ORDER BY inside an aggregate needs SQLite ≥ 3.44).
  tuples.sort((a, b) => a[8] - b[8] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    row: { ...row, wordings: JSON.parse(String(row.wordings)) } as unknown as ClaimRow,
    cited: tuples.map(([referenceId, stance, locator, quote, spanStart, spanEnd, note, retracted, , tier, design]) => ({
      claimId: String(row.id),
      referenceId,
      stance,
      locator,
      quote,
      spanStart,
      spanEnd,
      note,
      retracted: retracted === 1,
      tier,
      design,
    })),
    relations: relationsOfJson(relations),
  };
}
