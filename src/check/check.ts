/**
 * `/v1/check`: a text in, the claims it asserts or is about out, with a verdict that is right or
 * silent. It reads, in a bounded number of statements: the entities the text names, the classes they
 * belong to, the claims about them, their predicates' vocabulary and curated wordings, and the
 * lexicon's entries for every word involved; then aligns the text with each claim (src/domain/check)
 * and decides the verdict.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import {
  type ClaimRow,
  type Confidence,
  claimRelations,
  claims,
  type EntityKind,
  entities,
  entityAliases,
  predicates,
} from "../db/schema";
import {
  type AlignContext,
  type Alignment,
  alignClaim,
  contentWords,
  impliedRivals,
  jointAssertions,
  type Reading,
  SUBJECT_ONLY_LIMIT,
  subjectOnly,
  unsaidClauses,
} from "../domain/check/align";
import { type EntityName, pronounMentions } from "../domain/check/names";
import { statementReadings, wordingReading } from "../domain/check/readings";
import { clausesOf, hyphenParts, judgementsOf, tokenize, withoutEmphasis, withoutNotOnly } from "../domain/check/text";
import {
  decideVerdict,
  holdContrasted,
  sameOfContrasted,
  type Verdict,
  type VerdictRelation,
} from "../domain/check/verdict";
import { defaultPredicate, type PredicateVocabulary } from "../domain/vocabulary";
import { EXAMPLE_ASIDE, FOIL_OPENERS, OBJECT_JOINS, PREDICATE_JOINS } from "../lexicon/english";
import { readWordSenses } from "../lexicon/lexicon";
import { verbal, type WordSense } from "../lexicon/relations";
import { OverBudget } from "../lib/budget";
import { ClientGone, stopped } from "../lib/busy";
import { citationsOf, toClaim } from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";
import { getReferencesByIds } from "../routes/references/references.queries";
import type { Reference } from "../routes/references/references.schemas";
import { findMentions, MAX_CHECK_TEXT } from "./mentions";

export { VERDICTS, type Verdict } from "../domain/check/verdict";

/** Most claims aligned per check: those about the named entities, the ones naming two of them first. */
const MAX_CANDIDATES = 300;

export interface CheckMatch {
  claim: Claim;
  alignment: Alignment;
  references: Map<string, Reference>;
}

/** An entity name found in the text. */
export interface EntityMention {
  text: string;
  entityId: string;
}

export interface CheckResult {
  mentions: EntityMention[];
  verdict: Verdict;
  /** 0–1: how sure the answer is. */
  confidence: number;
  explanation: string;
  /** Relations of the claim the verdict rests on that bear on it: contradicting claims, newer and older accounts. */
  relations: VerdictRelation[];
  matches: CheckMatch[];
}

export interface CheckOptions {
  limit: number;
  /** When to give up (epoch ms): past it the check throws `CheckTimeout`. */
  deadline?: number;
  /** Raised (non-zero) once nobody wants the answer any more: the check throws `ClientGone` (see stopFlag). */
  stop?: Int32Array;
}

/** A check that ran over its time budget: 503 `check-timeout`. */
export class CheckTimeout extends OverBudget {
  /** `budgetMs`: the budget it ran over, when the one who stopped it knows it (the Node worker pool). */
  constructor(budgetMs?: number) {
    super(
      "check-timeout",
      "Check took too long",
      `The check ran over its time budget${budgetMs === undefined ? "" : ` of ${budgetMs} ms`}.`,
      "Send a shorter text, or retry.",
    );
  }
}

/** A claim the text may say, with its subject's kind. */
type Candidate = ClaimRow & { subjectKind: EntityKind | null };

/** The columns of a candidate claim (a `ClaimRow` with its wordings as stored, and its subject's kind). */
const CANDIDATE_COLUMNS =
  sql.raw(`seq, id, statement, subject_id AS subjectId, predicate, object_id AS objectId, context,
  confidence, status, replaced_by AS replacedBy, wordings, revision, created_at AS createdAt, updated_at AS updatedAt,
  (SELECT kind FROM entities WHERE id = subject_id) AS subjectKind`);

