import type { StoredClaim } from "./client";
import type { ClaimRow, Stance } from "./schema";

/**
 * The SELECT list of a claim (`claims c`) with its citations and their references' retraction flags
 * as one JSON column, `citations`: a claim in one row, for the reads that must be a single statement
 * (the prepared by-id read on Node, search pages on a worker thread).
 */
export const CLAIM_WITH_CITATIONS = `c.seq AS seq, c.id AS id, c.statement AS statement, c.subject_id AS subjectId,
  c.predicate AS predicate, c.object_id AS objectId, c.context AS context, c.confidence AS confidence,
  c.status AS status, c.replaced_by AS replacedBy, c.revision AS revision, c.created_at AS createdAt,
  c.updated_at AS updatedAt,
  (SELECT json_group_array(json_array(ci.reference_id, ci.stance, ci.locator, ci.quote, ci.span_start,
     ci.span_end, ci.note, r.retracted, ci.position))
   FROM citations ci JOIN "references" r ON r.id = ci.reference_id WHERE ci.claim_id = c.id) AS citations`;

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
];

/** A row of CLAIM_WITH_CITATIONS as the stored claim, its citations in the order citationsOf() serves. */
export function storedClaimOf(found: Record<string, unknown>): StoredClaim {
  const { citations, ...row } = found;
  const tuples = JSON.parse(String(citations)) as CitationTuple[];
  // Curated position, then reference id (sorted here: ORDER BY inside an aggregate needs SQLite ≥ 3.44).
  tuples.sort((a, b) => a[8] - b[8] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    row: row as unknown as ClaimRow,
    cited: tuples.map(([referenceId, stance, locator, quote, spanStart, spanEnd, note, retracted]) => ({
      claimId: String(row.id),
      referenceId,
      stance,
      locator,
      quote,
      spanStart,
      spanEnd,
      note,
      retracted: retracted === 1,
    })),
  };
}
