import { CONFIDENCE, type Confidence, type Stance } from "../db/schema";
import { CONFIDENCE_RULES } from "../domain/confidence";

/** How each confidence value reads for people: a label and its meaning (the ladder's, src/domain/confidence.ts). */
export const CONFIDENCE_TEXT = Object.fromEntries(
  CONFIDENCE.map((level) => [
    level,
    { label: level.charAt(0).toUpperCase() + level.slice(1), meaning: CONFIDENCE_RULES[level].meaning },
  ]),
) as Record<Confidence, { label: string; meaning: string }>;

/** How each stance reads: a heading for a group of citations and a verb for one. */
export const STANCE_TEXT: Record<Stance, { heading: string; verb: string }> = {
  supports: { heading: "Supporting", verb: "supports" },
  contradicts: { heading: "Contradicting", verb: "contradicts" },
  mentions: { heading: "Mentioning", verb: "mentions" },
};

/** "1 supporting, 2 contradicting and 0 mentioning references". */
export function evidenceSentence(evidence: Record<Stance, number>): string {
  const total = evidence.supports + evidence.contradicts + evidence.mentions;
  return `${evidence.supports} supporting, ${evidence.contradicts} contradicting and ${evidence.mentions} mentioning reference${total === 1 ? "" : "s"}`;
}
