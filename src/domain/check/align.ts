/**
 * Alignment of a clause with a claim: does the clause say what the claim says — the same subject (or
 * an alias, or a member of its class), a compatible predicate in the same direction, the same object —
 * and does it agree or say the opposite? Pure functions over plain data: the words the lexicon relates,
 * the entity mentions found in the text, and the claim's readings (its statement, curated wordings and
 * its predicate's vocabulary).
 */

import type { Confidence } from "../../db/schema";
import {
  ABSENCE_NOUNS,
  ABSOLUTE_VERBS,
  ACTIVITY_NOUNS,
  ADVICE,
  ADVICE_MODALS,
  AGENT_MARKER,
  ALONE_WORDS,
  AMOUNT_DEGREES,
  AMOUNT_LEADS,
  AMOUNT_NOUNS,
  AMOUNT_PHRASES,
  ANIMAL_SUBJECTS,
  ANY_EFFECT_WORDS,
  ANY_ONE,
  ANY_ONE_RESTRICTED,
  ARTICLES,
  ASSENT_TAGS,
  ASSOCIATION,
  ASSOCIATION_PARTICIPLES,
  AT_TIMES,
  ATTITUDE_ADVERBS,
  BASELINE_AGAINST,
  BASELINE_LEAD,
  BASELINE_TERMS,
  BELIEF_VERBS,
  BENEFIT_PHRASES,
  BETTER_AT,
  BODY_SCOPES,
  BY_MOUTH_WORDS,
  CAN_WORDS,
  CASE_NOUNS,
  CAUSATIVE_VERBS,
  CAUSED_FROM,
  CAUSING_VERBS,
  CESSATION_PHRASE,
  CESSATION_WORDS,
  CHANGE_NOUNS,
  CHANGE_VERBS,
  CLASS_WORDS,
  CLASSIFIER_NOUNS,
  CLASSIFYING_VERBS,
  CLAUSE_JOINERS,
  COMPARATIVE_INTENSIFIERS,
  COMPARATIVES,
  COMPARED_MARKERS,
  COMPARED_PHRASE,
  COMPARISON,
  COMPARISON_WORDS,
  CONCESSIVE_OPENERS,
  CONDITION_IDIOMS,
  CONDITION_WORDS,
  CONSULT_ADVICE,
  CONTAIN_WORDS,
  CONTRAST_OPENERS,
  CONTRAST_PREPOSITIONS,
  CONVERSE_VERBS,
  CONVERTING_VERBS,
  COORDINATORS,
  COPULAS,
  DEFINITE_DETERMINERS,
  DEGREE_WORDS,
  DETERMINERS,
  DIGITS,
  DIMENSION_OPENERS,
  DISCOURSE_MARKERS,
  DISMISSIVE_REACH,
  DISMISSIVE_WORDS,
  DO_FORMS,
  DOING_ITS_JOB,
  DONE_FOR,
  DOSE_NOUNS,
  DURATION,
  DURATION_COMPARATIVES,
  DURATION_LEADS,
  EASY_WORDS,
  EFFECTIVENESS_WORDS,
  ENDORSEMENT,
  EPISODE_NOUNS,
  EVALUATIVE_WORDS,
  EXCLUSIVE_ONLY,
  EXCLUSIVE_WORDS,
  EXPERIENCER_VERBS,
  EXPOSURE_SPANS,
  EXPOSURE_VERBS,
  FEELING_VERBS,
  FINDING_FRAME,
  FIRST_PERSON,
  FOLD,
  FULL_DEGREE,
  FULL_OF,
  GENERIC_SCOPES,
  GET_RID_OF,
  GIVEN_FOR,
  GIVING_VERBS,
  HARD_WORDS,
  HAVE_FORMS,
  HELP_VERBS,
  HELPED,
  HINDERING_VERBS,
  HOW_MANY,
  HOW_OFTEN,
  INCLUDES_BETWEEN,
  INTAKE_VERBS,
  INTENSIFIERS,
  INVOLVEMENT,
  JOINT_WORDS,
  KEEPING_VERBS,
  LABEL_NOUNS,
  LACKING_VERBS,
  LEAVING_VERBS,
  LESS_WORDS,
  LIGHT_VERBS,
  LONG_SPANS,
  LONG_TERM_WORDS,
  MAX_FRAME_WORDS,
  MAY_WORDS,
  MEANS_WORDS,
  MEMBERSHIP_NOUNS,
  MEMBERSHIP_VERBS,
  MIND_VERBS,
  MINIMIZER_KINDS,
  MINIMIZERS,
  MORE_WORDS,
  MOST_CASES,
  MOST_TIMES,
  MOVING_VERBS,
  MULTIPLIERS,
  NAMING_WORDS,
  NARRATORS,
  NEGATED_AUXILIARIES,
  NEGATING_VERBS,
  NEGATION_WORDS,
  NEGATIVE_PREFIX,
  NO_PART_AT_ALL,
  NOUN_PHRASE_OPENERS,
  NUMBER_WORDS,
  ONE_NOT_COUNTED,
  ONSET_PHRASE,
  ONSET_UP,
  ONSET_VERBS,
  OPINION_FRAME,
  OPTION_NOUNS,
  ORAL_VERBS,
  OTHERS_POSSESSIVES,
  OVERDOSE_NOUNS,
  OWN_CASE,
  OWN_PROPERTY_NOUNS,
  PART_DEGREE,
  PART_NOUNS,
  PART_SCOPES,
  PARTICLES,
  PAST_AUXILIARIES,
  PERSON_NOUNS,
  PERSONAL_POSSESSIVES,
  PERSONAL_PRONOUNS,
  PLAIN_ADVERBS,
  PLAY_FORMS,
  POINTING_WORDS,
  POSSIBILITY_MODALS,
  PREDICATE_JOINS,
  PRESCRIBERS,
  PRESCRIPTIVE_WORDS,
  PRESENCE_WORDS,
  PRODUCT_NOUNS,
  PROMOTIONAL_SOURCES,
  PROTECTION_VERBS,
  QUANTITY_CONFLICTS,
  QUANTITY_KINDS,
  QUESTION_OPENERS,
  RATE_LEADS,
  REASON_OPENERS,
  REGIMEN_VERBS,
  RELATIVE_PRONOUNS,
  REPORTED_OBJECTS,
  REPORTING_VERBS,
  RESEARCH_NOUNS,
  RESEARCHERS,
  RISK_WORDS,
  ROLE_DEGREES,
  ROLE_NOUNS,
  ROLE_VERBS,
  ROUTE_WORDS,
  SCOPE_PREPOSITIONS,
  SEEMING_VERBS,
  SERVING_NOUNS,
  SIDE_EFFECT,
  SIDE_EFFECT_KINDS,
  SIDE_EFFECTS_INCLUDE,
  SIDE_EFFECTS_OF,
  SLIGHT_AMOUNTS,
  SLOGAN_CARRIERS,
  SOME_OPENERS,
  SOURCE_NOUNS,
  STATE_VERBS,
  STOP_FORMS,
  SUBJECT_PRONOUNS,
  SUBJECTLESS_PREPOSITIONS,
  SUDDEN_WORDS,
  SUPPOSING_OPENERS,
  SWITCH_PARTICLES,
  SWITCHING_VERBS,
  TAG_PRONOUNS,
  TAKERS,
  TAKING_VERBS,
  TENDENCY_WORDS,
  TIME_NOUNS,
  TIME_ORDER,
  TIME_PREPOSITIONS,
  TIME_RELATIVE,
  TIME_UNITS,
  TIMES_OF_DAY,
  TOLD_WHEN,
  TREATMENT_STANDING,
  TREATMENT_WORDS,
  UNIVERSAL_SCOPE,
  UNIVERSALS,
  UNMARKED_WORDS,
  USE_NOUNS,
  USE_VERBS,
  VALENCED_COMPARATIVES,
  VERACITY_WORDS,
  VIEWING_VERBS,
  WAY_WORDS,
  WH_WORDS,
  WHOLE_BODY,
  WITHIN,
  WORKING_FORMS,
  WORKING_WELL,
  WORKS_COMPARED,
  WRITER_SELF,
  WRITER_WORDS,
  WRITERS_SOURCE,
} from "../../lexicon/english";
import { formSimilarity, lemmaForms, PRIVATIVE, porterStem } from "../../lexicon/morphology";
import {
  onlyAdverb,
  RELATION_WEIGHT,
  relateWords,
  verbal,
  type WordRelation,
  type WordSense,
} from "../../lexicon/relations";
import { withinName } from "./names";
import {
  affirmingDenials,
  type Clause,
  type Comparison,
  comparisonOf,
  denialEmphasisAt,
  deniesWithin,
  hyphenParts,
  isGrammarWord,
  pacePhrases,
  type Token,
  tokenize,
} from "./text";
import { verdictOf } from "./verdict";

/** An entity named in a text: the tokens [from, to) and how closely they name it. */
export interface Mention {
  from: number;
  to: number;
  /** The words as written. */
  text: string;
  entityId: string;
  /** 1 for a name or alias as written (or inflected), less for a derived form ("glutamatergic"). */
  closeness: number;
  /**
   * Names of other things inside this one's words ("paracetamol" in "a paracetamol overdose"): a claim
   * whose subject is one of them may be said through the longer name.
   */
  nested?: Mention[];
  /**
   * Said by a word for a kind of it ("whisky" for alcohol, by the lexicon): it stands for the entity
   * only as the subject, as a member of a class does.
   */
  kind?: true;
  /**
   * A compound name said as its verb with a word of amount ("absorb less iron" for iron absorption): -1
   * for less of it, +1 for more — the way the clause's effect on it goes.
   */
  degree?: number;
}

/** A way of saying the predicate, as its content words (lower-case; a phrasal verb is one word). */
export interface Phrasing {
  text: string;
  words: string[];
  /** The phrasing itself denies ("is not fully understood"). */
  negated: boolean;
  /** Its word of degree, a grammar word not among `words`: -1 for "less", +1 for "more" (none: 0). */
  degree?: number;
}

/** One way a claim is said: the statement with its predicate's vocabulary, or a curated wording. */
export interface Reading {
  source: "statement" | "wording";
  text: string;
  subject: string;
  object: string;
  /** A wording that names only the subject: the rest of its words say predicate and object at once. */
  objectImplicit: boolean;
  /** A wording whose words all follow its subject ("Zinc deficiency can cause a lost sense of taste"). */
  subjectOpens: boolean;
  /** Ways of saying its predicate; an empty `words` list is the copula ("is a"). */
  phrasings: Phrasing[];
  /** Ways of saying the opposite predicate ("inhibits the reuptake of" against "enhances…"). */
  oppositePhrasings: Phrasing[];
  /** Whether the reading itself denies ("has no affinity for", "is not a … inhibitor"). */
  negated: boolean;
  /** Its object is the agent, marked by "by" ("is metabolized by CYP1A2"). */
  passive: boolean;
  /** Subject and object may trade places. */
  symmetric: boolean;
  /** It states class membership: the class itself must be named. */
  membership: boolean;
  comparison: Comparison;
  lessWords: string[];
  /** Its content words other than the entities' names, for overlap with a related sentence. */
  contentWords: string[];
  /** The words of each of its object's names (label and aliases): an object spoken of without being named. */
  objectNames: string[][];
  /** Words of its scope ("in the rat amygdala", "in rats"): a sentence about another scope says something else. */
  scopeWords: string[];
  /** Its exclusive words ("only"): a sentence with one the reading lacks says more than the claim. */
  exclusiveWords: string[];
  /** The entities it names besides subject and object ("during pregnancy" in a wording). */
  otherEntities: string[];
  /**
   * Of the entities a text names, those its statement or context names too ("gout attacks" for a
   * statement that says "gout flares"): no name the claim does not account for.
   */
  namedEntities?: string[];
  /** The words of its context that name one of those ("gout flares" in "for gout flares"). */
  contextNamed?: string[];
  /**
   * The words of the claim itself — its statement's and context's — whatever the reading: a curated
   * wording may leave out what the claim states ("in the liver"), which a sentence may then repeat.
   */
  claimWords: string[];
  /**
   * The claim has its thing taken by mouth, its statement or context says (BY_MOUTH), whatever the
   * reading: being out in it, or soaking in it, is another way in.
   */
  takenByMouth: boolean;
  /**
   * Its subject is a drug or a class of drugs (Entity.kind): a thing one takes, which one is on ("too
   * long on statins"), not out in — soaking or sitting in it is not taking it.
   */
  takenSubject: boolean;
  /**
   * The claim has its subject taken by mouth: it says so, or the subject is a thing one takes and the
   * claim says no other way (OTHER_ROUTES) — "swallowing" or "chewing" it, or "by mouth", then says no more.
   */
  takenOrally: boolean;
  /**
   * The words the claim says beside its subject's or object's name ("risk" in "the risk of fractures",
   * "intake" in "caffeine intake"): a noun after a name in the text is the same thing only if the claim
   * says it there ("anxiety disorders" is not what "…anxiety, most markedly in panic disorder" says).
   */
  nameWords: string[];
  /** The content words of the claim's context ("in children"): a statement read holds only there. */
  contextWords: string[];
  /**
   * The words its context takes aside ("without diabetes"): a text that speaks of them as present
   * speaks of other cases; one that takes them aside too states that part of the context.
   */
  excludedWords: string[];
  /**
   * The words of a context that takes the subject alone, with what it is taken without ("on its own,
   * without insulin"): a text that takes it alone in any words ("by itself", "alone") says them.
   */
  aloneWords: string[];
  /**
   * What its statement denies after its object ("…, not by reflecting it"): a text that says one of them
   * says what the claim denies.
   */
  foilWords: string[];
}

/** What the store knows that alignment needs beyond the claim. */
export interface AlignContext {
  clauses: Clause[];
  mentions: Mention[];
  /** Classes each entity belongs to (from the store's membership claims): tianeptine → {ssre}. */
  classesOf: Map<string, Set<string>>;
  /** The entities that are ailments (of the kind "condition"), of which more is worse. */
  ailments: Set<string>;
  /** The lexicon's entries of every word involved. */
  senses: Map<string, WordSense>;
}

/** How one part of the claim met the clause. */
export interface PartAlignment {
  aligned: boolean;
  /** The entity the claim names there. */
  entityId: string;
  /** The words of the clause that named it (or a member of its class), or null. */
  words: string | null;
  /** `name` (the entity itself, an alias or a form of its name), `member` (a member of its class). */
  via: "name" | "member" | null;
  closeness: number;
}

export interface PredicateAlignment {
  aligned: boolean;
  /** 0–1: how well the clause's words say the predicate (or its opposite, when `opposite`). */
  score: number;
  /** The clause's words that carried it. */
  words: string | null;
  /** The phrasing of the claim's predicate they met. */
  phrasing: string | null;
  /** The clause says the predicate's opposite ("inhibits" for "enhances", "slower" for "faster"). */
  opposite: boolean;
  /**
   * The clause names the claim's subject and object and says nothing else of them that could be another
   * predicate: the claim's predicate is taken as meant — and kept only when the store holds no other
   * claim on the two (decided over all candidates: see `impliedRivals`).
   */
  implied: boolean;
}

export interface PolarityAlignment {
  /** `agrees` when the clause asserts the claim, `opposes` when it asserts its negation or opposite. */
  value: "agrees" | "opposes";
  /** The negation cues of the clause that bear on the assertion ("not", "n't", "fails to"). */
  negations: string[];
  /** Why the polarity is what it is, in a few words. */
  reasons: string[];
}

export type MatchKind = "same-assertion" | "related";

/**
 * A clause that says a claim more strongly: an absolute verb ("prevents" for "reduces"), or a cause where
 * the claim says a raised risk. It says the claim and more, so what shows the claim false shows it false
 * too — a refuted claim refutes it, an established one refutes its contrary — but nothing shows it true.
 * (Denied, a cause is a raised risk denied: "Aspirin doesn't cause Reye's syndrome" is what an
 * established "aspirin raises the risk of Reye's syndrome" refutes.)
 */
export interface Stronger {
  /** What it says more strongly, in a few words. */
  said: string;
  /** A cause where the claim says a raised risk. */
  cause: boolean;
  /** It says the claim cannot hold ("can never cause", "can't possibly"): only what shows the claim true shows it false. */
  impossible?: boolean;
  /**
   * A cause where the claim denies a raised risk: no raised risk is no cause, so a sentence that denies
   * the cause ("Statins don't give you cancer") is what the claim shows true, and one that asserts it false.
   */
  riskDenied?: boolean;
}

export interface Alignment {
  match: MatchKind;
  score: number;
  /**
   * The other clauses that say the claim as this one does (the same assertion, the same polarity): a
   * claim's best alignment is one clause, and another may say it too ("Tianeptine is an SSRE. It enhances
   * serotonin reuptake.", the class claim said by its statement and by a wording of it).
   */
  alsoSaidIn?: number[];
  /**
   * The other clauses that deny the claim's contrary, saying as this one does: "Tianeptine doesn't block
   * serotonin reuptake, it enhances it" (the first clause, of the claim the second says).
   */
  contraryDeniedIn?: number[];
  subject: PartAlignment;
  predicate: PredicateAlignment;
  object: PartAlignment;
  polarity: PolarityAlignment;
  /** Subject and object appear the other way round from the claim's. */
  swapped: boolean;
  /** Why a match that aligns on all three parts is still only related (a scope, an "only"…), if so. */
  held: string | null;
  /**
   * Held only by words the claim does not say: the text may say the claim and more besides ("Caffeine
   * keeps you awake by activating adenosine receptors" says that caffeine activates them).
   */
  saysMore: boolean;
  /**
   * Held only by another name joined by "and" to the subject or the object ("coffee and energy drinks",
   * "headaches and fatigue"): that name's entity, or null. Two such matches that say the same of each
   * other's name together say the whole sentence (see `jointAssertions`).
   */
  joinedWith: string | null;
  /**
   * The claim's context ("in children") when the sentence says the claim without it: the sentence says
   * more than the store holds, and gets no decisive verdict unless it denies the claim outright (decided
   * with the claim's confidence: see verdict.ts).
   */
  broader: string | null;
  /** What the clause says more strongly than the claim, if anything (decided with the claim's confidence: see verdict.ts). */
  stronger: Stronger | null;
  /**
   * The clause says the opposite by a contrary — an opposite predicate, a verb that lowers what it
   * governs — rather than by denying it: that opposes an established claim, but establishes nothing
   * against a refuted one.
   */
  contrary: boolean;
  /**
   * The clause denies an effect in no direction ("has no effect on", "plays no role in", "does nothing
   * for"): that refutes a backed claim of an effect, but a refuted one ("alcohol raises body temperature")
   * shows only that it does not go that way, not that there is none (see verdict.ts).
   */
  noDirection: boolean;
  /**
   * The clause denies it under a modal of possibility ("Caffeine may not keep you awake", "might not"):
   * that it may not hold is no denial of what holds, so a backed claim does not refute it (see verdict.ts).
   */
  mayNot: boolean;
  /**
   * The clause says it of part of a kind or of some cases ("Some antibiotics make the pill less effective",
   * "It is false that antibiotics never make the pill less effective"): what holds of the kind holds of
   * some of it, but a refuted claim about the kind does not refute it of some (see verdict.ts).
   */
  someCases: boolean;
  /**
   * The clause says why someone takes the subject ("People take aspirin to dissolve clots"): what the claim's
   * references show supports it, but nothing they show against the effect refutes a reason (see verdict.ts).
   */
  purpose: boolean;
  /**
   * The contrary is a comparison said another way ("less effective than" for "as effective as"): which,
   * unlike an opposite predicate, what holds in the claim's context refutes (see verdict.ts).
   */
  comparedOtherwise: boolean;
  /** The clause hedges ("might") or asks: what was checked is the assertion it contains. */
  hedged: boolean;
  question: boolean;
  /** Which reading of the claim matched: the statement or a curated wording. */
  reading: Reading;
  /** The clause of the text it was read in (its place in `AlignContext.clauses`). */
  clause: number;
}

/** How far into a clause of the writer's story its verb of regimen stands: "My GP finally switched me …". */
const REGIMEN_VERB_REACH = 3;

/** "Took me off", "taking him off": a taking that is a giving up. */
const TAKEN_OFF = /^(?:take|takes|took|taking)\s+(?:(?:me|him|her|them)\s+)?off\b/;
/** The words of `tokens` from `at` on, at most `count`, joined by spaces. */
const wordsFrom = (tokens: Token[], at: number, count: number) =>
  tokens
    .slice(at, at + count)
    .map((t) => t.word)
    .join(" ");

/** Why a denial of the claim's contrary is held: "Caffeine doesn't lower blood pressure" says neither. */
const CONTRARY_DENIED = "a denial set against a contrary says neither the claim nor its opposite";

/** A predicate counts as said when its phrasing and the clause's words meet this well (harmonic mean). */
export const PREDICATE_ALIGNED = 0.6;
/** … and at least this share of its phrasing's words (weighed by how they relate) is met. */
const MIN_RECALL = 0.75;
/** A related claim shares at least this much of its statement's words with the clause. */
const RELATED_OVERLAP = 0.5;
/** How close `formSimilarity` says an inflection is ("depends" of "depend"). */
const INFLECTED = 0.95;

/** A mention of a member stands for its class at this closeness ("tianeptine" for SSREs). */
const MEMBER_CLOSENESS = 0.8;
/** Tokens after the later entity that may still belong to the predicate ("… is a serotonin reuptake enhancer"). */
const TRAILING_WINDOW = 5;
/** The prepositions a part of the body or a time of day is said with: "in the brain", "at night". */
const PART_PREPOSITIONS = new Set([...SCOPE_PREPOSITIONS, ...TIME_PREPOSITIONS]);
/** How many words before a subject's name its phrase reaches: "higher daily doses of aspirin". */
const SUBJECT_PHRASE_WORDS = 4;

const NO_PART = (entityId: string): PartAlignment => ({
  aligned: false,
  entityId,
  words: null,
  via: null,
  closeness: 0,
});

/**
 * The index of the last word of the writer's source opening the clause ("From what I've read", see
 * WRITERS_SOURCE), or -1 when it opens otherwise.
 */
function writersSourceUntil(tokens: Token[]): number {
  const { opener, knowers, auxiliaries, verbs } = WRITERS_SOURCE;
  if (!opener.every((w, k) => tokens[k]?.word === w) || !knowers.has(tokens[2]?.word ?? "")) return -1;
  const verb = auxiliaries.has(tokens[3]?.word ?? "") ? tokens[4] : tokens[3];
  return verb && verbs.has(verb.word) ? verb.index : -1;
}

/**
 * Whether `t` is a marker of talk ("Wait,", "FYI", "btw"): among those that open the clause before the
 * subject (`subjectFrom`), or those that close it after what it says (`saidTo`).
 */
function discourseMarker(clause: Clause, t: Token, subjectFrom: number, saidTo: number): boolean {
  const { closing } = DISCOURSE_MARKERS;
  const { tokens } = clause;
  if (t.index < subjectFrom) return tokens.indexOf(t) < clause.markers;
  return closing.has(t.word) && t.index >= saidTo && tokens.every((u) => u.index <= t.index || closing.has(u.word));
}

function partFor(
  entityId: string,
  mentions: Mention[],
  classesOf: Map<string, Set<string>>,
  allowMembers: boolean,
): { part: PartAlignment; mention: Mention | null } {
  let best: { part: PartAlignment; mention: Mention | null } = { part: NO_PART(entityId), mention: null };
  for (const mention of mentions) {
    let closeness = 0;
    let via: PartAlignment["via"] = null;
    if (mention.entityId === entityId && !mention.kind) {
      closeness = mention.closeness;
      via = "name";
    } else if (
      allowMembers &&
      (mention.kind ? mention.entityId === entityId : classesOf.get(mention.entityId)?.has(entityId))
    ) {
      closeness = MEMBER_CLOSENESS * mention.closeness;
      via = "member";
    }
    if (closeness > best.part.closeness)
      best = { part: { aligned: true, entityId, words: mention.text, via, closeness }, mention };
  }
  return best;
}

/** A content word of the clause (or a phrasal verb: "cut down") and its place. */
export interface Word {
  word: string;
  index: number;
  /** Used as a noun (after a determiner or a possessive): it says no direction of effect ("its effect"). */
  noun?: boolean;
}

interface PhrasingMatch {
  score: number;
  /** The share of the phrasing's words met. */
  recall: number;
  /** Whether every word was met by the same word, a form, a synonym or a derivation (not by likeness). */
  strong: boolean;
  opposite: boolean;
  words: string[];
  phrasing: Phrasing;
  /** One past the index of the last token met, when tokens were met. */
  end?: number;
  /** The words met, one per place in the sentence, in its order (what an explanation quotes). */
  shown?: string[];
  /** Each phrasing word met by its opposite, with the token that met it. */
  opposed?: [string, string][];
}

const relationOf = (a: string, b: string, senses: Map<string, WordSense>, noun = false): WordRelation | null => {
  // ("nonsmokers" is "non-smokers": a compound written closed or hyphenated.)
  if (a === b || (a.includes("-") !== b.includes("-") && a.replaceAll("-", "") === b.replaceAll("-", "")))
    return "same";
  const x = senses.get(a);
  const sense = senses.get(b);
  const y = noun && sense ? { ...sense, direction: 0 } : sense;
  const relation = x && y ? relateWords(x, y) : null;
  // A noun ("a calming effect") is not the verb it is a broader term of ("make"): it says no effect by itself.
  if (noun && (relation === "broader" || relation === "sibling")) return null;
  // "Worse" anxiety is more anxiety: a judgement opposes only another judgement.
  if ((relation === "opposite" || relation === "akin") && EVALUATIVE_WORDS.has(a) !== EVALUATIVE_WORDS.has(b))
    return null;
  // "People take it for depression" is "it is given for depression", the same transfer from the other side.
  const converse = (word: string, sense: WordSense) =>
    CONVERSE_VERBS.has(word) || [...sense.lemmas].some((l) => CONVERSE_VERBS.has(l));
  if (relation === "opposite" && x && y && converse(a, x) && converse(b, y)) return null;
  return relation;
};

/**
 * How well `tokens` say `phrasing`: each phrasing word is paired with at most one token and each token
 * with at most one word, best relations first (same word, form, synonym, derivation, a verb of effect
 * in the same direction, a broader term). Recall is the phrasing's words met, weighed by relation;
 * precision the met tokens among the content words between the first and the last one met (words
 * elsewhere in the clause are about other things). The score is their harmonic mean. A word met only
 * by its opposite makes the match `opposite`. The copula phrasing ("is a": no content words) is met by
 * "is/are" right before the object, with at most one other word between.
 */
function meetPhrasing(
  phrasing: Phrasing,
  tokens: Word[],
  copula: number | null,
  senses: Map<string, WordSense>,
): PhrasingMatch {
  const none = { score: 0, recall: 0, strong: false, opposite: false, words: [], phrasing };
  if (phrasing.words.length === 0) {
    const score = copula === 0 ? 1 : copula === 1 ? 0.8 : 0;
    return { score, recall: score, strong: score > 0, opposite: false, words: score ? ["is"] : [], phrasing };
  }
  const pairs: { word: number; token: Word; relation: WordRelation; weight: number }[] = [];
  // A phrasing that changes an aspect of its object ("enhances the reuptake of") is not said by a verb of
  // bringing about, nor turned by one: "causes serotonin reuptake" says that there is reuptake, not that
  // there is more (or less).
  const aspected = phrasing.words.some((word) => (senses.get(word)?.direction ?? 0) === 0);
  // The verb of a phrasal verb the lexicon knows, with a meaning of its own, is not an opposite by itself:
  // "kids end up with rickets" says where they get to, not the end that a cause (a beginning) is the
  // opposite of. ("Slows down" still opposes "speeds up": it is "slows".)
  const phrasalAt = new Set(
    tokens
      .filter((t) => {
        if (!t.word.includes(" ") || (senses.get(t.word)?.senses.size ?? 0) === 0) return false;
        const head = t.word.split(" ")[0] as string;
        return !SAID_AGAIN.has(relationOf(head, t.word, senses) ?? "opposite");
      })
      .map((t) => t.index),
  );
  phrasing.words.forEach((word, i) => {
    for (const token of tokens) {
      const relation = relationOf(word, token.word, senses, token.noun);
      if (relation === "opposite" && phrasalAt.has(token.index) && !token.word.includes(" ")) continue;
      // (Only its own word said there counts: "causes" is no "promotes", however the lexicon relates them.)
      if (relation && relation !== "same" && relation !== "form" && aspected && CAUSING_VERBS.has(token.word)) continue;
      if (relation) pairs.push({ word: i, token, relation, weight: RELATION_WEIGHT[relation] });
    }
  });
  // An opposite is the last resort: a word met otherwise is not taken for its opposite.
  const rank = (pair: (typeof pairs)[number]) => (pair.relation === "opposite" ? 0.7 : pair.weight);
  pairs.sort((a, b) => rank(b) - rank(a));
  const usedWords = new Set<number>();
  const usedTokens = new Map<number, number>();
  /** The token met at each place (a phrasal verb and its head share one: only the one met counts). */
  const metTokens = new Map<number, Word>();
  let recall = 0;
  let opposite = false;
  const opposed: [string, string][] = [];
  let strong = true;
  for (const pair of pairs) {
    if (usedWords.has(pair.word) || usedTokens.has(pair.token.index)) continue;
    usedWords.add(pair.word);
    usedTokens.set(pair.token.index, pair.weight);
    metTokens.set(pair.token.index, pair.token);
    recall += pair.weight;
    if (pair.relation === "opposite") {
      opposite = !opposite;
      opposed.push([phrasing.words[pair.word] as string, pair.token.word]);
    }
    if (!STRONG.has(pair.relation)) strong = false;
  }
  if (usedTokens.size === 0) return none;
  const r = recall / phrasing.words.length;
  const first = Math.min(...usedTokens.keys());
  const last = Math.max(...usedTokens.keys());
  const inside = new Set(tokens.filter((t) => t.index >= first && t.index <= last).map((t) => t.index));
  const p = [...usedTokens.values()].reduce((sum, weight) => sum + weight, 0) / inside.size;
  const score = (2 * r * p) / (r + p);
  const words = tokens.filter((t) => usedTokens.has(t.index) && pairs.some((x) => x.token === t)).map((t) => t.word);
  return {
    score,
    recall: r,
    strong: strong && usedWords.size === phrasing.words.length,
    opposite,
    opposed,
    words: [...new Set(words)],
    shown: [...metTokens.entries()].sort(([a], [b]) => a - b).map(([, token]) => token.word),
    phrasing,
    end: last + 1,
  };
}

/** Whether two words say one number, in words or in digits alike: "eight" and "8" (the lexicon's synonyms). */
const sameNumber = (a: string, b: string, senses: Map<string, WordSense>) =>
  a === b || relationOf(a, b, senses) === "synonym";

const STRONG = new Set<WordRelation>(["same", "form", "synonym", "derived"]);
/** The relations by which a word says another again: itself, a form, a synonym, a broader or narrower word. */
const SAID_AGAIN = new Set<WordRelation>(["same", "form", "synonym", "broader"]);

/**
 * Whether two words say alike: any relation the lexicon knows but the opposite — and, when `close`,
 * not merely a broader term they share ("levels" and "clearance").
 */
function alike(a: string, b: string, senses: Map<string, WordSense>, close = false): boolean {
  const relation = relationOf(a, b, senses);
  return relation !== null && relation !== "opposite" && !(close && relation === "sibling");
}

/** Every word the claim says through this reading: its own, its scope's, and the claim's statement's. */
const claimWordsOf = (reading: Reading) => [...reading.contentWords, ...reading.scopeWords, ...reading.claimWords];

/** What a clause's name that a subject-only wording leaves unaccounted for costs a match's score. */
const UNACCOUNTED_NAME = 0.1;

/** The share of a phrasing a sentence must say for words akin to the claim's to count as said. */
const HALF_MET = 0.5;

/** How well an effect frame meets a predicate that is one verb of effect: less than a phrasing said outright. */
const EFFECT_FRAME_SCORE = 0.8;

/** Whether `word` says more or less of what follows it: "more", "extra", "less", "fewer". */
const amountWord = (word: string) => AMOUNT_DEGREES.up.has(word) || AMOUNT_DEGREES.down.has(word);

/** Whether a phrasing match says the predicate: enough of its words, closely enough. */
const meetsPhrasing = (match: PhrasingMatch | null): match is PhrasingMatch =>
  match !== null && match.recall >= MIN_RECALL && match.score >= PREDICATE_ALIGNED;

/**
 * A predicate said by a frame around its words rather than by a phrasing's own ("leads to more", "helps
 * with", "works better than", "there is … in …").
 */
const frameMatch = (phrasing: Phrasing, words: string[], opposite = false): PhrasingMatch => ({
  score: EFFECT_FRAME_SCORE,
  recall: EFFECT_FRAME_SCORE,
  strong: false,
  opposite,
  words,
  phrasing,
});

/**
 * "Does nothing for hay fever", "doesn't do anything for it", "does wonders for migraines", "does a lot
 * for": the words after a form of "do", up to a "for" right after them, that say how much it does for a
 * thing (DONE_FOR, "a lot") — a benefit, or none — or null.
 */
function doneFor(after: string[]): string[] | null {
  const amount =
    after[0] === "a" && after[1] === "lot" ? ["a", "lot"] : DONE_FOR.has(after[0] ?? "") ? [after[0] as string] : null;
  return amount && after[amount.length] === "for" ? amount : null;
}

const PREVENTION = /^prevent/;
/** Most words naming who is kept from it: "you", "the whole family", "young infants". */
const MAX_HINDERED_WORDS = 3;

/**
 * The place of the last word before place `to` past determiners ("stops the pill", "switches on those
 * receptors"), not before place `from`; and the clause's words by place ("" where none is).
 */
function placeBefore(clause: Clause, to: number, from = 0): { at: number; word: (index: number) => string } {
  const word = (index: number) => clause.tokens.find((t) => t.index === index)?.word ?? "";
  let at = to - 1;
  while (at >= from && DETERMINERS.has(word(at))) at--;
  return { at, word };
}

/**
 * The place of the verb of onset said right before the object at `to`, past determiners: "getting a",
 * "developing", "end up with", "end up" (the phrase's first word). Null when the word before is none.
 */
function onsetBefore(clause: Clause, to: number): number | null {
  const { at, word } = placeBefore(clause, to);
  if (ONSET_VERBS.has(word(at))) return at;
  if (ONSET_PHRASE.test(`${word(at - 2)} ${word(at - 1)} ${word(at)}`)) return at - 2;
  return ONSET_UP.test(`${word(at - 1)} ${word(at)}`) ? at - 1 : null;
}

/**
 * A verb of hindering, whom it keeps, "from" and a verb of onset between the subject (ending at
 * `from`) and the object (starting at `to`): "stops you from getting", "keeps infants from
 * developing", "prevents it from" (`onset`: `onsetBefore` the object). Null when anything else stands
 * between.
 */
function hinderingFrame(
  clause: Clause,
  from: number,
  to: number,
  onset: number | null,
): { verb: string; from: number } | null {
  const between = clause.tokens.filter((t) => t.index >= from && t.index < to);
  const verbAt = between.findIndex((t) => !isGrammarWord(t.word) || HINDERING_VERBS.has(t.word));
  const verb = between[verbAt];
  if (!verb || !HINDERING_VERBS.has(verb.word)) return null;
  const fromAt = between.findIndex((t, i) => i > verbAt && t.word === "from");
  const marker = between[fromAt];
  if (!marker || fromAt - verbAt - 1 > MAX_HINDERED_WORDS) return null;
  const rest = between.slice(fromAt + 1);
  if (!rest.every((t) => DETERMINERS.has(t.word)) && onset !== marker.index + 1) return null;
  return { verb: verb.word, from: marker.index };
}

/**
 * Whether the subject is said as what people take or have, and nothing more before it: "People on
 * statins …", "Those taking aspirin …", "Patients with diabetes …", "People who drink …".
 */
function takenBy(clause: Clause, s: Mention): boolean {
  const before = clause.tokens.filter((t) => t.index < s.from && !DETERMINERS.has(t.word));
  const [noun, ...joiners] = before;
  return (
    noun !== undefined &&
    TAKERS.nouns.has(noun.word) &&
    joiners.length >= 1 &&
    joiners.length <= 2 &&
    joiners.every((t) => TAKERS.joiners.has(t.word))
  );
}

