/**
 * The names of entities in texts — what `/v1/check` starts from: ids, labels, aliases and the words the
 * store's statements use for their subjects (src/check/statement-names.ts), as written
 * or inflected ("receptors"), and derived forms of a one-word name ("glutamatergic" → glutamate,
 * "anxious" → anxiety, "smokers" → smoking). Two statements however many texts: the exact names, then
 * the names that share their first letters with a word of the texts; up to four more for compound
 * names said otherwise: built on another's said with an alias of it ("absorption of Synthroid"), or
 * said as the verb their head noun names and its object ("absorb iron" for iron absorption), or as
 * their head "of" the rest ("lack of vitamin D" for vitamin D deficiency), or as too little of the rest
 * ("not getting enough vitamin D", "low on zinc"), or as a verb of raising and what their high level
 * qualifies ("raise blood calcium" for high blood calcium).
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { Mention } from "../domain/check/align";
import {
  chooseMentions,
  chooseWithNested,
  type EntityName,
  findNames,
  spanText,
  withoutDefinedAbbreviations,
} from "../domain/check/names";
import { isGrammarWord, type Token, tokenize } from "../domain/check/text";
import {
  AMOUNT_DEGREES,
  CESSATION_NOUNS,
  CESSATION_PHRASE,
  CESSATION_WORDS,
  COMPARATIVE_INTENSIFIERS,
  DEFINITE_DETERMINERS,
  HIGH_LEVEL_WORDS,
  LEVEL_NOUNS,
  LIGHT_VERBS,
  NEGATION_WORDS,
  PARTICLES,
  SHORTAGE_NAMES,
  SHORTAGE_PHRASE,
  SHORTAGE_VERBS,
  SUBJECT_PRONOUNS,
} from "../lexicon/english";
import { MAX_LOOKUP, readKnownWords, readWordSenses } from "../lexicon/lexicon";
import {
  ACTION_NOUN,
  formPrefix,
  formSimilarity,
  gerundForms,
  lemmaCandidates,
  MIN_MISSPELT_NAME,
  misspeltOnce,
  misspeltPrefix,
  slipsOf,
} from "../lexicon/morphology";
import { relateWords, type WordRelation, type WordSense } from "../lexicon/relations";

/** Longest text the check reads, in characters: a sentence or a short paragraph. */
export const MAX_CHECK_TEXT = 2000;
/** Longest name looked up, in words ("selective serotonin reuptake enhancer" is 4). */
const MAX_NAME_WORDS = 5;
/** Shortest word whose derived forms are looked up ("smokers", not "uses"). */
const MIN_FORM_WORD = 5;
/** Most names read by their first letters in one check. */
const MAX_PREFIX_NAMES = 2000;
/**
 * Most words of a text read as names it may misspell: a slip or two in a sentence, not a text of jargon,
 * whose every word the lexicon does not know (each costs a lookup of names and of the words it is a slip
 * from).
 */
const MAX_MISSPELT_WORDS = 8;
/** The closeness of a name met through a derived form (as findNames gives it). */
const DERIVED = 0.9;

/** Lookup keys a run of words may stand for: as written, and with its last word's plural undone. */
function keysOf(words: string[]): string[] {
  const key = words.join(" ");
  const last = words.at(-1) as string;
  const head = words.slice(0, -1);
  const singulars = lemmaCandidates(last)
    .slice(1)
    .filter((form) => form.length > 2);
  return [key, ...singulars.map((form) => [...head, form].join(" "))];
}

const jsonList = (values: string[]) => sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;

/** Entities by the keys that name them; `statement`: the keys that name them only as a statement's word. */
interface NamesByKey {
  names: Map<string, Set<string>>;
  statement: Set<string>;
}

async function namesByKey(db: Db, keys: string[]): Promise<NamesByKey> {
  const out: NamesByKey = { names: new Map(), statement: new Set() };
  if (keys.length === 0) return out;
  const rows = await db.all<{ key: string; entityId: string; statement: number }>(sql`
    SELECT key, entityId, min(statement) AS statement FROM (
      SELECT key, entity_id AS entityId, 0 AS statement FROM entity_aliases WHERE key IN ${jsonList(keys)}
      UNION ALL SELECT lower(label), id, 0 FROM entities WHERE lower(label) IN ${jsonList(keys)}
      UNION ALL SELECT id, id, 0 FROM entities WHERE id IN ${jsonList(keys)}
      UNION ALL SELECT DISTINCT key, entity_id, 1 FROM statement_names WHERE key IN ${jsonList(keys)})
    GROUP BY key, entityId`);
  for (const row of rows) {
    out.names.set(row.key, (out.names.get(row.key) ?? new Set()).add(row.entityId));
    if (row.statement) out.statement.add(`${row.key}\u0000${row.entityId}`);
  }
  return out;
}

