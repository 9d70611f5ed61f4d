/**
 * The confidence ladder: which levels a claim's citations admit, which one the rules give, and the
 * basis of a claim's level — the rule that admits it and the citations that rule counted. One place,
 * called by the claim write API, the import's claim decider, the reference writes that change a tier,
 * the seed loader, and every read that serves a claim.
 *
 * The tiers of the cited references weigh in: a tertiary source (encyclopedia, textbook, news) restates
 * what others found, so it neither makes a claim `supported` nor corroborates one; a claim that only
 * tertiary sources support is `asserted`. A reference whose tier nobody has recorded is not treated as
 * tertiary: the rules demote only what a curator has said is tertiary, and the basis names the tier as
 * unknown so that a reader sees it.
 */
import type { Confidence, Design, Stance, Tier } from "../db/schema";

/** A citation as the ladder reads it: the reference, its stance and the reference's tier. */
export interface EvidenceCitation {
  referenceId: string;
  stance: Stance;
  /** The cited reference's tier; null when unknown. */
  tier: Tier | null;
  design?: Design | null;
}

/** Distinct references by stance: the tallies a claim serves as `evidence`. */
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

/** What the rules read of a claim's citations: distinct references, split by stance and tier. */
export interface EvidenceWeights {
  /** Supporting references that are not tertiary: primary, secondary, or of unknown tier. */
  support: number;
  /** Supporting references that are tertiary. */
  tertiarySupport: number;
  /** Contradicting references, of any tier. */
  contradictions: number;
  mentions: number;
  /**
   * A primary or secondary reference contradicts the claim while every reference that supports it (if
   * any) is tertiary: the contradicting evidence outranks the support. Only `contested` and `refuted`
   * show that, so they are the only levels admitted.
   */
  outranked: boolean;
}

const isResearch = (tier: Tier | null) => tier === "primary" || tier === "secondary";

/** The weights of a claim's citations (each reference counted once per stance). */
export function weighEvidence(citations: EvidenceCitation[]): EvidenceWeights {
  const by = (stance: Stance, keep: (c: EvidenceCitation) => boolean) =>
    new Set(citations.filter((c) => c.stance === stance && keep(c)).map((c) => c.referenceId)).size;
  const support = by("supports", (c) => c.tier !== "tertiary");
  const contradictedByResearch = by("contradicts", (c) => isResearch(c.tier)) > 0;
  return {
    support,
    tertiarySupport: by("supports", (c) => c.tier === "tertiary"),
    contradictions: by("contradicts", () => true),
    mentions: by("mentions", () => true),
    outranked: contradictedByResearch && support === 0,
  };
}

/**
 * Each level of the ladder, strongest backing first: what it means, when the rules admit it, and when
 * the rules give it (`derives`; `speculative` is never derived: it is the curators' word for a claim
 * its sources only propose or hedge). `rule` is what a 422 and the basis name.
 */
export const CONFIDENCE_RULES: Record<
  Confidence,
  {
    meaning: string;
    rule: string;
    admits: (w: EvidenceWeights) => boolean;
    derives: (w: EvidenceWeights) => boolean;
  }
> = {
  established: {
    meaning: "settled; independent research agrees",
    rule: "established needs at least 2 distinct supporting references that are not tertiary (primary, secondary or of unknown tier) and no contradicting one",
    admits: (w) => w.support >= 2 && w.contradictions === 0,
    derives: (w) => w.support >= 2 && w.contradictions === 0,
  },
  supported: {
    meaning: "backed by a source that is not tertiary, not yet corroborated",
    rule: "supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier)",
    admits: (w) => w.support >= 1,
    derives: (w) => w.support === 1 && w.contradictions === 0,
  },
  asserted: {
    meaning: "stated by tertiary sources only (an encyclopedia, a textbook, the news)",
    rule: "asserted needs at least 1 supporting reference, every one of them tertiary, and no contradicting one",
    admits: (w) => w.tertiarySupport >= 1 && w.support === 0 && w.contradictions === 0,
    derives: (w) => w.tertiarySupport >= 1 && w.support === 0 && w.contradictions === 0,
  },
  speculative: {
    meaning: "proposed or hedged by its sources",
    rule: "speculative needs at least 1 citation of any stance, and no primary or secondary contradicting reference when only tertiary ones support it",
    admits: (w) => w.support + w.tertiarySupport + w.contradictions + w.mentions >= 1 && !w.outranked,
    derives: () => false,
  },
  contested: {
    meaning: "sources disagree",
    rule: "contested needs at least 1 supporting and at least 1 contradicting reference",
    admits: (w) => w.support + w.tertiarySupport >= 1 && w.contradictions >= 1,
    derives: (w) => w.support + w.tertiarySupport >= 1 && w.contradictions >= 1,
  },
  refuted: {
    meaning: "the evidence is against it",
    rule: "refuted needs at least 1 contradicting reference",
    admits: (w) => w.contradictions >= 1,
    derives: (w) => w.contradictions >= 1 && w.support + w.tertiarySupport === 0,
  },
  unsourced: {
    meaning: "nothing backs it yet",
    rule: "unsourced allows no supporting or contradicting citation",
    admits: (w) => w.support + w.tertiarySupport === 0 && w.contradictions === 0,
    derives: (w) => w.support + w.tertiarySupport === 0 && w.contradictions === 0,
  },
};

const LADDER = Object.keys(CONFIDENCE_RULES) as Confidence[];

/** The level the rules give a claim with these citations (exactly one level derives from any evidence). */
export function derivedConfidence(citations: EvidenceCitation[]): Confidence {
  const weights = weighEvidence(citations);
  return LADDER.find((level) => CONFIDENCE_RULES[level].derives(weights)) ?? "unsourced";
}

