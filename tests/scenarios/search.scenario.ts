import { describe, expect, it } from "vitest";
import { CONFIDENCE } from "../../src/db/schema";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";
import { seedClaimIdsAbout, seedClaims, seedEntities, seedLevel } from "../support/seed";

type Hit = { id: string; statement: string; score: number; snippet: string };

const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
const sorted = (ids: string[]) => [...ids].sort();

/** Every name of an entity: its label and aliases. */
function namesOf(entityId: string): string {
  const entity = seedEntities.find((e) => e.id === entityId);
  return entity ? [entity.label, ...entity.aliases].join(" ") : "";
}

/** Seed claims whose statement or subject/object names match `pattern` (a case-insensitive regex). */
function seedMatching(...patterns: RegExp[]): string[] {
  return seedClaims
    .filter((claim) => {
      const text = `${claim.statement} ${namesOf(claim.subject)} ${namesOf(claim.object)}`;
      return patterns.every((pattern) => pattern.test(text));
    })
    .map((claim) => claim.id);
}

/** The snippet expected for a statement: HTML-escaped, with `marked` words in <mark>. */
function snippetOf(statement: string, marked: RegExp): string {
  const escaped = statement.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return escaped.replaceAll("'", "&#39;").replace(marked, (word) => `<mark>${word}</mark>`);
}

function problemOf(status: number, fields: Record<string, unknown>) {
  return { status, requestId: expect.any(String), ...fields };
}

function invalidParameter(field: string, message: string, instance = "/v1/claims") {
  return problemOf(400, {
    type: "/problems/invalid-parameter",
    title: "Invalid parameter",
    instance,
    detail: `${field}: ${message}`,
    errors: [{ location: "query", field, message }],
  });
}

/** Follows `Link: rel="next"` from `path`, returning every item and each page's nextCursor. */
async function walk(h: Harness, path: string) {
  const items: Hit[] = [];
  let url: string | null = path;
  for (let pages = 0; url; pages++) {
    if (pages > 50) throw new Error("pagination does not end");
    const res = await getJson(h, url);
    expect(res.status, url).toBe(200);
    items.push(...res.body.items);
    const link = res.headers.get("link");
    expect(link === null, url).toBe(res.body.nextCursor === null);
    url = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
  }
  return items;
}