/** Names whose first word begins with one of `prefixes` (an index range per prefix). */
async function namesByPrefix(db: Db, prefixes: string[]): Promise<(EntityName & { statement?: true })[]> {
  if (prefixes.length === 0) return [];
  // Text compares as UTF-8 bytes, so every key that starts with a prefix sorts below prefix || U+10FFFF.
  const rows = await db.all<{ name: string; entityId: string; statement: number }>(sql`
    SELECT name, entityId, min(statement) AS statement FROM (
      SELECT a.key AS name, a.entity_id AS entityId, 0 AS statement FROM ${jsonList(prefixes)} AS p
        CROSS JOIN entity_aliases a ON a.key >= p.value AND a.key < p.value || char(1114111)
      UNION ALL SELECT lower(e.label), e.id, 0 FROM ${jsonList(prefixes)} AS p
        CROSS JOIN entities e ON lower(e.label) >= p.value AND lower(e.label) < p.value || char(1114111)
      UNION ALL SELECT DISTINCT n.key, n.entity_id, 1 FROM ${jsonList(prefixes)} AS p
        CROSS JOIN statement_names n ON n.key >= p.value AND n.key < p.value || char(1114111))
    GROUP BY name, entityId
    LIMIT ${MAX_PREFIX_NAMES}`);
  return rows.map((row) => ({
    entityId: row.entityId,
    words: tokenize(row.name).map((t) => t.word),
    ...(row.statement ? { statement: true } : {}),
  }));
}

/**
 * Which of a text's `unknown` words (in order) are read as names misspelt, and the names they may
 * misspell that `named` (those met by the longer prefixes of forms) lacks: the first MAX_MISSPELT_WORDS,
 * looked up by their first three letters — not one a slip from another word of English too
 * ("hypeglycemia": "hyperglycemia" as well as "hypoglycaemia"), nor one whose slips do not all fit in one
 * lookup of the lexicon.
 */
async function readMisspelt(
  db: Db,
  unknown: string[],
  named: EntityName[],
): Promise<{ words: Set<string>; names: EntityName[] }> {
  const words = new Set(unknown.slice(0, MAX_MISSPELT_WORDS));
  const byPrefix = await namesByPrefix(db, [...new Set([...words].map(misspeltPrefix))]);
  // (Of the names met by a word's prefix, those whose first word it may be: few to read whole.)
  const names = byPrefix.filter(
    (name) => !name.statement && [...words].some((word) => misspeltOnce(word, name.words[0] ?? "")),
  );
  const slipped = new Map<string, { spelt: string[]; slips: string[] }>();
  let room = MAX_LOOKUP;
  for (const word of words) {
    const spelt = [...named, ...names].flatMap((name) => name.words.filter((w) => misspeltOnce(word, w)));
    if (spelt.length === 0) continue;
    const slips = slipsOf(word);
    room -= slips.length;
    if (room < 0) words.delete(word);
    else slipped.set(word, { spelt, slips });
  }
  const known = slipped.size
    ? await readKnownWords(
        db,
        [...slipped.values()].flatMap(({ slips }) => slips),
      )
    : new Set<string>();
  for (const [word, { spelt, slips }] of slipped) {
    const other = (slip: string) => known.has(slip) && spelt.every((w) => formSimilarity(slip, w) === 0);
    if (slips.some(other)) words.delete(word);
  }
  return { words, names };
}

type Candidate = Mention & { exact: boolean; statement?: true };

/**
 * Candidates without the statement names that a name follows at once: "drinking" is a word for alcohol
 * ("Regular heavy drinking …"), but "drinking coffee" names what is drunk — and without names whose
 * words run back in the text (`tokens`), into a clause's subject said again ("X is a Y, not a Z" read as
 * two clauses).
 */
function withoutTakenObjects(candidates: Candidate[], tokens: Token[]): Candidate[] {
  const at = new Map(tokens.map((t) => [t.index, t]));
  const inOrder = (c: Candidate) => {
    for (let i = c.from + 1; i < c.to; i++) if ((at.get(i)?.start ?? 0) < (at.get(i - 1)?.end ?? 0)) return false;
    return true;
  };
  const kept = candidates.filter(inOrder);
  return kept
    .filter((c) => !c.statement || !kept.some((other) => !other.statement && other.from === c.to))
    .map(({ statement: _statement, ...candidate }) => candidate);
}