/** What may join two predicates of one subject, or two things, or set one aside (see clausesOf). */
const JOINS = new RegExp(
  String.raw`,|\b(?:${[...PREDICATE_JOINS, ...FOIL_OPENERS, ...OBJECT_JOINS.map((join) => join.join(" "))].join("|")})\b`,
  "i",
);

const jsonList = (values: Iterable<string>) => sql`(SELECT value FROM json_each(${JSON.stringify([...values])}))`;

/** Checks `text` against the published claims. */
export async function checkText(db: Db, text: string, options: CheckOptions): Promise<CheckResult> {
  const budget = () => {
    if (stopped(options.stop)) throw new ClientGone("check");
    if (options.deadline !== undefined && Date.now() >= options.deadline) throw new CheckTimeout();
  };
  const checked = withoutNotOnly(withoutEmphasis(text.slice(0, MAX_CHECK_TEXT)));
  // What the lexicon says of the text's own words, first: what kind of thing each noun names ("whisky",
  // a kind of alcohol), and when predicates may be joined in it ("raises A and lowers B") or one set
  // aside ("… rather than lowering B"), which of them are verbs.
  const textSenses = await readWordSenses(db, new Set(tokenize(checked).map((t) => t.word)));
  // (With their lemmas, by which an ending is known for an inflection: "activates" → "activate".)
  const verbs = JOINS.test(checked)
    ? new Set([...textSenses.values()].filter(verbal).flatMap((sense) => [sense.word, ...sense.lemmas]))
    : new Set<string>();
  const clauses = clausesOf(checked, { pairs: true, verb: (word) => verbs.has(word) });
  const tokens = clauses.flatMap((clause) => clause.tokens);
  const [mentions = []] = await findMentions(db, [{ source: text, tokens }], { senses: textSenses });
  const mentioned = new Set(mentions.map((m) => m.entityId));
  // Names inside longer ones ("paracetamol" in "paracetamol overdose"): their claims may be said through
  // the longer name, those whose object the text names too.
  const nested = new Set(
    mentions.flatMap((m) => (m.nested ?? []).map((n) => n.entityId)).filter((id) => !mentioned.has(id)),
  );
  // (Each name as written once: a clause's subject said again for it, in "X is a Y, not a Z", is no other.)
  const startOf = new Map(tokens.map((t) => [t.index, t.start]));
  const written = new Set<string>();
  const found = mentions.flatMap((m) => {
    const key = `${startOf.get(m.from)}\u0000${m.entityId}`;
    if (written.has(key)) return [];
    written.add(key);
    return [{ text: m.text, entityId: m.entityId }];
  });
  if (mentioned.size === 0) return { mentions: found, ...decideVerdict([]), matches: [] };
  budget();

  const classesOf = await readClasses(db, mentioned);
  const subjects = new Set([...mentioned, ...[...classesOf.values()].flatMap((classes) => [...classes])]);
  const rows = await db.all<Candidate & { wordings: string }>(sql`
    SELECT ${CANDIDATE_COLUMNS} FROM ${claims} WHERE +status = 'published' AND subject_id IN ${jsonList(subjects)}
    ORDER BY object_id IN ${jsonList(mentioned)} DESC, seq DESC LIMIT ${MAX_CANDIDATES}`);
  // (Not those read already, as a class of a name the text says.)
  for (const id of subjects) nested.delete(id);
  if (nested.size)
    rows.push(
      ...(await db.all<Candidate & { wordings: string }>(sql`
        SELECT ${CANDIDATE_COLUMNS} FROM ${claims} WHERE +status = 'published' AND subject_id IN ${jsonList(nested)}
          AND object_id IN ${jsonList(mentioned)}
        ORDER BY seq DESC LIMIT ${MAX_CANDIDATES}`)),
    );
  const candidates: Candidate[] = rows.map((row) => ({ ...row, wordings: parseList(row.wordings) }));
  if (candidates.length === 0) return { mentions: found, ...decideVerdict([]), matches: [] };
  budget();

  const [vocabulary, { names, ailments }] = await Promise.all([
    readVocabulary(db, new Set(candidates.map((c) => c.predicate))),
    readNames(db, new Set([...candidates.flatMap((c) => [c.subjectId, c.objectId]), ...mentioned])),
  ]);
  const wordings = candidates.flatMap((claim) =>
    claim.wordings.map((source) => ({ source, tokens: clausesOf(source).flatMap((clause) => clause.tokens) })),
  );
  // (A curator's wording names things as the store does: no alias inside a compound name to read.)
  const wordingMentions = wordings.length ? await findMentions(db, wordings, { compounds: false }) : [];
  budget();

  let w = 0;
  const readings = new Map<string, Reading[]>();
  for (const claim of candidates) {
    const list = statementReadings(claim, vocabulary, names, mentioned);
    const [statement] = list;
    for (const wording of claim.wordings) {
      const reading = wordingReading(claim, wording, wordingMentions[w] ?? [], vocabulary, statement);
      if (reading) list.push(reading);
      w++;
    }
    readings.set(claim.id, list);
  }

  // (With the parts of a hyphenated word, each of which may be the claim's: "high-dose".)
  const words = new Set(contentWords(tokens, []).flatMap((word) => [word.word, ...hyphenParts(word.word)]));
  for (const list of readings.values())
    for (const reading of list) {
      for (const phrasing of [...reading.phrasings, ...reading.oppositePhrasings])
        for (const word of phrasing.words) words.add(word);
      for (const word of [...reading.contentWords, ...reading.objectNames.flat()]) words.add(word);
    }
  const context: AlignContext = {
    clauses,
    mentions: [...mentions, ...pronounMentions(clauses, mentions)].sort((a, b) => a.from - b.from),
    classesOf,
    ailments,
    senses: await sensesOf(db, words, textSenses),
  };
  budget();

  let aligned: { claim: ClaimRow; predicate: string; alignment: Alignment }[] = [];
  for (const claim of candidates) {
    budget();
    const alignment = alignClaim(readings.get(claim.id) ?? [], context);
    if (alignment) aligned.push({ claim, predicate: claim.predicate, alignment });
  }
  aligned = jointAssertions(impliedRivals(aligned));
  // What else the store says of the subject the text names, listed after what aligned up to the limit:
  // the claim the text meant may be among them, said in words the matcher does not read. Only when
  // nothing aligned do they bear on the answer: the store knows the subject (`unverified`), not the
  // assertion.
  const alignedIds = new Set(aligned.map(({ claim }) => claim.id));
  const aboutSubject = candidates
    .filter((claim) => !alignedIds.has(claim.id))
    .map((claim) => {
      const [statement] = readings.get(claim.id) ?? [];
      const alignment = statement ? subjectOnly(statement, context) : null;
      return alignment ? { claim, predicate: claim.predicate, alignment } : null;
    })
    .filter((m) => m !== null)
    .sort((a, b) => b.alignment.score - a.alignment.score || a.claim.id.localeCompare(b.claim.id));
  aligned.sort(
    (a, b) =>
      Number(b.alignment.match === "same-assertion") - Number(a.alignment.match === "same-assertion") ||
      b.alignment.score - a.alignment.score ||
      a.claim.id.localeCompare(b.claim.id),
  );
  // A text that is a claim's own statement, word for word, says that claim and nothing else, however the
  // matcher reads its parts ("Alcohol warms the body" for body temperature; a statement with a clause of
  // its own): that claim is the answer's one basis.
  const said = wordsOf(text);
  const verbatim = aligned
    .filter(({ claim }) => wordsOf(claim.statement) === said)
    .map((m) => ({ ...m, alignment: asStatement(m.alignment) }));
  if (verbatim.length) aligned = [...verbatim, ...aligned.filter((m) => !verbatim.some((v) => v.claim === m.claim))];
  const related = await readVerdictRelations(
    db,
    aligned.filter(({ alignment }) => alignment.match === "same-assertion").map(({ claim }) => claim),
    mentioned,
  );
  const decided = decideVerdict(
    (verbatim.length ? verbatim : aligned.length ? aligned : aboutSubject.slice(0, SUBJECT_ONLY_LIMIT)).map(
      ({ claim, alignment }) => ({
        claimId: claim.id,
        confidence: claim.confidence,
        alignment,
        relations: related.get(claim.id) ?? [],
      }),
    ),
    judgementsOf(text.slice(0, MAX_CHECK_TEXT)),
    verbatim.length
      ? []
      : [
          ...(await unverifiedExamples(db, checked, mentioned)),
          ...unsaidClauses(
            text,
            context,
            aligned.map(({ alignment }) => alignment),
          ),
        ],
  );
  // ("Unlike fish oil, Vascepa lowers triglycerides": what the text sets its assertion against.)
  const basis = candidates.find((claim) => claim.id === decided.basis);
  const contrasted = new Set(
    clauses
      .filter((clause) => clause.contrasted)
      .flatMap((clause) =>
        context.mentions.filter((m) => clause.tokens.some((t) => t.index === m.from)).map((m) => m.entityId),
      ),
  );
  const decision =
    basis && contrasted.size
      ? holdContrasted(decided, sameOfContrasted(basis, contrasted, candidates, classesOf))
      : decided;
  budget();

  const shown = [...aligned, ...aboutSubject].slice(0, options.limit);
  const cited = await citationsOf(
    db,
    shown.map(({ claim }) => claim.id),
  );
  const shownClaims = shown.map(({ claim, alignment }) => ({
    // A check answers a claim's citations, not its relations (those of the verdict's claim are `relations`).
    claim: toClaim(claim, cited.get(claim.id) ?? [], []),
    alignment,
  }));
  const references = await getReferencesByIds(db, [...new Set(shownClaims.flatMap((m) => m.claim.referenceIds))]);
  return {
    mentions: found,
    ...decision,
    matches: shownClaims.map((m) => ({ ...m, references })),
  };
}

