/**
 * The verdict of a check, from the claims a text aligns with: decisive (`supported`, `refuted`) only
 * when a claim's subject, predicate and object all align with the text and its evidence is decisive;
 * `contested` when that evidence disagrees, equally good matches point both ways, or another stored
 * claim that stands decisively contradicts it; `unverified` when a newer account supersedes it (the
 * explanation offers it), or only related claims match; otherwise `no-match`.
 */
import type { Confidence } from "../../db/schema";
import type { Alignment } from "./align";

export const VERDICTS = ["supported", "refuted", "contested", "unverified", "no-match"] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A stored claim related to a matched one in a way that bears on a verdict: it contradicts the match
 * (either direction), supersedes it (`incoming`: the match is the older account) or is superseded by
 * it (`outgoing`), or refines it (`incoming`) where the text names what the refinement adds.
 */
export interface VerdictRelation {
  type: "contradicts" | "supersedes" | "refines";
  direction: "outgoing" | "incoming";
  claimId: string;
  statement: string;
  confidence: Confidence;
}

/** A claim that matched, with what the verdict needs of it. */
export interface VerdictCandidate {
  claimId: string;
  confidence: Confidence;
  alignment: Alignment;
  /** Its relations with other published claims that bear on a verdict. */
  relations?: VerdictRelation[];
}

export interface VerdictDecision {
  verdict: Verdict;
  /** 0–1: how sure the answer is (see README, "Reading a check"). */
  confidence: number;
  explanation: string;
  /** The claim the verdict rests on, if any. */
  basis: string | null;
  /** The relations of that claim that bear on the verdict. */
  relations: VerdictRelation[];
}

/** A same-assertion match this close to the best one that points the other way makes the verdict contested. */
const CONTEST_MARGIN = 0.1;

/**
 * The verdict one same-assertion match gives, from its claim's confidence and the text's polarity. Only
 * evidence that is not tertiary alone is decisive: an `asserted` claim (tertiary sources only) gives
 * `unverified`, as do `speculative` and `unsourced` ones.
 */
export function verdictOf(confidence: Confidence, polarity: "agrees" | "opposes"): Verdict {
  switch (confidence) {
    case "established":
    case "supported":
      return polarity === "agrees" ? "supported" : "refuted";
    case "refuted":
      return polarity === "agrees" ? "refuted" : "supported";
    case "contested":
      return "contested";
    case "asserted":
    case "speculative":
    case "unsourced":
      return "unverified";
  }
}

/** Whether a claim at `confidence` stands decisively: its references establish or support it. */
const stands = (confidence: Confidence) => confidence === "established" || confidence === "supported";

/** `"statement" (confidence)`: how the explanation names a related claim. */
const named = (relation: VerdictRelation) => `"${relation.statement.replace(/\.$/, "")}" (${relation.confidence})`;

/**
 * What the relations of the claim a verdict rests on do to it: a contradicting claim that stands makes
 * a decisive verdict `contested`; a newer account makes it `unverified` and is offered; a more exact
 * claim that the text names (it refines the match) and that does not stand makes it `unverified` — the
 * text says more than the claim whose references back it. Every such relation is said in the explanation.
 */
function weighRelations(verdict: Verdict, relations: VerdictRelation[]): { verdict: Verdict; notes: string[] } {
  const contradicting = relations.filter((r) => r.type === "contradicts");
  const newer = relations.filter((r) => r.type === "supersedes" && r.direction === "incoming");
  const older = relations.filter((r) => r.type === "supersedes" && r.direction === "outgoing");
  const exact = relations.filter((r) => r.type === "refines" && r.direction === "incoming");
  const notes: string[] = [];
  let next = verdict;
  if (exact.length) {
    notes.push(`The sentence says more: the store's more exact claim is ${exact.map(named).join("; ")}.`);
    if ((next === "supported" || next === "refuted") && !exact.some((r) => stands(r.confidence))) next = "unverified";
  }
  if (newer.length) {
    notes.push(`It is superseded by a newer account the store holds: ${newer.map(named).join("; ")}.`);
    if (next === "supported" || next === "refuted") next = "unverified";
  }
  if (contradicting.length) {
    notes.push(`Another stored claim contradicts it: ${contradicting.map(named).join("; ")}.`);
    if ((next === "supported" || next === "refuted") && contradicting.some((r) => stands(r.confidence)))
      next = "contested";
  }
  if (older.length) notes.push(`It supersedes an earlier account: ${older.map(named).join("; ")}.`);
  return { verdict: next, notes };
}

