/**
 * Word forms: the lemmas a word may be an inflection of (WordNet's "morphy" detachment rules, checked
 * against the lexicon), and the stems that meet a word's derivations — the Porter stemmer for
 * inflections ("receptors" ~ "receptor"), the more aggressive Lancaster stemmer for derivations
 * ("anxious" ~ "anxiety", "smokers" ~ "smoking"), and a shared-prefix rule for the "-ergic" kind
 * ("glutamatergic" ~ "glutamate") that neither stemmer meets.
 */
import { lancasterStemmer } from "lancaster-stemmer";
import { stemmer } from "stemmer";

/** WordNet's detachment rules (morphy): suffix → replacement, for nouns, verbs and adjectives. */
const DETACHMENTS: [string, string][] = [
  ["s", ""],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
];

/**
 * The forms a word may be an inflection of, itself first: "inhibits" → inhibits, inhibit, inhibite;
 * "receptors" → receptors, receptor. Only those the lexicon knows are used.
 */
export function lemmaCandidates(word: string): string[] {
  // A phrasal verb inflects its verb: "cuts down" → cut down.
  const space = word.indexOf(" ");
  if (space > 0) {
    const rest = word.slice(space);
    return lemmaCandidates(word.slice(0, space)).map((head) => head + rest);
  }
  const out = [word];
  // A doubled final consonant before -ed/-ing/-er: "stopped" → "stop".
  const doubled = /([b-df-hj-np-tv-z])\1(?:ed|ing|er|est)$/.exec(word);
  if (doubled) out.push(word.slice(0, doubled.index + 1));
  for (const [suffix, replacement] of DETACHMENTS)
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + replacement);
  return [...new Set(out)];
}

/**
 * Whether `candidate` is `word` with a comparative's "-er" or "-est" detached ("lower" → low, "bigger"
 * → big): a lemma only of an adjective or adverb, as morphy detaches it only from those — "former" is
 * no form of the noun "form", nor "flower" of the verb "flow".
 */
export function detachesComparative(word: string, candidate: string): boolean {
  const suffix = /(?:er|est)$/.exec(word);
  if (!suffix || candidate === word) return false;
  const base = word.slice(0, suffix.index);
  return (
    candidate === base ||
    candidate === `${base}e` ||
    (base.length > 2 && base.at(-1) === base.at(-2) && candidate === base.slice(0, -1))
  );
}

/**
 * `stem` remembered per word: a check compares each word of a text with the names and phrasings of
 * hundreds of claims, and stemming (a cascade of regular expressions) was most of its time. Bounded:
 * emptied when full (a process stems the words of what it is sent).
 */
function remembered<T>(stem: (word: string) => T, size = 20_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      if (known.size >= size) known.clear();
      value = stem(word);
      known.set(word, value);
    }
    return value;
  };
}

/** The Porter stem: a word's inflections share it. */
export const porterStem: (word: string) => string = remembered(stemmer);

/** The Lancaster stem: most of a word's derivations share it; short ones are too ambiguous to use. */
export const lancasterStem: (word: string) => string | null = remembered((word) => {
  const stem = lancasterStemmer(word);
  return stem.length >= 4 ? stem : null;
});

/** Shortest common prefix that makes two words relatives ("glutama|tergic" ~ "glutama|te"). */
const MIN_SHARED_PREFIX = 6;

/**
 * Suffixes of nouns that name a verb's action ("absorption", "treatment", "clearance", "withdrawal",
 * "bleeding", "stoppage", "growth"), not its agent or a quality ("inhibitor", "absorbent", "digestive").
 */
export const ACTION_NOUN = /(?:ion|ment|ance|ence|al|ing|age|ure|th)$/;

/** Affixes that make a word the privation of its stem: "caffeine-free", "sleepless", "non-smoker", "anti-anxiety". */
export const PRIVATIVE = /(?:-free|less|lessly|lessness)$|^(?:non-?|anti-)/;
/** Suffixes that make a word say a likeness to its stem, not the stem: "aspirin-like", "statin-type". */
export const LIKENESS = /-(?:like|type|related|based|style)$/;

/**
 * Whether two words are forms of one another: the same word, the same Porter or Lancaster stem, or
 * a long shared beginning (at least six letters and three quarters of the shorter word's stem).
 * Returns how close: 1 for the same word, 0.95 for an inflection, 0.85 for a derivation, else 0.
 */
export function formSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // "Caffeine-free" is not a form of "caffeine": it says its absence.
  if (PRIVATIVE.test(a) !== PRIVATIVE.test(b)) return 0;
  // Nor is "aspirin-like" a form of "aspirin": it says a likeness.
  if (LIKENESS.test(a) !== LIKENESS.test(b)) return 0;
  const stemA = porterStem(a);
  const stemB = porterStem(b);
  if (stemA === stemB) return 0.95;
  const lancaster = lancasterStem(a);
  if (lancaster !== null && lancaster === lancasterStem(b)) return 0.85;
  const shorter = Math.min(stemA.length, stemB.length);
  let shared = 0;
  while (shared < shorter && stemA[shared] === stemB[shared]) shared++;
  if (shared >= MIN_SHARED_PREFIX && shared >= 0.75 * shorter) return 0.85;
  return 0;
}

/** A key that two forms of a word share if `formSimilarity` can relate them: its first letters. */
export function formPrefix(word: string): string {
  return word.slice(0, 4);
}