/**
 * The examples a text gives between commas ("Statins, including ezetimibe, lower …", ", such as …,",
 * ", e.g. …,") that the store does not hold as members of a kind the text names: each says its names
 * are of the kind before it, and the clauses are read without them — so the store backs only the rest
 * of the text, as with a clause it does not hold. (", including atorvastatin," of statins, when the
 * store holds that atorvastatin is a statin, is read as said.)
 */
async function unverifiedExamples(db: Db, text: string, mentioned: Set<string>): Promise<string[]> {
  const examples = [...text.matchAll(EXAMPLE_ASIDE)].map((aside) => aside[0].replace(/^,\s*|\s*,$/g, ""));
  if (examples.length === 0) return [];
  const named = await findMentions(
    db,
    examples.map((source) => ({ source, tokens: tokenize(source) })),
  );
  const classes = await readClasses(db, new Set(named.flat().map((m) => m.entityId)));
  return examples.filter((_, k) => {
    const names = named[k] ?? [];
    return (
      names.length === 0 || !names.every((m) => [...(classes.get(m.entityId) ?? [])].some((c) => mentioned.has(c)))
    );
  });
}

/** What the lexicon says of `words`: those in `known` as read already, the rest read now. */
async function sensesOf(db: Db, words: Set<string>, known: Map<string, WordSense>): Promise<Map<string, WordSense>> {
  const read = await readWordSenses(
    db,
    [...words].filter((word) => !known.has(word)),
  );
  return new Map([...words].map((word) => [word, known.get(word) ?? (read.get(word) as WordSense)]));
}

