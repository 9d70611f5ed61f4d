/**
 * The small vocabulary that lets a sentence in everyday words meet the claims' own: families of
 * predicates with the verbs people use for them, phrases that name an entity without its label, and
 * the cues of negation. Matching is on lower-cased text with word boundaries.
 */

/** A family of predicates that assert the same kind of thing, with the phrases that express it. */
export interface PredicateFamily {
  name: string;
  /** Claim predicates (exact) of this family. */
  predicates: string[];
  /** Regular expressions (over lower-cased text) of phrases that express it. */
  cues: RegExp[];
}

const w = (source: string) => new RegExp(`\\b(?:${source})\\b`);

export const PREDICATE_FAMILIES: PredicateFamily[] = [
  {
    name: "enhances-reuptake",
    predicates: ["enhances-reuptake-of", "enhances-serotonin-reuptake-downstream-of"],
    cues: [
      w("(?:enhanc|increas|boost|facilitat|promot|speed|accelerat|stimulat|rais)\\w*(?: \\w+){0,3} (?:re)?-?uptake"),
      w("(?:re)?-?uptake enhancer"),
      w("ssres?|selective serotonin reuptake enhancers?"),
    ],
  },
  {
    name: "inhibits-reuptake",
    predicates: ["inhibits-reuptake-of", "does-not-inhibit-uptake-of"],
    cues: [
      w("(?:inhibit|block|prevent|reduc|stop|suppress|decreas|lower)\\w*(?: \\w+){0,3} (?:re)?-?uptake"),
      w("(?:re)?-?uptake inhibitors?"),
      w("ssris?"),
    ],
  },
  {
    name: "modulates",
    predicates: ["alters-activity-of", "modulates-neurotransmission-of", "may-allosterically-modulate"],
    cues: [
      w(
        "acts? (?:on|at|through|via)|act(?:s|ing)? upon|modulat\\w*|alter\\w*|affect\\w*|target\\w*|works? (?:on|through|via)|binds?(?: to)?|activat\\w*|regulat\\w*|influenc\\w*",
      ),
    ],
  },
  {
    name: "treats",
    predicates: ["is-used-to-treat", "is-used-as"],
    cues: [
      w(
        "treat\\w*|used (?:for|against|in)|therap\\w*|helps? (?:with|against)|prescribed|remed\\w*|cures?|effective (?:for|against|in)|antidepressants?",
      ),
    ],
  },
  {
    name: "is-a",
    predicates: ["is-a", "is-only-known-member-of"],
    cues: [w("is an?|are|belongs? to|is one of|classified as|a kind of|a type of|member of|only known")],
  },
  {
    name: "related",
    predicates: ["is-structurally-related-to", "is-chemically-related-to", "is-closest-widely-studied-relative-of"],
    cues: [w("related|similar|resembl\\w*|analog\\w*|cousin|structur\\w*|chemic\\w*")],
  },
  {
    name: "as-effective",
    predicates: ["is-as-effective-as"],
    cues: [
      w(
        "as effective|as well as|effective as|comparabl\\w*|equal\\w*|as good as|efficac\\w*|effectiveness|works? as well",
      ),
    ],
  },
  {
    name: "faster-onset",
    predicates: ["has-faster-onset-than"],
    cues: [w("faster|quicker|sooner|immediate\\w*|onset|rapid\\w*|quickly|right away|kicks? in")],
  },
  {
    name: "better-tolerated",
    predicates: ["is-better-tolerated-than", "trends-toward-better-acceptability-than"],
    cues: [w("tolera\\w*|side[- ]effects?|acceptab\\w*|adverse")],
  },
  {
    name: "substitutes",
    predicates: ["can-substitute-for", "partially-substitutes-for"],
    cues: [w("substitut\\w*|replac\\w*|stands? in for|swap\\w*")],
  },
  {
    name: "decreases",
    predicates: ["decreases", "decreases-synaptic-concentration-of"],
    cues: [w("decreas\\w*|lower\\w*|reduc\\w*|diminish\\w*|less|drops?")],
  },
  {
    name: "increases-bdnf",
    predicates: ["increases-expression-of", "seems-to-act-via-release-of"],
    cues: [w("increas\\w*|rais\\w*|boost\\w*|releas\\w*|expression|elevat\\w*|more")],
  },
  {
    name: "affinity",
    predicates: ["has-no-affinity-for"],
    cues: [w("affinit\\w*|binds?(?: to)?|bind(?:ing)?|targets?")],
  },
  {
    name: "effect-on",
    predicates: ["has-no-significant-effect-on"],
    cues: [w("effects? on|affects?|chang\\w*|influenc\\w*|levels?")],
  },
  {
    name: "mechanism",
    predicates: [
      "has-unclear",
      "has-mechanism-distinct-from",
      "seems-to-act-via-altered",
      "seems-to-act-via-release-of",
    ],
    cues: [w("mechanism\\w*|works? by|acts? (?:by|via|through)|how it works|unclear|unknown|distinct|different")],
  },
  {
    name: "discloses",
    predicates: ["discloses", "may-share-pharmacological-effects-of"],
    cues: [w("patent\\w*|disclos\\w*|compounds?")],
  },
];

