/**
 * The readings of a claim: the ways it is said that a text is aligned with — its statement with its
 * predicate's vocabulary (label, curated phrasings, slug, the opposite and denied predicates), and each
 * curated wording. Pure functions over the claim, its predicate's vocabulary and its entities' names.
 */

import type { EntityKind } from "../../db/schema";
import {
  ALONE_WORDS,
  BY_MOUTH,
  CONTRAST_PREPOSITIONS,
  DETERMINERS,
  EMPHASIS_WORDS,
  HOW_MANY,
  INTAKE_VERBS,
  INTENSIFIERS,
  OTHER_ROUTES,
  POSSIBILITY_MODALS,
  REPORTING_VERBS,
} from "../../lexicon/english";
import { defaultPredicate, deniesMembership, type PredicateVocabulary, slugDenies, slugWords } from "../vocabulary";
import {
  contentWords,
  degreeOf,
  exclusiveWordsOf,
  type Mention,
  type Phrasing,
  type Reading,
  scopeWords,
} from "./align";
import { chooseMentions, type EntityName, findNames, withinName } from "./names";
import { type Clause, clausesOf, comparisonOf, isGrammarWord, type Token, tokenize } from "./text";

/** What a reading needs of a claim. */
export interface ClaimFacts {
  statement: string;
  subjectId: string;
  predicate: string;
  objectId: string;
  context: string | null;
  wordings: string[];
  /** Its subject's kind (Entity.kind), when read with it. */
  subjectKind?: EntityKind | null;
}

/** How many words before a name and after it are beside it: "the risk of fractures", "caffeine intake". */
const BESIDE_BEFORE = 3;
const BESIDE_AFTER = 2;

/** The content words of `tokens` beside (not in) the names of `named`: Reading's `nameWords`. */
function nameWordsOf(tokens: Token[], mentions: Mention[], named: (Mention | undefined)[]): string[] {
  const beside = tokens.filter((t) =>
    named.some((m) => m && (t.index < m.from ? m.from - t.index <= BESIDE_BEFORE : t.index - m.to < BESIDE_AFTER)),
  );
  return wordsOf(beside, mentions);
}

/** A text's content words outside `mentions`, one per place (a phrasal verb rather than its verb). */
function wordsOf(tokens: Token[], mentions: Mention[]): string[] {
  const seen = new Set<number>();
  return contentWords(tokens, mentions)
    .filter((word) => !seen.has(word.index) && seen.add(word.index))
    .map((word) => word.word);
}

/**
 * Negation cues of `clauses` before `end` (all of them without an end), outside the names of `mentions`:
 * "lack of iodine" names a thing, it denies nothing.
 */
function negationCount(
  clauses: Clause[],
  end = Number.POSITIVE_INFINITY,
  mentions: Mention[] = [],
  /** The text, when it is a store's own declarative sentence. */
  curated?: string,
): number {
  return clauses.reduce(
    (sum, clause) =>
      sum +
      clause.negations.filter((n) => n.index < end && !withinName(n.index, mentions) && !contrasts(clause, n, curated))
        .length,
    0,
  );
}

/**
 * A "not" that opens a phrase after a comma in a store's own sentence sets one thing against another:
 * "… are caused by the nocebo effect, not by the drug" denies the drug's part, not the claim. (A user's
 * sentence is read as it is: its contrast may be what it denies.)
 */
function contrasts(clause: Clause, negation: { word: string; index: number }, curated: string | undefined): boolean {
  if (curated === undefined || negation.word !== "not") return false;
  const at = clause.tokens.findIndex((t) => t.index === negation.index);
  const token = clause.tokens[at];
  const next = clause.tokens[at + 1]?.word ?? "";
  return (
    token !== undefined &&
    /,\s*$/.test(curated.slice(0, token.start)) &&
    (DETERMINERS.has(next) || CONTRAST_PREPOSITIONS.has(next))
  );
}

