/**
 * `/v1/check`: a sentence in, the claims it asserts or is about out, with a verdict. Matching is
 * lexical and explainable, not semantic: the entities the sentence names (labels, aliases, everyday
 * phrases), the kind of assertion its verbs make (predicate families), its negation, and the words
 * it shares with each claim's statement — candidates come from the entities' claims and the
 * full-text index.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { inList } from "../db/bulk";
import type { Db } from "../db/client";
import { type Confidence, claims } from "../db/schema";
import { citationsOf, toClaim } from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";
import { getReferencesByIds } from "../routes/references/references.queries";
import type { Reference } from "../routes/references/references.schemas";
import { CONCEPT_PHRASES, NEGATION, NEGATIVE_PREDICATES, PREDICATE_FAMILIES, STOPWORDS } from "./lexicon";
import { type EntityMention, findEntityMentions } from "./mentions";

export const VERDICTS = ["supported", "refuted", "contested", "unverified", "no-match"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a claim relates to the sentence. */
export type MatchKind = "same-assertion" | "related";

export interface CheckMatch {
  claim: Claim;
  score: number;
  match: MatchKind;
  /** Whether the sentence says what the claim says (`agrees`) or its negation (`opposes`). */
  polarity: "agrees" | "opposes";
  references: Map<string, Reference>;
}

export interface CheckResult {
  /** The names of entities found in the text. */
  mentions: EntityMention[];
  verdict: Verdict;
  explanation: string;
  matches: CheckMatch[];
}

/** Most candidate claims scored per check. */
const MAX_CANDIDATES = 400;
/** A claim this close to the best same-assertion match that says otherwise makes the verdict contested. */
const CONTEST_MARGIN = 0.1;
const RELATED_THRESHOLD = 0.4;

/** A word reduced to a crude stem, enough to meet its inflections ("enhances", "enhanced" → "enhanc"). */
export function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|er|ers|ion|ions|ive|ity|ment|ly)$/, "").replace(/e$/, "");
}

/** The content words of a text, stemmed: what overlap is counted in. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  return new Set(words.filter((word) => !STOPWORDS.has(word) && word.length > 1).map(stem));
}

/**
 * The entities `text` names — by id, label or alias, or by an everyday phrase — each with a weight:
 * 1 when named, 0.6 for a class a named entity belongs to.
 */
async function mentionedEntities(db: Db, text: string, mentions: EntityMention[]): Promise<Map<string, number>> {
  const lower = text.toLowerCase();
  const found = new Map<string, number>();
  for (const mention of mentions) found.set(mention.entityId, 1);
  for (const concept of CONCEPT_PHRASES) {
    if (concept.pattern.test(lower)) for (const id of concept.entities) if (!found.has(id)) found.set(id, 1);
  }
  // A member stands for its class at a discount: a sentence about tianeptine bears on claims about SSREs.
  const named = [...found.keys()];
  if (named.length) {
    const classes = await db
      .select({ subject: claims.subjectId, object: claims.objectId })
      .from(claims)
      .where(
        and(
          inList(claims.subjectId, named),
          inArray(claims.predicate, ["is-a", "is-only-known-member-of"]),
          eq(claims.status, "published"),
        ),
      );
    for (const { object } of classes) if (!found.has(object)) found.set(object, 0.6);
  }
  return found;
}

/** Claims worth scoring: those about the named entities, and those sharing words with the text. */
async function candidateClaims(db: Db, mentioned: Map<string, number>): Promise<Claim[]> {
  const ids = [...mentioned.keys()];
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.status, "published"),
        or(
          sql`${claims.subjectId} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
          sql`${claims.objectId} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
        ),
      ),
    )
    .limit(MAX_CANDIDATES);
  const cited = await citationsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toClaim(row, cited.get(row.id) ?? []));
}