/**
 * Whether `t` is the verb of onset (at `onset`, from `onsetBefore`) between a word of risk, "of" or "to",
 * and the object ("lowers your risk of developing dementia", "chances of getting a cold", "more likely to
 * develop diabetes"): the coming about of what the risk is of, which a claim of risk says already.
 */
function onsetOfRisk(clause: Clause, t: Token, onset: number | null): boolean {
  if (onset !== t.index) return false;
  const at = (index: number) => clause.tokens.find((u) => u.index === index)?.word;
  return (at(t.index - 1) === "of" || at(t.index - 1) === "to") && RISK_WORDS.has(at(t.index - 2) ?? "");
}

/**
 * The indices of the words of a denied clause's emphatic phrases ("whatsoever", "one bit", "the
 * slightest"): no count, no scope, nothing the claim does not say.
 */
function denialEmphasis(clause: Clause): Set<number> {
  if (clause.negations.length === 0) return new Set();
  const at = denialEmphasisAt(clause.tokens.map((t) => t.word));
  return new Set([...at].map((i) => (clause.tokens[i] as Token).index));
}

/** "Keeps colds away": the words after the object that say it is kept off. */
const KEPT_OFF = [["away"]];

/**
 * A verb of keeping between the subject (ending at `from`) and the object, and "away" right after
 * the object: "keeps colds away" says a prevention. The verb and the
 * indexes of the words after the object; null when anything else stands between.
 */
function keptOff(clause: Clause, from: number, object: Mention): { verb: string; after: number[] } | null {
  const between = clause.tokens.filter((t) => t.index >= from && t.index < object.from);
  const verbs = between.filter((t) => !isGrammarWord(t.word) || KEEPING_VERBS.has(t.word));
  const verb = verbs[0];
  if (verbs.length !== 1 || !verb || !KEEPING_VERBS.has(verb.word)) return null;
  const after = (offset: number) => clause.tokens.find((t) => t.index === object.to + offset)?.word;
  const off = KEPT_OFF.find((words) => words.every((w, i) => after(i) === w));
  return off ? { verb: verb.word, after: off.map((_, i) => object.to + i) } : null;
}

/** A reading's phrasings of its predicate, not its statement's own words. */
const predicatePhrasings = (reading: Reading) => reading.phrasings.filter((p) => p.text !== reading.text);

/** The reading's phrasing of its predicate with one of `verbs` ("contains", "causes"), if any. */
const phrasingWith = (reading: Reading, verbs: Set<string>) =>
  predicatePhrasings(reading).find((p) => p.words.some((w) => verbs.has(w)));

/** comparativeLessWords' answers per phrasing (a vocabulary row's phrasings are read once per check). */
const phrasingComparisons = new WeakMap<Phrasing, string[] | null>();

/** The "less" words of a phrasing that makes a comparison of its own ("has fewer side effects than"), or null. */
function comparativeLessWords(phrasing: Phrasing): string[] | null {
  let less = phrasingComparisons.get(phrasing);
  if (less === undefined) {
    const { comparison, lessWords } = comparisonOf(phrasing.text);
    less = comparison === "inequality" ? lessWords : null;
    phrasingComparisons.set(phrasing, less);
  }
  return less;
}

/** Whether the lexicon knows `word` only as an adverb. */
const adverbOnly = (word: string, senses: Map<string, WordSense>) => {
  const sense = senses.get(word);
  return sense !== undefined && onlyAdverb(sense);
};

/** Content words the object's name may be followed by before a particle that ends the clause. */
const MAX_OBJECT_HEAD_WORDS = 2;
/** How far after a denial a word is still set aside by it: "who have never had heart disease or a stroke". */
const MAX_ASIDE_WORDS = 6;

/**
 * What keeps the object from working, said around it after the subject: a verb of hindering right before
 * it (past determiners) and "working" after it, past "from" or not ("stops the pill from working",
 * "stops them working", "keeps antibiotics from working" — "keeps" only with "from"), or a causative verb
 * before it and "stop working" after it ("makes antibiotics stop working"). The words that say it, or null.
 */
function keptFromWorking(clause: Clause, s: Mention, o: Mention): string[] | null {
  if (o.from < s.to) return null;
  const { at, word } = placeBefore(clause, o.from, s.to);
  const verb = word(at);
  if (at < s.to) return null;
  // (Not "protects": what keeps a thing from harm.)
  if (HINDERING_VERBS.has(verb) && !PROTECTION_VERBS.has(verb)) {
    // (Not "keeps the pill working" without "from": what keeps it working keeps it going.)
    const working = word(o.to) === "from" ? o.to + 1 : KEEPING_VERBS.has(verb) ? -1 : o.to;
    if (WORKING_FORMS.has(word(working)))
      return WORKING_WELL.has(word(working + 1)) ? [verb, word(working), word(working + 1)] : [verb, word(working)];
    const { verbs, owners, job } = DOING_ITS_JOB;
    const [doing, owner, what] = [word(working), word(working + 1), word(working + 2)];
    return verbs.has(doing) && owners.has(owner) && what === job ? [verb, doing, owner, what] : null;
  }
  if (CAUSATIVE_VERBS.has(verb) && STOP_FORMS.has(word(o.to)) && WORKING_FORMS.has(word(o.to + 1)))
    return [verb, word(o.to), word(o.to + 1)];
  return null;
}

/**
 * A verb of switching and its particle around the object, after the subject: "switches on AMPK",
 * "turns those receptors off" — with only determiners between the verb (or its particle) and the
 * object. `after` is the word right after the object. The way the particle sets (SWITCH_PARTICLES), or null.
 */
function switchedBy(
  clause: Clause,
  s: Mention,
  o: Mention,
  after: string | undefined,
): { words: string[]; direction: number } | null {
  if (o.from < s.to) return null;
  const { at, word } = placeBefore(clause, o.from, s.to);
  const before = SWITCH_PARTICLES.get(word(at));
  if (before !== undefined && SWITCHING_VERBS.has(word(at - 1)) && at - 1 >= s.to)
    return { words: [word(at - 1), word(at)], direction: before };
  const closing = SWITCH_PARTICLES.get(after ?? "");
  if (closing !== undefined && SWITCHING_VERBS.has(word(at)) && at >= s.to)
    return { words: [word(at), after as string], direction: closing };
  return null;
}

/** Articles of a phrase of amount after a particle ("down a lot", "up a little"). */
const INDEFINITE_ARTICLES = new Set(["a", "an"]);

/**
 * The word after the object ("brings your blood pressure down"): the one right after its name, or a
 * particle past at most MAX_OBJECT_HEAD_WORDS content words that head the name, then given as `head`
 * ("brings your triglyceride numbers down", "brings your HDL levels up a little", where the particle is
 * as much the verb's as in "brings triglycerides down", and "numbers" or "levels" no verb).
 */
function wordAfterObject(
  clause: Clause,
  object: Mention,
  end: number,
  /**
   * Whether a word may head the name: a noun, not one of the claim's phrasings' words ("slows serotonin
   * reuptake down") nor a verb with its own particle ("makes your lithium levels go up").
   */
  headWord: (word: string) => boolean,
  /** Whether a word right after the name speaks of the named thing as used or measured ("ALT levels"). */
  useNoun: (word: string) => boolean,
): { word?: string; head: number[] } {
  const tokens = clause.tokens.filter((t) => t.index >= object.to && t.index < end);
  // ("Pushes up your ALT levels", "leads to higher LDL levels": still ALT and LDL, "levels" no verb.)
  const used = tokens.findIndex((t) => !useNoun(t.word));
  const use = tokens.slice(0, used === -1 ? tokens.length : used).map((t) => t.index);
  const after = tokens.slice(use.length);
  const heads = after.findIndex(
    (t, k) => k >= MAX_OBJECT_HEAD_WORDS || isGrammarWord(t.word) || PARTICLES.has(t.word) || !headWord(t.word),
  );
  const particle = after[heads];
  // ("Will give you dementia down the line", "up the road": a preposition before the noun that ends the
  // clause, no particle — not "down a lot", "down the most", "down the whole way".)
  const preposition = (at: number) =>
    PARTICLES.has(after[at]?.word ?? "") &&
    DEFINITE_DETERMINERS.has(after[at + 1]?.word ?? "") &&
    !INDEFINITE_ARTICLES.has(after[at + 1]?.word ?? "") &&
    !isGrammarWord(after[at + 2]?.word ?? "the") &&
    after[at + 3] === undefined;
  if (heads > 0 && particle && PARTICLES.has(particle.word) && !preposition(heads))
    return { word: particle.word, head: [...use, ...after.slice(0, heads).map((t) => t.index)] };
  return { word: preposition(0) ? undefined : after[0]?.word, head: use };
}

/**
 * Whether `t`, a word of less after the object, says less of another thing there: past a preposition and
 * before a noun ("… in people with severely reduced kidney function", "in fewer people") — not "makes
 * kidney stones in men less likely", where it is said of the object — or past a "not", which sets what
 * follows it against what the clause says ("makes you hungrier, not less hungry").
 */
function lessOfAnother(clause: Clause, object: Mention, t: Token): boolean {
  const next = clause.tokens.find((u) => u.index === t.index + 1)?.word ?? "";
  const between = clause.tokens.filter((u) => u.index >= object.to && u.index < t.index);
  return (
    t.index > object.to &&
    (between.some((u) => u.word === "not") ||
      (between.some((u) => CONTRAST_PREPOSITIONS.has(u.word)) && next !== "" && !RISK_WORDS.has(next)))
  );
}

/**
 * Whether `word` says a comparison by itself: "better", "more", "less", or an adjective or adverb in its
 * comparative form ("faster", "sooner", "longer": the lexicon knows it by a shorter lemma).
 */
function comparativeWord(word: string, senses: Map<string, WordSense>): boolean {
  if (COMPARISON_WORDS.has(word)) return true;
  if (!word.endsWith("er")) return false;
  const lemmas = senses.get(word)?.lemmas ?? new Set<string>();
  return [...lemmaForms(word)].some(([lemma, pos]) => lemma !== word && /[ar]/.test(pos) && lemmas.has(lemma));
}

/**
 * The effect a clause says the subject has on the object, when the claim's predicate is a single verb
 * of effect ("increases", "causes", "reduces"): the verb of effect nearest before the object, or a
 * causative light verb ("makes", "leads to", "gives"), turned by comparatives ("more", "less").
 * +1 raises, -1 lowers, 0 when the clause says no effect.
 */
function effectOf(
  tokens: Word[],
  senses: Map<string, WordSense>,
  /** The object comes after the verb: a word before the verb is the subject's, not the effect's. */
  active = false,
): { direction: number; words: string[] } {
  let direction = 0;
  let verb: Word | null = null;
  for (const token of [...tokens].reverse()) {
    const sense = token.noun ? 0 : (senses.get(token.word)?.direction ?? 0);
    if (sense !== 0 || CAUSATIVE_VERBS.has(token.word.split(" ")[0] as string)) {
      direction = sense || 1;
      verb = token;
      break;
    }
  }
  if (!verb) return { direction, words: [] };
  const words = [verb.word];
  // "Gives a reduction in", "produces a rise in": a causative verb goes the way of the change it makes.
  const made = CAUSATIVE_VERBS.has(verb.word.split(" ")[0] as string)
    ? tokens.find((t) => t.index > verb.index && (senses.get(t.word)?.direction ?? 0) !== 0)
    : undefined;
  if (made) {
    direction = senses.get(made.word)?.direction ?? direction;
    words.push(made.word);
  }
  // (The change the causative verb makes is read once: "leads to a lower risk" lowers it.)
  // (Not, with the object after the verb, a word of less before the verb and apart from it, which says
  // which of the subject: "Metformin with reduced kidney function can cause …". In "A lower risk of
  // stroke is produced by statins" it is the object's.)
  for (const token of tokens)
    if (token.index === verb.index || token.index === made?.index || (active && token.index < verb.index - 1)) continue;
    else if (LESS_WORDS.has(token.word)) {
      direction = -direction;
      words.push(token.word);
    } else if (MORE_WORDS.has(token.word) || RISK_WORDS.has(token.word)) words.push(token.word);
  return { direction, words };
}

/** The direction of a reading whose predicate is one verb of effect ("increases"), else 0. */
function effectOfReading(
  reading: Reading,
  senses: Map<string, WordSense>,
): { direction: number; phrasing: string; risk: boolean; aspect: string | null } {
  let aspected: { direction: number; phrasing: string; risk: boolean; aspect: string | null } | null = null;
  for (const phrasing of reading.phrasings) {
    // A verb of effect alone, or with a word of risk ("increases the risk of").
    const risk = phrasing.words.length === 2 && phrasing.words.some((word) => RISK_WORDS.has(word));
    if (phrasing.words.length === 2 && !risk && phrasing.text !== reading.text) {
      // Or with the aspect of the object it changes ("decreases the effectiveness of"), when no phrasing
      // is a verb alone.
      const [verb, aspect] = [...phrasing.words].sort(
        (a, b) => Math.abs(senses.get(b)?.direction ?? 0) - Math.abs(senses.get(a)?.direction ?? 0),
      ) as [string, string];
      const direction = senses.get(verb)?.direction ?? 0;
      if (!aspected && direction !== 0 && (senses.get(aspect)?.direction ?? 0) === 0)
        aspected = { direction: phrasing.negated ? -direction : direction, phrasing: phrasing.text, risk, aspect };
      continue;
    }
    if (phrasing.words.length !== 1 && !risk) continue;
    const verb = phrasing.words.find((word) => !RISK_WORDS.has(word)) as string;
    const direction = senses.get(verb)?.direction ?? 0;
    if (direction !== 0)
      return { direction: phrasing.negated ? -direction : direction, phrasing: phrasing.text, risk, aspect: null };
  }
  return aspected ?? { direction: 0, phrasing: "", risk: false, aspect: null };
}

function bestPhrasing(
  phrasings: Phrasing[],
  tokens: Word[],
  copula: number | null,
  senses: Map<string, WordSense>,
  /**
   * The sentence's word of degree (`degreeOf`) where a phrasing's own counts, else null (a comparison
   * reads its "less" and "more" itself). A phrasing with one is said only with one: "makes the pill
   * effective" does not say "makes less effective", "makes it more effective" says its opposite.
   */
  degree: number | null = null,
): PhrasingMatch | null {
  let best: PhrasingMatch | null = null;
  for (const phrasing of phrasings) {
    const own = degree === null ? 0 : (phrasing.degree ?? 0);
    if (own !== 0 && degree === 0) continue;
    const met = meetPhrasing(phrasing, tokens, copula, senses);
    const match = own !== 0 && own !== degree ? { ...met, opposite: !met.opposite } : met;
    if (!best || match.score > best.score || (match.score === best.score && match.recall > best.recall)) best = match;
  }
  return best;
}

/** The way the first word of degree of `tokens` outside `mentions` goes: -1 "less", +1 "more", 0 none. */
export function degreeOf(tokens: Token[], mentions: Mention[]): number {
  for (const token of tokens) {
    if (withinName(token.index, mentions)) continue;
    if (DEGREE_WORDS.down.has(token.word)) return -1;
    if (DEGREE_WORDS.up.has(token.word)) return 1;
  }
  return 0;
}

/**
 * Where the token at `index` is the noun of "plays a role in", "has no part in", "play any role in" (a
 * role noun after a form of "play" or "have", a determiner between at most, and "in" after it): the
 * position in `tokens` of that verb, and whether the phrase itself is denied — "no" before the noun, or
 * "not", "n't", "never" right before the verb ("does not play any part in"). Null when it is none.
 * (A "not" elsewhere denies something else: "Caffeine, not alcohol, plays a role in anxiety".)
 */
function playedRole(tokens: Token[], index: number): { verb: number; denied: boolean } | null {
  const at = tokens.findIndex((t) => t.index === index);
  if (at < 1 || !ROLE_NOUNS.has(tokens[at]?.word ?? "") || tokens[at + 1]?.word !== "in") return null;
  const before = tokens[at - 1]?.word ?? "";
  const verb = PLAY_FORMS.has(before)
    ? at - 1
    : ROLE_DETERMINERS.has(before) && PLAY_FORMS.has(tokens[at - 2]?.word ?? "")
      ? at - 2
      : -1;
  if (verb < 0) return null;
  // ("Has no place in my life": a part in the writer's own, not in what follows.)
  const whose = tokens[at + 2]?.word ?? "";
  if (PERSONAL_POSSESSIVES.has(whose) || OTHERS_POSSESSIVES.has(whose)) return null;
  return { verb, denied: before === "no" || ROLE_NEGATIONS.has(tokens[verb - 1]?.word ?? "") };
}
/** (Not "a major role", "little role": a denial of those is no denial of any part.) */
const ROLE_DETERMINERS = new Set(["a", "an", "any", "no"]);
const ROLE_NEGATIONS = new Set(["not", "n't", "never"]);

/**
 * The content words of `tokens` outside `mentions`, within `range` of token indexes; a verb and the
 * particle after it ("cuts down") are also offered as one phrasal verb at the verb's place.
 */
export function contentWords(tokens: Token[], mentions: Mention[], range: [number, number] = [0, Infinity]): Word[] {
  const covered = (index: number) => withinName(index, mentions);
  const words: Word[] = [];
  const paced = pacePhrases(tokens);
  tokens.forEach((token, i) => {
    if (token.index < range[0] || token.index >= range[1] || covered(token.index)) return;
    // "Take longer to clear it" is to clear it slower: the comparative in place of the phrase.
    const pace = paced.get(token.index);
    if (pace !== undefined) {
      if (pace.carrier) words.push({ word: pace.adverb, index: token.index, noun: false });
      return;
    }
    if (dimensionAt(tokens, i)) return;
    // "Makes them work better" is making them more effective (not "works better than": a comparison).
    if (worksBetterAt(tokens, i)) {
      if (token.word === "better") words.push({ word: "effective", index: token.index, noun: false });
      return;
    }
    // "Turns vitamin D into calcifediol", "is turned into", "turns into melatonin": a conversion, said as
    // "converts … into" would be.
    if (convertedInto(tokens, i)) {
      words.push({ word: "convert", index: token.index, noun: false });
      return;
    }
    // ("Gets rid of a headache": the lexicon's one verb, offered beside its words.)
    if (GET_RID_OF.get.has(token.word) && GET_RID_OF.rest.every((w, k) => tokens[i + 1 + k]?.word === w))
      words.push({ word: GET_RID_OF.word, index: token.index, noun: false });
    // "Keeps platelets from clumping", "prevents them from …": any verb of hindering in this frame says
    // what "stops … from" says (offered as "stop" beside the verb itself).
    if (hinderedFrom(tokens, i)) words.push({ word: "stop", index: token.index, noun: false });
    // After a determiner (or a possessive), one word away at most ("a calming effect"): a noun — but not
    // after a determiner and a name, the noun it determines ("It's a myth that statins raise …").
    const noun = tokens
      .slice(Math.max(0, i - 2), i)
      .some(
        (t, k, near) =>
          (DETERMINERS.has(t.word) && !(k === 0 && near.length === 2 && covered((near[1] as Token).index))) ||
          (k === near.length - 1 && t.possessive === true),
      );
    const next = tokens[i + 1];
    // "Side effects" is one thing: not "effects" (nor "effective").
    if (token.word === "side" && next && /^effects?$/.test(next.word)) {
      words.push({ word: `side ${next.word}`, index: token.index, noun: true });
      return;
    }
    if (/^effects?$/.test(token.word) && tokens[i - 1]?.word === "side") return;
    // (Not "down" of a phrasal verb of onset: "comes down with a fever" lowers nothing. "End up with" is
    // still offered: a phrasal verb with a meaning of its own, whose "end" opposes no cause.)
    if (
      next &&
      PARTICLES.has(next.word) &&
      !isGrammarWord(token.word) &&
      !(next.word === "down" && ONSET_PHRASE.test(`${token.word} ${next.word} ${tokens[i + 2]?.word ?? ""}`))
    )
      words.push({ word: `${token.word} ${next.word}`, index: token.index, noun });
    if (!isGrammarWord(token.word)) words.push({ word: token.word, index: token.index, noun });
  });
  return words;
}

/** The token of the causative verb `word` before `before`, or null when `word` is no causative verb. */
function causativeToken(clause: Clause, word: string | undefined, before: number): Token | null {
  if (word === undefined || !CAUSATIVE_VERBS.has(word.split(" ")[0] as string)) return null;
  return [...clause.tokens].reverse().find((t) => t.word === word && t.index < before) ?? null;
}

/**
 * "<verb> it harder to", "… it easy to": how hard a causative verb makes what follows, as a direction
 * (-1 hard, +1 easy), with the adjective and the index of "to" — or null.
 */
function easeAfter(clause: Clause, verb: Token): { direction: number; word: string; to: number } | null {
  const at = clause.tokens.indexOf(verb);
  const [it, adjective, to] = [clause.tokens[at + 1], clause.tokens[at + 2], clause.tokens[at + 3]];
  if (it?.word !== "it" || !adjective || to?.word !== "to") return null;
  const direction = HARD_WORDS.has(adjective.word) ? -1 : EASY_WORDS.has(adjective.word) ? 1 : 0;
  return direction === 0 ? null : { direction, word: adjective.word, to: to.index };
}

/** "Works better", "performed worse" said at token `i` and the next (how well a thing works), or null. */
function worksSaidAt(tokens: Token[], i: number): RegExpExecArray | null {
  const token = tokens[i];
  return token ? WORKS_COMPARED.exec(`${token.word} ${tokens[i + 1]?.word ?? ""}`) : null;
}

/**
 * Whether token `i` names only the dimension of what is affected, in no direction: the word after "how"
 * in "has no effect on how quickly caffeine is cleared", "doesn't affect how well you sleep", "plays no
 * role in how much …" ("quickly" there says no pace).
 */
function dimensionAt(tokens: Token[], i: number): boolean {
  const before = tokens[i - 2]?.word ?? "";
  return tokens[i - 1]?.word === "how" && (DIMENSION_OPENERS.has(before) || ANY_EFFECT_WORDS.has(before));
}

/** Whether token `i` is a word of "work(s) better" not followed by "than" (how well a thing works). */
function worksBetterAt(tokens: Token[], i: number): boolean {
  const at = tokens[i]?.word === "better" ? i - 1 : i;
  return worksSaidAt(tokens, at)?.[1] === "better" && tokens[at + 2]?.word !== "than";
}

/**
 * Whether token `i` is a verb of conversion (CONVERTING_VERBS) whose "into" follows within
 * MAX_FRAME_WORDS words, none of them a verb of conversion again, a coordinator or a relative
 * pronoun: "turns 7-DHC in the skin into vitamin D3", "is turned into", not "turns red and into …".
 */
function convertedInto(tokens: Token[], i: number): boolean {
  if (!CONVERTING_VERBS.has(tokens[i]?.word ?? "")) return false;
  for (const t of tokens.slice(i + 1, i + 2 + MAX_FRAME_WORDS)) {
    if (t.word === "into") return true;
    if (CONVERTING_VERBS.has(t.word) || COORDINATORS.has(t.word) || RELATIVE_PRONOUNS.has(t.word)) return false;
  }
  return false;
}

/**
 * Whether token `i` is a verb of hindering (not of protecting) with "from" and a doing after what it
 * hinders, within MAX_FRAME_WORDS words and no coordinator or relative pronoun between: "keeps
 * platelets from clumping", "prevents the virus from entering".
 */
function hinderedFrom(tokens: Token[], i: number): boolean {
  const verb = tokens[i]?.word ?? "";
  if (!HINDERING_VERBS.has(verb) || PROTECTION_VERBS.has(verb)) return false;
  const rest = tokens.slice(i + 1, i + 2 + MAX_FRAME_WORDS);
  const from = rest.findIndex((t) => t.word === "from");
  if (from < 1 || !/ing$/.test(rest[from + 1]?.word ?? "")) return false;
  return rest.slice(0, from).every((t) => !COORDINATORS.has(t.word) && !RELATIVE_PRONOUNS.has(t.word));
}

/** Words between "and" and the scope it joins: "in rodents and in people", "and the human …". */
const SCOPE_JOINERS = new Set(["in", "among", "the", "a", "an", "also", "both", "for", "with", "even"]);

const SCOPE_CONTINUES = new Set([
  ...["the", "of", "a", "an", "people", "those", "with", "who", "that"],
  // "after you stop drinking", "before they go to bed".
  ...["you", "we", "they", "he", "she", "i", "it", "your", "their", "his", "her", "its", "my", "our"],
  // "in older adults who are deficient", "in those who have insomnia", "in people who also take …".
  ...["is", "are", "was", "were", "have", "has", "had", "whose", "also", "already", "still"],
]);

/** Content words that follow "in", "among", "during"… (or `prepositions`): the scope an assertion is made in. */
export function scopeWords(
  tokens: Token[],
  mentions: Mention[],
  prepositions = SCOPE_PREPOSITIONS,
  /** The predicate's words: a scope before the verb ends there ("during pregnancy causes …"). */
  predicateWords: ReadonlySet<string> = new Set(),
): string[] {
  const covered = (index: number) => withinName(index, mentions);
  // (Nor past a phrase of pace, "… in children clear up faster": the predicate said another way.)
  const paced = pacePhrases(tokens);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (!prepositions.has(token.word)) return;
    for (const next of tokens.slice(i + 1, i + 6)) {
      if (covered(next.index) || predicateWords.has(next.word) || paced.has(next.index)) break;
      // ("In people": a function word elsewhere, a population here.)
      if (!isGrammarWord(next.word) || next.word === "people") out.push(next.word);
      // "in the rat amygdala", "in people with insomnia", "in those who smoke": the scope goes on.
      else if (!SCOPE_CONTINUES.has(next.word)) break;
    }
  });
  return out;
}

/** The verb that files the subject in a class, right before it ("lists solariums as …"), if any. */
function classifiedBy(clause: Clause, subject: Mention): Token | undefined {
  const before = clause.tokens.filter((t) => t.index < subject.from && !DEFINITE_DETERMINERS.has(t.word)).at(-1);
  const after = clause.tokens.find((t) => t.index === subject.to);
  return before && CLASSIFYING_VERBS.has(before.word) && after?.word === "as" ? before : undefined;
}

/**
 * "Phenformin is a sulfonylurea, not a biguanide": another class said of the subject, then the object's
 * class denied — a correction said the other way round from "isn't a biguanide, it's a sulfonylurea".
 * Only "not" and articles after the other class: "is a blood thinner, not just a painkiller" says both.
 */
function classBeforeDenied(clause: Clause, subject: Mention, object: Mention, other: Mention): boolean {
  if (other.entityId === object.entityId || other.entityId === subject.entityId) return false;
  if (other.from < subject.to || other.to > object.from) return false;
  const words = (from: number, to: number) =>
    clause.tokens.filter((t) => t.index >= from && t.index < to).map((t) => t.word);
  const [said, denied] = [words(subject.to, other.from), words(other.to, object.from)];
  return (
    COPULAS.has(said[0] ?? "") &&
    said.slice(1).every((w) => DETERMINERS.has(w)) &&
    denied[0] === "not" &&
    denied.slice(1).every((w) => DETERMINERS.has(w))
  );
}

/** Content words between the copula and the object ("is basically an opioid" → 1); null without a copula. */
function copulaBefore(clause: Clause, subject: Mention, object: Mention | null, mentions: Mention[]): number | null {
  if (!object || object.from < subject.to) return null;
  // ("Is a sulfonylurea, not a biguanide": the class denied after another is said by the copula.)
  if (mentions.some((m) => classBeforeDenied(clause, subject, object, m))) return 0;
  const between = clause.tokens.filter((t) => t.index >= subject.to && t.index < object.from);
  let at = between.length - 1;
  // ("Coumadin belongs to the vitamin K antagonists", "Advil counts as an NSAID" say membership as "is" does.)
  // ("Is considered an antacid": a particle that may go unsaid; "works as a laxative": a verb of a role.)
  const membershipVerb = (i: number) => {
    const word = between[i]?.word as string;
    const particle = MEMBERSHIP_VERBS.get(word);
    if (particle === "") return true;
    if (ROLE_VERBS.has(word)) return between[i + 1]?.word === "as" && ARTICLES.has(between[i + 2]?.word ?? "");
    return particle !== undefined && particle === between[i + 1]?.word;
  };
  while (at >= 0 && !COPULAS.has(between[at]?.word as string) && !membershipVerb(at)) at--;
  // ("Is considered a laxative by some": whose view it is, a report of belief.)
  const viewer = clause.tokens.some((t) => t.index > (between[at]?.index ?? Infinity) && t.word === "by");
  if (at >= 0 && VIEWING_VERBS.has(between[at]?.word as string) && viewer) return null;
  if (at >= 0 && membershipVerb(at) && MEMBERSHIP_VERBS.get(between[at]?.word as string) !== "") at++;
  // ("The IARC lists solariums as a Group 1 carcinogen": filed in the class by someone.)
  if (at < 0 && between[0]?.word === "as" && classifiedBy(clause, subject)) at = 0;
  // A yes/no question puts the copula first: "Is tianeptine really an SSRE?"
  const asked =
    clause.question && COPULAS.has(clause.tokens[0]?.word ?? "") && (clause.tokens[0]?.index ?? 0) < subject.from;
  if (at < 0 && !asked) return null;
  // "Caffeine is like a stimulant" says a likeness, not a membership.
  if (between.slice(at + 1).some((t) => COMPARED_MARKERS.has(t.word))) return null;
  // ("Is a member of the biguanides", "one of the statins", "part of the NSAID family": "is" said in full.)
  const rest = between.slice(at + 1);
  const member = rest.findIndex(
    (t, k) =>
      MEMBERSHIP_NOUNS.has(t.word) &&
      rest[k + 1]?.word === "of" &&
      rest.slice(0, k).every((u) => DETERMINERS.has(u.word)),
  );
  return rest.slice(member >= 0 ? member + 2 : 0).filter((t) => !isGrammarWord(t.word)).length;
}

/**
 * Whether `mention` is what something is compared with: "like X", "unlike X", "than X", "compared with X".
 * Not an example of drugs named first: "Drugs like Advil can cause ulcers" says it of Advil, where
 * "Caffeine blocks adenosine receptors like theophylline does" compares ("Stimulants like X …" says it
 * of a class the store may not hold X in).
 */
function comparedWith(clause: Clause, mention: Mention, mentions: Mention[] = []): boolean {
  // (Past an article: "is like a dopamine uptake inhibitor".)
  const upTo = clause.tokens.filter((t) => t.index < mention.from);
  while (upTo.length > 1 && ARTICLES.has(upTo.at(-1)?.word ?? "")) upTo.pop();
  const before = upTo.slice(-3);
  const previous = before.at(-1)?.word;
  const kind = before.at(-2)?.word ?? "";
  const example =
    previous === "like" &&
    PRODUCT_NOUNS.has(kind) &&
    !mentions.some((m) => m !== mention && m.from < mention.from) &&
    !clause.tokens.some((t) => t.index >= mention.to && DO_FORMS.has(t.word));
  if (previous && COMPARED_MARKERS.has(previous)) return !example;
  if (before.length >= 2 && (previous === "with" || previous === "to"))
    return COMPARED_PHRASE.test(before.at(-2)?.word ?? "");
  return false;
}

/**
 * Whether a clause's "than" compares with the subject's absence or the usual state, which is what a
 * claim of effect is said against: "Smokers clear caffeine faster than non-smokers (than people who
 * don't smoke)", "… than usual", "… than a placebo". Not "than SSRIs", nor a "non-" word of another thing.
 * The tokens from "than" through that term (and a denied "better" before it), or null.
 */
function againstBaseline(clause: Clause, subject: Mention, object: Mention | null): Set<number> | null {
  const than = clause.tokens.findIndex((t) => t.word === COMPARISON.than);
  if (than < 0 || clause.tokens.slice(than + 1).some((t) => t.word === COMPARISON.than)) return null;
  // Only a comparison that goes the claim's way is said against a baseline: "less than a placebo", "no
  // more than a placebo", "worse than usual" deny the effect, they do not state it — except "no better
  // than a placebo", whose "no", the clause's own negation, denies the effect: "Calpol is no better than a
  // placebo at preventing fever fits" (its "better" then said too).
  const lead = clause.tokens.slice(Math.max(0, than - 3), than);
  const before = lead.map((t) => t.word);
  const denial = lead.find((t) => NEGATION_WORDS.has(t.word) || t.word === "n't");
  // (Said before the object, where the clause's denial is read: "Vitamin D pills lower blood pressure no
  // better than a placebo" leaves its "lower" undenied, and says nothing the claim does.)
  const deniedBetter =
    denial !== undefined &&
    object !== null &&
    denial.index < object.from &&
    clause.tokens[than - 1]?.word === "better" &&
    clause.negations.some((n) => n.index === denial.index);
  if (clause.lessWords.length > 0 || before.some((word) => BASELINE_AGAINST.has(word)) || (denial && !deniedBetter))
    return null;
  let at = than + 1;
  while (BASELINE_LEAD.has(clause.tokens[at]?.word ?? "")) at++;
  const term = clause.tokens[at]?.word ?? "";
  const through = (last: number) =>
    new Set(clause.tokens.slice(deniedBetter ? than - 1 : than, last + 1).map((t) => t.index));
  if (BASELINE_TERMS.has(term)) return through(at);
  if (deniedBetter) return null;
  const subjectStems = subject.text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .map(porterStem);
  const isSubject = (word: string) => subjectStems.includes(porterStem(word));
  // "than non-smokers", "than nonsmokers".
  const privative = /^non-?(\p{L}+)$/u.exec(term);
  if (privative) return isSubject(privative[1] as string) ? through(at) : null;
  // "than people who don't (never) smoke", "than those not taking it".
  const rest = clause.tokens.slice(at, at + 5).map((t) => t.word);
  const negated = rest.findIndex((word) => NEGATION_WORDS.has(word) || word === "n't");
  if (negated < 0 || !(rest[0] === "who" || negated === 0)) return null;
  // ("than people who don't": the subject's verb left out.)
  if (at + negated === clause.tokens.length - 1) return through(at + negated);
  const named = rest.findIndex((word, k) => k > negated && isSubject(word));
  return named >= 0 ? through(at + named) : null;
}

/**
 * Whether `word` is said as what may come about: after a modal of possibility or a verb of helping
 * ("can cause", "may prevent", "helps (to) prevent"), past negations and adverbs ("can't really cause"),
 * or as protection ("protects against").
 */
function saidAsLikely(clause: Clause, word: string, adverb: (word: string) => boolean): boolean {
  const at = (i: number) => clause.tokens[i]?.word ?? "";
  // (A phrasal verb by its verb: "might ward off".)
  const verb = word.split(" ")[0];
  return clause.tokens.some((t, i) => {
    if (t.word !== verb) return false;
    // ("Protects against fractures", "guards you from falls": protection is a lowered risk.)
    if (
      PROTECTION_VERBS.has(verb) &&
      clause.tokens.slice(i + 1, i + 4).some((u) => u.word === "against" || u.word === "from")
    )
      return true;
    let before = i - 1;
    if (at(before) === "to" && HELP_VERBS.has(at(before - 1))) return true;
    while (before > 0 && (at(before) === "n't" || NEGATION_WORDS.has(at(before)) || adverb(at(before)))) before--;
    return POSSIBILITY_MODALS.has(at(before)) || HELP_VERBS.has(at(before));
  });
}

/**
 * Whether a name is marked as the agent: "by" before it (past a determiner: "by the enzyme X"), or "with"
 * after a participle said with a copula ("is treated with atorvastatin").
 */
const byMarked = (clause: Clause, mention: Mention) => {
  const word = (index: number) => clause.tokens.find((t) => t.index === index)?.word;
  let at = mention.from - 1;
  while (at >= mention.from - 2 && (DETERMINERS.has(word(at) ?? "") || CLASSIFIER_NOUNS.has(word(at) ?? ""))) at--;
  if (word(at) === AGENT_MARKER) return true;
  // "A dry cough is a side effect of ACE inhibitors": what has the effect is the agent — and "one of ACE
  // inhibitors' side effects", said with the possessive.
  if (word(at) === "of" && SIDE_EFFECT.test(`${word(at - 2)} ${word(at - 1)}`)) return true;
  const possessive = clause.tokens.find((t) => t.index === mention.to - 1)?.possessive === true;
  const kind = SIDE_EFFECT_KINDS.has(word(mention.to) ?? "") ? 1 : 0;
  if (possessive && SIDE_EFFECT.test(`${word(mention.to + kind)} ${word(mention.to + kind + 1)}`)) return true;
  // (Not a participle of being full: "is loaded with caffeine" says what it holds, not who loads it.)
  const participle = word(at - 1) ?? "";
  if (
    word(at) !== "with" ||
    !/ed$/.test(participle) ||
    ASSOCIATION_PARTICIPLES.has(participle) ||
    FULL_OF.has(participle)
  )
    return false;
  return clause.tokens.some((t) => t.index < at - 1 && t.index >= at - 4 && (COPULAS.has(t.word) || t.word === "be"));
};