/** A phrasing from its text: its content words outside `mentions`, and whether it denies. */
export function phrasingOf(text: string, mentions: Mention[] = []): Phrasing {
  const clauses = clausesOf(text);
  const tokens = clauses.flatMap((clause) => clause.tokens);
  return {
    text,
    words: wordsOf(tokens, mentions),
    negated: negationCount(clauses) % 2 === 1,
    degree: degreeOf(tokens, mentions),
  };
}

/** phrasingsOf's answers per vocabulary row: a check reads each row once, and asks for it per claim. */
const phrasingsRead = new WeakMap<PredicateVocabulary, Phrasing[]>();

/**
 * The phrasings of a predicate: its label, its curated phrasings and its slug in words, without repeats
 * (read once per row object, and shared: not to be changed).
 */
export function phrasingsOf(predicate: PredicateVocabulary): Phrasing[] {
  const read = phrasingsRead.get(predicate);
  if (read) return read;
  const texts = [predicate.label, ...predicate.phrasings, slugWords(predicate.id).join(" ")];
  const seen = new Set<string>();
  const phrasings = texts
    .map((text) => phrasingOf(text))
    .filter((phrasing) => {
      const key = `${phrasing.negated} ${phrasing.degree} ${phrasing.words.join(" ")}`;
      return !seen.has(key) && seen.add(key);
    });
  phrasingsRead.set(predicate, phrasings);
  return phrasings;
}

/**
 * The claim as its statement and predicate say it: subject and object from the claim; the predicate's
 * phrasings (a negative predicate is said by the phrasings of the predicate it denies); the statement's
 * own words outside the names; the opposite predicate's phrasings.
 */