/** Predicates that state a negative: a claim with one is itself a "not". */
export const NEGATIVE_PREDICATES = new Set([
  "has-no-affinity-for",
  "does-not-inhibit-uptake-of",
  "has-no-significant-effect-on",
]);

/**
 * Phrases that name an entity in everyday words, beyond its label and aliases: what a reader would
 * write for it ("glutamate receptors" for AMPA receptors, "dopamine reuptake" for the transporter).
 */
export const CONCEPT_PHRASES: { pattern: RegExp; entities: string[] }[] = [
  { pattern: w("glutamate receptors?|glutamatergic receptors?|ampa"), entities: ["ampa-receptor", "glutamate"] },
  { pattern: w("glutamat\\w*"), entities: ["glutamate"] },
  {
    pattern: w("dopamine (?:re)?-?uptake|dopamine transport\\w*|dopamine pump"),
    entities: ["dopamine-transporter", "dopamine"],
  },
  {
    pattern: w("serotonin (?:re)?-?uptake|serotonin transport\\w*|5-ht (?:re)?-?uptake"),
    entities: ["serotonin-transporter", "serotonin"],
  },
  { pattern: w("synap\\w* serotonin|serotonin levels?|serotonin concentrations?"), entities: ["serotonin"] },
  { pattern: w("serotonergic"), entities: ["serotonergic-neurotransmission", "serotonin"] },
  { pattern: w("depress\\w*|low mood"), entities: ["depression"] },
  { pattern: w("anxi\\w*"), entities: ["anxiety"] },
  { pattern: w("plasticity|neuroplastic\\w*"), entities: ["neuroplasticity"] },
  { pattern: w("brain-derived neurotrophic factor|neurotrophic"), entities: ["bdnf"] },
  { pattern: w("tricyclics?"), entities: ["tricyclic-antidepressants"] },
  { pattern: w("prozac"), entities: ["fluoxetine"] },
  { pattern: w("mechanism of action|how (?:it|tianeptine) works"), entities: ["mechanism-of-action"] },
  { pattern: w("patent\\w*"), entities: ["tianeptine-patent"] },
  { pattern: w("related compounds|analogues|analogs|derivatives"), entities: ["tianeptine-related-compounds"] },
  {
    pattern: w("other antidepressants|standard antidepressants|conventional antidepressants"),
    entities: ["ssri", "antidepressants"],
  },
];

/** Cues that a sentence denies what it says (`not`, `no`, `never`, `fails to`, `n't`…). */
export const NEGATION =
  /\b(?:not|no|never|none|neither|nor|cannot|without|lacks?|fails? to|isn't|aren't|doesn't|don't|didn't|won't|can't|hasn't|haven't)\b|n't\b/;

/** Words too common to count as overlap between a sentence and a statement. */
export const STOPWORDS = new Set(
  "a an the of to in on at by for with from as and or but is are was were be been being it its this that these those which who whom than then there their they them has have had do does did can could may might will would should shall into onto over under about via per not no".split(
    " ",
  ),
);