/**
 * Whether subject and object stand the other way round from the reading: in the active voice the
 * subject comes first; "by" marks the agent ("… is enhanced by tianeptine"), and a passive reading
 * ("is metabolized by CYP1A2") expects its object so marked.
 */
function rolesSwapped(clause: Clause, reading: Reading, s: Mention, o: Mention | null): boolean {
  if (!o) return false;
  if (s.from < o.from) return byMarked(clause, o) !== reading.passive;
  const passiveSentence = byMarked(clause, s);
  return !((passiveSentence && !reading.passive) || (reading.passive && !passiveSentence && !byMarked(clause, o)));
}

/**
 * Whether a cleft says the two names the other way round from their order: "It is zinc deficiency that
 * taste loss causes" (the name after "that" does it to the one before), "What causes zinc deficiency is
 * taste loss" (the name after the copula does it to the one before). Not "It is zinc deficiency that
 * causes …", nor "What zinc deficiency causes is …".
 */
function cleftReversed(clause: Clause, s: Mention, o: Mention): boolean {
  const at = (index: number) => clause.tokens.find((t) => t.index === index);
  const pastDeterminers = (index: number) => (DETERMINERS.has(at(index)?.word ?? "") ? index + 1 : index);
  const [first, second] = clause.tokens;
  const [a, b] = s.from < o.from ? [s, o] : [o, s];
  if (first?.word === "it" && COPULAS.has(second?.word ?? "") && at(a.to)?.word === "that")
    return pastDeterminers(a.to + 1) === b.from && clause.tokens.some((t) => t.index >= b.to && !isGrammarWord(t.word));
  if (first?.word === "what" && pastDeterminers(first.index + 1) !== a.from) {
    const copula = clause.tokens.filter((t) => t.index >= a.to && t.index < b.from);
    return copula.length > 0 && copula.every((t) => COPULAS.has(t.word) || DETERMINERS.has(t.word));
  }
  return false;
}

/** Whether the words from `from` to `to` (to their end) say what comes before them is an effect of what follows. */
function saidAsEffect(clause: Clause, from: number, to: number): boolean {
  const words = clause.tokens.filter((t) => t.index >= from && t.index < to).map((t) => t.word);
  const phrase = CAUSED_FROM.exec(words.join(" "));
  return phrase !== null && !/\bnothing\b/.test(phrase[0]);
}

/**
 * Whether the clause says what the subject is given for, the object, in the passive: "is given for
 * hives", "is prescribed for a cold" (GIVEN_FOR, "for" and only articles before the object).
 */
function givenPassively(clause: Clause, s: Mention, o: Mention): boolean {
  if (s.to > o.from) return false;
  const before = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from && !DETERMINERS.has(t.word));
  const [verb, marker] = before.slice(-2);
  return GIVEN_FOR.has(verb?.word ?? "") && marker?.word === "for";
}

/**
 * "Doctors give antihistamines for hives", "Antihistamines are what you take for hives": a verb of
 * giving or taking the subject, said actively, and "for" the object — what the subject is given for.
 * Either the verb right before the subject (past whom it is given to and an article: "give kids an
 * antihistamine") and "for" right after it; or after the subject a copula, "what", who gives it (a
 * pronoun or a noun of people, a plain adverb) and the verb, then "for". Only articles between "for"
 * and the object. Returns the verb, or null.
 */
function givenActively(clause: Clause, s: Mention, o: Mention): Token | null {
  const at = (index: number) => clause.tokens.find((t) => t.index === index);
  const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from);
  const forAt = between.findIndex((t) => t.word === "for");
  if (forAt < 0 || !between.slice(forAt + 1).every((t) => DETERMINERS.has(t.word))) return null;
  if (forAt === 0) {
    let before = s.from - 1;
    if (DETERMINERS.has(at(before)?.word ?? "")) before--;
    const whom = at(before)?.word ?? "";
    if (HELPED.has(whom) || TAKERS.nouns.has(whom)) before--;
    const verb = at(before);
    return verb && GIVING_VERBS.has(verb.word) ? verb : null;
  }
  const [copula, what, ...said] = between.slice(0, forAt);
  // (Past whom it is given to: "what they give you for", "what doctors give patients for".)
  const recipient = said.length > 1 && HELPED.has(said.at(-1)?.word ?? "") && GIVING_VERBS.has(said.at(-2)?.word ?? "");
  const rest = recipient ? said.slice(0, -1) : said;
  const verb = rest.at(-1);
  if (!copula || !COPULAS.has(copula.word) || what?.word !== "what" || !verb || !GIVING_VERBS.has(verb.word))
    return null;
  const givers = rest.slice(0, -1);
  return givers.length >= 1 &&
    givers.length <= 2 &&
    givers.every(
      (t) =>
        SUBJECT_PRONOUNS.has(t.word) ||
        PRESCRIBERS.has(t.word) ||
        TAKERS.nouns.has(t.word) ||
        PLAIN_ADVERBS.has(t.word),
    )
    ? verb
    : null;
}

/**
 * "Doctors treat apnoea of prematurity with caffeine": what is done to the object "with" the subject is
 * the subject's doing — a verb right before the object (past an article), "with" right after it and
 * right before the subject, and before the verb no more than who does it (a few words, no name). Returns
 * the verb's place (the words before it are who does it, no part of the predicate), or null.
 */
function instrumentOf(clause: Clause, s: Mention, o: Mention | null, mentions: Mention[]): number | null {
  if (!o || o.to > s.from) return null;
  const at = (index: number) => clause.tokens.find((t) => t.index === index);
  if (at(s.from - 1)?.word !== "with") return null;
  // ("Apnoea of prematurity is treated with caffeine": the verb's participle after a copula, between.)
  if (s.from - 1 !== o.to) {
    // (Past a negation: "is not treated with".)
    // (And past a modal: "can be cut with".)
    const between = clause.tokens.filter(
      (t) => t.index >= o.to && t.index < s.from - 1 && !clause.negations.some((n) => n.index === t.index),
    );
    const [participle, ...more] = between.filter((t) => !isGrammarWord(t.word) && !COPULAS.has(t.word));
    const copula = between.find((t) => COPULAS.has(t.word));
    return participle && copula && copula.index < participle.index && more.length === 0 ? participle.index : null;
  }
  const article = at(o.from - 1);
  const before = article && DETERMINERS.has(article.word) ? at(o.from - 2) : article;
  // ("Doctors bring down bad cholesterol with Lipitor": a phrasal verb's particle before the object.)
  const verb = before && PARTICLES.has(before.word) ? at(before.index - 1) : before;
  if (!verb || isGrammarWord(verb.word)) return null;
  // (Who does it: the words from the clause's start, past a fronted adverbial, to the verb.)
  const opens = Math.max(clause.tokens[0]?.index ?? 0, clause.frontedUntil + 1);
  const agent = clause.tokens.filter((t) => t.index >= opens && t.index < verb.index);
  const denied = (t: Token) => clause.negations.some((n) => n.index === t.index) || NEGATED_AUXILIARIES.has(t.word);
  if (agent.filter((t) => !denied(t) && !isGrammarWord(t.word)).length > 2) return null;
  if (mentions.some((m) => m.from < verb.index && m.to > opens)) return null;
  return verb.index;
}

/**
 * "There is vitamin K in leafy greens", "Monacolin K is found in red yeast rice": a claim that the
 * subject contains the object, said of the object — "there is" before it, or a copula (and "found",
 * "present", or a noun of being part of it: "is an ingredient of") after it, and "in" right before the
 * subject; or said of the subject as a source of the object ("Coffee is a source of caffeine"). Returns
 * the claim's phrasing of containing and the words that said it, or null.
 */
