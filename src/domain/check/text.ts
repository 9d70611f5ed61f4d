/**
 * Reading a text to check: its words, its clauses, and in each clause the grammar that decides what
 * it asserts — negation, hedges, a question, a comparison. Pure functions over strings.
 */
import {
  AFFIRMING_DENIALS,
  AFTERWORD_LABEL,
  ANSWER_LABEL,
  ANSWERED_NO,
  ANSWERED_YES,
  ANY_EFFECT_WORDS,
  ARTICLES,
  AT_TIMES,
  ATTITUDE_ADVERBS,
  BESTING_VERBS,
  CHAT_SPELLINGS,
  CLAUSE_BREAK,
  COMPARISON,
  CONTRACTED_COPULA,
  CONTRACTED_MODAL,
  CONTRAST_OPENERS,
  COPULAS,
  CROWD_BELIEF,
  DEBUNKING_AFTER,
  DEFINITE_DETERMINERS,
  DENIAL_EMPHASIS_PHRASES,
  DENIAL_LABEL,
  DENIAL_THAT,
  DENIED_WHOLE,
  DETERMINERS,
  DISBELIEF_WORDS,
  DISCOURSE_MARKERS,
  DO_FORMS,
  EMPHATIC_CLOSE,
  ENDING_PACE,
  ENDING_VERBS,
  EQUALITY_DEGREES,
  EXAMPLE_ASIDE,
  FOIL_OBJECT_PRONOUNS,
  FOIL_PREPOSITIONS,
  FRONTED_FOIL_OPENERS,
  FRONTING_WORDS,
  FUNCTION_WORDS,
  HAVE_FORMS,
  HEDGE_WORDS,
  INTERJECTIONS,
  IRREGULAR_S_FORMS,
  JOINED_PREDICATE_ADVERBS,
  JOINT_WORDS,
  KNOWING_HEDGE,
  LABEL_NOUNS,
  MANNER_ADVERB,
  MAX_CLASS_WORDS,
  MAX_JOINED_OBJECT_WORDS,
  MAX_SUBJECT_WORDS,
  MINIMIZER_KINDS,
  MINIMIZERS,
  MYTH_PERSISTS,
  MYTH_UPHELD,
  NEARLY_NONE_OF,
  NEGATED_AUXILIARIES,
  NEGATED_SAYING,
  NEGATING_ADJECTIVES,
  NEGATING_VERBS,
  NEGATION_WORDS,
  NO_ANSWER_PHRASES,
  NO_ANSWERS,
  NO_EVIDENCE,
  NO_TURNS,
  NOT_BESTED,
  NOT_ONLY,
  NOT_ONLY_MORE,
  NOT_ONLY_OPENING,
  NOT_ONLY_WORDS,
  OBJECT_JOINS,
  ORDINARY_AFTER,
  OWN_PAST_BELIEF,
  PAIRED_COPULAS,
  PAIRING_WORDS,
  PARTIAL_AFTER_NEGATION,
  PARTICLES,
  PARTLY_JUDGED,
  PAST_BELIEF,
  PLAIN_ADVERBS,
  POSSIBILITY_MODALS,
  PREDICATE_JOINS,
  QUESTION_OPENERS,
  REPORT_JUDGED,
  REPORT_JUDGED_AFTER,
  REPORT_JUDGED_OPENING,
  REPORTING_VERBS,
  RHETORICAL_CHALLENGE,
  SCOPE_AFTERWARDS,
  SLIGHT_AMOUNTS,
  SOME_OF,
  SOME_OPENERS,
  SUBORDINATORS,
  SUPPOSING_OPENERS,
  TAKE_FORMS,
  TAKEN_BACK,
  UNDENIED_AFTER_NO,
  UNMARKED_NOT,
  USE_NOUNS,
  USELESS_FOR,
  USELESS_WORDS,
  WH_WORDS,
  WISH_WORDS,
  WONT_BEFORE,
  ZERO_AS_NO_AFTER,
} from "../../lexicon/english";

/**
 * A negation that denies nothing: "no matter what …", "no doubt", "no wonder"; and "not" opening its clause
 * before an adverb of the writer's attitude ("Not surprisingly, caffeine raises anxiety"), which denies
 * the attitude only (after a verb it is the verb's: "Caffeine is not, surprisingly, a stimulant").
 */
const undeniedNo = (word: string, next: string | undefined, first: boolean) =>
  (word === "no" && UNDENIED_AFTER_NO.has(next ?? "")) || (word === "not" && first && ATTITUDE_ADVERBS.has(next ?? ""));

/** A word of the text, lower-cased, with its place. */
export interface Token {
  /** The word, lower-cased, apostrophes normalised; "n't" is its own token. */
  word: string;
  /** Position among the text's tokens. */
  index: number;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** Written with a possessive "'s" ("tianeptine's"). */
  possessive?: boolean;
}

/**
 * How fast a thing is done, said with "take": "take(s) longer to <verb>", "take more time to" say it is
 * done slowly, "take less time to" faster. Each word of such a phrase, by index, with the adverb the
 * phrase says — carried by its comparative, the one word of it read.
 */
export function pacePhrases(tokens: Token[]): Map<number, { adverb: string; carrier: boolean }> {
  const paced = new Map<number, { adverb: string; carrier: boolean }>();
  tokens.forEach((token, i) => {
    // "Makes diarrhoea clear up faster", "won't make it end any sooner": a verb of ending, its particle
    // (if it needs one: "clears faster" is how fast a thing is cleared), "any", and a comparative of pace
    // say it is shorter.
    if (ENDING_VERBS.has(token.word)) {
      const particle = ENDING_VERBS.get(token.word);
      let at = i + 1;
      if (particle && tokens[at]?.word === particle) at++;
      else if (particle) return;
      if (tokens[at]?.word === "any") at++;
      const pace = tokens[at]?.word ?? "";
      const adverb = ENDING_PACE.shorter.has(pace) ? "shorter" : ENDING_PACE.longer.has(pace) ? "longer" : null;
      if (!adverb) return;
      for (let k = i; k <= at; k++) paced.set((tokens[k] as Token).index, { adverb, carrier: k === at });
      return;
    }
    if (!TAKE_FORMS.has(token.word)) return;
    // ("It takes smokers longer to …": whom it takes, between.)
    const gaps = tokens[i - 1]?.word === "it" ? [0, 1, 2] : [0];
    for (const gap of gaps) {
      const at = i + 1 + gap;
      const [a, b, c] = [tokens[at]?.word, tokens[at + 1]?.word, tokens[at + 2]?.word];
      const adverb =
        (a === "longer" && b === "to") || (a === "more" && b === "time" && c === "to")
          ? "slower"
          : (a === "less" || a === "shorter") && b === "time" && c === "to"
            ? "faster"
            : null;
      if (!adverb) continue;
      paced.set(token.index, { adverb, carrier: false });
      const length = a === "longer" ? 2 : 3;
      for (let k = 0; k < length; k++) paced.set((tokens[at + k] as Token).index, { adverb, carrier: k === 0 });
      return;
    }
  });
  return paced;
}

/** How a clause compares: "X is as effective as Y" (equality), "X works faster than Y" (inequality). */
export type Comparison = "equality" | "inequality" | null;

/** One clause: the unit an assertion is read from. */
export interface Clause {
  tokens: Token[];
  /** The negation cues it contains, with their places (an odd number of them denies the assertion). */
  negations: { word: string; index: number }[];
  /**
   * The places of a "not" that sets what follows against what comes before and denies no verb ("the A2A
   * receptor, not the A1", "works as a painkiller, not a fever reducer"): what follows is no assertion.
   */
  foils: number[];
  /** What says the assertion only in part or weakly: "hardly", "rarely", "not always", "not all". */
  qualifiers: string[];
  /** The hedge words it contains ("might", "reportedly"): noted, the assertion is still checked. */
  hedges: string[];
  question: boolean;
  /** The last token of a fronted adverbial ("In rats trained on fluoxetine," …), or -1: names there are no roles. */
  frontedUntil: number;
  comparison: Comparison;
  /** Words that turn a comparison down ("less", "fewer"). */
  lessWords: string[];
  /**
   * The place of a denial right before an equality ("isn't absorbed as well as", "not nearly as good as"),
   * or null: of a claim that one is more so than the other, it says the other way round — one is less so,
   * the denial spent on it. (Of a claim that they are alike, it denies it.)
   */
  deniedEquality: number | null;
  /**
   * The places of the "no" of an aside ("metformin alone, no insulin, …") or of "with no": "without", no
   * denial (see asideNo).
   */
  withouts: number[];
  /** The places of the words of idioms that assert what follows ("nobody seriously denies that"). */
  affirmed: number[];
  /** How many of its first tokens are markers of talk ("Well, heads up, …", "Pretty sure …"): see openingMarkers. */
  markers: number;
  /**
   * The places of phrases that hedge or bound the assertion without changing it ("at least a little",
   * "as far as I know": see boundingPhrases) — accounted for, asserting nothing of their own.
   */
  bounding: number[];
  /** Which sentence of the text it belongs to (clauses of one sentence share it). */
  sentence: number;
  /** What opened it inside its sentence, lower-cased (", but" → "but", "rather than"), or "". */
  opener: string;
  /**
   * Opened after the sentence's first words by a contrast ("Ezetimibe, unlike statins, lowers LDL",
   * "Niacin rather than statins …"): what it says may be said of those words, against its own names.
   */
  contrasted: boolean;
  /**
   * A plain "no" or "yes" that answers a question before it ("… ? Nope.", "… ? Yes."): said into that
   * question's clauses (a "no" as its denial), no clause of its own.
   */
  answersQuestion: boolean;
  /** A report the writer judges right or wrong ("My friend says X. She's wrong."): the writer's own. */
  judgedReport: boolean;
  /** Opened by the writer's word that evidence is lacking ("There's no evidence that …": see NO_EVIDENCE). */
  unproven: boolean;
  /**
   * Of a sentence that sets two classes of one subject against each other but says more than that
   * ("Aspirin is a pill, not a fever reducer", "…, my uncle keeps insisting": classPair's "held"):
   * nothing it says is decided.
   */
  pairHeld: boolean;
  /**
   * What "rather than" or "instead of" set aside, read as a clause of the subject and denied (foilPiece):
   * a verb ("… rather than enhancing it") or a thing ("… rather than a stimulant"); null for other clauses.
   */
  setAside: SetAside | null;
}

/** What a foil sets aside: a verb of the subject, or a thing in place of what its verb is said of. */
type SetAside = "verb" | "thing";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
/** The first two words of a sentence, for a verb set aside at its head (frontedFoil). */
const FRONTED_OPENING = /^\s*([\p{L}]+\s+[\p{L}]+)\s/u;

/**
 * The parts of a hyphenated word ("high-dose" → high, dose), or none for a word without a hyphen. A
 * token's parts are never empty: WORD puts a letter or digit on each side of every hyphen.
 */
export function hyphenParts(word: string): string[] {
  return word.includes("-") ? word.split("-") : [];
}

/** Whether a word denies: "not", "never", "no" and the like, or a contracted "n't". */
const denying = (word: string) => NEGATION_WORDS.has(word) || word === "n't";

