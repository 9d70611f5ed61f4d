/**
 * Finding known names in a text's tokens: every word of a name met, in order, by the same word, an
 * inflection or a derived form ("glutamatergic" for "glutamate", "receptors" for "receptor").
 */
import {
  CONCESSIVE_OPENERS,
  COORDINATORS,
  DETERMINERS,
  LIGHT_VERBS,
  REPORTED_OBJECTS,
  REPORTING_VERBS,
  SCOPE_PREPOSITIONS,
  USE_VERBS,
} from "../../lexicon/english";
import { formSimilarity, misspeltOnce } from "../../lexicon/morphology";
import type { Mention } from "./align";
import { type Clause, isGrammarWord, type Token, tokenize } from "./text";

/** The closeness of a name met misspelt, as a derived form's. */
const MISSPELT = 0.85;
/** A past participle, as a name's words may qualify its head with ("raised", "processed"; not "seed"). */
const PARTICIPLE = /^\p{L}{2,}[^e]ed$/u;

/** A name of an entity, as its words. */
export interface EntityName {
  entityId: string;
  words: string[];
}

/**
 * Where `names` occur in `tokens`, each occurrence a mention (closeness 1 for inflections, 0.9 for
 * derivations), its text cut from `source` when given (the tokens' offsets are into it).
 */
export function findNames(
  tokens: Token[],
  names: EntityName[],
  source?: string,
  /** Whether a word of the text may be a misspelling (one the lexicon does not know): see misspeltOnce. */
  unknown?: (word: string) => boolean,
): (Mention & { exact: boolean })[] {
  const found: (Mention & { exact: boolean })[] = [];
  const similarityOf = (word: string, named: string) => {
    const form = formSimilarity(word, named);
    return form === 0 && unknown?.(word) && misspeltOnce(word, named) ? MISSPELT : form;
  };
  for (const name of names) {
    if (name.words.length === 0) continue;
    for (let from = 0; from + name.words.length <= tokens.length; from++) {
      let closeness = 1;
      let exact = true;
      for (let i = 0; i < name.words.length && closeness > 0; i++) {
        const word = tokens[from + i]?.word as string;
        const named = name.words[i] as string;
        // (A participle that qualifies the name's head is met by itself only: "raises blood pressure"
        // says no "raised blood pressure", nor "processing foods" "processed foods".)
        const participle = i < name.words.length - 1 && PARTICIPLE.test(named);
        const similarity = participle && word !== named ? 0 : similarityOf(word, named);
        if (similarity < 1) exact = false;
        closeness = Math.min(closeness, similarity);
      }
      if (closeness <= 0) continue;
      found.push({
        from: tokens[from]?.index as number,
        to: (tokens[from + name.words.length - 1]?.index as number) + 1,
        text: spanText(tokens, from, from + name.words.length, source),
        entityId: name.entityId,
        closeness: closeness >= 0.95 ? 1 : 0.9,
        exact,
      });
    }
  }
  return found;
}

/**
 * `candidates` without the mentions of a name written in capitals that the text defines as other words of
 * its own, in brackets: "Alpha-lipoic acid (ALA)", "ALA (alpha-lipoic acid)" — words whose initials spell
 * it and which are no name of the same thing ("alpha-linolenic acid (ALA)" is one).
 */
export function withoutDefinedAbbreviations<M extends Mention>(candidates: M[], tokens: Token[], source: string): M[] {
  const defining = (mention: M): Token[] | null => {
    const at = tokens.findIndex((t) => t.index === mention.from);
    const token = tokens[at];
    if (!token || mention.to !== mention.from + 1) return null;
    const written = source.slice(token.start, token.end);
    if (!/^[A-Z][A-Z0-9]{1,7}s?$/.test(written)) return null;
    const letters = written.replace(/s$/, "").toLowerCase();
    /** The words whose initials spell the abbreviation, going back (-1) or on (1) from it. */
    const spelled = (step: -1 | 1): Token[] | null => {
      const words: Token[] = [];
      let initials = "";
      for (let k = at + step; k >= 0 && k < tokens.length && initials.length < letters.length; k += step) {
        const word = tokens[k] as Token;
        words.push(word);
        const firsts = word.word
          .split("-")
          .filter(Boolean)
          .map((part) => part[0])
          .join("");
        initials = step === -1 ? firsts + initials : initials + firsts;
      }
      return initials === letters ? (step === -1 ? words.reverse() : words) : null;
    };
    const opens = (at: number) => /\(\s*$/.test(source.slice(0, at));
    const closes = (at: number) => /^\s*\)/.test(source.slice(at));
    // "Alpha-lipoic acid (ALA)": the abbreviation alone in brackets after its words.
    if (opens(token.start) && closes(token.end)) {
      const words = spelled(-1);
      if (words) return words;
    }
    // "ALA (alpha-lipoic acid)": its words alone in brackets after it.
    if (/^\s*\(/.test(source.slice(token.end))) {
      const words = spelled(1);
      if (words && closes((words.at(-1) as Token).end)) return words;
    }
    return null;
  };
  return candidates.filter((mention) => {
    const words = defining(mention);
    if (!words) return true;
    const [from, to] = [(words[0] as Token).index, (words.at(-1) as Token).index + 1];
    return candidates.some((c) => c !== mention && c.entityId === mention.entityId && c.from <= from && c.to >= to);
  });
}

/** The words of tokens [from, to) as written in `source`, or joined when there is none. */
export function spanText(tokens: Token[], from: number, to: number, source?: string): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (source !== undefined && first && last) return source.slice(first.start, last.end);
  return tokens
    .slice(from, to)
    .map((t) => t.word)
    .join(" ");
}

