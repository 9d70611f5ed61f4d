import { describe, expect, it } from "vitest";
import { getJson, type Harness, ISO_TIME, PROBLEM_TYPE } from "../support/harness";
import { expectedClaim, seedClaimIdsAbout, seedClaims, seedEntities, seedLevel, seedLiterature } from "../support/seed";

const AMPA_CLAIM = "tianeptine-modulates-ampa-receptors";
const publishedIds = seedClaims
  .filter((claim) => claim.status === "published")
  .map((claim) => claim.id)
  .sort();

/** A problem body, whatever the request id. */
function problemOf(status: number, fields: Record<string, unknown>) {
  return { status, requestId: expect.any(String), ...fields };
}

/** Walks every page of `path` with `limit`, returning the ids and the raw pages. */
async function walk(h: Harness, path: string, limit: number) {
  const ids: string[] = [];
  const pages: { link: string | null; nextCursor: string | null }[] = [];
  let url: string | null = `${path}${path.includes("?") ? "&" : "?"}limit=${limit}`;
  while (url) {
    const res = await getJson(h, url);
    expect(res.status).toBe(200);
    ids.push(...res.body.items.map((item: { id: string }) => item.id));
    pages.push({ link: res.headers.get("link"), nextCursor: res.body.nextCursor });
    const link = res.headers.get("link");
    url = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
    if (pages.length > 100) throw new Error("pagination does not end");
  }
  return { ids, pages };
}