/** The words of `text`, lower-cased, with their offsets; "doesn't" → "does", "n't". */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const matches = [...text.matchAll(WORD)];
  for (const [k, match] of matches.entries()) {
    const start = match.index;
    const raw = match[0].toLowerCase().replaceAll("’", "'");
    const negated = /^(\p{L}+)n't$/u.exec(raw);
    // ("As is its wont", "are wont to": the noun and adjective, not "won't".)
    const unmarked = raw === "wont" && WONT_BEFORE.has(tokens.at(-1)?.word ?? "") ? undefined : UNMARKED_NOT.get(raw);
    if (negated || unmarked) {
      const base =
        unmarked ?? (negated?.[1] === "ca" ? "can" : negated?.[1] === "wo" ? "will" : (negated?.[1] as string));
      // (Split where "n't" or "nt" begins in an unmarked one: "does|nt", "ca|nt".)
      const cut = unmarked ? raw.length - 2 : base.length;
      tokens.push({ word: base, index: tokens.length, start, end: start + cut });
      tokens.push({ word: "n't", index: tokens.length, start: start + cut, end: start + raw.length });
      continue;
    }
    // "You'd use it to …", "it'll raise …": a pronoun and its contracted modal, read as "you would" and
    // "it will" are ("you'd taken", "you'd better": "you had").
    const modal = /^(\p{L}+)'(d|ll)$/u.exec(raw);
    if (modal && CONTRACTED_MODAL.subjects.has(modal[1] as string)) {
      const subject = modal[1] as string;
      const after = matches[k + 1]?.[0].toLowerCase() ?? "";
      const verb = modal[2] === "ll" ? "will" : CONTRACTED_MODAL.hadBefore.test(after) ? "had" : "would";
      tokens.push({ word: subject, index: tokens.length, start, end: start + subject.length });
      tokens.push({ word: verb, index: tokens.length, start: start + subject.length, end: start + raw.length });
      continue;
    }
    // (Typed without the apostrophe: "thats", and "its" where no possessive can stand — before an article,
    // a negation or such an adverb: "its a myth", "its only a diabetes drug".)
    const next = matches[k + 1]?.[0].toLowerCase();
    const unmarkedCopula =
      raw === "thats" ||
      (raw === "its" &&
        (CONTRACTED_COPULA.before.has(next ?? "") ||
          ARTICLES.has(next ?? "") ||
          PLAIN_ADVERBS.has(next ?? "") ||
          (NOT_ONLY_WORDS.has(next ?? "") && ARTICLES.has(matches[k + 2]?.[0].toLowerCase() ?? ""))));
    const stem = unmarkedCopula ? raw.slice(0, -1) : raw.replace(/'s$/, "");
    // "It's a depressant", "Alcohol's not a stimulant", "melatonin's actually a hormone": "'s" as "is"
    // (or "has", before "been"), not a possessive — after a pronoun, or before an article, a negation or
    // an adverb that says nothing of its own.
    if (
      unmarkedCopula ||
      (stem !== raw &&
        (CONTRACTED_COPULA.subjects.has(stem) ||
          CONTRACTED_COPULA.before.has(next ?? "") ||
          PLAIN_ADVERBS.has(next ?? "")))
    ) {
      tokens.push({ word: stem, index: tokens.length, start, end: start + stem.length });
      const verb = next === "been" ? "has" : "is";
      tokens.push({ word: verb, index: tokens.length, start: start + stem.length, end: start + raw.length });
      continue;
    }
    // "Warfarin beats aspirin at preventing strokes": "works better than" the thing after it.
    if (BESTING_VERBS.has(raw) && next !== undefined && !NOT_BESTED.has(next) && !FUNCTION_WORDS.has(next)) {
      for (const word of ["works", "better", "than"])
        tokens.push({ word, index: tokens.length, start, end: start + raw.length });
      continue;
    }
    // "Has zero effect on": the determiner "no", said emphatically.
    // ("Every bit as harmful as": "just as", said emphatically — "every" and "bit" are "just".)
    const everyBit = stem === "bit" && tokens.at(-1)?.word === "every" && next === "as";
    if (everyBit) (tokens.at(-1) as Token).word = "just";
    // ("ur", "ppl": chat's short spellings, read as "your", "people".)
    const word = everyBit
      ? "just"
      : stem === "zero" && ZERO_AS_NO_AFTER.has(tokens.at(-1)?.word ?? "")
        ? "no"
        : (CHAT_SPELLINGS.get(stem) ?? stem);
    tokens.push({ word, index: tokens.length, start, end: start + raw.length, possessive: stem !== raw });
  }
  return tokens;
}

/** Whether a token is a grammar word — function word, negation, hedge — and so no content of its own. */
export function isGrammarWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || NEGATION_WORDS.has(word) || word === "n't" || HEDGE_WORDS.has(word);
}

/** Abbreviations that end no sentence, though Intl.Segmenter ends one after them before a capital. */
const ABBREVIATION_END = /(?:^|[\s,(])(?:e\.\s?g|i\.\s?e|vs|cf)\.\s*$/i;
/**
 * Where a full stop ends a sentence that the next one, written in lower case, goes on from ("creatine
 * causes hair loss, full stop. mine started thinning two months in"): after a word of three letters or
 * more with no stop inside it, so that "e.g.", "St.", "vs." and "et al." still go on.
 */
const LOWER_CASE_SENTENCE = /(?<![\p{L}\p{N}.])[\p{L}\p{N}]{3,}\.+\s+(?=[\p{Ll}\p{N}])/gu;

/**
 * A text's sentences, as Intl.Segmenter finds them — and where it goes on past a full stop because the
 * next sentence opens in lower case, split there too (LOWER_CASE_SENTENCE); joined again where it ends
 * one after an abbreviation (ABBREVIATION_END), or where the next is only a scope (SCOPE_AFTERWARDS).
 */
function segmentSentences(text: string): { text: string; offset: number }[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const sentences: { text: string; offset: number }[] = [];
  for (const segment of segmenter.segment(text))
    for (const part of lowerCaseSentences(segment.segment, segment.index)) {
      const before = sentences.at(-1);
      // A sentence that is only a scope ("… . But only in mice.") is a part of the one before, its full stop a
      // comma (of the same length: the offsets stay the text's).
      if (before && /[.!]\s*$/.test(before.text) && SCOPE_AFTERWARDS.test(part.text.trim().toLowerCase()))
        before.text = before.text.replace(/[.!](\s*)$/, ",$1") + part.text;
      // (Nor does "e.g.", "i.e." or "vs." end one before a capital: "fish oil, e.g. Omacor, …".)
      else if (before && ABBREVIATION_END.test(before.text)) before.text += part.text;
      else sentences.push(part);
    }
  return sentences;
}

/** A segment split where a sentence in lower case follows a full stop (LOWER_CASE_SENTENCE). */
function lowerCaseSentences(segment: string, offset: number): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const stop of segment.matchAll(LOWER_CASE_SENTENCE)) {
    const end = stop.index + stop[0].length;
    parts.push({ text: segment.slice(from, end), offset: offset + from });
    from = end;
  }
  parts.push({ text: segment.slice(from), offset: offset + from });
  return parts;
}

/**
 * Whether `question` asks yes or no ("Does …?", "Isn't …?", or an assertion asked: "Tianeptine enhances
 * it?") and `answer`, the next sentence, is the whole of a plain answer (`plain`: ANSWERED_NO or
 * ANSWERED_YES). (Not a question opened by "who", "why", "since when": a challenge.)
 */
function answered(question: string, answer: string | undefined, plain: RegExp): boolean {
  const first = tokenize(question)[0]?.word ?? "";
  const said = answer?.trim().toLowerCase().replaceAll("’", "'");
  return (
    /\?\s*$/.test(question) &&
    (!WH_WORDS.has(first) || (plain === ANSWERED_NO && RHETORICAL_CHALLENGE.test(question))) &&
    said !== undefined &&
    (plain.test(said) || (plain === ANSWERED_NO && deniedAgain(said)))
  );
}

/** A "no" that goes on: "No, coffee doesn't bring it down one bit", "No, it does nothing for them". */
const NO_THEN = new RegExp(String.raw`^(?:${ANSWER_LABEL})?${NO_ANSWER_PHRASES},\s+(.+?)[\s.!]*$`);
/**
 * Whether `answer` is a "no" followed by one clause that denies again, once, what was asked — no
 * correction ("No, only bacteria"), no other thing credited ("No, that's what sulfonylureas do"), no
 * quantifier ("No, not everyone gets it"): the "no" is then plain, and the clause one more denial.
 */
function deniedAgain(answer: string): boolean {
  const rest = NO_THEN.exec(answer)?.[1];
  if (rest === undefined || rest.split(CLAUSE_BREAK).length !== 1) return false;
  // (Its "at all" makes the denial emphatic; it counts nothing.)
  const words = tokenize(rest.replaceAll(/\bat\s+all\b/g, "")).map((t) => t.word);
  return words.filter(denying).length === 1 && !words.some((word) => NO_TURNS.has(word));
}

/**
 * The label that denies sentence `k` ("Myth: …", "Busted: …": DENIAL_LABEL), when no sentence with words
 * follows it — one after may say the myth true after all ("Myth: X. Truth: it really does."), and the
 * label is then a judgement whose object the check does not read.
 */
function denialLabelOf(sentences: { text: string }[], k: number): string | null {
  const label = DENIAL_LABEL.exec(sentences[k]?.text ?? "")?.[0].trim();
  return label && sentences.slice(k + 1).every((s) => !/\p{L}/u.test(s.text)) ? label : null;
}

/** `text` with its emoji (and their variation selectors) as spaces, of the same length. */
function withoutEmoji(text: string): string {
  return text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => " ".repeat(emoji.length));
}

/** `text` without its emoji, and with the labels of what a writer added afterwards as spaces ("Edit:"). */
function withoutAsides(text: string): string {
  return withoutEmoji(text).replace(AFTERWORD_LABEL, (label) => " ".repeat(label.length));
}

/**
 * `text` with the writer's emphasis closing what they say ("…, full stop.", "…, end of story":
 * EMPHATIC_CLOSE) as spaces, of the same length — the sentence's end kept right after what it says
 * ("… loss, full stop. Mine …" is "… loss.            Mine …"): it says nothing of the thing said.
 */
export function withoutEmphasis(text: string): string {
  return text.replace(EMPHATIC_CLOSE, (close) => {
    const end = /^(?:[,;]|\s[-–—])/.test(close) ? (/[.!;]+$/.exec(close)?.[0] ?? "") : "";
    return end + " ".repeat(close.length - end.length);
  });
}

/**
 * `text` with each "not only" (or "not just", "n't only") blanked out where the sentence goes on to say
 * more ("but also", "…, it also …", "… too"), and the "but" that says it made "and" — same length, so
 * offsets hold. "Glucophage not only lowers your A1c but also …" asserts both, as "Glucophage lowers your
 * A1c and also …" does; "Not only does metformin lower your A1c, it also …" is read as the assertion
 * its inverted clause makes. A "not only" with no more said after it ("Survector raises serotonin, not
 * only dopamine") is left as written.
 */