const quote = (text: string | null) => (text ? `"${text}"` : "nothing");

/** What aligned and what did not, in one sentence. */
export function describeAlignment(alignment: Alignment): string {
  const { subject, predicate, object } = alignment;
  const parts = [
    subject.aligned
      ? `subject ${quote(subject.words)}${subject.via === "member" ? ` (a member of ${subject.entityId})` : ""}`
      : `no subject (${subject.entityId})`,
    predicate.implied && predicate.aligned
      ? `predicate "${predicate.phrasing}" implied (the sentence names the two and says nothing else of them; the store relates them no other way)`
      : predicate.implied
        ? "predicate not said (the store relates the two in more than one way)"
        : predicate.aligned
          ? `predicate ${quote(predicate.words)} ${predicate.opposite ? "opposite to" : "~"} "${predicate.phrasing}"`
          : `predicate not said (best ${quote(predicate.words)} ~ ${quote(predicate.phrasing)}, ${predicate.score})`,
    object.aligned && object.closeness >= 0.85
      ? `object ${quote(object.words)}`
      : `object ${object.entityId} not named`,
  ];
  if (alignment.swapped) parts.push("subject and object the other way round");
  if (alignment.held) parts.push(alignment.held);
  return parts.join("; ");
}

/**
 * Decides the verdict from the matches, best first. `judgements`: the words by which the text judges
 * what it reports false or doubtful, or puts it at another time ("nonsense", "I doubt that", "used to");
 * with any, no verdict is decisive — the check does not read whose assertion they are about.
 */
export function decideVerdict(
  matches: VerdictCandidate[],
  judgements: string[] = [],
  unsaid: string[] = [],
): VerdictDecision {
  const decision = wholeText(matches);
  const best = matches.find((m) => m.claimId === decision.basis);
  // "Caffeine disrupts sleep; it also cures cancer": what the store backs is only part of the text. (A
  // text that says something the references are against stays refuted, whatever else it says.)
  if (decision.verdict === "supported" && unsaid.length && judgements.length === 0)
    return {
      ...decision,
      verdict: "unverified",
      confidence: round(1 - (best?.alignment.score ?? 0) / 2),
      explanation: `The text also says what no stored claim says ("${unsaid.join('", "')}"), so the store backs only part of it. ${decision.explanation}`,
    };
  if (judgements.length === 0 || !DECISIVE.has(decision.verdict)) return decision;
  return {
    ...decision,
    verdict: "unverified",
    confidence: round(1 - (best?.alignment.score ?? 0) / 2),
    explanation: `The sentence judges what it reports, or puts it at another time ("${judgements.join('", "')}"), and the check does not read whose assertion that is about, so it gives no verdict. ${decision.explanation}`,
  };
}

const DECISIVE = new Set<Verdict>(["supported", "refuted", "contested"]);

/** A stored claim's parts and confidence: what a thing set against a text's assertion is weighed by. */
export interface HeldClaim {
  id: string;
  subjectId: string;
  predicate: string;
  objectId: string;
  confidence: Confidence;
}

/**
 * "Unlike fish oil, Vascepa lowers triglycerides", "ALA is an omega-3, unlike DHA": a thing the text sets
 * against what it says (`contrasted`: the entities named after "unlike"), of which the store says the same
 * — in the claim the verdict rests on (its subject is that thing, or a class of it), or in another claim
 * that stands, with the thing (or a class of it) in the subject's place, or the thing itself in the
 * object's ("Unlike X, Y is treated with zinc" against "zinc treats X"). The contrast then says what the
 * store is against. The ids of the claims that say so (none: the contrast stands, or the store is silent).
 */
export function sameOfContrasted(
  basis: HeldClaim,
  contrasted: Set<string>,
  claims: HeldClaim[],
  classesOf: Map<string, Set<string>>,
): string[] {
  const found = new Set<string>();
  for (const thing of contrasted) {
    const kinds = new Set([thing, ...(classesOf.get(thing) ?? [])]);
    if (kinds.has(basis.subjectId)) found.add(basis.id);
    for (const claim of claims)
      if (
        claim.predicate === basis.predicate &&
        stands(claim.confidence) &&
        ((claim.objectId === basis.objectId && kinds.has(claim.subjectId)) ||
          (claim.subjectId === basis.subjectId && claim.objectId === thing))
      )
        found.add(claim.id);
  }
  return [...found];
}