function readStatement(
  claim: ClaimFacts,
  vocabulary: Map<string, PredicateVocabulary>,
  names: Map<string, EntityName[]>,
  /** The entities the text names (their names in `names`): those the statement or context names too. */
  mentioned: Iterable<string>,
): { reading: Reading; mentions: Mention[] } {
  const predicate = vocabulary.get(claim.predicate) ?? defaultPredicate(claim.predicate);
  const denied = predicate.negationOf ? vocabulary.get(predicate.negationOf) : undefined;
  // How the claim has its subject taken: by mouth, said so; or a drug, whose ordinary way that is unless
  // the claim says another.
  const claimText = `${claim.statement} ${claim.context ?? ""}`.toLowerCase();
  const takenByMouth = BY_MOUTH.test(claimText);
  const takenSubject = claim.subjectKind === "drug" || claim.subjectKind === "drug-class";
  const opposite = predicate.opposite ? vocabulary.get(predicate.opposite) : undefined;
  const clauses = clausesOf(claim.statement);
  const tokens = clauses.flatMap((clause) => clause.tokens);
  const mentions = chooseMentions(
    findNames(tokens, [...(names.get(claim.subjectId) ?? []), ...(names.get(claim.objectId) ?? [])], claim.statement),
  );
  const object = mentions.find((m) => m.entityId === claim.objectId);
  const statement: Phrasing = {
    text: claim.statement,
    words: wordsOf(tokens, mentions),
    negated: false,
    degree: degreeOf(tokens, mentions),
  };
  // Said as a phrasing, the statement's words of taking the subject in are not the predicate's:
  // "Milk makes asthma worse" says "Drinking milk makes asthma worse".
  const said: Phrasing = { ...statement, words: statement.words.filter((w) => !INTAKE_VERBS.has(w)) };
  // A participle after a comma says the claim again in other words, each a phrasing of it: "Smoking speeds
  // up the clearance of caffeine, shortening its half-life" is said by "Smoking shortens caffeine's half-life".
  const restatedAt = /,\s+\p{L}+ing\b/u.exec(claim.statement)?.index;
  const restated =
    restatedAt === undefined
      ? []
      : [tokens.filter((t) => t.start < restatedAt), tokens.filter((t) => t.start > restatedAt)].map(
          (part): Phrasing => ({
            text: claim.statement,
            words: wordsOf(part, mentions),
            negated: false,
            degree: degreeOf(part, mentions),
          }),
        );
  // Negation bears on the assertion when it comes before the object ("…, though not at low doses" does not).
  const ownDenial = predicate.negationOf !== null || slugDenies(predicate.id);
  const negated =
    ownDenial || negationCount(clauses, object ? object.from : undefined, mentions, claim.statement) % 2 === 1;
  const passive =
    claim.predicate.endsWith("-by") ||
    (object ? tokens.find((t) => t.index === object.from - 1)?.word === "by" : false);
  const { comparison, lessWords } = comparisonOf(`${predicate.label} ${claim.statement}`);
  const context = claim.context ? tokenize(claim.context) : [];
  // The statement without the words of its context ("…, especially late in pregnancy"): the context is
  // checked as a context, and its words are no part of how the predicate is said.
  const contextWords = new Set(context.map((t) => t.word));
  const unscoped: Phrasing = { ...said, words: said.words.filter((w) => !contextWords.has(w)) };
  const others = [...mentioned].filter((id) => id !== claim.subjectId && id !== claim.objectId);
  // (Only names whose every word begins as one of the statement's or context's does: a long text may
  // name many things, and a form of a word keeps its first letters.)
  const begins = (word: string) => word.slice(0, 4);
  const written = new Set([...tokens, ...context].map((t) => begins(t.word)));
  const otherNames = others
    .flatMap((id) => names.get(id) ?? [])
    .filter((name) => name.words.every((word) => written.has(begins(word))));
  const inStatement = otherNames.length ? findNames(tokens, otherNames) : [];
  const inContext = otherNames.length ? chooseMentions(findNames(context, otherNames)) : [];
  const namedEntities = [...new Set([...inStatement, ...inContext].map((m) => m.entityId))];
  // The context's words that name one of them: the text states those by naming it ("gout attacks" for
  // "for gout flares").
  const contextNamed = context.filter((t) => withinName(t.index, inContext)).map((t) => t.word);
  const reading: Reading = {
    source: "statement",
    text: claim.statement,
    subject: claim.subjectId,
    object: claim.objectId,
    objectImplicit: false,
    subjectOpens: false,
    // A negative predicate's own denial is the reading's ("does not inhibit the uptake of"): its phrasings
    // are read for their words, so that "inhibits dopamine uptake" opposes the claim and "does not inhibit
    // it" agrees — the denial is not counted twice.
    phrasings: [
      ...phrasingsOf(predicate).map((p) => (ownDenial ? { ...p, negated: false } : p)),
      ...(denied ? phrasingsOf(denied) : []),
      said.words.length ? said : statement,
      ...restated.filter((p) => p.words.length > 0 && p.words.length < said.words.length),
      ...(unscoped.words.length > 0 && unscoped.words.length < said.words.length ? [unscoped] : []),
    ],
    oppositePhrasings: opposite ? phrasingsOf(opposite) : [],
    negated,
    passive,
    symmetric: predicate.symmetric,
    membership: predicate.membership || (denied?.membership ?? false) || deniesMembership(predicate.id),
    comparison,
    lessWords: comparisonOf(predicate.label).lessWords.length ? comparisonOf(predicate.label).lessWords : lessWords,
    contentWords: statement.words,
    nameWords: nameWordsOf(
      tokens,
      mentions,
      mentions.filter((m) => m.entityId === claim.subjectId || m.entityId === claim.objectId),
    ),
    objectNames: (names.get(claim.objectId) ?? [])
      .map((name) => [...new Set(name.words.filter((w) => !isGrammarWord(w)))])
      .filter((words) => words.length > 0),
    scopeWords: [
      ...scopeWords(tokens, mentions, undefined, new Set(phrasingsOf(predicate).flatMap((p) => p.words))),
      ...wordsOf(context, []),
    ],
    exclusiveWords: [...exclusiveWordsOf(tokens), ...exclusiveWordsOf(tokenize(predicate.label))],
    // The statement is read with its subject's and object's names only: its other names are content words.
    otherEntities: [],
    namedEntities,
    contextNamed,
    // (With how many it says it of: "Rhinoviruses cause most colds" is said by "Most colds are caused by …";
    // how strongly: "a much faster onset" is said by "works much faster"; and that it only can: "can cause".)
    claimWords: [
      ...statement.words,
      ...wordsOf(context, []),
      ...[...tokens, ...context]
        .filter((t) => HOW_MANY.has(t.word) || INTENSIFIERS.has(t.word) || POSSIBILITY_MODALS.has(t.word))
        .map((t) => t.word),
    ],
    takenByMouth,
    takenSubject,
    takenOrally: takenByMouth || (takenSubject && !OTHER_ROUTES.test(claimText)),
    // ("according to newer research" says where the claim comes from, not where it holds.)
    // (Nor does "especially in late pregnancy" restrict the claim: it holds most of all there.)
    contextWords:
      REPORTING_VERBS.has(context[0]?.word ?? "") || EMPHASIS_WORDS.has(context[0]?.word ?? "")
        ? []
        : wordsOf(context, []),
    excludedWords: excludedWordsOf(context),
    aloneWords: aloneWordsOf(context),
    // "…, not by reflecting it", "…, though not at low doses": what the statement denies after its object.
    foilWords: object ? foilWordsOf(clauses, object, mentions, context) : [],
  };
  return { reading, mentions };
}