export function withoutNotOnly(text: string): string {
  let out = text;
  for (const opening of text.matchAll(NOT_ONLY_OPENING)) {
    const from = opening.index;
    const to = from + opening[0].length;
    const rest = /^[^.!?]*/u.exec(text.slice(to))?.[0] ?? "";
    const more = NOT_ONLY_MORE.exec(rest);
    // ("Is not only a Y but also a Z": two classes, read as such by `classPair`.)
    const classes =
      PAIRED_COPULAS.has(/(\p{L}+)\s*$/u.exec(text.slice(0, from))?.[1]?.toLowerCase() ?? "") &&
      /^\s*(?:a|an)\s[^,;]*\bbut\s+(?:also\s+)?(?:a|an)\s/iu.test(rest);
    if (!more || classes) continue;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
    if (more[0].toLowerCase() === "but") {
      const at = to + more.index;
      out = `${out.slice(0, at)}${more[0][0] === "B" ? "And" : "and"}${out.slice(at + 3)}`;
    }
  }
  return out;
}

/** The sentences of `text` that answer the one before plainly (`plain`: ANSWERED_NO or ANSWERED_YES). */
function plainAnswers(sentences: { text: string }[], plain: RegExp): Set<number> {
  return new Set(sentences.flatMap((s, k) => (answered(s.text, sentences[k + 1]?.text, plain) ? [k + 1] : [])));
}

/**
 * A sentence that is a quotation and nothing else: '"Zinc cures COVID."', "'Nicotine isn't addictive.'"
 * (its closing mark after the full stop or before it) — or one quoted as a chat or a mail quotes the post
 * it answers, after ">" ("> creatine is basically steroids").
 */
