/**
 * The predicate vocabulary's rules: what a predicate with no curated row means by default, read from
 * its slug with general English grammar only ("is-a" states membership, "is-as-effective-as" is a
 * comparison of equality and so symmetric, "has-no-affinity-for" denies). Curators refine it with rows
 * (`/v1/predicates`): phrasings, the opposite predicate, the predicate a negative one denies.
 */
import { NEGATION_WORDS, SYMMETRIC_WORDS } from "../lexicon/english";

/** A predicate as the vocabulary holds it. */
export interface PredicateVocabulary {
  id: string;
  label: string;
  phrasings: string[];
  opposite: string | null;
  negationOf: string | null;
  symmetric: boolean;
  membership: boolean;
  description: string | null;
}

/** The words of a predicate slug: `enhances-reuptake-of` → enhances reuptake of. */
export function slugWords(slug: string): string[] {
  return slug.split(/[-_\s]+/).filter(Boolean);
}

const MEMBERSHIP = /^(?:is|are)-an?(?:-(?:kind|type|member|form|class|sort)-of)?$/;

/** Whether a slug denies membership ("is-not-a"): its claims are read as membership, said of no class. */
export function deniesMembership(slug: string): boolean {
  return MEMBERSHIP.test(slug.replace(/^(is|are)-not-/, "$1-"));
}

/** Whether a slug denies ("has-no-affinity-for", "does-not-inhibit", "is-not-a"). */
export function slugDenies(slug: string): boolean {
  return slugWords(slug).some((word) => NEGATION_WORDS.has(word));
}

/** The vocabulary row a predicate gets when no curator wrote one: its slug in words, and the grammar of it. */
export function defaultPredicate(slug: string): PredicateVocabulary {
  const words = slugWords(slug);
  const equality = words[0] === "is" && words[1] === "as" && words.at(-1) === "as";
  return {
    id: slug,
    label: words.join(" "),
    phrasings: [],
    opposite: null,
    negationOf: null,
    symmetric: equality || words.some((word) => SYMMETRIC_WORDS.has(word)),
    membership: MEMBERSHIP.test(slug),
    description: null,
  };
}

/** A broken vocabulary rule, with the field it concerns. */
export interface VocabularyViolation {
  field: string;
  rule: string;
  message: string;
}

/**
 * The rules of a predicate's row: its opposite and the predicate it denies are other predicates the
 * vocabulary knows (`known`: curated, or used by claims).
 */
export function predicateViolations(
  draft: Pick<PredicateVocabulary, "id" | "opposite" | "negationOf">,
  known: Set<string>,
): VocabularyViolation[] {
  const violations: VocabularyViolation[] = [];
  for (const field of ["opposite", "negationOf"] as const) {
    const other = draft[field];
    if (other === null) continue;
    if (other === draft.id)
      violations.push({ field, rule: "not-self", message: `a predicate cannot be its own ${field}` });
    else if (!known.has(other))
      violations.push({
        field,
        rule: "existing-predicate",
        message: `no predicate '${other}': describe it first, or use it in a claim`,
      });
  }
  return violations;
}
