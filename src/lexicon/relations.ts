/**
 * How two words relate, from what the lexicon says of each (pure: the entries are read by
 * ./lexicon.ts): the same word or a form of it, a synonym, a derivation, a verb of effect in the same
 * direction, a broader term, an opposite.
 */
import { formSimilarity, PRIVATIVE } from "./morphology";

/** What the lexicon says of one word as written: the union over the lemmas it may be a form of. */
export interface WordSense {
  word: string;
  /** The lexicon's words it may be a form of ("boosts" → "boost"); empty when it knows none. */
  lemmas: Set<string>;
  senses: Set<string>;
  related: Set<string>;
  /** A noun's next sense after those kept: met by a derivation of the other word only, never as its sense. */
  rarer: Set<string>;
  /** An adjective's attribute ("strong" → strength): met by the other word's sense (or rarer sense) only, never through a third. */
  attributes: Set<string>;
  broader: Set<string>;
  opposite: Set<string>;
  forms: Set<string>;
  /** What it names a kind of ("whisky" → "alcohol"): its most frequent noun sense's broader terms. */
  kinds: Set<string>;
  direction: number;
}

/** How two words relate, strongest first. `opposite`: antonyms ("increase" / "reduce"). */
export type WordRelation = "same" | "form" | "synonym" | "derived" | "akin" | "broader" | "sibling" | "opposite";

/** How much each relation counts as the same meaning. */
export const RELATION_WEIGHT: Record<WordRelation, number> = {
  same: 1,
  form: 0.95,
  synonym: 0.9,
  derived: 0.8,
  akin: 0.75,
  broader: 0.6,
  // Two words under one broader term ("levels" and "clearance" under "position"): hardly the same meaning.
  sibling: 0.4,
  // An opposite says the predicate fully, the other way round; a synonym still wins a tie.
  opposite: 0.85,
};

/** How close `formSimilarity` puts a derivation ("antagonist", "antagonizes"). */
const DERIVED_FORM = 0.85;

const meets = (a: Set<string>, b: Set<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
};

/** Whether the lexicon knows a sense of the word as a verb. */
export const verbal = (sense: WordSense): boolean => [...sense.senses].some((key) => key.startsWith("v"));

/** Whether the lexicon knows the word only as a noun. */
const onlyNoun = (sense: WordSense): boolean =>
  sense.senses.size > 0 && [...sense.senses].every((key) => key.startsWith("n"));

/** Whether the lexicon knows the word only as an adverb. */
export const onlyAdverb = (sense: WordSense): boolean =>
  sense.senses.size > 0 && [...sense.senses].every((key) => key.startsWith("r"));

/** The adjectives an adverb (a word the lexicon knows only as one) is derived from: "slowly" → slow. */
const adjectiveOf = (sense: WordSense): Set<string> => (onlyAdverb(sense) ? sense.forms : new Set());

/**
 * How `a` relates to `b`: the same word or a form of it (by the stemmers), a synonym (a shared
 * sense), a derivation (a shared related sense: "inhibitor" ~ "inhibit"), a broader or narrower term
 * ("boost" ~ "increase"), or an opposite ("increase" ~ "reduce", "faster" ~ "slower"); null when the
 * lexicon knows no relation. A word with a sense in common is never taken as an opposite.
 */
export function relateWords(a: WordSense, b: WordSense): WordRelation | null {
  if (a.word === b.word || meets(a.lemmas, b.lemmas)) return "same";
  if (meets(a.senses, b.senses)) return "synonym";
  const form = formSimilarity(a.word, b.word);
  if (form >= 0.95) return "form";
  if (meets(a.opposite, b.lemmas) || meets(b.opposite, a.lemmas)) return "opposite";
  if (meets(a.opposite, b.broader) || meets(b.opposite, a.broader)) return "opposite";
  // An adverb is opposite to what its adjective is: "slowly" (of "slow") to "fast", "faster" — to an
  // adjective or adverb, never a verb ("highly", of "high", is no opposite of "to lower").
  if ((meets(a.opposite, adjectiveOf(b)) && !verbal(a)) || (meets(b.opposite, adjectiveOf(a)) && !verbal(b)))
    return "opposite";
  // A noun's opposite to a verb formed from that opposite: "agonist" (opposite "antagonist") to
  // "antagonizes". (Not an adjective's or adverb's: "useless" is no opposite of "used", "longer" of
  // "shortens", "highly" of "lowers".)
  const oppositeForm = (x: WordSense, y: WordSense) =>
    onlyNoun(x) && verbal(y) && [...x.opposite].some((word) => formSimilarity(word, y.word) >= DERIVED_FORM);
  if (oppositeForm(a, b) || oppositeForm(b, a)) return "opposite";
  // "Useless" shares a concept with "use" (usefulness) but says its absence: no derivation relates them.
  if (PRIVATIVE.test(a.word) !== PRIVATIVE.test(b.word)) return null;
  if (meets(a.forms, b.lemmas) || meets(b.forms, a.lemmas) || meets(a.forms, b.forms)) return "derived";
  if (meets(a.related, b.senses) || meets(b.related, a.senses) || meets(a.related, b.related)) return "derived";
  if (meets(a.rarer, b.related) || meets(b.rarer, a.related) || meets(a.rarer, b.rarer)) return "derived";
  // ("Longer" to duration, whose rarer sense is the length of a thing in time.)
  const named = (x: WordSense, y: WordSense) => meets(x.attributes, y.senses) || meets(x.attributes, y.rarer);
  if (named(a, b) || named(b, a)) return "derived";
  if (form > 0) return "derived";
  // Verbs of effect the lexicon does not relate otherwise: the same direction is akin, opposite ones oppose.
  if (a.direction !== 0 && b.direction !== 0) return a.direction === b.direction ? "akin" : "opposite";
  if (meets(a.broader, b.lemmas) || meets(b.broader, a.lemmas)) return "broader";
  if (meets(a.broader, b.broader)) return "sibling";
  return null;
}
