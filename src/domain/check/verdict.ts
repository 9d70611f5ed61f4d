/**
 * The verdict of a check, from the claims a text aligns with: decisive (`supported`, `refuted`) only
 * when a claim's subject, predicate and object all align with the text and its evidence is decisive;
 * `contested` when that evidence disagrees or equally good matches point both ways; otherwise
 * `unverified` (related claims) or `no-match`.
 */
import type { Confidence } from "../../db/schema";
import type { Alignment } from "./align";

export const VERDICTS = ["supported", "refuted", "contested", "unverified", "no-match"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A claim that matched, with what the verdict needs of it. */
export interface VerdictCandidate {
  claimId: string;
  confidence: Confidence;
  alignment: Alignment;
}

export interface VerdictDecision {
  verdict: Verdict;
  /** 0–1: how sure the answer is (see README, "Reading a check"). */
  confidence: number;
  explanation: string;
  /** The claim the verdict rests on, if any. */
  basis: string | null;
}

/** A same-assertion match this close to the best one that points the other way makes the verdict contested. */
const CONTEST_MARGIN = 0.1;

/** The verdict one same-assertion match gives, from its claim's confidence and the text's polarity. */
export function verdictOf(confidence: Confidence, polarity: "agrees" | "opposes"): Verdict {
  switch (confidence) {
    case "established":
    case "supported":
      return polarity === "agrees" ? "supported" : "refuted";
    case "refuted":
      return polarity === "agrees" ? "refuted" : "supported";
    case "contested":
      return "contested";
    default:
      return "unverified";
  }
}

const quote = (text: string | null) => (text ? `"${text}"` : "nothing");

/** What aligned and what did not, in one sentence. */
export function describeAlignment(alignment: Alignment): string {
  const { subject, predicate, object } = alignment;
  const parts = [
    subject.aligned
      ? `subject ${quote(subject.words)}${subject.via === "member" ? ` (a member of ${subject.entityId})` : ""}`
      : `no subject (${subject.entityId})`,
    predicate.aligned
      ? `predicate ${quote(predicate.words)} ${predicate.opposite ? "opposite to" : "~"} "${predicate.phrasing}"`
      : `predicate not said (best ${quote(predicate.words)} ~ ${quote(predicate.phrasing)}, ${predicate.score})`,
    object.aligned && object.closeness >= 0.85
      ? `object ${quote(object.words)}`
      : `object ${object.entityId} not named`,
  ];
  if (alignment.swapped) parts.push("subject and object the other way round");
  return parts.join("; ");
}

/** Decides the verdict from the matches, best first. */
export function decideVerdict(matches: VerdictCandidate[]): VerdictDecision {
  const same = matches.filter((m) => m.alignment.match === "same-assertion");
  const best = same[0];
  if (!best) {
    const related = matches[0];
    if (!related)
      return {
        verdict: "no-match",
        confidence: 1,
        explanation: "The store holds no claim about what this sentence says.",
        basis: null,
      };
    return {
      verdict: "unverified",
      confidence: round(1 - related.alignment.score / 2),
      explanation:
        related.alignment.held === "only the subject is named"
          ? `The store holds claims about ${related.alignment.subject.entityId}, but none says what this sentence says.`
          : `The store holds related claims, but none says what this sentence says: for "${related.claimId}", ${describeAlignment(related.alignment)}.`,
      basis: null,
    };
  }
  const verdict = verdictOf(best.confidence, best.alignment.polarity.value);
  const opposing = (m: VerdictCandidate) => {
    const other = verdictOf(m.confidence, m.alignment.polarity.value);
    return (verdict === "supported" && other === "refuted") || (verdict === "refuted" && other === "supported");
  };
  const rival = same.find(
    (m) => m !== best && m.alignment.score >= best.alignment.score - CONTEST_MARGIN && opposing(m),
  );
  const checked =
    best.alignment.hedged || best.alignment.question ? " The sentence hedges or asks; its assertion was checked." : "";
  const how = `${describeAlignment(best.alignment)}; it ${best.alignment.polarity.value === "agrees" ? "agrees" : "says the opposite"}${best.alignment.polarity.reasons.length ? ` (${best.alignment.polarity.reasons.join("; ")})` : ""}`;
  if (rival)
    return {
      verdict: "contested",
      confidence: round(best.alignment.score * 0.8),
      explanation: `Claims that this sentence asserts point both ways: "${best.claimId}" and "${rival.claimId}".${checked}`,
      basis: best.claimId,
    };
  const meaning: Record<Verdict, string> = {
    supported: "The store's references support what this sentence says",
    refuted: "The store's references are against what this sentence says",
    contested: "The store's references disagree about what this sentence says",
    unverified: "The store holds this assertion, but its references neither establish nor refute it",
    "no-match": "",
  };
  return {
    verdict,
    confidence: verdict === "unverified" ? round(1 - best.alignment.score / 2) : best.alignment.score,
    explanation: `${meaning[verdict]}: claim "${best.claimId}" (${best.confidence}); ${how}.${checked}`,
    basis: best.claimId,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
