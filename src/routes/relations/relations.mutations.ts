/**
 * Writes of relations between claims, read → decide → write: the claims, the cited references and the
 * `supersedes` chains are read in a few statements, the rules decided in src/domain/relations.ts, and
 * the relation written with both claims' new revisions as one unit.
 */
import { and, eq } from "drizzle-orm";
import type { StoredRelation } from "../../db/claim-rows";
import type { StoredClaim, WriteStatement } from "../../db/client";
import { claimRelations, type RelationCitation } from "../../db/schema";
import { relationCitationViolations, relationViolations, sameRelation } from "../../domain/relations";
import { refused, type Violation, type WriteOutcome } from "../../lib/violations";
import { claimRevisionStatements, commit, type Writer } from "../claims/claims.mutations";
import { loadClaimState, toClaim } from "../claims/claims.queries";
import type { Claim } from "../claims/claims.schemas";
import { resolveReferenceKeys } from "../references/references.queries";
import { supersedesReach } from "./relations.queries";
import type { RelationInput } from "./relations.schemas";

/** The two claims of a relation, each moved to its next revision with `relations` as given. */
function revisions(
  writer: Writer,
  claims: StoredClaim[],
  relationsOf: (claim: StoredClaim) => StoredRelation[],
  action: string,
) {
  return claims.map((before) => ({
    before,
    after: {
      row: { ...before.row, revision: before.row.revision + 1, updatedAt: writer.now },
      cited: before.cited,
      relations: relationsOf(before),
    },
    action,
  }));
}

/** Relates claim `state` (the `from` of the relation) to `input.to`, with both claims re-revised. */
export async function addRelation(
  writer: Writer,
  state: StoredClaim,
  input: RelationInput,
  reason: string | null,
): Promise<WriteOutcome<Claim>> {
  const { db, now } = writer;
  const from = state.row.id;
  const [target, referenceIds, supersedes] = await Promise.all([
    input.to === from ? state : loadClaimState(db, input.to),
    resolveReferenceKeys(
      db,
      input.citations.map((citation) => citation.referenceId),
    ),
    input.type === "supersedes" ? supersedesReach(db, [input.to]) : [],
  ]);
  const citations: RelationCitation[] = input.citations.map((citation) => ({
    referenceId: referenceIds.get(citation.referenceId) ?? citation.referenceId,
    locator: citation.locator ?? null,
    quote: citation.quote ?? null,
    span: citation.span ?? null,
    note: citation.note ?? null,
  }));
  const relation: StoredRelation = {
    from,
    type: input.type,
    to: input.to,
    note: input.note ?? null,
    citations,
    createdAt: now,
  };
  const violations: Violation[] = relationViolations(relation, {
    claimExists: (id) => id === from || (id === input.to && target !== null),
    supersedes,
  });
  violations.push(...relationCitationViolations(input.citations, (id) => referenceIds.has(id)));
  if (violations.length || !target) return refused.violations(violations);
  const existing = state.relations.find((other) => sameRelation(other, relation));
  if (existing)
    return refused.conflict(
      `'${existing.from}' already ${existing.type === "same-as" ? "is the same as" : existing.type} '${existing.to}': remove it first to state it again.`,
    );
  const changed = revisions(writer, [state, target], (claim) => [...claim.relations, relation], "relate");
  const statements: WriteStatement[] = [
    db.insert(claimRelations).values({
      fromId: from,
      type: relation.type,
      toId: relation.to,
      note: relation.note,
      citations,
      createdAt: now,
    }),
    ...claimRevisionStatements(writer, changed, reason),
  ];
  const after = changed[0]?.after ?? state;
  return commit(writer, statements, toClaim(after.row, after.cited, after.relations));
}

/** The relation of claim `state` of type `type` with claim `to`, as the path names it, or undefined. */
export function findRelation(state: StoredClaim, type: StoredRelation["type"], to: string) {
  return state.relations.find((relation) => sameRelation(relation, { from: state.row.id, type, to }));
}

/** Removes `relation` (one of `state`'s), with both claims re-revised. */
export async function removeRelation(
  writer: Writer,
  state: StoredClaim,
  relation: StoredRelation,
  reason: string | null,
): Promise<WriteOutcome<Claim>> {
  const { db } = writer;
  const otherId = relation.from === state.row.id ? relation.to : relation.from;
  const other = await loadClaimState(db, otherId);
  const claims = other ? [state, other] : [state];
  const changed = revisions(
    writer,
    claims,
    (claim) => claim.relations.filter((r) => !sameRelation(r, relation)),
    "unrelate",
  );
  const statements: WriteStatement[] = [
    db
      .delete(claimRelations)
      .where(
        and(
          eq(claimRelations.fromId, relation.from),
          eq(claimRelations.type, relation.type),
          eq(claimRelations.toId, relation.to),
        ),
      ),
    ...claimRevisionStatements(writer, changed, reason),
  ];
  const after = changed[0]?.after ?? state;
  return commit(writer, statements, toClaim(after.row, after.cited, after.relations));
}