function containedIn(
  clause: Clause,
  reading: Reading,
  s: Mention,
  o: Mention | null,
): { phrasing: Phrasing; words: string[] } | null {
  const phrasing = phrasingWith(reading, CONTAIN_WORDS);
  if (!phrasing || !o) return null;
  // "Coffee is a source of caffeine": the subject first, a copula, and a noun of source before "of".
  // (Denied, "is not a source of", or asked, "Is coffee a source of …?": the copula before the subject.)
  if (s.to <= o.from) {
    const rest = clause.tokens
      .filter((t) => t.index >= s.to && t.index < o.from && !clause.negations.some((n) => n.index === t.index))
      .map((t) => t.word);
    const copula = COPULAS.has(rest[0] ?? "")
      ? rest.shift()
      : clause.tokens.find((t) => t.index === s.from - 1 && COPULAS.has(t.word))?.word;
    // "NyQuil has acetaminophen in it", "Does coffee have caffeine in it?": a form of "have" alone between
    // the two (past "do" and plain adverbs: "actually"), and "in it" right after the object.
    const had = rest.filter((w) => !DO_FORMS.has(w) && !PLAIN_ADVERBS.has(w));
    const inIt = ["in", "it"].every((w, k) => clause.tokens.find((t) => t.index === o.to + k)?.word === w);
    if (copula === undefined && had.length === 1 && HAVE_FORMS.has(had[0] ?? "") && inIt)
      return { phrasing, words: [had[0] as string, "in"] };
    if (rest[0] === "a" || rest[0] === "an" || rest[0] === "the") rest.shift();
    const said = copula !== undefined && rest.length === 2 && SOURCE_NOUNS.has(rest[0] ?? "") && rest[1] === "of";
    return said ? { phrasing, words: [rest[0] as string, "of"] } : null;
  }
  if (o.to >= s.from) return null;
  const at = clause.tokens.findIndex((t) => t.index === s.from - 1);
  // ("Caffeine is an ingredient in energy drinks", "… of": a noun of being part of it, and "in" or "of".)
  const part = PART_NOUNS.has(clause.tokens[at - 1]?.word ?? "") ? (clause.tokens[at - 1] as Token) : null;
  if (clause.tokens[at]?.word !== "in" && !(part && clause.tokens[at]?.word === "of")) return null;
  const between = clause.tokens.filter((t) => t.index >= o.to && t.index < s.from - 1 && t !== part);
  const before = clause.tokens.filter((t) => t.index < o.from);
  // ("There's", "there is", and asked: "Is there caffeine in Red Bull?", "Isn't there …?")
  const asked = (i: number) =>
    COPULAS.has(before[i - 1]?.word ?? "") ||
    (/^(?:not|n't)$/.test(before[i - 1]?.word ?? "") && COPULAS.has(before[i - 2]?.word ?? ""));
  const existential = before.some(
    (t, i) => t.word === "there" && (t.possessive === true || COPULAS.has(before[i + 1]?.word ?? "") || asked(i)),
  );
  const placed = between.filter((t) => PRESENCE_WORDS.has(t.word)).map((t) => t.word);
  const plain = (t: Token) => COPULAS.has(t.word) || isGrammarWord(t.word) || PRESENCE_WORDS.has(t.word);
  if (!between.every(plain)) return null;
  if (existential && placed.length === 0) return { phrasing, words: ["there", "in"] };
  const said = clause.tokens[at]?.word as string;
  if (between.some((t) => COPULAS.has(t.word)))
    return { phrasing, words: [...placed, ...(part ? [part.word] : []), said] };
  return null;
}

/**
 * "Headaches come from caffeine withdrawal", "are due to", "are a result of": a claim that the subject
 * causes the object, said of the object first, with a phrase of cause (CAUSED_FROM) and nothing else
 * between the two. Returns the claim's phrasing of causing and the phrase's words, or null.
 */
function causeAfterEffect(
  clause: Clause,
  reading: Reading,
  s: Mention,
  o: Mention | null,
  senses: Map<string, WordSense>,
  onset: number | null,
): { phrasing: Phrasing; words: string[] } | null {
  const phrasing = phrasingWith(reading, CAUSING_VERBS);
  if (!phrasing || !o || o.to > s.from || reading.passive) return null;
  const between = clause.tokens.filter((t) => t.index >= o.to && t.index < s.from);
  // "You get headaches from caffeine withdrawal", "people develop cirrhosis from heavy drinking": coming
  // down with the effect, "from" the cause.
  // (Or a phrasal verb of onset: "you can end up with kidney damage from metformin". `onset` is
  // `onsetBefore` the object.)
  const phrased = onset !== null && !ONSET_VERBS.has(clause.tokens.find((t) => t.index === onset)?.word ?? "");
  const experiencer = clause.tokens.find((t) => t.index === (phrased ? onset : o.from - 1));
  // (Past an article or a possessive, "from your statin pills", and past taking it or being out in it:
  // "from taking a statin", "from being on statins", "from spending too long in the sun".)
  const taking = (t: Token | undefined) =>
    t !== undefined && (EXPOSURE_VERBS.has(t.word) || INTAKE_VERBS.has(t.word) || LIGHT_VERBS.has(t.word));
  const lead = taking(between[1]) ? between.slice(2) : between.slice(1);
  const plain = lead.length <= 3 && lead.every((t) => isGrammarWord(t.word) || EXPOSURE_SPANS.has(t.word));
  if (plain && between[0]?.word === "from" && experiencer && (phrased || EXPERIENCER_VERBS.has(experiencer.word)))
    return { phrasing, words: [experiencer.word, "from"] };
  const phrase = CAUSED_FROM.exec(between.map((t) => t.word).join(" "));
  if (!phrase) return null;
  // (Only the phrase, a negation and adverbs before it: "never come from", "are mostly due to".)
  const phraseWords = phrase[0].trim().split(" ");
  const rest = between.slice(0, between.length - phraseWords.length);
  if (
    !rest.every(
      (t) => isGrammarWord(t.word) || clause.negations.some((n) => n.index === t.index) || adverbOnly(t.word, senses),
    )
  )
    return null;
  return { phrasing, words: phraseWords.filter((w) => !isGrammarWord(w) && !adverbOnly(w, senses)) };
}

/**
 * "Low magnesium has nothing to do with heart rhythm problems", "Rickets has nothing to do with a lack of
 * vitamin D": any part at all denied between the two (NO_PART_AT_ALL), with only grammar words and
 * adverbs before the phrase, denies whatever the claim says of them, either way round — its own phrasing
 * met by the frame, the denial read from "nothing". Returns that phrasing and "nothing", or null.
 */
function noPartAtAll(
  clause: Clause,
  reading: Reading,
  s: Mention,
  o: Mention | null,
  senses: Map<string, WordSense>,
): { phrasing: Phrasing; words: string[] } | null {
  const phrasing = reading.phrasings[0];
  if (!phrasing || !o) return null;
  const [a, b] = s.from < o.from ? [s, o] : [o, s];
  const between = clause.tokens.filter((t) => t.index >= a.to && t.index < b.from);
  const phrase = NO_PART_AT_ALL.exec(between.map((t) => t.word).join(" "));
  if (!phrase) return null;
  const rest = between.slice(0, between.length - phrase[0].trim().split(" ").length);
  return rest.every((t) => isGrammarWord(t.word) || adverbOnly(t.word, senses))
    ? { phrasing, words: ["nothing"] }
    : null;
}

/**
 * "Metformin side effects include weight gain": a claim that the subject causes the object, said as the
 * object listed among the subject's side effects (SIDE_EFFECTS_INCLUDE, and nothing else between the two).
 * The claim's causing phrasing and the phrase's words, or null.
 */
function sideEffectListed(
  clause: Clause,
  reading: Reading,
  s: Mention,
  o: Mention | null,
): { phrasing: Phrasing; words: string[] } | null {
  const phrasing = phrasingWith(reading, CAUSING_VERBS);
  if (!phrasing || !o || o.from < s.to || reading.passive) return null;
  const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from).map((t) => t.word);
  if (SIDE_EFFECTS_INCLUDE.test(between.join(" ")))
    return { phrasing, words: between.filter((w) => !isGrammarWord(w)) };
  // ("Side effects of booze include …": the thing after "of", opening the clause.)
  const before = clause.tokens.filter((t) => t.index < s.from).map((t) => t.word);
  return SIDE_EFFECTS_OF.test(before.join(" ")) && INCLUDES_BETWEEN.test(between.join(" "))
    ? { phrasing, words: [...before, ...between].filter((w) => !isGrammarWord(w)) }
    : null;
}

/**
 * "Take a statin and you'll end up with dementia", "Drink coffee every day and you won't get
 * dehydrated": a clause opened by a verb of taking its subject (past determiners), then at most a few
 * words of time or amount, "and you", auxiliaries or a denial, and a verb of onset right before the
 * object — the subject said as the cause of what comes on. The claim's causing phrasing and the verb
 * of onset (at `onset`, from `onsetBefore`), or null. ("Stop taking X and …" opens with no verb of taking; "Quit
 * caffeine and …" opens with its subject, a withdrawal, named.)
 */
function consequenceOfTaking(
  clause: Clause,
  reading: Reading,
  s: Mention,
  o: Mention | null,
  onset: number | null,
): { phrasing: Phrasing; words: string[] } | null {
  const phrasing = phrasingWith(reading, CAUSING_VERBS);
  const opener = clause.tokens[0];
  if (!phrasing || !o || o.from < s.to || reading.passive || !opener) return null;
  // ("Quit caffeine and you'll get headaches": a verb of giving up that opens the subject's own name, the
  // withdrawal it names.)
  const givenUp = s.from === opener.index && CESSATION_WORDS.has(opener.word);
  if (!givenUp && !(LIGHT_VERBS.has(opener.word) || INTAKE_VERBS.has(opener.word) || EXPOSURE_VERBS.has(opener.word)))
    return null;
  const between = (from: number, to: number) => clause.tokens.filter((t) => t.index >= from && t.index < to);
  if (!givenUp && !between(opener.index + 1, s.from).every((t) => DETERMINERS.has(t.word))) return null;
  const and = clause.tokens.find((t) => t.index >= s.to && t.word === "and");
  if (!and || clause.tokens.find((t) => t.index === and.index + 1)?.word !== "you") return null;
  const lead = between(s.to, and.index);
  if (
    lead.length > MAX_TAKING_WORDS ||
    !lead.every((t) => isGrammarWord(t.word) || TIME_UNITS.has(t.word) || DIGITS.test(t.word))
  )
    return null;
  if (onset === null || !between(and.index + 2, onset).every((t) => isGrammarWord(t.word))) return null;
  return { phrasing, words: [clause.tokens.find((t) => t.index === onset)?.word as string] };
}

/**
 * Whether `t` says that the subject at `s` is taken by mouth: a verb of swallowing or chewing just before
 * it, past only an article or an amount ("swallowing a couple of Panadol tablets", "chewing an aspirin"),
 * "oral" right before it ("oral zinc"; not "oral health"), "orally", or the "mouth" of "by mouth".
 */
function saysByMouth(tokens: Token[], t: Token, s: Mention): boolean {
  if (t.word === "orally" || (t.word === "oral" && t.index === s.from - 1)) return true;
  if (t.word === "mouth") return tokens.find((u) => u.index === t.index - 1)?.word === "by";
  return (
    ORAL_VERBS.has(t.word) &&
    t.index < s.from &&
    s.from - t.index <= MAX_TAKING_WORDS &&
    tokens
      .filter((u) => u.index > t.index && u.index < s.from)
      .every(
        (u) => isGrammarWord(u.word) || SERVING_NOUNS.has(u.word) || NUMBER_WORDS.has(u.word) || DIGITS.test(u.word),
      )
  );
}

/** Most words between the subject of "take X … and you'll get Y" and its "and": "for months", "every day". */
const MAX_TAKING_WORDS = 4;

/**
 * The words that make the subject named at `s` absent — "lack of caffeine", "going without caffeine",
 * "patients off statins", "not drinking caffeine" — or null: the sentence then speaks of the thing's
 * absence, and their negation denies nothing the claim says.
 */
function subjectAbsence(clause: Clause, s: Mention, mentions: Mention[]): Token[] | null {
  const before = [s.from - 2, s.from - 1].map((index) => clause.tokens.find((t) => t.index === index));
  const [first, last] = before.map((t) => t?.word ?? "") as [string, string];
  if (before[1] === undefined || withinName(s.from - 1, mentions)) return null;
  if (last === "without" || last === "off") return [before[1]];
  if ((last === "of" && ABSENCE_NOUNS.has(first)) || ((first === "not" || first === "never") && /ing$/.test(last)))
    return before as Token[];
  return null;
}

/** How close a state made ("makes you tired") is to the object it names (fatigue): a derivation's. */
const STATE_CLOSENESS = 0.85;

/**
 * "<causative verb> <whom> <adjective>" after the subject — "makes you tired", "leaves people
 * exhausted", "keeps you awake" — where the adjective is a synonym of one of the object's one-word names
 * or derived from one: its place and the verb's, or null.
 */
function madeState(
  clause: Clause,
  s: Mention,
  objectNames: string[][],
  senses: Map<string, WordSense>,
): { from: number; to: number; text: string; verb: number } | null {
  const names = objectNames.filter((name) => name.length === 1).map((name) => name[0] as string);
  if (names.length === 0) return null;
  for (const [i, t] of clause.tokens.entries()) {
    if (t.index < s.to || !STATE_VERBS.has(t.word) || !HELPED.has(clause.tokens[i + 1]?.word ?? "")) continue;
    // ("Makes you feel tired": a verb of seeming between.)
    const at = SEEMING_VERBS.has(clause.tokens[i + 2]?.word ?? "") ? i + 3 : i + 2;
    const state = clause.tokens[at];
    if (state && names.some((name) => ["synonym", "derived"].includes(relationOf(name, state.word, senses) ?? "")))
      return { from: state.index, to: state.index + 1, text: state.word, verb: t.index };
  }
  return null;
}

/** Negation cues of the clause that bear on an assertion ending at `end`: not those after its object. */
function negationsBefore(clause: Clause, end: number): string[] {
  return clause.negations.filter((negation) => negation.index < end).map((negation) => negation.word);
}

/**
 * Aligns one clause with one reading of a claim. Returns null when the clause does not even name the
 * reading's subject (or a member of its class), or names it but says nothing of what the claim says.
 */
export function alignReading(whole: Clause, reading: Reading, context: AlignContext): Alignment | null {
  // "Non-heme iron isn't absorbed as well as heme iron" for "heme iron is absorbed better than non-heme":
  // an equality denied, of a claim that one is more so, says one is less so (see `Clause.deniedEquality`).
  const equalityDenied = whole.deniedEquality;
  const lessSo = equalityDenied !== null && reading.comparison === "inequality" && whole.comparison !== "inequality";
  // A negation cue inside a name ("lack of iodine", "non-smokers") denies nothing. (Not one said into the
  // clause from outside it, between two words — an answer, a judgement, "rather than" —, which a name
  // ending right before the clause would seem to hold.)
  const clause = {
    ...whole,
    negations: whole.negations.filter(
      (n) =>
        (!Number.isInteger(n.index) || !withinName(n.index, context.mentions)) &&
        !(lessSo && n.index === equalityDenied),
    ),
    ...(lessSo ? { comparison: "inequality" as const, lessWords: [...whole.lessWords, "less"] } : {}),
  };
  const first = clause.tokens[0]?.index ?? 0;
  const end = (clause.tokens.at(-1)?.index ?? -1) + 1;
  // Names in a fronted adverbial ("In rats trained on fluoxetine, …") play no role in the assertion.
  const mentions = context.mentions.filter((m) => m.from >= first && m.to <= end && m.from > clause.frontedUntil);
  // Class membership is stated of the class itself: a member cannot stand for it there. What is compared
  // with ("like SSRIs", "compared with SSRIs") is not the subject — but of a comparison, it may be the
  // claim's subject the other way round ("SSRIs act faster than SSREs" against "SSREs act faster than
  // SSRIs"). (Not so a class's denial, which holds of each member: "Prebiotics are not probiotics", so
  // "Inulin, a prebiotic, is not a probiotic".)
  const subjectFound = partFor(
    reading.subject,
    mentions.filter((m) => reading.comparison !== null || !comparedWith(clause, m, mentions)),
    context.classesOf,
    !reading.membership || reading.negated,
  );
  // (A claim said of a name inside a longer one — "Paracetamol overdose causes liver damage" — may take
  // that name for its subject, the longer one's other words to be accounted for as a name's are.)
  if (!subjectFound.mention) {
    const inner = mentions.filter((m) => m.entityId !== reading.object).flatMap((m) => m.nested ?? []);
    Object.assign(subjectFound, partFor(reading.subject, inner, context.classesOf, false));
  }
  const s = subjectFound.mention;
  if (!s) return null;
  const absence = subjectAbsence(clause, s, context.mentions);
  // A member may stand for the object's class too ("aspirin" for analgesics), but only in a related
  // match: what is said of a class is not checked against one member.
  const objectFound = reading.objectImplicit
    ? { part: NO_PART(reading.object), mention: null }
    : partFor(
        reading.object,
        // "Caffeine is like a stimulant": what is compared with is not the object of a plain assertion.
        mentions.filter((m) => m !== s && (reading.comparison !== null || !comparedWith(clause, m, mentions))),
        context.classesOf,
        !reading.membership,
      );
  // "Caffeine withdrawal makes you tired": a state a causative verb makes someone be, in a word that is a
  // synonym of the object's one-word name (fatigue) or derived from one ("keeps you awake": wakefulness),
  // names the object there.
  // (The verb that makes it — "keeps you awake", "leaves you tired" — is then accounted for.)
  let stateVerb = -1;
  if (!objectFound.mention && !reading.objectImplicit) {
    const state = madeState(clause, s, reading.objectNames, context.senses);
    if (state) {
      const { verb, ...place } = state;
      stateVerb = verb;
      Object.assign(objectFound, {
        part: { aligned: true, entityId: reading.object, words: state.text, via: "name", closeness: STATE_CLOSENESS },
        mention: { ...place, entityId: reading.object, closeness: STATE_CLOSENESS },
      });
    }
  }
  const subject = subjectFound.part;
  const object = objectFound.part;
  const o = objectFound.mention;
  /** Where a verb of onset is said right before the object ("getting a", "end up with"): `onsetBefore`. */
  const onsetAt = o ? onsetBefore(clause, o.from) : null;
  const contained = containedIn(clause, reading, s, o);
  const noPart = noPartAtAll(clause, reading, s, o, context.senses);
  const causedFrom =
    causeAfterEffect(clause, reading, s, o, context.senses, onsetAt) ??
    consequenceOfTaking(clause, reading, s, o, onsetAt) ??
    sideEffectListed(clause, reading, s, o) ??
    noPart;
  const instrument = reading.passive ? null : instrumentOf(clause, s, o, mentions);
  // "Zinc deficiency can result from a reduced sense of taste": the subject said first as the effect,
  // "from" (or "due to", "a result of") its cause — the claim the other way round. (Not "has nothing to
  // do with", which denies it either way.)
  const effectFirst = o !== null && s.to <= o.from && !reading.passive && saidAsEffect(clause, s.to, o.from);
  const reversed = o !== null && cleftReversed(clause, s, o);
  const swapped =
    (rolesSwapped(clause, reading, s, o) || effectFirst) !== reversed &&
    !contained &&
    !causedFrom &&
    instrument === null;

  // The predicate's words: between the two entities and a little after the later one; with only the
  // subject named, everything after it (or the whole clause for a wording that names only its subject).
  const [_earlier, later] = o && o.from < s.from ? [o, s] : [s, o];
  // Words before the first name count too: "patients tolerate tianeptine better than SSRIs" (but not who
  // does with the subject what the claim says: "Doctors treat … with caffeine").
  // (Nor a reporting frame before them, whose words are who says it: "My doctor said metformin brings
  // your sugar down" — "doctor" is no verb of the assertion.)
  // (Unless the claim's own words say that verb: "Nobody knows exactly how tianeptine works".)
  const ownVerb = (word: string) =>
    reading.phrasings.some((p) => p.words.some((w) => formSimilarity(w, word) >= INFLECTED));
  const reportedAt = clause.tokens
    .filter((t) => t.index < (_earlier ?? s).from && REPORTING_VERBS.has(t.word) && !ownVerb(t.word))
    .at(-1)?.index;
  const start = instrument ?? Math.max(first, clause.frontedUntil + 1, (reportedAt ?? -1) + 1);
  // (A wording that names only its subject, and says the rest after it, is said so in an active sentence:
  // the words before the subject are no part of it — "Losing your sense of taste can cause zinc
  // deficiency" says nothing of "Zinc deficiency can cause a lost sense of taste".)
  const range: [number, number] = reading.objectImplicit
    ? [reading.subjectOpens && !byMarked(clause, s) ? Math.max(start, s.to) : start, end]
    : later
      ? [start, Math.min(end, later.to + TRAILING_WINDOW)]
      : [start, end];
  // A name the predicate itself says, between the subject and the object ("… raises haemoglobin faster
  // than …", "depends on" where a thing named "dependence" is known), is a word of the predicate here.
  const phrasingWords = new Set(reading.phrasings.flatMap((phrasing) => phrasing.words));
  const phrasingWord = (word: string) =>
    phrasingWords.has(word) || [...phrasingWords].some((own) => formSimilarity(own, word) >= INFLECTED);
  const saysPredicate = (m: Mention) =>
    o !== null &&
    m.from >= Math.min(s.to, o.to) &&
    m.to <= Math.max(s.from, o.from) &&
    clause.tokens
      .filter((t) => t.index >= m.from && t.index < m.to)
      .every((t) => isGrammarWord(t.word) || phrasingWord(t.word));
  // (A noun: one the lexicon knows as one, plural or never a verb — "numbers", "levels", not "go".)
  const headWord = (word: string) => {
    const sense = context.senses.get(word);
    const noun = sense !== undefined && [...sense.senses].some((key) => key.startsWith("n"));
    return !phrasingWord(word) && noun && (word.endsWith("s") || !verbal(sense));
  };
  const useNoun = (word: string) => USE_NOUNS.has(word) && !phrasingWord(word);
  const afterObject = o ? wordAfterObject(clause, o, range[1], headWord, useNoun) : { head: [] };
  const tokens = contentWords(
    clause.tokens,
    context.mentions.filter((m) => !saysPredicate(m)),
    range,
  ).filter((word) => !afterObject.head.includes(word.index));
  let copula = copulaBefore(clause, s, o, reading.membership ? context.mentions : []);
  // "SSREs are useless for depression" is not "SSREs are (antidepressants) for depression", nor "a failed
  // antidepressant" one: a word between the copula and the object says what the subject is — unless it
  // is an adverb ("Tianeptine is basically an opioid") or one of the claim's own words ("is linked to").
  if (copula === 1) {
    const between = clause.tokens.filter(
      (t) => t.index > s.from && o !== null && t.index < o.from && !isGrammarWord(t.word) && !COPULAS.has(t.word),
    );
    const word = between.at(-1)?.word ?? "";
    const keys = [...(context.senses.get(word)?.senses ?? [])];
    const own = reading.contentWords.some((w) => alike(w, word, context.senses));
    const judges = EVALUATIVE_WORDS.has(word) || Object.values(QUANTITY_KINDS).some((kind) => kind.has(word));
    if (!own && (judges || !keys.some((key) => key.startsWith("r")))) copula = null;
  }
  // A wording whose other words are names ("SSREs are antidepressants for depression") says more than
  // "is": its copula alone does not say it ("SSREs are depression").
  if (reading.otherEntities.length > 0 && !reading.membership) copula = null;
  const degree =
    reading.comparison === null
      ? degreeOf(
          clause.tokens.filter((t) => t.index >= range[0] && t.index < range[1]),
          context.mentions,
        )
      : null;
  const own = bestPhrasing(reading.phrasings, tokens, copula, context.senses, degree);
  const contrary = bestPhrasing(reading.oppositePhrasings, tokens, copula, context.senses, degree);
  const useContrary = meetsPhrasing(contrary) && contrary.score > (own?.score ?? 0);
  let chosen = useContrary ? contrary : own;
  // "Statin muscle pain", "caffeine withdrawal headaches": names side by side make one thing; no word
  // elsewhere in the clause says how one bears on the other.
  if (o && o.from === s.to) chosen = null;
  // A comparison is said of a dimension ("effective", "tolerated"): comparison words alone do not say it —
  // unless they are all a curated phrasing says, all said, in a comparison of its kind ("is as good as";
  // "is better than" says no dimension).
  if (
    chosen &&
    reading.comparison !== null &&
    chosen.words.length > 0 &&
    chosen.words.every((word) => COMPARISON_WORDS.has(word)) &&
    !(
      chosen.strong &&
      clause.comparison === reading.comparison &&
      chosen.phrasing.words.every((word) => COMPARISON_WORDS.has(word))
    )
  )
    chosen = null;
  // "Chantix works better than Zyban": a comparison of effectiveness ("is more effective than").
  const effectiveness = predicatePhrasings(reading).find(
    (p) =>
      p.words.some((w) => EFFECTIVENESS_WORDS.has(w)) &&
      p.words.every((w) => EFFECTIVENESS_WORDS.has(w) || COMPARISON_WORDS.has(w)),
  );
  if (
    effectiveness &&
    reading.comparison === "inequality" &&
    clause.comparison === "inequality" &&
    !meetsPhrasing(chosen)
  ) {
    const works = clause.tokens
      .map((t, i) => ({ at: t, said: worksSaidAt(clause.tokens, i) }))
      .find(({ at, said }) => said && at.index >= range[0] && at.index < range[1]);
    if (works?.said) chosen = frameMatch(effectiveness, [works.said[0]], works.said[1] === "worse");
    // "Aspirin is better than warfarin at preventing strokes", "… for treating a hypo": better at a doing
    // is more effective at it.
    else {
      const word = (index: number) => clause.tokens.find((t) => t.index === index)?.word ?? "";
      const better = clause.tokens.find(
        (t) =>
          (t.word === "better" || t.word === "worse") &&
          word(t.index + 1) === "than" &&
          t.index >= range[0] &&
          clause.tokens.some(
            (u) =>
              u.index > t.index + 1 &&
              u.index < range[1] &&
              BETTER_AT.has(u.word) &&
              // (A doing, not "anything", "something".)
              /ing$/.test(word(u.index + 1)) &&
              !/thing$/.test(word(u.index + 1)),
          ),
      );
      if (better) chosen = frameMatch(effectiveness, [better.word], better.word === "worse");
    }
  }
  // A single verb of effect is also said by an effect frame: "leads to more", "makes … less".
  // The parts of speech of a word's senses in the lexicon: "n", "v", "a", "r".
  const partsOf = (word: string) => [...(context.senses.get(word)?.senses ?? [])].map((key) => key[0]);
  // Whether the object's name is said from a word that is only a verb ("absorb iron", "absorb less iron").
  const objectOpening = o ? partsOf(clause.tokens.find((t) => t.index === o.from)?.word ?? "") : [];
  const objectSaidAsVerb = objectOpening.includes("v") && !objectOpening.includes("n");
  const adverb = (word: string) => adverbOnly(word, context.senses);
  const readingEffect = effectOfReading(reading, context.senses);
  /** The reading's effect, said by a frame around the sentence's words rather than by a phrasing. */
  const effectPhrasing: Phrasing = { text: readingEffect.phrasing, words: [], negated: false };
  // "Brings your blood pressure down", "pushes your LDL up": a particle after the object sets the way of a
  // causative verb, and of a verb of moving whatever its own sense says ("pushes … down" is not "boosts").
  const particle = afterObject.word;
  const mover =
    o && (particle === "down" || particle === "up")
      ? clause.tokens.find((t) => t.index >= s.to && t.index < o.from && MOVING_VERBS.has(t.word))
      : undefined;
  if (mover) chosen = null;
  // "Switches on AMPK", "turns the receptors off": the switch's particle sets the way, whatever the verb
  // says by itself.
  const switched = o ? switchedBy(clause, s, o, particle) : null;
  if (switched) chosen = null;
  let framed = false;
  /** The effect was said in no direction, denied ("has no effect on", "does nothing for"): see `Alignment`. */
  let noDirection = false;
  // ("Is given for pain", "Doctors give paracetamol for pain": what it is given for, read by the frame of
  // treatment below — no causative "gives", which would set it against "relieves pain".)
  const givenActive = o ? givenActively(clause, s, o) : null;
  if (
    readingEffect.direction !== 0 &&
    o &&
    !meetsPhrasing(chosen) &&
    givenActive === null &&
    !givenPassively(clause, s, o)
  ) {
    const effect = effectOf(
      tokens.filter((t) => t.index < o.from || o.from < s.from),
      context.senses,
      o.from > s.from,
    );
    if (
      (particle === "down" || particle === "up") &&
      (mover || (effect.direction !== 0 && CAUSATIVE_VERBS.has(effect.words[0]?.split(" ")[0] ?? "")))
    ) {
      effect.direction = particle === "down" ? -1 : 1;
      if (mover) effect.words = [mover.word];
      effect.words.push(particle);
    }
    if (switched) Object.assign(effect, switched);
    // "Makes anxiety less likely", "makes bleeding more likely": a causative verb's comparative after
    // the object sets the direction too.
    // (Grammar words count here: "more", "less", "likely".)
    // ("Makes you less likely to get sunburn": so do grammar words between the verb and the object,
    // which the effect above did not read — not one inside a name: "Eating less salt brings it down".)
    const ranged = clause.tokens.filter(
      (t) => t.index >= range[0] && t.index < range[1] && !withinName(t.index, context.mentions),
    );
    const read = new Set(tokens.map((t) => t.index));
    if (effect.direction !== 0 && CAUSATIVE_VERBS.has(effect.words[0]?.split(" ")[0] ?? ""))
      for (const t of ranged.filter((t) => t.index >= o.to || (t.index < o.from && !read.has(t.index))))
        if (LESS_WORDS.has(t.word) && !lessOfAnother(clause, o, t)) {
          effect.direction = -effect.direction;
          effect.words.push(t.word);
        } else if (MORE_WORDS.has(t.word) || RISK_WORDS.has(t.word)) effect.words.push(t.word);
    // "Makes it harder to sleep", "makes it easier to absorb iron": what a causative verb makes hard to do
    // it lowers, what it makes easy it raises — said right after the verb, with "it" and "to".
    // (Only of the object said right after "to" — "harder to sleep" — or of the claim's aspect said there,
    // "easier to absorb iron": "makes it harder to treat anxiety" lowers no anxiety.)
    const verbToken = causativeToken(clause, effect.words[0], o.from);
    const ease = verbToken ? easeAfter(clause, verbToken) : null;
    const eased = clause.tokens.find((t) => t.index === (ease?.to ?? -2) + 1);
    const easedAspect =
      readingEffect.aspect !== null &&
      eased !== undefined &&
      STRONG.has(relationOf(readingEffect.aspect, eased.word, context.senses) as WordRelation);
    if (ease && effect.direction !== 0 && (o.from === ease.to + 1 || easedAspect)) {
      effect.direction = ease.direction;
      effect.words.push(ease.word);
    }
    // "Makes anxiety worse" raises an ailment, "makes sleep worse" lowers what people want of it: "worse"
    // says "more" only of an object the store knows as an ailment (of the kind "condition": "makes pain
    // worse" denies "relieves pain"), and not of an aspect of it ("enhances the reuptake of": "makes
    // reuptake worse" is less of it).
    // ("Makes painkillers work worse" says how well they work: see `works` below.)
    const works = worksSaidAt(
      clause.tokens,
      clause.tokens.findIndex((t) => t.index === o.to),
    );
    // (Nor against a claim of bringing it about: "makes dementia worse" aggravates it, it does not cause it.)
    const bringsAbout = readingEffect.phrasing.split(" ").some((w) => CAUSING_VERBS.has(w));
    if (
      (!context.ailments.has(reading.object) || readingEffect.aspect !== null || bringsAbout) &&
      !works &&
      effect.words.some((w) => VALENCED_COMPARATIVES.has(w))
    )
      effect.direction = 0;
    // A risk ("increases the risk of") is said only by a word of risk or likelihood: "causes" is not it,
    // "can cause" and "helps prevent" are. ("Causes" says more: a cause where the claim says a risk, which
    // the verdict weighs — see `stronger` below.)
    // "Coffee dehydrates you": the object named by its verb says the effect itself.
    const objectKeys = [...(context.senses.get(o.text.toLowerCase())?.senses ?? [])];
    // ("Caffeine wakes you up" for "promotes wakefulness": a word that may also be a noun is the verb
    // where it follows the subject, past auxiliaries, negations and adverbs only — not "has to do with" —
    // said of an effect that raises its object.)
    const auxiliary = (t: Token) =>
      NEGATED_AUXILIARIES.has(t.word) || clause.negations.some((n) => n.index === t.index) || adverb(t.word);
    const verbPlace =
      readingEffect.direction > 0 &&
      objectKeys.some((k) => k.startsWith("v")) &&
      o.from >= s.to &&
      clause.tokens.filter((t) => t.index >= s.to && t.index < o.from).every(auxiliary);
    const namedByVerb =
      o.closeness < 1 ||
      verbPlace ||
      (objectKeys.some((k) => k.startsWith("v")) && !objectKeys.some((k) => k.startsWith("n")));
    const byVerb = effect.direction === 0 && namedByVerb;
    if (byVerb) Object.assign(effect, { direction: 1, words: [o.text] });
    // "Heavy periods can leave you with anaemia": a verb of leaving, whom it leaves and "with" right
    // before the object bring it about, as "give you" does — and without "with", the state it leaves them
    // in, named by the object ("can leave you constipated", "leaves you feeling constipated"), as "make
    // you" does.
    // (From the last verb of leaving before the object, the words before it left to be accounted for as any
    // are: "Taking zinc at high doses for years can leave you copper deficient".)
    const lastLeaving = clause.tokens
      .filter((t) => t.index >= s.to && t.index < o.from && LEAVING_VERBS.has(t.word))
      .at(-1);
    const [leaving, left, withWord, ...more] = clause.tokens.filter(
      (t) =>
        t.index >= (lastLeaving?.index ?? s.to) &&
        t.index < o.from &&
        !NEGATED_AUXILIARIES.has(t.word) &&
        !clause.negations.some((n) => n.index === t.index) &&
        !adverb(t.word) &&
        // ("Leave you with an underactive thyroid".)
        !(DETERMINERS.has(t.word) && t.index === o.from - 1),
    );
    if (
      more.length === 0 &&
      leaving &&
      LEAVING_VERBS.has(leaving.word) &&
      HELPED.has(left?.word ?? "") &&
      (withWord?.word === "with"
        ? effect.direction === 0
        : (!withWord || SEEMING_VERBS.has(withWord.word)) &&
          o.from === ((withWord ?? left)?.index ?? -2) + 1 &&
          (byVerb || effect.direction === 0))
    )
      Object.assign(effect, {
        direction: 1,
        words:
          withWord?.word === "with"
            ? [leaving.word, "with"]
            : [leaving.word, ...(withWord ? [withWord.word] : []), o.text],
      });
    // "Helps you sleep", "helps people sleep": a verb of helping, and whom it helps, right before the
    // object named by its verb raises it. (Not "helps with sleep", nor "helps pain", where the object is
    // a noun: what helps pain relieves it.)
    // (Or whom it helps said as the body: "helps your body absorb iron", the object said as its verb.)
    const helper = clause.tokens.find(
      (t, i) =>
        HELP_VERBS.has(t.word) &&
        t.index >= s.to &&
        ((o.from === t.index + 2 && HELPED.has(clause.tokens[i + 1]?.word ?? "")) ||
          (o.from === t.index + 3 &&
            DEFINITE_DETERMINERS.has(clause.tokens[i + 1]?.word ?? "") &&
            BODY_SCOPES.has(clause.tokens[i + 2]?.word ?? ""))),
    );
    const saidAsVerb = o.to - o.from > 1 && objectSaidAsVerb;
    if (effect.direction === 0 && helper && (objectKeys.some((k) => k.startsWith("v")) || saidAsVerb))
      Object.assign(effect, { direction: 1, words: [helper.word, o.text] });
    // "People on statins are more likely to develop diabetes": who take the subject, more likely to come to
    // have the object, say of a claim of risk that the subject raises it — a copula, a comparative, "likely
    // to", a verb of onset at most, and nothing else between. Said the claim's way only: the likelihood is
    // of those who take it, which what they take them for may explain ("people on statins are more likely
    // to have heart attacks" refutes no claim that statins lower that risk). And said last, with nothing
    // after it: what follows may explain the likelihood otherwise ("…, but they also smoke less").
    if (
      effect.direction === 0 &&
      readingEffect.risk &&
      takenBy(clause, s) &&
      !context.clauses.some((c) => (c.tokens[0]?.index ?? -1) > (clause.tokens.at(-1)?.index ?? -1))
    ) {
      const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from);
      const [copula, compared, likely, to, ...rest] = between;
      if (
        copula &&
        COPULAS.has(copula.word) &&
        (MORE_WORDS.has(compared?.word ?? "") || LESS_WORDS.has(compared?.word ?? "")) &&
        likely?.word === "likely" &&
        to?.word === "to" &&
        (rest.every((t) => DETERMINERS.has(t.word)) || onsetAt === to.index + 1) &&
        (LESS_WORDS.has(compared?.word ?? "") ? -1 : 1) === readingEffect.direction &&
        clause.negations.length === 0
      )
        Object.assign(effect, { direction: readingEffect.direction, words: [compared?.word as string, "likely"] });
    }
    // "Y is a side effect of X" says that X causes Y.
    const causing = reading.phrasings.some((p) => p.words.some((w) => CAUSING_VERBS.has(w)));
    if (effect.direction === 0 && causing && !readingEffect.risk && byMarked(clause, s) && s.from > o.from) {
      const side = clause.tokens.find((t, i) => SIDE_EFFECT.test(`${t.word} ${clause.tokens[i + 1]?.word}`));
      if (side) Object.assign(effect, { direction: 1, words: ["side effect"] });
    }
    // "Does not affect Y", "has no effect on Y": denied, an effect in no direction denies the claim's.
    const anyEffect = tokens.find(
      (t) => t.index < o.from && (ANY_EFFECT_WORDS.has(t.word) || playedRole(clause.tokens, t.index)?.denied),
    );
    // ("Makes no difference to Y": the causative verb's object is the effect in no direction.)
    const causative = CAUSATIVE_VERBS.has(effect.words[0]?.split(" ")[0] ?? "");
    // (Not of what another verb between does to the object: "no effect in treating tinnitus", "no role in
    // treating anxiety" deny no effect on it. The onset of it may be said: "no role in developing it".)
    const doingAfter = (from: number) =>
      clause.tokens.some(
        (t) =>
          t.index > from &&
          t.index < o.from &&
          t.word.endsWith("ing") &&
          !isGrammarWord(t.word) &&
          !ONSET_VERBS.has(t.word) &&
          !withinName(t.index, context.mentions),
      );
    if (
      (effect.direction === 0 || causative) &&
      anyEffect &&
      !doingAfter(anyEffect.index) &&
      negationsBefore(clause, o.from).length % 2 === 1
    ) {
      Object.assign(effect, { direction: readingEffect.direction, words: [anyEffect.word] });
      noDirection = true;
    }
    // "Honey does nothing for a child's cough": no effect at all, said with "nothing".
    // ("Doesn't do anything for", "hardly does anything to": nothing, said with a denial before the verb.)
    const anythingDenied = (i: number) =>
      clause.tokens[i]?.word === "anything" && clause.negations.some((n) => n.index === clause.tokens[i - 2]?.index);
    const nothing = clause.tokens.find(
      (t, i) =>
        (t.word === "nothing" || anythingDenied(i)) &&
        t.index >= s.to &&
        t.index < o.from &&
        DO_FORMS.has(clause.tokens[i - 1]?.word ?? "") &&
        (clause.tokens[i + 1]?.word === "for" || clause.tokens[i + 1]?.word === "to") &&
        // (Its object close after: "for a child's cough", not "for my mood but relieves cough".)
        o.from - t.index <= 4 &&
        // ("Does nothing for constipation" says no good for it: it denies no claim that the subject causes
        // it, or raises its risk.)
        !(clause.tokens[i + 1]?.word === "for" && harmOf(reading, context.senses)),
    );
    if ((effect.direction === 0 || causative) && nothing && !doingAfter(nothing.index)) {
      Object.assign(effect, { direction: readingEffect.direction, words: ["nothing"] });
      noDirection = true;
    }
    // "Makes birth control pills less effective" for "decreases the effectiveness of": of a claim's
    // aspect, a causative verb says the effect only with a word of that aspect after the object.
    // ("Has no effect on the clearance of caffeine", "on how quickly caffeine is cleared": an effect in no
    // direction, denied, says it of the aspect said on either side of the object.)
    // ("Stops the pill from working", "makes antibiotics stop working": of effectiveness, what keeps the
    // object from working lowers it.)
    const aspect = readingEffect.aspect;
    if (aspect) {
      const noEffect = anyEffect !== undefined && effect.words[0] === anyEffect.word;
      const causes = noEffect || CAUSATIVE_VERBS.has(effect.words[0]?.split(" ")[0] ?? "");
      const kept = EFFECTIVENESS_WORDS.has(aspect) ? keptFromWorking(clause, s, o) : null;
      const said = ranged.find(
        (t) =>
          (t.index >= o.to || (noEffect && t.index > (anyEffect as Token).index && t.index < o.from)) &&
          !withinName(t.index, context.mentions) &&
          STRONG.has(relationOf(aspect, t.word, context.senses) as WordRelation),
      );
      // ("Makes painkillers work better": of effectiveness, "works better" right after the object says it,
      // "works worse" the other way.)
      if (kept) Object.assign(effect, { direction: -1, words: kept });
      else if (causes && said) effect.words.push(said.word);
      else if (causes && works && EFFECTIVENESS_WORDS.has(aspect)) {
        for (const w of (works[0] as string).split(" ")) if (!effect.words.includes(w)) effect.words.push(w);
        if (works[1] === "worse") effect.direction = -effect.direction;
      } else effect.direction = 0;
    } else if (readingEffect.direction < 0) {
      // "Stops the COX-1 enzyme from working", "keeps ALDH from working": of a claim that the subject
      // inhibits or blocks the object itself, what keeps the object from working says it.
      const kept = keptFromWorking(clause, s, o);
      if (kept) Object.assign(effect, { direction: -1, words: kept });
    }
    // "Makes you absorb less iron": a word of amount inside the object said as its verb turns the effect.
    const amount = o.degree
      ? clause.tokens.find((t) => t.index >= o.from && t.index < o.to && amountWord(t.word))
      : undefined;
    if (amount && effect.direction !== 0 && !noDirection) {
      if ((o.degree ?? 0) < 0) effect.direction = -effect.direction;
      if (!effect.words.includes(o.text)) effect.words.push(amount.word);
    }
    framed = effect.direction !== 0;
    if (effect.direction !== 0)
      chosen = frameMatch(effectPhrasing, effect.words, effect.direction !== readingEffect.direction);
  }
  // "Helps you absorb calcium", "helps the body absorb it" for "increases the absorption of": a verb of
  // helping before the verb of a claim's aspect says that the aspect rises. (Only the helping verb and a
  // few words of whom it helps between the two: "helps older people absorb".)
  const ownAspect = readingEffect.aspect;
  if (ownAspect && o && s.to <= o.from && !meetsPhrasing(chosen)) {
    const helped = clause.tokens.find(
      (t) =>
        t.index >= s.to &&
        // (Or the first word of the object said as its verb: "helps you absorb iron" for iron absorption.)
        (t.index < o.from || (t.index === o.from && o.to - o.from > 1)) &&
        partsOf(t.word).includes("v") &&
        STRONG.has(relationOf(ownAspect, t.word, context.senses) as WordRelation),
    );
    const helper =
      helped &&
      clause.tokens.find(
        (t) =>
          HELP_VERBS.has(t.word) &&
          t.index >= s.to &&
          t.index < helped.index &&
          helped.index - t.index <= MAX_HINDERED_WORDS + 1 &&
          !context.mentions.some((m) => m.from > t.index && m.from < helped.index) &&
          !clause.negations.some((n) => n.index > t.index && n.index < helped.index),
      );
    // ("Helps you absorb less iron": the object's word of amount turns it.)
    if (helper)
      chosen = frameMatch(
        effectPhrasing,
        [helper.word, helped.word],
        readingEffect.direction < 0 !== (o.degree ?? 0) < 0,
      );
  }
  // "Causes weight loss", "leads to weight gain": a noun of change right after the object says which
  // way a verb that brings something about moves it ("prevents weight gain" is not "reduces weight").
  // (Or a verb of change right before it, "makes you lose weight", "helps people lose weight".)
  const changeVerb = o ? (clause.tokens.find((t) => t.index === o.from - 1)?.word ?? "") : "";
  const verbSign = CHANGE_VERBS.down.has(changeVerb) ? -1 : CHANGE_VERBS.up.has(changeVerb) ? 1 : 0;
  if (o && verbSign !== 0 && readingEffect.direction !== 0 && s.to < o.from - 1) {
    const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from - 1).map((t) => t.word);
    const bringer = between.find((w) => CAUSATIVE_VERBS.has(w) || HELP_VERBS.has(w));
    const other = between.some(
      (w) => !isGrammarWord(w) && !CAUSATIVE_VERBS.has(w) && !HELP_VERBS.has(w) && !GENERIC_SCOPES.has(w),
    );
    if (bringer && !other)
      chosen = frameMatch(effectPhrasing, [bringer, changeVerb], verbSign !== readingEffect.direction);
  }
  const change = o ? (clause.tokens.find((t) => t.index === o.to)?.word ?? "") : "";
  const changeSign = CHANGE_NOUNS.down.has(change) ? -1 : CHANGE_NOUNS.up.has(change) ? 1 : 0;
  if (changeSign !== 0 && readingEffect.direction !== 0 && meetsPhrasing(chosen)) {
    const verb = chosen.words[0]?.split(" ")[0] ?? "";
    const bringing = (context.senses.get(verb)?.direction ?? 0) > 0 || CAUSATIVE_VERBS.has(verb);
    if (bringing)
      chosen = {
        ...chosen,
        opposite: changeSign < 0 ? !chosen.opposite : chosen.opposite,
        words: [...chosen.words, change],
        shown: chosen.shown ? [...chosen.shown, change] : undefined,
      };
  }
  // "Zyrtec helps with hay fever", "doesn't work for hives", "is good for heartburn": a phrase of benefit
  // between the two says a claim's treatment of its object.
  // (The predicate's phrasings: "when treatment is first started" in a statement says no treatment.)
  // (And a claim that lowers an ailment — "reduces fever", "eases pain" — but not one that prevents or
  // cures it: that is its treatment too, which "treats fever" says as well.)
  const relief =
    context.ailments.has(reading.object) &&
    readingEffect.direction < 0 &&
    readingEffect.aspect === null &&
    !readingEffect.risk &&
    !predicatePhrasings(reading).some((p) => p.words.some((w) => ABSOLUTE_VERBS.has(w)))
      ? effectPhrasing
      : undefined;
  const treatment = predicatePhrasings(reading).find((p) => p.words.some((w) => TREATMENT_WORDS.has(w))) ?? relief;
  // ("Is taken for colds", "is prescribed for": what it is given for — why someone takes it, see `purpose`.)
  let givenFor = false;
  if (treatment && o && (s.to <= o.from || instrument !== null) && !meetsPhrasing(chosen)) {
    /** What the form of "do" at `i`, if it is one, says it does for the object: `doneFor`. */
    const doneAfter = (i: number) =>
      DO_FORMS.has(clause.tokens[i]?.word ?? "") ? doneFor(clause.tokens.slice(i + 1, i + 4).map((t) => t.word)) : null;
    const benefit = clause.tokens.find((t, i) => {
      // (Or the verb of what is done with the subject: "Doctors treat apnoea with caffeine".)
      if (instrument !== null ? t.index !== instrument : t.index < s.to || t.index >= o.from) return false;
      if (treatment === relief && TREATMENT_WORDS.has(t.word)) return true;
      if (doneAfter(i)) return true;
      if (!BENEFIT_PHRASES.has(t.word)) return false;
      const after = BENEFIT_PHRASES.get(t.word);
      return !after || after.has(clause.tokens[i + 1]?.word ?? "");
    });
    if (benefit) {
      // ("Does wonders for", "does nothing for": the amount done says it too.)
      chosen = frameMatch(treatment, [benefit.word, ...(doneAfter(clause.tokens.indexOf(benefit)) ?? [])]);
    }
    givenFor = benefit !== undefined && GIVEN_FOR.has(benefit.word);
    const giving = benefit || instrument !== null ? null : givenActive;
    if (giving) {
      chosen = frameMatch(treatment, [giving.word]);
      givenFor = true;
    }
  }
  // "Sunscreen stops you from getting sunburned", "keeps infants from getting rickets": a verb of
  // hindering with "from" before the object says a claim's prevention of it.
  const prevention = predicatePhrasings(reading).find((p) =>
    p.words.some((w) => ABSOLUTE_VERBS.has(w) && PREVENTION.test(w)),
  );
  const hinder = o ? hinderingFrame(clause, s.to, o.from, onsetAt) : null;
  if (prevention && hinder && !meetsPhrasing(chosen)) chosen = frameMatch(prevention, [hinder.verb]);
  const kept = prevention && o && !meetsPhrasing(chosen) ? keptOff(clause, s.to, o) : null;
  if (prevention && kept) chosen = frameMatch(prevention, [kept.verb]);
  // "UVA plays no part in skin ageing", "contributes to", "is responsible for": a part in bringing the
  // object about says a claim's causing of it.
  const causes = phrasingWith(reading, CAUSING_VERBS);
  if (causes && o && s.to <= o.from && !meetsPhrasing(chosen)) {
    const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from);
    const part = INVOLVEMENT.exec(between.map((t) => t.word).join(" "));
    if (part)
      chosen = frameMatch(
        causes,
        part[0]
          .trim()
          .split(" ")
          .filter((w) => !isGrammarWord(w) && !adverbOnly(w, context.senses)),
      );
  }
  // "Acetaminophen in pregnancy is linked to ADHD", "has no link with miscarriage": an association says
  // a raised risk ("increases the risk of"), not a cause.
  let associated = false;
  if (readingEffect.risk && readingEffect.direction > 0 && o && s.to <= o.from && !meetsPhrasing(chosen)) {
    const between = clause.tokens.filter((t) => t.index >= s.to && t.index < o.from);
    const link = ASSOCIATION.exec(between.map((t) => t.word).join(" "));
    if (link) {
      associated = true;
      chosen = frameMatch(
        effectPhrasing,
        link[0]
          .trim()
          .split(" ")
          .filter((w) => !isGrammarWord(w)),
      );
    }
  }
  if (contained && !meetsPhrasing(chosen)) chosen = frameMatch(contained.phrasing, contained.words);
  // "Coffee lacks caffeine": a verb of not having, alone between the two, says (and, as a negation cue,
  // denies) a claim that the one contains the other.
  const containing = phrasingWith(reading, CONTAIN_WORDS);
  const between =
    containing && o && s.to <= o.from ? clause.tokens.filter((t) => t.index >= s.to && t.index < o.from) : [];
  const lacking = between.find((t) => LACKING_VERBS.has(t.word));
  if (containing && lacking && between.every((t) => t === lacking || isGrammarWord(t.word)) && !meetsPhrasing(chosen))
    chosen = frameMatch(containing, [lacking.word]);
  // "Coffee is loaded with caffeine", "oily fish are packed with omega-3s": a word of being full and its
  // preposition, alone between the two but for grammar words, say it too — asserted only ("isn't loaded
  // with caffeine" denies an amount, not the containing).
  const full = between.find((t, k) => FULL_OF.has(t.word) && FULL_OF.get(t.word) === between[k + 1]?.word);
  if (
    containing &&
    full &&
    clause.negations.length === 0 &&
    between.every((t) => t === full || isGrammarWord(t.word)) &&
    !meetsPhrasing(chosen)
  )
    chosen = frameMatch(containing, [full.word, FULL_OF.get(full.word) as string]);
  if (causedFrom && !meetsPhrasing(chosen)) chosen = frameMatch(causedFrom.phrasing, causedFrom.words);
  // "Keeps you from sleeping", "prevents you from sleeping": a verb with "from" before the object hinders
  // it, whichever way the verb's own sense goes — it says no opposite ("stops you from sleeping" still
  // says a lowering).
  const hindered = o !== null && clause.tokens.some((t) => t.word === "from" && t.index >= s.to && t.index < o.from);
  if (hindered && useContrary !== (chosen?.opposite ?? false)) chosen = null;
  let predicateScore = chosen?.score ?? 0;
  const predicate: PredicateAlignment = {
    aligned: meetsPhrasing(chosen),
    score: round(predicateScore),
    words: (chosen?.shown ?? chosen?.words)?.join(" ") || null,
    // Met by the opposite predicate's words: the claim's own phrasing is what they oppose.
    phrasing: useContrary ? (reading.phrasings[0]?.text ?? null) : (chosen?.phrasing.text ?? null),
    // The opposite of the opposite predicate is the predicate itself.
    opposite: useContrary !== (chosen?.opposite ?? false),
    implied: false,
  };
  /** The clause's words that said the predicate (or its opposite), one by one. */
  const predicateSaid = new Set((predicate.words ?? "").split(" "));

  // Polarity: negation cues before the object, a reading or phrasing that itself denies, an opposite
  // predicate, and comparisons.
  const reasons: string[] = [];
  let flips = 0;
  // With no object named, a denial after the predicate is said of something else: "caffeine's ability to
  // keep them awake doesn't rely on A1 receptors" does not deny that caffeine keeps them awake.
  // (Both named before the predicate — "SSRIs and SSREs are not equally effective" — its own negation
  // follows them.)
  const together = joinedPair(clause, s, o);
  const negations = negationsBefore(
    absence
      ? { ...clause, negations: clause.negations.filter((n) => !absence.some((t) => t.index === n.index)) }
      : clause,
    later && !together ? later.from : (chosen?.end ?? end),
  );
  // ("Is a sulfonylurea, not a biguanide": the "not" that sets the other class against it denies the object.)
  if (reading.membership && o && context.mentions.some((m) => classBeforeDenied(clause, s, o, m)))
    negations.push("not");
  // ("Caffeine does your sleep no favours": a predicate said after the object is denied there too.)
  const predicateEnd = chosen?.end ?? 0;
  if (o && later === o && predicateEnd > o.to)
    negations.push(
      ...clause.negations
        .filter((n) => n.index >= o.to && n.index >= predicateEnd - 3 && n.index < predicateEnd)
        .map((n) => n.word),
    );
  if (negations.length % 2 === 1) {
    flips++;
    reasons.push(`the sentence denies it (${negations.join(", ")})`);
  }
  if (reading.negated !== (chosen?.phrasing.negated ?? false)) {
    flips++;
    reasons.push("the claim itself is a denial");
  }
  if (predicate.opposite) {
    flips++;
    reasons.push(`"${predicate.words}" says the opposite of "${predicate.phrasing}"`);
  }
  // "Caffeine makes anxiety less likely": a causative verb said with "less" after the object turns the
  // predicate round (the effect frame has read it already, and a phrasing's own "less" or "more" has met it).
  const lessAfter =
    !framed &&
    o &&
    !chosen?.phrasing.degree &&
    chosen?.words.some((w) => CAUSATIVE_VERBS.has(w.split(" ")[0] as string))
      ? clause.tokens.find(
          (t) => t.index >= o.to && t.index < range[1] && LESS_WORDS.has(t.word) && !lessOfAnother(clause, o, t),
        )
      : undefined;
  // "Caffeine causes less sleep", "leads to less sleep disruption": a "less" right before the object or
  // the predicate's noun, where no frame reads it, says less of it — than what is not said ("causes less
  // tremor at night"), so it gives no verdict. (And "shorter", "longer" by the object may say how long it
  // lasts or how slowly it goes — "shorter sleep" is less of it, "longer wound healing" slower healing —,
  // so neither is read as an amount.)
  const metWords = chosen?.words ?? [];
  // (By place, looked up many times a clause: a text of many names asks it of each pair of them.)
  // (The first token at a place, as a search from the start finds it.)
  const byIndex = new Map<number, Token>();
  for (const t of clause.tokens) if (!byIndex.has(t.index)) byIndex.set(t.index, t);
  const tokenAt = (index: number) => byIndex.get(index);
  const word = (index: number) => tokenAt(index)?.word;
  const paced = pacePhrases(clause.tokens);
  const uncompared = reading.comparison === null && clause.comparison === null;
  const unreadDegree =
    o && chosen && !chosen.phrasing.degree
      ? clause.tokens.find((t) => {
          if (metWords.includes(t.word)) return false;
          // (A "less" said of the object further on than the frame reads: "makes lactic acidosis in people
          // with severely reduced kidney function less likely".)
          const unreadLess =
            uncompared &&
            !paced.has(t.index) &&
            LESS_WORDS.has(t.word) &&
            t.index >= o.to &&
            t !== lessAfter &&
            !lessOfAnother(clause, o, t);
          const unframed =
            !framed &&
            !lessAfter &&
            uncompared &&
            LESS_WORDS.has(t.word) &&
            (t.index === o.from - 1 ||
              (metWords.includes(word(t.index + 1) ?? "") && !RISK_WORDS.has(word(t.index + 1) ?? "")));
          const duration =
            DURATION_COMPARATIVES.has(t.word) &&
            !paced.has(t.index) &&
            ((t.index >= o.from - 2 && t.index < o.from) || (t.index >= o.to && t.index < range[1]));
          return unreadLess || unframed || duration;
        })
      : undefined;
  if (lessAfter) {
    flips++;
    reasons.push(`"${lessAfter.word}" turns "${predicate.words}" round`);
  }
  // "Smoking slows down how fast the body clears caffeine": a verb that lowers, before the predicate
  // it governs, turns it round.
  const lowering = chosen ? governingLowering(tokens, clause.tokens, chosen, s, context.senses) : null;
  const otherVerb = chosen ? joinedVerb(tokens, clause.tokens, chosen, s, context.senses) : null;
  if (lowering && !lowering.another && !lowering.joined) {
    flips++;
    reasons.push(`"${lowering.word}" turns "${predicate.words}" round`);
  }
  // "SPF 100 protects as well as SPF 50" for "better than": "as well as" right before the other may
  // say them alike, or only join them — never that one does better.
  const alikeOrJoined =
    reading.comparison === "inequality" &&
    clause.comparison === null &&
    o !== null &&
    ["as", "well", "as"].every((w, k) => word(o.from - 3 + k) === w);
  let rolesFit = !swapped || reading.symmetric;
  /** Opposed by a comparison said another way: a contrary ("more harmful" for "as harmful as"). */
  let comparedOtherwise = false;
  if (reading.comparison !== null && clause.comparison !== null) {
    const before = flips;
    if (reading.comparison !== clause.comparison) {
      flips++;
      reasons.push(
        reading.comparison === "equality"
          ? "the sentence says one differs where the claim says they are alike"
          : "the sentence says they are alike where the claim says one differs",
      );
    } else if (reading.comparison === "inequality") {
      // (The phrasing met, when it makes a comparison of its own: "has fewer side effects than" for "is
      // better tolerated than" has a "less" word the predicate's label has not.)
      const claimLess = (!predicate.opposite && chosen && comparativeLessWords(chosen.phrasing)) || reading.lessWords;
      if ((clause.lessWords.length + claimLess.length) % 2 === 1) {
        flips++;
        reasons.push("the comparison goes the other way");
      }
      // "Y is faster than X" denies "X is faster than Y".
      if (swapped && !reading.symmetric) {
        flips++;
        rolesFit = true;
        reasons.push("the comparison is made the other way round");
      }
    }
    comparedOtherwise = flips % 2 !== before % 2;
  }
  const polarity: PolarityAlignment = {
    value: flips % 2 === 0 ? "agrees" : "opposes",
    negations,
    reasons,
  };

  // "Last winter", "two years ago", "yesterday": when the teller's story happened (see TOLD_WHEN).
  const toldWhen = new Set(
    clause.tokens.flatMap((t) => {
      if (TOLD_WHEN.words.has(t.word)) return [t.index];
      if (!TOLD_WHEN.nouns.has(t.word)) return [];
      if (TOLD_WHEN.before.has(word(t.index - 1) ?? "")) return [t.index - 1, t.index];
      if (!TOLD_WHEN.after.has(word(t.index + 1) ?? "")) return [];
      // (With how long ago: "two years ago", "a few weeks ago".)
      const howLong = [1, 2].filter((k) => {
        const before = word(t.index - k) ?? "";
        return NUMBER_WORDS.has(before) || DIGITS.test(before) || TOLD_WHEN.howLong.has(before);
      });
      return [...howLong.map((k) => t.index - k), t.index, t.index + 1];
    }),
  );
  // What holds an otherwise aligned match back from being the same assertion.
  let held: string | null = null;
  // "Aspirin doesn't raise lithium levels", of "NSAIDs raise lithium levels": a kind of the subject the
  // store does not hold, met through the lexicon (kindRuns), says what the class does as the class's
  // claim says it — but what the store says of a class may not hold of every kind of it, so saying the
  // opposite of one kind refutes nothing.
  if (s.kind && polarity.value === "opposes")
    held = `the store does not hold "${s.text}", and what it says of a class may not hold of every kind of it`;
  // A contrary is not a denial: "not an inhibitor" says nothing of "an enhancer".
  // ("Vaping is not more harmful than smoking" says neither that it is as harmful nor that it is not.)
  // ("Smoking doesn't slow down how fast caffeine is cleared": a verb that lowers what the claim raises,
  // denied, is a contrary denied too.)
  const loweredContrary = lowering !== null && !lowering.another && !lowering.joined && !predicate.implied;
  if ((predicate.opposite || comparedOtherwise || loweredContrary) && (reading.negated || negations.length > 0))
    held = CONTRARY_DENIED;
  if (lowering?.another)
    held = `the sentence says what "${lowering.word}" keeps another from doing, not what the subject does`;
  // "Tianeptine either enhances or inhibits serotonin reuptake": the predicate is one of two verbs offered.
  if (otherVerb) held = `the sentence joins another verb to the predicate ("${otherVerb}")`;
  if (lowering?.joined)
    held = `the sentence joins "${lowering.word}" to the predicate, and does not say which of the two governs which`;
  const readingWords = new Set([...reading.contentWords, ...reading.phrasings.flatMap((p) => p.words)]);
  // "Fluoxetine should never substitute for tianeptine": advice, not an assertion.
  const advice = clause.tokens.find((t) => PRESCRIPTIVE_WORDS.has(t.word));
  if (advice) held = `the sentence advises ("${advice.word}") rather than asserts`;
  if (alikeOrJoined) held = 'the sentence may say they are alike ("as well as"), where the claim says one differs';
  // "Ezetimibe, unlike statins, lowers LDL": said of the words before the contrast, against these names.
  if (clause.contrasted) held = `the sentence sets it against another thing ("${clause.opener}")`;
  // (A claim's own, or one of its kind: "a little" for "mildly", "sometimes" for "rarely".)
  const ownKind = (word: string) =>
    MINIMIZERS.has(word) &&
    Object.values(MINIMIZER_KINDS).some(
      (kind) => kind.has(word) && [...readingWords, ...reading.contextWords].some((w) => kind.has(w)),
    );
  // "Greatly lowers" against "raises", "far less effective" against "as effective as": said more strongly,
  // the opposite is still the opposite.
  // (And said more weakly, "slightly lowers", "mildly worsens" against "raises", "improves"; or of most
  // cases, "usually lowers", "in most people": less of the opposite, but still the opposite. Not under a
  // denial: "does not slightly lower" is no contrary.)
  const intensifiedContrary = (w: string) =>
    (INTENSIFIERS.has(w) ||
      (/ly$/.test(w) && PART_DEGREE.has(w.slice(0, -2))) ||
      TENDENCY_WORDS.has(w) ||
      HOW_OFTEN.get(w) === 2 ||
      MOST_CASES.has(w)) &&
    predicate.aligned &&
    polarity.value === "opposes" &&
    clause.negations.length === 0;
  const qualified = clause.qualifiers.filter((q) => {
    // (The word that qualifies: "always" of "not always", "often" of "often fail to", "fail" of "can fail to".)
    const words = q.split(" ");
    const first = words[0] as string;
    // ("A bit", "a little": the slight degree "slightly" says.)
    const slight = first === "a" && SLIGHT_AMOUNTS.has(words[1] ?? "");
    const word = (
      slight ? "slightly" : AT_TIMES.has(first) ? first : POSSIBILITY_MODALS.has(first) ? words[1] : words.at(-1)
    ) as string;
    // ("Too little vitamin D causes rickets": a word of a name's own, said of no assertion.)
    const named =
      words.length === 1 &&
      clause.tokens.every((t) => t.word !== first || withinName(t.index, context.mentions)) &&
      clause.tokens.some((t) => t.word === first);
    return (
      !named &&
      !readingWords.has(word) &&
      !ownKind(word) &&
      !((words.length === 1 || slight) && intensifiedContrary(word))
    );
  });
  if (qualified.length) held = `the sentence says it only in part, or weakly ("${qualified.join(", ")}")`;
  if (clause.pairHeld) held = "the sentence sets one class against another, with more said than the two";
  // "Does calcium help you absorb iron, or does it block it?": a question between two, which asserts
  // neither. (Not "… or not?", nor "… or is it something else?", which ask the one.)
  const alternative = clause.question
    ? clause.tokens.find(
        (t, i) =>
          t.word === "or" &&
          i > 0 &&
          [DO_FORMS, COPULAS, HAVE_FORMS, POSSIBILITY_MODALS].some((kind) =>
            kind.has(clause.tokens[i + 1]?.word ?? ""),
          ) &&
          !clause.tokens.slice(i + 2).some((u) => u.word === "else"),
      )
    : undefined;
  if (alternative)
    held = `the sentence asks which of two it is ("or ${word(alternative.index + 1)} …"), it asserts neither`;
  // "Some vitamin D pills lower blood pressure", of a claim that they do not: a kind's denial, said
  // generally, is not refuted by some of it.
  const someOf = clause.tokens[0];
  if (reading.negated && someOf && SOME_OPENERS.has(someOf.word) && someOf.index < s.from)
    held = `the sentence says it of part of a kind ("${someOf.word}")`;
  const exclusive = exclusiveWordsOf(clause.tokens, clause.bounding).filter(
    (word) => !reading.exclusiveWords.includes(word),
  );
  if (exclusive.length) held = `the sentence says more than the claim ("${exclusive.join(", ")}")`;
  const claimWords = claimWordsOf(reading);
  const claimOwn = (word: string) => claimWords.some((w) => alike(w, word, context.senses, true));
  // (The claim's own word as such, a form or synonym of it, or the head of a compound it uses —
  // "transmission" of "neurotransmission"; a broader term or a likeness of letters is no sign.)
  const strongly = (word: string, among = claimWords) =>
    among.some(
      (w) =>
        STRONG.has(relationOf(w, word, context.senses) as WordRelation) ||
        // (Not under a prefix that negates it: "reversibly" is no head of "irreversibly".)
        (word.length >= 5 && w.endsWith(word) && !NEGATIVE_PREFIX.test(w.slice(0, -word.length))),
    );
  // A claim of use over a long time ("long-term", "chronic"): a span of months or years says it.
  const longTerm = claimWords.some((w) => LONG_TERM_WORDS.has(w));
  const saysLongTerm = (word: string) => longTerm && LONG_SPANS.has(word);
  // Another scope than the claim's ("in humans" for "in rats"); or, for a claim that states none, a scope
  // its evidence may not cover ("in dogs"; not "in the brain" or "at night").
  // Adverbs in the phrase ("in the liver mostly") say how, not where.
  /** The hyphenated compounds the token at `index` makes with the word before or after it ("long term"). */
  const hyphenated = (index: number): string[] => {
    const here = word(index);
    if (!here) return [];
    const before = word(index - 1);
    const after = word(index + 1);
    return [...(before ? [`${before}-${here}`] : []), ...(after ? [`${here}-${after}`] : [])];
  };
  const inName = (index: number) => withinName(index, context.mentions);
  /** Whether a token is part of the subject's or the object's name as written. */
  const inPair = (t: Token) => withinName(t.index, o ? [s, o] : [s]);
  // The content words of a phrase opened at `index`, up to the subject or object named after it.
  const phraseWords = (index: number) => {
    const stop = Math.min(end, ...[s.from, o?.from ?? end].filter((from) => from > index));
    return { stop, words: contentWords(clause.tokens, context.mentions, [index + 1, stop]).map((w) => w.word) };
  };
  // (The predicate's phrasings, not the statement's words: "in the rat amygdala" is the statement's.)
  const saidPredicate = new Set([
    ...predicatePhrasings(reading).flatMap((p) => p.words),
    ...(chosen?.words ?? []).flatMap((w) => w.split(" ")),
  ]);
  // (An amount of the kind the claim states is its own: "in large amounts" for "at high doses".)
  const claimsAmount = (word: string) =>
    Object.values(QUANTITY_KINDS).some(
      (kind) => kind.has(word) && [...reading.contextWords, ...reading.scopeWords].some((w) => kind.has(w)),
    );
  // (Nor a tag that asks assent, closing the question: "… in the liver, right?".)
  const assentTag = clause.question && ASSENT_TAGS.has(clause.tokens.at(-1)?.word ?? "") ? clause.tokens.at(-1) : null;
  // ("A guy at work said X. Nope.", "Everyone at my gym says X. It doesn't.": in a report the writer judges,
  // where the teller is, said before a verb of saying the subject follows, scopes the teller, not the claim
  // — unless the teller is research, "Studies in mice show X", whose scope the finding's is.)
  const telling = clause.judgedReport
    ? clause.tokens.find((t) => REPORTING_VERBS.has(t.word) && t.index < s.from && (o === null || t.index < o.from))
    : undefined;
  const toldBy = telling ? clause.tokens.filter((t) => t.index < telling.index) : [];
  const tellerScope =
    telling && !toldBy.some((t) => RESEARCH_NOUNS.has(t.word) || RESEARCHERS.has(t.word)) ? telling.index : -1;
  const claimTokens = clause.tokens.filter((t) => t.index > tellerScope);
  const scopeSaid = scopeWords(claimTokens, context.mentions, SCOPE_PREPOSITIONS, saidPredicate).filter(
    (word) => !adverb(word) && word !== assentTag?.word,
  );
  const ownAmount =
    scopeSaid.some(claimsAmount) &&
    scopeSaid.every((w) => claimsAmount(w) || SERVING_NOUNS.has(w) || DOSE_NOUNS.has(w));
  const scope = ownAmount ? [] : scopeSaid;
  if (reading.scopeWords.length && scope.length && !scopesMeet(scope, reading.scopeWords, context.senses))
    held = `the sentence is about another scope ("${scope.join(" ")}", the claim "${reading.scopeWords.join(" ")}")`;
  // "In rodents and humans", "in children and adults", "in the rat and human amygdala": a scope joined to
  // the one said adds another, which the claim must state too.
  const joinedScope = clause.tokens.find((t, i) => {
    if ((t.word !== "and" && t.word !== "or") || !scopeSaid.includes(clause.tokens[i - 1]?.word ?? "")) return false;
    const next = clause.tokens.slice(i + 1).find((u) => !SCOPE_JOINERS.has(u.word));
    return next !== undefined && !inName(next.index) && !claimOwn(next.word);
  });
  if (joinedScope)
    held = `the sentence says it of another scope too ("${joinedScope.word} ${clause.tokens.find((u) => u.index > joinedScope.index && !SCOPE_JOINERS.has(u.word))?.word}")`;
  // ("Doesn't lower it in the slightest": a denial made emphatic, no scope.)
  const emphasis = denialEmphasis(clause);
  const emphaticWords = new Set(clause.tokens.filter((t) => emphasis.has(t.index)).map((t) => t.word));
  // ("Bleeding in the brain": where an ailment happens, a part of the body narrows it — a brain bleed is
  // one kind of bleeding — though "in the brain" narrows no claim of what a drug does there.)
  const ailmentPart = (word: string) =>
    o !== null && context.ailments.has(reading.object) && PART_SCOPES.has(word) && !TIMES_OF_DAY.has(word);
  // ("Lower CoQ10 levels in the brain" of "lower the body's CoQ10 levels": a part of the body, where the
  // claim speaks of the whole, narrows it.)
  const wholeBody = [...reading.contentWords, ...reading.claimWords].some((w) => WHOLE_BODY.has(w));
  const bodyPart = (word: string) => wholeBody && BODY_SCOPES.has(word) && !WHOLE_BODY.has(word) && !claimOwn(word);
  const narrowing = scope.filter(
    (word) =>
      (!GENERIC_SCOPES.has(word) || ailmentPart(word) || bodyPart(word)) && !adverb(word) && !emphaticWords.has(word),
  );
  // (Each of its words the claim's own: "in fruit flies" is not excused by a likeness of "fruit" alone.)
  if (!reading.scopeWords.length && narrowing.length && !narrowing.every(claimOwn))
    held = `the sentence is about a scope the claim does not state ("${narrowing.join(" ")}")`;
  // "Doesn't disrupt sleep in the morning", "doesn't block adenosine receptors in the brain": a denial
  // said of a part of the body or a time of day denies it there only (asserted there, the claim says it);
  // and against a claim that denies, an assertion said there is said of that part only ("Low-dose aspirin
  // raises blood pressure if you take it at night"), as "some" of a kind is. (Said as the claim says it,
  // it agrees: "Coffee does not lower blood alcohol at night".)
  if ((negations.length % 2 === 1) !== reading.negated) {
    const part = scopeWords(clause.tokens, context.mentions, PART_PREPOSITIONS).find(
      (word) => PART_SCOPES.has(word) && !claimOwn(word),
    );
    if (part) held = `the sentence denies it only in part ("${part}"), which the claim does not state`;
  }
  // A time ("after surgery", "for weeks after you stop drinking") must be the claim's own, every word.
  // ("Less effective than SSRIs at treating depression": "at" before a gerund says in what respect, not when.)
  const timeTokens = claimTokens.filter(
    (t, i) =>
      !(
        t.word === "at" &&
        /ing$/.test(claimTokens[i + 1]?.word ?? "") &&
        !isGrammarWord(claimTokens[i + 1]?.word ?? "")
      ),
  );
  const time = scopeWords(timeTokens, context.mentions, TIME_PREPOSITIONS).filter(
    (word) => !GENERIC_SCOPES.has(word) && !adverb(word),
  );
  if (time.length && !time.every(claimOwn))
    held = `the sentence is about a time the claim does not state ("${time.join(" ")}")`;
  // "If taken with food", "unless…", "whenever…": a condition the claim does not state.
  // A condition that restates the claim's own context ("if you take it regularly" for "with regular
  // intake") narrows nothing: every word of the condition but its light verbs and generic scopes must be
  // the claim's. "When taken during pregnancy" restates a claim's context, "if you use it every day" its
  // regular use; "when taken by the father" sets another.
  const condition = clause.tokens.find((t, i) => {
    const next = clause.tokens[i + 1]?.word;
    // "Taken with meals", "used alongside …": a condition too.
    const accompanied =
      LIGHT_VERBS.has(t.word) && (next === "with" || next === "alongside" || next === "to" || next === "by");
    if (!(CONDITION_WORDS.has(t.word) || accompanied)) return false;
    // ("If I remember right": the writer's hedge, see `bounding`.)
    if (clause.bounding.includes(t.index)) return false;
    // "Caffeine is used to treat apnoea of prematurity": what the subject is used to do, said by the
    // predicate's own verb right after "to", is the predicate, not a condition.
    if (
      USE_VERBS.has(t.word) &&
      next === "to" &&
      predicate.aligned &&
      t.index > s.from &&
      predicateSaid.has(clause.tokens[i + 2]?.word ?? "")
    )
      return false;
    // ("Combined oral contraceptives": a word of a name says no condition.)
    if (withinName(t.index, context.mentions)) return false;
    const opening = clause.tokens.slice(i, i + 4).map((u) => u.word);
    if (CONDITION_IDIOMS.test(opening.join(" "))) return false;
    // "… may bring the dose down if your liver enzymes go up": the object opens the condition, after the
    // subject — what is said of it there is supposed, not asserted of the subject.
    if (
      o &&
      CONDITION_WORDS.has(t.word) &&
      t.index >= s.to &&
      t.index < o.from &&
      clause.tokens.every((u) => u.index <= t.index || u.index >= o.from || isGrammarWord(u.word))
    )
      return true;
    // The condition runs to the subject or object named after it ("When taken with alcohol, warfarin …").
    const { stop, words } = phraseWords(t.index);
    // "Even if you never drink": a condition that denies is another — unless, after the object, what it
    // denies is what the claim's context sets aside ("… if you are iron deficient but not anaemic"; before
    // the subject its denial is read as the clause's).
    const deniesAside = (n: { index: number }) => {
      if (o === null || t.index < o.to) return false;
      const next = clause.tokens.find((u) => u.index > n.index && u.index < stop && !isGrammarWord(u.word));
      return next !== undefined && reading.excludedWords.some((w) => alike(w, next.word, context.senses, true));
    };
    if (clause.negations.some((n) => n.index > t.index && n.index < stop && !deniesAside(n))) return true;
    // (A time of day is no generic scope here: "if taken in the morning" is when.)
    // (Nor a plain adverb of emphasis: "if you're genuinely zinc deficient".)
    return !words
      .filter((w) => !LIGHT_VERBS.has(w) && !PLAIN_ADVERBS.has(w) && !(GENERIC_SCOPES.has(w) && !TIMES_OF_DAY.has(w)))
      .every(claimOwn);
  });
  if (condition) held = `the sentence states a condition ("${condition.word}") the claim does not`;
  // "Even during the day", "even in the brain", "even if taken in the morning", "even at low doses": "even"
  // stretches it past what is said of it, to a scope, a time or a condition that the claim must state.
  const stretched = clause.tokens.find((t) => {
    const next = word(t.index + 1) ?? "";
    if (t.word !== "even" || !(PART_PREPOSITIONS.has(next) || CONDITION_WORDS.has(next) || next === "at")) return false;
    return !phraseWords(t.index + 1)
      .words.filter((w) => !LIGHT_VERBS.has(w))
      .every(claimOwn);
  });
  if (stretched) held = `the sentence stretches it past the claim ("even ${word(stretched.index + 1)} …")`;
  // "Are SSREs anything to do with depression treatment?", "Does melatonin have anything to do with sleep
  // latency?": a part of some kind, which says no more of what it is (not "nothing to do with", which
  // denies any) — no predicate of the claim, said or implied.
  const somePart = clause.tokens.find(
    (t, i) => t.word !== "nothing" && ["to", "do", "with"].every((w, k) => clause.tokens[i + 1 + k]?.word === w),
  );
  if (somePart) held = `the sentence says only that one has some part in the other ("${somePart.word} to do with")`;
  // "Vitamin C pills have nothing to do with your heart disease risk" for "vitamin C does not reduce the
  // risk of …": no part at all says more than a claim that denies one direction of an effect, as "has no
  // effect on" does (not of a claim that denies a cause: "does not cause").
  if (
    noPart &&
    causedFrom === noPart &&
    reading.negated &&
    readingEffect.direction !== 0 &&
    !phrasingWith(reading, CAUSING_VERBS)
  )
    held = "the sentence denies any part, the claim one direction of an effect only";
  // "There's no evidence that varenicline makes people suicidal": evidence said to be lacking denies the
  // thing, but is no word on a claim that denies it — what that claim's own references found.
  if (clause.unproven && reading.negated)
    held = "the sentence says the evidence for the opposite is lacking, which does not say what the claim denies";
  // The words the predicate was met in.
  const metIn = new Set((chosen?.words ?? []).flatMap((w) => w.split(" ")));
  // "Caffeine stops adenosine receptors from being blocked": a verb of hindering before the object, "from"
  // right after it, keeps what follows from happening — unless the two are the predicate as met ("stops …
  // reabsorbed" for "blocks the reabsorption of").
  // (Nor when what it keeps from happening is itself a change one way: "stops adenosine receptors from
  // being activated" blocks them, whatever "stops" and "activated" meet apart.)
  const hindering =
    o !== null && word(o.to) === "from"
      ? clause.tokens.filter((u) => u.index >= s.to && u.index < o.from && HINDERING_VERBS.has(u.word))
      : [];
  const keptAction = hindering.length > 0 && o !== null ? phraseWords(o.to).words : [];
  const keptDirected = keptAction.some((w) => (context.senses.get(w)?.direction ?? 0) !== 0);
  // (Met as "stop" when the verb is one of hindering in this frame: see `contentWords`.)
  const met = (u: Token) =>
    metIn.has(u.word) || (metIn.has("stop") && hinderedFrom(clause.tokens, clause.tokens.indexOf(u)));
  const keptFrom = hindering.find((u) => !met(u) || keptDirected);
  if (keptFrom) held = `the sentence says what "${keptFrom.word}" keeps from happening ("${keptFrom.word} … from")`;
  // "Through the TRPV6 channel", "by lowering phosphate": a means the claim does not state. (Not the
  // writer's source: "From what I've read, …".)
  const sourceUntil = writersSourceUntil(clause.tokens);
  const means = clause.tokens.find((t, i) => {
    const next = clause.tokens[i + 1];
    // "By lowering …" after the object (before it, "acts by tuning X" may be the predicate itself).
    const opens =
      MEANS_WORDS.has(t.word) ||
      (t.word === AGENT_MARKER && o !== null && t.index >= o.to && next !== undefined && /ing$/.test(next.word));
    if (!opens || inName(t.index + 1) || t.index === hinder?.from || t.index <= sourceUntil) return false;
    // ("Stops serotonin from being reabsorbed": what a verb of hindering keeps the object from, said right
    // after the object, is the predicate — not how — when the verb and the action together are the words
    // the predicate was met in ("stops … reabsorbed" for "blocks the reabsorption of"). Not when the verb
    // is left out of it: "Caffeine stops adenosine receptors from being blocked" says no blocking.)
    // (Of the action, its verb: "stop the pill from working properly" keeps it from working, "properly" left
    // to be accounted for as any word is.)
    if (
      t.word === "from" &&
      t.index === o?.to &&
      hindering.some((u) => metIn.has(u.word)) &&
      metIn.has(keptAction[0] ?? "")
    )
      return false;
    // ("You get headaches from caffeine withdrawal": the "from" of coming down with the effect names the cause.)
    if (t.word === "from" && causedFrom?.words.includes("from") && t.index < s.from && o !== null && t.index >= o.to)
      return false;
    const { words } = phraseWords(t.index);
    // ("From their bodies", "through the blood": where, said of the body, not how.)
    if (GENERIC_SCOPES.has(words[0] ?? "") && DETERMINERS.has(next?.word ?? "")) return false;
    return !words.every(claimOwn);
  });
  if (means) held = `the sentence says how ("${means.word} …"), which the claim does not`;
  // "Vitamin D injections", "parathyroid cancer": a noun after the subject's or the object's name speaks
  // of another thing (but "caffeine intake" is caffeine).
  // (A possessive names the thing's own: "caffeine's ability to keep you awake".)
  const possessive = (named: Mention) => tokenAt(named.to - 1)?.possessive === true;
  for (const named of [s, o]) {
    const head = named ? tokenAt(named.to) : undefined;
    if (!named || !head || isGrammarWord(head.word) || USE_NOUNS.has(head.word) || inName(head.index)) continue;
    // (Past a comma it heads no compound: "… atrial fibrillation, despite what the ads claim".)
    if (head.start - (tokenAt(named.to - 1)?.end ?? head.start) > 1) continue;
    // "The COX-2 enzyme" is COX-2; "the sulfonylurea family", said of a class, is the class.
    if (CLASSIFIER_NOUNS.has(head.word)) continue;
    // ("Blocks aldehyde dehydrogenase activity": what the object does, acted on as the object is.)
    if (named === o && ACTIVITY_NOUNS.has(head.word) && chosen) continue;
    // ("An oral iron preparation", "an NSAID drug": a member of the class, said with what it is.)
    if (reading.membership && named === o && (CLASS_WORDS.has(head.word) || PRODUCT_NOUNS.has(head.word))) continue;
    if (possessive(named) && (OWN_PROPERTY_NOUNS.has(head.word) || !o || named === o)) continue;
    if (strongly(head.word, reading.nameWords) || reading.phrasings.some((p) => p.words.includes(head.word))) continue;
    // ("Weight loss" said with a verb that brings it about is the effect, not another thing.)
    if (named === o && chosen?.words.includes(head.word)) continue;
    const parts = partsOf(head.word);
    // ("Smoking weed reduces stress": after a subject named by a gerund, a word that may be a verb is the
    // gerund's object when the predicate's own word comes right after it.)
    const predicateLater =
      named === s &&
      o !== null &&
      /ing$/.test(word(named.to - 1) ?? "") &&
      (chosen?.words ?? []).includes(word(head.index + 1) ?? "") &&
      head.index + 1 < o.from;
    // ("Disrupts sleep doctors", "sleep medicine": a noun that may be a verb too, last after the object,
    // heads a compound — no verb with nothing after it.)
    const lastNoun =
      named === o &&
      head.index === clause.tokens.at(-1)?.index &&
      parts.includes("n") &&
      parts.every((part) => part === "n" || part === "v");
    // ("Helps cancer patients feel better": the people the name qualifies, not the thing — though
    // "patient" is an adjective too.)
    if (
      (parts.length > 0 &&
        (parts.every((part) => part === "n") || (parts.includes("n") && (predicateLater || lastNoun)))) ||
      PERSON_NOUNS.has(head.word)
    )
      held = `the sentence speaks of ${named.text} "${head.word}"`;
  }
  // "Caffeine-free energy drinks": a privative word before the subject says it without what it names.
  const privative = clause.tokens.find((t) => t.index >= s.from - 2 && t.index < s.from && PRIVATIVE.test(t.word));
  if (privative) held = `the sentence speaks of "${privative.word}" ${s.text}`;
  // "Doubles the risk": an amount the claim does not state.
  const times = tokens.find(
    (t) => (MULTIPLIERS.has(t.word) || FOLD.test(t.word)) && !reading.contentWords.includes(t.word),
  );
  if (times) held = `the sentence says how much ("${times.word}"), which the claim does not`;
  // "In people who do not have asthma", "in people without it", "among those who never smoked": a scope
  // said with a denial is another scope, whatever words it shares with the claim's — unless it sets
  // aside what the claim's context sets aside ("in people without diabetes" for "without diabetes").
  const deniedScope = clause.tokens.find(
    (t, i) =>
      (SCOPE_PREPOSITIONS.has(t.word) || t.word === "for") &&
      o !== null &&
      t.index >= o.to &&
      clause.tokens
        .slice(i + 1, i + 6)
        .some((u) => (NEGATION_WORDS.has(u.word) || u.word === "n't") && !inName(u.index)) &&
      !clause.tokens
        .slice(i + 1, i + 8)
        .some((u) =>
          reading.excludedWords.some((w) => STRONG.has(relationOf(u.word, w, context.senses) as WordRelation)),
        ),
  );
  if (deniedScope) held = `the sentence denies a scope ("${deniedScope.word} …")`;
  // "Inhaled steroids that are not taken regularly …", "GLP-1 drugs not used for weight loss …": a denial in
  // what is said of the subject is not the claim's.
  const afterSubject = clause.tokens.find((t) => t.index === s.to);
  if (
    o !== null &&
    afterSubject &&
    (RELATIVE_PRONOUNS.has(afterSubject.word) ||
      (afterSubject.word === "not" && /(?:ed|en)$/.test(word(s.to + 1) ?? ""))) &&
    clause.negations.some((n) => n.index >= s.to && n.index < o.from)
  )
    held = `the sentence denies something of ${s.text}, not the claim`;
  // "Much better accepted" for a claim that shows "a trend toward better acceptability" (or says it
  // "somewhat", "slightly"): said more strongly than the claim.
  const { weak: weakClaim, order: ownOrder, changedBy } = readingWordsOf(reading);
  const intensified = weakClaim ? clause.tokens.find((t) => INTENSIFIERS.has(t.word) && !inName(t.index)) : undefined;
  if (intensified) held = `the sentence says it more strongly ("${intensified.word}") than the claim`;
  // "Alcohol, a stimulant, makes you pee more": "a" or "an" right after the subject opens what it says the
  // subject is, up to the predicate's words or the object. Unless that names a class the store holds the
  // subject in, or says the claim's own words, it says what the claim does not.
  // (Not a rate: "two cups of coffee a day"; nor the class a question asks of it: "Is coffee a source of …?".)
  // (Up to the comma or dash that closes it: "Caffeine, a methylxanthine, keeps you alert".)
  const apposing = word(s.to) === "a" || word(s.to) === "an";
  const closing = apposing
    ? clause.tokens.find((t) => t.index > s.to + 1 && t.start - (tokenAt(t.index - 1)?.end ?? t.start) > 1)?.index
    : undefined;
  const apposed =
    apposing &&
    !TIME_UNITS.has(word(s.to + 1) ?? "") &&
    !clause.tokens.some((t) => t.index < s.from && COPULAS.has(t.word))
      ? clause.tokens.filter(
          (t) =>
            t.index > s.to &&
            t.index <= s.to + 4 &&
            (closing === undefined || t.index < closing) &&
            (o === null || t.index < o.from) &&
            // (The word after the article is the appositive's, whatever it meets: "an upper".)
            (t.index === s.to + 1 ||
              clause.tokens.every((u) => u.index <= s.to + 1 || u.index > t.index || !predicateSaid.has(u.word))),
        )
      : [];
  const classNamedBy = (t: Word) =>
    context.mentions.some(
      (m) =>
        t.index >= m.from &&
        t.index < m.to &&
        (context.classesOf.get(s.entityId)?.has(m.entityId) || (reading.membership && m.entityId === reading.object)),
    );
  if (apposed.length > 0 && !apposed.every((t) => classNamedBy(t) || isGrammarWord(t.word) || strongly(t.word)))
    held = `the sentence says what ${s.text} is ("${word(s.to)} ${apposed.map((t) => t.word).join(" ")}"), which the claim does not`;
  // "Metformin, a sulfonylurea, does not …": a name set apart after another name by an article is what the
  // sentence says that one is, not what it speaks of. (A comma or a dash between: "Is coffee a source …?"
  // has none.)
  const article = tokenAt(s.from - 1);
  const before = tokenAt(s.from - 2);
  const apposedTo =
    article && before && (article.word === "a" || article.word === "an") && article.start - before.end >= 2
      ? context.mentions.find((m) => m.to === s.from - 1 && m.entityId !== s.entityId)
      : undefined;
  if (apposedTo) held = `the sentence names ${s.text} only as what ${apposedTo.text} is`;
  // "Omeprazole, like pantoprazole, reduces …", "…, just like SSRIs do": said of another named thing too.
  const likened =
    reading.comparison === null
      ? context.mentions.find(
          (m) =>
            m !== s &&
            m !== o &&
            m.entityId !== reading.subject &&
            m.entityId !== reading.object &&
            m.from > first &&
            m.to <= end &&
            word(m.from - 1) === "like" &&
            comparedWith(clause, m, context.mentions) &&
            // ("Simvastatin is a statin, like Lipitor": a class the store holds of the other too.)
            !(reading.membership && context.classesOf.get(m.entityId)?.has(reading.object)),
        )
      : undefined;
  // (A text that denies the claim of the subject is against it, whatever it says of the other.)
  if (likened && flips % 2 === 0) held = `the sentence says it of ${likened.text} too ("like")`;
  // "Sunscreen didn't prevent my sunburn": one case, the writer's own, in the past ("might raise my blood
  // pressure" says what the drug does, but "could not prevent my sunburn" what it did not do).
  const mine = [s, o].find((m) => m && (word(m.from - 1) === "my" || word(m.from - 1) === "our"));
  const past = clause.tokens.some(
    (t) =>
      PAST_AUXILIARIES.has(t.word) ||
      (t.word === "could" && clause.negations.some((n) => n.index === t.index + 1)) ||
      (t.index >= s.to && t.index < (o?.from ?? end) && /ed$/.test(t.word)),
  );
  // ("Caffeine won't disrupt my sleep tonight", "… today": the writer's own case on one occasion, to come
  // as well as past.)
  // ("… last week", "… this morning", "… two days ago": a time of the writer's story.)
  const occasion = clause.tokens.some(
    (t) =>
      TOLD_WHEN.words.has(t.word) ||
      t.word === "tomorrow" ||
      (TOLD_WHEN.before.has(t.word) && TOLD_WHEN.nouns.has(word(t.index + 1) ?? "")) ||
      (TOLD_WHEN.after.has(t.word) && TOLD_WHEN.nouns.has(word(t.index - 1) ?? "")),
  );
  if (mine && (past || occasion)) held = `the sentence speaks of one case ("${word(mine.from - 1)} ${mine.text}")`;
  // "Sunscreen never fails to prevent sunburn", "cannot fail to": says it always holds.
  const always = clause.tokens.find(
    (t, i) =>
      (t.word === "never" || t.word === "cannot" || t.word === "n't") &&
      NEGATING_VERBS.has(clause.tokens[i + 1]?.word ?? ""),
  );
  if (always) held = "the sentence says it always holds";
  // "Trimethylxanthine isn't a methylxanthine?": a denial asked back, in surprise, as a statement with a
  // question mark — the writer doubts it as much as says it. (Not a question asked as one, "Isn't it …?",
  // "Why doesn't …?", nor a "no" that answers it.)
  // (Nor a tag that asks for assent: "…, isn't it?", "…, don't they?", "…, right?".)
  const opener = clause.tokens[0]?.word ?? "";
  const wordFromEnd = (k: number) => clause.tokens.at(-k)?.word ?? "";
  const [auxiliary, not, pronoun] = [wordFromEnd(3), wordFromEnd(2), wordFromEnd(1)];
  const tagged =
    (TAG_PRONOUNS.has(pronoun) && (QUESTION_OPENERS.has(not) || (not === "n't" && QUESTION_OPENERS.has(auxiliary)))) ||
    // ("…, right?", "…, correct?".)
    (ASSENT_TAGS.has(pronoun) && clause.tokens.length > 3);
  const askedBack =
    clause.question && !tagged && !QUESTION_OPENERS.has(opener) && !WH_WORDS.has(opener) && deniesWithin(clause);
  if (askedBack) held = "the sentence asks a denial back";
  // "CYP1A2 plays no role in caffeine metabolism", "plays a key part in": the object's part in what
  // befalls the subject says the claim's agent or means ("is metabolized by"), as the roles fit.
  // (And the subject's part in what the predicate says of the object: "Melatonin plays a key role in
  // regulating the body clock" for "regulates".)
  const involvement = new Set<number>();
  const [firstNamed, secondNamed] = o && o.to <= s.from ? [o, s] : [s, o];
  if (secondNamed && firstNamed.to <= secondNamed.from && predicate.aligned && rolesFit) {
    const after = clause.tokens.filter((t) => t.index >= firstNamed.to && t.index < secondNamed.from);
    const predicateWords = new Set((chosen?.words ?? []).flatMap((w) => w.split(" ")));
    const k = after.findIndex((_, i) =>
      INVOLVEMENT.test(
        after
          .slice(0, i + 1)
          .map((t) => t.word)
          .join(" "),
      ),
    );
    // (Said of the subject first, the predicate's own words must follow: "plays a role in" alone is no
    // "regulates".)
    // (Denied, "plays no role in" is the predicate itself, an effect in no direction: see `playedRole`;
    // then the phrase is from its verb on — not "…, not alcohol," before it.)
    const role = after
      .map((t) => (predicateWords.has(t.word) ? playedRole(clause.tokens, t.index) : null))
      .find((r) => r?.denied);
    // (Nor when no part at all is denied, "has nothing to do with": that is the predicate, as "plays no role
    // in" is.)
    const saysPredicate =
      firstNamed === o ||
      after.slice(k + 1).some((t) => predicateWords.has(t.word)) ||
      role !== undefined ||
      after.slice(0, k + 1).some((t) => t.word === "nothing");
    if (k >= 0 && saysPredicate) {
      const verbIndex = role ? (clause.tokens[role.verb]?.index ?? 0) : -1;
      const phrase = after.slice(0, k + 1).filter((t) => t.index >= verbIndex || isGrammarWord(t.word));
      for (const t of phrase) involvement.add(t.index);
      // "Plays no major role in relieving headaches": denied, a part of some size denies only that size.
      const degree = phrase.find((t) => ROLE_DEGREES.has(t.word));
      const denied = clause.negations.some((n) => phrase.some((t) => t.index === n.index));
      if (degree && denied && !held) held = `the sentence denies only how big a part it is ("${degree.word}")`;
    }
  }
  // "Statins commonly cause rhabdomyolysis" for a claim that says "very rarely", "mainly" for "part of":
  // a word of how often or how much of it holds, of another rank than the claim's.
  // ("Antibiotics usually cause diarrhoea" for a claim that they can: most cases, where it says some.)
  const ownRank = claimWords.find((w) => HOW_OFTEN.has(w) || POSSIBILITY_MODALS.has(w));
  const otherRank =
    ownRank === undefined
      ? undefined
      : clause.tokens.find(
          (t) =>
            !inName(t.index) &&
            !involvement.has(t.index) &&
            HOW_OFTEN.has(t.word) &&
            // (Against "can", only a word of most cases: "commonly", "often" may say no more than it does.)
            (HOW_OFTEN.has(ownRank) ? HOW_OFTEN.get(t.word) !== HOW_OFTEN.get(ownRank) : MOST_TIMES.has(t.word)),
        );
  if (ownRank && otherRank) held = `the sentence says "${otherRank.word}" where the claim says "${ownRank}"`;
  // "Pregnancy slows the elimination of caffeine, especially early in pregnancy" for "… especially late in
  // pregnancy": an opposite met on a word of the claim's context or scope says another case, not the
  // opposite predicate.
  const scopeOpposed = chosen?.opposed?.find(
    ([w]) => reading.contextWords.includes(w) || reading.scopeWords.includes(w),
  );
  if (scopeOpposed) held = `the sentence says "${scopeOpposed[1]}" where the claim says "${scopeOpposed[0]}"`;
  // "Fastrel stops working sooner" for "Fastrel starts working sooner": in a comparison, only its own
  // word ("faster", "less") turns round what it compares — a word of what is compared met by its opposite
  // ("stop" for "start", "onset") says another thing compared, whatever the comparison word says.
  const otherCompared =
    reading.comparison === null
      ? undefined
      : chosen?.opposed?.find(
          ([own, said]) => !comparativeWord(own, context.senses) && !comparativeWord(said, context.senses),
        );
  if (otherCompared)
    held = `the sentence compares "${otherCompared[1]}" where the claim compares "${otherCompared[0]}"`;
  const saidBy = (words: string[], w: string) =>
    words.some((v) => STRONG.has(relationOf(v, w, context.senses) as WordRelation));
  const ownWords = claimWords.filter((w) => !reading.foilWords.includes(w));
  const deniedBefore = (t: Token) => clause.negations.some((n) => n.index < t.index && t.index - n.index <= 3);
  // "Mineral UV filters mainly reflect UV radiation" for a claim that they absorb it, "not by reflecting
  // it": a word the claim's statement denies, said and not denied.
  const foil = clause.tokens.find(
    (t) =>
      !inName(t.index) &&
      !isGrammarWord(t.word) &&
      !deniedBefore(t) &&
      saidBy(reading.foilWords, t.word) &&
      !saidBy(ownWords, t.word),
  );
  if (foil) held = `the sentence says "${foil.word}", which the claim denies`;
  // "By about an hour", "by hours" for a claim that says "by a few minutes", "a day before exercise" for
  // "shortly before", "shortens colds by a week" for a claim of no amount: an amount of time in another
  // unit than the claim's, or where it states none. ("Every day", "three cups a day": a rate, no amount.)
  const ownUnits = claimWords.map(unitOf).filter((u) => u !== null);
  // ("Shortens sleep by an hour" is no amount the claim says by saying "six hours before bedtime": see
  // `changedBy`.)
  const amountOfTime = clause.tokens.find((t, i) => {
    const unit = unitOf(t.word);
    const before = (k: number) => clause.tokens[i - k]?.word ?? "";
    const by = [1, 2, 3].some((k) => before(k) === "by");
    if (unit === null || inName(t.index) || toldWhen.has(t.index)) return false;
    if (ownUnits.includes(unit) && (!by || changedBy.has(unit))) return false;
    if (RATE_LEADS.has(before(1))) return false;
    if (before(1) === "a" || before(1) === "an")
      return (
        (AMOUNT_LEADS.has(before(2)) && !DURATION_LEADS.has(before(2))) ||
        TIME_RELATIVE.has(clause.tokens[i + 1]?.word ?? "")
      );
    // (A duration, "for years", "over many years", is how long it is taken: see `duration` below.)
    if ([1, 2, 3].some((k) => DURATION_LEADS.has(before(k)))) return false;
    return [1, 2, 3].some((k) => AMOUNT_LEADS.has(before(k)) || DIGITS.test(before(k)) || NUMBER_WORDS.has(before(k)));
  });
  if (amountOfTime) {
    const own = claimWords.find((w) => unitOf(w) !== null);
    held = own
      ? `the sentence speaks of "${amountOfTime.word}" where the claim says "${own}"`
      : `the sentence states an amount of time ("${amountOfTime.word}") the claim does not`;
  }
  // "Makes them much more effective", "much better than": said more strongly than the claim.
  const strongerComparison =
    polarity.value === "opposes" ||
    predicate.opposite ||
    clause.negations.length > 0 ||
    claimWords.some((w) => INTENSIFIERS.has(w))
      ? undefined
      : clause.tokens.find((t, i) => {
          const next = clause.tokens[i + 1]?.word ?? "";
          // (Not of a comparison turned round: "much less than" against "more than" is its opposite.)
          const less = LESS_WORDS.has(next) || BASELINE_AGAINST.has(next);
          return (
            COMPARATIVE_INTENSIFIERS.has(t.word) &&
            (MORE_WORDS.has(next) || LESS_WORDS.has(next) || COMPARATIVES.has(next) || next === "more") &&
            less === reading.lessWords.length > 0
          );
        });
  if (strongerComparison) held = `the sentence says it more strongly ("${strongerComparison.word}") than the claim`;
  // "Caffeine withdrawal causes fatigue but not drowsiness" for a claim of fatigue and drowsiness: a
  // denial after the object of what the claim says takes part of it back.
  // (After an object named after the subject, and close after it: "fatigue but not drowsiness", "fatigue,
  // not drowsiness" — not the predicate's own denial after two names, "SSRIs and SSREs are not …".)
  const tailDenial =
    o && o.from >= s.to ? clause.negations.find((n) => n.index >= o.to && n.index - o.to <= 1) : undefined;
  const partDenied =
    tailDenial &&
    clause.tokens.find(
      (t) => t.index > tailDenial.index && !isGrammarWord(t.word) && !(o && t.index < o.to) && saidBy(ownWords, t.word),
    );
  if (partDenied) held = `the sentence denies part of what the claim says ("${tailDenial.word} ${partDenied.word}")`;
  // "Antibiotics do not cure colds but do shorten them" for a claim that they do not cure or shorten it:
  // the sentence goes on, undenied, to say what the claim denies.
  const turn =
    reading.negated && o ? clause.tokens.find((t) => t.index >= o.to && CONCESSIVE_OPENERS.has(t.word)) : undefined;
  const turned = turn ? clause.tokens.filter((t) => t.index > turn.index) : [];
  const assertedAgainst =
    turn && !clause.negations.some((n) => n.index > turn.index)
      ? turned.find((t) => !isGrammarWord(t.word) && !inName(t.index) && saidBy(ownWords, t.word))
      : undefined;
  if (turn && assertedAgainst)
    held = `the sentence goes on to say what the claim denies ("${turn.word} … ${assertedAgainst.word}")`;
  // "Titanium dioxide is a mineral UV filter; oxybenzone too", "… So does broccoli.": said of another too.
  const alsoOf = context.clauses.find((c) => {
    if ((c.tokens[0]?.index ?? 0) < end || c.sentence > clause.sentence + 1) return false;
    const said = c.tokens.map((t) => t.word).join(" ");
    const named = context.mentions.some(
      (m) => m.from >= (c.tokens[0]?.index ?? 0) && m.to <= (c.tokens.at(-1)?.index ?? -1) + 1,
    );
    return (
      named &&
      (/^so (?:does|do|did|is|are|was|were|can|will) /.test(said) || / (?:too|as well)$/.test(said)) &&
      c.tokens.length <= 6
    );
  });
  if (alsoOf) held = `the text says it of another too ("${alsoOf.tokens.map((t) => t.word).join(" ")}")`;
  // "Treats every case of GERD": said more strongly than the claim (see `stronger` below).
  // (Not "at all", nor a denied "any": "never causes any muscle damage" says none; nor a time, "every day",
  // "each night", which says how often it is taken.)
  const every = o
    ? clause.tokens.find(
        (t) =>
          t.index >= o.from - 3 &&
          t.index < o.from &&
          UNIVERSALS.has(t.word) &&
          word(t.index - 1) !== "at" &&
          !TIME_NOUNS.has(word(t.index + 1) ?? "") &&
          !TIMES_OF_DAY.has(word(t.index + 1) ?? "") &&
          !(t.word === "any" && clause.negations.length > 0),
      )
    : undefined;
  // "Inhaled shortly after exercise" for a claim's "shortly before exercise": another time.
  const order = clause.tokens.find(
    (t) => TIME_ORDER.has(t.word) && !inName(t.index) && !ownOrder.some((u) => u.word === t.word),
  );
  if (order && ownOrder.length > 0)
    held = `the sentence says another time ("${order.word}", the claim "${ownOrder[0]?.word}")`;
  // "Statins do not lower LDL when taken at night": a denial under a condition denies it there only —
  // unless the condition is the claim's own context, every word ("Iron tablets don't reduce tiredness if
  // your iron levels are normal", for a claim "in people whose iron levels are normal").
  const conditioned = clause.tokens.find((t) => {
    if (!CONDITION_WORDS.has(t.word) || o === null || t.index < o.to || withinName(t.index, context.mentions))
      return false;
    const { words } = phraseWords(t.index);
    return words.length > 0 && !(reading.contextWords.length > 0 && words.every(claimOwn));
  });
  if (conditioned && clause.negations.some((n) => n.index < conditioned.index))
    held = `the sentence denies it only under a condition ("${conditioned.word} …")`;
  // "Never give aspirin to children with flu, because …", "Don't take NSAIDs late in pregnancy; …": an
  // imperative advises, whatever reason it gives.
  const opening = clause.tokens.slice(0, 3).map((t) => t.word);
  // (Not a question opened so: "Doesn't tianeptine enhance serotonin reuptake?")
  // ("You can't give doxycycline to kids under 8 because …", "You shouldn't take aspirin …": so does "you"
  // with a denied modal, of a verb whose object is the subject — not "You can't become addicted to caffeine",
  // which denies.)
  const denial = (word: string | undefined) => word === "n't" || word === "not" || word === "never";
  const modal = opening[0] === "you" && (opening[1] === "cannot" || ADVICE_MODALS.has(opening[1] ?? ""));
  const deniedAt = modal ? (opening[1] === "cannot" ? 2 : denial(opening[2]) ? 3 : -1) : -1;
  const given = deniedAt > 0 ? clause.tokens[deniedAt] : undefined;
  // (The subject right after the verb, or past one word: "give doxycycline", "take the pill".)
  // (Nor "You can't deny that X", which asserts X.)
  const advisedOf =
    given !== undefined &&
    !isGrammarWord(given.word) &&
    !affirmingDenials(clause.tokens.slice(0, deniedAt + 1).map((t) => t.word)).has(deniedAt) &&
    clause.tokens.slice(deniedAt + 1, deniedAt + 3).some((t) => t.index === s.from);
  if (
    !clause.opener &&
    !clause.question &&
    (opening[0] === "never" ||
      (DO_FORMS.has(opening[0] ?? "") && (opening[1] === "n't" || opening[1] === "not")) ||
      advisedOf)
  )
    held = `the sentence advises ("${clause.tokens
      .slice(0, advisedOf ? deniedAt : opening[0] === "never" ? 1 : 2)
      .map((t) => t.word)
      .join(" ")} …") rather than asserts`;
  // "Quitting smoking", "stopping caffeine": the sentence speaks of the subject's absence.
  const ceasing = clause.tokens.find((t) => t.index === s.from - 1 || t.index === s.from - 2);
  if (ceasing && CESSATION_WORDS.has(ceasing.word) && reading.contentWords.every((w) => w !== ceasing.word))
    held = `the sentence speaks of "${ceasing.word}" ${s.text}`;
  const phrasal = clause.tokens
    .filter((t) => t.index === s.from - 2 || t.index === s.from - 1)
    .map((t) => t.word)
    .join(" ");
  if (CESSATION_PHRASE.test(phrasal)) held = `the sentence speaks of "${phrasal}" ${s.text}`;
  if (absence) held = `the sentence speaks of the absence of ${s.text} ("${absence.map((t) => t.word).join(" ")}")`;
  // "Irreversibly inhibits": a manner the claim does not state (but a class named with a copula may be
  // named as it is: "chemically a methylxanthine").
  const classNamed = reading.membership && clause.tokens.some((t) => COPULAS.has(t.word));
  // ("Quitting caffeine abruptly": stopping at once is what a thing's stopping is, unless said otherwise;
  // "gradually" says how.)
  const stoppingManner = CESSATION_WORDS.has(word(s.from) ?? "") && SUDDEN_WORDS.has(word(s.to) ?? "") ? s.to : -1;
  const manner =
    o && !classNamed
      ? clause.tokens.find((t) => {
          // Between subject and object, or right after the object ("lowers blood pressure dangerously").
          const placed = (t.index >= s.to && t.index < o.from) || t.index === o.to;
          return (
            placed &&
            t.index !== stoppingManner &&
            // ("Has absolutely nothing to do with": the phrase of a part, see `involvement`.)
            !involvement.has(t.index) &&
            // ("Hardly any", "barely anything": a denial, see text.ts; "not even slightly", its emphasis.)
            !clause.negations.some((n) => n.index === t.index) &&
            !emphasis.has(t.index) &&
            /ly$/.test(t.word) &&
            !PLAIN_ADVERBS.has(t.word) &&
            // ("…, sadly", "…, annoyingly": the writer's attitude, see `unexplained`.)
            !ATTITUDE_ADVERBS.has(t.word) &&
            adverb(t.word) &&
            !strongly(t.word) &&
            !ownKind(t.word) &&
            !intensifiedContrary(t.word) &&
            // ("Is cleared more slowly than" for "faster than": the predicate's own word, met by its opposite;
            // "works more slowly than", which says the opposite predicate.)
            !(chosen?.opposed ?? []).some(([, said]) => said === t.word) &&
            !(predicate.aligned && predicateSaid.has(t.word))
          );
        })
      : undefined;
  if (manner) held = `the sentence says how ("${manner.word}"), which the claim does not`;
  // "Makes caffeine clear less slowly": a "less" of the adverb the predicate met is not read there (it
  // turns the adverb, not the predicate) — unless a comparison reads it ("cleared less slowly than").
  const lessAdverb =
    reading.comparison === null
      ? clause.tokens.find(
          (t) =>
            t.word === "less" &&
            /ly$/.test(word(t.index + 1) ?? "") &&
            adverb(word(t.index + 1) ?? "") &&
            (chosen?.words ?? []).includes(word(t.index + 1) ?? ""),
        )
      : undefined;
  if (lessAdverb) held = `the sentence says "less ${word(lessAdverb.index + 1)}", which the claim does not`;
  if (unreadDegree) held = `the sentence says how much ("${unreadDegree.word}"), which the claim does not`;
  // "Smoking less leads to slower caffeine clearance": a "less" or "more" right after the subject speaks of
  // more or less of it, which the claim does not.
  // (The subject first in the clause: in "Patients accept tianeptine less well", "less" is the verb's.)
  /** Whether only grammar words come before `index` in the clause. */
  const opensClause = (index: number) => clause.tokens.every((t) => t.index >= index || isGrammarWord(t.word));
  const subjectDegree =
    o && s.to < o.from && opensClause(s.from) ? clause.tokens.find((t) => t.index === s.to) : undefined;
  if (subjectDegree && (subjectDegree.word === "less" || subjectDegree.word === "more"))
    held = `the sentence speaks of "${s.text} ${subjectDegree.word}", which the claim does not`;
  // "A lower dose of aspirin gives a lower risk of …", "Lower doses cause less …": a comparative in the
  // subject's phrase set against one in the predicate says how the effect goes with the amount (a lower
  // risk of a lower dose agrees with "increases the risk"), which the claim does not. (Alone, "Higher
  // doses of caffeine increase anxiety" says the claim of those doses.)
  const ofAmount = (t: Token) => LESS_WORDS.has(t.word) || MORE_WORDS.has(t.word);
  const laterComparative = clause.tokens.some((t) => t.index >= s.to && ofAmount(t));
  const subjectComparative =
    o && s.to <= o.from && laterComparative
      ? clause.tokens.find(
          (t) =>
            t.index < s.from &&
            t.index >= s.from - SUBJECT_PHRASE_WORDS &&
            ofAmount(t) &&
            // (Opening the clause's subject: "It takes less time to clear X" says how fast, of the verb.)
            opensClause(t.index),
        )
      : undefined;
  if (subjectComparative)
    held = `the sentence speaks of "${subjectComparative.word}" ${s.text}, which the claim does not`;
  // "Too much vitamin D", "an excessive dose of Eltroxin", "a vitamin D overdose" say a context of a
  // large amount ("at excessive doses", "when the dose is too high") of the subject; "for a long time",
  // "over time" say one of repeated use ("with long-term use"). What they say is then the claim's own.
  // ("Causes too much bone loss" says it of the object.)
  // ("Caffeine in large amounts": right after the subject, past grammar words, is said of it too.)
  const ofSubject = (index: number) =>
    (index >= s.to && clause.tokens.every((t) => t.index < s.to || t.index >= index || isGrammarWord(t.word))) ||
    (index < s.from && !(o && o.from < s.from && index < o.to));
  const amounts = new Set<number>();
  for (const [kind, members] of Object.entries(QUANTITY_KINDS))
    if (reading.contextWords.some((w) => members.has(w)))
      for (const index of amountSaid(clause.tokens, kind)) if (kind !== "large" || ofSubject(index)) amounts.add(index);
  // "Topical metronidazole", "a small overdose", "a single dose of antibiotics", "sweetened cranberry
  // juice": a route, an amount or a kind of the subject the claim does not state.
  // ("a single dose of X", "high-dose X")
  const dosed = word(s.from - 1) === "of" && DOSE_NOUNS.has(word(s.from - 2) ?? "");
  const doseModified = DOSE_NOUNS.has(word(s.from - 1) ?? "");
  const modifierAt = dosed ? s.from - 3 : doseModified ? s.from - 2 : s.from - 1;
  // (Unless the claim speaks of one: "A paracetamol overdose causes liver damage".)
  if (
    word(s.from - 1) === "of" &&
    OVERDOSE_NOUNS.has(word(s.from - 2) ?? "") &&
    !claimWords.some((w) => OVERDOSE_NOUNS.has(w))
  )
    held = `the sentence speaks of "${word(s.from - 2)}" of ${s.text}`;
  const modifier = clause.tokens.find((t) => {
    // (An amount of the kind the claim's context states is its own: "large doses" for "at high doses".)
    if (t.index !== modifierAt || strongly(t.word) || amounts.has(t.index)) return false;
    if (ROUTE_WORDS.has(t.word)) return true;
    return /ed$/.test(t.word) && partsOf(t.word).some((part) => part === "a" || part === "v");
  });
  if (modifier) held = `the sentence speaks of "${modifier.word}" ${s.text}`;
  // "All beta-lactamases", "not every antibiotic": a universal the claim does not state.
  // ("Every dose of antibiotics", "any amount of alcohol": the universal before the dose or amount of it;
  // not "any" under a denial, which says none.)
  const measured =
    word(s.from - 1) === "of" && (DOSE_NOUNS.has(word(s.from - 2) ?? "") || AMOUNT_NOUNS.has(word(s.from - 2) ?? ""));
  const universalAt = (named: Mention) =>
    [named.from - 1, ...(measured && named === s ? [named.from - 3] : [])].find(
      (at) =>
        /^(?:all|every|each)$/.test(word(at) ?? "") ||
        (at === named.from - 3 && word(at) === "any" && clause.negations.length === 0),
    );
  for (const named of [s, o]) {
    const at = named ? universalAt(named) : undefined;
    if (named && at !== undefined) {
      held = `the sentence says "${word(at)}" ${named.text}`;
      break;
    }
  }
  // "My Lipitor gives me muscle aches", "her Zocor": one person's own case, which what the store holds of
  // the thing in general does not decide.
  // (Of a name, not a pronoun: "her doctor told her it …"; "his", "her", "their" only opening the clause,
  // where they cannot be a verb's object: "His Lovaza raised his LDL", not "gave her aspirin". And only
  // of what befalls that person, said again after the name — "gave me", "raised his LDL": "Her pineal
  // gland secretes melatonin" is what holds of anyone's.)
  const owner = word(s.from - 1) ?? "";
  const ownCase =
    !TAG_PRONOUNS.has(s.text.toLowerCase()) &&
    (PERSONAL_POSSESSIVES.has(owner) || (OTHERS_POSSESSIVES.has(owner) && s.from - 1 === clause.tokens[0]?.index)) &&
    clause.tokens.some((t) => t.index >= s.to && PERSONAL_PRONOUNS.has(t.word))
      ? `${owner} ${s.text}`
      : // "In my case …", "For me, …", "In my experience …": the writer's own case, said before it.
        OWN_CASE.exec(clause.tokens.map((t) => t.word).join(" "))?.[0];
  if (ownCase) held = `the sentence tells of one person's own case ("${ownCase}")`;
  // "Antacids and iron supplements reduce …": said of more than the claim's subject.
  const heldBeforeJoin = held;
  const joined = word(s.to);
  // (Also before a wording that says predicate and object at once: "Aspirin and warfarin stop platelets
  // from clumping together" was `supported` by "Aspirin stops platelets from clumping together".)
  // (Not a clause joined after it: "Take creatine and you'll get dehydrated", "Take aspirin and it brings
  // your fever down" — "it" not said together with the subject: "Aspirin and it both …", "… together".)
  const [joinedWord, joinedNext] = [word(s.to + 1) ?? "", word(s.to + 2) ?? ""];
  const clauseJoined =
    joined === "and" &&
    (SUBJECT_PRONOUNS.has(joinedWord) ||
      (joinedWord === "it" && joinedNext !== "both" && !JOINT_WORDS.has(joinedNext)));
  if ((joined === "and" || joined === "or") && !clauseJoined && (o ? o.from > s.to + 1 : reading.objectImplicit))
    held = MORE_SUBJECTS;
  // (Or a name joined before the subject: "Both warfarin and aspirin stop …", which a named object accounts for.)
  const joinedBefore = word(s.from - 1) === "and" || word(s.from - 1) === "or";
  // ("Zinc tablets and zinc nasal gel cause loss of smell": a name the object does not account for.)
  if (
    joinedBefore &&
    mentions.some((m) => m.to === s.from - 1 && m !== o && (o ? m.entityId !== o.entityId : reading.objectImplicit))
  )
    held = MORE_SUBJECTS;
  // "Zinc deficiency is caused by a lost sense of taste", "… can result from …": a wording said actively
  // from its subject on, said of the subject as what is done or caused, is the other way round.
  if (!o && reading.objectImplicit && reading.subjectOpens && !reading.passive) {
    const after = clause.tokens.filter((t) => t.index >= s.to);
    const by = after.findIndex((t) => t.word === AGENT_MARKER);
    const passive = by > 0 && after.slice(0, by).some((t) => COPULAS.has(t.word));
    if (passive || saidAsEffect(clause, s.to, Math.max(...after.map((t) => t.index)) + 1))
      held = "the sentence says it the other way round";
  }
  // "Metformin makes the brain more sensitive to insulin" for "Metformin makes the body more sensitive to
  // insulin": where the claim says a generic part ("body") in its own words, another said in its place
  // ("brain"), bare, as what the verb acts on, is another thing — not a scope that narrows nothing ("in
  // the brain").
  const claimOwnWords = [...reading.contentWords, ...reading.claimWords];
  const ownPart = claimOwnWords.find((w) => BODY_SCOPES.has(w));
  const otherPart = clause.tokens.find((t, i) => {
    if (t.index < s.to || t.index >= (o?.from ?? end) || !BODY_SCOPES.has(t.word) || claimOwnWords.includes(t.word))
      return false;
    const before =
      clause.tokens
        .slice(0, i)
        .filter((u) => !DETERMINERS.has(u.word))
        .at(-1)?.word ?? "";
    return !PART_PREPOSITIONS.has(before) && !CONTRAST_PREPOSITIONS.has(before);
  });
  if (ownPart && otherPart) held = `the sentence speaks of "${otherPart.word}" where the claim speaks of "${ownPart}"`;
  // "…, which causes obesity": a relative clause after the object asserts more than the claim.
  if (o && clause.tokens.some((t) => t.index >= o.to && t.word === "which"))
    held = "the sentence says more of the object than the claim";
  // (A "than" of the subject's absence or the usual state is no comparison of the claim's: its words are said.)
  const baseline = reading.comparison === null ? againstBaseline(clause, s, o) : null;
  // "… in people who have never had one": of whom it holds, for a claim that states no one.
  if (
    o &&
    reading.contextWords.length === 0 &&
    clause.tokens.some((t) => t.index >= o.to && t.word === "who" && !baseline?.has(t.index))
  )
    held = "the sentence says of whom it holds, which the claim does not";
  // (A phrase of up to four words of `tokens` that `pattern` opens.)
  const phraseIn = (tokens: Token[], pattern: RegExp) =>
    tokens
      .map((_, k) =>
        pattern.exec(
          tokens
            .slice(k, k + 4)
            .map((t) => t.word)
            .join(" "),
        ),
      )
      .find((match) => match !== null);
  const after = o ? clause.tokens.filter((t) => t.index >= o.to) : [];
  const phraseAfterObject = (pattern: RegExp) => phraseIn(after, pattern);
  // "Within a week", "heals ulcers in a day": how soon, which the claim does not state.
  if (phraseIn(clause.tokens, WITHIN) && !reading.claimWords.includes("within"))
    held = "the sentence says how soon, which the claim does not";
  // "… for years", after the object (before it, "on Stablon for years" may say something else).
  const duration = phraseAfterObject(DURATION);
  if (
    duration &&
    !after.some((t) => amounts.has(t.index)) &&
    !duration[0]
      .split(" ")
      .slice(1)
      .every((w) => strongly(w) || isGrammarWord(w) || saysLongTerm(w))
  )
    held = `the sentence says for how long ("${duration[0]}"), which the claim does not`;
  // "Stablon isn't an SSRE, it's an SSRI", "is not an SSRE but an SSRI": the class the sentence puts in
  // place of the claim's, after denying the claim's — the denial is the claim's, whatever it says instead.
  const correction = (m: Mention) => {
    if (reading.membership && o && m !== o && classBeforeDenied(clause, s, o, m)) return true;
    if (!reading.membership || !o || m === o || m.from < o.to || s.to > o.from) return false;
    if (!clause.negations.some((n) => n.index >= s.to && n.index < o.from)) return false;
    const between = clause.tokens.filter((t) => t.index >= o.to && t.index < m.from).map((t) => t.word);
    const rest = (from: number) => between.slice(from).every((w) => DETERMINERS.has(w));
    return (
      (between[0] === "but" && rest(1)) ||
      (between[0] === "it" && COPULAS.has(between[1] ?? "") && rest(2)) ||
      (/^they(?:'|’)re$/.test(between[0] ?? "") && rest(1)) ||
      (between[0] === "they" && COPULAS.has(between[1] ?? "") && rest(2))
    );
  };
  // ("It's not a statin, it's THE statin": the class denied and said again, in emphasis — no denial.)
  const emphatic = o ? mentions.find((m) => m.entityId === o.entityId && correction(m)) : undefined;
  if (emphatic) held = `the sentence denies "${o?.text}" and says it again ("${emphatic.text}")`;
  // (Another class in its place opposes the claim as a contrary does: "Zetia isn't a statin, it's a
  // fibrate" denies an established claim, but against a refuted one its other class is not shown true.)
  const corrected = o !== null && mentions.some((m) => m.entityId !== o.entityId && correction(m));
  // (The object named after a "not" that sets it against what comes before — "works as a painkiller, not
  // a fever reducer" — is denied, not said; a correction aside, nothing is decided of it.)
  if (!corrected && o && clause.foils.some((f) => o.from > f))
    held = `the sentence sets "${o.text}" against what it says before ("not")`;
  // "The SSRI antidepressants", "an SSRI antidepressant": a name right after another, of a class the store
  // holds the other in, is the head noun that other is said with, not a thing of its own. (Not after a
  // comma: "SSRIs, antidepressants and …" is a list.)
  /** Whether `right` follows `left` with one space between: no comma, no other word. */
  const rightAfter = (left: Mention, right: Mention) => {
    if (left.to !== right.from) return false;
    const end = tokenAt(left.to - 1);
    const start = tokenAt(right.from);
    return end !== undefined && start !== undefined && start.start - end.end === 1;
  };
  const headOf = (m: Mention) =>
    mentions.some((n) => rightAfter(n, m) && (context.classesOf.get(n.entityId)?.has(m.entityId) ?? false));
  // (Nor the class the store holds the subject in, set beside it: "Metformin, a biguanide, …" — see `apposed`.)
  const apposedClass = (m: Mention) =>
    m.from === s.to + 1 &&
    (word(s.to) === "a" || word(s.to) === "an") &&
    (context.classesOf.get(s.entityId)?.has(m.entityId) ?? false);
  // A name the claim does not account for (not compared with): the sentence says more than the claim.
  const unaccountedNames = mentions.filter(
    (m) =>
      m !== s &&
      m !== o &&
      !correction(m) &&
      !headOf(m) &&
      !apposedClass(m) &&
      m.entityId !== reading.subject &&
      m.entityId !== reading.object &&
      !reading.otherEntities.includes(m.entityId) &&
      !reading.namedEntities?.includes(m.entityId) &&
      !comparedWith(clause, m) &&
      // (Nor one the predicate says: "promotes wakefulness via A2A receptors", where "wakefulness" is a name.)
      !saysPredicate(m) &&
      // (Its grammar words aside: "migraine with aura" in the claim's context "in women who have migraine with aura".)
      !tokenize(m.text)
        .filter((t) => !isGrammarWord(t.word))
        .every((t) => saidBy(claimWords, t.word)),
  );
  // ("Coffee and energy drinks contain caffeine", "causes headaches and fatigue": another name joined to
  // the subject or the object by "and" — the store may say the same of it; see `jointAssertions`.)
  // (Not objects joined under a denial: "does not cause headaches and fatigue" may deny only both.)
  const joinedOf = (m: Mention | undefined) =>
    joinedPair(clause, s, m) ? s : o && clause.negations.length === 0 && joinedPair(clause, o, m) ? o : null;
  // (Every such name joined so: "Both ezetimibe and statins lower LDL by blocking HMG-CoA reductase" also
  // names what neither claim of LDL accounts for.)
  const unaccountedName = unaccountedNames.find((m) => joinedOf(m) === null) ?? unaccountedNames[0];
  const joinedTo = joinedOf(unaccountedName);
  // (Held before only for being said of more than the subject, by this same "and" and this name.)
  const heldBeforeName = held === MORE_SUBJECTS && heldBeforeJoin === null && joinedTo === s ? null : held;
  if (unaccountedName && o) held = `the sentence also names "${unaccountedName.text}", which the claim does not`;
  // "Lithium NSAIDs raise lithium levels", "Aspirin warfarin stops platelets from clumping": another
  // thing's name right beside the subject's, with no comma or "and" between, says what the claim does not
  // (of which the sentence speaks, or of both) — though the claim's words may hold that name elsewhere —
  // unless it is the class the subject is said with ("the SSRI antidepressants"), a form derived from a
  // name, which says what kind ("caffeinated coffee"), or the two as the claim says them.
  const besideSubject = mentions.find((m) => {
    if (m === s || m === o || m.entityId === s.entityId || m.closeness < 1 || saysPredicate(m)) return false;
    const [left, right] = rightAfter(m, s) ? [m, s] : rightAfter(s, m) ? [s, m] : [null, null];
    return (
      left !== null &&
      right !== null &&
      !(right === m && headOf(m)) &&
      !reading.text.toLowerCase().includes(`${left.text} ${right.text}`.toLowerCase())
    );
  });
  if (besideSubject) held = `the sentence names "${besideSubject.text}" right beside ${s.text}`;
  const joinedHeld =
    unaccountedName && o && heldBeforeName === null && joinedTo
      ? { entityId: unaccountedName.entityId, held, object: joinedTo === o, after: unaccountedName.from > o.from }
      : null;
  // "Wegovy, not Ozempic, …": one name of the subject set aside for another says it of the one and
  // not of the other — the same thing, both ways.
  const setAgainst = mentions.find((m) => m !== s && m.entityId === s.entityId && word(m.from - 1) === "not");
  if (setAgainst) held = `the sentence sets another name of it ("not ${setAgainst.text}") against it`;
  // "Sunscreen applied not daily but weekly …": a denial of words outside the two names and the
  // predicate, set against others ("not X but Y"), denies those words (how, when), not the claim.
  const notBut = clause.negations.find((n) => {
    const but = clause.tokens.find((t) => t.word === "but" && t.index > n.index + 1 && t.index <= n.index + 3);
    return (
      but !== undefined &&
      clause.tokens.every(
        (t) => t.index <= n.index || t.index >= but.index || (!inPair(t) && !(chosen?.words ?? []).includes(t.word)),
      )
    );
  });
  if (notBut) held = `the sentence denies something else than the claim ("${notBut.word} … but …")`;
  // "Smoking has no effect on caffeine but speeds its clearance": a turn ("but", "yet") after every
  // denial and before every word of the predicate leaves the predicate undenied — nor is it asserted of
  // the same thing the denial was.
  const predicateAt = clause.tokens.filter((t) => (chosen?.words ?? []).includes(t.word) && !inPair(t));
  const turnAfterDenials = clause.tokens.find(
    (t) =>
      CONCESSIVE_OPENERS.has(t.word) &&
      clause.negations.length > 0 &&
      clause.negations.every((n) => n.index < t.index) &&
      predicateAt.length > 0 &&
      predicateAt.every((p) => p.index > t.index),
  );
  if (turnAfterDenials && !notBut)
    held = `the sentence's denial comes before "${turnAfterDenials.word}", the predicate after it`;
  // (A likeness the predicate's own phrasing says is no comparison beyond it: "is chemically similar to"
  // for "is chemically related to". Not "as similar as", which says how much.)
  const likenessSaid =
    clause.comparison === "equality" &&
    !/\bas\s+(?:\p{L}+\s+){1,4}as\b/u.test(clause.tokens.map((t) => t.word).join(" ")) &&
    clause.tokens.filter((t) => COMPARISON.equality.has(t.word)).every((t) => metIn.has(t.word));
  if (clause.comparison !== null && reading.comparison === null && !baseline && !likenessSaid)
    held = "the sentence makes a comparison the claim does not";
  // (A symmetric predicate may be said of the two joined: "Amineptine and tianeptine are chemically related".)
  const heldBeforeObjects = held;
  if (o && !(reading.symmetric && together) && extraObject(clause, o, context.mentions)) held = MORE_OBJECTS;
  // ("Never makes anyone nauseous": "anyone" under a denial is no one — not "just anyone".)
  const noOne = (t: Token) =>
    ANY_ONE.has(t.word) &&
    !ANY_ONE_RESTRICTED.has(word(t.index - 1) ?? "") &&
    clause.negations.some((n) => n.index < t.index);
  // ("Nobody seriously questions that …": the words of an idiom that asserts what follows.)
  const affirmingIdiom = new Set(clause.affirmed);
  // "Type 1 diabetes", "breast cancer", "deep sleep": a word right before the object's name (not an
  // adverb, not one of the claim's words) may name another thing.
  const objectModifier = o
    ? clause.tokens.find((t) => {
        if (t.index !== o.from - 1) return false;
        // (Nor is the subject's own last word: "Caffeine wakes you up", the object said as a verb.)
        if (t.index >= s.from && t.index < s.to) return false;
        if (/^\d/.test(t.word)) return true;
        // ("No effect on how quickly caffeine is cleared": what is affected, no modifier of the name.)
        if (dimensionAt(clause.tokens, clause.tokens.indexOf(t))) return false;
        // Right after the subject (past grammar words: "can", "does not") it is the verb: "Antibiotics
        // cure viral infections", "Amoxil makes birth control pills less effective".
        const afterSubject = clause.tokens.filter((u) => u.index >= s.to && u.index < t.index);
        if (s.to <= t.index && afterSubject.every((u) => isGrammarWord(u.word))) return false;
        if (COPULAS.has(t.word) || FEELING_VERBS.has(t.word) || isGrammarWord(t.word) || CLASSIFIER_NOUNS.has(t.word))
          return false;
        if (noOne(t)) return false;
        // (Nor whom the object's verb is said of: "helps your body absorb iron".)
        if (BODY_SCOPES.has(t.word) && objectSaidAsVerb) return false;
        if (claimOwn(t.word) || reading.phrasings.some((p) => p.words.includes(t.word))) return false;
        const keys = [...(context.senses.get(t.word)?.senses ?? [])];
        // The predicate's own verb governs the object ("disrupts sleep"); another word that can be a noun
        // or an adjective, and not an adverb, narrows it.
        if (keys.some((key) => key.startsWith("r"))) return false;
        if (chosen?.words.includes(t.word)) return false;
        // A participle ("called", "tuning") takes the object as its own.
        if (/(?:ing|ed)$/.test(t.word) && keys.some((key) => key.startsWith("v"))) return false;
        return keys.length === 0 || keys.some((key) => key.startsWith("n") || key.startsWith("a"));
      })
    : undefined;
  if (objectModifier) held = `the sentence speaks of "${objectModifier.word}" with ${o?.text}`;
  // "Might help people with cancer feel better": the object says whom it helps ("with", past the word of
  // whom), and the word right after it what it helps them do — not the object itself. ("Helps people
  // with cancer." still says it.)
  const helping = o ? clause.tokens.find((t) => HELP_VERBS.has(t.word) && t.index < o.from - 2) : undefined;
  const helpedDoing =
    o && helping && chosen?.words.includes(helping.word) && word(o.from - 1) === "with"
      ? clause.tokens.find((t) => t.index === o.to && !isGrammarWord(t.word))
      : undefined;
  if (helpedDoing) held = `the sentence says what it helps them do ("${helpedDoing.word}")`;
  // "Prevents inflammation" for "reduces inflammation", "cures" for "treats": an absolute verb says more
  // than a claim that does not use it.
  // ("Helps prevent", "can prevent" say no more than "reduces".)
  const likelyWord = (w: string) => saidAsLikely(clause, w, adverb);
  const absolute =
    predicate.aligned && !predicate.opposite
      ? chosen?.words.find((w) => ABSOLUTE_VERBS.has(w) && !likelyWord(w))
      : undefined;
  // (Nor does another absolute verb: "eliminates" is not "prevents", however near their senses.)
  const ownAbsolute = [...readingWords].filter((w) => ABSOLUTE_VERBS.has(w));
  const sameWord = (w: string) => ["same", "form"].includes(relationOf(w, absolute ?? "", context.senses) ?? "");
  // Said more strongly than the claim, it is not held: what the claim's references show false shows it
  // false too, and the verdict decides (see `Alignment.stronger`).
  let stronger: Stronger | null = null;
  if (
    absolute &&
    !readingWords.has(absolute) &&
    (!strongly(absolute) || (ownAbsolute.length > 0 && !ownAbsolute.some(sameWord)))
  )
    stronger = { said: `the sentence says "${absolute}" where the claim says "${predicate.phrasing}"`, cause: false };
  // A risk ("increases the risk of") is said only by a word of risk or likelihood (nor is it implied by
  // the two names: "Long-term anticholinergic use causes dementia"), or by the predicate's verb said as
  // what may come about: "Ibuprofen can cause kidney injury", "Statins help prevent strokes". (Said by
  // the predicate's verb without one, it is a cause where the claim says a risk: more strongly.)
  const likely = predicate.aligned && (associated || (chosen?.words ?? []).some(likelyWord));
  if (readingEffect.risk && !likely && !clause.tokens.some((t) => RISK_WORDS.has(t.word))) {
    const noRisk = `the sentence does not say a risk, as the claim does ("${readingEffect.phrasing}")`;
    // (A cause of what the claim says a raised risk of; "does not prevent" is no denial of a lowered one.)
    if (predicate.aligned) {
      const cause = readingEffect.direction > 0 && !predicate.opposite;
      stronger = { said: noRisk, cause, ...(cause && reading.negated ? { riskDenied: true } : {}) };
    } else held = noRisk;
  }
  // "Statins can never cause cancer", "can't possibly": that it cannot happen says more than any claim of what
  // does or does not happen (a risk not raised, an effect not found).
  const impossible = clause.negations.find(
    (n) =>
      (n.word === "cannot" || CAN_WORDS.has(word(n.index - 1) ?? "")) &&
      (n.word === "never" || ["possibly", "ever"].includes(word(n.index + 1) ?? "")),
  );
  if (impossible && predicate.aligned)
    stronger = {
      said: `the sentence says it cannot happen ("${clause.tokens
        .filter((t) => t.index >= impossible.index - 1 && t.index <= impossible.index + 1)
        .map((t) => t.word)
        .join(" ")
        .replace(/\bcan n't/, "can't")
        .replace(" n't", "n't")}")`,
      cause: false,
      impossible: true,
    };
  // "Smoking will give you lung cancer", "Statins will give you muscle pain": an ailment said to befall the
  // reader for certain says more than a claim that it is caused (a risk raised, a side effect some get);
  // what the claim's references show false ("Coffee will dehydrate you") shows it false too.
  const befalls =
    o !== null && context.ailments.has(o.entityId) && predicate.aligned && !predicate.opposite
      ? clause.tokens.find(
          (t) =>
            t.word === "will" &&
            t.index < o.from &&
            (word(t.index + 2) === "you" || word(t.index + 3) === "you") &&
            !clause.negations.some((n) => n.index > t.index && n.index < o.from),
        )
      : undefined;
  // (A claim in a context the sentence may restate, "at high doses", is left to the context's rules; one
  // that denies it shows the certainty false, as a refuted one does: `cause`.)
  if (befalls && !stronger && reading.contextWords.length === 0)
    stronger = { said: `the sentence says it will befall you ("will … you"), which the claim does not`, cause: true };
  // "Treats every case of GERD", "kills any virus": said of every case, it says more than the claim, and
  // what shows the claim false shows it false too.
  if (every && !readingWords.has(every.word) && !stronger)
    stronger = { said: `the sentence says it of ${every.word} case`, cause: false };
  const antonym = antonymOf(tokens, reading, chosen, context.senses);
  if (antonym) held = `the sentence says "${antonym[0]}" where the claim says "${antonym[1]}"`;
  // (Not an amount the claim's statement denies: "…, but only at high concentrations not reached by normal
  // consumption" says "high", not "normal".)
  const amount = quantityConflict(
    tokens.map((t) => t.word),
    [...reading.contentWords, ...reading.scopeWords].filter((w) => !reading.foilWords.includes(w)),
  );
  if (amount) held = `the sentence speaks of "${amount[0]}" where the claim says "${amount[1]}"`;
  // A count ("ten cups a day") against an amount the claim states in words ("moderate"): the check
  // cannot tell whether they are the same.
  const claimAmount = [...reading.contentWords, ...reading.scopeWords].find((word) =>
    Object.values(QUANTITY_KINDS).some((kind) => kind.has(word)),
  );
  // ("Type 2 diabetes", "a Group 1 carcinogen", "stage 3": a number that labels a kind is no amount.)
  // ("With one pill", "in one dose": "one" before a noun counts; "no one", "one of them", "one study
  // found" do not.)
  const countedOne = (t: Token) => {
    const next = word(t.index + 1);
    return (
      t.word === "one" &&
      next !== undefined &&
      !isGrammarWord(next) &&
      !RESEARCH_NOUNS.has(next) &&
      !ONE_NOT_COUNTED.has(word(t.index - 1) ?? "")
    );
  };
  const counts = clause.tokens.filter(
    (t) =>
      (NUMBER_WORDS.has(t.word) || DIGITS.test(t.word) || countedOne(t)) &&
      !emphasis.has(t.index) &&
      // ("A cup or two" says the claim's "moderate" in words: see `amounts`.)
      !amounts.has(t.index) &&
      !toldWhen.has(t.index) &&
      !inName(t.index) &&
      !LABEL_NOUNS.has(word(t.index - 1) ?? ""),
  );
  const count = counts[0];
  // A number the claim does not state ("by two thirds", "above 10 mg a day"): an amount its evidence
  // may not cover.
  const unstated = counts.find(
    (t) => ![...claimWords, ...readingWords].some((w) => sameNumber(w, t.word, context.senses)),
  );
  if (claimAmount && count) held = `the sentence speaks of "${count.word}" where the claim says "${claimAmount}"`;
  else if (unstated) held = `the sentence states a number ("${unstated.word}") the claim does not`;

  // Every word of the clause must be accounted for: a name, the predicate's words, the claim's own words,
  // grammar, negation, hedges, a reporting frame, or a word general English gives no meaning of its own
  // here ("helps", "drugs", "intake", "a cup of"). Any other word says something the claim does not:
  // "Lisinopril gave my mother a dry cough last year", "Losartan's active metabolite blocks …".
  // (The predicate's words only when they say it: "cause" half-meeting "increases the risk of" is not it.)
  const chosenWords = new Set(predicate.aligned ? (chosen?.words ?? []).flatMap((w) => w.split(" ")) : []);
  // A reporting frame before the subject ("My pharmacist told me that …", "Studies show …") or a source
  // after the assertion ("…, according to the trials") is whose assertion it is, not what it asserts.
  // ("According to my GP, …": the whole frame before the subject.)
  const reporting = clause.tokens.filter((t) => t.index < s.from && REPORTING_VERBS.has(t.word)).at(-1);
  // (So is one who files the subject in the claim's class: "The WHO's cancer agency lists …".)
  const filing = reading.membership ? classifiedBy(clause, s) : undefined;
  // "My neighbour thinks statins cause dementia": another's belief, unjudged by the writer, is theirs.
  // (Not a frame the writer sets their own assertion against: "No matter what people think, X".)
  // (And "Pfizer's ad says Lipitor cuts your risk of a heart attack": what one selling it says. Not
  // "Regardless of what the ads say, X": the writer's X.)
  const againstBelief = OPINION_FRAME.test(clause.tokens.map((t) => t.word).join(" "));
  const speaker = reporting && !clause.judgedReport && !againstBelief ? word(reporting.index - 1) : undefined;
  // (A slogan a thing carries: "My niece's hoodie says …".)
  const reported =
    reporting && speaker !== undefined
      ? SLOGAN_CARRIERS.has(speaker)
        ? "a slogan"
        : PROMOTIONAL_SOURCES.has(speaker)
          ? "what one selling it says"
          : BELIEF_VERBS.has(reporting.word) && !FIRST_PERSON.has(speaker)
            ? "what someone believes"
            : null
      : null;
  if (reporting && reported) held = `the sentence reports ${reported} ("${speaker} ${reporting.word}")`;
  // "Even if Zetia were a statin, …": a supposition, said whole before its comma, asserts nothing.
  const supposing = clause.tokens[0]?.word === "even" ? clause.tokens[1] : clause.tokens[0];
  if (
    supposing &&
    SUPPOSING_OPENERS.has(supposing.word) &&
    clause.frontedUntil >= Math.max(s.to, o?.to ?? 0) - 1 &&
    clause.frontedUntil > supposing.index
  )
    held = `the sentence supposes it ("${supposing.word} …"), it does not say it`;
  // "People take aspirin to dissolve clots", "People smoke to reduce stress": why someone takes it, not what
  // it does (see `Alignment.purpose`). (Not "Aspirin is used to …", a thing's use said of the thing.)
  const taken = [word(s.from - 1) ?? "", s.text.toLowerCase()].find((w) => TAKING_VERBS.has(w) || INTAKE_VERBS.has(w));
  const purpose = (taken !== undefined && word(s.to) === "to" && s.from > first) || givenFor;
  const reportedUntil = Math.max(
    reporting?.word === "according" ? s.from - 1 : (reporting?.index ?? -1),
    filing?.index ?? -1,
  );
  const according = clause.tokens.find((t) => t.index >= s.to && t.word === "according" && word(t.index + 1) === "to");
  // "…, my pharmacist said": a frame closing the clause after what it reports.
  const lastWord = [...clause.tokens].reverse().find((t) => !REPORTED_OBJECTS.has(t.word));
  // ("…, whatever the forums say about it being an opioid": a report the writer sets aside, to the end.)
  const dismissed = clause.tokens.find(
    (t) =>
      t.index >= (o ?? s).to &&
      DISMISSIVE_WORDS.has(t.word) &&
      clause.tokens.some(
        (u) => u.index > t.index && u.index <= t.index + DISMISSIVE_REACH && REPORTING_VERBS.has(u.word),
      ),
  );
  // "Contrary to popular belief, …", "Despite common wisdom, …": a frame before a comma that sets the
  // writer's own assertion against what many believe. Its words are no part of the assertion.
  const openingFrame = againstBelief ? clause.frontedUntil : -1;
  const closingFrame =
    lastWord && REPORTING_VERBS.has(lastWord.word) && lastWord.index >= (o ?? s).to
      ? clause.tokens.find((t) => t.index >= (o ?? s).to && !isGrammarWord(t.word))
      : dismissed;
  // "…, the clinic claims", "…, some patients insist": a belief closing the clause is another's, as one
  // opening it is ("My neighbour thinks …"), unless the writer's own ("…, I think").
  // (Not one the writer sets aside, "…, despite what Reddit claims", nor one the writer's assertion is
  // said to agree with: "…, as is commonly believed", "…, as many claim".)
  const believer = word((lastWord?.index ?? 0) - 1) ?? "";
  if (
    lastWord &&
    lastWord.index >= (o ?? s).to &&
    BELIEF_VERBS.has(lastWord.word) &&
    !clause.judgedReport &&
    !dismissed &&
    !FIRST_PERSON.has(believer) &&
    !clause.tokens.some((t) => t.word === "as" && t.index >= lastWord.index - 3 && t.index < lastWord.index)
  )
    held = `the sentence reports what someone believes ("${believer} ${lastWord.word}")`;
  // (With the words of the object's names where the clause does not name it: an object spoken of in other
  // words is not aligned, but its words are the claim's, not something else the sentence says.)
  const longNameWords = new Set(
    clause.tokens
      .filter((t) => [s, o].some((m) => m !== null && m.to - m.from > 1 && t.index >= m.from && t.index < m.to))
      .map((t) => t.word),
  );
  const nameWords = [
    ...clause.tokens.filter(inPair).map((t) => t.word),
    ...(object.aligned || reading.objectImplicit ? [] : reading.objectNames.flat()),
  ];
  // A concession that goes on from this clause in the same sentence without a name of its own ("…, but
  // only in adults") says more of the same assertion: its words must be accounted for too.
  const goingOn = context.clauses.filter(
    (c) =>
      c.sentence === clause.sentence &&
      CONCESSIVE_OPENERS.has(c.opener) &&
      (c.tokens[0]?.index ?? 0) >= end &&
      !c.tokens.some((t) => withinName(t.index, context.mentions)),
  );
  // "…, but not in the intestine", "…, though not in regular users": it takes part of it back. (Not
  // "…, but it does not cause Z": another assertion, checked as such.)
  const takenBack = context.clauses.find(
    (c) =>
      c.sentence === clause.sentence &&
      CONCESSIVE_OPENERS.has(c.opener) &&
      (c.tokens[0]?.index ?? 0) >= end &&
      c.negations.some((n) => n.index === c.tokens[0]?.index),
  );
  if (takenBack) held = `the sentence takes part of it back ("${takenBack.opener} ${takenBack.negations[0]?.word} …")`;
  const meets = (chosen?.recall ?? 0) >= HALF_MET;
  const causative = predicate.aligned && chosenWords.size > 0 && [...chosenWords].some((w) => CAUSATIVE_VERBS.has(w));
  // "Gives some protection against", "poor protection", "reduced protection": the action's noun in part only.
  // (Unless the claim says it so too: "partial protection" for its "partially protects".)
  const partDegree = clause.tokens.find(
    (t) =>
      (PART_DEGREE.has(t.word) ||
        ((context.senses.get(t.word)?.direction ?? 0) < 0 && afterOwnVerb(clause.tokens, t.index, s))) &&
      !chosenWords.has(t.word) &&
      chosenWords.has(word(t.index + 1) ?? "") &&
      !readingWords.has(t.word) &&
      !ownKind(t.word) &&
      !strongly(t.word) &&
      !intensifiedContrary(t.word),
  );
  const weaklyClaimed = [...readingWords, ...reading.contextWords].some((w) => PART_DEGREE.has(w) || MINIMIZERS.has(w));
  if (partDegree && !held)
    held = `the sentence says it only in part, or weakly ("${partDegree.word} ${word(partDegree.index + 1)}")`;
  // A word that qualifies the subject just before it ("Hot booze …", "a hot drink …") says which of it:
  // the claim's own word in some form says the claim's ("Heavy drinking" for "Regular heavy drinking"),
  // one only akin to a word of the claim ("hot" to "warms") does not.
  const qualifiesSubject = (t: Token) =>
    t.index < s.from &&
    s.from - t.index <= 2 &&
    clause.tokens.some((u) => u.index === s.from) &&
    clause.tokens.filter((u) => u.index > t.index && u.index < s.from).every((u) => !isGrammarWord(u.word));
  const ownForm = (w: string) => claimWords.some((own) => formSimilarity(own, w) >= INFLECTED);
  // ("Metformin by itself won't give you hypos", of a claim "when taken on its own, without insulin".)
  const saidAlone =
    reading.aloneWords.length > 0 && context.clauses.some((c) => c.tokens.some((t) => ALONE_WORDS.has(t.word)));
  const unexplained = [...clause.tokens, ...goingOn.flatMap((c) => c.tokens)].filter(
    (t) =>
      !amounts.has(t.index) &&
      !clause.bounding.includes(t.index) &&
      !(saidAlone && ALONE_WORDS.has(t.word)) &&
      // ("…, thankfully", "Sadly, …": the writer's attitude to it.)
      !ATTITUDE_ADVERBS.has(t.word) &&
      // ("Wait, …", "FYI …", "… btw": the writer's part in the talk; "From what I've read, …": their source.)
      !discourseMarker(clause, t, s.from, (o ?? s).to) &&
      t.index > sourceUntil &&
      // ("It turns out …": the writer's finding. Not "The pineal gland turns out melatonin".)
      !(
        FINDING_FRAME.verbs.has(t.word) &&
        word(t.index + 1) === "out" &&
        clause.tokens.filter((u) => u.index < t.index).every((u) => FINDING_FRAME.before.has(u.word))
      ) &&
      // ("Years of heavy drinking" for the claim's "heavy long-term drinking".)
      !saysLongTerm(t.word) &&
      !involvement.has(t.index) &&
      // ("Takes longer to clear it": the pace said by "slower" above.)
      !chosenWords.has(paced.get(t.index)?.adverb ?? "") &&
      // ("Makes them work better": said as "effective", see `contentWords`.)
      !(chosenWords.has("effective") && worksBetterAt(clause.tokens, clause.tokens.indexOf(t))) &&
      // ("Keeps platelets from clumping": said as "stop", see `contentWords`.)
      !(chosenWords.has("stop") && hinderedFrom(clause.tokens, clause.tokens.indexOf(t))) &&
      // ("Turns vitamin D into calcifediol": said as "convert", see `contentWords`.)
      !(chosenWords.has("convert") && convertedInto(clause.tokens, clause.tokens.indexOf(t))) &&
      !dimensionAt(clause.tokens, clause.tokens.indexOf(t)) &&
      !baseline?.has(t.index) &&
      // (A weakening of the kind the claim says: "a little" for its "mildly".)
      !ownKind(t.word) &&
      // ("Drink it regularly" says a claim's "regular intake", "experiments" its "studies".)
      !(INTAKE_VERBS.has(t.word) && claimWords.some((w) => USE_NOUNS.has(w))) &&
      !(RESEARCH_NOUNS.has(t.word) && claimWords.some((w) => RESEARCH_NOUNS.has(w))) &&
      !(t.index <= reportedUntil) &&
      t.index !== stoppingManner &&
      t.index !== stateVerb &&
      !toldWhen.has(t.index) &&
      // ("Stops you from catching colds": the onset of what is prevented.)
      !(hinder && t.index > hinder.from && t.index === onsetAt) &&
      !onsetOfRisk(clause, t, onsetAt) &&
      // ("You'll end up dehydrated", "end up with kidney damage": a phrasal verb of onset right before the
      // object says no more than "get" does.)
      !(t.index === onsetAt && !ONSET_VERBS.has(t.word)) &&
      !kept?.after.includes(t.index) &&
      !(according && t.index >= according.index) &&
      !(closingFrame && t.index >= closingFrame.index) &&
      t.index > openingFrame &&
      !inName(t.index) &&
      // "In most people", "many patients": how many it holds for ("for many years": how long).
      (!isGrammarWord(t.word) || (HOW_MANY.has(t.word) && !TIME_NOUNS.has(word(t.index + 1) ?? ""))) &&
      !clause.negations.some((n) => n.index === t.index) &&
      !noOne(t) &&
      !affirmingIdiom.has(t.index) &&
      // ("… a bit", "a little": the clause's qualifier, held or not above.)
      !clause.qualifiers.some((q) => q === `a ${t.word}` && word(t.index - 1) === "a") &&
      // "No vitamin D whatsoever", "not one bit": a denial made emphatic.
      !emphasis.has(t.index) &&
      // "Gives good protection against" for "protects against": the action's noun in full degree. (Not
      // under a denial: "no great protection" may still be some; nor for a claim that says it weakly.)
      !(
        FULL_DEGREE.has(t.word) &&
        clause.negations.length === 0 &&
        chosenWords.has(word(t.index + 1) ?? "") &&
        !weaklyClaimed
      ) &&
      // Copulas, hedges, "has been shown to", "helps", "drugs", "intake", "a cup of", "is it true that"…
      !UNMARKED_WORDS.has(t.word) &&
      // ("Shorten bouts of diarrhoea", "a bout of diarrhoea": one bout of an ailment, the object.)
      !(
        EPISODE_NOUNS.has(t.word) &&
        o !== null &&
        context.ailments.has(reading.object) &&
        word(t.index + 1) === "of" &&
        (o.from === t.index + 2 || (o.from === t.index + 3 && ARTICLES.has(word(t.index + 2) ?? "")))
      ) &&
      // ("Is good for lowering a fever", "works for bringing it down": a word of benefit, its preposition,
      // and the predicate said by the verb right after.)
      !(
        BENEFIT_PHRASES.get(t.word)?.has(word(t.index + 1) ?? "") &&
        chosenWords.has(word(t.index + 2) ?? "") &&
        /ing$/.test(word(t.index + 2) ?? "")
      ) &&
      // "Swallowing a couple of Panadol tablets", "chewing an aspirin", "… by mouth": a thing one takes,
      // taken the ordinary way — unless the claim has it taken another ("given intravenously").
      !(reading.takenOrally && saysByMouth(clause.tokens, t, s)) &&
      // ("Has no place in the treatment of": the part it plays, as "plays no part in" says it.)
      !(ROLE_NOUNS.has(t.word) && playedRole(clause.tokens, t.index) !== null) &&
      // ("A treatment option for": a treatment, one of several.)
      !(OPTION_NOUNS.has(t.word) && TREATMENT_WORDS.has(word(t.index - 1) ?? "")) &&
      // ("A standard treatment for", "the first-line treatment": a treatment's standing, asserted.)
      !(
        TREATMENT_STANDING.has(t.word) &&
        TREATMENT_WORDS.has(word(t.index + 1) ?? "") &&
        chosenWords.has(word(t.index + 1) ?? "") &&
        clause.negations.length === 0
      ) &&
      !intensifiedContrary(t.word) &&
      // "Long term" is the claim's "long-term": a compound written open rather than hyphenated.
      !hyphenated(t.index).some((compound) => claimWords.includes(compound)) &&
      // And "high-dose" its "at high doses": a hyphenated compound whose every part is the claim's.
      !(hyphenParts(t.word).length > 0 && hyphenParts(t.word).every((part) => strongly(part))) &&
      !chosenWords.has(t.word) &&
      !readingWords.has(t.word) &&
      // (A word of the claim's own, or one akin to it — "raises" for "increases" — where the sentence
      // says at least half of a phrasing: "causes" alone is not "increases the risk of". Not a kind of a
      // word the sentence says as itself elsewhere, nor a broader one: in "Soaking in Epsom salts works as
      // a laxative", "works" says the claim's "work", and "soaking", a kind of working, is more.)
      !(qualifiesSubject(t)
        ? ownForm(t.word)
        : strongly(t.word) ||
          (meets &&
            claimWords.some(
              (w) =>
                alike(w, t.word, context.senses, true) &&
                !(
                  relationOf(w, t.word, context.senses) === "broader" &&
                  clause.tokens.some((u) => u.index !== t.index && formSimilarity(w, u.word) >= INFLECTED)
                ),
            ))) &&
      !nameWords.some((w) =>
        // (A word of a name of several words, "Red Bull", is said again as itself or a kind of it — "lead
        // or mercury" of "heavy metal" — not by a word derived from it: "taurine" is akin to "bull", not
        // to the drink.)
        longNameWords.has(w)
          ? SAID_AGAIN.has(relationOf(w, t.word, context.senses) as WordRelation)
          : alike(w, t.word, context.senses, true),
      ) &&
      // A class may be named as such, and in a respect: "belongs to a class called …", "chemically".
      !(reading.membership && (CLASS_WORDS.has(t.word) || adverb(t.word))) &&
      !(reading.membership && MEMBERSHIP_NOUNS.has(t.word) && word(t.index + 1) === "of") &&
      !(t.word === "side" && /^effects?$/.test(word(t.index + 1) ?? "")) &&
      // ("A known side effect of doxy", "a classic side effect": how usual a side effect it is.)
      !(SIDE_EFFECT_KINDS.has(t.word) && SIDE_EFFECT.test(`${word(t.index + 1)} ${word(t.index + 2)}`)) &&
      // "Soft bones, known as osteomalacia": the object's (or subject's) name given again.
      !(
        NAMING_WORDS.has(t.word) &&
        context.mentions.some(
          (m) =>
            m.from > t.index &&
            m.from <= t.index + 2 &&
            (m.entityId === reading.object || m.entityId === reading.subject),
        )
      ) &&
      // "Soaking up the sun", "spending time (too long) in the sun": being out in the subject, said just
      // before it — unless the claim has it taken by mouth, or it is a thing one takes: one is on a drug
      // ("too long on statins"), and soaking in Epsom salts is not taking them.
      !(
        (EXPOSURE_VERBS.has(t.word) ||
          (EXPOSURE_SPANS.has(t.word) && [1, 2].some((k) => EXPOSURE_VERBS.has(word(t.index - k) ?? "")))) &&
        t.index < s.from &&
        s.from - t.index <= (EXPOSURE_VERBS.has(t.word) ? 4 : 3) &&
        !reading.takenByMouth &&
        (!reading.takenSubject || word(s.from - 1) === "on")
      ) &&
      // ("Blocks the activity of aldehyde dehydrogenase", "… ALDH activity": what the object does, acted on
      // as the object is.)
      !(
        ACTIVITY_NOUNS.has(t.word) &&
        predicate.aligned &&
        o !== null &&
        (t.index === o.to ||
          (t.index < o.from &&
            word(t.index + 1) === "of" &&
            clause.tokens
              .filter((u) => u.index > t.index + 1 && u.index < o.from)
              .every((u) => DETERMINERS.has(u.word))))
      ) &&
      // "Supplements are a good way to lower blood pressure": the verb that follows, said as a means.
      !(WAY_WORDS.has(t.word) && word(t.index + 1) === "way" && word(t.index + 2) === "to") &&
      // "Makes anxiety worse", "makes bleeding more likely": what a causative verb makes of its object.
      !(
        causative &&
        o &&
        t.index >= o.to &&
        (MORE_WORDS.has(t.word) || LESS_WORDS.has(t.word) || RISK_WORDS.has(t.word))
      ) &&
      !(
        t.word === "comes" &&
        CONDITION_IDIOMS.test(
          clause.tokens
            .slice(t.index - 2 - first, t.index - first + 1)
            .map((u) => u.word)
            .join(" "),
        )
      ) &&
      !/^\d/.test(t.word),
  );
  // A claim that holds in a context ("in children", "at high doses", "against depression"): a sentence
  // that names none of it says the claim more broadly than the store holds it.
  // (Said outside the subject's and object's own names: "Aspirin causes asthma attacks" does not say
  // "in people with aspirin-sensitive asthma".)
  // (Not the words "without" denies: "migraine without aura" does not say "with aura".)
  const denied = (c: Clause, t: Token) =>
    c.tokens.some((u) => u.word === "without" && u.index < t.index && t.index - u.index <= 2);
  const ownScope = reading.contextWords.filter((w) => !GENERIC_SCOPES.has(w) && !adverb(w));
  // The text's words, read only for a claim with a context (most have none): those it says, those it
  // takes aside, those it speaks of as present.
  const scoped = ownScope.length > 0 || reading.excludedWords.length > 0;
  // (With a hyphenated word's parts: "high-dose" says "at high doses".)
  const sentenceWords = scoped
    ? context.clauses.flatMap((c) =>
        c.tokens.filter((t) => !inPair(t) && !denied(c, t)).flatMap((t) => [t.word, ...hyphenParts(t.word)]),
      )
    : [];
  // (With the hyphenated compounds its open ones may be: "long term" says "long-term".)
  if (scoped) sentenceWords.push(...clause.tokens.flatMap((t) => (inPair(t) ? [] : hyphenated(t.index))));
  // (A verb of effect in the same direction states no context: "causes" does not say "after prolonged use".)
  // ("In animal experiments" says "in animal studies": research of any name.)
  const saysWord = (w: string, words: string[]) =>
    words.some(
      (v) =>
        (RESEARCH_NOUNS.has(w) && RESEARCH_NOUNS.has(v)) ||
        (LONG_TERM_WORDS.has(w) && LONG_SPANS.has(v)) ||
        (alike(w, v, context.senses, true) && relationOf(w, v, context.senses) !== "akin"),
    );
  // (A word the context takes aside is said by a text that takes it aside too: "without diabetes",
  // "who do not have diabetes", "but not anaemic", "who have never had heart disease or a stroke".)
  const aside = (c: Clause, t: Token) =>
    denied(c, t) ||
    [...c.negations.map((n) => n.index), ...c.withouts].some(
      (n) =>
        n < t.index &&
        t.index - n <= MAX_ASIDE_WORDS &&
        !c.tokens.some((u) => u.index > n && u.index < t.index && CONCESSIVE_OPENERS.has(u.word)),
    );
  const [asideWords, presentWords] = [true, false].map((taken) =>
    scoped
      ? context.clauses.flatMap((c) => c.tokens.filter((t) => !inPair(t) && aside(c, t) === taken).map((t) => t.word))
      : [],
  ) as [string[], string[]];
  const saysScope = (w: string) =>
    (saidAlone && reading.aloneWords.includes(w)) ||
    (reading.excludedWords.includes(w) ? saysWord(w, asideWords) : saysWord(w, sentenceWords));
  // "… in people who have diabetes" for a claim that holds "without diabetes": other cases.
  const present = reading.excludedWords.find((w) => saidBy(presentWords, w));
  if (present && !held) held = `the sentence speaks of "${present}", which the claim's context sets aside`;
  // A statement may carry its context in its own words ("Levothyroxine overtreatment causes bone loss",
  // context "when the dose is too high"): a sentence that says every one of them (beyond the predicate's
  // and the two names) states the context as the statement does.
  const saysStatement = () => {
    const predicateWords = predicatePhrasings(reading).flatMap((p) => p.words);
    const statementOwn = reading.contentWords.filter((w) => !saidBy(predicateWords, w));
    return (
      reading.source === "statement" && statementOwn.length > 0 && statementOwn.every((w) => saidBy(sentenceWords, w))
    );
  };
  const saidByMouth = reading.takenByMouth && clause.tokens.some((t) => saysByMouth(clause.tokens, t, s));
  const broader =
    ownScope.length > 0 &&
    (!(
      ownScope
        .filter(
          (w) =>
            !UNMARKED_WORDS.has(w) &&
            !INTAKE_VERBS.has(w) &&
            !reading.contextNamed?.includes(w) &&
            // ("Swallowing zinc …" states "when taken by mouth".)
            !(BY_MOUTH_WORDS.has(w) && saidByMouth),
        )
        .every(saysScope) ||
      saysStatement() ||
      amounts.size > 0
    ) ||
      // (A number of the context must be said — unless the statement, said, carries the context without
      // it: "High-dose vitamin C supplements …" for "at high supplement doses, about 1 g a day".)
      !ownScope
        .filter((w) => DIGITS.test(w))
        .every(
          (w) =>
            sentenceWords.some((v) => sameNumber(w, v, context.senses)) ||
            (!reading.contentWords.includes(w) && saysStatement()),
        ))
      ? reading.contextWords.join(" ")
      : null;
  const moreHeld =
    unexplained.length > 0 && !held
      ? `the sentence says what the claim does not ("${unexplained.map((t) => t.word).join(", ")}")`
      : null;
  if (moreHeld) held = moreHeld;
  // "Coffee has no effect on blood alcohol" for "coffee does not lower blood alcohol": denying any effect
  // says more than a claim that denies one direction of it. (Not of a claim said in no direction itself:
  // "does nothing to serotonin" for "has no significant effect on serotonin".)
  const ownNoDirection = reading.phrasings.some((p) => p.words.some((w) => ANY_EFFECT_WORDS.has(w)));
  const saidNoDirection = noDirection && framed && !ownNoDirection;
  if (saidNoDirection && reading.negated && !held)
    held = "the sentence denies any effect, the claim one direction of it only";
  const objectClose = reading.objectImplicit || (object.aligned && object.via === "name" && object.closeness >= 0.85);
  // Subject and object named, nothing else said of them: the claim's predicate is what is meant.
  if (
    !predicate.aligned &&
    !held &&
    rolesFit &&
    objectClose &&
    !reading.objectImplicit &&
    !reading.membership &&
    reading.comparison === null &&
    clause.comparison === null &&
    !predicate.opposite &&
    o !== null &&
    // Named as written: a derived form ("caffeine-free", "caffeinated") may say something of its own.
    o.closeness === 1 &&
    s.closeness === 1 &&
    // A denial is implied only by a denial ("Amineptine does nothing to serotonin"): that a sentence
    // names the two is no sign that it says the opposite of one.
    (!reading.negated || negations.length % 2 === 1) &&
    // ("You had zinc for your acne": someone named before the two does something with them — what, the
    // sentence does not say.)
    !clause.tokens.some((t) => t.index < s.from && SUBJECT_PRONOUNS.has(t.word)) &&
    impliedByPair(clause, reading, tokens, range, [s, o], context)
  ) {
    const phrasing = reading.phrasings[0];
    predicateScore = IMPLIED_SCORE;
    Object.assign(predicate, { aligned: true, implied: true, score: IMPLIED_SCORE, words: null });
    predicate.phrasing = phrasing?.text ?? null;
    // Polarity from the sentence's negations and the claim's own denial only: no words met a phrasing.
    const reasons = polarity.reasons.filter((reason) => reason.startsWith("the sentence denies"));
    if (reading.negated) reasons.push("the claim itself is a denial");
    polarity.reasons = reasons;
    polarity.value = reasons.length % 2 === 0 ? "agrees" : "opposes";
  }

  // A wording that names only its subject leaves the clause's other names unaccounted for: a claim
  // that accounts for them ranks first ("… keep them awake doesn't rely on A1 receptors").
  const unaccounted = reading.objectImplicit && mentions.some((m) => m !== s && m.from > s.from);
  const aligned = subject.aligned && objectClose && predicate.aligned && rolesFit;
  const overlap = shareSaid(reading.contentWords, tokens, context.senses);
  // An object the clause does not name may still be spoken of in other words ("bleeding in the gut" for
  // "gastrointestinal bleeding"): the share of the words of the object's name the clause says best,
  // outside the names it names, makes the claim related and ranks it among the related ones. It aligns
  // nothing.
  const spoken =
    object.aligned || reading.objectImplicit
      ? 0
      : Math.max(0, ...reading.objectNames.map((name) => shareSaid(name, tokens, context.senses)));
  // Related: about the same things (subject and object), or the subject with the predicate said in so
  // many words (not merely a verb of the same direction), or with much of the statement's wording, or of
  // the object's name in other words.
  const related =
    aligned ||
    (objectClose && !reading.objectImplicit) ||
    (predicate.aligned && (chosen?.strong ?? false) && !predicate.opposite) ||
    overlap >= RELATED_OVERLAP ||
    spoken >= RELATED_OVERLAP;
  if (!related) return null;
  const score = round(
    Math.max(
      0,
      0.3 * subject.closeness +
        0.3 * (reading.objectImplicit ? predicateScore : object.aligned ? object.closeness : 0) +
        0.3 * predicateScore +
        0.1 * overlap +
        0.2 * spoken -
        (rolesFit ? 0 : 0.2) -
        (held ? 0.1 : 0) -
        (unaccounted ? UNACCOUNTED_NAME : 0),
    ),
  );
  return {
    match: aligned && !held ? "same-assertion" : "related",
    score,
    subject,
    predicate,
    object,
    polarity,
    swapped: swapped && !reading.symmetric,
    held,
    saysMore: moreHeld !== null && held === moreHeld,
    clause: context.clauses.indexOf(whole),
    joinedWith:
      joinedHeld !== null &&
      (held === joinedHeld.held ||
        // (Said of more objects by the joined name after it; not by more after the two: "inhibits COX-1
        // and COX-2 and dissolves clots".)
        (held === MORE_OBJECTS && joinedHeld.object && joinedHeld.after && heldBeforeObjects === joinedHeld.held))
        ? joinedHeld.entityId
        : null,
    broader,
    stronger,
    // An implied predicate is the claim's own: what opposes it is a denial.
    // ("Vaping is more harmful than smoking", of a refuted "as harmful as": both may be false.)
    contrary: predicate.opposite || comparedOtherwise || loweredContrary || corrected,
    noDirection: saidNoDirection,
    mayNot: clause.negations.some((n) => MAY_WORDS.has(word(n.index - 1) ?? "")),
    someCases:
      // (Not who says it: "Some claim X, but they are wrong".)
      (someOf !== undefined &&
        SOME_OPENERS.has(someOf.word) &&
        someOf.index < s.from &&
        !REPORTING_VERBS.has(word(someOf.index + 1) ?? "")) ||
      // (A judgement that it is false that it never happens: that it happens at times.)
      (clause.negations.some((n) => n.word === "never") && clause.negations.some((n) => / that$/.test(n.word))),
    purpose,
    comparedOtherwise,
    hedged: clause.hedges.length > 0,
    question: clause.question,
    reading,
  };
}

/** The unit of time a word names, in the singular ("hours" → "hour"), or null. */
const unitOf = (w: string) => (TIME_UNITS.has(w) ? w.replace(/s$/, "") : null);

/** What a reading's own words say of its strength and time, read once per reading (see `alignReading`). */
const READING_WORDS = new WeakMap<Reading, { weak: boolean; order: Token[]; changedBy: Set<string> }>();
function readingWordsOf(reading: Reading): { weak: boolean; order: Token[]; changedBy: Set<string> } {
  let found = READING_WORDS.get(reading);
  if (!found) {
    // A claim said weakly: "shows a trend toward", "tends to", "somewhat", "slightly".
    const weak = [reading.text, ...reading.phrasings.map((p) => p.text)].some((text) =>
      tokenize(text).some((t) => TENDENCY_WORDS.has(t.word) || MINIMIZER_KINDS.slight?.has(t.word)),
    );
    const tokens = tokenize(reading.text);
    // The units of time of the amounts it says a change by ("by a few minutes").
    const changedBy = new Set(
      tokens
        .filter((t, i) => TIME_UNITS.has(t.word) && tokens.slice(Math.max(0, i - 3), i).some((u) => u.word === "by"))
        .map((t) => unitOf(t.word) as string),
    );
    found = { weak, order: tokens.filter((t) => TIME_ORDER.has(t.word)), changedBy };
    READING_WORDS.set(reading, found);
  }
  return found;
}

/** How well a predicate implied by the pair it relates is said: below any predicate said in words. */
const IMPLIED_SCORE = 0.5;

/** Whether a claim says that its subject causes its object, or raises its risk: a harm, not a good. */
function harmOf(reading: Reading, senses: Map<string, WordSense>): boolean {
  const effect = effectOfReading(reading, senses);
  return (
    reading.phrasings.some((p) => p.words.some((w) => CAUSING_VERBS.has(w))) || (effect.risk && effect.direction > 0)
  );
}

/**
 * Whether the clause's words (the predicate's range, `tokens`) leave room for no predicate but the
 * claim's: every word is one of the claim's own (its statement or predicate phrasings, by any relation
 * but the opposite) or a thing's name, and none could say another predicate — no verb or adjective the
 * claim does not use, no word the lexicon does not know, no word of effect, amount or direction, none
 * related to the opposite predicate, no third name the claim does not name, no word judging the
 * assertion ("a myth", "real") — and the clause has a verb that is not a bare copula or coordination
 * between the two. "Red Bull has no caffeine in it" implies "contains"; "Caffeine cures headaches",
 * "Caffeine is a painkiller" and "Caffeine and painkillers don't mix" do not.
 */
function impliedByPair(
  clause: Clause,
  reading: Reading,
  tokens: Word[],
  [from, to]: [number, number],
  pair: [Mention, Mention],
  context: AlignContext,
): boolean {
  // A reporting frame before the two ("My pharmacist told me that …") is whose assertion it is.
  const firstFrom = Math.min(pair[0].from, pair[1].from);
  const reported = clause.tokens.filter((t) => t.index < firstFrom && REPORTING_VERBS.has(t.word)).at(-1);
  if (reported) tokens = tokens.filter((t) => t.index > reported.index);
  // (A denial's emphasis says no predicate: "Flaxseed has no DHA whatsoever".)
  const emphatic = denialEmphasis(clause);
  tokens = tokens.filter((t) => !emphatic.has(t.index));
  const words = clause.tokens.filter((t) => !reported || t.index > reported.index).map((t) => t.word);
  // A word that judges the assertion, or sets an amount or a direction ("less effective"), says more.
  if (words.some((word) => VERACITY_WORDS.has(word) || MORE_WORDS.has(word) || LESS_WORDS.has(word))) return false;
  if (words.some((word) => word === "more" || word === "less" || word === "fewer")) return false;
  // "With caffeine you can't sleep": a name after a preposition is not what the clause speaks of.
  if (SUBJECTLESS_PREPOSITIONS.has(clause.tokens.find((t) => t.index === pair[0].from - 1)?.word ?? "")) return false;
  // Nor is a claim whose own sentence says a degree ("Espresso makes you sleep less"): a clause without
  // one ("Espresso makes you sleep") says something else.
  if (reading.phrasings.some((p) => p.text === reading.text && p.degree)) return false;
  const related = (a: string, b: string) => alike(a, b, context.senses);
  // A third name in the clause's range may be what the predicate relates the subject to — unless it
  // names one of the two again, or the claim's own words name it ("during pregnancy", "wake-promoting").
  const claimWords = claimWordsOf(reading);
  const ownName = (m: Mention) =>
    pair.some((p) => p.entityId === m.entityId) ||
    reading.otherEntities.includes(m.entityId) ||
    tokenize(m.text).every((t) => isGrammarWord(t.word) || claimWords.some((word) => related(word, t.word)));
  if (context.mentions.some((m) => !pair.includes(m) && m.from >= from && m.from < to && !ownName(m))) return false;
  // A claim made in a scope ("in rats", "in panic disorder") is implied only where the clause says it.
  if (!reading.scopeWords.every((word) => words.some((token) => related(word, token)))) return false;
  const own = [...new Set([...reading.contentWords, ...reading.phrasings.flatMap((p) => p.words)])];
  const contrary = [...new Set(reading.oppositePhrasings.flatMap((p) => p.words))];
  // Two names side by side ("SSRIs and serotonin reuptake") assert nothing: the clause needs a verb —
  // an auxiliary or copula ("Red Bull has no caffeine in it"), or a verb of the claim's own ("linked").
  const ownVerb = (token: Word) => {
    const sense = context.senses.get(token.word);
    return sense !== undefined && verbal(sense) && own.some((word) => related(word, token.word));
  };
  if (!clause.tokens.some((t) => NEGATED_AUXILIARIES.has(t.word)) && !tokens.some(ownVerb)) return false;
  // Names joined by "and", "or", "with" ("Caffeine and painkillers don't mix") are what is spoken of
  // together, not one said of the other.
  const [first, second] = pair[0].from < pair[1].from ? pair : [pair[1], pair[0]];
  const joining = clause.tokens.filter((t) => t.index >= first.to && t.index < second.from);
  if (joining.length > 0 && joining.every((t) => COORDINATORS.has(t.word) || DETERMINERS.has(t.word))) return false;
  // ("Is there co-codamol in Panadol?": one said to be in the other — which holds which, the pair's order
  // does not say.)
  if (joining.length > 0 && joining.every((t) => t.word === "in" || DETERMINERS.has(t.word))) return false;
  // "Coffee is caffeine", "Caffeine is a painkiller", "… is the enemy of sleep": a copula between the two
  // says what one is, not the claim's relation — unless a verb of the claim's own follows it ("is linked to").
  const copula = clause.tokens.find((t) => t.index >= first.to && t.index < second.from && COPULAS.has(t.word));
  if (copula && !tokens.some((t) => t.index > copula.index && t.index < second.from && ownVerb(t))) return false;
  // "Ibuprofen helps with blood pressure", "is good for it": a benefit is a predicate of its own.
  if (clause.tokens.some((t) => t.index >= first.to && t.index < second.from && BENEFIT_PHRASES.has(t.word)))
    return false;
  // "Iron does nothing for constipation": no good for it, denied — not that the one causes the other, or
  // raises its risk.
  const noGoodFor = clause.tokens.some(
    (t, i) =>
      t.index >= first.to && t.index < second.from && t.word === "nothing" && clause.tokens[i + 1]?.word === "for",
  );
  if (noGoodFor && harmOf(reading, context.senses)) return false;
  // "Melatonin supplements contain melatonin" for "… contain the labelled dose of": a clause that says a
  // phrasing's first word (its verb) without the rest, and no phrasing whole, says a broader predicate.
  // (Its phrasings, not the statement's words: those have the statement's text.)
  const phrasings = reading.phrasings.filter((p) => p.text !== reading.text && p.words.length > 0);
  const said = (word: string) => tokens.some((t) => related(word, t.word));
  if (
    phrasings.some((p) => p.words.length > 1 && said(p.words[0] as string)) &&
    !phrasings.some((p) => p.words.every(said))
  )
    return false;
  return tokens.every((token) => {
    if (contrary.some((word) => STRONG.has(relationOf(word, token.word, context.senses) as WordRelation))) return false;
    const relations = own.map((word) => relationOf(word, token.word, context.senses));
    if (relations.includes("opposite")) return false;
    if (relations.some((relation) => relation !== null)) return true;
    // A word the claim does not use: only a thing's name (a noun, never a verb's) is no other predicate.
    const sense = context.senses.get(token.word);
    if (!sense || sense.lemmas.size === 0 || sense.direction !== 0) return false;
    const keys = [...sense.senses, ...sense.related];
    return ![...sense.senses].some((key) => key.startsWith("a")) && !keys.some((key) => key.startsWith("v"));
  });
}

/**
 * The indices of the words of `tokens` that say an amount of `kind`: a word of the kind ("large" for a
 * claim's "high doses", "daily" for its "regular intake") or a phrase that says it in other words
 * (AMOUNT_PHRASES).
 */
function amountSaid(tokens: Word[], kind: string): Set<number> {
  const said = new Set<number>();
  for (const t of tokens) if (QUANTITY_KINDS[kind]?.has(t.word)) said.add(t.index);
  const pattern = AMOUNT_PHRASES[kind];
  if (!pattern) return said;
  tokens.forEach((_, i) => {
    const match = pattern.exec(
      tokens
        .slice(i, i + 5)
        .map((t) => t.word)
        .join(" "),
    );
    for (const t of match ? tokens.slice(i, i + match[0].split(" ").length) : []) said.add(t.index);
  });
  return said;
}

/**
 * Whether the two are named together, joined by "and" alone ("Amineptine and tianeptine are …", "coffee
 * and energy drinks"), in either order.
 */
function joinedPair(clause: Clause, a: Mention, b: Mention | null | undefined): boolean {
  if (!b) return false;
  const [first, second] = b.from < a.from ? [b, a] : [a, b];
  return second.from === first.to + 1 && clause.tokens.find((t) => t.index === first.to)?.word === "and";
}

/**
 * Whether the object is joined to another by "and"/"or" ("causes headaches and depression"): the
 * sentence then asserts more than the claim.
 */
function extraObject(clause: Clause, object: Mention, mentions: Mention[]): boolean {
  const after = clause.tokens.filter((t) => t.index >= object.to).slice(0, 3);
  const before = clause.tokens.filter((t) => t.index < object.from).slice(-1);
  if (before[0]?.word === "both") return true;
  if (after[0]?.word !== "and" && after[0]?.word !== "or") return false;
  const next = after.slice(1).find((t) => !isGrammarWord(t.word));
  return next !== undefined || mentions.some((m) => m.from === object.to + 1);
}

/**
 * A word of the sentence that is the antonym of one of the claim's own words that its predicate does
 * not cover (its context, its scope: "low doses" against "high doses"): the sentence speaks of another
 * case. Returns the pair, or null.
 */
function antonymOf(
  tokens: Word[],
  reading: Reading,
  chosen: PhrasingMatch | null,
  senses: Map<string, WordSense>,
): [string, string] | null {
  const used = new Set(chosen?.words ?? []);
  const words = [...new Set([...reading.contentWords, ...reading.scopeWords])].filter(
    (word) => !chosen?.phrasing.words.includes(word),
  );
  for (const token of tokens) {
    // "Acetaldehyde levels" is a noun of the thing's amount, not the verb "level" against "raises".
    if (used.has(token.word) || USE_NOUNS.has(token.word)) continue;
    for (const word of words) {
      const x = senses.get(token.word);
      const y = senses.get(word);
      if (!x || !y || EVALUATIVE_WORDS.has(token.word) || EVALUATIVE_WORDS.has(word)) continue;
      const direct =
        [...x.lemmas].some((lemma) => y.opposite.has(lemma)) || [...y.lemmas].some((l) => x.opposite.has(l));
      if (direct) return [token.word, word];
    }
  }
  return null;
}

/**
 * A verb joined to the predicate's first word by "or" or "and" with nothing between ("enhances or
 * inhibits serotonin reuptake", "inhibits or enhances it"), after the subject: which of the two the
 * sentence asserts, or whether both, is not the claim's to decide. Null when there is none. (Predicates
 * joined plainly are read one by one already: clausesOf.)
 */
function joinedVerb(
  tokens: Word[],
  clause: Token[],
  chosen: PhrasingMatch,
  subject: Mention,
  senses: Map<string, WordSense>,
): string | null {
  const first = predicateStart(tokens, chosen);
  if (first === null) return null;
  const word = (index: number) => clause.find((t) => t.index === index)?.word ?? "";
  const verbAt = (index: number) => {
    const sense = senses.get(word(index));
    return index >= subject.to && sense !== undefined && verbal(sense);
  };
  for (const [join, other] of [
    [first - 1, first - 2],
    [first + 1, first + 2],
  ] as const)
    if (PREDICATE_JOINS.has(word(join)) && verbAt(other) && !chosen.words.includes(word(other))) return word(other);
  return null;
}

/** The place of the first word the predicate was met in, or null. */
function predicateStart(tokens: Word[], chosen: PhrasingMatch): number | null {
  const matched = tokens.filter((t) => chosen.words.includes(t.word));
  return matched.length ? Math.min(...matched.map((t) => t.index)) : null;
}

/**
 * An unmatched verb of effect that lowers ("slows down", "reduces"), between the subject and the
 * predicate words it governs: it says the predicate goes down. Null when there is none.
 */
function governingLowering(
  tokens: Word[],
  clause: Token[],
  chosen: PhrasingMatch,
  subject: Mention,
  senses: Map<string, WordSense>,
): { word: string; another: boolean; joined: boolean } | null {
  const first = predicateStart(tokens, chosen);
  if (first === null) return null;
  const lowering = tokens.find(
    (t) =>
      t.index >= subject.to &&
      t.index < first &&
      !chosen.words.includes(t.word) &&
      !t.noun &&
      (senses.get(t.word)?.direction ?? 0) < 0,
  );
  if (!lowering) return null;
  // "Gives reduced protection against UVA": a lowering word right before the predicate's noun (after a
  // verb of its own) says how much of it, not its opposite — held as said in part (alignReading).
  if (lowering.index === first - 1 && afterOwnVerb(clause, lowering.index, subject)) return null;
  // "Metformin with badly reduced kidney function can cause …": a participle inside a phrase of its own
  // (its adverbs aside) says which of the subject, not what is lowered.
  const opener = clause.filter((t) => t.index < lowering.index && !adverbOnly(t.word, senses)).at(-1);
  if (opener && NOUN_PHRASE_OPENERS.has(opener.word)) return null;
  // "Zinc oxide protects the skin by absorbing UV": what follows "by" is how, not what is lowered.
  // "Prevents the skin from absorbing UV": what follows "from" is another's doing.
  const between = clause.filter((t) => t.index > lowering.index && t.index < first).map((t) => t.word);
  if (between.includes("by")) return null;
  // "Does caffeine disrupt sleep or promote wakefulness?": a word joining them may make them two
  // predicates, or one lowered thing and another ("slows the absorption and clearance of").
  return {
    word: lowering.word,
    another: between.includes("from"),
    joined: between.some((w) => PREDICATE_JOINS.has(w)),
  };
}

/**
 * Whether the word at `index` follows a verb of its own after the subject ("gives reduced protection"),
 * not the subject, an adverb or an auxiliary ("markedly reduces", "does not reduce": the verb itself).
 */
function afterOwnVerb(clause: Token[], index: number, subject: Mention): boolean {
  const before = clause.find((t) => t.index === index - 1);
  return (
    before !== undefined && before.index >= subject.to && !isGrammarWord(before.word) && !before.word.endsWith("ly")
  );
}

/** A word of amount or frequency in `sentence` that excludes one in `claim` ("small" / "high"), or null. */
function quantityConflict(sentence: string[], claim: string[]): [string, string] | null {
  const kinds = (words: string[]) =>
    new Map(
      words.flatMap((word) =>
        Object.entries(QUANTITY_KINDS)
          .filter(([, members]) => members.has(word))
          .map(([kind]) => [kind, word] as const),
      ),
    );
  const said = kinds(sentence);
  const claimed = kinds(claim);
  for (const [a, b] of QUANTITY_CONFLICTS)
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const mine = said.get(x);
      const theirs = claimed.get(y);
      if (mine && theirs) return [mine, theirs];
    }
  return null;
}

