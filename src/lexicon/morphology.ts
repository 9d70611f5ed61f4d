/**
 * Word forms: the lemmas a word may be an inflection of (WordNet's "morphy" detachment rules, checked
 * against the lexicon), and the stems that meet a word's derivations — the Porter stemmer for
 * inflections ("receptors" ~ "receptor"), the more aggressive Lancaster stemmer for derivations
 * ("anxious" ~ "anxiety", "smokers" ~ "smoking"), and a shared-prefix rule for the "-ergic" kind
 * ("glutamatergic" ~ "glutamate") that neither stemmer meets.
 */
import { lancasterStemmer } from "lancaster-stemmer";
import { stemmer } from "stemmer";

/**
 * WordNet's detachment rules (morphy): suffix → replacement, and the parts of speech whose forms they
 * detach (n, v, a: "-er"/"-est" only of adjectives, and of adverbs: "faster").
 */
const DETACHMENTS: [string, string, string][] = [
  ["s", "", "nv"],
  ["ses", "s", "n"],
  ["xes", "x", "n"],
  ["zes", "z", "n"],
  ["ches", "ch", "n"],
  ["shes", "sh", "n"],
  ["men", "man", "n"],
  ["ies", "y", "nv"],
  ["es", "e", "v"],
  ["es", "", "v"],
  ["ed", "e", "v"],
  ["ed", "", "v"],
  ["ing", "e", "v"],
  ["ing", "", "v"],
  ["er", "", "ar"],
  ["est", "", "ar"],
  ["er", "e", "ar"],
  ["est", "e", "ar"],
];

/**
 * The forms a word may be an inflection of, itself first, each with the parts of speech it must have
 * to be one ("" for the word itself): "inhibits" → inhibits, inhibit (n, v), inhibite (v); "lower" →
 * lower, low (a, r). Only those the lexicon knows as such are used: "former" is no form of the noun
 * "form", nor "news" of the adjective "new".
 */
export function lemmaForms(word: string): Map<string, string> {
  // A phrasal verb inflects its verb: "cuts down" → cut down.
  const space = word.indexOf(" ");
  if (space > 0) {
    const rest = word.slice(space);
    return new Map([...lemmaForms(word.slice(0, space))].map(([head, pos]) => [head + rest, pos]));
  }
  const out = new Map([[word, ""]]);
  const add = (form: string, pos: string) => {
    const known = out.get(form);
    if (known !== "") out.set(form, [...new Set([...(known ?? ""), ...pos])].join(""));
  };
  // A doubled final consonant before -ed/-ing/-er/-est: "stopped" → "stop", "bigger" → "big".
  const doubled = /([b-df-hj-np-tv-z])\1(ed|ing|er|est)$/.exec(word);
  if (doubled) add(word.slice(0, doubled.index + 1), /^e[rs]/.test(doubled[2] as string) ? "ar" : "v");
  for (const [suffix, replacement, pos] of DETACHMENTS)
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) add(word.slice(0, -suffix.length) + replacement, pos);
  return out;
}

/**
 * The spellings a verb's "-ing" form may have, by the rules lemmaForms undoes: "lose" → losing (and
 * loseing), "stop" → stopping (and stoping), "die" → dying; a phrasal verb's on its verb ("put on" →
 * putting on). Some are no words: they are keys to look names up by, which only a name's own word meets.
 */
export function gerundForms(verb: string): string[] {
  const space = verb.indexOf(" ");
  if (space > 0) {
    const rest = verb.slice(space);
    return gerundForms(verb.slice(0, space)).map((head) => head + rest);
  }
  const forms = [`${verb}ing`];
  if (verb.endsWith("ie")) forms.push(`${verb.slice(0, -2)}ying`);
  else if (/[^aeiouy]e$/.test(verb)) forms.push(`${verb.slice(0, -1)}ing`);
  const doubled = /[^aeiou][aeiou]([b-df-hj-np-tv-z])$/.exec(verb);
  if (doubled) forms.push(`${verb}${doubled[1]}ing`);
  return forms;
}

/** The forms a word may be an inflection of, itself first (see lemmaForms). */
export function lemmaCandidates(word: string): string[] {
  return [...lemmaForms(word).keys()];
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

/** The endings by which chemistry names one compound or another ("sulfate", "sulfite", "sulfide"). */
const CHEMICAL_ENDING = /(ate|ite|ide)s?$/;
/** The endings of names of compounds, CHEMICAL_ENDING's and those of amines and the like ("glutamine", "penicillin"). */
const COMPOUND_ENDING = /(ate|ite|ide|ine|in)s?$/;

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

/** How close two parts of hyphened words are: as words are, or 0.85 when one is the other cut short ("gen"). */
function partSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.85;
  return formSimilarity(a, b);
}

