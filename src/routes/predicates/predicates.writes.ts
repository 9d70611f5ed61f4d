import { and, eq } from "drizzle-orm";
import { changeStatement } from "../../db/changes";
import type { WriteStatement } from "../../db/client";
import { type PredicateRow, predicates } from "../../db/schema";
import { defaultPredicate, predicateViolations } from "../../domain/vocabulary";
import { refused, type WriteOutcome } from "../../lib/violations";
import { commit, type Writer } from "../claims/claims.mutations";
import { getPredicate, knownPredicates, toPredicate } from "./predicates.queries";
import type { Predicate, PredicateInput, PredicatePatch } from "./predicates.schemas";

async function violationsOf(writer: Writer, row: PredicateRow) {
  const known = await knownPredicates(
    writer.db,
    [row.opposite, row.negationOf].filter((id): id is string => id !== null),
  );
  return predicateViolations(row, known);
}

/** Writes a predicate's first vocabulary row (it may already be used by claims). */
export async function createPredicate(writer: Writer, input: PredicateInput): Promise<WriteOutcome<Predicate>> {
  const current = await getPredicate(writer.db, input.id);
  if (current?.curated) return refused.conflict(`Predicate '${input.id}' is already described: change it with PATCH.`);
  const row: PredicateRow = {
    id: input.id,
    label: input.label,
    phrasings: input.phrasings ?? [],
    opposite: input.opposite ?? null,
    negationOf: input.negationOf ?? null,
    symmetric: input.symmetric ?? false,
    membership: input.membership ?? false,
    description: input.description ?? null,
    revision: 1,
    createdAt: writer.now,
    updatedAt: writer.now,
  };
  const violations = await violationsOf(writer, row);
  if (violations.length) return refused.violations(violations);
  const predicate = toPredicate(row.id, row, current?.claims ?? 0);
  const statements: WriteStatement[] = [
    writer.db.insert(predicates).values(row),
    changeStatement(writer.db, {
      resourceType: "predicate",
      resourceId: row.id,
      revision: 1,
      action: "create",
      actor: writer.actor,
      after: predicate,
      at: writer.now,
    }),
  ];
  return commit(writer, statements, predicate);
}

/**
 * Applies a JSON merge patch to a predicate whose current state is `current`; an uncurated one gets
 * its first row (its defaults, patched).
 */
export async function patchPredicate(
  writer: Writer,
  current: Predicate,
  patch: PredicatePatch,
  reason: string | null,
): Promise<WriteOutcome<Predicate>> {
  const base = current.curated ? current : { ...current, ...defaultPredicate(current.id) };
  const row: PredicateRow = {
    id: current.id,
    label: patch.label ?? base.label,
    phrasings: patch.phrasings ?? base.phrasings,
    opposite: patch.opposite === undefined ? base.opposite : patch.opposite,
    negationOf: patch.negationOf === undefined ? base.negationOf : patch.negationOf,
    symmetric: patch.symmetric ?? base.symmetric,
    membership: patch.membership ?? base.membership,
    description: patch.description === undefined ? base.description : patch.description,
    revision: current.revision + 1,
    createdAt: current.createdAt ?? writer.now,
    updatedAt: writer.now,
  };
  const violations = await violationsOf(writer, row);
  if (violations.length) return refused.violations(violations);
  const next = toPredicate(row.id, row, current.claims);
  const write = current.curated
    ? writer.db
        .update(predicates)
        .set(row)
        .where(and(eq(predicates.id, row.id), eq(predicates.revision, current.revision)))
    : writer.db.insert(predicates).values(row).onConflictDoNothing();
  const statements: WriteStatement[] = [
    write,
    changeStatement(
      writer.db,
      {
        resourceType: "predicate",
        resourceId: row.id,
        revision: row.revision,
        action: current.curated ? "update" : "create",
        actor: writer.actor,
        reason,
        before: current,
        after: next,
        at: writer.now,
      },
      { guard: true },
    ),
  ];
  return commit(writer, statements, next);
}