/**
 * The entities each text names: for every text (its tokens), the mentions found — longest names
 * first, exact before derived, so "serotonin transporter" is one name and not "serotonin".
 */
export async function findMentions(
  db: Db,
  texts: { source: string; tokens: Token[] }[],
  /** Look for compound names said otherwise (up to four more statements; see compoundRuns, verbRuns). */
  options: {
    compounds?: boolean;
    /** The lexicon's entries of the texts' words: a word for a kind of an entity names it as one (kindRuns). */
    senses?: Map<string, WordSense>;
  } = {},
): Promise<Mention[][]> {
  const runs: NameRun[] = [];
  const prefixes = new Set<string>();
  /** The words that may be names misspelt: those the lexicon does not know (see readMisspelt). */
  const unknownWords = new Set<string>();
  // A word the lexicon does not know may be a name misspelt ("asprin"): only in a text read with its senses.
  const senses = options.senses;
  const unknown = (word: string) => {
    const sense = senses?.get(word);
    return sense !== undefined && sense.lemmas.size === 0 && sense.senses.size === 0;
  };
  texts.forEach(({ source, tokens }, text) => {
    for (let from = 0; from < tokens.length; from++) {
      for (let length = Math.min(MAX_NAME_WORDS, tokens.length - from); length >= 1; length--) {
        const words = tokens.slice(from, from + length).map((t) => t.word);
        if (length === 1 && isGrammarWord(words[0] as string)) continue;
        // The words as written too: a name with punctuation ("1,3,7-trimethylxanthine") is one key.
        const written = source.slice(tokens[from]?.start, tokens[from + length - 1]?.end).toLowerCase();
        const keys = keysOf(words);
        runs.push({ text, first: from, last: from + length, keys: keys.includes(written) ? keys : [...keys, written] });
      }
      const word = tokens[from]?.word as string;
      if (word.length >= MIN_FORM_WORD && !isGrammarWord(word)) prefixes.add(formPrefix(word));
      if (word.length >= MIN_MISSPELT_NAME - 1 && unknown(word)) unknownWords.add(word);
    }
  });
  const compounds = options.compounds !== false;
  const pairs = compounds ? verbPairs(texts) : [];
  const ofs = compounds ? ofPhrases(texts) : [];
  const lookedUp = new Set([...pairs.map((pair) => pair.verb), ...ofs.map((phrase) => phrase.noun)]);
  const [exact, byPrefix, verbs] = await Promise.all([
    namesByKey(db, [...new Set(runs.flatMap((run) => run.keys))]),
    namesByPrefix(db, [...prefixes]),
    lookedUp.size ? readWordSenses(db, lookedUp) : new Map<string, WordSense>(),
  ]);
  const aliasNamed = byPrefix.filter((name) => !name.statement);
  // (Not a name as written: "Stablon" is no word of English, nor a slip.)
  const unspelt = [...unknownWords].filter((word) => !exact.names.has(word));
  const misspelt = await readMisspelt(db, unspelt, aliasNamed);
  const aliasPrefixed = [...aliasNamed, ...misspelt.names];
  const misspeltWord = (word: string) => misspelt.words.has(word);
  const statementPrefixed = byPrefix.filter((name) => name.statement);
  const candidates = texts.map((said, text) =>
    withoutDefinedAbbreviations(
      withoutTakenObjects(
        [
          ...mentionsOf(runs, exact, text, said),
          // Derived forms: every word of a name met, in order, by a form of it ("glutamatergic receptors").
          ...findNames(said.tokens, aliasPrefixed, said.source, misspeltWord),
          ...findNames(said.tokens, statementPrefixed, said.source).map((m) => ({ ...m, statement: true as const })),
        ],
        said.tokens,
      ),
      said.tokens,
      said.source,
    ),
  );
  if (!compounds) return candidates.map(chooseMentions);
  // The heads of names that begin with a verb's object ("smoking cessation" for "quit smoking") or with
  // what follows "of" ("vitamin D deficiency" for "lack of vitamin D"): what the lexicon says of them
  // decides whether the text names them.
  const modified = namesByModifier(byPrefix);
  const heads = new Set([
    ...pairs.flatMap(({ object }) => lemmaCandidates(object).flatMap((form) => modified.get(form) ?? [])),
    ...ofs.flatMap(({ modifiers }) => modifiers.flatMap((modifier) => modified.get(modifier) ?? [])),
  ]);
  const [aliasRuns, headSenses] = await Promise.all([
    compoundRuns(db, texts, candidates.map(chooseMentions)),
    heads.size ? readWordSenses(db, heads) : new Map<string, WordSense>(),
  ]);
  const more = [
    ...aliasRuns,
    ...verbRuns(pairs, verbs, modified, headSenses),
    ...levelRuns(pairs, verbs),
    ...cessationRuns(texts),
    ...shortageRuns(texts),
    ...ofRuns(ofs, verbs, modified, headSenses),
    ...kindRuns(texts, options.senses),
  ];

  const found = more.length
    ? await namesByKey(db, [...new Set(more.flatMap((run) => run.keys))])
    : { names: new Map(), statement: new Set<string>() };
  return candidates.map((list, text) =>
    chooseWithNested(
      withoutDefinedAbbreviations(
        withoutTakenObjects(
          [...list, ...mentionsOf(more, found, text, texts[text] as { source: string; tokens: Token[] })],
          texts[text]?.tokens ?? [],
        ),
        texts[text]?.tokens ?? [],
        texts[text]?.source ?? "",
      ),
    ),
  );
}