/**
 * Whether two words are forms of one another: the same word, the same Porter or Lancaster stem, or
 * a long shared beginning (at least six letters and three quarters of the shorter word's stem).
 * Returns how close: 1 for the same word, 0.95 for an inflection, 0.85 for a derivation, else 0.
 */
export function formSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // Stemmers change a word's end, never its first letter, and a shared beginning starts there: words
  // whose first letters differ are no forms of one another (the common case, decided at once).
  if (a[0] !== b[0]) return 0;
  // "Caffeine-free" is not a form of "caffeine": it says its absence.
  if (PRIVATIVE.test(a) !== PRIVATIVE.test(b)) return 0;
  // Nor is "aspirin-like" a form of "aspirin": it says a likeness.
  if (LIKENESS.test(a) !== LIKENESS.test(b)) return 0;
  // Nor "omega-6" of "omega-3", "d2" of "d3": numbered names differ by their numbers.
  const numberA = a.replace(/\D+/g, " ").trim();
  const numberB = b.replace(/\D+/g, " ").trim();
  if (numberA !== "" && numberB !== "" && numberA !== numberB) return 0;
  const stemA = porterStem(a);
  const stemB = porterStem(b);
  if (stemA === stemB) return 0.95;
  // Two words of as many hyphened parts are forms of one another part by part: "alpha-lipoic" is no form of
  // "alpha-linolenic", though their beginnings are one; a part may be cut short ("first-gen").
  const [partsA, partsB] = [a.split("-"), b.split("-")];
  if (partsA.length > 1 && partsA.length === partsB.length)
    return Math.min(...partsA.map((part, i) => partSimilarity(part, partsB[i] as string)));
  // Nor are two names of compounds, each with its ending, forms of one another: "glutamine" and
  // "glutamate", "creatinine" and "creatine", "penicillamine" and "penicillin" are other compounds (but
  // "glutamatergic" is a word of "glutamate").
  const [compoundA, compoundB] = [COMPOUND_ENDING.exec(a)?.[1], COMPOUND_ENDING.exec(b)?.[1]];
  if (compoundA && compoundB) return 0;
  const lancaster = lancasterStem(a);
  if (lancaster !== null && lancaster === lancasterStem(b)) return 0.85;
  const shorter = Math.min(stemA.length, stemB.length);
  let shared = 0;
  while (shared < shorter && stemA[shared] === stemB[shared]) shared++;
  // (Of the "-ergic" kind, not a compound named after another: "glucosamine" is no form of "glucose".)
  const longer = stemA.length > stemB.length ? a : b;
  if (shared >= MIN_SHARED_PREFIX && shared >= 0.75 * shorter && !COMPOUND_ENDING.test(longer)) return 0.85;
  return 0;
}

/** Shortest name word a misspelling is read for ("lithium", not "iron"): shorter ones are too near others. */
export const MIN_MISSPELT_NAME = 6;

/**
 * Whether `a` is `b` misspelt once ("asprin", "metfromin", "magnesuim"): one letter added, dropped or
 * changed, or two neighbours swapped — past a first letter kept, in a name of MIN_MISSPELT_NAME or more
 * letters, without digits.
 */
export function misspeltOnce(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || b.length < MIN_MISSPELT_NAME || Math.abs(a.length - b.length) > 1) return false;
  // (Numbered names differ by their numbers, not by a slip: "omega-6", "omega-3"; and a compound's
  // ending names another compound: "sulfite", "sulfate".)
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const [endA, endB] = [CHEMICAL_ENDING.exec(a)?.[1], CHEMICAL_ENDING.exec(b)?.[1]];
  if (endA && endB && endA !== endB) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
  const restA = a.length - head - tail;
  const restB = b.length - head - tail;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[head] === b[head + 1] && a[head + 1] === b[head];
}

/**
 * The strings one slip from `word` (see misspeltOnce), the first letter kept: what else it may be a
 * misspelling of.
 */
export function slipsOf(word: string): string[] {
  const out = new Set<string>();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i < word.length - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of letters) {
      out.add(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  out.delete(word);
  return [...out];
}

/** The first letters by which a name a misspelt word may be of is looked up (see formPrefix). */
export function misspeltPrefix(word: string): string {
  return word.slice(0, 3);
}

/** A key that two forms of a word share if `formSimilarity` can relate them: its first letters. */
export function formPrefix(word: string): string {
  return word.slice(0, 4);
}
