import type { Confidence, Stance } from "../db/schema";

/** Distinct references by stance: what the confidence rules are checked against. */
export interface StanceTally {
  supports: number;
  contradicts: number;
  mentions: number;
}

/** Tallies distinct references per stance from a claim's citations. */
export function tallyStances(citations: { referenceId: string; stance: Stance }[]): StanceTally {
  const seen: Record<Stance, Set<string>> = { supports: new Set(), contradicts: new Set(), mentions: new Set() };
  for (const citation of citations) seen[citation.stance].add(citation.referenceId);
  return { supports: seen.supports.size, contradicts: seen.contradicts.size, mentions: seen.mentions.size };
}

/** Each confidence value's rule, as DESIGN.md states it; the text is what a 422 names. */
export const CONFIDENCE_RULES: Record<Confidence, { rule: string; holds: (t: StanceTally) => boolean }> = {
  established: {
    rule: "established needs at least 2 distinct supporting references and no contradicting one",
    holds: (t) => t.supports >= 2 && t.contradicts === 0,
  },
  supported: { rule: "supported needs at least 1 supporting reference", holds: (t) => t.supports >= 1 },
  speculative: {
    rule: "speculative needs at least 1 citation of any stance",
    holds: (t) => t.supports + t.contradicts + t.mentions >= 1,
  },
  contested: {
    rule: "contested needs at least 1 supporting and at least 1 contradicting reference",
    holds: (t) => t.supports >= 1 && t.contradicts >= 1,
  },
  refuted: { rule: "refuted needs at least 1 contradicting reference", holds: (t) => t.contradicts >= 1 },
  unsourced: {
    rule: "unsourced allows no supporting or contradicting citation",
    holds: (t) => t.supports === 0 && t.contradicts === 0,
  },
};

/** The rule `confidence` breaks given `tally`, or null when it holds. */
export function confidenceViolation(confidence: Confidence, tally: StanceTally): string | null {
  const { rule, holds } = CONFIDENCE_RULES[confidence];
  return holds(tally) ? null : rule;
}