/**
 * The claim's readings from its statement: the statement with its predicate's vocabulary (first), and
 * the statement read as a wording when it names its subject but says its object in other words
 * ("Alcohol warms the body" for body temperature) — a text that says it so says the claim, as one that
 * says a curated wording does (but the claim's context is still asked for).
 */
export function statementReadings(
  claim: ClaimFacts,
  vocabulary: Map<string, PredicateVocabulary>,
  names: Map<string, EntityName[]>,
  /** The entities the text names (their names in `names`): those the statement or context names too. */
  mentioned: Iterable<string> = [],
): [Reading, ...Reading[]] {
  const { reading, mentions } = readStatement(claim, vocabulary, names, mentioned);
  if (!mentions.some((m) => m.entityId === claim.subjectId) || mentions.some((m) => m.entityId === claim.objectId))
    return [reading];
  const worded = wordingReading(claim, claim.statement, mentions, vocabulary, reading);
  return worded ? [reading, { ...worded, contextWords: reading.contextWords }] : [reading];
}

/**
 * The words a statement denies after its object ("…, not by reflecting it", "…, though not at low
 * doses"), but none it also says outside the denial or in its context ("at high doses, though not at low
 * doses" still says "doses").
 */
function foilWordsOf(clauses: Clause[], object: Mention, mentions: Mention[], context: Token[]): string[] {
  const denied = new Set<number>();
  for (const clause of clauses) {
    // (A denial, not a context's "without": that sets cases aside — see `excludedWords`.)
    const denial = clause.negations.find((n) => n.index >= object.to && DENIALS.has(n.word));
    for (const t of clause.tokens) if (denial && t.index > denial.index) denied.add(t.index);
  }
  const tokens = clauses.flatMap((clause) => clause.tokens);
  const said = new Set([
    ...wordsOf(
      tokens.filter((t) => !denied.has(t.index)),
      mentions,
    ),
    ...wordsOf(context, []),
  ]);
  return wordsOf(
    tokens.filter((t) => denied.has(t.index)),
    mentions,
  ).filter((word) => !said.has(word));
}

/**
 * The words that deny what follows them: after a statement's object ("…, not by reflecting it"), and in a
 * context ("but not anaemic", "with no history of heart disease").
 */
const DENIALS = new Set(["not", "n't", "never", "no", "nor"]);

/**
 * Words of a context that it sets aside: those that follow "without" by at most two words ("without
 * diabetes", "without liver injury"), every word after a denial ("iron deficient but not anaemic", "no
 * history of heart disease or stroke"), and what a "non-" word denies ("non-heme iron": "heme").
 */
