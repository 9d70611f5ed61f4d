import { describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

/** Citation formats and content negotiation; each runtime runs them. */
export function formatsScenarios(harness: () => Harness) {
  const get = (path: string, accept: string) => harness().fetch(path, { headers: { Accept: accept } });

  describe("citation formats", () => {
    it("serves a reference as CSL-JSON with only its known fields", async () => {
      const res = await get("/v1/references/wagstaff2001", "application/vnd.citationstyles.csl+json");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json");
      expect(res.headers.get("etag")).toBe('"r1-csl"');
      expect(res.headers.get("vary")).toContain("Accept");
      expect(await res.json()).toEqual({
        id: "wagstaff2001",
        type: "article-journal",
        title: "Tianeptine: a review of its use in depressive disorders",
        author: [
          { family: "Wagstaff", given: "AJ" },
          { family: "Ormrod", given: "D" },
          { family: "Spencer", given: "CM" },
        ],
        issued: { "date-parts": [[2001]] },
        "container-title": "CNS Drugs",
        genre: "Secondary source",
        volume: "15",
        issue: "3",
        page: "231-259",
        DOI: "10.2165/00023210-200115030-00006",
      });
    });

    it("leaves unknown fields out: a record with no title has none", async () => {
      const res = await get("/v1/references/loo-deniker1988", "application/vnd.citationstyles.csl+json");
      const item = (await res.json()) as Record<string, unknown>;
      expect(item).not.toHaveProperty("title");
      expect(item).not.toHaveProperty("DOI");
      expect(item.author).toEqual([
        { family: "Loo", given: "H" },
        { family: "Deniker", given: "P" },
      ]);
    });

    it("serves a reference as BibTeX, escaped", async () => {
      const res = await get("/v1/references/doi:10.1016/s0091-3057(98)00242-1", "application/x-bibtex");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
      expect(await res.text()).toBe(
        [
          "@article{vaugeois1999,",
          "  author = {Vaugeois, J-M and Corera, AT and Deslandes, A and Costentin, J},",
          "  title = {{Although Chemically Related to Amineptine, the Antidepressant Tianeptine Is Not a Dopamine Uptake Inhibitor}},",
          "  journal = {Pharmacology Biochemistry and Behavior},",
          "  year = {1999},",
          "  number = {2},",
          "  pages = {285--290},",
          "  doi = {10.1016/s0091-3057(98)00242-1},",
          "  keywords = {Primary research}",
          "}",
          "",
        ].join("\n"),
      );
    });

    it("serves a claim's bibliography as CSL-JSON and BibTeX", async () => {
      const csl = await get("/v1/claims/ssre-has-faster-onset-than-ssri", "application/vnd.citationstyles.csl+json");
      expect(csl.status).toBe(200);
      const items = (await csl.json()) as { id: string }[];
      expect(items.map((item: { id: string }) => item.id)).toEqual([
        "wikipedia-ssre",
        "loo-deniker1988",
        "kasper-olie2002",
      ]);
      expect(items[0]).toMatchObject({ type: "entry-encyclopedia", "container-title": "Wikipedia" });
      const bib = await get("/v1/claims/ssre-has-faster-onset-than-ssri", "application/x-bibtex");
      const text = await bib.text();
      expect(text.match(/^@\w+\{/gm)).toEqual(["@misc{", "@article{", "@article{"]);
      expect(text).toContain("url = {https://en.wikipedia.org/wiki/Selective\\_serotonin\\_reuptake\\_enhancer}");
    });

    it("prefers by q-value and answers 406 problem+json for a format it cannot serve", async () => {
      const preferred = await get("/v1/references/wagstaff2001", "application/json;q=0.5, application/x-bibtex");
      expect(preferred.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
      const any = await get("/v1/references/wagstaff2001", "*/*");
      expect(any.headers.get("content-type")).toBe("application/json");
      const res = await getJson(harness(), "/v1/references/wagstaff2001", { headers: { Accept: "text/csv" } });
      expect(res.status).toBe(406);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toMatchObject({ type: "/problems/not-acceptable", status: 406 });
      expect((await get("/v1/claims/tianeptine-is-an-ssre", "image/png")).status).toBe(406);
    });

    it("serves each format by name with `format`, whatever a browser's Accept says, as a named download", async () => {
      const browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
      const cases = [
        [
          "/v1/claims/ssre-has-faster-onset-than-ssri?format=jsonld",
          "application/ld+json",
          "ssre-has-faster-onset-than-ssri.jsonld",
        ],
        [
          "/v1/claims/ssre-has-faster-onset-than-ssri?format=csl",
          "application/vnd.citationstyles.csl+json",
          "ssre-has-faster-onset-than-ssri.csl.json",
        ],
        [
          "/v1/claims/ssre-has-faster-onset-than-ssri?format=bibtex",
          "application/x-bibtex; charset=utf-8",
          "ssre-has-faster-onset-than-ssri.bib",
        ],
        [
          "/v1/references/doi:10.2165/00023210-200115030-00006?format=csl",
          "application/vnd.citationstyles.csl+json",
          "wagstaff2001.csl.json",
        ],
        ["/v1/references/wagstaff2001?format=bibtex", "application/x-bibtex; charset=utf-8", "wagstaff2001.bib"],
      ] as const;
      for (const [path, type, file] of cases) {
        const res = await get(path, browser);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type"), path).toBe(type);
        expect(res.headers.get("content-disposition"), path).toBe(`attachment; filename="${file}"`);
        expect(res.headers.get("vary") ?? "", path).not.toContain("Accept");
        expect((await res.text()).length, path).toBeGreaterThan(50);
      }
      const json = await get("/v1/claims/tianeptine-is-an-ssre?format=json", "application/x-bibtex");
      expect(json.headers.get("content-type")).toBe("application/json");
      expect(json.headers.get("content-disposition")).toBeNull();
      expect(((await json.json()) as { id: string }).id).toBe("tianeptine-is-an-ssre");
    });

    it("answers 400 for a format a resource does not have", async () => {
      const res = await getJson(harness(), "/v1/references/wagstaff2001?format=jsonld");
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ type: "/problems/invalid-parameter", status: 400 });
    });

    it("answers 304 to If-None-Match per representation", async () => {
      const etag = (await get("/v1/references/wagstaff2001", "application/x-bibtex")).headers.get("etag") ?? "";
      const again = await harness().fetch("/v1/references/wagstaff2001", {
        headers: { Accept: "application/x-bibtex", "If-None-Match": etag },
      });
      expect(again.status).toBe(304);
      const json = await harness().fetch("/v1/references/wagstaff2001", { headers: { "If-None-Match": etag } });
      expect(json.status).toBe(200);
    });
  });
}

/** The ClaimReview JSON-LD of a claim; each runtime runs it. */
export function claimReviewScenarios(harness: () => Harness) {
  describe("ClaimReview", () => {
    it("serves a claim as schema.org ClaimReview JSON-LD on Accept: application/ld+json", async () => {
      const res = await harness().fetch("/v1/claims/ssre-has-faster-onset-than-ssri", {
        headers: { Accept: "application/ld+json" },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/ld+json");
      const review = (await res.json()) as Record<string, unknown>;
      expect(review).toEqual({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: "https://cited.test/claims/ssre-has-faster-onset-than-ssri".replace(
          "https://cited.test",
          new URL(String(review.url)).origin,
        ),
        claimReviewed: "SSREs have a much faster, immediate onset of action compared with SSRIs.",
        itemReviewed: {
          "@type": "Claim",
          appearance: [
            expect.objectContaining({ "@type": "CreativeWork", name: "Selective serotonin reuptake enhancer" }),
            expect.objectContaining({
              "@type": "ScholarlyArticle",
              isPartOf: { "@type": "Periodical", name: "Clinical Neuropharmacology" },
            }),
            expect.objectContaining({ "@type": "ScholarlyArticle", name: expect.stringContaining("meta-analysis") }),
          ],
        },
        reviewRating: {
          "@type": "Rating",
          ratingValue: 2,
          bestRating: 5,
          worstRating: 1,
          alternateName: expect.stringMatching(/^Contested: /),
          ratingExplanation: expect.any(String),
        },
        author: { "@type": "Organization", name: "Cited", url: expect.stringMatching(/^https?:\/\/[^/]+\/$/) },
        datePublished: expect.any(String),
        dateModified: expect.any(String),
      });
    });

    it("links the JSON to its page, ClaimReview, bibliographies and history, in `links` and the Link header", async () => {
      const res = await harness().fetch("/v1/claims/tianeptine-is-an-ssre");
      const self = "/v1/claims/tianeptine-is-an-ssre";
      expect(res.headers.get("link")).toBe(
        [
          '</claims/tianeptine-is-an-ssre>; rel="alternate"; type="text/html"',
          `<${self}?format=jsonld>; rel="alternate"; type="application/ld+json"`,
          `<${self}?format=csl>; rel="alternate"; type="application/vnd.citationstyles.csl+json"`,
          `<${self}?format=bibtex>; rel="alternate"; type="application/x-bibtex"`,
          `<${self}/history>; rel="version-history"; type="application/json"`,
        ].join(", "),
      );
      const claim = (await res.json()) as { links: unknown };
      expect(claim.links).toEqual({
        page: "/claims/tianeptine-is-an-ssre",
        claimReview: { href: `${self}?format=jsonld`, type: "application/ld+json" },
        bibliography: [
          { href: `${self}?format=csl`, type: "application/vnd.citationstyles.csl+json" },
          { href: `${self}?format=bibtex`, type: "application/x-bibtex" },
        ],
        history: `${self}/history`,
      });
    });

    it("rates an unsourced claim by name only", async () => {
      const res = await harness().fetch("/v1/claims/tianeptine-is-the-only-known-ssre", {
        headers: { Accept: "application/ld+json" },
      });
      const review = (await res.json()) as { reviewRating: Record<string, unknown> };
      expect(review.reviewRating).not.toHaveProperty("ratingValue");
      expect(review.reviewRating.alternateName).toMatch(/^Unsourced: /);
    });
  });
}