/** The mentions of text `text` that `runs` make, each of its runs read as the first of its keys `found` knows. */
function mentionsOf(
  runs: NameRun[],
  found: NamesByKey,
  text: number,
  { source, tokens }: { source: string; tokens: Token[] },
): Candidate[] {
  const mentions: Candidate[] = [];
  for (const run of runs) {
    if (run.text !== text) continue;
    const key = run.keys.find((candidate) => found.names.has(candidate));
    for (const entityId of key === undefined ? [] : (found.names.get(key) ?? [])) {
      const statement = found.statement.has(`${key}\u0000${entityId}`);
      // (A kind by an entity's own name, not by a word one of its statements uses.)
      if (run.kind && statement) continue;
      mentions.push({
        from: tokens[run.first]?.index as number,
        to: (tokens[run.last - 1]?.index as number) + 1,
        text: spanText(tokens, run.first, run.last, source),
        entityId,
        closeness: run.derived ? DERIVED : 1,
        exact: !run.derived,
        ...(statement ? { statement: true as const } : {}),
        ...(run.kind ? { kind: true as const } : {}),
        ...(run.degree ? { degree: run.degree } : {}),
      });
    }
  }
  return mentions;
}

/** A run of a text's tokens, `first` to `last` (exclusive), read as the names `keys`. */
interface NameRun {
  text: number;
  keys: string[];
  first: number;
  last: number;
  /** Met through a derived form (a mention's closeness is then that of a derivation). */
  derived?: boolean;
  /** Its keys are what the run's word names a kind of (kindRuns). */
  kind?: true;
  /** Said with a word of amount between its verb and its noun: -1 "absorb less iron", +1 "more" (verbRuns). */
  degree?: number;
}

/** A verb and its object in a text: the words, and the tokens `first` to `last` (exclusive) that say them. */
interface VerbPair {
  text: number;
  first: number;
  last: number;
  verb: string;
  object: string;
  /** A word of amount between the verb and its noun: -1 "less", +1 "more" ("absorb less iron"). */
  degree?: number;
}

/** What asks how much of a thing there is, before it: "how much iron your body absorbs". */
const HOW_MUCH = new Set(["much", "many"]);

/** Prepositions between a verb and what its compound name is built on: "dying from asthma". */
const VERB_PREPOSITIONS = new Set(["from", "of"]);
/** The particles of a phrasal verb before its object: "put on weight", "give up smoking". */
const OBJECT_PARTICLES = new Set([...PARTICLES, "on"]);

/**
 * Each word and the noun after it (past an article or a possessive: "absorb your iron"; not a word of
 * amount, "absorb less iron"; past "from" or "of": "dying from asthma"), or before it with a subject
 * pronoun between ("how much iron you absorb"), as a compound name may be said with its verb: "gain
 * weight" for weight gain, "absorbs iron" for iron absorption, "dying from asthma" for asthma death.
 */