/** The read API scenarios; each runtime's suite runs them against its own server. */
export function readApiScenarios(harness: () => Harness) {
  describe("GET /health", () => {
    it("answers 200 with the service version and the number of claims", async () => {
      const res = await getJson(harness(), "/health");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(res.body).toEqual({
        status: "ok",
        version: "0.1.0",
        runtime: expect.stringMatching(/^(node|workers)$/),
        claims: seedClaims.length,
      });
    });
  });

  describe("GET /v1/claims/{id}", () => {
    it("serves a claim with its confidence, citations, evidence tallies and stances", async () => {
      const res = await getJson(harness(), `/v1/claims/${AMPA_CLAIM}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...expectedClaim(AMPA_CLAIM),
        createdAt: expect.stringMatching(ISO_TIME),
        updatedAt: expect.stringMatching(ISO_TIME),
      });
      // The encyclopedia alone supports it: asserted, and its basis says so.
      expect(res.body.confidence).toBe("asserted");
      expect(res.body.basis.counted).toEqual([{ referenceId: "wikipedia-ssre", stance: "supports", tier: "tertiary" }]);
    });

    it("embeds the cited references in full with include=references", async () => {
      const res = await getJson(harness(), "/v1/claims/ssre-has-faster-onset-than-ssri?include=references");
      expect(res.status).toBe(200);
      expect(res.body.references.map((r: { id: string }) => r.id)).toEqual(res.body.referenceIds);
      const looDeniker = res.body.references.find((r: { id: string }) => r.id === "loo-deniker1988");
      expect(looDeniker).toMatchObject({
        title: null,
        doi: null,
        pmid: null,
        containerTitle: "Clinical Neuropharmacology",
      });
    });

    it("shows where the literature disagrees with the article as contradicting citations", async () => {
      const disagreements: [string, string][] = [
        ["ssre-has-faster-onset-than-ssri", "loo-deniker1988"],
        ["ssre-better-tolerated-than-ssri", "kasper-olie2002"],
        ["fluoxetine-can-substitute-for-tianeptine-in-animals", "alici2006"],
      ];
      for (const [claimId, referenceId] of disagreements) {
        const res = await getJson(harness(), `/v1/claims/${claimId}`);
        expect(res.status).toBe(200);
        expect(res.body.confidence).toBe("contested");
        expect(res.body.citations).toContainEqual(expect.objectContaining({ referenceId, stance: "contradicts" }));
      }
    });

    it("answers 404 problem+json for an unknown id", async () => {
      const res = await getJson(harness(), "/v1/claims/no-such-claim");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toEqual(
        problemOf(404, {
          type: "/problems/not-found",
          title: "Not found",
          detail: "No claim with id 'no-such-claim'.",
          instance: "/v1/claims/no-such-claim",
        }),
      );
    });

    it("answers 400 problem+json for an unknown include", async () => {
      const res = await getJson(harness(), `/v1/claims/${AMPA_CLAIM}?include=everything`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toEqual(
        problemOf(400, {
          type: "/problems/invalid-parameter",
          title: "Invalid parameter",
          instance: `/v1/claims/${AMPA_CLAIM}`,
          detail: 'include: Invalid input: expected "references"',
          errors: [{ location: "query", field: "include", message: 'Invalid input: expected "references"' }],
        }),
      );
    });
  });

  describe("GET /v1/claims", () => {
    it("lists tianeptine's claims for entity=Stablon, a brand name", async () => {
      const res = await getJson(harness(), "/v1/claims?entity=Stablon&limit=100");
      expect(res.status).toBe(200);
      expect(res.body.items.map((claim: { id: string }) => claim.id)).toEqual(seedClaimIdsAbout("tianeptine"));
      expect(res.body.nextCursor).toBeNull();
      expect(res.headers.get("link")).toBeNull();
    });

    it("matches entities by id, label or alias whatever the case", async () => {
      const expected = seedClaimIdsAbout("tianeptine");
      for (const name of ["tianeptine", "TIANEPTINE", "stablon", "Coaxil", "tatinol"]) {
        const res = await getJson(harness(), `/v1/claims?entity=${name}&limit=100`);
        expect(res.body.items.map((claim: { id: string }) => claim.id)).toEqual(expected);
      }
    });

    it("answers an empty page for an entity nobody knows", async () => {
      const res = await getJson(harness(), "/v1/claims?entity=unobtainium");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [], nextCursor: null });
    });

    it("filters by one or several confidence values", async () => {
      for (const values of [["contested"], ["established", "supported"], ["asserted"]]) {
        const res = await getJson(harness(), `/v1/claims?confidence=${values.join(",")}&limit=100`);
        expect(res.status).toBe(200);
        const expected = seedClaims
          .filter((claim) => values.includes(seedLevel(claim)))
          .map((claim) => claim.id)
          .sort();
        expect(expected.length).toBeGreaterThan(0);
        expect(res.body.items.map((claim: { id: string }) => claim.id)).toEqual(expected);
      }
    });

    it("filters by predicate", async () => {
      const predicate = seedClaims.find((claim) => claim.id === AMPA_CLAIM)?.predicate ?? "";
      const res = await getJson(harness(), `/v1/claims?predicate=${predicate}&limit=100`);
      const expected = seedClaims
        .filter((claim) => claim.predicate === predicate)
        .map((claim) => claim.id)
        .sort();
      expect(res.body.items.map((claim: { id: string }) => claim.id)).toEqual(expected);
    });

    it("walks every claim once with cursors and Link headers", async () => {
      const { ids, pages } = await walk(harness(), "/v1/claims", 7);
      expect(ids).toEqual(publishedIds);
      expect(pages.at(-1)).toEqual({ link: null, nextCursor: null });
      for (const page of pages.slice(0, -1)) {
        expect(page.link).toBe(`</v1/claims?limit=7&cursor=${encodeURIComponent(page.nextCursor ?? "")}>; rel="next"`);
      }
    });

    it("answers 400 problem+json for a tampered cursor or one from another list", async () => {
      const first = await getJson(harness(), "/v1/references?limit=2");
      const foreign = first.body.nextCursor as string;
      const tampered = `${foreign.slice(0, -1)}${foreign.endsWith("a") ? "b" : "a"}`;
      for (const cursor of [foreign, tampered, "garbage", "a.b.c", "%%%"]) {
        const res = await getJson(harness(), `/v1/claims?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status).toBe(400);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body).toEqual(
          problemOf(400, {
            type: "/problems/invalid-cursor",
            title: "Invalid cursor",
            instance: "/v1/claims",
            detail: "The cursor is malformed, was edited, or belongs to another list; start again without it.",
            errors: [{ location: "query", field: "cursor", message: "Not a cursor of this list." }],
          }),
        );
      }
    });

    it("answers 400 problem+json naming each invalid parameter", async () => {
      const cases: [string, string, string][] = [
        ["limit=0", "limit", "Too small: expected number to be >=1"],
        ["limit=101", "limit", "Too big: expected number to be <=100"],
        ["limit=abc", "limit", "Invalid input: expected number, received NaN"],
        ["limit=2.5", "limit", "Invalid input: expected int, received number"],
        ["confidence=certain", "confidence.0", expect.stringContaining("Invalid option") as unknown as string],
        ["stance=agrees", "stance", expect.stringContaining("Invalid option") as unknown as string],
      ];
      for (const [query, field, message] of cases) {
        const res = await getJson(harness(), `/v1/claims?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body).toEqual(
          problemOf(400, {
            type: "/problems/invalid-parameter",
            title: "Invalid parameter",
            instance: "/v1/claims",
            detail: expect.stringContaining(`${field}: `),
            errors: [{ location: "query", field, message }],
          }),
        );
      }
    });
  });

  describe("references", () => {
    it("lists every reference: the article and each literature record", async () => {
      const { ids } = await walk(harness(), "/v1/references", 6);
      expect(ids).toEqual(["wikipedia-ssre", ...seedLiterature.map((record) => record.key)].sort());
    });

    it("GET /v1/references/{id} serves exactly the known fields of the literature record", async () => {
      const res = await getJson(harness(), "/v1/references/wagstaff2001");
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: "wagstaff2001",
        type: "article-journal",
        title: "Tianeptine: a review of its use in depressive disorders",
        authors: ["Wagstaff AJ", "Ormrod D", "Spencer CM"],
        issued: "2001",
        containerTitle: "CNS Drugs",
        volume: "15",
        issue: "3",
        pages: "231-259",
        doi: "10.2165/00023210-200115030-00006",
        pmid: null,
        pmcid: null,
        isbn: null,
        patentNumber: null,
        url: null,
        note: "Probably the article's [1] (inferred; no source confirms it).",
        tier: "secondary",
        design: null,
        seenAt: [
          "https://link.springer.com/article/10.2165%2F00023210-200115030-00006",
          "https://www.tianeptine.com/stablon-review.html",
          "https://oadoi.org/10.2165/00023210-200115030-00006",
          "https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/80413135",
        ],
        retracted: false,
        retractedAt: null,
        retractionNotice: null,
        links: { doi: "https://doi.org/10.2165/00023210-200115030-00006" },
        revision: 1,
        createdAt: expect.stringMatching(ISO_TIME),
        updatedAt: expect.stringMatching(ISO_TIME),
      });
    });

    it("finds a reference by DOI (raw or escaped slash, any case) and by PMID", async () => {
      for (const key of [
        "doi:10.1038/mp.2009.80",
        "doi:10.1038%2Fmp.2009.80",
        "DOI:10.1038/MP.2009.80",
        "pmid:19704408",
      ]) {
        const res = await getJson(harness(), `/v1/references/${key}`);
        expect(res.status, key).toBe(200);
        expect(res.body.id).toBe("mcewen2010");
        expect(res.body.links).toEqual({
          doi: "https://doi.org/10.1038/mp.2009.80",
          pubmed: "https://pubmed.ncbi.nlm.nih.gov/19704408/",
        });
      }
    });

    it("answers 404 problem+json for an unknown id, DOI or PMID", async () => {
      for (const key of ["nobody2020", "doi:10.9999/none", "pmid:1"]) {
        const res = await getJson(harness(), `/v1/references/${key}`);
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body).toMatchObject({
          type: "/problems/not-found",
          status: 404,
          detail: `No reference with id '${key}'.`,
        });
      }
    });

    it("GET /v1/references/{id}/claims lists the citing claims, filtered by stance", async () => {
      const res = await getJson(harness(), "/v1/references/doi:10.1007/s00213-005-0210-5/claims?stance=contradicts");
      expect(res.status).toBe(200);
      const expected = seedClaims
        .filter((claim) => claim.citations.some((c) => c.reference === "alici2006" && c.stance === "contradicts"))
        .map((claim) => claim.id)
        .sort();
      expect(expected).toContain("fluoxetine-can-substitute-for-tianeptine-in-animals");
      expect(res.body.items.map((claim: { id: string }) => claim.id)).toEqual(expected);
    });

    it("cites the article's every marker [1]–[12] somewhere", async () => {
      const { ids } = await walk(harness(), "/v1/references/wikipedia-ssre/claims", 100);
      const locators = new Set<string>();
      for (const id of ids) {
        const claim = (await getJson(harness(), `/v1/claims/${id}`)).body;
        for (const citation of claim.citations) if (citation.locator) locators.add(citation.locator);
      }
      const markers = [...locators].join("");
      for (let n = 1; n <= 12; n++) expect(markers).toContain(`[${n}]`);
    });
  });

  describe("entities", () => {
    it("GET /v1/entities/{id} serves an entity with its aliases, also by alias", async () => {
      const tianeptine = seedEntities.find((entity) => entity.id === "tianeptine");
      for (const key of ["tianeptine", "Stablon"]) {
        const res = await getJson(harness(), `/v1/entities/${key}`);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          ...tianeptine,
          revision: 1,
          createdAt: expect.stringMatching(ISO_TIME),
          updatedAt: expect.stringMatching(ISO_TIME),
        });
        expect(res.body.aliases).toEqual(expect.arrayContaining(["Stablon", "Coaxil", "Tatinol"]));
      }
    });

    it("lists entities by kind", async () => {
      const res = await getJson(harness(), "/v1/entities?kind=drug&limit=100");
      expect(res.status).toBe(200);
      const expected = seedEntities
        .filter((entity) => entity.kind === "drug")
        .map((entity) => entity.id)
        .sort();
      expect(res.body.items.map((entity: { id: string }) => entity.id)).toEqual(expected);
    });

    it("GET /v1/entities/{id}/claims lists claims with the entity as subject or object", async () => {
      const { ids } = await walk(harness(), "/v1/entities/Stablon/claims", 5);
      expect(ids).toEqual(seedClaimIdsAbout("tianeptine"));
    });

    it("answers 404 problem+json for an unknown entity", async () => {
      const res = await getJson(harness(), "/v1/entities/unobtainium/claims");
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ type: "/problems/not-found", detail: "No entity with id 'unobtainium'." });
    });
  });

  describe("conventions", () => {
    it("answers 404 problem+json for an unknown route", async () => {
      const res = await getJson(harness(), "/v2/nothing");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toEqual(
        problemOf(404, {
          type: "/problems/no-route",
          title: "Not found",
          detail: "No route for GET /v2/nothing.",
          instance: "/v2/nothing",
        }),
      );
    });

    it("gives every response an X-Request-Id, echoing the client's", async () => {
      for (const path of [
        "/health",
        "/v1/claims/nope",
        "/v2/nothing",
        "/v1/claims?limit=0",
        "/docs/assets/swagger-ui.css",
      ]) {
        const res = await harness().fetch(path);
        expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      }
      const echoed = await harness().fetch("/health", { headers: { "X-Request-Id": "trace-42" } });
      expect(echoed.headers.get("x-request-id")).toBe("trace-42");
    });

    it("reads as fresh as the X-D1-Bookmark sent back, and answers 400 problem+json to a malformed one", async () => {
      const first = await getJson(harness(), `/v1/claims/${AMPA_CLAIM}`);
      // Only a replicated D1 hands out bookmarks; any well-formed one is accepted everywhere.
      const bookmark =
        first.headers.get("x-d1-bookmark") ?? "00000000-00000001-00000000-0123456789abcdef0123456789abcdef";
      expect(bookmark).toMatch(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/);
      const again = await getJson(harness(), `/v1/claims/${AMPA_CLAIM}`, { headers: { "X-D1-Bookmark": bookmark } });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);

      const malformed = await getJson(harness(), "/health", { headers: { "X-D1-Bookmark": "latest, please" } });
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(malformed.body).toEqual(
        problemOf(400, {
          type: "/problems/invalid-parameter",
          title: "Invalid parameter",
          instance: "/health",
          detail: "X-D1-Bookmark: Not a bookmark; send back the value of a previous answer's header.",
          errors: [{ location: "header", field: "X-D1-Bookmark", message: "Not a bookmark." }],
        }),
      );
      // Hex that is not D1's syntax (three groups of 8 lower-case hex digits, one of 32) is no bookmark.
      for (const hexish of [
        "deadbeef",
        "00000000-00000001",
        "00000000-00000001-00000000",
        "00000000-00000001-00000000-0123456789ABCDEF0123456789ABCDEF",
        "00000000-00000001-00000000-0123456789abcdef0123456789abcdef-00",
        "0-0-0-0",
        `${"0".repeat(64)}-${"f".repeat(64)}`,
      ]) {
        const res = await getJson(harness(), "/health", { headers: { "X-D1-Bookmark": hexish } });
        expect(res.status, hexish).toBe(400);
      }
    });

    it("serves the OpenAPI 3.1 document and an offline API reference page", async () => {
      const spec = await getJson(harness(), "/openapi.json");
      expect(spec.status).toBe(200);
      expect(spec.body.openapi).toBe("3.1.0");
      expect(Object.keys(spec.body.paths)).toContain("/v1/claims/{id}");
      const docs = await harness().fetch("/docs");
      expect(docs.status).toBe(200);
      expect(docs.headers.get("content-type")).toBe("text/html; charset=UTF-8");
      expect(docs.headers.get("content-security-policy")).toContain("script-src 'self'");
      const page = await docs.text();
      expect(page).not.toMatch(/https?:\/\/(?!creativecommons)/);
      expect(page).toContain('<a class="brand" href="/">');
      for (const [asset, size] of [
        ["/docs/assets/swagger-ui-bundle.js", 1_000_000],
        ["/docs/assets/swagger-ui.css", 100_000],
        ["/docs/assets/docs.js", 500],
        ["/docs/assets/docs.css", 1_000],
      ] as const) {
        expect(page).toContain(asset);
        const res = await harness().fetch(asset);
        expect(res.status, asset).toBe(200);
        expect(res.headers.get("cache-control"), asset).toBe("public, max-age=86400");
        expect((await res.text()).length, asset).toBeGreaterThan(size);
      }
    });

    it("serves the site's icon as SVG and ICO", async () => {
      const svg = await harness().fetch("/favicon.svg");
      expect(svg.status).toBe(200);
      expect(svg.headers.get("content-type")).toBe("image/svg+xml");
      expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const ico = await harness().fetch("/favicon.ico");
      expect(ico.status).toBe(200);
      expect(ico.headers.get("content-type")).toBe("image/vnd.microsoft.icon");
      const bytes = new Uint8Array(await ico.arrayBuffer());
      // An ICO header (reserved 0, type 1, one image) and the PNG signature of its image.
      expect([...bytes.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
      expect([...bytes.slice(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    });
  });
}
