/**
 * The rules of relations between claims (RELATION_TYPE): a claim is never related to itself, both
 * claims exist, one relation per type between two claims (either way round for the symmetric types),
 * and `supersedes` never closes a cycle — an account cannot, through later ones, replace itself.
 * Pure functions over plain data, called by the write API and the import.
 */
import type { RelationType } from "../db/schema";
import { spanFitsQuote } from "./evidence";

/** The types whose relation reads the same both ways: A contradicts B when B contradicts A. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(["contradicts", "same-as"]);

/** A relation as the rules see it. */
export interface RelationKey {
  from: string;
  type: RelationType;
  to: string;
}

/** How each type reads from the claim that states it, and from the claim it is about. */
export const RELATION_TEXT: Record<RelationType, { outgoing: string; incoming: string }> = {
  contradicts: { outgoing: "contradicts", incoming: "is contradicted by" },
  refines: { outgoing: "refines (states more exactly)", incoming: "is refined by" },
  supersedes: { outgoing: "supersedes (a later account that replaces)", incoming: "is superseded by" },
  "same-as": { outgoing: "says the same as", incoming: "says the same as" },
};

/** Whether two relations are the same one (for the symmetric types, either way round). */
export function sameRelation(a: RelationKey, b: RelationKey): boolean {
  if (a.type !== b.type) return false;
  if (a.from === b.from && a.to === b.to) return true;
  return SYMMETRIC_RELATIONS.has(a.type) && a.from === b.to && a.to === b.from;
}

/** A broken relation rule, with the field it concerns. */
export interface RelationViolation {
  field: string;
  rule: string;
  message: string;
}

/**
 * The `supersedes` chain that `added` would close into a cycle, given the `supersedes` edges already
 * there (`from` supersedes `to`): the claims from `added.to` back to `added.from`, or null.
 */
export function supersedesCycle(added: RelationKey, edges: readonly RelationKey[]): string[] | null {
  if (added.type !== "supersedes") return null;
  const next = new Map<string, string[]>();
  for (const edge of edges)
    if (edge.type === "supersedes") next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  // Breadth-first from what `added` supersedes: reaching `added.from` again closes a cycle.
  const cameFrom = new Map<string, string | null>([[added.to, null]]);
  const queue = [added.to];
  while (queue.length) {
    const at = queue.shift() as string;
    if (at === added.from) {
      const path: string[] = [];
      for (let step: string | null | undefined = at; step; step = cameFrom.get(step)) path.unshift(step);
      return path;
    }
    for (const to of next.get(at) ?? [])
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
  }
  return null;
}

/**
 * The rules a new relation breaks: `claimExists` says which claim ids exist (stored or being written),
 * `supersedes` holds the `supersedes` edges reachable from the relation's claims.
 */
export function relationViolations(
  relation: RelationKey,
  context: { claimExists: (id: string) => boolean; supersedes: readonly RelationKey[] },
): RelationViolation[] {
  const violations: RelationViolation[] = [];
  if (relation.from === relation.to) {
    violations.push({
      field: "to",
      rule: "no-self-relation",
      message: `a claim cannot be related to itself ('${relation.from}' ${relation.type} '${relation.to}')`,
    });
    return violations;
  }
  for (const [field, id] of [
    ["from", relation.from],
    ["to", relation.to],
  ] as const)
    if (!context.claimExists(id)) violations.push({ field, rule: "existing-claim", message: `no claim '${id}'` });
  const cycle = supersedesCycle(relation, context.supersedes);
  if (cycle)
    violations.push({
      field: "to",
      rule: "no-supersedes-cycle",
      message: `'${relation.from}' cannot supersede '${relation.to}': ${[relation.from, ...cycle].join(" supersedes ")} would be a cycle`,
    });
  return violations;
}

/** A citation of a relation as the rules see it. */
export interface RelationCitationKey {
  referenceId: string;
  quote?: string | null;
  span?: { start: number; end: number } | null;
}

/** The rules of a relation's citations: each names a reference that exists, and a span fits its quote. */
export function relationCitationViolations(
  citations: readonly RelationCitationKey[],
  referenceExists: (id: string) => boolean,
): RelationViolation[] {
  const violations: RelationViolation[] = [];
  citations.forEach((citation, index) => {
    if (!referenceExists(citation.referenceId))
      violations.push({
        field: `citations.${index}.referenceId`,
        rule: "existing-reference",
        message: `no reference '${citation.referenceId}'`,
      });
    if (!spanFitsQuote(citation.quote, citation.span))
      violations.push({
        field: `citations.${index}.span`,
        rule: "span-matches-quote",
        message: "a span needs a quote, and end - start must equal the quote's length",
      });
  });
  return violations;
}