const QUOTED_WHOLE = /^\s*(?:"[^"“”]+"|“[^"“”]+”|'[^"“”]+'|‘[^"“”]+’|>\s*[^\s>][^\n]*)\s*[.!]?\s*$/u;

/**
 * A report judged by the writer ("My friend says X. She's wrong.", "Some claim X, which is nonsense.",
 * "… and she's right."): `text` with the judgement blanked out (same length, so offsets hold), and the
 * offsets of the reports it rejects, whose assertion is then denied. Only a report of one clause, with a
 * verb of saying and no judgement of its own, is read so.
 */
export function judgedReports(text: string): {
  text: string;
  rejected: Set<number>;
  judged: Set<number>;
  unread: string[];
} {
  let blanked = text;
  const rejected = new Set<number>();
  const judged = new Set<number>();
  const unread: string[] = [];
  const blank = (from: number, to: number) => {
    blanked = blanked.slice(0, from) + " ".repeat(to - from) + blanked.slice(to);
  };
  /**
   * Whether `said` reports another's assertion, plainly: in one clause, with no judgement of its own — by
   * a verb of saying, or (`quotes` allowed) as the whole of it in quotation marks.
   */
  const report = (said: string, quotes = false) => {
    const words = tokenize(said).map((t) => t.word);
    return (
      said.split(CLAUSE_BREAK).length === 1 &&
      (words.some((w) => REPORTING_VERBS.has(w)) || (quotes && QUOTED_WHOLE.test(said))) &&
      !words.some((w) => DISBELIEF_WORDS.has(w))
    );
  };
  const sentences = segmentSentences(text);
  sentences.forEach((sentence, k) => {
    const lower = sentence.text.toLowerCase().replaceAll("’", "'");
    // "Iron doesn't cause it, that's a myth": the writer's own denial, said of the belief it denies — the
    // judgement blanked, nothing rejected (not of a report, nor of a clause that denies nothing).
    for (const debunking of lower.matchAll(DEBUNKING_AFTER)) {
      const denial = tokenize(lower.slice(0, debunking.index).split(CLAUSE_BREAK).at(-1) ?? "");
      const before = tokenize(lower.slice(0, debunking.index)).map((t) => t.word);
      const reportedOrHedged = before.some((w) => REPORTING_VERBS.has(w) || HEDGE_WORDS.has(w));
      if (denial.some((t) => denying(t.word)) && !reportedOrHedged)
        blank(sentence.offset + debunking.index, sentence.offset + debunking.index + debunking[0].length);
    }
    // "The myth that X just won't die": the myth's persistence blanked, the myth left to deny X.
    const persists = MYTH_PERSISTS.exec(lower.trimEnd());
    if (persists) {
      const [whole, age = "", persistence = ""] = persists;
      const ageFrom = whole.indexOf(age);
      const from = whole.lastIndexOf(persistence);
      blank(sentence.offset + persists.index + ageFrom, sentence.offset + persists.index + ageFrom + age.length);
      blank(sentence.offset + persists.index + from, sentence.offset + persists.index + from + persistence.length);
    }
    for (const aside of [...lower.matchAll(ORDINARY_AFTER), ...lower.matchAll(EXAMPLE_ASIDE)])
      blank(sentence.offset + aside.index, sentence.offset + aside.index + aside[0].length);
    const after = REPORT_JUDGED_AFTER.exec(lower.trimEnd());
    if (after && report(sentence.text.slice(0, after.index))) {
      blank(sentence.offset + after.index, sentence.offset + after.index + after[0].length);
      judged.add(sentence.offset);
      if (after.groups?.no || after.groups?.no2) rejected.add(sentence.offset);
      return;
    }
    const next = sentences[k + 1];
    // (An emoji beside the verdict says how it is said: "Nope 🙅".)
    const said = next ? withoutEmoji(next.text).trim().toLowerCase().replaceAll("’", "'") : "";
    const whole = next ? REPORT_JUDGED.exec(said) : null;
    // ("Everyone says X. Wrong, it doesn't cause Y.": the judgement opens the sentence, the rest the writer's
    // own words, read as said.)
    const opening = next && !whole ? REPORT_JUDGED_OPENING.exec(said) : null;
    const rest = opening?.groups?.asked ? undefined : opening?.groups?.rest;
    // (Where the writer's words begin in the sentence as written: past the judgement's length.)
    const restAt =
      rest !== undefined && next
        ? next.text
            .toLowerCase()
            .replaceAll("’", "'")
            .indexOf(rest.slice(0, 12), said.length - rest.length)
        : -1;
    const verdict = whole ?? (restAt > 0 ? opening : null);
    // ("'Lithium is a heavy metal.' Sure, and pigs fly.": a sentence quoted whole is another's words too.)
    // A quotation that the writer goes on from in words of their own ("'X.' Not sure.", "'X.' True, for the
    // first five minutes."), or that follows another quotation (which of the two a "True." is said of, the
    // check does not read), is another's words whose judgement is unread. (Quoted alone, it is what the
    // writer asks about, and checked as said.)
    // (Not a question, which its answer denies or grants: "Who says X? They don't." — see `answered`.)
    const reported = report(sentence.text, true) && !/\?\s*$/.test(sentence.text);
    const afterQuote = k > 0 && QUOTED_WHOLE.test(sentences[k - 1]?.text ?? "");
    if (reported && QUOTED_WHOLE.test(sentence.text) && next && /\p{L}/u.test(next.text) && (!verdict || afterQuote)) {
      unread.push(sentence.text.trim().replace(/^>\s*|^["'“‘]|["'”’]\s*[.!]?$|(?<=[.!])["'”’]$/gu, ""));
      return;
    }
    if (next && verdict && reported) {
      blank(next.offset, next.offset + (verdict === whole ? next.text.length : restAt));
      // ("I used to think X. Turns out it's not.": the writer's own past belief, judged now, is a report whose
      // time the judgement settles.)
      const pastBelief = OWN_PAST_BELIEF.exec(lower);
      if (pastBelief)
        blank(sentence.offset + pastBelief.index, sentence.offset + pastBelief.index + pastBelief[0].length);
      judged.add(sentence.offset);
      const { no, no2, no3, no4, no5, no6 } = verdict.groups ?? {};
      if (no || no2 || no3 || no4 || no5 || no6) rejected.add(sentence.offset);
    }
  });
  return { text: blanked, rejected, judged, unread };
}

/**
 * Whether a clause denies with a word of its own ("isn't", "no", "never") — not only from outside, by a
 * "no" that answers it or a judgement of it as a report, which stand just before its first word.
 */
export function deniesWithin(clause: Clause): boolean {
  return clause.negations.some((n) => clause.tokens.some((t) => t.index === n.index));
}

/** A clause of a sentence before its tokens are numbered: offsets are the sentence's. */
interface Piece {
  /** The clause as read (a clause said again with its subject may join two stretches of the sentence). */
  text: string;
  tokens: Token[];
  /** What opened it inside its sentence, lower-cased, or "". */
  opener: string;
  /** What "rather than" or "instead of" sets aside, said of the subject before it (foilPiece): denied. */
  foil?: SetAside;
}

/** A sentence's clauses: split at "whereas", ", but", ";" and the like (CLAUSE_BREAK). */
function clausePieces(sentence: string): Piece[] {
  let offset = 0;
  return sentence.split(CLAUSE_BREAK).map((part) => {
    const at = sentence.indexOf(part, offset);
    const opener = sentence
      .slice(offset, at)
      .replace(/^[\s,;:]+/, "")
      .trim()
      .toLowerCase();
    offset = at + part.length;
    const tokens = tokenize(part).map((t) => ({ ...t, start: t.start + at, end: t.end + at }));
    return { text: part, tokens, opener };
  });
}

/**
 * "Tianeptine is an SSRE, not an SSRI", "… is an SSRE but not just a DRI", "Tatinol is not only an SSRE but
 * also an antidepressant", "Stablon isn't an SSRE, it's an SSRI", "… is not an SSRE but an SSRI": two
 * classes said of one subject, one perhaps denied — two clauses, the second
 * with the first's subject and copula said again ("Tianeptine is not an SSRI"), so that each is decided
 * on its own and the sentence as a whole (a class the store does not hold for the subject leaves it
 * unverified; one it denies, refuted). Only a whole sentence of that shape, each class opened by an
 * article: "Caffeine is in coffee, not tea" is no pair; null when it is not one. "held" when it is one in
 * its frame "a Y, not a Z" but says more than two plain classes of a plain subject ("a pill, not a fever
 * reducer", "…, my uncle keeps insisting"): read as one clause, its denied class would be taken for said,
 * and as two, what else it says would be said of one half only — nothing it says is decided.
 */
function classPair(sentence: string): Piece[] | "held" | null {
  const tokens = tokenize(sentence);
  const words = tokens.map((t) => t.word);
  const copula = words.findIndex((w) => PAIRED_COPULAS.has(w));
  // Words written apart by spaces only (no comma, bracket or quote between), none a possessive.
  const plainRun = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .every((t, k) => !t.possessive && (k === 0 || /^\s+$/.test(sentence.slice(tokens[from + k - 1]?.end, t.start))));
  // (Its subject is a name and no more — at most three words, no grammar but a determiner — so that it
  // opens no clause of its own, "If …", "The drug taken with Zetia …", "My uncle keeps insisting …",
  // whose halves would be read as said.)
  if (copula < 1) return null;
  const subject = words.slice(0, copula);
  const plainSubject =
    subject.length <= MAX_SUBJECT_WORDS &&
    plainRun(0, copula) &&
    !subject.some((w) => (isGrammarWord(w) && !DEFINITE_DETERMINERS.has(w)) || INTERJECTIONS.has(w));
  // A class opens at an article, after at most one adverb that says nothing ("is actually a …").
  const classAt = (at: number) =>
    ARTICLES.has(words[at] ?? "")
      ? at
      : PLAIN_ADVERBS.has(words[at] ?? "") && ARTICLES.has(words[at + 1] ?? "")
        ? at + 1
        : -1;
  const only = (at: number) => (NOT_ONLY_WORDS.has(words[at] ?? "") ? at + 1 : at);
  const said = (from: number, to: number): Piece => ({
    text:
      from === copula + 1
        ? sentence.slice(0, tokens[to - 1]?.end)
        : `${sentence.slice(0, tokens[copula]?.end)} ${sentence.slice(tokens[from]?.start, tokens[to - 1]?.end)}`,
    tokens: [...tokens.slice(0, copula + 1), ...tokens.slice(from, to)],
    opener: "",
  });
  // The two clauses' words after the copula, and the two classes (from their articles).
  let first: [number, number];
  let second: [number, number];
  let classes: [[number, number], [number, number]];
  let contrasted = false;
  const denied = words[copula + 1] === "not" || words[copula + 1] === "n't";
  if (denied && !NOT_ONLY_WORDS.has(words[copula + 2] ?? "")) {
    // "isn't a Z, it's a Y" (or "they're"), "is not a Z but (rather) a Y": the denial, then the class put
    // in its place, said of the subject again.
    const z = classAt(copula + 2);
    if (z < 0) return null;
    const but = words.indexOf("but", z + 1);
    const pronoun = words.findIndex(
      (w, k) =>
        k > z &&
        (w === "it" || w === "they") &&
        PAIRED_COPULAS.has(words[k + 1] ?? "") &&
        sentence.slice(tokens[k - 1]?.end, tokens[k]?.start).includes(","),
    );
    const [end, y] =
      but > 0 && (pronoun < 0 || but < pronoun)
        ? [but, classAt(only(words[but + 1] === "rather" ? but + 2 : but + 1))]
        : pronoun > 0
          ? [pronoun, classAt(only(pronoun + 2))]
          : [-1, -1];
    if (end < 0 || y < 0) return null;
    first = [copula + 1, end];
    second = [y, tokens.length];
    classes = [
      [z, end],
      [y, tokens.length],
    ];
  } else if (denied) {
    // "is not only a Y but (also) a Z".
    const y = classAt(copula + 3);
    const but = words.indexOf("but", y + 1);
    const z = classAt(words[but + 1] === "also" ? but + 2 : but + 1);
    if (y < 0 || but < 0 || z < 0) return null;
    first = [y, but];
    second = [z, tokens.length];
    classes = [first, second];
  } else {
    // "is a Y, not a Z", "is a Y and not a Z", "is a Y, but not just a Z".
    const y = classAt(copula + 1);
    const not = words.indexOf("not", y + 1);
    const z = not < 0 ? -1 : classAt(only(not + 1));
    if (y < 0 || z < 0) return null;
    const joined = words[not - 1] === "and" || words[not - 1] === "but";
    const yEnd = joined ? not - 1 : not;
    const gap = sentence.slice(tokens[yEnd - 1]?.end, tokens[not]?.start);
    if (!joined && !gap.includes(",")) return null;
    first = [y, yEnd];
    second = [not, tokens.length];
    classes = [first, [z, tokens.length]];
    contrasted = true;
  }
  // Each class is its article and one to three words, none grammar's nor an interjection, and nothing
  // follows the second: "…, not a fibrate, my uncle keeps insisting", "… in my dreams", "… haha" would be
  // said of one half only, and "a drug that my friend thinks is a fibrate" holds a clause.
  const classWords = ([from, to]: [number, number]) => words.slice(from + 1, to);
  const plainClass = ([from, to]: [number, number]) =>
    to - from - 1 >= 1 &&
    to - from - 1 <= MAX_CLASS_WORDS &&
    plainRun(from, to) &&
    classWords([from, to]).every(
      (w) =>
        !isGrammarWord(w) &&
        !INTERJECTIONS.has(w) &&
        !REPORTING_VERBS.has(w) &&
        // ("A statin class", "a statin supplement", "an SSRE user" are read as the class itself elsewhere.)
        !LABEL_NOUNS.has(w) &&
        !USE_NOUNS.has(w),
    );
  // And another, by its head: "isn't a statin, it's THE statin", "… the best statin", "… a superstatin"
  // deny nothing.
  const [y, z] = classes.map((range) => classWords(range).at(-1) ?? "") as [string, string];
  const plain =
    plainSubject &&
    classes.every(plainClass) &&
    /^[\s.!]*$/.test(sentence.slice(tokens.at(-1)?.end)) &&
    !y.includes(z) &&
    !z.includes(y);
  // (Only "a Y, not a Z" is held: read as one clause its "not" sets the second class against the first and
  // denies no verb, whereas "isn't a Z, it's a Y" denies the first, and "not only" asserts both.)
  return plain ? [said(...first), said(...second)] : contrasted ? "held" : null;
}

/**
 * The inflection a verb is written in, as far as coordination needs it — "s" ("raises", "is"), "ed"
 * ("raised"), the bare form ("raise", "speed", "bring"), or null (a gerund, a contraction) — given which
 * words are verbs: an ending is an inflection when what is left is a verb too.
 */
function verbForm(word: string, verb: (word: string) => boolean): VerbForm | null {
  if (/['’]/.test(word) || !verb(word)) return null;
  const stems = (endings: [RegExp, string][]) =>
    endings.some(([ending, put]) => ending.test(word) && verb(word.replace(ending, put)));
  if (
    IRREGULAR_S_FORMS.has(word) ||
    stems([
      [/ies$/, "y"],
      [/es$/, ""],
      [/s$/, ""],
    ])
  )
    return "s";
  if (
    stems([
      [/ied$/, "y"],
      [/ed$/, ""],
      [/d$/, ""],
      [/(.)\1ed$/, "$1"],
    ])
  )
    return "ed";
  if (
    stems([
      [/ing$/, ""],
      [/ing$/, "e"],
      [/(.)\1ing$/, "$1"],
    ])
  )
    return null;
  return "bare";
}

type VerbForm = "s" | "ed" | "bare";

/**
 * The place in `piece` of its first verb written in `form` (any finite form when null), before `until`,
 * after a plain subject — no comma, bracket or clause opener before it — or -1. A bare verb's auxiliary
 * is the subject's ("Statins can lower …": "lower"); a word after a determiner, a possessive or "both"
 * is a noun ("Both zinc tablets and …": "zinc" is a verb too); and a bare verb follows an auxiliary, a
 * denial, an adverb or a plural subject ("Statins lower", "can lower"), or a subject after the auxiliary
 * that opens a question ("Does caffeine disrupt …").
 */
function subjectVerb(
  sentence: string,
  piece: Piece,
  verb: (word: string) => boolean,
  form: VerbForm | null,
  until: number,
): number {
  const { tokens } = piece;
  const words = tokens.map((t) => t.word);
  const afterSubject = (k: number, written: VerbForm) => {
    const before = words[k - 1] ?? "";
    if (DETERMINERS.has(before) || PAIRING_WORDS.has(before) || tokens[k - 1]?.possessive) return false;
    return (
      written !== "bare" ||
      // (In a question opened by its auxiliary: "Does caffeine disrupt …".)
      NEGATED_AUXILIARIES.has(words[0] ?? "") ||
      NEGATED_AUXILIARIES.has(before) ||
      denying(before) ||
      PLAIN_ADVERBS.has(before) ||
      /(?:[^s]s|ly)$/.test(before)
    );
  };
  const first = words.findIndex((w, k) => {
    const written = k >= 1 && k < until ? verbForm(w, verb) : null;
    return (
      written !== null &&
      (form === null || written === form) &&
      !(written === "bare" && NEGATED_AUXILIARIES.has(w)) &&
      afterSubject(k, written)
    );
  });
  const plain =
    first >= 1 &&
    !/[,;:()]/.test(sentence.slice(tokens[0]?.start, tokens[first]?.start)) &&
    !words.slice(0, first).some((w) => SUBORDINATORS.has(w) || WH_WORDS.has(w));
  return plain ? first : -1;
}

/**
 * Where what follows the verb of `piece` begins: past its first verb (`first`) and the verbs it carries —
 * after an auxiliary, a participle or another verb ("are used"), after "to", a verb ("used to treat") —
 * with the adverbs between. ("Treats type 2 diabetes": "type" follows no auxiliary, so it is no verb.)
 */
function predicateEnd(piece: Piece, first: number, verb: (word: string) => boolean): number {
  const words = piece.tokens.map((t) => t.word);
  const adverb = (word: string) => PLAIN_ADVERBS.has(word) || /ly$/.test(word) || word === "not" || word === "n't";
  let at = first;
  for (;;) {
    let next = at + 1;
    if (NEGATED_AUXILIARIES.has(words[at] ?? "")) {
      while (adverb(words[next] ?? "")) next++;
      if (verbForm(words[next] ?? "", verb) !== null || /(?:ed|en)$/.test(words[next] ?? "")) {
        at = next;
        continue;
      }
    }
    if (words[next] === "to" && verbForm(words[next + 1] ?? "", verb) === "bare") {
      at = next + 1;
      continue;
    }
    return at + 1;
  }
}

/**
 * "Tianeptine modulates glutamate transmission rather than enhancing serotonin reuptake", "Caffeine is a
 * methylxanthine rather than a stimulant": what "rather than" or "instead of" sets aside is denied of the
 * subject — read as a clause of its own, the subject said again (with its auxiliaries) and denied, so
 * that a foil the store holds true makes the text wrong. A verb set aside takes the subject alone
 * ("Tianeptine … enhancing serotonin reuptake"); a thing set aside takes the subject and its verb, in
 * place of what the verb is said of ("Caffeine is a stimulant", "Metformin treats PCOS"), or of what
 * follows the same preposition ("related to amineptine rather than to tricyclics"). Null when the clause
 * before has no plain subject and verb; "held" when it denies its own ("Metformin doesn't cause weight
 * gain rather than weight loss" says neither plainly: nothing in the sentence is decided).
 */
function foilPiece(sentence: string, main: Piece, foil: Piece, verb: (word: string) => boolean): Piece | "held" | null {
  const opening = foil.tokens[0]?.word ?? "";
  if (!FRONTED_FOIL_OPENERS.has(foil.opener) || !opening || /['’]/.test(opening)) return null;
  const first = subjectVerb(sentence, main, verb, null, main.tokens.length);
  if (first < 1) return null;
  const words = main.tokens.map((t) => t.word);
  if (words.some(denying)) return "held";
  // A verb set aside is a gerund ("instead of lowering"), or written as the clause's own verb ("Does it
  // disrupt sleep rather than promote …"); a noun may be spelt as a verb ("rather than fatigue",
  // "instead of type 2 diabetes").
  const verbal = gerundOf(opening, verb) || verbForm(opening, verb) === verbForm(words[first] ?? "", verb);
  const end = predicateEnd(main, first, verb);
  const cut = verbal ? first : FOIL_PREPOSITIONS.has(opening) ? Math.max(words.lastIndexOf(opening), end) : end;
  if (cut >= main.tokens.length) return null;
  const prefixText = sentence.slice(main.tokens[0]?.start, main.tokens[cut - 1]?.end);
  return {
    text: `${prefixText} ${foil.text.trim()}`,
    tokens: [...main.tokens.slice(0, cut), ...foil.tokens],
    opener: foil.opener,
    // ("Being" sets aside a class, as a thing is: "Far from being a miracle drug, …".)
    foil: verbal && !COPULAS.has(opening) ? "verb" : "thing",
  };
}

/** A gerund the lexicon knows as a verb ("lowering", "being"), not a verb's own finite form. */
function gerundOf(word: string, verb: (word: string) => boolean): boolean {
  return /ing$/.test(word) && verb(word) && verbForm(word, verb) === null;
}

/**
 * "Far from enhancing serotonin reuptake, tianeptine blocks it", "Instead of lowering blood pressure,
 * caffeine raises it": a verb set aside at the head of the sentence, before the clause it is set against
 * — read as foilPiece reads one after it: the clause, and the verb set aside said of its subject and
 * denied. An "it" or "them" right after the clause's verb stands for what the verb set aside was said of
 * (its words up to a preposition: "blocking serotonin reuptake like the usual meds" → "serotonin
 * reuptake"; "them" only for a plural). Null unless the sentence is of that shape: the opener, a gerund,
 * a comma, then one plain clause with a subject and a verb and nothing set off after it ("Far from home,
 * I learned …" sets nothing aside); "held" as foilPiece holds one.
 */
function frontedFoil(sentence: string, verb: (word: string) => boolean): Piece[] | "held" | null {
  const opener = FRONTED_OPENING.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/g, " ");
  if (!opener || !FRONTED_FOIL_OPENERS.has(opener)) return null;
  const tokens = tokenize(sentence);
  const gerundAt = opener.split(" ").length;
  const gerund = tokens[gerundAt];
  if (!gerund || !gerundOf(gerund.word, verb)) return null;
  const clause = clauseAfterHead(sentence, tokens, gerund.end, verb);
  if (!clause) return null;
  const { comma, main, first } = clause;
  const set = tokens.filter((t) => t.start >= gerund.start && t.end <= comma);
  const foil = foilPiece(sentence, main, { text: sentence.slice(gerund.start, comma), tokens: set, opener }, verb);
  if (foil === null || foil === "held") return foil;
  const end = predicateEnd(main, first, verb);
  const pronoun = main.tokens[end];
  const after = set.slice(1);
  const stop = after.findIndex((t) => FOIL_PREPOSITIONS.has(t.word) || t.word === "like");
  const object = stop < 0 ? after : after.slice(0, stop);
  // ("them" only for a plural: "Far from switching off AMPK, metformin reduces them" says of what, unsaid.)
  const agrees = pronoun?.word !== "them" || /[^s]s$/.test(object.at(-1)?.word ?? "");
  if (!pronoun || !FOIL_OBJECT_PRONOUNS.has(pronoun.word) || object.length === 0 || !agrees) return [main, foil];
  const span = (from: Token | undefined, to: Token | undefined) =>
    from && to ? sentence.slice(from.start, to.end) : "";
  const said: Piece = {
    text: [
      span(main.tokens[0], main.tokens[end - 1]),
      span(object[0], object.at(-1)),
      span(main.tokens[end + 1], main.tokens.at(-1)),
    ]
      .filter(Boolean)
      .join(" "),
    tokens: [...main.tokens.slice(0, end), ...object, ...main.tokens.slice(end + 1)],
    opener: "",
  };
  return [said, foil];
}

/**
 * "Unlike Lovaza, Vascepa does not raise LDL", "Unlike SSRIs, tianeptine enhances serotonin reuptake": a
 * thing set against the clause at the head of the sentence — read as "…, unlike Lovaza" is read after it:
 * the clause, then the thing with its opener, a contrast that is no clause of its own. Null unless the
 * sentence is of that shape: "unlike", a few words up to a comma, then one plain clause with a subject
 * and a verb and nothing set off after it ("Unlike SSRIs, which block it, …" is left whole).
 */
function frontedContrast(sentence: string, verb: (word: string) => boolean): Piece[] | null {
  const head = /^\s*unlike\s/iu.exec(sentence);
  if (!head) return null;
  const tokens = tokenize(sentence);
  const after = clauseAfterHead(sentence, tokens, head[0].length, verb);
  if (!after) return null;
  const { comma, main } = after;
  const thing = tokens.filter((t) => t.start >= head[0].length && t.end <= comma);
  if (thing.length === 0 || thing.length > 6) return null;
  return [main, { text: sentence.slice(thing[0]?.start, comma), tokens: thing, opener: "unlike" }];
}

/**
 * The clause after the first comma from `from`, in a sentence whose head is set aside ("Far from X, …",
 * "Unlike X, …"): one plain clause with a subject and a verb, nothing set off after it ("…, caffeine
 * lowers it, my friend says" is a report) — with the comma's place and its first verb's — or null.
 */
function clauseAfterHead(
  sentence: string,
  tokens: Token[],
  from: number,
  verb: (word: string) => boolean,
): { comma: number; main: Piece; first: number } | null {
  const comma = sentence.indexOf(",", from);
  const rest = sentence.slice(comma + 1);
  if (comma < 0 || /[,;:]/.test(rest) || rest.split(CLAUSE_BREAK).length !== 1) return null;
  const main: Piece = { text: rest.trim(), tokens: tokens.filter((t) => t.start > comma), opener: "" };
  const first = subjectVerb(sentence, main, verb, null, main.tokens.length);
  return first < 1 ? null : { comma, main, first };
}

/**
 * How many of `words` open them as markers of talk, one after another ("Wait,", "Well, heads up, …", "I'm
 * pretty sure …": DISCOURSE_MARKERS' opening words and phrases).
 */
export function openingMarkers(words: string[]): number {
  const { opening, openingPhrases } = DISCOURSE_MARKERS;
  let k = 0;
  for (;;) {
    const phrase = openingPhrases.find((p) => p.every((w, j) => words[k + j] === w));
    if (phrase) k += phrase.length;
    else if (opening.has(words[k] ?? "")) k++;
    else return k;
  }
}

/**
 * "Nicotine raises your pulse, narrows your blood vessels and gives you lung cancer", "Statins can lower
 * LDL and raise HDL", "Melatonin binds and activates MT1": predicates of one subject joined by a comma,
 * "and" or "or", each verb written as the first is (`verb` says which words the lexicon knows as verbs) —
 * one clause each, said of the subject again with its auxiliaries ("Statins can raise HDL"), so that each
 * is decided on its own. Two verbs with nothing between them share what follows ("binds and activates
 * MT1" → "binds MT1", "activates MT1"). Not split: a subject with a comma or a clause opener in it; a
 * clause of another subject between the verbs ("the receptors that adenosine binds and …"), after which
 * the verb may be that clause's; a negation before the first verb joined by "and" ("doesn't raise X and
 * lower Y" denies one, or both); the last word of the clause as a verb ("relieves headaches and pains").
 */
function coordinatedPredicates(sentence: string, piece: Piece, verb: (word: string) => boolean): Piece[] {
  const { tokens } = piece;
  const words = tokens.map((t) => t.word);
  const gap = (k: number) => sentence.slice(tokens[k - 1]?.end, tokens[k]?.start);
  // The verbs after a join: where each clause after the first opens (its join and adverbs left out).
  // (Not after a marker of talk that opens the sentence: "Heads up, iron tablets …".)
  const joins: { at: number; verbAt: number }[] = [];
  for (let k = Math.max(2, openingMarkers(words) + 1); k < tokens.length - 1; k++) {
    const joined = PREDICATE_JOINS.has(words[k - 1] ?? "") || gap(k).includes(",");
    if (!joined) continue;
    let v = k;
    while (JOINED_PREDICATE_ADVERBS.has(words[v] ?? "")) v++;
    // (Nor a word set off by a comma, "…, Well, in rats", or the subject of a report, "…, doctors say".)
    const predicate =
      v < tokens.length - 1 &&
      verbForm(words[v] as string, verb) !== null &&
      !/[,;:]/.test(gap(v + 1)) &&
      !REPORTING_VERBS.has(words[v + 1] ?? "");
    if (predicate) joins.push({ at: PREDICATE_JOINS.has(words[k - 1] ?? "") ? k - 1 : k, verbAt: v });
  }
  if (joins.length === 0) return [piece];
  const form = verbForm(words[joins[0]?.verbAt as number] as string, verb);
  // The first verb: the first word of that form the lexicon knows as a verb, after a plain subject.
  const first = subjectVerb(sentence, piece, verb, form, joins[0]?.at as number);
  if (first < 1) return [piece];
  if (!joins.every(({ verbAt }) => verbForm(words[verbAt] as string, verb) === form)) return [piece];
  // Nothing between the verbs opens a clause of its own.
  const between = words.slice(first + 1, joins.at(-1)?.at);
  if (between.some((w) => SUBORDINATORS.has(w) || WH_WORDS.has(w))) return [piece];
  // "or" offers a choice, each part of which is asserted only when denied ("doesn't X or Y" denies both).
  const deniedBefore = words.slice(0, first).some(denying);
  const joinedBy = new Set(joins.map(({ at }) => (PREDICATE_JOINS.has(words[at] ?? "") ? words[at] : ",")));
  if (deniedBefore ? joinedBy.has("and") : joinedBy.has("or") || words.includes("either")) return [piece];
  const prefix = tokens.slice(0, first);
  const prefixText = sentence.slice(tokens[0]?.start, tokens[first - 1]?.end);
  const stretch = (from: number, to: number) =>
    to > from ? sentence.slice(tokens[from]?.start, tokens[to - 1]?.end) : "";
  // Each clause's verb and the words after it, up to the next join.
  const spans: [number, number][] = [first, ...joins.map(({ verbAt }) => verbAt)].map((from, k) => [
    from,
    joins[k]?.at ?? tokens.length,
  ]);
  // A verb with nothing after it shares what the next verb is said with, past that one's particle ("enhance
  // and speed up serotonin reuptake" → "enhance serotonin reuptake").
  const objectOf = (k: number): [number, number] => {
    const next = spans.slice(k + 1).find(([from, to]) => to - from > 1);
    if (!next) return [0, 0];
    let from = next[0] + 1;
    while (from < next[1] - 1 && PARTICLES.has(words[from] ?? "")) from++;
    return [from, next[1]];
  };
  return spans.map(([from, to], k): Piece => {
    const [objectFrom, objectTo] = to - from === 1 ? objectOf(k) : [0, 0];
    const own = [...tokens.slice(from, to), ...tokens.slice(objectFrom, objectTo)];
    const text = [prefixText, stretch(from, to), stretch(objectFrom, objectTo)].filter(Boolean).join(" ");
    return { text, tokens: [...prefix, ...own], opener: from === first ? piece.opener : "" };
  });
}

/**
 * "SSREs treat anxiety and depression", "Melatonin activates both MT1 and MT2", "… treats depression as
 * well as anxiety": two things one verb is said of, joined at the end of a plain clause — one clause
 * each, the subject and its verb said again ("SSREs treat depression"), so that each is decided on its
 * own. Only when each is a few words with no grammar but an article ("both" before the first) — no
 * preposition, pronoun, comparison or word that makes the two one thing ("together") —, nothing follows
 * the second, the second is no verb written as one ("… adenosine and keeps you awake" is another
 * predicate), and the clause denies nothing (a denial may be of either or both).
 */
function coordinatedObjects(sentence: string, piece: Piece, verb: (word: string) => boolean): Piece[] {
  const { tokens } = piece;
  const words = tokens.map((t) => t.word);
  const first = subjectVerb(sentence, piece, verb, null, tokens.length);
  if (first < 1 || words.some(denying)) return [piece];
  const end = predicateEnd(piece, first, verb);
  const joinAt = (k: number) => OBJECT_JOINS.find((join) => join.every((w, i) => words[k + i] === w));
  const joins = words.flatMap((_, k) => (k > end && joinAt(k) ? [k] : []));
  const at = joins[0];
  if (joins.length !== 1 || at === undefined) return [piece];
  const from = words[end] === "both" ? end + 1 : end;
  const after = at + (joinAt(at)?.length ?? 1);
  const thing = (a: number, b: number) =>
    b - a >= 1 &&
    b - a <= MAX_JOINED_OBJECT_WORDS &&
    words.slice(a, b).every((w) => !JOINT_WORDS.has(w) && (ARTICLES.has(w) || !FUNCTION_WORDS.has(w)));
  const second = words[after] ?? "";
  const unbroken = !/[,;:()]/.test(sentence.slice(tokens[end]?.start, tokens.at(-1)?.end));
  const verbal = verbForm(second, verb);
  if (!unbroken || !thing(from, at) || !thing(after, tokens.length) || verbal === "s" || verbal === "ed")
    return [piece];
  const prefixText = sentence.slice(tokens[0]?.start, tokens[end - 1]?.end);
  const things: [number, number][] = [
    [from, at],
    [after, tokens.length],
  ];
  return things.map(([a, b], k) => ({
    text: `${prefixText} ${sentence.slice(tokens[a]?.start, tokens[b - 1]?.end)}`,
    tokens: [...tokens.slice(0, end), ...tokens.slice(a, b)],
    opener: k === 0 ? piece.opener : "",
  }));
}

/** A plain clause's joined predicates, or else its joined objects, one clause each. */
function coordinatedClauses(sentence: string, piece: Piece, verb: (word: string) => boolean): Piece[] {
  const predicates = coordinatedPredicates(sentence, piece, verb);
  return predicates.length > 1 ? predicates : coordinatedObjects(sentence, piece, verb);
}

/**
 * The clauses of `text`: its sentences, split again at "whereas", "but", ";" and the like — and, with
 * `pairs` (a text to check, not a claim's own words), a sentence of two classes at "…, not a Z" (classPair),
 * and, given which words are verbs, predicates of one subject joined by "and" (coordinatedPredicates).
 */
export function clausesOf(
  original: string,
  { pairs = false, verb }: { pairs?: boolean; verb?: (word: string) => boolean } = {},
): Clause[] {
  // (A judgement of a report is no clause: it denies the report's assertion, or leaves it as said.)
  const { text, rejected, judged } = judgedReports(original);
  const parts: {
    text: string;
    tokens: Token[];
    question: boolean;
    sentence: number;
    opener: string;
    /** What denies the clause from outside it: a "no" answering it, a judgement of it as a report. */
    deniedBy: string | null;
    judged: boolean;
    pairHeld: boolean;
    foil: SetAside | null;
  }[] = [];
  let index = 0;
  const sentences = segmentSentences(text);
  const answers = plainAnswers(sentences, ANSWERED_NO);
  const assents = plainAnswers(sentences, ANSWERED_YES);
  for (const [number, sentence] of sentences.entries()) {
    const question = /\?\s*$/.test(sentence.text);
    // (What denies or judges the sentence, the same for each of its clauses.)
    const within = (offsets: Set<number>) =>
      [...offsets].some((at) => at >= sentence.offset && at < sentence.offset + sentence.text.length);
    const deniedBy = answers.has(number + 1)
      ? "answered no"
      : within(rejected)
        ? "judged wrong"
        : denialLabelOf(sentences, number);
    const judgedHere = within(judged);
    // (Not a question: "Lipitor is a statin, not a PCSK9 inhibitor?" asks both halves at once, and a
    // question's clause is no assertion of its own that the store may lack.)
    // (Nor one judged as a report: "My friend says X is a Y, not a Z. She's wrong." judges both at once.)
    const paired = pairs && !question && !deniedBy && !judgedHere ? classPair(sentence.text) : null;
    // (Nor predicates joined in a question, or in a sentence denied or judged as a whole: "My friend says X
    // raises A and lowers B. She's wrong." denies the two together, not each.)
    const joined = pairs && verb && paired === null && !question && !deniedBy && !judgedHere;
    // (Only in a sentence of one clause: "…, unlike Y", "…, whereas …" set the whole list against another.)
    const pieces = Array.isArray(paired) ? paired : clausePieces(sentence.text);
    const [main] = pieces;
    // (What "rather than" sets aside is denied in a question too: "Does X A rather than B?" asks "X A, not B".)
    const foiled = pairs && verb && paired === null && !deniedBy && !judgedHere;
    const foils =
      foiled && main ? pieces.map((piece, k) => (k > 0 ? foilPiece(sentence.text, main, piece, verb) : null)) : [];
    // (A verb set aside at the head of a sentence: not in a question, whose clause may be the foil's own.)
    const fronted =
      foiled && !question ? (frontedFoil(sentence.text, verb) ?? frontedContrast(sentence.text, verb)) : null;
    const foilHeld = foils.includes("held") || fronted === "held";
    const read = Array.isArray(fronted)
      ? fronted
      : joined && main && pieces.length === 1
        ? coordinatedClauses(sentence.text, main, verb)
        : foils.length && !foilHeld
          ? pieces.map((piece, k) => {
              const foil = foils[k];
              return foil && foil !== "held" ? foil : piece;
            })
          : pieces;
    for (const piece of read) {
      // Tokens are numbered across the whole text, so a mention's place is one number.
      const tokens = piece.tokens.map((token) => ({
        ...token,
        index: index++,
        start: token.start + sentence.offset,
        end: token.end + sentence.offset,
      }));
      if (tokens.length)
        parts.push({
          text: piece.text,
          tokens,
          question,
          sentence: number,
          opener: piece.opener,
          deniedBy: piece.foil ? piece.opener : deniedBy,
          judged: judgedHere,
          pairHeld: paired === "held" || foilHeld,
          foil: piece.foil ?? null,
        });
    }
  }
  return parts.map((part, k) => {
    const clause = readClause(part.text, part.tokens, part.question);
    // "Does X raise Y? No.", "My friend says X. She's wrong.": the answer denies the question's assertion,
    // the judgement the report's, as a "not" would — placed just before the first word, so that it is no
    // word of the clause (nor of a name in it).
    if (part.deniedBy && part.tokens[0])
      clause.negations = [{ word: part.deniedBy, index: part.tokens[0].index - 0.5 }, ...clause.negations];
    // ("…? No, coffee doesn't bring it down": the answer's "no" is said to the question; what follows
    // it denies once.)
    const first = part.tokens[0];
    if (first && answers.has(part.sentence) && NO_ANSWERS.has(first.word))
      clause.negations = clause.negations.filter((n) => n.index !== first.index);
    // ("No, alcohol improves sleep", "lol no, paracetamol doesn't cure a cold": a "no" that opens a sentence
    // answering nothing the text asks is said to another — what the writer asserts follows it, and the
    // "no" denies nothing of it: a marker of talk.)
    const afterQuestion = /\?\s*$/.test(sentences[part.sentence - 1]?.text ?? "");
    const said =
      parts[k - 1]?.sentence === part.sentence || answers.has(part.sentence) || afterQuestion
        ? 0
        : leadingNo(text, part.tokens);
    if (said > 0) {
      const noes = new Set(part.tokens.slice(0, said).map((t) => t.index));
      clause.negations = clause.negations.filter((n) => !noes.has(n.index));
      clause.markers = Math.max(clause.markers, said);
    }
    return {
      ...clause,
      sentence: part.sentence,
      opener: part.opener,
      // (Not a foil read with its subject: it is denied, not set against another.)
      contrasted: CONTRAST_OPENERS.has(part.opener) && parts[k - 1]?.sentence === part.sentence && !part.foil,
      setAside: part.foil,
      answersQuestion: answers.has(part.sentence) || assents.has(part.sentence),
      judgedReport: part.judged,
      pairHeld: part.pairHeld,
    };
  });
}

/**
 * How many of `tokens`, opening a sentence, are a "no" said to someone (NO_ANSWERS, after interjections
 * and markers of talk: "lol no,", "Nope,", "No no,") and the words before it — 0 unless a comma, a colon,
 * an exclamation mark or a dash follows it and something after that ("No amount of …", "No, no." are none).
 */
function leadingNo(text: string, tokens: Token[]): number {
  let k = 0;
  while (INTERJECTIONS.has(tokens[k]?.word ?? "") || DISCOURSE_MARKERS.opening.has(tokens[k]?.word ?? "")) k++;
  const from = k;
  while (NO_ANSWERS.has(tokens[k]?.word ?? "")) k++;
  const [last, next] = [tokens[k - 1], tokens[k]];
  if (k === from || !last || !next) return 0;
  return /^\s*(?:[,:!]|\s[-–—])/.test(text.slice(last.end, next.start)) ? k : 0;
}

/**
 * The places in `words` of idioms that assert what follows by denying its denial ("there's no denying",
 * "not untrue": AFFIRMING_DENIALS): neither their negations nor their words of doubt deny or judge it.
 */
export function affirmingDenials(words: string[]): Set<number> {
  const covered = new Set<number>();
  words.forEach((_, at) => {
    for (const idiom of AFFIRMING_DENIALS) {
      // (Past an adverb of manner inside it, "nobody seriously denies that": covered with the idiom.)
      const places: number[] = [];
      let next = at;
      const met = idiom.every((word, k) => {
        while (k > 0 && words[next] !== word && MANNER_ADVERB.test(words[next] ?? "")) places.push(next++);
        if (words[next] !== word) return false;
        places.push(next++);
        return true;
      });
      if (met) for (const place of places) covered.add(place);
    }
  });
  return covered;
}

/**
 * Whether `words[i]` is a word of nearly none before what it denies: "hardly any", "barely anything",
 * "hardly does anything".
 */
function nearlyNone(words: string[], i: number): boolean {
  if (!MINIMIZER_KINDS.nearlyNone?.has(words[i] ?? "")) return false;
  const next = DO_FORMS.has(words[i + 1] ?? "") ? words[i + 2] : words[i + 1];
  return NEARLY_NONE_OF.has(next ?? "") && (next === "anything" || next === words[i + 1]);
}

/**
 * The positions in `words` of the phrases that only make a denial emphatic ("whatsoever", "one bit",
 * "even slightly"): no count, no scope, no part of it.
 */
export function denialEmphasisAt(words: string[]): Set<number> {
  const out = new Set<number>();
  for (const phrase of DENIAL_EMPHASIS_PHRASES)
    for (let i = 0; i + phrase.length <= words.length; i++)
      if (phrase.every((word, k) => words[i + k] === word)) for (let k = 0; k < phrase.length; k++) out.add(i + k);
  return out;
}

/**
 * Whether `words[i]` is the noun of a slight amount said as a degree: "a bit", "a little", "a tad" (not
 * "a bit of" a thing, "quite a bit", nor under a denial: "doesn't help a bit" denies it at all).
 */
export function slightAmountAt(words: string[], i: number, denied: boolean): boolean {
  return (
    SLIGHT_AMOUNTS.has(words[i] ?? "") &&
    words[i - 1] === "a" &&
    words[i - 2] !== "quite" &&
    words[i + 1] !== "of" &&
    !denied
  );
}

/**
 * Whether `tokens[i]` is the "no" of an aside between commas, a few words with no verb of being or
 * doing: "metformin alone, no insulin or sulfonylurea, can still cause hypos" — "without" them, not a
 * denial of the clause.
 */
function asideNo(text: string, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.word !== "no" || i === 0) return false;
  const lead = leadOf(text, tokens);
  const gap = (from: Token | undefined, to: Token | undefined) =>
    from && to ? text.slice(from.end + lead, to.start + lead) : "";
  if (!/^\s*,\s*$/.test(gap(tokens[i - 1], token))) return false;
  for (let k = i + 1; k <= i + ASIDE_WORDS && k < tokens.length - 1; k++) {
    const word = tokens[k]?.word ?? "";
    if (COPULAS.has(word) || DO_FORMS.has(word) || HAVE_FORMS.has(word) || POSSIBILITY_MODALS.has(word)) return false;
    // (The aside closes at a comma, with more of the clause after it.)
    if (/^\s*,\s*$/.test(gap(tokens[k], tokens[k + 1]))) return true;
  }
  return false;
}

/** The most words of an aside opened by "no" (see asideNo). */
const ASIDE_WORDS = 5;

/** Token offsets are into the whole text; a clause's own text starts this many characters before its first token. */
function leadOf(text: string, tokens: Token[]): number {
  return text.search(/[\p{L}\p{N}]/u) - (tokens[0]?.start ?? 0);
}

function readClause(
  text: string,
  tokens: Token[],
  sentenceIsQuestion: boolean,
): Omit<Clause, "sentence" | "opener" | "contrasted" | "answersQuestion" | "judgedReport" | "pairHeld" | "setAside"> {
  const lower = text.toLowerCase();
  const words = tokens.map((token) => token.word);
  const negations: Clause["negations"] = [];
  const foils: number[] = [];
  const withouts: number[] = [];
  tokens.forEach((token, i) => {
    // "…the A2A receptor, not the A1, …" sets one name against another: it denies no verb ("is really
    // not a stimulant", past an adverb, denies its auxiliary).
    let before = i - 1;
    const adverb = (word: string) => PLAIN_ADVERBS.has(word) || HEDGE_WORDS.has(word) || /^\p{L}+ly$/u.test(word);
    while (before > 0 && adverb(words[before] ?? "")) before--;
    // (In a question opened by its auxiliary, "Is caffeine really not a stimulant?", it denies that one.)
    const askedFirst = sentenceIsQuestion && QUESTION_OPENERS.has(words[0] ?? "");
    // ("… up, not down": one way set against the other.)
    // (Opening the clause, "Not a single study shows …" denies its verb; so does it after a copula written
    // into its subject, "It's not a myth that …".)
    const contrastive =
      token.word === "not" &&
      i > 0 &&
      tokens[before]?.possessive !== true &&
      (DETERMINERS.has(words[i + 1] ?? "") ||
        ((words[i + 1] === "up" || words[i + 1] === "down") && i === words.length - 2)) &&
      !NEGATED_AUXILIARIES.has(words[before] ?? "") &&
      !askedFirst;
    if (contrastive) {
      foils.push(token.index);
      return;
    }
    // "Can't help but raise it", "cannot help but": it does, inevitably.
    if (words[i + 1] === "help" && words[i + 2] === "but") return;
    if (undeniedNo(token.word, words[i + 1], i === 0)) return;
    // (And "with no adrenaline", anywhere in the clause: without it.)
    if (asideNo(text, tokens, i) || (token.word === "no" && words[i - 1] === "with")) {
      withouts.push(token.index);
      return;
    }
    if (denying(token.word)) negations.push({ word: token.word, index: token.index });
    else if (NEGATING_VERBS.has(token.word) && words[i + 1] === "to")
      negations.push({ word: `${token.word} to`, index: token.index });
    // "Is far from being a blocker", "far from curing it": not at all.
    else if (token.word === "far" && words[i + 1] === "from") negations.push({ word: "far from", index: token.index });
    // ("Is useless for treating eclampsia", "ineffective against colds": no good for it.)
    else if (USELESS_WORDS.has(token.word) && USELESS_FOR.has(words[i + 1] ?? ""))
      negations.push({ word: `${token.word} ${words[i + 1]}`, index: token.index });
    // "Has hardly any ALA", "barely does anything for cramps": next to none, said as none.
    else if (nearlyNone(words, i))
      negations.push({
        word: DO_FORMS.has(words[i + 1] ?? "")
          ? `${token.word} ${words[i + 1]} anything`
          : `${token.word} ${words[i + 1]}`,
        index: token.index,
      });
  });
  // "Isn't tianeptine an SSRE?", "Doesn't caffeine raise blood pressure?": a question opened by a negated
  // auxiliary asks whether the assertion holds; its "n't" denies nothing.
  // ("Is there not caffeine in Red Bull?", "Does caffeine not raise it?": the same question, said formally.)
  const asking = sentenceIsQuestion && QUESTION_OPENERS.has(words[0] ?? "");
  const askedNot = words[1] === "n't" ? 1 : words[2] === "not" ? 2 : -1;
  if (asking && askedNot > 0) {
    const at = negations.findIndex((negation) => negation.index === tokens[askedNot]?.index);
    if (at >= 0) negations.splice(at, 1);
  }
  // "not only … but also" asserts both.
  if (NOT_ONLY.test(lower)) {
    const at = negations.findIndex((negation) => negation.word === "not" || negation.word === "n't");
    if (at >= 0) negations.splice(at, 1);
  }
  // "Isn't absorbed as well as", "is not nearly as effective as": an equality denied, which may say that
  // one is less so than the other (see `Clause.deniedEquality`).
  const deniedEquality =
    negations.find((negation) => {
      const at = tokens.findIndex((t) => t.index === negation.index);
      if (negation.word !== "not" && negation.word !== "n't") return false;
      let next = at + 1;
      while (EQUALITY_DEGREES.has(words[next] ?? "")) next++;
      if (words[next] !== "as" && words[next + 1] === "as" && !isGrammarWord(words[next] ?? "")) next++;
      return words[next] === "as" && words.slice(next + 2, next + 6).includes("as");
    })?.index ?? null;
  // "It's a myth that X" denies X.
  const denial = DENIAL_THAT.exec(lower);
  if (denial) {
    const at = tokens.find((t) => t.word === (denial[0].split(/\s+/)[0] as string));
    if (at) negations.push({ word: denial[0], index: at.index });
  }
  // "There's zero evidence that X": the writer's word that evidence is lacking denies X — by its "no", a
  // negation already, or by its "zero" (see boundingPhrases).
  const bounding = boundingPhrases(words);
  const { unproven } = bounding;
  const zero = unproven && words[unproven.no] === "zero" ? tokens[unproven.no] : undefined;
  if (zero) negations.push({ word: zero.word, index: zero.index });
  // "There's no denying X", "it's not untrue that X": the denial of a denial asserts X.
  const affirming = affirmingDenials(words);
  if (affirming.size > 0) {
    const idiomIndices = new Set([...affirming].map((at) => tokens[at]?.index));
    for (let k = negations.length - 1; k >= 0; k--) if (idiomIndices.has(negations[k]?.index)) negations.splice(k, 1);
  }
  // ("More likely", "less likely" compare; they do not hedge.)
  const hedges = words.filter(
    (word, i) => HEDGE_WORDS.has(word) && !(word === "likely" && /^(?:more|less|most|least)$/.test(words[i - 1] ?? "")),
  );
  hedges.push(...bounding.hedges);
  // "Hardly raises", "does not always raise", "does not block all", "in some patients": said in part,
  // or weakly.
  // ("Raises it a bit", "a little", "a tad": a slight amount, as "slightly" says it — not "a bit of" a
  // thing, "quite a bit", nor "not … a bit", which denies it at all.)
  const emphatic = negations.length > 0 ? denialEmphasisAt(words) : new Set<number>();
  const qualifiers = words.flatMap((word, i) =>
    bounding.at.includes(i) || emphatic.has(i)
      ? []
      : slightAmountAt(words, i, negations.length > 0)
        ? [`a ${word}`]
        : MINIMIZERS.has(word) && !nearlyNone(words, i)
          ? [word]
          : [],
  );
  const some = SOME_OF.exec(lower);
  if (some) qualifiers.push(some[0]);
  // "Some statins don't lower LDL", "Some patients find that it doesn't help": denied of some only.
  if (SOME_OPENERS.has(words[0] ?? "") && negations.length > 0) qualifiers.push(words[0] as string);
  const lead = leadOf(text, tokens);
  for (const negation of negations) {
    const after = tokens.filter((t) => t.index > negation.index);
    const negated = tokens.find((t) => t.index === negation.index);
    const comma = negated ? text.indexOf(",", negated.end + lead) : -1;
    // "Not at all" denies the more.
    // (How much and how often, anywhere after it up to a comma: "doesn't raise the risk of lithium
    // toxicity much", "doesn't keep you awake very often" concede some — not "…, as is often claimed";
    // nor "every" of "every day", five words on.)
    // (Not "how much", which says what is affected: "doesn't affect how much iron you absorb"; nor "too
    // much", "so much", "as much", how much is taken: "can't get it from eating too much red meat".)
    const partial = after.find(
      (t, k) =>
        ((k < 5 && PARTIAL_AFTER_NEGATION.has(t.word)) ||
          ((t.word === "much" || AT_TIMES.has(t.word)) && (comma < 0 || t.start + lead < comma))) &&
        !(t.word === "all" && after[k - 1]?.word === "at") &&
        !(t.word === "much" && ["how", "too", "so", "as"].includes(after[k - 1]?.word ?? "")),
    );
    if (partial) qualifiers.push(`${negation.word} ${partial.word}`);
    // "Often does not prevent", "can fail to prevent": denied at times only.
    const before = tokens.filter((t) => t.index < negation.index).slice(-2);
    const atTimes = before.find(
      (t) =>
        AT_TIMES.has(t.word) ||
        (POSSIBILITY_MODALS.has(t.word) && NEGATING_VERBS.has(negation.word.split(" ")[0] ?? "")),
    );
    if (atTimes) qualifiers.push(`${atTimes.word} ${negation.word}`);
  }
  // A fronted adverbial ends at the first comma: "In rats trained on fluoxetine, tianeptine …".
  let frontedUntil = -1;
  const comma = text.indexOf(",");
  // ("Even if …, ", "Suppose …, ": a supposition fronted the same way.)
  const opener = words[0] === "even" ? (words[1] ?? "") : (words[0] ?? "");
  if (comma > 0 && (FRONTING_WORDS.has(opener) || SUPPOSING_OPENERS.has(opener))) {
    const before = tokens.filter((t) => t.end + lead <= comma);
    frontedUntil = before.at(-1)?.index ?? -1;
  }
  const question = sentenceIsQuestion || (QUESTION_OPENERS.has(words[0] ?? "") && words.length > 2 && /\?/.test(text));
  // "as effective as" compares; "as well as" only joins ("anxiety as well as depression").
  // "… as well as antivirals do" compares too.
  const equality =
    words.some((word) => COMPARISON.equality.has(word)) ||
    /\bas\s+well\s+as\s+(?:\S+\s+){1,3}(?:do|does|did)\b/.test(lower) ||
    // ("As much weight loss as", "as fast an onset as": up to four words between. Not "as far as I know",
    // "as long as you …", "as soon as": a hedge, a condition, a time.)
    /\bas\s+(?:\p{L}+\s+){1,4}as\b/u.test(lower.replace(/\bas\s+(?:well|far|long|soon)\s+as\b/g, "and"));
  const inequality = words.includes(COMPARISON.than);
  const paced = pacePhrases(tokens);
  return {
    tokens,
    negations,
    foils,
    hedges,
    qualifiers,
    question,
    frontedUntil,
    comparison: inequality ? "inequality" : equality ? "equality" : null,
    // (Not the "less" of "takes less time to", which says how fast: see `pacePhrases`.)
    // (Nor the "less" of "more or less", which says "about".)
    lessWords: tokens
      .filter(
        (t, i) =>
          COMPARISON.less.has(t.word) &&
          !paced.has(t.index) &&
          !(tokens[i - 1]?.word === "or" && tokens[i - 2]?.word === "more"),
      )
      .map((t) => t.word),
    deniedEquality,
    withouts,
    affirmed: [...affirming].map((at) => tokens[at]?.index as number),
    markers: openingMarkers(words),
    bounding: bounding.at.map((i) => tokens[i]?.index as number),
    unproven: unproven !== null,
  };
}

/**
 * The phrases of `words` that hedge or bound an assertion and say nothing else — their positions (`at`)
 * and the hedges among them, as said: "as far as I know", "if I remember right" (KNOWING_HEDGE), a hedge;
 * "at least" and the slight degree after it ("…, at least a little", "at least somewhat", "at least
 * slightly"), or "at least" alone at the clause's end ("…, in mice at least."), a floor the writer sets,
 * which asserts it at that much or more — not a weakening. (Not "at least 3 cups", a number's floor, nor
 * "at least some people", of how many.) And the writer's word that evidence is lacking, opening the clause
 * ("There's no evidence that …": `unproven`, see lackingEvidence), whose words but its "no" say nothing.
 */
export function boundingPhrases(words: string[]): {
  at: number[];
  hedges: string[];
  unproven: ReturnType<typeof lackingEvidence>;
} {
  const at: number[] = [];
  const hedges: string[] = [];
  const unproven = lackingEvidence(words);
  if (unproven) at.push(...unproven.words.filter((i) => i !== unproven.no));
  words.forEach((word, i) => {
    const known = KNOWING_HEDGE.exec(words.slice(i, i + MAX_HEDGE_WORDS).join(" "));
    if (known) {
      hedges.push(known[0]);
      at.push(...known[0].split(" ").map((_, k) => i + k));
      return;
    }
    if (word !== "at" || words[i + 1] !== "least") return;
    const next = words[i + 2];
    if (next === undefined) at.push(i, i + 1);
    else if (next === "a" && SLIGHT_AMOUNTS.has(words[i + 3] ?? "")) at.push(i, i + 1, i + 2, i + 3);
    else if (MINIMIZER_KINDS.slight?.has(next) || next === "somewhat") at.push(i, i + 1, i + 2);
  });
  return { at, hedges, unproven };
}

/**
 * "There's no evidence that …", "Honestly, zero evidence …": the writer's word that evidence is lacking
 * (NO_EVIDENCE), opening the clause past markers of talk and the writer's attitude — the places of its
 * words and of its denying "no" or "zero", or null.
 */
export function lackingEvidence(words: string[]): { words: number[]; no: number } | null {
  let from = 0;
  while (
    from < words.length &&
    (ATTITUDE_ADVERBS.has(words[from] ?? "") || DISCOURSE_MARKERS.opening.has(words[from] ?? ""))
  )
    from++;
  const frame = NO_EVIDENCE.exec(words.slice(from).join(" "));
  if (!frame) return null;
  const count = frame[0].split(" ").length;
  const no = from + frame[0].split(" ").indexOf(frame.groups?.no ?? "no");
  return { words: Array.from({ length: count }, (_, k) => from + k), no };
}

/** Most words of a hedge of knowing: "as far as anyone can tell". */
const MAX_HEDGE_WORDS = 6;

/**
 * The words by which a text judges what it reports false or doubtful, or puts it at another time
 * ("nonsense", "I doubt that", "once thought", "will soon") — not "It's a myth that X", which denies X.
 * Empty when none.
 */
export function judgementsOf(original: string): string[] {
  // (A plain "no" to a yes/no question denies it, and a judgement of a report denies or endorses it — see
  // clausesOf: neither takes anything back; nor does a denial's "…, that's a myth".)
  const { text, unread } = judgedReports(original);
  const sentences = segmentSentences(text);
  const answers = plainAnswers(sentences, ANSWERED_NO);
  // (Nor a challenge answered "no", "Since when do X? They don't.", which is denied as asked: see clausesOf.)
  const lower = sentences
    .map((s, k) =>
      answers.has(k + 1) ? s.text.replace(RHETORICAL_CHALLENGE, (opener) => " ".repeat(opener.length)) : s.text,
    )
    .filter((_, k) => !answers.has(k))
    .join("")
    .toLowerCase();
  const denial = DENIAL_THAT.exec(lower)?.[0].split(/\s+/)[0];
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.word);
  // (Nor is the doubt of an idiom that asserts: "there's no denying", "no doubt"; nor a label that denies
  // its sentence, "Myth: …", which clausesOf reads as a "not".)
  const affirming = affirmingDenials(words);
  const labels = new Set(
    sentences.flatMap((s, k) => (denialLabelOf(sentences, k) ? [s.offset + s.text.search(/\S/)] : [])),
  );
  const found = words.filter(
    (word, at) =>
      !affirming.has(at) &&
      !labels.has(tokens[at]?.start ?? -1) &&
      ((DISBELIEF_WORDS.has(word) && word !== denial) || WISH_WORDS.has(word)),
  );
  // (Read with its emoji, some of which mock, and without them, which may stand between a "Nope" and what
  // it says: "… . Nope 🙅 they only relieve the symptoms."; and without a label of what was added later,
  // which stands before a retraction: "… . Edit: scratch that, it can't.")
  for (const pattern of [PAST_BELIEF, NEGATED_SAYING, TAKEN_BACK, MYTH_UPHELD]) {
    const match = pattern.exec(lower.trim()) ?? pattern.exec(withoutAsides(lower).trim());
    if (match) found.push(match[0].replace(/\s{2,}/g, " "));
  }
  // ("'X.' Not sure.": a quotation whose judgement the check does not read.)
  found.push(...unread);
  const partly = PARTLY_JUDGED.exec(lower.trim());
  if (partly) found.push(partly[0].replace(/^[.!?;]\s+/, ""));
  // (Said once: "Some claim X, but they are wrong" is judged by "wrong" already.)
  const crowd = CROWD_BELIEF.exec(lower.trim());
  if (crowd && found.length === 0) found.push(`${crowd[1]} … but`);
  // Two negations in one clause ("It's not true that X never …", "nobody says X isn't …"): a double
  // negative, which speech uses both to assert and to deny.
  for (const part of lower.split(CLAUSE_BREAK)) {
    const tokens = tokenize(part);
    const idiom = affirmingDenials(tokens.map((t) => t.word));
    // (Nor a "no" said to another, opening a sentence that answers no question: "No, X does NOT …".)
    const saidTo = new Set<number>();
    for (const [i, t] of tokens.entries()) {
      const gap = part.slice(tokens[i - 1]?.end ?? 0, t.start);
      if (i > 0 && !/[.!]\s/.test(gap)) continue;
      const n = leadingNo(part, tokens.slice(i));
      for (let j = i; j < i + n; j++) saidTo.add(j);
    }
    const negations = tokens.filter(
      (t, i) =>
        !idiom.has(i) &&
        !saidTo.has(i) &&
        ((NEGATION_WORDS.has(t.word) &&
          !undeniedNo(t.word, tokens[i + 1]?.word, i === 0) &&
          !asideNo(part, tokens, i) &&
          // ("Nothing to do with a lack of vitamin D": an article makes "lack" a thing named, not a denial.)
          !(ARTICLES.has(tokens[i - 1]?.word ?? "") && tokens[i + 1]?.word === "of")) ||
          t.word === "n't" ||
          NEGATING_ADJECTIVES.has(t.word) ||
          (USELESS_WORDS.has(t.word) && USELESS_FOR.has(tokens[i + 1]?.word ?? ""))),
    );
    // (But a clause denied whole, "It's not true that X doesn't …", "… that X has no …", is one denial of
    // another: a clause's own denial does not reach past "that" — "never" past it still says "at times",
    // and a denied "does nothing", "has no effect" some effect, in no direction.)
    const whole = DENIED_WHOLE.exec(part);
    const within = whole ? tokens.filter((t) => t.start >= whole.index + whole[0].length) : [];
    const inner = within.filter((t) => negations.includes(t));
    const denialOfDenial =
      whole !== null &&
      negations.length === 2 &&
      inner.length === 1 &&
      !["never", "nothing"].includes(inner[0]?.word ?? "") &&
      !within.some((t) => ANY_EFFECT_WORDS.has(t.word));
    // (Nor a "not" that only makes the denial before it emphatic: "doesn't help, not even a little", "…,
    // not one bit".)
    const emphatic = denialEmphasisAt(tokens.map((t) => t.word));
    const echoes = negations.filter((t, k) => k > 0 && t.word === "not" && emphatic.has(tokens.indexOf(t) + 1));
    if (negations.length - echoes.length >= 2 && !NOT_ONLY.test(part) && !denialOfDenial)
      found.push(negations.map((t) => t.word).join(" … "));
  }
  return found;
}

/** The comparison a phrase makes (a predicate's phrasing, a statement), read as a clause is. */
export function comparisonOf(text: string): { comparison: Comparison; lessWords: string[] } {
  const clause = readClause(text, tokenize(text), false);
  return { comparison: clause.comparison, lessWords: clause.lessWords };
}