/**
 * Non-overlapping mentions: longer names first, then exact before derived, then closer, then earlier.
 * Names of several entities on the same words all stay (the claims decide which one is meant).
 */
export function chooseMentions(candidates: (Mention & { exact: boolean })[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.to - b.from - (a.to - a.from) ||
      Number(b.exact) - Number(a.exact) ||
      b.closeness - a.closeness ||
      a.from - b.from,
  );
  const chosen: (Mention & { exact: boolean })[] = [];
  for (const candidate of sorted) {
    const clash = chosen.find((m) => candidate.from < m.to && m.from < candidate.to);
    if (!clash) chosen.push(candidate);
    else if (
      clash.from === candidate.from &&
      clash.to === candidate.to &&
      clash.exact === candidate.exact &&
      clash.closeness === candidate.closeness &&
      !chosen.some((m) => m.entityId === candidate.entityId && m.from === candidate.from)
    )
      chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.from - b.from).map(({ exact: _exact, ...mention }) => mention);
}

/**
 * A text's mentions (`chooseMentions`), each with the names of other things wholly inside it, exact ones
 * ("paracetamol" in "paracetamol overdose"): what a check reads of the text it is given.
 */
export function chooseWithNested(candidates: (Mention & { exact: boolean })[]): Mention[] {
  return chooseMentions(candidates).map((mention) => {
    const nested = candidates
      .filter(
        (c) =>
          c.exact &&
          c.entityId !== mention.entityId &&
          c.from >= mention.from &&
          c.to <= mention.to &&
          c.to - c.from < mention.to - mention.from,
      )
      .map(({ exact: _exact, ...inner }) => inner);
    return nested.length ? { ...mention, nested } : mention;
  });
}

/** Whether token `index` lies inside one of `mentions` (a word of a name). */
export function withinName(index: number, mentions: Mention[]): boolean {
  return mentions.some((m) => index >= m.from && index < m.to);
}

/** Pronouns that stand for the subject of the clause before them: "Caffeine is a stimulant, yet it …". */
const SUBJECT_PRONOUNS = new Set(["it", "they"]);

/** A clause's words after a "But" or "Yet" that opens it: "… isn't a carb. But it is a carbohydrate." */
const afterConcession = (clause: Clause): Token[] =>
  CONCESSIVE_OPENERS.has(clause.tokens[0]?.word ?? "") ? clause.tokens.slice(1) : clause.tokens;

/**
 * Where the assertion `words` report opens, after a frame that names nothing ("her doctor told her …",
 * "my GP says that …"): the position of its first word in `words`, or -1 when they report none.
 */
function afterReportFrame(words: Token[], mentions: Mention[]): number {
  const verb = words.findIndex((t) => REPORTING_VERBS.has(t.word) && t.word !== "according");
  if (verb < 1 || words.slice(0, verb).some((t) => withinName(t.index, mentions))) return -1;
  let at = verb + 1;
  if (REPORTED_OBJECTS.has(words[at]?.word ?? "")) at++;
  if (words[at]?.word === "that") at++;
  return at;
}

/**
 * The pronoun a clause's assertion opens with: its first word (after a "But"), or the first after a
 * report's frame ("her doctor told her it …", "my GP says that they …").
 */
