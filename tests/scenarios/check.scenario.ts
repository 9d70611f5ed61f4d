import { describe, expect, it } from "vitest";
import { fixtureClaim } from "../support/fixture-claims";
import {
  postCheck as check,
  expectAnswers,
  expectOnlyRelated,
  expectParts,
  expectUnverified,
  getJson,
  type Harness,
  PROBLEM_TYPE,
} from "../support/harness";
import { STATEMENT_NAME_IMPORT, STATEMENT_NAME_SENTENCE } from "../support/statement-names";

/** A small domain whose subject is a class of drinks WordNet knows kinds of ("beer", "whisky"). */
const KINDS_IMPORT = [
  { record: "entity", id: "kinds-alcohol", label: "alcohol", kind: "drug", aliases: ["liquor"] },
  { record: "entity", id: "kinds-rem-sleep", label: "REM sleep", kind: "other", aliases: [] },
  { record: "entity", id: "kinds-covid", label: "COVID-19", kind: "condition", aliases: ["COVID"] },
  { record: "entity", id: "kinds-naltrexone", label: "naltrexone", kind: "drug", aliases: [] },
  { record: "reference", id: "kinds-study", type: "article-journal", title: "A study of drinking" },
  fixtureClaim("kinds-study")(
    "kinds-alcohol-reduces-rem-sleep",
    "Alcohol reduces REM sleep.",
    "kinds-alcohol",
    "reduces",
    "kinds-rem-sleep",
  ),
  fixtureClaim("kinds-study", "contradicts")(
    "kinds-alcohol-prevents-covid",
    "Alcohol protects against COVID-19.",
    "kinds-alcohol",
    "prevents",
    "kinds-covid",
  ),
  fixtureClaim("kinds-study")(
    "kinds-naltrexone-reduces-alcohol",
    "Naltrexone reduces alcohol.",
    "kinds-naltrexone",
    "reduces",
    "kinds-alcohol",
  ),
]
  .map((record) => JSON.stringify(record))
  .join("\n");

/** Imports NDJSON `body` through the API with a fresh admin key; the answer's status. */
async function importNdjson(harness: Harness, body: string): Promise<number> {
  const token = await harness.createKey(`import-${Math.random().toString(36).slice(2)}`, "admin");
  const res = await harness.fetch("/v1/import", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
    body,
  });
  return res.status;
}

const AMPA_CITATIONS = [
  {
    referenceId: "wikipedia-ssre",
    title: "Selective serotonin reuptake enhancer",
    doi: null,
    pmid: null,
    url: "https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer",
    tier: "tertiary",
    stance: "supports",
    locator: "[2][3][4][5][6][7][8][9]",
    quote: "newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity",
    retracted: false,
  },
  {
    referenceId: "mcewen2010",
    title:
      "The neurobiological properties of tianeptine (Stablon): from monoamine hypothesis to glutamatergic modulation",
    doi: "10.1038/mp.2009.80",
    pmid: "19704408",
    url: "https://doi.org/10.1038/mp.2009.80",
    tier: "secondary",
    stance: "mentions",
    locator: null,
    quote: null,
    retracted: false,
  },
];

