/**
 * Source tiers: what kind of work a reference is, as curators record it. The rules of a reference's
 * tier and design, and the words that name them (pages, CSL, BibTeX, the basis of a claim).
 */
import type { Design, Tier } from "../db/schema";

/** How each tier reads for people, and what it covers. */
export const TIER_TEXT: Record<Tier, { label: string; meaning: string }> = {
  primary: { label: "Primary", meaning: "original research" },
  secondary: {
    label: "Secondary",
    meaning: "a review of research: systematic review, meta-analysis, narrative review",
  },
  tertiary: { label: "Tertiary", meaning: "a reference work or report: encyclopedia, textbook, news" },
};

/** How each design of primary research reads. */
export const DESIGN_TEXT: Record<Design, string> = {
  rct: "randomised controlled trial",
  cohort: "cohort study",
  "case-control": "case-control study",
  "case-report": "case report",
  animal: "animal study",
  "in-vitro": "in-vitro study",
  other: "other design",
};

/** "Primary research (animal study)", "Secondary source", "Tier not recorded". */
export function tierPhrase(tier: Tier | null, design: Design | null = null): string {
  if (tier === null) return "Tier not recorded";
  if (tier === "primary") return `Primary research${design ? ` (${DESIGN_TEXT[design]})` : ""}`;
  return `${TIER_TEXT[tier].label} source`;
}

/** A broken rule of a reference's tier, with the field it concerns. */
export interface TierViolation {
  field: "tier" | "design";
  rule: string;
  message: string;
}

/** The rules of a reference's tier and design: a design describes primary research only. */
export function tierViolations(reference: { tier: Tier | null; design: Design | null }): TierViolation[] {
  if (reference.design !== null && reference.tier !== "primary")
    return [
      {
        field: "design",
        rule: "design-needs-primary-tier",
        message: `a design describes primary research: set tier to primary, or leave design empty (tier is ${reference.tier ?? "unknown"})`,
      },
    ];
  return [];
}