function excludedWordsOf(context: Token[]): string[] {
  const denial = context.findIndex((t) => DENIALS.has(t.word));
  return [
    ...wordsOf(
      context.filter(
        (_, i) =>
          context.slice(Math.max(0, i - 2), i).some((u) => u.word === "without") || (denial !== -1 && i > denial),
      ),
      [],
    ),
    ...context.flatMap((t) => (t.word.startsWith("non-") ? [t.word.slice(4)] : [])),
  ];
}

/**
 * The words of a context that takes the subject alone ("when taken on its own, without insulin or a
 * sulfonylurea"): its words of being alone and every word of what it is taken without. None otherwise.
 */
function aloneWordsOf(context: Token[]): string[] {
  if (!context.some((t) => ALONE_WORDS.has(t.word))) return [];
  const without = context.findIndex((t) => t.word === "without");
  return wordsOf(
    context.filter((t, i) => ALONE_WORDS.has(t.word) || (without >= 0 && i > without)),
    [],
  );
}

/**
 * A curated wording read as the claim: its own entity names stand for subject and object (the claim's
 * where it names them, else the first and the last it names), its other words for the predicate. A
 * wording that names only the subject says predicate and object in its other words ("Nobody knows
 * exactly how tianeptine works").
 */
export function wordingReading(
  claim: ClaimFacts,
  wording: string,
  mentions: Mention[],
  vocabulary: Map<string, PredicateVocabulary>,
  /** The claim's statement reading: the claim's own words, what its context sets aside, its object's names. */
  statement?: Pick<
    Reading,
    | "claimWords"
    | "membership"
    | "takenByMouth"
    | "takenSubject"
    | "takenOrally"
    | "nameWords"
    | "excludedWords"
    | "objectNames"
    | "foilWords"
  >,
): Reading | null {
  const predicate = vocabulary.get(claim.predicate) ?? defaultPredicate(claim.predicate);
  const subject = mentions.find((m) => m.entityId === claim.subjectId) ?? mentions[0];
  if (!subject) return null;
  const object =
    mentions.find((m) => m.entityId === claim.objectId && m !== subject) ??
    mentions.filter((m) => m !== subject).at(-1);
  const clauses = clausesOf(wording);
  const tokens = clauses.flatMap((clause) => clause.tokens);
  const words = wordsOf(tokens, mentions);
  const { comparison, lessWords } = comparisonOf(wording);
  return {
    source: "wording",
    text: wording,
    subject: subject.entityId,
    object: object?.entityId ?? claim.objectId,
    objectImplicit: !object,
    subjectOpens: tokens.every((t) => t.index >= subject.from || isGrammarWord(t.word)),
    phrasings: [{ text: wording, words, negated: false, degree: degreeOf(tokens, mentions) }],
    oppositePhrasings: [],
    negated: negationCount(clauses, object ? object.from : undefined, mentions, wording) % 2 === 1,
    passive: object ? tokens.find((t) => t.index === object.from - 1)?.word === "by" : false,
    symmetric: predicate.symmetric,
    membership: statement?.membership ?? predicate.membership,
    comparison,
    lessWords,
    contentWords: words,
    scopeWords: scopeWords(tokens, mentions),
    exclusiveWords: exclusiveWordsOf(tokens),
    otherEntities: mentions.filter((m) => m !== subject && m !== object).map((m) => m.entityId),
    claimWords: statement?.claimWords ?? [],
    takenByMouth: statement?.takenByMouth ?? false,
    takenSubject: statement?.takenSubject ?? false,
    takenOrally: statement?.takenOrally ?? false,
    nameWords: [...nameWordsOf(tokens, mentions, [subject, object]), ...(statement?.nameWords ?? [])],
    // A curated wording says the claim as people say it: a context it leaves out is not asked for.
    contextWords: [],
    // (But what the claim's context sets aside stays aside.)
    excludedWords: statement?.excludedWords ?? [],
    aloneWords: [],
    foilWords: statement?.foilWords ?? [],
    objectNames: statement?.objectNames ?? [],
  };
}