function verbPairs(texts: { tokens: Token[] }[]): VerbPair[] {
  const pairs: VerbPair[] = [];
  const content = (word: string | undefined): word is string =>
    word !== undefined && word.length >= 3 && !isGrammarWord(word);
  texts.forEach(({ tokens }, text) => {
    for (let at = 0; at + 1 < tokens.length; at++) {
      const verb = tokens[at]?.word;
      // "Your hands shake" for "shaking hands": a thing and what it does, after a possessive or an article —
      // read as the verb's "-ing" form before it (verbRuns).
      const doing = tokens[at + 2]?.word;
      if (DEFINITE_DETERMINERS.has(verb as string) && content(tokens[at + 1]?.word) && content(doing))
        pairs.push({ text, first: at + 1, last: at + 3, verb: doing, object: tokens[at + 1]?.word as string });
      if (!content(verb)) continue;
      const noun = DEFINITE_DETERMINERS.has(tokens[at + 1]?.word as string) ? at + 2 : at + 1;
      const object = tokens[noun]?.word;
      if (content(object)) pairs.push({ text, first: at, last: noun + 1, verb, object });
      // ("Restrict fetal growth" for fetal growth restriction: a two-word object.)
      const second = tokens[noun + 1]?.word;
      if (content(object) && content(second))
        pairs.push({ text, first: at, last: noun + 2, verb, object: `${object} ${second}` });
      // "Dying from asthma" for asthma death: the object after "from" or "of". "Put on weight" for weight
      // gain, "putting on weight": after a particle, the object of the phrasal verb.
      const linking = tokens[at + 1]?.word as string;
      const particle = OBJECT_PARTICLES.has(linking);
      if (particle || VERB_PREPOSITIONS.has(linking)) {
        const after = DEFINITE_DETERMINERS.has(tokens[at + 2]?.word as string) ? at + 3 : at + 2;
        const said = tokens[after]?.word;
        if (content(said))
          pairs.push({ text, first: at, last: after + 1, verb: particle ? `${verb} ${linking}` : verb, object: said });
      }
      // "… iron you absorb": the object first, then who does it — a pronoun, or after "how much" one
      // noun after a determiner or a possessive ("how much iron your body absorbs").
      const after = tokens[at + 2]?.word;
      if (SUBJECT_PRONOUNS.has(tokens[at + 1]?.word as string) && content(after))
        pairs.push({ text, first: at, last: at + 3, verb: after, object: verb });
      const doer = tokens[at + 2]?.word;
      const done = tokens[at + 3]?.word;
      if (
        HOW_MUCH.has(tokens[at - 1]?.word as string) &&
        DEFINITE_DETERMINERS.has(tokens[at + 1]?.word as string) &&
        content(doer) &&
        content(done)
      )
        pairs.push({ text, first: at, last: at + 4, verb: done, object: verb });
      // "Absorb less iron", "release way more insulin": a word of amount (an intensifier before it) between
      // the verb and its noun says which way what the compound names goes.
      const intensified = COMPARATIVE_INTENSIFIERS.has(tokens[at + 1]?.word as string) ? at + 2 : at + 1;
      const amount = tokens[intensified]?.word as string;
      const degree = AMOUNT_DEGREES.up.has(amount) ? 1 : AMOUNT_DEGREES.down.has(amount) ? -1 : 0;
      const counted = tokens[intensified + 1]?.word;
      if (degree !== 0 && content(counted))
        pairs.push({ text, first: at, last: intensified + 2, verb, object: counted, degree });
    }
  });
  return pairs;
}

/**
 * Compound names "<noun> <head>" said as the verb the head names and its object: the head is the
 * verb itself ("gain weight" → weight gain) or a noun of its action the lexicon derives from it
 * ("absorb iron" → iron absorption, "secrete acid" → acid secretion; not its agent: "inhibits COX-2"
 * is no "COX-2 inhibitor"). A derived reading: a mention at a derived form's
 * closeness (never enough to imply a predicate), which as the longer name wins over the noun's own
 * ("iron"), as "serotonin transporter" does over "serotonin".
 */