/** No decisive verdict where the text sets its assertion against a thing the store says the same of. */
export function holdContrasted(decision: VerdictDecision, same: string[]): VerdictDecision {
  if (same.length === 0 || !DECISIVE.has(decision.verdict)) return decision;
  return {
    ...decision,
    verdict: "unverified",
    confidence: round(1 - decision.confidence / 2),
    explanation: `The sentence sets what it says against a thing of which the store says the same (${same.map((id) => `"${id}"`).join(", ")}), so it says what the store is against. ${decision.explanation}`,
  };
}

/**
 * A text whose clauses say different stored claims: each such clause is decided on its own matches, and
 * the text is supported only when each is. One that the references are against makes the whole text
 * refuted, whatever the others say ("Coffee contains caffeine. Caffeine does not disrupt sleep"): not
 * `contested`, which says the store's references disagree.
 */
function wholeText(matches: VerdictCandidate[]): VerdictDecision {
  const said = matches.filter((m) => m.alignment.match === "same-assertion").map((m) => m.alignment.clause);
  const clauses = [...new Set(said)];
  if (clauses.length < 2) return decide(matches);
  const each = clauses.map((clause) => decide(matches.filter((m) => m.alignment.clause === clause)));
  const refuted = each.find((d) => d.verdict === "refuted");
  if (refuted)
    return {
      ...refuted,
      explanation: `A part of the text says what the store's references are against, so the text is refuted whatever else it says. ${refuted.explanation}`,
    };
  const short = each.find((d) => d.verdict !== "supported");
  if (short) return { ...short, explanation: `Not every part of the text is supported. ${short.explanation}` };
  return decide(matches);
}

/**
 * A refuted claim's contrary is not its negation: that coffee does not cause dehydration does not make
 * "coffee prevents dehydration" supported — nor "alcohol has no effect on body temperature" of a refuted
 * "alcohol raises body temperature" (an effect denied in no direction). Nor is a contested claim's
 * contrary what its references dispute: "Statins relieve muscle pain" is no side of whether they cause it.
 */
const unshownContrary = (m: VerdictCandidate) =>
  m.alignment.polarity.value === "opposes" &&
  ((m.confidence === "refuted" && (m.alignment.contrary || m.alignment.noDirection)) ||
    (m.confidence === "contested" && m.alignment.contrary));

/**
 * "PPIs cause dementia" for a claim that they raise its risk, "prevents" for "reduces": a text that says
 * the claim more strongly is shown false by what shows the claim false (a refuted claim), and its contrary
 * by what shows the claim true ("Statins cause strokes" against an established "lower the risk of
 * strokes"); nothing shows it true. A cause denied is a risk denied ("Aspirin doesn't cause Reye's
 * syndrome"), which an established claim refutes too; and a cause denied follows from a claim that denies
 * the raised risk ("Statins don't give you cancer" for "do not increase the risk of cancer").
 */
const strongerShown = ({ confidence, alignment }: VerdictCandidate) =>
  // ("Statins can never cause cancer": refuted by a standing claim that they do; shown true by none.)
  alignment.stronger?.impossible
    ? alignment.polarity.value === "opposes" && stands(confidence)
    : alignment.contrary
      ? stands(confidence)
      : confidence === "refuted" ||
        (alignment.stronger?.cause === true &&
          (alignment.polarity.value === "opposes" || alignment.stronger.riskDenied === true) &&
          stands(confidence));

/**
 * "Aspirin causes Reye's syndrome" for a claim that holds in children: a text that says a claim more
 * broadly than the store holds it gets no decisive verdict — unless it denies the claim in so many words
 * ("Tianeptine does not increase BDNF expression", "SSREs are less effective than SSRIs"), which what
 * holds in the claim's context refutes. ("Metformin causes hypoglycaemia" is not refuted by "metformin
 * used alone does not cause it", nor "Coffee dehydrates you" by its refutation at moderate intake.)
 * (A denial, not a contrary: "Allopurinol prevents gout attacks" is not refuted by its causing flares when
 * first started.)
 */
const deniedOutright = ({ alignment }: VerdictCandidate, verdict: Verdict) =>
  verdict === "refuted" &&
  alignment.polarity.value === "opposes" &&
  !alignment.reading.negated &&
  (!alignment.contrary || alignment.comparedOtherwise);

/**
 * "Caffeine may not keep you awake": that it may not hold is no denial of what holds (it may not, for
 * some, at some doses), so a backed claim does not refute it. ("Vitamin C may not cure colds" agrees with a
 * refuted claim that it does, and is supported.)
 */