/** `/v1/check` for fact-checking bots; each runtime runs it (with the lexicon loaded, as servers have it). */
export function checkScenarios(harness: () => Harness) {
  describe("/v1/check", () => {
    it("finds the AMPA claim for a brand name and everyday words through its curated wording, and explains the match: asserted by the encyclopedia alone, it is unverified", async () => {
      const res = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("Stablon acts on glutamate receptors")}&limit=1`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        text: "Stablon acts on glutamate receptors",
        entities: [
          { text: "Stablon", entityId: "tianeptine" },
          { text: "glutamate", entityId: "glutamate" },
        ],
        verdict: "unverified",
        confidence: 0.5,
        explanation:
          'The store holds this assertion on tertiary sources only (an encyclopedia, a textbook, the news), which neither establish nor refute it: claim "tianeptine-modulates-ampa-receptors" (asserted); subject "Stablon"; predicate "acts receptors" ~ "Tianeptine acts on glutamate receptors."; object "glutamate"; it agrees. It supersedes an earlier account: "It has been speculated that tianeptine might act as an allosteric modulator of the serotonin transporter, at a site separate from the one SSRIs use" (speculative).',
        relations: [
          {
            type: "supersedes",
            direction: "outgoing",
            claimId: "tianeptine-may-allosterically-modulate-serotonin-transporter",
            statement:
              "It has been speculated that tianeptine might act as an allosteric modulator of the serotonin transporter, at a site separate from the one SSRIs use.",
            confidence: "speculative",
            url: "/v1/claims/tianeptine-may-allosterically-modulate-serotonin-transporter",
          },
        ],
        matches: [
          {
            claimId: "tianeptine-modulates-ampa-receptors",
            statement: "Tianeptine's direct action is to alter AMPA glutamate receptor activity.",
            confidence: "asserted",
            status: "published",
            supportRetracted: false,
            evidence: { supports: 1, contradicts: 0, mentions: 1 },
            score: 1,
            match: "same-assertion",
            polarity: "agrees",
            alignment: {
              subject: { aligned: true, entityId: "tianeptine", words: "Stablon", via: "name" },
              predicate: {
                aligned: true,
                score: 1,
                words: "acts receptors",
                phrasing: "Tianeptine acts on glutamate receptors.",
                opposite: false,
                implied: false,
              },
              object: { aligned: true, entityId: "glutamate", words: "glutamate", via: "name" },
              polarity: { value: "agrees", negations: [], reasons: [] },
              swapped: false,
              held: null,
              broader: null,
              stronger: null,
              reading: { source: "wording", text: "Tianeptine acts on glutamate receptors." },
            },
            url: "/v1/claims/tianeptine-modulates-ampa-receptors",
            citations: AMPA_CITATIONS,
          },
        ],
      });
    });

    it("refutes the opposite verb: 'inhibits' serotonin reuptake against the established 'enhances'", async () => {
      for (const text of [
        "Tianeptine inhibits serotonin reuptake",
        "Tianeptine blocks serotonin reuptake, just like SSRIs do",
      ]) {
        const res = await check(harness(), text);
        expect(res.status).toBe(200);
        expect(res.body.verdict, text).toBe("refuted");
        expect(res.body.matches[0], text).toMatchObject({
          claimId: "tianeptine-enhances-serotonin-reuptake",
          match: "same-assertion",
          polarity: "opposes",
          alignment: {
            subject: { aligned: true, entityId: "tianeptine", words: "Tianeptine", via: "name" },
            predicate: { aligned: true, opposite: true },
            object: { aligned: true, entityId: "serotonin", words: "serotonin", via: "name" },
          },
        });
        // The SSRI claim is not what the sentence asserts: SSRIs are compared with, not the subject.
        const ssri = res.body.matches.find(
          (m: { claimId: string }) => m.claimId === "ssri-inhibits-serotonin-reuptake",
        );
        expect(ssri?.match ?? "absent", text).not.toBe("same-assertion");
      }
    });

    it("knows the seed's curated everyday phrasings and aliases: 'reabsorption' for reuptake, 'kick in', 'fine-tunes', 'mimics', 'a close chemical relative', 'major depressive disorder'", async () => {
      // (Each had no verdict before these phrasings and aliases were curated in seed/predicates.json and
      // seed/entities.json.)
      await expectAnswers(harness(), [
        ["SSREs are used to treat major depressive disorder.", "supported", "ssre-treats-depression"],
        ["Stablon blocks the reabsorption of serotonin.", "refuted", "tianeptine-enhances-serotonin-reuptake"],
        ["Tianeptine speeds up the reabsorption of serotonin.", "supported", "tianeptine-enhances-serotonin-reuptake"],
        [
          "Tianeptine fine-tunes glutamatergic neurotransmission.",
          "supported",
          "tianeptine-modulates-glutamatergic-neurotransmission",
        ],
        ["SSREs kick in faster than SSRIs.", "contested", "ssre-has-faster-onset-than-ssri"],
        [
          "Tianeptine is a close chemical relative of amineptine.",
          "supported",
          "tianeptine-is-chemically-related-to-amineptine",
        ],
        [
          "Fluoxetine partly mimics tianeptine in rats trained to discriminate tianeptine.",
          "supported",
          "fluoxetine-partially-substitutes-for-tianeptine-in-rats",
        ],
      ]);
    });

    it("knows the seed's second curation: 'serotonin reuptake enhancers', glutamate 'signalling', 'tweaks', BDNF 'production' that is ramped up or cut", async () => {
      // (Each had no verdict before these aliases and phrasings were curated in seed/entities.json and
      // seed/predicates.json, after the plain blind seed sets seed12 and seed13 were measured.)
      await expectAnswers(harness(), [
        ["Serotonin reuptake enhancers aren't used to treat depression.", "refuted", "ssre-treats-depression"],
        [
          "Tianeptine works by tweaking glutamate signalling in the brain.",
          "supported",
          "tianeptine-modulates-glutamatergic-neurotransmission",
        ],
        [
          "In rats, tianeptine ramps up BDNF production in the amygdala.",
          "supported",
          "tianeptine-increases-bdnf-expression-in-rat-amygdala",
        ],
        [
          "Tianeptine cuts BDNF production in the amygdala of rats.",
          "refuted",
          "tianeptine-increases-bdnf-expression-in-rat-amygdala",
        ],
      ]);
    });

    it("reads a likeness the predicate's own phrasing says as no comparison ('chemically similar to'), and what a verb of hindering keeps the object from as the predicate ('stops serotonin from being reabsorbed')", async () => {
      await expectAnswers(harness(), [
        [
          "Amineptine is chemically similar to tianeptine.",
          "supported",
          "tianeptine-is-chemically-related-to-amineptine",
        ],
        ["Tianeptine stops serotonin from being reabsorbed.", "refuted", "tianeptine-enhances-serotonin-reuptake"],
        [
          "Tianeptine does not stop dopamine from being reabsorbed.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
      ]);
      // (A likeness of some degree is a comparison; a hindered action the claim does not name, or a denial
      // of the opposite of the claim, says nothing of it.)
      for (const text of [
        "Amineptine is as chemically similar to tianeptine as to fluoxetine.",
        "Tianeptine stops serotonin from being released.",
        "Tianeptine does not stop serotonin from being reabsorbed.",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
      }
    });

    it("reads 'at' before a gerund as the respect a comparison is made in, not a time ('less effective than SSRIs at treating depression')", async () => {
      await expectAnswers(harness(), [
        [
          "Tianeptine is less effective than SSRIs at treating depression.",
          "refuted",
          "ssre-as-effective-as-ssri-against-depression",
        ],
        [
          "SSREs are as good as SSRIs at treating depression.",
          "supported",
          "ssre-as-effective-as-ssri-against-depression",
        ],
      ]);
      // (In another respect than the claim's, or at a time it does not state, it says something else.)
      for (const text of [
        "SSREs are as good as SSRIs at treating anxiety.",
        "Tianeptine is as good as SSRIs at treating depression at bedtime.",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
      }
    });

    it("reads a class the store holds a name in, said right after it ('the SSRI antidepressants'), as the noun that name is said with", async () => {
      await expectAnswers(harness(), [
        [
          "Tianeptine works as well as the SSRI antidepressants for depression.",
          "supported",
          "ssre-as-effective-as-ssri-against-depression",
        ],
        [
          "Tianeptine works about as well as SSRI antidepressants against depression.",
          "supported",
          "ssre-as-effective-as-ssri-against-depression",
        ],
      ]);
      // (A list is not a name said with its class: the other names are more than the claim says.)
      const listed = await check(
        harness(),
        "Tianeptine works as well as SSRIs, antidepressants and placebo for depression.",
      );
      expect(listed.body.verdict).toBe("unverified");
      expect(listed.body.matches[0].alignment.held).toBe(
        'the sentence also names "antidepressants", which the claim does not',
      );
    });

    it("reads 'it' ending a clause as the one thing its fronted scope names ('In rats trained to discriminate tianeptine, fluoxetine … it')", async () => {
      await expectAnswers(harness(), [
        [
          "In rats trained to discriminate tianeptine, fluoxetine only partly substitutes for it.",
          "supported",
          "fluoxetine-partially-substitutes-for-tianeptine-in-rats",
        ],
        ["In patients with depression, tianeptine treats it.", "supported", "ssre-treats-depression"],
      ]);
      // (Not a fronted phrase of another kind, nor a clause without one: there "it" is no name; nor after
      // a sentence it may stand for the subject of, nor of a scope that is the thing itself.)
      for (const text of [
        "Unlike amineptine, tianeptine does not block it.",
        "In rats trained to discriminate fluoxetine, tianeptine partly substitutes for it.",
        "Serotonin reuptake matters a lot. In patients with depression, tianeptine enhances it.",
        "In depression, tianeptine enhances it.",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
      }
      const reuptake = await check(harness(), "Tianeptine increases serotonin reuptake rather than blocking it.");
      expect(reuptake.body.matches[0].alignment.object.words).toBe("serotonin");
    });

    it("reads a pronoun's contracted modal as the modal ('you'd use'), 'has no place in' as 'plays no part in', and 'a treatment option for' as 'a treatment for'", async () => {
      await expectAnswers(harness(), [
        ["Tianeptine is not something you'd use to treat depression.", "refuted", "ssre-treats-depression"],
        ["Tianeptine is something you'd never use to treat depression.", "refuted", "ssre-treats-depression"],
        ["SSREs have no place in the treatment of depressive disorders.", "refuted", "ssre-treats-depression"],
        ["Tianeptine has a place in the treatment of depression.", "supported", "ssre-treats-depression"],
        ["Tianeptine is a treatment option for major depressive disorder.", "supported", "ssre-treats-depression"],
      ]);
      // (An option said to be the only one, or of a kind, or for some patients, is more than the claim.)
      for (const text of [
        "Tianeptine is the only treatment option for depression.",
        "Tianeptine is a second-line treatment option for depression.",
        "Tianeptine is a treatment option for depression in children.",
        "You'd think tianeptine blocks serotonin reuptake.",
        // (Nor a part in the writer's own life: it was `refuted`.)
        "Tianeptine has no place in my life since my depression.",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
      }
    });

    it("reads predicates of one subject joined by 'and', 'or' or a comma one by one, each said of the subject again", async () => {
      await expectParts(harness(), [
        [
          "SSREs enhance serotonin reuptake and treat depression.",
          "supported",
          ["ssre-enhances-serotonin-reuptake", "ssre-treats-depression"],
        ],
        // (A part the store refutes refutes the text.)
        [
          "Tianeptine enhances serotonin reuptake and blocks dopamine reuptake.",
          "refuted",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
        // (A negation before the first verb, joined by "or", denies each: "neither … nor".)
        [
          "Tianeptine doesn't block dopamine reuptake or enhance serotonin reuptake.",
          "refuted",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
      ] as const);
      // (Not a negation before the first verb joined by "and", which may deny either or both; nor a verb
      // after a clause of another subject; nor a list whose last word may be a verb; nor a question.)
      await expectUnverified(harness(), [
        "Tianeptine doesn't block dopamine reuptake and enhance serotonin reuptake.",
        "SSREs enhance the reuptake that SSRIs inhibit and treat depression.",
        "SSREs treat anxiety, depression and pain.",
        "Do SSREs enhance serotonin reuptake and treat depression?",
        // (Nor "or" without a denial, which offers a choice: a choice of two verbs is held too.)
        "Tianeptine either enhances serotonin reuptake or inhibits dopamine reuptake.",
        "Tianeptine enhances serotonin reuptake or blocks dopamine reuptake.",
        "Tianeptine either enhances or inhibits serotonin reuptake.",
        // (Nor a list set against another thing: "…, unlike amineptine".)
        "Tianeptine treats depression and enhances serotonin reuptake, unlike amineptine.",
      ]);
    });

    it("reads two things one verb is said of ('is an SSRE and an antidepressant') one by one", async () => {
      // (They were `unverified`: the second thing was read as more than the claim's object.)
      await expectParts(harness(), [
        [
          "Tianeptine is an SSRE and an antidepressant.",
          "supported",
          ["tianeptine-is-an-ssre", "ssre-used-as-antidepressants"],
        ],
        [
          "Tianeptine is both an SSRE and a dopamine uptake inhibitor.",
          "refuted",
          ["tianeptine-is-not-a-dopamine-uptake-inhibitor", "tianeptine-is-an-ssre"],
        ],
        [
          "Tianeptine is an SSRE as well as a dopamine reuptake inhibitor.",
          "refuted",
          ["tianeptine-is-not-a-dopamine-uptake-inhibitor", "tianeptine-is-an-ssre"],
        ],
      ] as const);
      // (Not split: the two said together, a denial that may deny either or both, a scope after the second,
      // a question, a second verb written as one.)
      await expectUnverified(harness(), [
        "Tianeptine modulates AMPA receptors and glutamate receptors together.",
        "Tianeptine doesn't enhance serotonin reuptake and dopamine reuptake.",
        "Tianeptine is an SSRE and an antidepressant in rats.",
        "Is tianeptine an SSRE and an antidepressant?",
      ]);
    });

    it("reads what 'rather than' or 'instead of' sets aside as denied of the subject", async () => {
      await expectParts(harness(), [
        // (It was `supported`: what was set aside was read as nothing.)
        [
          "Tianeptine modulates glutamatergic transmission rather than enhancing serotonin reuptake.",
          "refuted",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-modulates-glutamatergic-neurotransmission"],
        ],
        [
          "Tianeptine blocks dopamine reuptake instead of enhancing serotonin reuptake.",
          "refuted",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
        [
          "Tianeptine enhances serotonin reuptake rather than blocking dopamine reuptake.",
          "supported",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
        // (A thing set aside takes the verb: "SSREs treat depression", denied; a question asks the same.)
        ["SSREs treat anxiety rather than depression.", "refuted", ["ssre-treats-anxiety", "ssre-treats-depression"]],
        [
          "Does tianeptine block dopamine reuptake rather than enhance serotonin reuptake?",
          "refuted",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
      ] as const);
      // (A thing set aside that the store does not hold leaves the text unverified; so does a clause that
      // denies its own verb before "rather than", which says neither plainly.)
      await expectUnverified(harness(), [
        "Tianeptine is an SSRE rather than an SSRI.",
        "Tianeptine doesn't block dopamine reuptake rather than enhancing serotonin reuptake.",
      ]);
      // (A contrary set aside says nothing more: "speeds up … rather than blocking it" is the claim.)
      await expectAnswers(harness(), [
        [
          "Tianeptine speeds up serotonin reuptake rather than blocking it.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ]);
    });

    it("reads a verb set aside at the head of a sentence ('Far from X-ing it, …') as denied of the clause's subject", async () => {
      // (They were `unverified`: the opener and its verb were read as part of the clause.)
      await expectAnswers(harness(), [
        [
          "Far from enhancing serotonin reuptake, tianeptine blocks it.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        ["Far from being an SSRE, tianeptine is an SSRI.", "refuted", "tianeptine-is-an-ssre"],
        // ("it" after the clause's verb is what the verb set aside was said of; a contrary set aside adds nothing.)
        [
          "Instead of blocking serotonin reuptake like SSRIs, tianeptine speeds it up.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        [
          "Far from blocking serotonin reuptake, tianeptine enhances it.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ]);
      await expectParts(harness(), [
        [
          "Rather than blocking dopamine reuptake, tianeptine enhances serotonin reuptake.",
          "supported",
          ["tianeptine-enhances-serotonin-reuptake", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        ],
      ] as const);
      // (Not a verb set aside: "Far from home"; a clause that denies its own verb says neither plainly; a
      // question may be the foil's own; "them" stands for no singular thing.)
      await expectUnverified(harness(), [
        "Far from home, I learned that tianeptine enhances serotonin reuptake.",
        "Far from blocking serotonin reuptake, tianeptine enhances them.",
        // ("Being" sets aside a class, which the store may not hold.)
        "Far from being a miracle drug, tianeptine enhances serotonin reuptake.",
        "Far from blocking serotonin reuptake, tianeptine doesn't enhance it either.",
        "Instead of enhancing serotonin reuptake, does tianeptine block it?",
      ]);
    });

    it("reads negation against a negative claim: 'blocks dopamine reuptake' is refuted by 'is not a dopamine uptake inhibitor'", async () => {
      const res = await check(harness(), "tianeptine blocks dopamine reuptake", 2);
      expect(res.body.verdict).toBe("refuted");
      expect(res.body.matches).toHaveLength(2);
      expect(res.body.matches[0]).toMatchObject({
        claimId: "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        match: "same-assertion",
        polarity: "opposes",
        alignment: { polarity: { value: "opposes", reasons: ["the claim itself is a denial"] } },
      });
      const agrees = await check(harness(), "Tianeptine does not inhibit dopamine reuptake");
      expect(agrees.body.verdict).toBe("supported");
      expect(agrees.body.matches[0].alignment.polarity.negations).toEqual(["not"]);
    });

    it("compares: less effective denies 'as effective as', a contested claim stays contested, and its reverse is no side of the dispute", async () => {
      const less = await check(harness(), "SSREs are less effective than SSRIs");
      expect(less.body.verdict).toBe("refuted");
      expect(less.body.matches[0]).toMatchObject({
        claimId: "ssre-as-effective-as-ssri-against-depression",
        polarity: "opposes",
        alignment: {
          polarity: { reasons: ["the sentence says one differs where the claim says they are alike"] },
        },
      });
      const onset = await check(harness(), "SSREs act faster than SSRIs");
      expect(onset.body.verdict).toBe("contested");
      expect(onset.body.matches[0]).toMatchObject({ claimId: "ssre-has-faster-onset-than-ssri", polarity: "agrees" });
      // The comparison made the other way round, its subject after "than": the claim's contrary, which is
      // not what its references dispute (whether SSREs act faster, not whether SSRIs do).
      for (const text of ["SSRIs act faster than SSREs", "SSRIs are better tolerated than SSREs"]) {
        const reversed = await check(harness(), text);
        expect(reversed.body.verdict, text).toBe("unverified");
        expect(reversed.body.explanation, text).toMatch(
          /^The store's references disagree about the claim, not about its opposite/,
        );
        expect(reversed.body.matches[0], text).toMatchObject({
          match: "same-assertion",
          polarity: "opposes",
          alignment: { polarity: { reasons: ["the comparison is made the other way round"] } },
        });
      }
      // An equality said the other way round is the same equality.
      const alike = await check(harness(), "SSRIs are as effective as SSREs against depression");
      expect(alike.body.verdict).toBe("supported");
      expect(alike.body.matches[0]).toMatchObject({
        claimId: "ssre-as-effective-as-ssri-against-depression",
        polarity: "agrees",
      });
    });

    it("reads two names joined by 'and' before the predicate: a symmetric one said of both, and the negation after them", async () => {
      for (const [text, verdict, claimId] of [
        [
          "SSRIs and SSREs are equally effective against depression",
          "supported",
          "ssre-as-effective-as-ssri-against-depression",
        ],
        [
          "SSRIs and SSREs are not equally effective against depression",
          "refuted",
          "ssre-as-effective-as-ssri-against-depression",
        ],
        [
          "Amineptine and tianeptine are chemically related",
          "supported",
          "tianeptine-is-chemically-related-to-amineptine",
        ],
        [
          "Amineptine and tianeptine are not chemically related",
          "refuted",
          "tianeptine-is-chemically-related-to-amineptine",
        ],
      ]) {
        const res = await check(harness(), text as string);
        expect(res.body.verdict, text).toBe(verdict);
        expect(res.body.matches[0].claimId, text).toBe(claimId);
      }
      // A third name is more than the claim says.
      await expectUnverified(harness(), [
        "Tianeptine and amineptine are chemically related to fluoxetine",
        "Amineptine, tianeptine and fluoxetine are chemically related",
      ]);
    });

    it("reads one who files the subject in a class ('Pharmacologists describe tianeptine as …') as a frame around membership", async () => {
      for (const [text, verdict] of [
        ["Pharmacologists describe tianeptine as a serotonin reuptake enhancer", "supported"],
        ["Pharmacologists do not consider tianeptine as a serotonin reuptake enhancer", "refuted"],
      ]) {
        const res = await check(harness(), text as string);
        expect(res.body.verdict, text).toBe(verdict);
        expect(res.body.matches[0].claimId, text).toBe("tianeptine-is-an-ssre");
      }
      for (const text of [
        "Some regulators list tianeptine as an opioid",
        "Pharmacologists describe serotonin reuptake enhancers as tianeptine",
      ])
        expect((await check(harness(), text)).body.verdict, text).toBe("unverified");
    });

    it("takes a predicate as meant when the sentence names its two things and says nothing else of them, and says so", async () => {
      const res = await check(harness(), "Amineptine does not do a thing to serotonin");
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("unverified");
      expect(res.body.explanation).toBe(
        'The store holds this assertion, but its references neither establish nor refute it: claim "amineptine-has-no-significant-effect-on-serotonin" (unsourced); subject "Amineptine"; predicate "has no significant effect on" implied (the sentence names the two and says nothing else of them; the store relates them no other way); object "serotonin"; it agrees (the sentence denies it (not); the claim itself is a denial).',
      );
      expect(res.body.matches[0]).toMatchObject({
        claimId: "amineptine-has-no-significant-effect-on-serotonin",
        score: 0.75,
        match: "same-assertion",
        polarity: "agrees",
        alignment: {
          predicate: { aligned: true, score: 0.5, words: null, implied: true },
          polarity: { value: "agrees", negations: ["not"] },
        },
      });
      // "Does nothing to" says no effect in so many words: the same assertion, not an implied one — and so
      // does "doesn't do anything to".
      for (const text of ["Amineptine does nothing to serotonin", "Amineptine doesn't do anything to serotonin"]) {
        const nothing = await check(harness(), text);
        expect(nothing.body.verdict).toBe("unverified");
        expect(nothing.body.matches[0]).toMatchObject({
          claimId: "amineptine-has-no-significant-effect-on-serotonin",
          match: "same-assertion",
          polarity: "agrees",
          alignment: { predicate: { aligned: true, words: "nothing", implied: false } },
        });
      }
      // Two names side by side assert nothing; where the store relates the two in more than one way, the
      // sentence must say which; a denial is implied only by a denial ("has serotonin in it" says nothing
      // of an effect); a third name may be what the sentence relates them to.
      for (const text of [
        "SSRIs and serotonin reuptake",
        "Amineptine is not related to tianeptine at all",
        "Amineptine has serotonin in it",
        "Amineptine does something to serotonin",
        "Tianeptine is all dopamine, no serotonin",
      ]) {
        await expectOnlyRelated(harness(), text);
      }
    });

    it("reads what the subject is said to be: 'useless', 'bad' or 'harmful' before the object is no copula, nor 'useless' a form of 'used', nor 'SSREs are depression' a wording's 'SSREs are antidepressants for depression'", async () => {
      for (const text of [
        "SSREs are useless for depression",
        "SSREs are bad for depression",
        "SSREs are harmful for depression",
        "SSREs are depression",
      ]) {
        await expectOnlyRelated(harness(), text);
      }
      const plain = await check(harness(), "SSREs are used to treat depression");
      expect(plain.body.verdict).toBe("supported");
      expect(plain.body.matches[0]).toMatchObject({ claimId: "ssre-treats-depression", match: "same-assertion" });
    });

    it("reads 'is used to treat' as the passive however it is denied or asked, and 'used to' alone as another time", async () => {
      await expectAnswers(harness(), [
        ["SSREs are not used to treat depression.", "refuted", "ssre-treats-depression"],
        ["Tianeptine isn't used to treat depression.", "refuted", "ssre-treats-depression"],
        ["Is tianeptine used to treat depression?", "supported", "ssre-treats-depression"],
        ["Tianeptine is also used to treat depression.", "supported", "ssre-treats-depression"],
      ]);
      const past = await check(harness(), "Tianeptine used to treat depression.");
      expect(past.body.verdict).toBe("unverified");
      expect(past.body.explanation).toMatch(
        /^The sentence judges what it reports, or puts it at another time \("used to"\)/,
      );
    });

    it("reads 'Contrary to popular belief, X' as the writer's X, and 'Contrary to claims that X' as X refused", async () => {
      await expectAnswers(harness(), [
        [
          "Contrary to popular belief, tianeptine enhances serotonin reuptake.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        [
          "Despite popular belief, tianeptine blocks serotonin reuptake.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ]);
      const refused = await check(
        harness(),
        "Contrary to claims that tianeptine blocks serotonin reuptake, it enhances it.",
      );
      expect(refused.body.verdict).toBe("unverified");
    });

    it("reads 'No matter what people think, X' as the writer's X, whose 'no' denies nothing, and gives an assertion answered 'Not a chance.' no verdict", async () => {
      // (Both were decisive and wrong: `supported`, the "no" read as denying a negative claim; `refuted`.)
      await expectAnswers(harness(), [
        [
          "No matter what people think, tianeptine is a dopamine uptake inhibitor.",
          "refuted",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
        [
          "No matter what Reddit says, tianeptine is not a dopamine uptake inhibitor.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
      ]);
      const rejected = await check(harness(), "Tianeptine blocks dopamine uptake? Not a chance.");
      expect(rejected.body.verdict).toBe("unverified");
      expect(rejected.body.explanation).toMatch(
        /^The sentence judges what it reports, or puts it at another time \("\? not a chance\."\)/,
      );
    });

    it("reads a report the writer judges wrong as its denial, one judged right as its assertion, and leaves a report of two things judged together", async () => {
      // (All had no verdict: the judgement was read as taking the report back.)
      await expectAnswers(harness(), [
        [
          "My friend says tianeptine blocks dopamine uptake. She's wrong.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
        [
          "My psychiatrist claimed Coaxil enhances serotonin reuptake, which is nonsense.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        [
          "My doctor says tianeptine enhances serotonin reuptake, and she's right.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
        [
          "My friend says tianeptine blocks dopamine uptake. Total rubbish.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
      ]);
      for (const text of [
        // (Which of the two is wrong is not said; a judgement with no report before it is no denial.)
        "My friend says tianeptine enhances serotonin reuptake and blocks dopamine uptake. She's wrong.",
        "Tianeptine enhances serotonin reuptake. She's wrong.",
      ])
        expect((await check(harness(), text)).body.verdict, text).toBe("unverified");
    });

    it("reads 'in people' as another scope than a claim's rats, and a mock endorsement of a report as taking it back", async () => {
      // (Both were refuted: "in people" was no scope, so the denial was refuted by what holds in rats;
      // "Sure, she's right, and I'm the Pope" left the report read as the writer's.)
      for (const text of [
        "Tianeptine does not increase BDNF in people.",
        "Does tianeptine increase BDNF in people? No.",
        "My aunt insists Stablon works by blocking dopamine reuptake. Sure, she's right, and I'm the Pope.",
      ])
        expect((await check(harness(), text)).body.verdict, text).toBe("unverified");
      const people = await check(harness(), "Tianeptine does not increase BDNF in people.");
      expect(people.body.matches[0].alignment.held).toMatch(/^the sentence is about another scope \("people"/);
      // (In rats, the claim's scope, a denial is still refuted.)
      expect((await check(harness(), "Tianeptine does not increase BDNF in rats.")).body.verdict).toBe("refuted");
    });

    it("reads a plain 'no' after a yes/no question as its denial, and a hedged one as taking it back", async () => {
      // (Both had no verdict: the answer was read as taking the question back.)
      await expectAnswers(harness(), [
        ["Does tianeptine block dopamine uptake? No.", "supported", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
        [
          "Does Stablon enhance serotonin reuptake? Of course not.",
          "refuted",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ]);
      // ("Not really." is a softened "no" since December 7's tenth stop; "Unlikely." still takes it back.)
      expect((await check(harness(), "Does tianeptine enhance serotonin reuptake? Unlikely.")).body.verdict).toBe(
        "unverified",
      );
    });

    it("reads 'far from' as a denial, and a mock assent as taking a question back", async () => {
      // (The first was `refuted`, its "far from" unread; the second `refuted`, the question read as an
      // assertion.)
      await expectAnswers(harness(), [
        [
          "Tianeptine is far from being a dopamine reuptake blocker.",
          "supported",
          "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        ],
      ]);
      const mocked = await check(
        harness(),
        "Tianeptine blocks dopamine uptake? Yeah, and SSRIs enhance serotonin reuptake.",
      );
      expect(mocked.body.verdict).toBe("unverified");
      expect(mocked.body.explanation).toMatch(
        /^The sentence judges what it reports, or puts it at another time \("\? yeah, and"\)/,
      );
    });

    it("reads a negative claim's own denial once: 'inhibits dopamine uptake' is refuted, 'does not inhibit it' supported", async () => {
      const inhibits = await check(harness(), "Tianeptine inhibits dopamine uptake.");
      expect(inhibits.body.verdict).toBe("refuted");
      expect(inhibits.body.matches[0]).toMatchObject({
        claimId: "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        match: "same-assertion",
        polarity: "opposes",
        alignment: { polarity: { negations: [], reasons: ["the claim itself is a denial"] } },
      });
      const not = await check(harness(), "Tianeptine does not inhibit dopamine uptake.");
      expect(not.body.verdict).toBe("supported");
      expect(not.body.matches[0]).toMatchObject({
        claimId: "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        polarity: "agrees",
        alignment: { polarity: { negations: ["not"] } },
      });
    });

    it("gives no verdict where the sentence judges what it reports, says it weakly or in part, or of a scope the claim does not state", async () => {
      // (A report judged wrong as a whole is denied: "Some claim X, but they are wrong" is the writer's
      // denial of X. Judged in part, whose assertion is which is not read.)
      const denied = await check(harness(), "Some claim tianeptine enhances serotonin reuptake, but they are wrong.");
      expect(denied.body.verdict).toBe("refuted");
      // (The doubt of no one asserts, as "nobody can deny" does: it had been held as a double negative.)
      const undenied = await check(harness(), "No one seriously denies that tianeptine enhances serotonin reuptake.");
      expect(undenied.body.verdict).toBe("supported");
      const judged = await check(
        harness(),
        "Some say tianeptine enhances serotonin reuptake, but they are wrong about why.",
      );
      expect(judged.body.verdict).toBe("unverified");
      expect(judged.body.explanation).toMatch(
        /^The sentence judges what it reports, or puts it at another time \("wrong"\), and the check does not read whose assertion that is about, so it gives no verdict\. The store's references support/,
      );
      expect(judged.body.matches[0]).toMatchObject({
        claimId: "tianeptine-enhances-serotonin-reuptake",
        match: "same-assertion",
      });
      await expectUnverified(harness(), [
        "The claim that tianeptine enhances serotonin reuptake is outdated.",
        "I doubt that tianeptine enhances serotonin reuptake.",
        "Tianeptine was once thought to enhance serotonin reuptake.",
        "Fluoxetine should never substitute for tianeptine.",
        // A double negative, or a belief denied, is a judgement too, not a denial.
        "It's not true that tianeptine never enhances serotonin reuptake.",
        "I don't believe tianeptine enhances serotonin reuptake.",
        // An open question reported, a hope, a double negative through an adjective.
        "A new study will test whether tianeptine enhances serotonin reuptake.",
        "I hope tianeptine enhances serotonin reuptake.",
        "It's not impossible that tianeptine enhances serotonin reuptake.",
        // Others' belief set against what the writer says next: whose assertion is which is not read
        // (both were refuted, though the writer says what the store does).
        "Some people think tianeptine inhibits serotonin reuptake, but it enhances it.",
        "Some say tianeptine blocks serotonin reuptake, but actually it speeds it up.",
        // A report of no one in particular (it was refuted).
        "It is often said that tianeptine blocks serotonin reuptake.",
      ]);
      expect(
        (await check(harness(), "Some say tianeptine blocks serotonin reuptake, but actually it speeds it up.")).body
          .explanation,
      ).toMatch(/^The sentence judges what it reports, or puts it at another time \("some say … but"\)/);
      // Said weakly, in part, or of a scope the claim does not state: held at related.
      for (const text of [
        "Tianeptine hardly enhances serotonin reuptake.",
        "Tianeptine does not always enhance serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake in dogs.",
        "Tianeptine slightly enhances serotonin reuptake.",
        "Tianeptine sometimes enhances serotonin reuptake.",
        "Tianeptine partially enhances serotonin reuptake.",
        // A number, a condition, a time the claim does not state.
        "Tianeptine enhances serotonin reuptake by two thirds.",
        "Tianeptine enhances serotonin reuptake at doses above 50 mg.",
        "Tianeptine enhances serotonin reuptake when taken with alcohol.",
        "Tianeptine enhances serotonin reuptake after surgery.",
        "Tianeptine taken with food enhances serotonin reuptake.",
        // A means, or another thing named with the subject or the object, the claim does not state.
        "Tianeptine enhances serotonin reuptake by lowering cortisol.",
        "Tianeptine enhances serotonin reuptake through the liver.",
        "Tianeptine from a street dealer enhances serotonin reuptake.",
        "Tianeptine injections enhance serotonin reuptake.",
        // Exclusive, universal, a manner, a multiplier, a route, the subject's absence, a denied condition.
        "Tianeptine enhances serotonin reuptake only at high doses.",
        "Tianeptine enhances serotonin reuptake in every case.",
        "Tianeptine irreversibly enhances serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake fivefold.",
        "Topical tianeptine enhances serotonin reuptake.",
        "Giving up tianeptine enhances serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake even if you never take it.",
        "Tianeptine enhances serotonin reuptake for weeks after you stop taking it.",
        // A kind or an amount of the subject, a universal, a second subject, a duration.
        "Fermented tianeptine enhances serotonin reuptake.",
        "A single dose of tianeptine enhances serotonin reuptake.",
        "Tianeptine enhances all serotonin reuptake.",
        "Tianeptine and fluoxetine enhance serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake for years.",
        // More said of the object; a comparison made with "as well as … do".
        "Tianeptine enhances serotonin reuptake, which causes weight gain.",
        "Tianeptine doesn't enhance serotonin reuptake as well as other drugs do.",
        // A superlative, a manner after the object, a dose before the subject, an overdose, a time at.
        "Tianeptine is the first drug to enhance serotonin reuptake.",
        "Tianeptine modulates AMPA receptors dangerously.",
        "A large dose of tianeptine enhances serotonin reuptake.",
        "An overdose of tianeptine enhances serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake at bedtime.",
        // How soon, and of whom (a claim that states no one).
        "Tianeptine enhances serotonin reuptake within a week.",
        "Tianeptine enhances serotonin reuptake in people who have never had it.",
      ]) {
        const res = await expectOnlyRelated(harness(), text);
        expect(res.body.explanation, text).toContain("subject");
      }
      // What still denies: "It's a myth that …", and "not … at all".
      expect((await check(harness(), "It's a myth that tianeptine enhances serotonin reuptake.")).body.verdict).toBe(
        "refuted",
      );
      expect((await check(harness(), "Tianeptine does not enhance serotonin reuptake at all.")).body.verdict).toBe(
        "refuted",
      );
    });

    it("holds a verdict while a word of the sentence is unaccounted for, and says which; a reporting frame is not one", async () => {
      for (const [text, words] of [
        ["Cheap tianeptine enhances serotonin reuptake.", "cheap"],
        // How many it holds for.
        ["Tianeptine enhances serotonin reuptake in most people.", "most"],
        // An anecdote ("last year" is when it happened to the teller, and not what holds it).
        ["Tianeptine gave my aunt better serotonin reuptake last year.", "aunt"],
      ]) {
        const res = await expectOnlyRelated(harness(), text as string);
        expect(res.body.explanation, text).toContain(`the sentence says what the claim does not ("${words}")`);
        // The match says what held it, for a bot to read.
        expect(res.body.matches[0].alignment.held, text).toBe(`the sentence says what the claim does not ("${words}")`);
      }
      // A concession going on from the assertion narrows it: "but only" says it of some alone.
      const only = await expectOnlyRelated(harness(), "Tianeptine enhances serotonin reuptake, but only in adults.");
      expect(only.body.matches[0].alignment.held).toBe('the sentence says more than the claim ("only")');
      // Whose assertion it is, before or after it, and "has been shown to": the assertion is checked.
      for (const text of [
        "My psychiatrist told me that tianeptine enhances serotonin reuptake.",
        "Tianeptine enhances serotonin reuptake, my pharmacist said.",
        "According to my GP, tianeptine enhances serotonin reuptake.",
        "Tianeptine has been shown to enhance serotonin reuptake.",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("supported");
        expect(res.body.matches[0].claimId, text).toBe("tianeptine-enhances-serotonin-reuptake");
      }
    });

    it("checks what a teller reports after their own story, and no word of when they heard it", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      await expectAnswers(harness(), [
        [
          "My aunt has been on Stablon for years and her doctor told her it speeds up serotonin reuptake.",
          "supported",
          claimId,
        ],
        [
          "My aunt has been on Stablon for years and her doctor told her it blocks serotonin reuptake.",
          "refuted",
          claimId,
        ],
        ["Last year I read that Stablon speeds up serotonin reuptake.", "supported", claimId],
        ["A few weeks ago my GP told me that tianeptine enhances serotonin reuptake.", "supported", claimId],
      ]);
      // The story is no part of the report; what else the report says still is.
      const more = await check(harness(), "Tianeptine enhances serotonin reuptake and my doctor says it cures cancer.");
      expect(more.body.verdict).toBe("unverified");
      expect(more.body.explanation).toMatch(
        /^The text also says what no stored claim says \("my doctor says it cures cancer"\)/,
      );
      // When the teller heard it is not when the claim holds: "in rats last year" still says where.
      await expectOnlyRelated(harness(), "Tianeptine enhanced serotonin reuptake in rats last year.");
      await expectOnlyRelated(harness(), "My aunt takes Stablon and her doctor says it is an opioid.");
    });

    it("does not read a verb of bringing about as raising (or lowering) what the claim changes", async () => {
      // "Causes serotonin reuptake" says there is reuptake, not that there is more: the claim that
      // tianeptine enhances it neither supports that nor, through "inhibits", denies it.
      for (const text of ["Tianeptine causes serotonin reuptake.", "Tianeptine induces serotonin reuptake."]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
        expect(
          res.body.matches.every((m: { match: string }) => m.match === "related"),
          text,
        ).toBe(true);
      }
      // Said with the change, it is the claim.
      await expectAnswers(harness(), [
        ["Tianeptine causes increased serotonin reuptake.", "supported", "tianeptine-enhances-serotonin-reuptake"],
        ["Tianeptine leads to more serotonin reuptake.", "supported", "tianeptine-enhances-serotonin-reuptake"],
      ]);
    });

    it("reads 'worse' as more of an ailment ('makes depression worse'), and no direction of an aspect the claim changes ('makes serotonin reuptake worse')", async () => {
      await expectAnswers(harness(), [["Tianeptine makes depression worse.", "refuted", "ssre-treats-depression"]]);
      for (const text of [
        "Tianeptine makes serotonin reuptake worse.",
        "Tianeptine makes the reuptake of serotonin worse.",
      ]) {
        const res = await expectOnlyRelated(harness(), text);
        expect(res.body.matches[0].claimId, text).toBe("tianeptine-enhances-serotonin-reuptake");
      }
    });

    it("refutes the opposite said more strongly, and holds the claim itself said more strongly", async () => {
      const equally = "ssre-as-effective-as-ssri-against-depression";
      const answers = await expectAnswers(harness(), [
        ["SSREs are far less effective than SSRIs against depression.", "refuted", equally],
        ["SSREs are much more effective than SSRIs against depression.", "refuted", equally],
        ["Tianeptine strongly blocks dopamine reuptake.", "refuted", "tianeptine-is-not-a-dopamine-uptake-inhibitor"],
      ]);
      for (const res of answers) expect(res.body.matches[0].alignment.held).toBe(null);
      const stronger = await check(harness(), "Tianeptine strongly enhances serotonin reuptake.");
      expect(stronger.body.verdict).toBe("unverified");
      expect(stronger.body.matches[0].alignment.held).toBe(
        'the sentence says how ("strongly"), which the claim does not',
      );
    });

    it("refutes the opposite said weakly or of most cases, and holds it said of some cases or for a while", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      const answers = await expectAnswers(harness(), [
        ["Tianeptine slightly inhibits serotonin reuptake.", "refuted", claimId],
        ["Tianeptine mildly reduces serotonin reuptake.", "refuted", claimId],
        ["Tianeptine usually inhibits serotonin reuptake.", "refuted", claimId],
        ["Tianeptine blocks serotonin reuptake in most patients.", "refuted", claimId],
      ]);
      for (const res of answers) expect(res.body.matches[0].alignment.held).toBe(null);
      for (const text of [
        "Tianeptine sometimes inhibits serotonin reuptake.",
        "Tianeptine inhibits serotonin reuptake in some patients.",
        "Tianeptine temporarily inhibits serotonin reuptake.",
        "Tianeptine does not slightly enhance serotonin reuptake.",
      ]) {
        const res = await expectOnlyRelated(harness(), text);
        expect(res.body.matches[0].claimId, text).toBe(claimId);
      }
    });

    it("reads a contracted 'is' ('Tianeptine's an SSRE', 'it's') and keeps a possessive one", async () => {
      const claimId = "tianeptine-is-an-ssre";
      await expectAnswers(harness(), [
        ["Tianeptine's an SSRE.", "supported", claimId],
        ["Tianeptine's not an SSRE.", "refuted", claimId],
        ["Stablon's been shown to enhance serotonin reuptake.", "supported", "tianeptine-enhances-serotonin-reuptake"],
        [
          "Tianeptine's effect on serotonin reuptake is to enhance it.",
          "supported",
          "tianeptine-enhances-serotonin-reuptake",
        ],
      ]);
    });

    it("reads 'it' opening a sentence as the first name of the sentence before", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      await expectAnswers(harness(), [
        ["My doctor gave me Stablon. It blocks serotonin reuptake.", "refuted", claimId],
        ["Tianeptine is an SSRE. It enhances serotonin reuptake.", "supported", claimId],
      ]);
      // (Not when the sentence before names two things, nor when "it" is who reports.)
      await expectUnverified(harness(), [
        "My doctor gave me Stablon and amineptine. It blocks serotonin reuptake.",
        "Stablon got slammed on a forum. It claimed it blocks serotonin reuptake.",
      ]);
    });

    it("holds what one selling it says, unless the writer judges it; reads a label before a colon as no assertion", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      const ad = await check(harness(), "The maker's ad says Stablon enhances serotonin reuptake.");
      expect(ad.body.verdict).toBe("unverified");
      expect(ad.body.matches[0].claimId).toBe(claimId);
      expect(ad.body.matches[0].alignment.held).toBe('the sentence reports what one selling it says ("ad says")');
      await expectAnswers(harness(), [
        ["The maker's ad says Stablon enhances serotonin reuptake, and it's right.", "supported", claimId],
        ["Hot take: tianeptine's actually an SSRE.", "supported", "tianeptine-is-an-ssre"],
      ]);
      const rocks = await check(harness(), "Tianeptine rocks: it's an SSRE.");
      expect(rocks.body.verdict).toBe("unverified");
    });

    it("reads the subject's part in what the predicate says ('plays a key role in enhancing') as the predicate", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      await expectAnswers(harness(), [
        ["Tianeptine plays a key role in enhancing serotonin reuptake.", "supported", claimId],
        ["Tianeptine plays no role in enhancing serotonin reuptake.", "refuted", claimId],
      ]);
      const minor = await expectOnlyRelated(
        harness(),
        "Tianeptine plays a minor role in enhancing serotonin reuptake.",
      );
      expect(minor.body.matches[0].claimId).toBe(claimId);
    });

    it("checks a clause before what the writer did about it (', so I …'), but not one that goes on to assert more", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      await expectAnswers(harness(), [
        ["Tianeptine enhances serotonin reuptake, so I stopped taking it.", "supported", claimId],
        ["Tianeptine blocks serotonin reuptake, so we switched to something else.", "refuted", claimId],
        // (With a contraction.)
        ["Tianeptine enhances serotonin reuptake, so I've stopped taking it.", "supported", claimId],
      ]);
      await expectUnverified(harness(), [
        "Tianeptine enhances serotonin reuptake, so I take it because it cures cancer.",
        "Tianeptine enhances serotonin reuptake, so I think it cures cancer.",
        "Tianeptine enhances serotonin reuptake, so it cures cancer.",
      ]);
    });

    it("checks what the writer asserts before a report they set aside ('whatever the forums say …')", async () => {
      const claimId = "tianeptine-enhances-serotonin-reuptake";
      await expectAnswers(harness(), [
        [
          "Tianeptine enhances serotonin reuptake, no matter what Reddit claims about it blocking it.",
          "supported",
          claimId,
        ],
        ["Tianeptine blocks serotonin reuptake, whatever the textbooks say about it.", "refuted", claimId],
        // (After the assertion, "despite what" and "contrary to what" set a report aside too; opening the
        // sentence, "Contrary to claims that X" refuses X.)
        ["Tianeptine enhances serotonin reuptake, despite what Reddit claims.", "supported", claimId],
        ["Tianeptine blocks serotonin reuptake, contrary to what the textbooks say.", "refuted", claimId],
      ]);
      const refused = await check(
        harness(),
        "Despite claims that tianeptine blocks serotonin reuptake, it enhances it.",
      );
      expect(refused.body.verdict).toBe("unverified");
      // A concession that reports no one is still something the claim does not say.
      const despite = await check(harness(), "Tianeptine enhances serotonin reuptake despite its short half-life.");
      expect(despite.body.verdict).toBe("unverified");
      expect(despite.body.matches[0].alignment.held).toBe(
        'the sentence says what the claim does not ("despite, short, half-life")',
      );
    });

    it("reads no opposite in one transfer said from the other side ('people take it for' / 'is given for')", async () => {
      // WordNet makes "take" the antonym of "give": "People take tianeptine for depression" was refuted.
      // (What someone takes it for is what it is given for, read since December 6's sixth stop: until then
      // `unverified`.)
      for (const text of ["People take tianeptine for depression.", "I take tianeptine for my depression."]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("supported");
        expect(res.body.matches[0].claimId, text).toBe("ssre-treats-depression");
        expect(res.body.matches[0].polarity, text).not.toBe("opposes");
      }
      expect((await check(harness(), "Tianeptine is given for depression.")).body.verdict).toBe("supported");
    });

    it("supports a claim with a context only where the sentence states it; a denial is still refuted", async () => {
      const broader = await check(harness(), "Tianeptine increases BDNF expression.");
      expect(broader.body.verdict).toBe("unverified");
      expect(broader.body.explanation).toBe(
        'The store\'s references bear on this claim only in its context ("rat amygdala"), which the sentence does not state, so it says more than they show: claim "tianeptine-increases-bdnf-expression-in-rat-amygdala" (supported); subject "Tianeptine"; predicate "increases expression" ~ "increases the expression of"; object "BDNF".',
      );
      expect(broader.body.matches[0]).toMatchObject({
        match: "same-assertion",
        polarity: "agrees",
        alignment: { held: null, broader: "rat amygdala" },
      });
      expect((await check(harness(), "Tianeptine increases BDNF expression in the rat amygdala.")).body.verdict).toBe(
        "supported",
      );
      expect((await check(harness(), "Tianeptine does not increase BDNF expression.")).body.verdict).toBe("refuted");
      // Nor contested: the references disagree about animal studies, not about the broader sentence.
      const animals = await check(harness(), "Fluoxetine can substitute for tianeptine.");
      expect(animals.body.verdict).toBe("unverified");
      expect(animals.body.matches[0].alignment.broader).toBe("animal studies");
      // A question opened by a negated auxiliary asks whether the assertion holds.
      expect((await check(harness(), "Doesn't tianeptine enhance serotonin reuptake?")).body.verdict).toBe("supported");
      // A context that says where the claim comes from ("according to newer research") is no scope.
      expect((await check(harness(), "Tianeptine alters AMPA receptor activity.")).body.explanation).toMatch(
        /^The store holds this assertion on tertiary sources only/,
      );
    });

    it("never says supported for a class the store does not hold, and says nothing of a subject it does not know", async () => {
      for (const text of ["Tianeptine is an opioid", "Tianeptine is a banana", "Fluoxetine is an SSRE"]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("unverified");
        expect(
          res.body.matches.every((m: { match: string }) => m.match === "related"),
          text,
        ).toBe(true);
      }
      for (const text of [
        "Caffeine is a banana",
        "Sertraline blocks serotonin reuptake",
        "Alcohol causes dehydration",
        "The moon is made of cheese",
      ]) {
        const res = await check(harness(), text);
        expect(res.body.verdict, text).toBe("no-match");
        expect(res.body.matches, text).toEqual([]);
        expect(res.body.confidence, text).toBe(1);
      }
    });

    it("reads a word for a kind of a subject ('beer', 'whisky': alcohol) as a member of it, never as an object or in another sense", async () => {
      expect(await importNdjson(harness(), KINDS_IMPORT)).toBe(200);
      const beer = await check(harness(), "Beer reduces REM sleep.");
      expect(beer.body.verdict).toBe("supported");
      expect(beer.body.matches[0].claimId).toBe("kinds-alcohol-reduces-rem-sleep");
      expect(beer.body.matches[0].alignment.subject).toEqual({
        aligned: true,
        entityId: "kinds-alcohol",
        words: "Beer",
        via: "member",
      });
      expect(beer.body.explanation).toMatch(/subject "Beer" \(a member of kinds-alcohol\)/);
      expect((await check(harness(), "Whisky keeps COVID away.")).body.verdict).toBe("refuted");
      // Only as the subject, as a class's member: a claim of alcohol as its object is not one of beer.
      expect((await check(harness(), "Naltrexone reduces beer.")).body.verdict).toBe("unverified");
      // Glycerol is an alcohol of chemistry, not the drink the word names first: no kind of it.
      expect((await check(harness(), "Glycerol reduces REM sleep.")).body.verdict).toBe("no-match");
      // "Spirits" is liquor, but also the plural of "spirit", no drink: a word names a kind only when
      // every lemma of it does ("Good spirits improve sleep" was read as alcohol).
      expect((await check(harness(), "Good spirits reduce REM sleep.")).body.verdict).toBe("no-match");
    });

    it("lists what else the store says of the subject after what aligned, up to the limit, and gives it no say in the verdict", async () => {
      const listed = (body: { matches: { claimId: string; match: string; alignment: { held: string | null } }[] }) =>
        body.matches.map((m) => [m.claimId, m.match, m.alignment.held]);
      const boosts = await check(harness(), "Tianeptine boosts BDNF.", 5);
      expect(boosts.body.verdict).toBe("unverified");
      expect(listed(boosts.body)).toEqual([
        ["tianeptine-increases-bdnf-expression-in-rat-amygdala", "same-assertion", null],
        [
          "tianeptine-mechanism-seems-to-involve-bdnf-release",
          "related",
          'the sentence says what the claim does not ("boosts")',
        ],
        ["tianeptine-enhances-serotonin-reuptake", "related", "only the subject is named"],
        ["tianeptine-shows-trend-toward-better-acceptability-than-ssri", "related", "only the subject is named"],
        ["tianeptine-ampa-action-leads-to-enhanced-serotonin-reuptake", "related", "only the subject is named"],
      ]);
      // The same answer but for the list's length.
      const two = await check(harness(), "Tianeptine boosts BDNF.", 2);
      expect({ ...two.body, matches: [] }).toEqual({ ...boosts.body, matches: [] });
      expect(two.body.matches).toEqual(boosts.body.matches.slice(0, 2));
      // Nothing aligned: the subject's claims, up to the limit, and the answer is still `unverified`.
      const sold = await check(harness(), "Tianeptine is sold in gas stations.", 4);
      expect(sold.body.verdict).toBe("unverified");
      expect(listed(sold.body)).toEqual([
        ["tianeptine-is-an-ssre", "related", "only the subject is named"],
        ["tianeptine-is-the-only-known-ssre", "related", "only the subject is named"],
        ["tianeptine-increases-bdnf-expression-in-rat-amygdala", "related", "only the subject is named"],
        // (Not "… is to alter AMPA receptor activity": "alter" is no comparative of "alt", a sibling of "stations".)
        ["tianeptine-may-allosterically-modulate-serotonin-transporter", "related", "only the subject is named"],
      ]);
    });

    it("keeps swapped roles apart, and reads the passive", async () => {
      const swapped = await check(harness(), "Serotonin enhances tianeptine");
      expect(swapped.body.verdict).toBe("unverified");
      expect(swapped.body.matches[0]).toMatchObject({ match: "related", alignment: { swapped: true } });
      const passive = await check(harness(), "Serotonin reuptake is enhanced by tianeptine");
      expect(passive.body.verdict).toBe("supported");
      expect(passive.body.matches[0]).toMatchObject({
        claimId: "tianeptine-enhances-serotonin-reuptake",
        alignment: { swapped: false },
      });
      // "Is treated with" marks its agent as "by" does.
      const treated = await check(harness(), "Depression is treated with SSREs.");
      expect(treated.body.verdict).toBe("supported");
      expect(treated.body.matches[0]).toMatchObject({
        claimId: "ssre-treats-depression",
        alignment: { swapped: false },
      });
      const backwards = await check(harness(), "SSREs are treated with depression.");
      expect(backwards.body.verdict).toBe("unverified");
      expect(backwards.body.matches[0]).toMatchObject({
        claimId: "ssre-treats-depression",
        alignment: { swapped: true },
      });
    });

    it("checks the assertion inside a question or a hedge, and says so", async () => {
      const question = await check(harness(), "Is tianeptine really an SSRE?");
      expect(question.body.verdict).toBe("supported");
      expect(question.body.matches[0].claimId).toBe("tianeptine-is-an-ssre");
      expect(question.body.explanation).toMatch(/The sentence hedges or asks; its assertion was checked\.$/);
      const hedge = await check(harness(), "Some say Stablon might speed up serotonin reuptake");
      expect(hedge.body.verdict).toBe("supported");
      // The words quoted are the sentence's, once each: the phrasal verb, not its head again.
      expect(hedge.body.matches[0].alignment.predicate.words).toBe("speed up reuptake");
      expect(hedge.body.explanation).toMatch(/The sentence hedges or asks; its assertion was checked\.$/);
    });

    it("reads the gerund an imported claim's statement opens with, naming its subject by no stored name, as a name of it", async () => {
      expect(await importNdjson(harness(), STATEMENT_NAME_IMPORT)).toBe(200);
      const res = await check(harness(), STATEMENT_NAME_SENTENCE, 3);
      expect(res.status).toBe(200);
      expect(res.body.entities).toContainEqual(
        expect.objectContaining({ entityId: "sea-bathing-regimen", text: "swimming" }),
      );
      expect(res.body.matches[0].claimId).toBe("winter-swimming-lifts-wintertime-gloom");
    });

    it("reads ', it doesn't …' after a comma as a clause of its own, which denies what the first does not assert", async () => {
      // (It was `unverified`: "inhibits" and "doesn't enhance" read as one clause, a denial set against a
      // contrary. A blind set found it.)
      const res = await check(harness(), "Stablon actually inhibits serotonin reuptake, it doesn't enhance it.");
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("refuted");
      expect(res.body.matches[0].claimId).toBe("tianeptine-enhances-serotonin-reuptake");
    });

    it("reads a name misspelt once, which the lexicon does not know, as that name", async () => {
      const res = await check(harness(), "Stabolon boosts serotonin reuptake.");
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("supported");
      expect(res.body.matches[0].claimId).toBe("tianeptine-enhances-serotonin-reuptake");
      expect(res.body.entities[0]).toEqual({ text: "Stabolon", entityId: "tianeptine" });
    });

    it("reads an example between commas as said only when the store holds it as one of the kind", async () => {
      const held = await check(harness(), "SSREs, including tianeptine, enhance serotonin reuptake.", 3);
      expect(held.status).toBe(200);
      expect([held.body.verdict, held.body.matches[0]?.claimId]).toEqual([
        "supported",
        "ssre-enhances-serotonin-reuptake",
      ]);
      // (Fluoxetine is no SSRE: the store backs only the rest of the text.)
      const other = await check(harness(), "SSREs, such as fluoxetine, enhance serotonin reuptake.", 3);
      expect(other.body.verdict).toBe("unverified");
      expect(other.body.explanation).toMatch(/^The text also says what no stored claim says \("such as fluoxetine"\)/);
    });

    it("treats hostile text as words", async () => {
      for (const text of ['"unbalanced (', "NEAR(tianeptine serotonin)", "tianeptine* OR 1=1 --", "💊🧠"]) {
        const res = await getJson(harness(), `/v1/check?text=${encodeURIComponent(text)}`);
        expect(res.status, text).toBe(200);
      }
    });

    it("answers 400 for a missing or oversized text, and 422 for a body without one", async () => {
      expect((await getJson(harness(), "/v1/check")).status).toBe(400);
      const long = await getJson(harness(), `/v1/check?text=${"a".repeat(2001)}`);
      expect(long.status).toBe(400);
      expect(long.headers.get("content-type")).toBe(PROBLEM_TYPE);
      const post = await getJson(harness(), "/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ limit: 3 }),
      });
      expect(post.status).toBe(422);
      expect(post.body.errors).toEqual([expect.objectContaining({ field: "text", rule: "schema" })]);
    });

    it("answers a 2,000-character text of names within its budget, matches capped at the limit", async () => {
      const text = "Stablon Coaxil Tatinol SSRE SSRI serotonin dopamine glutamate BDNF ".repeat(40).slice(0, 2000);
      const res = await check(harness(), text, 20);
      expect(res.status).toBe(200);
      expect(res.body.matches.length).toBeLessThanOrEqual(20);
    });
  });
}