/** A text's words, to compare two texts as the same words: letters and digits without case, the rest ignored. */
function wordsOf(text: string): string {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join(" ") ?? ""
  );
}

/** The alignment of a text that is the claim's statement: every part said, as the claim says it. */
function asStatement(alignment: Alignment): Alignment {
  const said = (part: Alignment["subject"]) => ({ ...part, aligned: true, closeness: Math.max(part.closeness, 1) });
  return {
    ...alignment,
    match: "same-assertion",
    score: 1,
    subject: said(alignment.subject),
    object: said(alignment.object),
    predicate: { ...alignment.predicate, aligned: true, score: 1, opposite: false, implied: false },
    polarity: { value: "agrees", negations: [], reasons: ["the text is the claim's own statement"] },
    swapped: false,
    held: null,
    saysMore: false,
    joinedWith: null,
    broader: null,
    stronger: null,
    contrary: false,
    comparedOtherwise: false,
    hedged: false,
    question: false,
  };
}

/**
 * The relations of the same-assertion matches that bear on a verdict, with the other claim's statement
 * and confidence, published claims only: `contradicts` and `supersedes` either way, and the claims that
 * refine a match (`refines` pointing at it) when the text names an entity of the refinement that the
 * match does not have — the text then says the more exact claim. One statement, the ids bound as one
 * JSON list: the relations from the matches and those to them, each through its index (one join on
 * either side took the status index for the other claim — every published claim — once two matched).
 */