/** The words that make a text's assertion exclusive: "sole", "uniquely", "the only". */
export function exclusiveWordsOf(tokens: Token[], bounding: number[] = []): string[] {
  // (Not of the report the sentence is in: "My grandma always told me …" says how often she said it.)
  // (Nor the "least" of a floor: "…, at least a little".)
  const words = tokens
    .filter(
      (t, i) =>
        EXCLUSIVE_WORDS.has(t.word) && !REPORTING_VERBS.has(tokens[i + 1]?.word ?? "") && !bounding.includes(t.index),
    )
    .map((t) => t.word);
  const text = tokens.map((t) => t.word).join(" ");
  if (EXCLUSIVE_ONLY.test(text)) words.push("only");
  const universal = UNIVERSAL_SCOPE.exec(text);
  if (universal) words.push(universal[0]);
  return words;
}

/** Whether each of a sentence's scope words meets a claim's (the same place, species, population, or a broader one). */
function scopesMeet(sentence: string[], claim: string[], senses: Map<string, WordSense>): boolean {
  // (Words of how often and of taking the thing in narrow nothing: "in rare cases" is "rarely", "in
  // people who drink it regularly" is "with regular intake". Other generic words still must meet the
  // claim's scope: "in the body" is not "in rats".)
  // ("In people" narrows nothing either — unless the claim's scope is an animal: "in people" is not "in
  // rats".)
  const animal = claim.some((b) => ANIMAL_SUBJECTS.has(b));
  const narrowing = sentence.filter((a) => !CASE_NOUNS.has(a) && !INTAKE_VERBS.has(a) && !(a === "people" && !animal));
  return narrowing.every((a) =>
    claim.some((b) => {
      if (RESEARCH_NOUNS.has(a) && RESEARCH_NOUNS.has(b)) return true;
      const relation = relationOf(a, b, senses);
      return relation !== null && relation !== "opposite" && relation !== "akin" && relation !== "sibling";
    }),
  );
}