/** Full-text search, filters, sorts and cursors; each runtime's suite runs them against its own server. */
export function searchScenarios(harness: () => Harness) {
  describe("GET /v1/claims?q= (full-text search)", () => {
    it("finds the claims about an entity by its alias: q=Stablon", async () => {
      const res = await getJson(harness(), "/v1/claims?q=Stablon&limit=100");
      expect(res.status).toBe(200);
      expect(sorted(idsOf(res.body))).toEqual(seedClaimIdsAbout("tianeptine"));
      for (const hit of res.body.items as Hit[]) {
        // The alias is not in the statements: the snippet is the statement, with nothing marked.
        expect(hit.snippet).toBe(snippetOf(hit.statement, /$^/));
        expect(hit.score).toBeGreaterThan(0);
      }
    });

    it("finds any alias or label, whatever its case or punctuation (5-HT, SERT, ssris)", async () => {
      for (const [q, entity] of [
        ["5-HT", "serotonin"],
        ["sert", "serotonin-transporter"],
        ["ssris", "ssri"],
      ] as const) {
        const res = await getJson(harness(), `/v1/claims?q=${encodeURIComponent(q)}&limit=100`);
        expect(res.status, q).toBe(200);
        expect(idsOf(res.body), q).toEqual(expect.arrayContaining(seedClaimIdsAbout(entity)));
      }
    });

    it("stems words: q=enhances finds enhance, enhancer(s), enhancing and enhanced", async () => {
      const res = await getJson(harness(), "/v1/claims?q=enhances&limit=100");
      expect(res.status).toBe(200);
      const expected = seedMatching(/\benhanc/i);
      expect(expected.length).toBeGreaterThan(10);
      expect(sorted(idsOf(res.body))).toEqual(sorted(expected));
      const byId = new Map((res.body.items as Hit[]).map((hit) => [hit.id, hit]));
      expect(byId.get("tianeptine-enhances-serotonin-reuptake")?.snippet).toBe(
        "Tianeptine <mark>enhances</mark> the reuptake of serotonin.",
      );
      expect(byId.get("ssre-enhances-serotonin-reuptake")?.snippet).toBe(
        "Selective serotonin reuptake <mark>enhancers</mark> (SSREs) are drugs that <mark>enhance</mark> the plasmalemmal reuptake of serotonin.",
      );
      expect(byId.get("tianeptine-ampa-action-leads-to-enhanced-serotonin-reuptake")?.snippet).toBe(
        "Tianeptine&#39;s action on AMPA receptors leads to <mark>enhanced</mark> serotonin reuptake via a downstream mechanism that has yet to be fully characterised.",
      );
    });

    it("requires every word, in the statement or the entity names", async () => {
      const res = await getJson(harness(), "/v1/claims?q=tianeptine%20dopamine&limit=100");
      expect(res.status).toBe(200);
      expect(sorted(idsOf(res.body))).toEqual(sorted(seedMatching(/tianeptine|stablon/i, /dopamine|\bDAT\b/i)));
      expect(idsOf(res.body)).toContain("tianeptine-is-not-a-dopamine-uptake-inhibitor");
    });

    it("ranks by relevance: best score first, matches in the statement above matches by entity name only", async () => {
      const res = await getJson(harness(), "/v1/claims?q=amineptine&limit=100");
      expect(res.status).toBe(200);
      const hits = res.body.items as Hit[];
      expect(sorted(idsOf(res.body))).toEqual(seedClaimIdsAbout("amineptine"));
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // The shortest statement naming the word wins; every one naming it beats those that do not.
      expect(hits[0]).toMatchObject({
        id: "amineptine-inhibits-dopamine-reuptake",
        snippet: "<mark>Amineptine</mark> is a dopamine reuptake inhibitor.",
      });
      const inStatement = hits.map((hit) => /amineptine/i.test(hit.statement));
      expect(inStatement).toEqual([...inStatement].sort((a, b) => Number(b) - Number(a)));
    });

    it("escapes the snippet as HTML and marks matches with <mark>", async () => {
      const res = await getJson(harness(), "/v1/claims?q=action%20AMPA");
      expect(res.status).toBe(200);
      const hit = (res.body.items as Hit[]).find((item) => item.id === "tianeptine-modulates-ampa-receptors");
      expect(hit?.snippet).toBe(
        "Tianeptine&#39;s direct <mark>action</mark> is to alter <mark>AMPA</mark> glutamate receptor activity.",
      );
    });

    it("treats query syntax as plain words: quotes, *, ^, NEAR(, AND/OR/NOT, parentheses, emoji", async () => {
      const cases: [string, string][] = [
        ['"tianeptine"', "tianeptine"],
        ['"tianeptine', "tianeptine"],
        ["tianeptine*", "tianeptine"],
        ["^tianeptine", "tianeptine"],
        ["(tianeptine", "tianeptine"],
        ["tianeptine))", "tianeptine"],
        ["tianeptine 🧠💊", "tianeptine"],
        ["-tianeptine", "tianeptine"],
        ["statement:tianeptine", "statement tianeptine"],
        ["{statement}: serotonin", "statement serotonin"],
        ["NEAR(tianeptine serotonin, 2)", "near tianeptine serotonin 2"],
        ["tianeptine AND serotonin", "tianeptine and serotonin"],
        ["tianeptine OR serotonin", "tianeptine or serotonin"],
        ["NOT tianeptine", "not tianeptine"],
        ["'; DROP TABLE claims; --", "drop table claims"],
        ["Tianeptine\u0000serotonin", "tianeptine serotonin"],
      ];
      for (const [hostile, plain] of cases) {
        const res = await getJson(harness(), `/v1/claims?q=${encodeURIComponent(hostile)}&limit=100`);
        const expected = await getJson(harness(), `/v1/claims?q=${encodeURIComponent(plain)}&limit=100`);
        expect(res.status, hostile).toBe(200);
        expect(res.headers.get("content-type"), hostile).toBe("application/json");
        expect(res.body, hostile).toEqual(expected.body);
      }
      // "NOT" is the word "not", found in one statement.
      const not = await getJson(harness(), "/v1/claims?q=NOT%20tianeptine");
      expect(idsOf(not.body)).toEqual(["tianeptine-is-not-a-dopamine-uptake-inhibitor"]);
      const operator = await getJson(harness(), "/v1/claims?q=tianeptine%20OR%20serotonin");
      expect(operator.body).toEqual({ items: [], nextCursor: null });
    });

    it("answers 400 problem+json for a query without words, too long, or with too many words", async () => {
      const cases: [string, string, string][] = [
        ["🧠", "q", "Must contain a letter or a digit."],
        ['"*^()', "q", "Must contain a letter or a digit."],
        ["", "q", "Too small: expected string to have >=1 characters"],
        ["a".repeat(10_000), "q", "Too big: expected string to have <=500 characters"],
        ["tianeptine ".repeat(1000), "q", "Too big: expected string to have <=500 characters"],
        [Array.from({ length: 17 }, (_, i) => `w${i}`).join(" "), "q", "At most 16 different words."],
      ];
      for (const [q, field, message] of cases) {
        const res = await getJson(harness(), `/v1/claims?q=${encodeURIComponent(q)}`);
        expect(res.status, q.slice(0, 20)).toBe(400);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body, q.slice(0, 20)).toEqual(invalidParameter(field, message));
      }
    });

    it("serves no score or snippet without q", async () => {
      const res = await getJson(harness(), "/v1/claims?limit=3");
      for (const claim of res.body.items) {
        expect(claim).not.toHaveProperty("score");
        expect(claim).not.toHaveProperty("snippet");
      }
    });
  });

  describe("GET /v1/claims filters", () => {
    it("combines q with confidence (several values), predicate and stance", async () => {
      const res = await getJson(harness(), "/v1/claims?q=tianeptine&confidence=speculative,unsourced&limit=100");
      expect(res.status).toBe(200);
      const expected = seedClaims
        .filter((claim) => ["speculative", "unsourced"].includes(seedLevel(claim)))
        .map((claim) => claim.id)
        .filter((id) => seedMatching(/tianeptine|stablon/i).includes(id));
      expect(expected.length).toBeGreaterThan(3);
      expect(sorted(idsOf(res.body))).toEqual(sorted(expected));

      const byPredicate = await getJson(harness(), "/v1/claims?q=serotonin&predicate=enhances-reuptake-of");
      expect(sorted(idsOf(byPredicate.body))).toEqual([
        "ssre-enhances-serotonin-reuptake",
        "tianeptine-enhances-serotonin-reuptake",
      ]);

      const contradicted = await getJson(harness(), "/v1/claims?q=SSREs&stance=contradicts");
      expect(sorted(idsOf(contradicted.body))).toEqual([
        "ssre-better-tolerated-than-ssri",
        "ssre-has-faster-onset-than-ssri",
      ]);
    });

    it("filters by subject and object, by id, label or alias", async () => {
      const res = await getJson(harness(), "/v1/claims?subject=Coaxil&object=5-HT&limit=100");
      expect(res.status).toBe(200);
      const expected = seedClaims
        .filter((claim) => claim.subject === "tianeptine" && claim.object === "serotonin")
        .map((claim) => claim.id);
      expect(idsOf(res.body)).toEqual(sorted(expected));
      const reversed = await getJson(harness(), "/v1/claims?subject=serotonin&object=tianeptine");
      expect(reversed.body).toEqual({ items: [], nextCursor: null });
      const objects = await getJson(harness(), "/v1/claims?object=SSRIs&limit=100");
      expect(idsOf(objects.body)).toEqual(
        seedClaims
          .filter((claim) => claim.object === "ssri")
          .map((claim) => claim.id)
          .sort(),
      );
      const unknown = await getJson(harness(), "/v1/claims?subject=unobtainium&q=tianeptine");
      expect(unknown.body).toEqual({ items: [], nextCursor: null });
    });

    it("combines entity, reference (doi:/pmid:) and stance", async () => {
      const res = await getJson(
        harness(),
        "/v1/claims?entity=Stablon&reference=doi:10.2165/00023210-200115030-00006&stance=supports&limit=100",
      );
      expect(res.status).toBe(200);
      const expected = seedClaims
        .filter((claim) => claim.subject === "tianeptine" || claim.object === "tianeptine")
        .filter((claim) => claim.citations.some((c) => c.reference === "wagstaff2001" && c.stance === "supports"))
        .map((claim) => claim.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(idsOf(res.body)).toEqual(sorted(expected));
    });

    it("serves published claims only unless status says otherwise", async () => {
      const drafts = await getJson(harness(), "/v1/claims?q=tianeptine&status=draft,retracted");
      expect(drafts.status).toBe(200);
      expect(drafts.body).toEqual({ items: [], nextCursor: null });
      const invalid = await getJson(harness(), "/v1/claims?q=tianeptine&status=gone");
      expect(invalid.status).toBe(400);
      expect(invalid.body.errors).toEqual([{ location: "query", field: "status.0", message: expect.any(String) }]);
    });

    it("applies the same filters and search on the nested lists", async () => {
      const byEntity = await getJson(harness(), "/v1/entities/Stablon/claims?q=serotonin&confidence=established");
      expect(byEntity.status).toBe(200);
      expect(idsOf(byEntity.body)).toEqual(["tianeptine-enhances-serotonin-reuptake"]);
      expect(byEntity.body.items[0].snippet).toBe("Tianeptine enhances the reuptake of <mark>serotonin</mark>.");

      const byReference = await getJson(harness(), "/v1/references/pmid:19704408/claims?q=Stablon&subject=tianeptine");
      expect(byReference.status).toBe(200);
      const expected = seedClaims
        .filter((claim) => claim.subject === "tianeptine" && claim.citations.some((c) => c.reference === "mcewen2010"))
        .map((claim) => claim.id);
      expect(sorted(idsOf(byReference.body))).toEqual(sorted(expected));

      const withObject = await getJson(harness(), "/v1/entities/tianeptine/claims?object=SSREs");
      expect(withObject.status).toBe(200);
      expect(idsOf(withObject.body)).toEqual(["tianeptine-is-an-ssre", "tianeptine-is-the-only-known-ssre"]);
    });
  });

  describe("GET /v1/claims sort", () => {
    it("sorts by id, by last update or by relevance (the default with q)", async () => {
      const expected = sorted(seedMatching(/tianeptine|stablon/i));
      const byId = await getJson(harness(), "/v1/claims?q=tianeptine&sort=id&limit=100");
      expect(idsOf(byId.body)).toEqual(expected);
      expect(byId.body.items.every((hit: Hit) => typeof hit.score === "number" && hit.snippet.length > 0)).toBe(true);

      const byUpdate = await getJson(harness(), "/v1/claims?q=tianeptine&sort=updated&limit=100");
      const keys = byUpdate.body.items.map((claim: { updatedAt: string; id: string }) => [claim.updatedAt, claim.id]);
      expect(keys).toEqual(
        [...keys].sort((a: string[], b: string[]) =>
          a[0] === b[0]
            ? (b[1] as string).localeCompare(a[1] as string)
            : (b[0] as string).localeCompare(a[0] as string),
        ),
      );
      expect(sorted(idsOf(byUpdate.body))).toEqual(expected);

      const byRelevance = await getJson(harness(), "/v1/claims?q=tianeptine&limit=100");
      const explicit = await getJson(harness(), "/v1/claims?q=tianeptine&sort=relevance&limit=100");
      expect(byRelevance.body).toEqual(explicit.body);
      const scores = byRelevance.body.items.map((hit: Hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      const withoutQ = await getJson(harness(), "/v1/claims?sort=updated&limit=100");
      expect(withoutQ.body.items.length).toBe(seedClaims.length);
    });

    it("answers 400 problem+json for sort=relevance without q, or an unknown sort", async () => {
      const res = await getJson(harness(), "/v1/claims?sort=relevance");
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toEqual(invalidParameter("sort", "Sorting by relevance needs q."));
      const unknown = await getJson(harness(), "/v1/claims?sort=newest");
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([
        { location: "query", field: "sort", message: expect.stringContaining("Invalid option") },
      ]);
    });
  });

  describe("GET /v1/claims cursors", () => {
    for (const sort of ["relevance", "confidence", "updated", "id"]) {
      it(`walks every hit once with Link headers, sort=${sort}`, async () => {
        const whole = await getJson(harness(), `/v1/claims?q=serotonin&sort=${sort}&limit=100`);
        expect(whole.body.nextCursor).toBeNull();
        const walked = await walk(harness(), `/v1/claims?q=serotonin&sort=${sort}&limit=3`);
        expect(walked).toEqual(whole.body.items);
        expect(walked.length).toBeGreaterThan(6);
      });
    }

    it("walks every claim once best backed first (sort=confidence), without q", async () => {
      const whole = await getJson(harness(), "/v1/claims?sort=confidence&limit=100");
      const walked = await walk(harness(), "/v1/claims?sort=confidence&limit=4");
      expect(walked).toEqual(whole.body.items);
      expect(walked.length).toBe(seedClaims.length);
      const order: readonly string[] = CONFIDENCE;
      const claims = walked as unknown as { confidence: string; updatedAt: string; id: string }[];
      const keys = claims.map((claim) => ({
        rank: order.indexOf(claim.confidence),
        at: claim.updatedAt,
        id: claim.id,
      }));
      // Confidence rank ascending; within it newest first, then id descending.
      const expected = [...keys].sort(
        (a, b) => a.rank - b.rank || b.at.localeCompare(a.at) || b.id.localeCompare(a.id),
      );
      expect(keys).toEqual(expected);
      expect(claims[0]?.confidence).toBe("established");
      expect(claims.at(-1)?.confidence).toBe("unsourced");
    });

    it("walks every claim once by last update, without q", async () => {
      const whole = await getJson(harness(), "/v1/claims?sort=updated&limit=100");
      const walked = await walk(harness(), "/v1/claims?sort=updated&limit=4");
      expect(walked).toEqual(whole.body.items);
      expect(walked.length).toBe(seedClaims.length);
      expect(walked[0]).not.toHaveProperty("score");
    });

    it("puts the next page's URL in Link, with the same query and the new cursor", async () => {
      const res = await getJson(harness(), "/v1/claims?q=serotonin&confidence=supported&limit=2");
      expect(res.body.nextCursor).toEqual(expect.any(String));
      expect(res.headers.get("link")).toBe(
        `</v1/claims?q=serotonin&confidence=supported&limit=2&cursor=${encodeURIComponent(res.body.nextCursor)}>; rel="next"`,
      );
    });

    it("answers 400 problem+json for a cursor of another query, sort or list, or a tampered one", async () => {
      const first = await getJson(harness(), "/v1/claims?q=serotonin&limit=2");
      const cursor = first.body.nextCursor as string;
      const tampered = `${cursor.slice(0, 10)}${cursor[10] === "A" ? "B" : "A"}${cursor.slice(11)}`;
      const cases = [
        `/v1/claims?q=tianeptine&limit=2&cursor=${cursor}`,
        `/v1/claims?q=serotonin&sort=id&limit=2&cursor=${cursor}`,
        `/v1/claims?q=serotonin&confidence=supported&limit=2&cursor=${cursor}`,
        `/v1/claims?limit=2&cursor=${cursor}`,
        `/v1/claims?q=serotonin&limit=2&cursor=${tampered}`,
        `/v1/entities/serotonin/claims?q=serotonin&limit=2&cursor=${cursor}`,
      ];
      for (const path of cases) {
        const res = await getJson(harness(), path);
        expect(res.status, path).toBe(400);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body, path).toMatchObject({ type: "/problems/invalid-cursor", title: "Invalid cursor" });
      }
      const same = await getJson(harness(), `/v1/claims?q=serotonin&limit=2&cursor=${cursor}`);
      expect(same.status).toBe(200);
    });
  });
}
