import { and, eq } from "drizzle-orm";
import { changeStatement } from "../../db/changes";
import type { WriteStatement } from "../../db/client";
import { citations, type ReferenceRow, references } from "../../db/schema";
import { settleConfidence } from "../../domain/confidence";
import { supportRetracted } from "../../domain/evidence";
import { refused, type WriteOutcome } from "../../lib/violations";
import { type ClaimRevision, claimRevisionStatements, commit, type Writer } from "../claims/claims.mutations";
import { loadClaimStates } from "../claims/claims.queries";
import {
  freeReferenceId,
  insertReferenceStatements,
  newReferenceRow,
  patchedReference,
  referenceViolations,
  suggestedReferenceId,
} from "./references.mutations";
import { toReference } from "./references.queries";
import type { Reference, ReferenceInput, ReferencePatch } from "./references.schemas";

/** Creates a reference; its DOI, PMID and PMCID must be new. */
export async function createReference(writer: Writer, input: ReferenceInput): Promise<WriteOutcome<Reference>> {
  const { db, now } = writer;
  if (input.id) {
    const [taken] = await db.select({ id: references.id }).from(references).where(eq(references.id, input.id)).limit(1);
    if (taken) return refused.conflict(`A reference with id '${input.id}' exists.`);
  }
  const id = input.id ?? (await freeReferenceId(db, suggestedReferenceId(input)));
  const row = newReferenceRow(id, input, now);
  const violations = await referenceViolations(db, row);
  if (violations.length) return refused.violations(violations);
  return commit(writer, insertReferenceStatements(db, row, writer.actor), toReference(row));
}

/**
 * Applies a JSON merge patch to a reference. When its retraction changes, every claim it supports is
 * re-revised in the same unit, with a `support-retracted` / `support-restored` change where its
 * `supportRetracted` flag flips — so caches and mirrors see the flag move. When its tier changes, every
 * claim citing it is re-revised too (its basis names the tier), at the confidence the ladder now settles.
 */
export async function patchReference(
  writer: Writer,
  row: ReferenceRow,
  patch: ReferencePatch,
  reason: string | null,
): Promise<WriteOutcome<Reference>> {
  const { db, now } = writer;
  const next = patchedReference(row, patch, now);
  const violations = await referenceViolations(db, next);
  if (violations.length) return refused.violations(violations);
  const { id, createdAt: _created, ...fields } = next;
  const statements: WriteStatement[] = [
    db
      .update(references)
      .set(fields)
      .where(and(eq(references.id, id), eq(references.revision, row.revision))),
    changeStatement(
      db,
      {
        resourceType: "reference",
        resourceId: id,
        revision: next.revision,
        action: next.retracted && !row.retracted ? "retract" : "update",
        actor: writer.actor,
        reason,
        before: toReference(row),
        after: toReference(next),
        at: now,
      },
      { guard: true },
    ),
  ];
  // What claims serve of a reference: its retraction flag (supporting citations) and its tier (the basis).
  const retraction = next.retracted !== row.retracted;
  const tier = next.tier !== row.tier;
  if (retraction || tier) {
    const citing = await db
      .selectDistinct({ id: citations.claimId })
      .from(citations)
      .where(and(eq(citations.referenceId, id), tier ? undefined : eq(citations.stance, "supports")));
    const states = await loadClaimStates(
      db,
      citing.map((r) => r.id),
    );
    const revisions = [...states.values()].map((before): ClaimRevision => {
      const cited = before.cited.map((c) =>
        c.referenceId === id ? { ...c, retracted: next.retracted, tier: next.tier, design: next.design } : c,
      );
      const settled = settleConfidence({ current: before.row.confidence, before: before.cited, after: cited });
      const confidence = "level" in settled ? settled.level : before.row.confidence;
      const after = {
        row: { ...before.row, confidence, revision: before.row.revision + 1, updatedAt: now },
        cited,
        relations: before.relations,
      };
      const action = supportRetracted(after.cited)
        ? "support-retracted"
        : supportRetracted(before.cited)
          ? "support-restored"
          : "reference-updated";
      return { before, after, action };
    });
    // However many claims cite it: a bounded number of statements (D1 counts each one).
    statements.push(...claimRevisionStatements(writer, revisions, reason));
  }
  return commit(writer, statements, toReference(next));
}