/** The verdict a same-assertion match gives, from its claim's confidence and the sentence's polarity. */
export function verdictOf(confidence: Confidence, polarity: CheckMatch["polarity"]): Verdict {
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

const EXPLANATIONS: Record<Verdict, string> = {
  supported: "The store holds this assertion as established or supported by its references.",
  refuted: "The store's references are against this assertion (or support its opposite).",
  contested: "The store's references disagree about this assertion.",
  unverified: "The store knows of this assertion or related ones, but nothing establishes or refutes it.",
  "no-match": "The store holds no claim about what this sentence says.",
};

/** Checks `text` against the published claims. */
export async function checkText(db: Db, text: string, options: { limit: number }): Promise<CheckResult> {
  const lower = text.toLowerCase();
  const mentions = await findEntityMentions(db, text);
  const mentioned = await mentionedEntities(db, text, mentions);
  const families = PREDICATE_FAMILIES.filter((family) => family.cues.some((cue) => cue.test(lower)));
  const familyPredicates = new Set(families.flatMap((family) => family.predicates));
  const words = contentWords(text);
  // The words that say something about the entities, not the entities' own names.
  const nameWords = new Set([...mentioned.keys()].flatMap((id) => id.split("-").map(stem)));
  const sayingWords = [...words].filter((word) => !nameWords.has(word));
  const negated = NEGATION.test(lower);

  const scored = (await candidateClaims(db, mentioned)).map((claim) => {
    const subject = mentioned.get(claim.subject) ?? 0;
    const object = mentioned.get(claim.object) ?? 0;
    const kind = familyPredicates.has(claim.predicate) ? 1 : 0;
    const statementWords = contentWords(claim.statement);
    const shared = [...words].filter((word) => statementWords.has(word)).length;
    const overlap = words.size ? shared / words.size : 0;
    const score = Math.round(((0.3 * subject + 0.3 * object + 0.25 * kind + 0.35 * overlap) / 1.2) * 1000) / 1000;
    const saying = sayingWords.length
      ? sayingWords.filter((word) => statementWords.has(word)).length / sayingWords.length
      : 0;
    // Related: about the same things and saying something alike — not merely naming one entity.
    const related = score >= RELATED_THRESHOLD && (kind === 1 || saying >= 0.34 || (subject === 1 && object === 1));
    // The same assertion: both its entities named (a class may stand for its member) and either the
    // kind of assertion recognised, or most of the sentence's words in the statement with both named outright.
    const same = subject > 0 && object > 0 && (kind === 1 || (overlap >= 0.6 && subject === 1 && object === 1));
    const claimNegated = NEGATIVE_PREDICATES.has(claim.predicate) || NEGATION.test(claim.statement.toLowerCase());
    return {
      claim,
      score,
      keep: same || related,
      match: (same ? "same-assertion" : "related") as MatchKind,
      polarity: (claimNegated === negated ? "agrees" : "opposes") as CheckMatch["polarity"],
    };
  });
  const matches = scored
    .filter((m) => m.keep)
    .sort((a, b) =>
      a.match === b.match
        ? b.score - a.score || a.claim.id.localeCompare(b.claim.id)
        : a.match === "same-assertion"
          ? -1
          : 1,
    )
    .slice(0, options.limit);

  const same = matches.filter((m) => m.match === "same-assertion");
  let verdict: Verdict = matches.length ? "unverified" : "no-match";
  const best = same[0];
  if (best) {
    verdict = verdictOf(best.claim.confidence, best.polarity);
    const rival = same.find(
      (m) =>
        m.score >= best.score - CONTEST_MARGIN &&
        ((verdict === "supported" && verdictOf(m.claim.confidence, m.polarity) === "refuted") ||
          (verdict === "refuted" && verdictOf(m.claim.confidence, m.polarity) === "supported")),
    );
    if (rival) verdict = "contested";
  }
  const references = await getReferencesByIds(db, [...new Set(matches.flatMap((m) => m.claim.referenceIds))]);
  return {
    mentions,
    verdict,
    explanation: EXPLANATIONS[verdict],
    matches: matches.map(({ keep: _keep, ...m }) => ({ ...m, references })),
  };
}