const mayNotRefuted = (m: VerdictCandidate) =>
  m.alignment.mayNot && m.alignment.polarity.value === "opposes" && stands(m.confidence);

/**
 * "Some antibiotics make the pill less effective", "It is false that antibiotics never …": what is refuted
 * or disputed of a kind may still hold of some of it, or at times, so a refuted or contested claim decides
 * nothing. (What holds of the kind holds of some: "Some antibiotics disrupt the gut microbiome" is
 * supported.)
 */
const someUndecided = (m: VerdictCandidate) =>
  m.alignment.someCases && verdictOf(m.confidence, m.alignment.polarity.value) !== "supported";

/**
 * "People take aspirin to dissolve blood clots": a reason for taking it, which what the references show
 * against the effect does not refute (nor dispute); one they show true ("… to relieve headaches") stands.
 */
const reasonUnshown = (m: VerdictCandidate) =>
  m.alignment.purpose && verdictOf(m.confidence, m.alignment.polarity.value) !== "supported";

/**
 * What keeps a same-assertion match from deciding anything alone, each with what it means, in the order
 * an answer explains them: the first that holds is the reason given.
 */
const UNDECIDED: [holds: (m: VerdictCandidate) => boolean, why: (m: VerdictCandidate) => string][] = [
  [
    reasonUnshown,
    () =>
      "The sentence says why someone takes it, which what the store's references show of the effect does not decide",
  ],
  [
    mayNotRefuted,
    () =>
      "The store's references show that it holds, and the sentence says only that it may not, which they do not deny",
  ],
  [
    someUndecided,
    () =>
      "The store's references are against the claim about the kind, or disagree about it, and the sentence says it only of some of it, or of some cases, which they do not decide",
  ],
  [
    unshownContrary,
    (m) =>
      m.confidence === "contested"
        ? "The store's references disagree about the claim, not about its opposite, and the sentence says the opposite rather than denying it"
        : m.alignment.noDirection && !m.alignment.contrary
          ? "The store refutes the claim, which shows only that the effect does not go that way, and the sentence denies any effect"
          : "The store refutes the claim, which does not establish its opposite, and the sentence says the opposite rather than denying it",
  ],
];

/** The verdict of a same-assertion match from its claim's confidence and the text's polarity alone. */
const verdictFrom = (m: VerdictCandidate): Verdict =>
  UNDECIDED.some(([holds]) => holds(m)) ? "unverified" : verdictOf(m.confidence, m.alignment.polarity.value);

/**
 * What holds a match's decisive `verdict` back to `unverified`: the text says the claim more strongly
 * than its references can show, or more broadly than the context they bear on; null when nothing does.
 */
function heldBack(m: VerdictCandidate, verdict: Verdict): "stronger" | "broader" | null {
  if (verdict === "unverified") return null;
  if (m.alignment.stronger && !strongerShown(m)) return "stronger";
  if (m.alignment.broader !== null && !deniedOutright(m, verdict)) return "broader";
  return null;
}

/** The verdict a same-assertion match would get alone, before the relations of its claim are weighed. */
function alone(m: VerdictCandidate): Verdict {
  const verdict = verdictFrom(m);
  return heldBack(m, verdict) ? "unverified" : verdict;
}

/**
 * What an `unverified` answer on a same-assertion match means: why the match alone decides nothing (a
 * reason for taking it, "may not", a contrary the references do not bear on), or what the store holds.
 */
function whyUnverified(best: VerdictCandidate, verdict: Verdict, relations: VerdictRelation[]): string {
  const undecided = UNDECIDED.find(([holds]) => holds(best));
  if (undecided) return undecided[1](best);
  if (best.confidence === "asserted")
    return "The store holds this assertion on tertiary sources only (an encyclopedia, a textbook, the news), which neither establish nor refute it";
  if (verdict === "unverified")
    return "The store holds this assertion, but its references neither establish nor refute it";
  if (relations.some((r) => r.type === "supersedes" && r.direction === "incoming"))
    return "The store's references back this account, but it is not the store's current one";
  return "The store's references back part of what this sentence says, but not the more exact claim it makes";
}