/**
 * The share of `words` that the clause's words meet (same, form, synonym or derived): of a reading's
 * content words (how much of its wording a related sentence shares), or of its object's name words
 * (an object spoken of without being named).
 */
function shareSaid(words: string[], tokens: Word[], senses: Map<string, WordSense>): number {
  if (words.length === 0) return 0;
  const said = words.filter((word) =>
    tokens.some((token) => STRONG.has(relationOf(word, token.word, senses) as WordRelation)),
  );
  return said.length / words.length;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The best alignment of a text (its clauses) with a claim (its readings): same assertions first. */
export function alignClaim(readings: Reading[], context: AlignContext): Alignment | null {
  let best: Alignment | null = null;
  const same: Alignment[] = [];
  const deniedContraries: Alignment[] = [];
  for (const clause of context.clauses)
    for (const reading of readings) {
      const alignment = alignReading(clause, reading, context);
      if (!alignment) continue;
      if (alignment.match === "same-assertion") same.push(alignment);
      // (The writer's own denial of a contrary, which the claim entails: not a contrary said of a claim that
      // denies, "Tianeptine enhances dopamine uptake" of "… does not inhibit it", which it does not.)
      if (alignment.held === CONTRARY_DENIED && clause.negations.length > 0 && !reading.negated)
        deniedContraries.push(alignment);
      if (
        !best ||
        (alignment.match === "same-assertion" && best.match === "related") ||
        (alignment.match === best.match && alignment.score > best.score)
      )
        best = alignment;
    }
  if (best?.match !== "same-assertion") return best;
  const value = best.polarity.value;
  const clause = best.clause;
  // "White sugar isn't a carb. Sucrose is a carbohydrate though.", "My cousin says X isn't Y. It is Y,
  // right?": a text that says the claim one way and, in another clause, the other way has no one answer
  // — which of the two is the writer's the check does not read.
  if (same.some((a) => a.clause !== clause && a.polarity.value !== value))
    return { ...best, match: "related", held: "the text also says it the other way, in another clause" };
  const otherClauses = (alignments: Alignment[]) => [
    ...new Set(alignments.filter((a) => a.clause !== clause && a.polarity.value === value).map((a) => a.clause)),
  ];
  const alsoSaidIn = otherClauses(same);
  const contraryDeniedIn = otherClauses(deniedContraries);
  return {
    ...best,
    ...(alsoSaidIn.length ? { alsoSaidIn } : {}),
    ...(contraryDeniedIn.length ? { contraryDeniedIn } : {}),
  };
}

/**
 * The clauses of `text` that assert something — words besides grammar's; not a question, not the foil
 * of a contrast ("…, rather than blocking it"), not a label or a speaker before a colon ("Fact: …", "My
 * doctor said: …") — where no claim was found said: what the text says beyond the claims it matched
 * ("Caffeine disrupts sleep; it also cures cancer", "Ozempic helps you lose weight. Everyone in
 * Hollywood is on it"), each quoted from it (a clause whose subject is said again for it, "X is a Y, not
 * a Z", as "X is … not a Z").
 */
export function unsaidClauses(text: string, context: AlignContext, alignments: Alignment[]): string[] {
  // (A clause that says a matched claim again, the same way, says nothing more: "My coach says X. Wrong, X
  // isn't so.")
  const said = new Set(
    alignments.filter((a) => a.match === "same-assertion").flatMap((a) => [a.clause, ...(a.alsoSaidIn ?? [])]),
  );
  // "SSREs treat depression because they enhance serotonin reuptake", "…, which is why it treats
  // depression": each part may be a stored claim, but that one is why the other holds is none.
  const reasons = context.clauses.flatMap((clause, k): string[] =>
    REASON_OPENERS.test(clause.opener) &&
    said.has(k) &&
    said.has(k - 1) &&
    context.clauses[k - 1]?.sentence === clause.sentence
      ? [`${clause.opener} ${quoteClause(text, clause)}`]
      : [],
  );
  const plain = context.clauses.flatMap((clause, k): string[] => {
    const [firstToken, lastToken] = [clause.tokens[0], clause.tokens.at(-1)];
    if (
      said.has(k) ||
      !firstToken ||
      !lastToken ||
      clause.question ||
      clause.answersQuestion ||
      // (A thing set aside is a denial of the subject the store may not hold — "Tianeptine is an SSRE rather
      // than an SSRI" — where a verb set aside may be the contrary the claim implies: "… rather than blocking it",
      // "Far from blocking it, …".)
      clause.setAside === "verb" ||
      (CONTRAST_OPENERS.has(clause.opener) && clause.setAside !== "thing")
    )
      return [];
    // (Before a colon, a label or who says what follows: "Fact: …", "My doctor said: …".)
    // ("Fun fact: …", "Hot take: …": a label of two words, with no name or verb of being in it.)
    // ("Good news for anyone on statins: …": a marker of talk and whom it concerns.)
    const marked = clause.markers >= 2;
    const label =
      (clause.tokens.length <= 2 || marked) &&
      !clause.tokens.some((t) => COPULAS.has(t.word) || (!marked && withinName(t.index, context.mentions)));
    const introduces =
      /^\s*:/.test(text.slice(lastToken.end)) && (label || clause.tokens.some((t) => REPORTING_VERBS.has(t.word)));
    if (introduces) return [];
    // (Nor markers of talk alone: "Sorry, but …", "Yes, but …".)
    if (clause.markers >= clause.tokens.length) return [];
    // (Nor the writer's word that it is so: "All of this is true.", "Looked it up and she's right.")
    if (
      ENDORSEMENT.test(text.slice(firstToken.start, lastToken.end)) &&
      !context.mentions.some((m) => m.from >= firstToken.index && m.to <= lastToken.index + 1)
    )
      return [];
    // (Nor advice to ask a clinician, or be tested: "Still, talk to your midwife about anything you take.")
    if (CONSULT_ADVICE.test(text.slice(firstToken.start, lastToken.end))) return [];
    // (Nor a narrator's preface to a report: "My aunt has been on Stablon for years and her doctor told her
    // it …" — of someone's own life, not of the things the store holds.)
    const next = context.clauses[k + 1];
    const preface =
      next?.sentence === clause.sentence &&
      next.opener === "and" &&
      NARRATORS.has(firstToken.word) &&
      clause.negations.length === 0 &&
      !clause.tokens.some((t) => REPORTING_VERBS.has(t.word));
    if (preface) return [];
    // (Nor what the writer does about it: "Caffeine wrecks my sleep, so I stop after noon" — but not
    // what it goes on to assert: "…, so I take melatonin because it cures insomnia", "…, which …".)
    // (Or what came of it in the writer's own life: "…, which is why I keep getting sick", "…, which is why
    // my doc won't take me off it".)
    const narrator = firstToken.word.replace(/['’]\p{L}+$/u, "");
    const ownAction =
      (clause.opener === "so" || (/^which\s+is\s+why$/.test(clause.opener) && WRITER_WORDS.has(narrator))) &&
      // (With a contraction: "so I've cut back", "so I'm sticking to one cup".)
      NARRATORS.has(narrator) &&
      !clause.tokens.some(
        (t) =>
          REPORTING_VERBS.has(t.word) || RELATIVE_PRONOUNS.has(t.word) || t.word === "because" || t.word === "since",
      );
    if (ownAction) return [];
    const range: [number, number] = [firstToken.index, lastToken.index + 1];
    // (Nor the writer's own story of taking a thing up, changing it or giving it up: "My doctor put me on
    // Crestor yesterday. It's a statin.", "I switched to Allegra because Zyrtec left me drowsy" — a verb of
    // the writer's regimen (REGIMEN_VERBS) within a few words of "I" or "my", which no claim is about. Not
    // what befell the writer otherwise, "I cured my cancer with coffee"; nor when it says what the writer
    // is, or says, thinks, knows or bets — "I'm sure it cures colds", "I realised caffeine causes it" —,
    // nor when a second subject, a clause of its own or what for is said in it: "I started it and it cured
    // my cold", "… that …", "I quit coffee for my heart".)
    const story =
      WRITER_WORDS.has(narrator) &&
      clause.negations.length === 0 &&
      clause.tokens
        .slice(1, 1 + REGIMEN_VERB_REACH)
        .some((t, i) => REGIMEN_VERBS.has(t.word) || TAKEN_OFF.test(wordsFrom(clause.tokens, i + 1, 3))) &&
      clause.tokens
        .slice(1)
        .every(
          (t) =>
            !COPULAS.has(t.word) &&
            !SUBJECT_PRONOUNS.has(t.word) &&
            t.word !== "it" &&
            !REPORTING_VERBS.has(t.word) &&
            !BELIEF_VERBS.has(t.word) &&
            !MIND_VERBS.has(t.word) &&
            !CLAUSE_JOINERS.has(t.word) &&
            t.word !== "for",
        ) &&
      !/^['’](?:m|s|re)$/.test(firstToken.word.slice(narrator.length));
    if (story) return [];
    // (Nor the writer's own story that names no thing the store holds nor points at one: "I just wasn't
    // drinking enough water." — not what the writer says, thinks or knows, "I think there's no safe
    // level.", nor a story of an effect, which may stand for a claim the store lacks: "I cured my cancer
    // with apricot kernels.")
    const ownStory =
      clause.tokens.some((t) => WRITER_SELF.has(t.word)) &&
      !context.mentions.some((m) => m.from >= range[0] && m.to <= range[1]) &&
      !clause.tokens.some(
        (t) =>
          POINTING_WORDS.has(t.word) ||
          REPORTING_VERBS.has(t.word) ||
          BELIEF_VERBS.has(t.word) ||
          MIND_VERBS.has(t.word) ||
          CAUSING_VERBS.has(t.word) ||
          ABSOLUTE_VERBS.has(t.word) ||
          TREATMENT_WORDS.has(t.word) ||
          HELP_VERBS.has(t.word) ||
          (context.senses.get(t.word)?.direction ?? 0) !== 0,
      );
    if (ownStory) return [];
    // (Nor the claim's contrary denied where another clause says the claim: "Tianeptine doesn't block
    // serotonin reuptake, it enhances it" — the correction.)
    if (alignments.some((a) => a.match === "same-assertion" && a.contraryDeniedIn?.includes(k))) return [];
    // (Nor advice to the reader that names nothing the store holds: "…, so keep an eye on it", "…, so you
    // can stop worrying", "… . Talk to your doctor before starting it." — after what it follows from. Not
    // advice on taking it, which says what the store does not hold: "…, so you can't take it in summer".)
    const advice =
      k > 0 &&
      (clause.opener === "so" || context.clauses[k - 1]?.sentence !== clause.sentence) &&
      ADVICE.test(text.slice(firstToken.start)) &&
      !clause.tokens.some((t) => TAKING_VERBS.has(t.word) || INTAKE_VERBS.has(t.word)) &&
      !context.mentions.some((m) => m.from >= range[0] && m.to <= range[1]);
    if (advice) return [];
    // (Names alone say something when there are two of them: "It is an SSRI" relates "it" to a class. It
    // is said when a claim said in another clause says it there too, and it denies nothing: "Tianeptine is
    // an SSRE. It enhances serotonin reuptake." may have matched the class claim best by a wording of it
    // said in the second sentence.)
    const named = new Set(
      context.mentions.filter((m) => m.from >= range[0] && m.to <= range[1]).map((m) => m.entityId),
    );
    const relates =
      named.size >= 2 &&
      !(
        clause.negations.length === 0 &&
        alignments.some((a) => a.match === "same-assertion" && a.alsoSaidIn?.includes(k))
      );
    // (Nor is a clause that denies empty: "Caffeine disrupts sleep, and it doesn't." takes the first back.)
    return contentWords(clause.tokens, context.mentions, range).length || relates || deniesWithin(clause)
      ? [quoteClause(text, clause)]
      : [];
  });
  // "Sugar doesn't make cancer grow faster, but artificial sweeteners do", "…, and so does aspartame": a
  // verb said again of another name, in a clause of that name and an auxiliary alone — what the store
  // may not hold, and no claim aligned with it says.
  const subjects = new Set(alignments.filter((a) => a.match === "same-assertion").map((a) => a.subject.entityId));
  const elliptic = context.clauses.flatMap((clause, k): string[] => {
    if (said.has(k) || k === 0 || clause.question || clause.answersQuestion) return [];
    const words = clause.tokens.filter((t) => !ELLIPSIS_WORDS.has(t.word));
    // (The auxiliaries, as a "not" negates them, stand for the verb said before: "… but sweeteners do".)
    const auxiliaries = words.filter((t) => NEGATED_AUXILIARIES.has(t.word));
    const names = context.mentions.filter((m) => words.some((t) => t.index >= m.from && t.index < m.to));
    const otherwise = words.filter((t) => !NEGATED_AUXILIARIES.has(t.word) && !withinName(t.index, names));
    return auxiliaries.length === 1 &&
      otherwise.length === 0 &&
      names.length > 0 &&
      names.every((m) => !subjects.has(m.entityId))
      ? [quoteClause(text, clause)]
      : [];
  });
  return [...reasons, ...plain, ...elliptic];
}

/** Words an elliptic clause may hold beside its name and auxiliary: "so does X", "X does too", "X does as well". */
const ELLIPSIS_WORDS = new Set(["so", "too", "also", "as", "well", "the", "a", "an"]);

/** A clause as written in `text`: its stretches, joined by "…" where it skips words. */
function quoteClause(text: string, clause: Clause): string {
  const stretches: [number, number][] = [];
  for (const token of clause.tokens) {
    const last = stretches.at(-1);
    if (last && token.start >= last[1] && !/[\p{L}\p{N}]/u.test(text.slice(last[1], token.start))) {
      last[1] = token.end;
      continue;
    }
    stretches.push([token.start, token.end]);
  }
  return stretches.map(([start, end]) => text.slice(start, end)).join(" … ");
}

/** Whether two alignments met the same two names of the text (in either role). */
function samePair(a: Alignment, b: Alignment): boolean {
  const named = (x: Alignment) =>
    x.subject.aligned && x.object.aligned && x.object.closeness >= 0.85 ? [x.subject.words, x.object.words] : null;
  const [x, y] = [named(a), named(b)];
  return x !== null && y !== null && ((x[0] === y[0] && x[1] === y[1]) || (x[0] === y[1] && x[1] === y[0]));
}

/**
 * A predicate implied by the pair a text names stands only for the store's one claim on that pair: when
 * another candidate claim relates the same two names by another predicate, the text does not say which
 * it means, and the implied match is only related.
 */
export function impliedRivals<T extends { predicate: string; alignment: Alignment }>(entries: T[]): T[] {
  return entries.map((entry) => {
    const a = entry.alignment;
    if (!a.predicate.implied || a.match !== "same-assertion") return entry;
    if (!entries.some((other) => other.predicate !== entry.predicate && samePair(other.alignment, a))) return entry;
    return {
      ...entry,
      alignment: {
        ...a,
        match: "related",
        score: round(Math.max(0, a.score - 0.1)),
        held: "the store relates these two in more than one way, and the sentence does not say which",
        predicate: { ...a.predicate, aligned: false },
      },
    };
  });
}

/** Why a match is held that names the claim's subject joined to another by "and" or "or". */
const MORE_SUBJECTS = "the sentence says it of more than the claim's subject";
/** … and its object joined to another. */
const MORE_OBJECTS = "the sentence says it of more than the claim's object";

/**
 * "Coffee and energy drinks contain caffeine", "Caffeine withdrawal causes headaches and fatigue": two
 * matches, each held only by the other's name joined by "and", that say the same predicate of the same
 * other part, and each get the same decisive verdict from its claim — together they say the whole
 * sentence, and both are the same assertion. Any other pair stays held.
 */
export function jointAssertions<
  T extends { predicate: string; claim: { confidence: Confidence }; alignment: Alignment },
>(entries: T[]): T[] {
  const joinable = (a: Alignment) =>
    a.joinedWith !== null &&
    a.broader === null &&
    !a.swapped &&
    a.subject.aligned &&
    a.object.aligned &&
    a.predicate.aligned &&
    !a.predicate.implied;
  const pairOf = (a: Alignment) => [a.subject.entityId, a.object.entityId];
  const partner = (entry: T) =>
    entries.find((other) => {
      const a = entry.alignment;
      const b = other.alignment;
      if (other === entry || !joinable(b) || other.predicate !== entry.predicate) return false;
      const decisive = verdictOf(entry.claim.confidence, a.polarity.value);
      if (decisive !== verdictOf(other.claim.confidence, b.polarity.value)) return false;
      if (decisive !== "supported" && decisive !== "refuted") return false;
      // The other names this one's joined name where this one names the other's.
      const mine = pairOf(a).map((id) => (id === b.joinedWith ? a.joinedWith : id));
      const theirs = pairOf(b);
      return a.joinedWith !== b.joinedWith && mine[0] === theirs[0] && mine[1] === theirs[1];
    });
  return entries.map((entry) => {
    const a = entry.alignment;
    if (!joinable(a) || !partner(entry)) return entry;
    return {
      ...entry,
      alignment: { ...a, match: "same-assertion", held: null, score: round(Math.min(1, a.score + 0.1)) },
    };
  });
}

/** Per check, whether a clause (by its first token) says a word of an object's name (see subjectOnly). */
const saidInClause = new WeakMap<AlignContext, Map<string, boolean>>();

/** Most claims listed when a text names a subject but says nothing the store's claims about it say. */
export const SUBJECT_ONLY_LIMIT = 3;

/**
 * A claim about an entity the text names as its subject (by name or alias, not as a class member),
 * when the text aligns with none of the store's claims: listed as related at a low score, so the
 * answer is `unverified` ("the store knows this subject, not this assertion") rather than `no-match`.
 * The score grows with the words the text shares with the statement, however loosely related, and
 * with its object said.
 */
export function subjectOnly(reading: Reading, context: AlignContext): Alignment | null {
  for (const clause of context.clauses) {
    const first = clause.tokens[0]?.index ?? 0;
    const end = (clause.tokens.at(-1)?.index ?? -1) + 1;
    const mention = context.mentions.find((m) => m.from >= first && m.to <= end && m.entityId === reading.subject);
    if (!mention) continue;
    const tokens = contentWords(clause.tokens, context.mentions, [first, end]);
    const loose = reading.contentWords.filter((word) =>
      tokens.some((token) => alike(word, token.word, context.senses)),
    ).length;
    // Its object counts as one word more: named in the text, or one of its names said in other words
    // ("the painkiller" for analgesics), so that the claim a text meant comes first among its subject's.
    // (Each word looked for once per clause: a check lists up to hundreds of its subjects' claims.)
    const said = saidInClause.get(context) ?? new Map<string, boolean>();
    saidInClause.set(context, said);
    const wordSaid = (word: string) => {
      const key = `${first}\u0000${word}`;
      let found = said.get(key);
      if (found === undefined) {
        found = tokens.some((token) => alike(word, token.word, context.senses, true));
        said.set(key, found);
      }
      return found;
    };
    const objectSaid =
      reading.object !== reading.subject &&
      (context.mentions.some((m) => m.entityId === reading.object) ||
        reading.objectNames.some((name) => name.every(wordSaid)));
    const overlap = (loose + (objectSaid ? 1 : 0)) / (reading.contentWords.length + 1);
    // "X is a …" bears most on what the store says X is.
    const copular = reading.membership && COPULAS.has(clause.tokens.find((t) => t.index === mention.to)?.word ?? "");
    return {
      match: "related",
      score: round(0.1 + 0.2 * overlap + (copular ? 0.1 : 0)),
      subject: {
        aligned: true,
        entityId: reading.subject,
        words: mention.text,
        via: "name",
        closeness: mention.closeness,
      },
      predicate: { aligned: false, score: 0, words: null, phrasing: null, opposite: false, implied: false },
      object: NO_PART(reading.object),
      polarity: { value: "agrees", negations: [], reasons: [] },
      swapped: false,
      held: "only the subject is named",
      saysMore: false,
      clause: context.clauses.indexOf(clause),
      joinedWith: null,
      broader: null,
      stronger: null,
      contrary: false,
      noDirection: false,
      mayNot: false,
      someCases: false,
      purpose: false,
      comparedOtherwise: false,
      hedged: clause.hedges.length > 0,
      question: clause.question,
      reading,
    };
  }
  return null;
}