/** Every level the rules admit for these citations, the derived one first. */
export function admittedConfidence(citations: EvidenceCitation[]): Confidence[] {
  const weights = weighEvidence(citations);
  const derived = derivedConfidence(citations);
  return [derived, ...LADDER.filter((level) => level !== derived && CONFIDENCE_RULES[level].admits(weights))];
}

/** The rule `level` breaks over these citations, or null when the rules admit it. */
export function confidenceViolation(level: Confidence, citations: EvidenceCitation[]): string | null {
  return CONFIDENCE_RULES[level].admits(weighEvidence(citations)) ? null : CONFIDENCE_RULES[level].rule;
}

/** A citation the basis counted. */
export interface CountedCitation {
  referenceId: string;
  stance: Stance;
  tier: Tier | null;
}

/** Why a claim stands at its level: served with every claim, derived from its citations alone. */
export interface ConfidenceBasis {
  /** The level the rules give from the citations. */
  derived: Confidence;
  /** True when curators chose the claim's level among several the rules admit (it differs from `derived`). */
  chosen: boolean;
  /** Every level the rules admit, `derived` first: what curators may choose from. */
  admitted: Confidence[];
  /** Whether the rules admit the claim's level (false only for data written under older rules). */
  holds: boolean;
  /** The rule of the claim's level. */
  rule: string;
  /** The citations that rule weighs: supporting and contradicting ones, and mentions for `speculative` and `unsourced`. */
  counted: CountedCitation[];
  /** A primary or secondary reference contradicts the claim and only tertiary ones support it. */
  contradictionOutranksSupport: boolean;
  /** The basis in a sentence. */
  summary: string;
}

const TIER_WORD: Record<Tier, string> = { primary: "primary", secondary: "secondary", tertiary: "tertiary" };

/** "wagstaff2001 (secondary)" — how the summary names a counted citation; `name` may give a title. */
function citedAs(citation: CountedCitation, name: (referenceId: string) => string) {
  return `${name(citation.referenceId)} (${citation.tier ? TIER_WORD[citation.tier] : "tier unknown"})`;
}

function listed(citations: CountedCitation[], name: (referenceId: string) => string): string {
  const parts = citations.map((c) => citedAs(c, name));
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * The basis of a claim at `level` with these citations: data, and a sentence that names the counted
 * references by `name` (their ids by default; pages pass short titles).
 */
export function confidenceBasis(
  level: Confidence,
  citations: EvidenceCitation[],
  name: (referenceId: string) => string = (id) => id,
): ConfidenceBasis {
  const weights = weighEvidence(citations);
  const derived = derivedConfidence(citations);
  const withMentions = level === "speculative" || level === "unsourced";
  const seen = new Set<string>();
  const counted: CountedCitation[] = [];
  for (const citation of citations) {
    if (citation.stance === "mentions" && !withMentions) continue;
    const key = `${citation.stance} ${citation.referenceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counted.push({ referenceId: citation.referenceId, stance: citation.stance, tier: citation.tier });
  }
  const basis = {
    derived,
    chosen: level !== derived,
    admitted: admittedConfidence(citations),
    holds: CONFIDENCE_RULES[level].admits(weights),
    rule: CONFIDENCE_RULES[level].rule,
    counted,
    contradictionOutranksSupport: weights.outranked,
  };
  return { ...basis, summary: basisSentence(level, basis, name) };
}

/** The basis in words: what was counted, which rule admits the level, and whether curators chose it. */
function basisSentence(
  level: Confidence,
  basis: Omit<ConfidenceBasis, "summary">,
  name: (referenceId: string) => string,
): string {
  const of = (stance: Stance) => basis.counted.filter((c) => c.stance === stance);
  const [supports, contradicts, mentions] = [of("supports"), of("contradicts"), of("mentions")];
  const parts: string[] = [];
  parts.push(supports.length ? `supported by ${listed(supports, name)}` : "no reference supports it");
  parts.push(contradicts.length ? `contradicted by ${listed(contradicts, name)}` : "none contradicts it");
  if (mentions.length) parts.push(`mentioned by ${listed(mentions, name)}`);
  let sentence = `${capitalised(level)}: ${parts.join("; ")}.`;
  if (basis.contradictionOutranksSupport)
    sentence += " The contradicting evidence outranks the support, which is tertiary only.";
  else if (level === "asserted") sentence += " Tertiary sources alone do not make a claim supported.";
  if (!basis.holds) sentence += ` The rules no longer admit this level (${basis.rule}); they give ${basis.derived}.`;
  else if (basis.chosen)
    sentence += ` Curators chose ${level}, which the rules admit; the rules alone give ${basis.derived}.`;
  else sentence += ` The rules give ${level}: ${basis.rule}.`;
  return sentence;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The level a write leaves a claim at.
 * - `requested` (curators named a level): it stands if the rules admit it, else the write is refused
 *   with the rule it breaks.
 * - otherwise, on a new claim, the derived level;
 * - otherwise the claim followed the rules (its level was the one they gave `before`): it follows them
 *   to the level they give `after`;
 * - otherwise curators had chosen its level: it stays while the rules admit it, else it falls back to
 *   the derived one.
 */
export function settleConfidence(options: {
  requested?: Confidence;
  current?: Confidence;
  before?: EvidenceCitation[];
  after: EvidenceCitation[];
}): { level: Confidence } | { violation: string } {
  const { requested, current, before, after } = options;
  if (requested !== undefined) {
    const broken = confidenceViolation(requested, after);
    return broken ? { violation: broken } : { level: requested };
  }
  const derived = derivedConfidence(after);
  if (current === undefined) return { level: derived };
  if (current === derivedConfidence(before ?? after)) return { level: derived };
  return { level: confidenceViolation(current, after) ? derived : current };
}
