import { describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

/** `/v1/check` for fact-checking bots; each runtime runs it. */
export function checkScenarios(harness: () => Harness) {
  describe("/v1/check", () => {
    it("finds the AMPA claim for a brand name and everyday words, with its citations and a verdict", async () => {
      const res = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("Stablon acts on glutamate receptors")}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("supported");
      expect(res.body.explanation).toBe(
        "The store holds this assertion as established or supported by its references.",
      );
      expect(res.body.matches[0]).toEqual({
        claimId: "tianeptine-modulates-ampa-receptors",
        statement: "Tianeptine's direct action is to alter AMPA glutamate receptor activity.",
        confidence: "supported",
        status: "published",
        supportRetracted: false,
        evidence: { supports: 1, contradicts: 0, mentions: 1 },
        score: expect.any(Number),
        match: "same-assertion",
        polarity: "agrees",
        url: "/v1/claims/tianeptine-modulates-ampa-receptors",
        citations: [
          {
            referenceId: "wikipedia-ssre",
            title: "Selective serotonin reuptake enhancer",
            doi: null,
            pmid: null,
            url: "https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer",
            stance: "supports",
            locator: "[2][3][4][5][6][7][8][9]",
            quote:
              "newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity",
            retracted: false,
          },
          {
            referenceId: "mcewen2010",
            title:
              "The neurobiological properties of tianeptine (Stablon): from monoamine hypothesis to glutamatergic modulation",
            doi: "10.1038/mp.2009.80",
            pmid: "19704408",
            url: "https://doi.org/10.1038/mp.2009.80",
            stance: "mentions",
            locator: null,
            quote: null,
            retracted: false,
          },
        ],
      });
    });

    it("reads negation: 'blocks dopamine reuptake' opposes the claim that tianeptine does not, so it is refuted", async () => {
      const res = await getJson(harness(), "/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: "tianeptine blocks dopamine reuptake", limit: 2 }),
      });
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("refuted");
      expect(res.body.matches).toHaveLength(2);
      expect(res.body.matches[0]).toMatchObject({
        claimId: "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        match: "same-assertion",
        polarity: "opposes",
      });
    });

    it("says contested where the sources disagree and no-match for what the store does not know", async () => {
      const onset = await getJson(harness(), `/v1/check?text=${encodeURIComponent("SSREs act faster than SSRIs")}`);
      expect(onset.body.verdict).toBe("contested");
      const moon = await getJson(harness(), `/v1/check?text=${encodeURIComponent("The moon is made of cheese")}`);
      expect(moon.body).toEqual({
        text: "The moon is made of cheese",
        entities: [],
        verdict: "no-match",
        explanation: "The store holds no claim about what this sentence says.",
        matches: [],
      });
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
  });
}