async function readVerdictRelations(
  db: Db,
  matched: ClaimRow[],
  mentioned: Set<string>,
): Promise<Map<string, VerdictRelation[]>> {
  const out = new Map<string, VerdictRelation[]>();
  if (matched.length === 0) return out;
  const ids = matched.map((claim) => claim.id);
  const rows = await db.all<{
    from: string;
    type: VerdictRelation["type"];
    to: string;
    otherId: string;
    statement: string;
    confidence: Confidence;
    subjectId: string;
    objectId: string;
  }>(sql`
    SELECT cr.from_id AS "from", cr.type AS type, cr.to_id AS "to", o.id AS otherId, o.statement AS statement,
      o.confidence AS confidence, o.subject_id AS subjectId, o.object_id AS objectId
    FROM ${claimRelations} cr JOIN ${claims} o ON o.id = cr.to_id
    WHERE cr.from_id IN ${jsonList(ids)} AND cr.type IN ('contradicts', 'supersedes') AND +o.status = 'published'
    UNION ALL
    SELECT cr.from_id, cr.type, cr.to_id, o.id, o.statement, o.confidence, o.subject_id, o.object_id
    FROM ${claimRelations} cr JOIN ${claims} o ON o.id = cr.from_id
    WHERE cr.to_id IN ${jsonList(ids)} AND cr.type IN ('contradicts', 'supersedes', 'refines') AND +o.status = 'published'
    ORDER BY type, otherId`);
  const byId = new Map(matched.map((claim) => [claim.id, claim]));
  for (const row of rows) {
    const matchedId = row.otherId === row.to ? row.from : row.to;
    if (row.type === "refines") {
      const claim = byId.get(matchedId);
      const own = new Set([claim?.subjectId, claim?.objectId]);
      const extra = [row.subjectId, row.objectId].filter((id) => !own.has(id));
      if (!extra.some((id) => mentioned.has(id))) continue;
    }
    const relation: VerdictRelation = {
      type: row.type,
      direction: matchedId === row.from ? "outgoing" : "incoming",
      claimId: row.otherId,
      statement: row.statement,
      confidence: row.confidence,
    };
    out.set(matchedId, [...(out.get(matchedId) ?? []), relation]);
  }
  return out;
}