function openingPronoun(clause: Clause, mentions: Mention[]): Token | undefined {
  const words = afterConcession(clause);
  if (SUBJECT_PRONOUNS.has(words[0]?.word ?? "")) return words[0];
  const at = afterReportFrame(words, mentions);
  return at >= 0 && SUBJECT_PRONOUNS.has(words[at]?.word ?? "") ? words[at] : undefined;
}

/** The index of the word a clause's report opens its assertion with, past its articles ("my cousin says the …"). */
function reportedSubjectAt(clause: Clause, mentions: Mention[]): number | undefined {
  let at = afterReportFrame(clause.tokens, mentions);
  if (at < 0) return undefined;
  while (DETERMINERS.has(clause.tokens[at]?.word ?? "")) at++;
  return clause.tokens[at]?.index;
}

/**
 * Mentions for pronouns that open a clause (or what it reports), standing for the first name of the
 * clause before it in the same sentence ("Caffeine is a stimulant, yet it helps you sleep": "it" is
 * caffeine), or in the sentence before when they open one, so that what the clause says is checked as
 * said of it.
 */
export function pronounMentions(clauses: Clause[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  clauses.forEach((clause, k) => {
    // "In rats trained to discriminate tianeptine, fluoxetine only partly substitutes for it": "it" ending
    // the clause stands for the one thing its fronted scope ("in", "among", "during" …) names, when what
    // follows names another (its subject) and nothing else between. (A fronted phrase that names two
    // things, or none, says nothing of which, nor one of another kind: "Unlike amineptine, tianeptine does
    // not block it"; nor does a clause without one: "… increases serotonin reuptake rather than blocking
    // it" is of the reuptake.) Only in a text's first sentence — "LDL is the bad kind. In diabetes, statins
    // lower it." is of the sentence before — and only of a scope of those the thing concerns ("In patients
    // with depression"), not of the thing itself ("In diabetes, statins lower it": of what, is not said).
    const last = clause.tokens.at(-1);
    const preposition = clause.tokens[0];
    const scoped = clause.tokens.find((t) => t.index > (preposition?.index ?? 0) && !DETERMINERS.has(t.word));
    if (
      clause.frontedUntil >= 0 &&
      clause.sentence === 0 &&
      SCOPE_PREPOSITIONS.has(preposition?.word ?? "") &&
      scoped !== undefined &&
      !withinName(scoped.index, mentions) &&
      last?.word === "it" &&
      !withinName(last.index, mentions)
    ) {
      const inClause = mentions.filter((m) => m.from >= (preposition?.index ?? 0) && m.to <= last.index);
      const fronted = new Set(inClause.filter((m) => m.to <= clause.frontedUntil + 1).map((m) => m.entityId));
      const rest = new Set(inClause.filter((m) => m.from > clause.frontedUntil).map((m) => m.entityId));
      const [named] = fronted;
      if (fronted.size === 1 && rest.size === 1 && named !== undefined && !rest.has(named))
        found.push({ from: last.index, to: last.index + 1, text: last.word, entityId: named, closeness: 1 });
    }
    const before = clauses[k - 1];
    const pronoun = openingPronoun(clause, mentions);
    if (!before || !pronoun) return;
    // (Or the sentence before, for a pronoun that opens a sentence — "Alcohol is not a stimulant. It is a
    // depressant." — when that sentence names one thing only, or opens with the name, its subject ("…
    // takes statins and ezetimibe. It …" may be either), and the pronoun is not who reports: "… in a
    // Facebook group. It claimed …".)
    const previous = clauses.filter((c) => c.sentence === clause.sentence - 1);
    const [first, end] =
      before.sentence === clause.sentence
        ? [before.tokens[0]?.index ?? 0, (before.tokens.at(-1)?.index ?? -1) + 1]
        : [previous[0]?.tokens[0]?.index ?? 0, (previous.at(-1)?.tokens.at(-1)?.index ?? -1) + 1];
    const inBefore = mentions.filter((m) => m.from >= first && m.to <= end);
    const named = new Set(inBefore.map((m) => m.entityId));
    const opener = previous[0]?.tokens.find((t) => !DETERMINERS.has(t.word));
    // (Or with the name first after a report's frame: "My cousin says white sugar isn't a carb. It is …".)
    const reported = previous.some((c) => reportedSubjectAt(c, mentions) === inBefore[0]?.from);
    // (Not "it" after a name joined to another: after "Inulin and LGG are both sold for gut health", "it"
    // may be either.)
    const [head, second] = inBefore;
    const joined =
      head !== undefined &&
      second !== undefined &&
      second.from === head.to + 1 &&
      COORDINATORS.has(clauses.flatMap((c) => c.tokens).find((t) => t.index === head.to)?.word ?? "");
    if (joined && pronoun.word === "it") return;
    const opensSentence =
      before.sentence === clause.sentence - 1 &&
      pronoun === afterConcession(clause)[0] &&
      (named.size === 1 || head?.from === opener?.index || reported) &&
      !REPORTING_VERBS.has(clause.tokens[1]?.word ?? "");
    if (!(before.sentence === clause.sentence || opensSentence)) return;
    // ("They" stands for a name said as a plural — "Energy drinks contain caffeine, and they …" — not for
    // a singular one: in "Coaxil works as well as SSRIs, and they block serotonin reuptake" it is the
    // SSRIs, and in "Caffeine disrupts sleep, and they say …" no name at all.)
    const subject = mentions.find(
      (m) => m.from >= first && m.to <= end && (pronoun.word !== "they" || saidAsPlural(m.text)),
    );
    if (!subject) return;
    found.push({
      from: pronoun.index,
      to: pronoun.index + 1,
      text: pronoun.word,
      entityId: subject.entityId,
      closeness: 1,
    });
    // "Smoking doesn't relieve stress, it just makes it worse", "…; it actually speeds it up": the object
    // of that pronoun's verb, "it" or "them" right after a word that is no grammar word, stands for the
    // other thing said before — when what was said names two things only, the one the subject pronoun
    // stands for and this one, said as a plural for "them" and not for "it".
    const others = inBefore.filter((m) => m.entityId !== subject.entityId);
    const other = others[0];
    if (!other || others.some((m) => m.entityId !== other.entityId)) return;
    const object = clause.tokens.find(
      (t, i) =>
        t.index > pronoun.index &&
        OBJECT_PRONOUNS.has(t.word) &&
        !isGrammarWord(clause.tokens[i - 1]?.word ?? "") &&
        !withinName(t.index, mentions),
    );
    if (object && (object.word === "them") === saidAsPlural(other.text))
      found.push({
        from: object.index,
        to: object.index + 1,
        text: object.word,
        entityId: other.entityId,
        closeness: 1,
      });
  });
  return found;
}

/** Pronouns that stand for the object of the clause before, said as the object of a verb: "… it raises it". */
const OBJECT_PRONOUNS = new Set(["it", "them"]);

/** Whether a name is said as a plural: its last word ends in "s" ("statins", "SSRIs", "energy drinks"), not "ss". */
function saidAsPlural(text: string): boolean {
  return /[^sS'’]s$/.test(text.trim().split(/\s+/).at(-1) ?? "");
}

/** How far into a statement its subject's gerund may stand: "Regular heavy drinking …" (the third word). */
const GERUND_REACH = 3;
/** A gerund: a word of at least three letters before its "-ing" ("drinking", "sunbathing", not "ring"). */
const GERUND = /^\p{L}{3,}ing$/u;

/**
 * Whether `next`, the word after a statement's opening gerund, shows the gerund used on its own, as the
 * name of an activity: the statement's verb ("drinking increases", "swimming lifts"), an adverb
 * ("drinking heavily …") or a preposition ("drinking during pregnancy …") — not an object it acts on
 * ("Blocking adenosine receptors …", "Eating fish …": a process, which names no subject).
 */
function activityFollowedBy(next: string): boolean {
  if (isGrammarWord(next)) return !DETERMINERS.has(next);
  return next.endsWith("ly") || (next.length >= 4 && next.endsWith("s") && !next.endsWith("ss"));
}

/**
 * The word a claim's statement uses for its subject when it names it by no name the store knows: the
 * activity it opens with, a gerund after at most two words that qualify it and used on its own ("Regular
 * heavy drinking increases the risk of hypertension" says "drinking" for alcohol). People say it so too
 * ("people who drink heavily", "a drink before bed"), so the check reads the word, and its forms, as a
 * name of the subject. Null when the statement opens otherwise; a verb of taking or using something
 * ("Taking aspirin …") names what is taken, not the subject. (Whether the statement names its subject
 * by a stored name is for the store to say: see src/check/statement-names.ts.)
 */
export function statementSubjectWord(statement: string): string | null {
  const tokens = tokenize(statement);
  for (let at = 0; at < Math.min(GERUND_REACH, tokens.length - 1); at++) {
    const word = tokens[at]?.word as string;
    if (isGrammarWord(word)) return null;
    if (!GERUND.test(word)) continue;
    if (LIGHT_VERBS.has(word) || USE_VERBS.has(word)) return null;
    return activityFollowedBy(tokens[at + 1]?.word as string) ? word : null;
  }
  return null;
}
