import { describe, expect, it } from "vitest";
import { clausesOf, tokenize } from "../../src/domain/check/text";
import { verdictOf } from "../../src/domain/check/verdict";
import { defaultPredicate, predicateViolations } from "../../src/domain/vocabulary";
import { formSimilarity, lemmaCandidates } from "../../src/lexicon/morphology";

describe("reading a text (src/domain/check/text.ts)", () => {
  it("splits contractions and possessives and numbers tokens across clauses", () => {
    expect(tokenize("Tianeptine's effect doesn't last").map((t) => t.word)).toEqual([
      "tianeptine",
      "effect",
      "does",
      "n't",
      "last",
    ]);
    const clauses = clausesOf("SSREs enhance serotonin reuptake, whereas SSRIs inhibit it.");
    expect(clauses.map((c) => c.tokens.map((t) => t.word).join(" "))).toEqual([
      "ssres enhance serotonin reuptake",
      "ssris inhibit it",
    ]);
    expect(clauses[1]?.tokens[0]?.index).toBe(4);
  });

  it("finds the negations that deny a verb, not those that set one name against another", () => {
    expect(clausesOf("Tianeptine does not block dopamine uptake")[0]?.negations.map((n) => n.word)).toEqual(["not"]);
    expect(clausesOf("Tianeptine is not a dopamine uptake inhibitor")[0]?.negations.map((n) => n.word)).toEqual([
      "not",
    ]);
    expect(clausesOf("It's the A2A receptor, not the A1, that matters")[0]?.negations).toEqual([]);
    expect(clausesOf("It's a myth that caffeine is a stimulant")[0]?.negations.map((n) => n.word)).toEqual([
      "myth that",
    ]);
    expect(clausesOf("Not only does it enhance reuptake")[0]?.negations).toEqual([]);
  });

  it("reads comparisons, hedges, questions and fronted adverbials", () => {
    const [less] = clausesOf("SSREs are less effective than SSRIs");
    expect(less).toMatchObject({ comparison: "inequality", lessWords: ["less"] });
    expect(clausesOf("SSREs are as effective as SSRIs")[0]?.comparison).toBe("equality");
    expect(clausesOf("It helps with anxiety as well as depression")[0]?.comparison).toBeNull();
    const [question] = clausesOf("Might Stablon speed up reuptake?");
    expect(question).toMatchObject({ question: true, hedges: ["might"] });
    const [fronted] = clausesOf("In rats trained on fluoxetine, tianeptine partially substitutes");
    expect(fronted?.frontedUntil).toBe(4);
  });
});

describe("word forms (src/lexicon/morphology.ts)", () => {
  it("relates inflections, derivations and the -ergic kind, and nothing else", () => {
    expect(formSimilarity("receptors", "receptor")).toBe(0.95);
    expect(formSimilarity("anxious", "anxiety")).toBe(0.85);
    expect(formSimilarity("smokers", "smoking")).toBe(0.85);
    expect(formSimilarity("glutamatergic", "glutamate")).toBe(0.85);
    expect(formSimilarity("serotonergic", "serotonin")).toBe(0.85);
    expect(formSimilarity("treat", "tread")).toBe(0);
    // A privative affix says the absence: "caffeine-free" is no form of "caffeine".
    expect(formSimilarity("caffeine-free", "caffeine")).toBe(0);
    expect(formSimilarity("sleepless", "sleep")).toBe(0);
    expect(formSimilarity("non-smokers", "smokers")).toBe(0);
    // Two names of compounds, each with its ending, are other compounds; so is a compound named after
    // another word; hyphened words are met part by part, a part perhaps cut short.
    expect(formSimilarity("glutamine", "glutamate")).toBe(0);
    expect(formSimilarity("penicillamine", "penicillin")).toBe(0);
    expect(formSimilarity("creatinine", "creatine")).toBe(0);
    expect(formSimilarity("glucosamine", "glucose")).toBe(0);
    expect(formSimilarity("penicillins", "penicillin")).toBe(0.95);
    expect(formSimilarity("alpha-lipoic", "alpha-linolenic")).toBe(0);
    expect(formSimilarity("first-gen", "first-generation")).toBe(0.85);
    expect(formSimilarity("anti-inflammatory", "anti-inflammatories")).toBe(0.95);
    expect(lemmaCandidates("inhibits")).toContain("inhibit");
    expect(lemmaCandidates("cuts down")).toContain("cut down");
  });
});

describe("vocabulary rules (src/domain/vocabulary.ts)", () => {
  it("reads an uncurated predicate's grammar from its slug", () => {
    expect(defaultPredicate("is-a")).toMatchObject({ label: "is a", membership: true, symmetric: false });
    expect(defaultPredicate("is-as-effective-as")).toMatchObject({ symmetric: true, membership: false });
    expect(defaultPredicate("is-chemically-related-to").symmetric).toBe(true);
    expect(defaultPredicate("inhibits-reuptake-of")).toMatchObject({ symmetric: false, membership: false });
  });

  it("names the rule an opposite or a denied predicate breaks", () => {
    expect(
      predicateViolations({ id: "a", opposite: "a", negationOf: "b" }, new Set(["c"])).map((v) => [v.field, v.rule]),
    ).toEqual([
      ["opposite", "not-self"],
      ["negationOf", "existing-predicate"],
    ]);
  });
});

describe("verdicts (src/domain/check/verdict.ts)", () => {
  it("maps a claim's confidence and the text's polarity to a verdict", () => {
    expect(verdictOf("established", "agrees")).toBe("supported");
    expect(verdictOf("supported", "opposes")).toBe("refuted");
    expect(verdictOf("refuted", "opposes")).toBe("supported");
    expect(verdictOf("contested", "agrees")).toBe("contested");
    expect(verdictOf("speculative", "agrees")).toBe("unverified");
    expect(verdictOf("unsourced", "opposes")).toBe("unverified");
  });
});
