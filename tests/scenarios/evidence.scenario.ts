import { beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

const json = (token: string, body: unknown, headers: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
  body: JSON.stringify(body),
});

const ndjson = (token: string, records: unknown[]) => ({
  method: "POST",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
  body: records.map((record) => JSON.stringify(record)).join("\n"),
});

const unique = () => Math.random().toString(36).slice(2, 8);

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);

const SUPERSEDED = "tianeptine-may-allosterically-modulate-serotonin-transporter";
const NEWER = "tianeptine-modulates-ampa-receptors";

/**
 * Source tiers, the confidence ladder that weighs them and says why (the basis), and relations
 * between claims — on the seed, through the write API and the import, and in what `/v1/check` answers.
 */
export function evidenceScenarios(harness: () => Harness) {
  let writer: string;
  let admin: string;
  beforeAll(async () => {
    writer = await harness().createKey(`evidence-${unique()}`, "write");
    admin = await harness().createKey(`evidence-admin-${unique()}`, "admin");
  });

  /** Creates a claim about tianeptine citing `citations`; answers the response. */
  const createClaim = (citations: unknown[], extra: Record<string, unknown> = {}) =>
    getJson(harness(), "/v1/claims", {
      method: "POST",
      ...json(writer, {
        id: `test-claim-${unique()}`,
        statement: "Tianeptine does something the tests say.",
        subject: "tianeptine",
        predicate: "does-something-to",
        object: "serotonin",
        citations,
        ...extra,
      }),
    });

  describe("source tiers", () => {
    it("serves each reference's tier and design, and filters references by them", async () => {
      const alici = await getJson(harness(), "/v1/references/alici2006");
      expect(alici.body).toMatchObject({ tier: "primary", design: "animal" });
      const tertiary = await getJson(harness(), "/v1/references?tier=tertiary");
      expect(tertiary.status).toBe(200);
      expect(ids(tertiary.body)).toEqual(["wikipedia-ssre"]);
      const unknown = await getJson(harness(), "/v1/references?tier=unknown");
      expect(ids(unknown.body)).toEqual(["loo-deniker1988", "preskorn2004"]);
      const animal = await getJson(harness(), "/v1/references?tier=primary&design=animal");
      expect(ids(animal.body)).toEqual(["alici2006", "della2012", "mennini1987", "reagan2007"]);
      const wrong = await getJson(harness(), "/v1/references?tier=quaternary");
      expect(wrong.status).toBe(400);
    });

    it("carries the tier into CSL-JSON (`genre`) and BibTeX (`keywords`)", async () => {
      const csl = await harness().fetch("/v1/references/alici2006", {
        headers: { Accept: "application/vnd.citationstyles.csl+json" },
      });
      expect(((await csl.json()) as { genre?: string }).genre).toBe("Primary research (animal study)");
      const bibtex = await harness().fetch("/v1/references/kasper-olie2002", {
        headers: { Accept: "application/x-bibtex" },
      });
      expect(await bibtex.text()).toContain("  keywords = {Secondary source}");
      const untiered = await harness().fetch("/v1/references/loo-deniker1988", {
        headers: { Accept: "application/vnd.citationstyles.csl+json" },
      });
      expect((await untiered.json()) as object).not.toHaveProperty("genre");
    });

    it("refuses a design on a reference that is not primary research (422 design-needs-primary-tier)", async () => {
      const res = await getJson(harness(), "/v1/references", {
        method: "POST",
        ...json(writer, { type: "article-journal", title: "A review", tier: "secondary", design: "rct" }),
      });
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body.errors).toEqual([
        {
          location: "body",
          field: "design",
          rule: "design-needs-primary-tier",
          message:
            "a design describes primary research: set tier to primary, or leave design empty (tier is secondary)",
        },
      ]);
    });

    it("filters claims by the tiers of their support", async () => {
      const primary = await getJson(harness(), "/v1/claims?supportTier=primary&limit=100");
      expect(primary.status).toBe(200);
      expect(ids(primary.body)).toEqual([
        "fluoxetine-partially-substitutes-for-tianeptine-in-rats",
        "tianeptine-enhances-serotonin-reuptake",
        "tianeptine-increases-bdnf-expression-in-rat-amygdala",
        "tianeptine-is-an-ssre",
        "tianeptine-is-chemically-related-to-amineptine",
        "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        "tianeptine-mechanism-seems-to-involve-bdnf-release",
      ]);
    });
  });

  describe("the confidence ladder and its basis", () => {
    it("serves the seed's levels as the rules give them, with the basis naming the counted citations", async () => {
      const asserted = await getJson(harness(), `/v1/claims/${NEWER}`);
      expect(asserted.body.confidence).toBe("asserted");
      expect(asserted.body.basis).toEqual({
        derived: "asserted",
        chosen: false,
        admitted: ["asserted", "speculative"],
        holds: true,
        rule: "asserted needs at least 1 supporting reference, every one of them tertiary, and no contradicting one",
        counted: [{ referenceId: "wikipedia-ssre", stance: "supports", tier: "tertiary" }],
        contradictionOutranksSupport: false,
        summary:
          "Asserted: supported by wikipedia-ssre (tertiary); none contradicts it. Tertiary sources alone do not make a claim supported. The rules give asserted: asserted needs at least 1 supporting reference, every one of them tertiary, and no contradicting one.",
      });
      const outranked = await getJson(harness(), "/v1/claims/ssre-better-tolerated-than-ssri");
      expect(outranked.body).toMatchObject({
        confidence: "contested",
        basis: {
          derived: "contested",
          admitted: ["contested", "refuted"],
          counted: [
            { referenceId: "wikipedia-ssre", stance: "supports", tier: "tertiary" },
            { referenceId: "kasper-olie2002", stance: "contradicts", tier: "secondary" },
          ],
          contradictionOutranksSupport: true,
        },
      });
      const tertiaryOnly = await getJson(harness(), "/v1/claims?confidence=supported,established&limit=100");
      for (const claim of tertiaryOnly.body.items as { basis: { counted: { stance: string; tier: string }[] } }[]) {
        const support = claim.basis.counted.filter((c) => c.stance === "supports");
        expect(support.some((c) => c.tier !== "tertiary")).toBe(true);
      }
    });

    it("gives a new claim the level its citations earn, and refuses a level the rules do not admit, naming the rule", async () => {
      const derived = await createClaim([{ referenceId: "wikipedia-ssre", stance: "supports" }]);
      expect(derived.status).toBe(201);
      expect(derived.body.confidence).toBe("asserted");
      const refused = await createClaim([{ referenceId: "wikipedia-ssre", stance: "supports" }], {
        confidence: "supported",
      });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([
        {
          location: "body",
          field: "confidence",
          rule: "confidence-rule",
          message:
            "supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier)",
        },
      ]);
      const hedged = await createClaim([{ referenceId: "wikipedia-ssre", stance: "supports" }], {
        confidence: "speculative",
      });
      expect(hedged.status).toBe(201);
      expect(hedged.body.basis).toMatchObject({ derived: "asserted", chosen: true, holds: true });
    });

    it("shows a contradiction that outranks tertiary support: only contested or refuted", async () => {
      const citations = [
        { referenceId: "wikipedia-ssre", stance: "supports" },
        { referenceId: "kasper-olie2002", stance: "contradicts" },
      ];
      const speculative = await createClaim(citations, { confidence: "speculative" });
      expect(speculative.status).toBe(422);
      expect(speculative.body.errors[0].rule).toBe("confidence-rule");
      const derived = await createClaim(citations);
      expect(derived.body).toMatchObject({
        confidence: "contested",
        basis: { contradictionOutranksSupport: true, admitted: ["contested", "refuted"] },
      });
    });

    it("moves a level the rules gave as the citations change, and keeps a level curators chose while admitted", async () => {
      const created = await createClaim([{ referenceId: "wikipedia-ssre", stance: "supports" }]);
      const path = `/v1/claims/${created.body.id}/citations`;
      const cited = await getJson(harness(), path, {
        method: "POST",
        ...json(writer, { referenceId: "mennini1987", stance: "supports" }, { "If-Match": '"r1"' }),
      });
      expect(cited.status).toBe(201);
      expect(cited.body).toMatchObject({ confidence: "supported", revision: 2 });
      const corroborated = await getJson(harness(), path, {
        method: "POST",
        ...json(writer, { referenceId: "wagstaff2001", stance: "supports" }, { "If-Match": '"r2"' }),
      });
      expect(corroborated.body.confidence).toBe("established");

      const hedged = await createClaim([{ referenceId: "wikipedia-ssre", stance: "supports" }], {
        confidence: "speculative",
      });
      const kept = await getJson(harness(), `/v1/claims/${hedged.body.id}/citations`, {
        method: "POST",
        ...json(writer, { referenceId: "mennini1987", stance: "supports" }, { "If-Match": '"r1"' }),
      });
      expect(kept.body).toMatchObject({ confidence: "speculative", basis: { derived: "supported", chosen: true } });
    });

    it("re-weighs every claim citing a reference whose tier changes, in the same unit, with its history", async () => {
      const reference = await getJson(harness(), "/v1/references", {
        method: "POST",
        ...json(writer, { type: "webpage", title: `A page ${unique()}` }),
      });
      expect(reference.body).toMatchObject({ tier: null, design: null });
      const claim = await createClaim([{ referenceId: reference.body.id, stance: "supports" }]);
      expect(claim.body).toMatchObject({
        confidence: "supported",
        basis: { counted: [{ referenceId: reference.body.id, stance: "supports", tier: null }] },
      });
      const patched = await getJson(harness(), `/v1/references/${reference.body.id}`, {
        method: "PATCH",
        ...json(writer, { tier: "tertiary" }, { "If-Match": '"r1"' }),
      });
      expect(patched.status).toBe(200);
      expect(patched.body.tier).toBe("tertiary");
      const after = await getJson(harness(), `/v1/claims/${claim.body.id}`);
      expect(after.body).toMatchObject({ confidence: "asserted", revision: 2 });
      const history = await getJson(harness(), `/v1/claims/${claim.body.id}/history`);
      expect(history.body.items.at(-1)).toMatchObject({
        action: "reference-updated",
        revision: 2,
        before: { confidence: "supported" },
        after: { confidence: "asserted" },
      });
    });
  });

  describe("relations between claims", () => {
    it("serves the article's supersession on both claims, with its quote", async () => {
      const newer = await getJson(harness(), `/v1/claims/${NEWER}`);
      const older = await getJson(harness(), `/v1/claims/${SUPERSEDED}`);
      const relation = {
        from: NEWER,
        type: "supersedes",
        to: SUPERSEDED,
        note: expect.any(String),
        citations: [
          {
            referenceId: "wikipedia-ssre",
            locator: "[2][3][4][5][6][7][8][9]",
            quote: expect.stringContaining("newer research suggests that its direct action is actually alteration"),
            span: { start: 612, end: 864 },
            note: null,
          },
        ],
        createdAt: expect.any(String),
      };
      expect(newer.body.relations).toEqual([relation]);
      expect(older.body.relations).toEqual([relation]);
      const listed = await getJson(harness(), `/v1/claims/${SUPERSEDED}/relations?direction=incoming`);
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual({ items: [relation], nextCursor: null });
      const one = await getJson(harness(), `/v1/claims/${NEWER}/relations/supersedes/${SUPERSEDED}`);
      expect(one.body).toEqual(relation);
      const none = await getJson(harness(), `/v1/claims/${SUPERSEDED}/relations/supersedes/${NEWER}`);
      expect(none.status).toBe(404);
    });

    it("filters claims by relatedTo and relation", async () => {
      const related = await getJson(harness(), `/v1/claims?relatedTo=${SUPERSEDED}`);
      expect(ids(related.body)).toEqual([NEWER]);
      const superseding = await getJson(harness(), "/v1/claims?relation=supersedes");
      expect(ids(superseding.body)).toEqual([SUPERSEDED, NEWER]);
      const refining = await getJson(harness(), "/v1/claims?relation=refines&relatedTo=tianeptine-is-an-ssre");
      expect(ids(refining.body)).toEqual(["tianeptine-is-the-only-known-ssre"]);
      // With a full-text search too, in either sort.
      const searched = await getJson(harness(), `/v1/claims?relatedTo=${SUPERSEDED}&q=AMPA`);
      expect(ids(searched.body)).toEqual([NEWER]);
      const updated = await getJson(harness(), "/v1/claims?relation=supersedes&supportTier=tertiary&sort=updated");
      expect(ids(updated.body).sort()).toEqual([SUPERSEDED, NEWER]);
      const none = await getJson(harness(), "/v1/claims?relatedTo=no-such-claim");
      expect(none.body).toEqual({ items: [], nextCursor: null });
    });

    it("relates two claims with a write key and If-Match, both re-revised with history; removes it again", async () => {
      const a = await createClaim([{ referenceId: "mennini1987", stance: "supports" }]);
      const b = await createClaim([{ referenceId: "wagstaff2001", stance: "supports" }]);
      const path = `/v1/claims/${a.body.id}/relations`;
      const body = {
        type: "contradicts",
        to: b.body.id,
        note: "They cannot both hold.",
        citations: [{ referenceId: "doi:10.1007/s00213-005-0210-5", locator: "p. 449" }],
      };
      expect((await getJson(harness(), path, { method: "POST", body: JSON.stringify(body) })).status).toBe(401);
      expect((await getJson(harness(), path, { method: "POST", ...json(writer, body) })).status).toBe(428);
      const created = await getJson(harness(), path, { method: "POST", ...json(writer, body, { "If-Match": '"r1"' }) });
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(`${path}/contradicts/${b.body.id}`);
      expect(created.headers.get("etag")).toBe('"r2"');
      const relation = {
        from: a.body.id,
        type: "contradicts",
        to: b.body.id,
        note: "They cannot both hold.",
        citations: [{ referenceId: "alici2006", locator: "p. 449", quote: null, span: null, note: null }],
        createdAt: expect.any(String),
      };
      expect(created.body).toMatchObject({ id: a.body.id, revision: 2, relations: [relation] });
      const other = await getJson(harness(), `/v1/claims/${b.body.id}`);
      expect(other.body).toMatchObject({ revision: 2, relations: [relation] });
      const history = await getJson(harness(), `/v1/claims/${b.body.id}/history`);
      expect(history.body.items.map((c: { action: string }) => c.action)).toEqual(["create", "relate"]);

      // The same relation again, either way round for a symmetric type: 409.
      const again = await getJson(harness(), `/v1/claims/${b.body.id}/relations`, {
        method: "POST",
        ...json(writer, { type: "contradicts", to: a.body.id }, { "If-Match": '"r2"' }),
      });
      expect(again.status).toBe(409);

      const removed = await getJson(harness(), `/v1/claims/${b.body.id}/relations/contradicts/${a.body.id}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${writer}`, "If-Match": '"r2"' },
      });
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ revision: 3, relations: [] });
      const gone = await getJson(harness(), `/v1/claims/${a.body.id}`);
      expect(gone.body).toMatchObject({ revision: 3, relations: [] });
      const feed = await getJson(harness(), `/v1/claims/${a.body.id}/history`);
      expect(feed.body.items.map((c: { action: string }) => c.action)).toEqual(["create", "relate", "unrelate"]);
    });

    it("refuses a claim related to itself, a supersedes cycle, unknown claims and references (422, rule named)", async () => {
      const [a, b, c] = [
        await createClaim([{ referenceId: "mennini1987", stance: "supports" }]),
        await createClaim([{ referenceId: "mennini1987", stance: "supports" }]),
        await createClaim([{ referenceId: "mennini1987", stance: "supports" }]),
      ].map((res) => res.body.id as string) as [string, string, string];
      const relate = async (from: string, to: string, etag: string, extra: Record<string, unknown> = {}) =>
        getJson(harness(), `/v1/claims/${from}/relations`, {
          method: "POST",
          ...json(writer, { type: "supersedes", to, ...extra }, { "If-Match": etag }),
        });
      const self = await relate(a, a, '"r1"');
      expect(self.status).toBe(422);
      expect(self.body.errors).toEqual([
        {
          location: "body",
          field: "to",
          rule: "no-self-relation",
          message: `a claim cannot be related to itself ('${a}' supersedes '${a}')`,
        },
      ]);
      expect((await relate(a, b, '"r1"')).status).toBe(201);
      expect((await relate(b, c, '"r2"')).status).toBe(201);
      // b's relations, both ways, a page at a time (by type, then from, then to).
      const first = await getJson(harness(), `/v1/claims/${b}/relations?limit=1`);
      expect(first.body.items).toHaveLength(1);
      expect(first.headers.get("link")).toContain('rel="next"');
      const second = await getJson(harness(), `/v1/claims/${b}/relations?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.nextCursor).toBeNull();
      const pairs = [...first.body.items, ...second.body.items].map((r: { from: string; to: string }) => [
        r.from,
        r.to,
      ]);
      expect(pairs).toEqual(
        [
          [a, b],
          [b, c],
        ].sort((x, y) => ((x[0] as string) < (y[0] as string) ? -1 : 1)),
      );
      const outgoing = await getJson(harness(), `/v1/claims/${b}/relations?direction=outgoing`);
      expect(outgoing.body.items.map((r: { to: string }) => r.to)).toEqual([c]);
      const foreign = await getJson(harness(), `/v1/claims/${a}/relations?cursor=${first.body.nextCursor}`);
      expect(foreign.status).toBe(400);
      const cycle = await relate(c, a, '"r2"');
      expect(cycle.status).toBe(422);
      expect(cycle.body.errors).toEqual([
        {
          location: "body",
          field: "to",
          rule: "no-supersedes-cycle",
          message: `'${c}' cannot supersede '${a}': ${c} supersedes ${a} supersedes ${b} supersedes ${c} would be a cycle`,
        },
      ]);
      const unknown = await relate(a, "no-such-claim", '"r2"', { citations: [{ referenceId: "nobody2020" }] });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
        ["to", "existing-claim"],
        ["citations.0.referenceId", "existing-reference"],
      ]);
      const missing = await getJson(harness(), `/v1/claims/${a}/relations/refines/${b}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${writer}`, "If-Match": '"r2"' },
      });
      expect(missing.status).toBe(404);
    });

    it("imports relation records with the rules of the API, and exports them for a round trip", async () => {
      const [a, b] = [
        await createClaim([{ referenceId: "mennini1987", stance: "supports" }]),
        await createClaim([{ referenceId: "mennini1987", stance: "supports" }]),
      ].map((res) => res.body.id as string) as [string, string];
      const record = {
        record: "relation",
        from: a,
        type: "refines",
        to: b,
        note: "Narrower.",
        citations: [{ referenceId: "mennini1987", note: "the title" }],
      };
      const imported = await getJson(harness(), "/v1/import", ndjson(admin, [record]));
      expect(imported.status).toBe(200);
      expect(imported.body.created).toMatchObject({ relations: 1, claims: 0 });
      const claimA = await getJson(harness(), `/v1/claims/${a}`);
      expect(claimA.body).toMatchObject({
        revision: 2,
        relations: [
          {
            from: a,
            type: "refines",
            to: b,
            note: "Narrower.",
            citations: [{ referenceId: "mennini1987", locator: null, quote: null, span: null, note: "the title" }],
          },
        ],
      });
      const history = await getJson(harness(), `/v1/claims/${b}/history`);
      expect(history.body.items.at(-1)).toMatchObject({ action: "relate", revision: 2 });
      const again = await getJson(harness(), "/v1/import", ndjson(admin, [record]));
      expect(again.body).toMatchObject({ created: { relations: 0 }, unchanged: { relations: 1 } });
      const bad = await getJson(
        harness(),
        "/v1/import",
        ndjson(admin, [
          { record: "relation", from: b, type: "supersedes", to: a },
          { record: "relation", from: a, type: "supersedes", to: b },
          { record: "relation", from: a, type: "same-as", to: a },
        ]),
      );
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { line: number; rule: string }) => [e.line, e.rule])).toEqual([
        [2, "no-supersedes-cycle"],
        [3, "no-self-relation"],
      ]);

      const exported = await harness().fetch("/v1/export");
      const lines = (await exported.text())
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      const relations = lines.filter((line) => line.record === "relation");
      expect(relations).toContainEqual({
        record: "relation",
        from: a,
        type: "refines",
        to: b,
        note: "Narrower.",
        citations: [{ referenceId: "mennini1987", note: "the title" }],
      });
      expect(relations).toContainEqual(
        expect.objectContaining({ record: "relation", from: NEWER, type: "supersedes", to: SUPERSEDED }),
      );
      // The whole export re-imports as what is stored: every record unchanged.
      const reimported = await getJson(harness(), "/v1/import?dryRun=true", ndjson(admin, lines));
      expect(reimported.status).toBe(200);
      expect(reimported.body.created).toEqual({ entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 });
      expect(reimported.body.unchanged.relations).toBe(relations.length);
    });
  });

  describe("/v1/check and relations", () => {
    it("says a checked account is superseded, and offers the newer one", async () => {
      const res = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("Tianeptine might act as an allosteric modulator of the serotonin transporter")}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.verdict).toBe("unverified");
      expect(res.body.matches[0].claimId).toBe(SUPERSEDED);
      expect(res.body.relations).toEqual([
        {
          type: "supersedes",
          direction: "incoming",
          claimId: NEWER,
          statement: "Tianeptine's direct action is to alter AMPA glutamate receptor activity.",
          confidence: "asserted",
          url: `/v1/claims/${NEWER}`,
        },
      ]);
      expect(res.body.explanation).toContain(
        `It is superseded by a newer account the store holds: "Tianeptine's direct action is to alter AMPA glutamate receptor activity" (asserted).`,
      );
    });

    it("gives asserted claims `unverified`, never `supported`", async () => {
      const res = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("SSRIs inhibit the reuptake of serotonin")}`,
      );
      expect(res.body.matches[0]).toMatchObject({
        claimId: "ssri-inhibits-serotonin-reuptake",
        confidence: "asserted",
        match: "same-assertion",
      });
      expect(res.body.verdict).toBe("unverified");
      expect(res.body.explanation).toMatch(/^The store holds this assertion on tertiary sources only/);
    });

    it("turns a decisive verdict into `contested` when a supported claim contradicts its claim", async () => {
      const before = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("Tianeptine is a selective serotonin reuptake enhancer")}`,
      );
      expect(before.body).toMatchObject({ verdict: "supported", relations: [] });
      const claim = before.body.matches[0].claimId;
      const rival = await createClaim([{ referenceId: "vaugeois1999", stance: "supports" }], {
        statement: "Tianeptine is not a serotonin reuptake enhancer at all.",
      });
      const current = await getJson(harness(), `/v1/claims/${claim}`);
      const related = await getJson(harness(), `/v1/claims/${rival.body.id}/relations`, {
        method: "POST",
        ...json(writer, { type: "contradicts", to: claim }, { "If-Match": '"r1"' }),
      });
      expect(related.status).toBe(201);
      const after = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent("Tianeptine is a selective serotonin reuptake enhancer")}`,
      );
      expect(after.body).toMatchObject({
        verdict: "contested",
        relations: [{ type: "contradicts", direction: "incoming", claimId: rival.body.id, confidence: "supported" }],
      });
      expect(after.body.explanation).toContain("Another stored claim contradicts it");
      // Put the store back as it was for other scenarios: remove the relation.
      await getJson(harness(), `/v1/claims/${rival.body.id}/relations/contradicts/${claim}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${writer}`, "If-Match": '"r2"' },
      });
      expect(current.status).toBe(200);
    });
  });
}