function parseList(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  try {
    const parsed = JSON.parse(String(value ?? "[]"));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * The classes each mentioned entity belongs to, by the store's membership claims that are not in
 * doubt: predicates whose vocabulary row says membership, or without a row, whose slug does ("is-a").
 */
async function readClasses(db: Db, mentioned: Set<string>): Promise<Map<string, Set<string>>> {
  const rows = await db.all<{ subject: string; object: string; predicate: string; membership: number | null }>(sql`
    SELECT c.subject_id AS subject, c.object_id AS object, c.predicate AS predicate, p.membership AS membership
    FROM ${claims} c LEFT JOIN ${predicates} p ON p.id = c.predicate
    WHERE +c.status = 'published' AND +c.confidence NOT IN ('refuted', 'contested')
      AND c.subject_id IN ${jsonList(mentioned)}
      AND (p.membership = 1 OR (p.id IS NULL AND (c.predicate LIKE 'is-%' OR c.predicate LIKE 'are-%')))`);
  const out = new Map<string, Set<string>>();
  for (const row of rows)
    if (row.membership === 1 || defaultPredicate(row.predicate).membership)
      out.set(row.subject, (out.get(row.subject) ?? new Set()).add(row.object));
  return out;
}

/** The vocabulary rows of `ids`, of their opposites and of the predicates they deny (defaults where none). */
async function readVocabulary(db: Db, ids: Set<string>): Promise<Map<string, PredicateVocabulary>> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT id, label, phrasings, opposite, negation_of AS negationOf, symmetric, membership, description
    FROM ${predicates}
    WHERE id IN ${jsonList(ids)} OR opposite IN ${jsonList(ids)}
      OR id IN (SELECT opposite FROM ${predicates} WHERE id IN ${jsonList(ids)})
      OR id IN (SELECT negation_of FROM ${predicates} WHERE id IN ${jsonList(ids)})`);
  const out = new Map<string, PredicateVocabulary>();
  for (const row of rows)
    out.set(String(row.id), {
      id: String(row.id),
      label: String(row.label),
      phrasings: parseList(row.phrasings),
      opposite: (row.opposite as string | null) ?? null,
      negationOf: (row.negationOf as string | null) ?? null,
      symmetric: Boolean(row.symmetric),
      membership: Boolean(row.membership),
      description: (row.description as string | null) ?? null,
    });
  // An opposite is mutual: "inhibits" is the opposite of "enhances" when either row says so.
  for (const row of [...out.values()])
    if (row.opposite) {
      const other = out.get(row.opposite);
      if (other && !other.opposite) out.set(other.id, { ...other, opposite: row.id });
    }
  for (const id of ids) if (!out.has(id)) out.set(id, defaultPredicate(id));
  return out;
}

/**
 * The kind of entity that is an ailment, of which more is worse: "makes pain worse" raises it. (Of
 * anything else, "worse" may be less of it: "makes sleep worse".)
 */
const AILMENT_KIND: EntityKind = "condition";

/** The names (label, id, aliases, statement names) of `ids`, as words, and which of them are ailments: one statement. */
async function readNames(
  db: Db,
  ids: Set<string>,
): Promise<{ names: Map<string, EntityName[]>; ailments: Set<string> }> {
  const rows = await db.all<{ id: string; name: string; kind: string | null }>(sql`
    SELECT id, label AS name, kind FROM ${entities} WHERE id IN ${jsonList(ids)}
    UNION ALL SELECT id, replace(id, '-', ' '), NULL FROM ${entities} WHERE id IN ${jsonList(ids)}
    UNION ALL SELECT entity_id, alias, NULL FROM ${entityAliases} WHERE entity_id IN ${jsonList(ids)}
    UNION ALL SELECT DISTINCT entity_id, key, NULL FROM statement_names WHERE entity_id IN ${jsonList(ids)}`);
  const names = new Map<string, EntityName[]>();
  const ailments = new Set<string>();
  for (const { id, name, kind } of rows) {
    names.set(id, [...(names.get(id) ?? []), { entityId: id, words: tokenize(name).map((t) => t.word) }]);
    if (kind === AILMENT_KIND) ailments.add(id);
  }
  return { names, ailments };
}