function verbRuns(
  pairs: VerbPair[],
  verbs: Map<string, WordSense>,
  modified: Map<string, string[]>,
  headSenses: Map<string, WordSense>,
): NameRun[] {
  const runs: NameRun[] = [];
  for (const { text, first, last, verb, object, degree } of pairs) {
    const sense = verbs.get(verb);
    // Only a word the lexicon knows as a verb.
    if (!sense || ![...sense.senses].some((key) => key.startsWith("v"))) continue;
    const objects = lemmaCandidates(object).filter((form) => form.length > 2);
    // Also a name's head the lexicon derives from one of the verb's senses, through a synonym of it
    // ("quit" → cessation, as "cease" is). (Not of a light verb, whose senses reach far: "taking
    // magnesium" is no magnesium depletion, though one sense of "take" is "deplete".)
    const derived = LIGHT_VERBS.has(verb)
      ? []
      : objects
          .flatMap((form) => headsRelated(form, sense, "derived", modified, headSenses))
          .filter((head) => ACTION_NOUN.test(head));
    // A head that shares a sense with the verb is its action too, whatever its ending ("put on weight"
    // → weight gain, as "gain" is "put on").
    const same = LIGHT_VERBS.has(verb)
      ? []
      : objects.flatMap((form) => headsRelated(form, sense, "synonym", modified, headSenses));
    const heads = [
      ...new Set([...sense.lemmas, ...[...sense.forms].filter((form) => ACTION_NOUN.test(form)), ...derived, ...same]),
    ];
    // And the verb's "-ing" form before its object, as a name may say the action: "lose your hair" for
    // "losing hair", "feel sick" for "feeling sick".
    const doing = [...sense.lemmas].flatMap(gerundForms);
    const keys = [
      ...heads.flatMap((head) => objects.map((form) => `${form} ${head}`)),
      ...doing.flatMap((gerund) => objects.map((form) => `${gerund} ${form}`)),
    ];
    runs.push({ text, keys, first, last, derived: true, ...(degree ? { degree } : {}) });
  }
  return runs;
}

/**
 * Names of a condition by a raised level of what they qualify ("high blood calcium", "high blood
 * pressure") said as a verb of raising and what it raises: "won't raise your blood calcium" names high
 * blood calcium in "blood calcium", the verb left to say its cause. Not a verb of lowering and "low …"
 * ("lowers blood calcium" would then read as lowering hypocalcemia, which it brings about). A derived
 * reading, as verbRuns' are.
 */
function levelRuns(pairs: VerbPair[], verbs: Map<string, WordSense>): NameRun[] {
  const runs: NameRun[] = [];
  for (const { text, last, verb, object } of pairs) {
    if ((verbs.get(verb)?.direction ?? 0) <= 0) continue;
    const words = object.split(" ");
    const keys = [...HIGH_LEVEL_WORDS].flatMap((level) => keysOf([level, ...words]));
    runs.push({ text, keys, first: last - words.length, last, derived: true });
  }
  return runs;
}

/**
 * Names of a thing's stopping ("caffeine withdrawal", "smoking cessation") said as a verb of stopping
 * and the thing: "quitting caffeine", "stopping caffeine", "cutting out caffeine", "giving up
 * coffee" (past an article or a possessive). A derived reading, as verbRuns' are.
 */
function cessationRuns(texts: { tokens: Token[] }[]): NameRun[] {
  const runs: NameRun[] = [];
  texts.forEach(({ tokens }, text) => {
    tokens.forEach((token, at) => {
      const phrasal = CESSATION_PHRASE.test(`${token.word} ${tokens[at + 1]?.word ?? ""}`);
      if (!phrasal && !CESSATION_WORDS.has(token.word)) return;
      let noun = phrasal ? at + 2 : at + 1;
      if (DEFINITE_DETERMINERS.has(tokens[noun]?.word as string)) noun++;
      const object = tokens[noun]?.word;
      if (object === undefined || object.length < 3 || isGrammarWord(object)) return;
      // ("Stops caffeine from waking mice up" keeps caffeine from doing something: no stopping of it.)
      if (tokens[noun + 1]?.word === "from") return;
      const keys = [...new Set(keysOf([object]))].flatMap((form) =>
        [...CESSATION_NOUNS].map((head) => `${form} ${head}`),
      );
      runs.push({ text, keys, first: at, last: noun + 1, derived: true });
    });
  });
  return runs;
}

/** Most words between a negation and "enough": "not getting enough", "don't eat enough". */
const MAX_ENOUGH_GAP = 2;

/**
 * Names of a thing's shortage ("vitamin D deficiency", "low zinc", "lack of iron") said as too little of
 * it: "not getting enough vitamin D", "kids who don't get enough vitamin D", "too little zinc", "low on
 * B12", "running short of vitamin C", "low iron levels". The run holds the words of shortage, its negation too
 * (a negation inside a name denies nothing: "not getting enough vitamin C slows healing" asserts).
 * A derived reading, as verbRuns' are.
 */