function decide(matches: VerdictCandidate[]): VerdictDecision {
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
        relations: [],
      };
    return {
      verdict: "unverified",
      confidence: round(1 - related.alignment.score / 2),
      explanation:
        related.alignment.held === "only the subject is named"
          ? `The store holds claims about ${related.alignment.subject.entityId}, but none says what this sentence says.`
          : `The store holds related claims, but none says what this sentence says: for "${related.claimId}", ${describeAlignment(related.alignment)}.`,
      basis: null,
      relations: [],
    };
  }
  const verdict = verdictFrom(best);
  // (A rival is decided as the match alone would be: one whose own verdict is held to `unverified` — a
  // refuted claim's contrary, a context the text does not state, a claim said more strongly — contests
  // nothing: "Taking vitamin C regularly lengthens colds" is refuted by "… slightly shortens colds", not
  // made contested by the refuted "prevents colds in the general population".)
  const opposing = (m: VerdictCandidate) => {
    const other = alone(m);
    return (verdict === "supported" && other === "refuted") || (verdict === "refuted" && other === "supported");
  };
  const { stronger } = best.alignment;
  const held = heldBack(best, verdict);
  if (stronger && held === "stronger")
    return {
      verdict: "unverified",
      confidence: round(1 - best.alignment.score / 2),
      explanation: `The sentence says more than the claim (${stronger.said}), which its references can show false but not true: claim "${best.claimId}" (${best.confidence}); ${describeAlignment(best.alignment)}.`,
      basis: best.claimId,
      relations: best.relations ?? [],
    };
  if (held === "broader")
    return {
      verdict: "unverified",
      confidence: round(1 - best.alignment.score / 2),
      explanation: `The store's references bear on this claim only in its context ("${best.alignment.broader}"), which the sentence does not state, so it says more than they show: claim "${best.claimId}" (${best.confidence}); ${describeAlignment(best.alignment)}.`,
      basis: best.claimId,
      relations: best.relations ?? [],
    };
  // "Caffeine keeps you awake by activating adenosine receptors": a text that also says, aligned on all
  // three parts, what the store's references are against is not supported as a whole.
  const falseToo =
    verdict === "supported"
      ? matches.find(
          (m) =>
            m !== best &&
            m.alignment.saysMore &&
            m.alignment.subject.aligned &&
            m.alignment.predicate.aligned &&
            !m.alignment.predicate.implied &&
            m.alignment.object.aligned &&
            !m.alignment.swapped &&
            verdictOf(m.confidence, m.alignment.polarity.value) === "refuted",
        )
      : undefined;
  if (falseToo)
    return {
      verdict: "unverified",
      confidence: round(1 - best.alignment.score / 2),
      explanation: `The text says what claim "${best.claimId}" (${best.confidence}) says, and also what the store's references are against: claim "${falseToo.claimId}" (${falseToo.confidence}); ${describeAlignment(falseToo.alignment)}.`,
      basis: best.claimId,
      relations: best.relations ?? [],
    };
  const rival = same.find(
    (m) => m !== best && m.alignment.score >= best.alignment.score - CONTEST_MARGIN && opposing(m),
  );
  const checked =
    best.alignment.hedged || best.alignment.question ? " The sentence hedges or asks; its assertion was checked." : "";
  const how = `${describeAlignment(best.alignment)}; it ${best.alignment.polarity.value === "agrees" ? "agrees" : "says the opposite"}${best.alignment.polarity.reasons.length ? ` (${best.alignment.polarity.reasons.join("; ")})` : ""}`;
  const relations = best.relations ?? [];
  if (rival)
    return {
      verdict: "contested",
      confidence: round(best.alignment.score * 0.8),
      explanation: `Claims that this sentence asserts point both ways: "${best.claimId}" and "${rival.claimId}".${checked}`,
      basis: best.claimId,
      relations,
    };
  const weighed = weighRelations(verdict, relations);
  const meaning: Record<Verdict, string> = {
    supported: "The store's references support what this sentence says",
    refuted: "The store's references are against what this sentence says",
    contested:
      verdict === "contested"
        ? "The store's references disagree about what this sentence says"
        : "The store holds claims that disagree about what this sentence says",
    unverified: whyUnverified(best, verdict, relations),
    "no-match": "",
  };
  const notes = weighed.notes.length ? ` ${weighed.notes.join(" ")}` : "";
  return {
    verdict: weighed.verdict,
    confidence: weighed.verdict === "unverified" ? round(1 - best.alignment.score / 2) : best.alignment.score,
    explanation: `${meaning[weighed.verdict]}: claim "${best.claimId}" (${best.confidence}); ${how}.${notes}${checked}`,
    basis: best.claimId,
    relations,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
