import type { Confidence, Stance } from "../db/schema";

/** How each confidence value reads for people: a label and its meaning (DESIGN.md, "Confidence status"). */
export const CONFIDENCE_TEXT: Record<Confidence, { label: string; meaning: string }> = {
  established: { label: "Established", meaning: "settled; independent sources agree" },
  supported: { label: "Supported", meaning: "backed, not yet corroborated" },
  speculative: { label: "Speculative", meaning: "proposed or hedged by its sources" },
  contested: { label: "Contested", meaning: "sources disagree" },
  refuted: { label: "Refuted", meaning: "the evidence is against it" },
  unsourced: { label: "Unsourced", meaning: "nothing backs it yet" },
};

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