function shortageRuns(texts: { tokens: Token[] }[]): NameRun[] {
  const runs: NameRun[] = [];
  texts.forEach(({ tokens }, text) => {
    tokens.forEach((token, at) => {
      let first = -1;
      let start = at + 1;
      if (token.word === "enough") {
        for (let k = at - 1; k >= Math.max(0, at - 1 - MAX_ENOUGH_GAP); k--) {
          const word = tokens[k]?.word as string;
          if (NEGATION_WORDS.has(word) || word === "n't") {
            // (With its auxiliary: "don't get enough".)
            first = word === "n't" && k > 0 ? k - 1 : k;
            break;
          }
          if (isGrammarWord(word)) break;
        }
      } else if (SHORTAGE_PHRASE.test(`${token.word} ${tokens[at + 1]?.word ?? ""}`)) {
        first = at;
        start = at + 2;
      } else if (token.word === "low") first = at;
      if (first < 0) return;
      // ("Running low on vitamin C": the verb of coming to it too.)
      if (first === at && SHORTAGE_VERBS.has(tokens[at - 1]?.word as string)) first--;
      if (DEFINITE_DETERMINERS.has(tokens[start]?.word as string)) start++;
      for (let length = 1; length <= 3 && start + length <= tokens.length; length++) {
        const words = tokens.slice(start, start + length).map((t) => t.word);
        if (isGrammarWord(words.at(-1) as string)) break;
        const keys = keysOf(words).flatMap((thing) => [
          ...[...SHORTAGE_NAMES.after].map((head) => `${thing} ${head}`),
          ...SHORTAGE_NAMES.before.map((word) => `${word} ${thing}`),
        ]);
        // ("Low zinc levels": the level is the shortage's own word.)
        const level = LEVEL_NOUNS.has(tokens[start + length]?.word as string) ? 1 : 0;
        runs.push({ text, keys, first, last: start + length + level, derived: true });
      }
    });
  });
  return runs;
}

/**
 * Entities said by a word for a kind of them: "whisky", "brandy" and "beer" for alcohol, "sunlight" for
 * light — what the lexicon says the word's most frequent noun sense is a kind of. A derived reading, as
 * verbRuns' are, that stands for the entity only as a claim's subject (a member of its class).
 */
function kindRuns(texts: { tokens: Token[] }[], senses: Map<string, WordSense> | undefined): NameRun[] {
  if (!senses) return [];
  const runs: NameRun[] = [];
  texts.forEach(({ tokens }, text) => {
    tokens.forEach((token, at) => {
      const kinds = senses.get(token.word)?.kinds;
      if (kinds?.size && !isGrammarWord(token.word))
        runs.push({ text, keys: [...kinds], first: at, last: at + 1, derived: true, kind: true });
    });
  });
  return runs;
}

/** "<noun> of <modifier>" in a text: the noun and the tokens `first` to `last` of each modifier (1–3 words). */
interface OfPhrase {
  text: number;
  noun: string;
  first: number;
  /** The modifiers after "of" (past an article: "the absorption of the iron"), shortest first. */
  modifiers: string[];
  ends: number[];
}

/**
 * Each "<noun> of <words>" of the texts: "absorption of iron", "lack of vitamin D"; and "<noun> in
 * <words>", "<noun> for <words>": "inflammation in the airways", "receptors for adenosine".
 */
function ofPhrases(texts: { tokens: Token[] }[]): OfPhrase[] {
  const phrases: OfPhrase[] = [];
  texts.forEach(({ tokens }, text) => {
    tokens.forEach((token, at) => {
      const noun = tokens[at - 1]?.word;
      // (A noun of absence may head a name: "lack of vitamin D" for vitamin D deficiency.)
      if (!OF_WORDS.has(token.word) || noun === undefined || noun.length < 3) return;
      if (isGrammarWord(noun) && !NEGATION_WORDS.has(noun)) return;
      const start = DEFINITE_DETERMINERS.has(tokens[at + 1]?.word as string) ? at + 2 : at + 1;
      const modifiers: string[] = [];
      const ends: number[] = [];
      for (let length = 1; length <= 3 && start + length <= tokens.length; length++) {
        const words = tokens.slice(start, start + length).map((t) => t.word);
        if (isGrammarWord(words.at(-1) as string)) break;
        modifiers.push(words.join(" "));
        ends.push(start + length);
      }
      if (modifiers.length) phrases.push({ text, noun, first: at - 1, modifiers, ends });
    });
  });
  return phrases;
}

/** Prepositions between a compound name's head and the rest: "absorption of iron", "inflammation in the airways", "receptors for adenosine". */
const OF_WORDS = new Set(["of", "in", "for"]);

/** The heads of names of two words or more, by the words before the head ("vitamin d" → ["deficiency"]). */
function namesByModifier(names: EntityName[]): Map<string, string[]> {
  const heads = new Map<string, string[]>();
  for (const { words } of names) {
    if (words.length < 2) continue;
    const modifier = words.slice(0, -1).join(" ");
    heads.set(modifier, [...new Set([...(heads.get(modifier) ?? []), words.at(-1) as string])]);
  }
  return heads;
}

/** The heads of names that begin with `modifier` which the lexicon relates to `sense` as `relation`. */
function headsRelated(
  modifier: string,
  sense: WordSense,
  relation: WordRelation,
  modified: Map<string, string[]>,
  headSenses: Map<string, WordSense>,
): string[] {
  return (modified.get(modifier) ?? []).filter((head) => {
    const known = headSenses.get(head);
    return known !== undefined && relateWords(sense, known) === relation;
  });
}

/**
 * Compound names "<modifier> <head>" said as "<head> of <modifier>" ("absorption of iron" → iron
 * absorption), or with a noun the lexicon gives the head's sense ("lack of vitamin D" → vitamin D
 * deficiency): a derived reading, as verbRuns' are.
 */
function ofRuns(
  phrases: OfPhrase[],
  nouns: Map<string, WordSense>,
  modified: Map<string, string[]>,
  headSenses: Map<string, WordSense>,
): NameRun[] {
  const runs: NameRun[] = [];
  for (const { text, noun, first, modifiers, ends } of phrases) {
    const sense = nouns.get(noun);
    modifiers.forEach((modifier, k) => {
      const synonyms = sense ? headsRelated(modifier, sense, "synonym", modified, headSenses) : [];
      // (The modifier singular too: "inflammation in the airways" → airway inflammation.)
      const words = modifier.split(" ");
      const singulars = keysOf(words)
        .slice(1)
        .map((key) => `${key} ${noun}`);
      const keys = [...keysOf([...words, noun]), ...singulars, ...synonyms.map((head) => `${modifier} ${head}`)];
      runs.push({ text, keys, first, last: ends[k] as number, derived: true });
    });
  }
  return runs;
}

/**
 * Names built on another entity's name ("levothyroxine absorption", "absorption of levothyroxine")
 * said with one of its aliases ("absorption of Synthroid"): each mention said by an alias is read
 * again as its entity's label, and the runs of words around it are to be looked up as names. One
 * statement (the labels), only when a text names something by an alias.
 */
async function compoundRuns(db: Db, texts: { tokens: Token[] }[], mentions: Mention[][]): Promise<NameRun[]> {
  const ids = [...new Set(mentions.flat().map((m) => m.entityId))];
  if (ids.length === 0) return [];
  const labels = new Map(
    (await db.all<{ id: string; label: string }>(sql`SELECT id, label FROM entities WHERE id IN ${jsonList(ids)}`)).map(
      (row) => [row.id, tokenize(row.label).map((t) => t.word)],
    ),
  );
  const runs: NameRun[] = [];
  texts.forEach(({ tokens }, text) => {
    for (const mention of mentions[text] ?? []) {
      const label = labels.get(mention.entityId);
      const at = tokens.findIndex((t) => t.index === mention.from);
      const end = tokens.findIndex((t) => t.index === mention.to - 1) + 1;
      const said = tokens.slice(at, end).map((t) => t.word);
      if (!label || at < 0 || end <= at || said.join(" ") === label.join(" ")) continue;
      // The text with the alias read as the label: runs of up to MAX_NAME_WORDS words holding it whole.
      const words = [...tokens.slice(0, at).map((t) => t.word), ...label, ...tokens.slice(end).map((t) => t.word)];
      const labelEnd = at + label.length;
      for (let start = Math.max(0, labelEnd - MAX_NAME_WORDS); start <= at; start++)
        for (let stop = labelEnd; stop <= Math.min(words.length, start + MAX_NAME_WORDS); stop++) {
          if (start === at && stop === labelEnd) continue;
          // Back to the text's own tokens: those before the label, the mention, those after it.
          runs.push({
            text,
            keys: keysOf(words.slice(start, stop)),
            first: start,
            last: stop - labelEnd + end,
          });
        }
    }
  });
  return runs;
}
