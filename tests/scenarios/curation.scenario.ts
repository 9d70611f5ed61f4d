import { beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness, ISO_TIME, PROBLEM_TYPE } from "../support/harness";

type Json = Record<string, unknown>;

/** Keys of every scope, made once per suite. */
interface Keys {
  read: string;
  write: string;
  admin: string;
}

function send(
  h: Harness,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Json } = {},
) {
  const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  return getJson(h, path, { method, headers, body });
}

let counter = 0;
/** A claim body with fresh ids so scenarios do not depend on each other. */
function newClaim(overrides: Json = {}): Json {
  counter += 1;
  return {
    id: `test-claim-${Date.now().toString(36)}-${counter}`,
    statement: `Tianeptine increases BDNF expression in test number ${counter}.`,
    subject: "tianeptine",
    predicate: "increases-expression-of",
    object: "bdnf",
    context: "in rats",
    confidence: "supported",
    citations: [{ referenceId: "reagan2007", stance: "supports" }],
    ...overrides,
  };
}

function uniqueDoi(): string {
  counter += 1;
  return `10.5555/cited-test.${Date.now().toString(36)}.${counter}`;
}

/** The curation scenarios: writes, their rules, concurrency and history. Each runtime runs them. */
export function curationScenarios(harness: () => Harness) {
  const keys = {} as Keys;
  beforeAll(async () => {
    const suffix = Math.random().toString(36).slice(2, 8);
    keys.read = await harness().createKey(`reader-${suffix}`, "read");
    keys.write = await harness().createKey(`curator-${suffix}`, "write");
    keys.admin = await harness().createKey(`admin-${suffix}`, "admin");
  });

  async function create(body: Json) {
    return send(harness(), "POST", "/v1/claims", { token: keys.write, body });
  }

  describe("authentication", () => {
    const routes: [string, string, "write" | "admin"][] = [
      ["POST", "/v1/claims", "write"],
      ["PATCH", "/v1/claims/tianeptine-is-an-ssre", "write"],
      ["DELETE", "/v1/claims/tianeptine-is-an-ssre?reason=test", "write"],
      ["POST", "/v1/claims/tianeptine-is-an-ssre/citations", "write"],
      ["DELETE", "/v1/claims/tianeptine-is-an-ssre/citations/mennini1987", "write"],
      ["POST", "/v1/references", "write"],
      ["PATCH", "/v1/references/wagstaff2001", "write"],
      ["POST", "/v1/entities", "write"],
      ["PATCH", "/v1/entities/tianeptine", "write"],
      ["POST", "/v1/import", "admin"],
    ];

    it("answers 401 with WWW-Authenticate to every write without a key or with an unknown one", async () => {
      for (const [method, path] of routes) {
        const none = await send(harness(), method, path, { body: {} });
        expect(none.status, `${method} ${path}`).toBe(401);
        expect(none.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(none.headers.get("www-authenticate")).toBe('Bearer realm="cited"');
        expect(none.body).toMatchObject({ type: "/problems/unauthorized", status: 401 });
        const unknown = await send(harness(), method, path, { token: "cited_not-a-key", body: {} });
        expect(unknown.status).toBe(401);
        expect(unknown.headers.get("www-authenticate")).toBe(
          'Bearer realm="cited", error="invalid_token", error_description="unknown or revoked token"',
        );
      }
    });

    it("answers 403 with WWW-Authenticate when the key's scope is too small", async () => {
      for (const [method, path, scope] of routes) {
        const tokens = scope === "admin" ? [keys.read, keys.write] : [keys.read];
        for (const token of tokens) {
          const res = await send(harness(), method, path, { token, body: {} });
          expect(res.status, `${method} ${path}`).toBe(403);
          expect(res.headers.get("www-authenticate")).toBe(
            `Bearer realm="cited", error="insufficient_scope", scope="${scope}"`,
          );
          expect(res.body).toMatchObject({ type: "/problems/insufficient-scope", status: 403 });
        }
      }
    });

    it("lets write and admin keys past authentication", async () => {
      for (const [method, path, scope] of routes) {
        const tokens = scope === "admin" ? [keys.admin] : [keys.write, keys.admin];
        for (const token of tokens) {
          const res = await send(harness(), method, path, { token, body: {} });
          expect([401, 403], `${method} ${path}`).not.toContain(res.status);
        }
      }
    });

    it("keeps reads public", async () => {
      expect((await harness().fetch("/v1/claims")).status).toBe(200);
    });
  });

  describe("POST /v1/claims", () => {
    it("creates a claim with a new DOI reference inline: 201, Location, ETag, and the reference by DOI", async () => {
      const doi = uniqueDoi();
      const body = newClaim({
        citations: [
          {
            reference: {
              type: "article-journal",
              title: "A test study",
              authors: ["Doe J"],
              issued: "2024",
              doi,
              tier: "primary",
              design: "animal",
            },
            stance: "supports",
            locator: "p. 3",
          },
        ],
      });
      const res = await create(body);
      expect(res.status).toBe(201);
      expect(res.headers.get("location")).toBe(`/v1/claims/${body.id}`);
      expect(res.headers.get("etag")).toBe('"r1"');
      const referenceId = res.body.referenceIds[0];
      expect(res.body).toEqual({
        id: body.id,
        statement: body.statement,
        subject: "tianeptine",
        predicate: "increases-expression-of",
        object: "bdnf",
        context: "in rats",
        confidence: "supported",
        status: "published",
        replacedBy: null,
        wordings: [],
        supportRetracted: false,
        citations: [{ referenceId, stance: "supports", locator: "p. 3", quote: null, span: null, note: null }],
        referenceIds: [referenceId],
        evidence: { supports: 1, contradicts: 0, mentions: 0 },
        basis: {
          derived: "supported",
          chosen: false,
          admitted: ["supported", "speculative"],
          holds: true,
          rule: "supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier)",
          counted: [{ referenceId, stance: "supports", tier: "primary" }],
          contradictionOutranksSupport: false,
          summary: `Supported: supported by ${referenceId} (primary); none contradicts it. The rules give supported: supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier).`,
        },
        relations: [],
        links: {
          page: `/claims/${body.id}`,
          claimReview: { href: `/v1/claims/${body.id}?format=jsonld`, type: "application/ld+json" },
          bibliography: [
            { href: `/v1/claims/${body.id}?format=csl`, type: "application/vnd.citationstyles.csl+json" },
            { href: `/v1/claims/${body.id}?format=bibtex`, type: "application/x-bibtex" },
          ],
          history: `/v1/claims/${body.id}/history`,
        },
        revision: 1,
        createdAt: expect.stringMatching(ISO_TIME),
        updatedAt: expect.stringMatching(ISO_TIME),
      });
      const reference = await getJson(harness(), `/v1/references/doi:${doi}`);
      expect(reference.status).toBe(200);
      expect(reference.body).toMatchObject({
        id: referenceId,
        doi,
        title: "A test study",
        pmid: null,
        volume: null,
        tier: "primary",
        design: "animal",
      });
      const read = await getJson(harness(), `/v1/claims/${body.id}`);
      expect(read.body).toEqual(res.body);
    });

    it("reuses a reference whose DOI is already stored instead of duplicating it", async () => {
      const res = await create(
        newClaim({
          citations: [
            { reference: { type: "review", doi: "10.1038/MP.2009.80", title: "ignored" }, stance: "supports" },
          ],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.referenceIds).toEqual(["mcewen2010"]);
      const mcewen = await getJson(harness(), "/v1/references/mcewen2010");
      expect(mcewen.body.title).toBe(
        "The neurobiological properties of tianeptine (Stablon): from monoamine hypothesis to glutamatergic modulation",
      );
    });

    it("resolves subject and object given by alias", async () => {
      const res = await create(newClaim({ subject: "Stablon", object: "BDNF" }));
      expect(res.status).toBe(201);
      expect(res.body.subject).toBe("tianeptine");
    });

    it("answers 409 for an id that exists", async () => {
      const res = await create(newClaim({ id: "tianeptine-is-an-ssre" }));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        type: "/problems/conflict",
        detail: "A claim with id 'tianeptine-is-an-ssre' exists.",
      });
    });

    const rules: [string, Json[], string][] = [
      [
        "established",
        [{ referenceId: "wagstaff2001", stance: "supports" }],
        "established needs at least 2 distinct supporting references that are not tertiary (primary, secondary or of unknown tier) and no contradicting one",
      ],
      [
        "established",
        [
          { referenceId: "wagstaff2001", stance: "supports" },
          { referenceId: "reagan2007", stance: "supports" },
          { referenceId: "loo-deniker1988", stance: "contradicts" },
        ],
        "established needs at least 2 distinct supporting references that are not tertiary (primary, secondary or of unknown tier) and no contradicting one",
      ],
      [
        "supported",
        [{ referenceId: "wagstaff2001", stance: "mentions" }],
        "supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier)",
      ],
      [
        "speculative",
        [],
        "speculative needs at least 1 citation of any stance, and no primary or secondary contradicting reference when only tertiary ones support it",
      ],
      [
        "contested",
        [{ referenceId: "wagstaff2001", stance: "supports" }],
        "contested needs at least 1 supporting and at least 1 contradicting reference",
      ],
      [
        "refuted",
        [{ referenceId: "wagstaff2001", stance: "supports" }],
        "refuted needs at least 1 contradicting reference",
      ],
      [
        "unsourced",
        [{ referenceId: "wagstaff2001", stance: "supports" }],
        "unsourced allows no supporting or contradicting citation",
      ],
    ];
    for (const [confidence, citations, message] of rules) {
      it(`refuses ${confidence} with ${citations.length} citation(s) that do not earn it: 422, nothing written`, async () => {
        const body = newClaim({ confidence, citations });
        const res = await create(body);
        expect(res.status).toBe(422);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body).toEqual({
          type: "/problems/rule-violation",
          title: "Rule violated",
          status: 422,
          detail: `confidence: ${message}`,
          instance: "/v1/claims",
          requestId: expect.any(String),
          errors: [{ location: "body", field: "confidence", rule: "confidence-rule", message }],
        });
        expect((await harness().fetch(`/v1/claims/${body.id}`)).status).toBe(404);
      });
    }

    const earned: [string, Json[]][] = [
      [
        "established",
        [
          { referenceId: "wagstaff2001", stance: "supports" },
          { referenceId: "reagan2007", stance: "supports" },
        ],
      ],
      ["supported", [{ referenceId: "wagstaff2001", stance: "supports" }]],
      ["speculative", [{ referenceId: "wagstaff2001", stance: "mentions" }]],
      [
        "contested",
        [
          { referenceId: "wagstaff2001", stance: "supports" },
          { referenceId: "loo-deniker1988", stance: "contradicts" },
        ],
      ],
      ["refuted", [{ referenceId: "loo-deniker1988", stance: "contradicts" }]],
      ["unsourced", [{ referenceId: "wagstaff2001", stance: "mentions" }]],
      ["unsourced", []],
    ];
    for (const [confidence, citations] of earned) {
      it(`accepts ${confidence} with ${citations.length} citation(s) that earn it`, async () => {
        const res = await create(newClaim({ confidence, citations }));
        expect(res.status).toBe(201);
        expect(res.body.confidence).toBe(confidence);
      });
    }

    it("names the rule and field of each other violation", async () => {
      const cases: [Json, Json][] = [
        [
          { citations: [{ reference: { type: "article-journal", doi: "doi:10.1/x" }, stance: "supports" }] },
          { field: "citations.0.reference.doi", rule: "doi-syntax" },
        ],
        [
          { citations: [{ reference: { type: "article-journal", pmid: "PMID123" }, stance: "supports" }] },
          { field: "citations.0.reference.pmid", rule: "pmid-syntax" },
        ],
        [
          { citations: [{ referenceId: "wagstaff2001", stance: "agrees" }] },
          { field: "citations.0.stance", rule: "stance-vocabulary" },
        ],
        [{ confidence: "certain" }, { field: "confidence", rule: "confidence-vocabulary" }],
        [{ subject: "unobtainium" }, { field: "subject", rule: "existing-entity" }],
        [
          { citations: [{ referenceId: "nobody2020", stance: "supports" }] },
          { field: "citations.0.referenceId", rule: "existing-reference" },
        ],
        [
          {
            citations: [
              { referenceId: "wagstaff2001", stance: "supports" },
              { referenceId: "wagstaff2001", stance: "contradicts" },
            ],
          },
          { field: "citations.1.referenceId", rule: "one-citation-per-reference" },
        ],
        [
          {
            citations: [{ referenceId: "wagstaff2001", stance: "supports", quote: "abc", span: { start: 0, end: 5 } }],
          },
          { field: "citations.0.span", rule: "span-matches-quote" },
        ],
        [{ statement: 42 }, { field: "statement", rule: "schema" }],
        [{ statement: "x".repeat(1001) }, { field: "statement", rule: "schema" }],
        [{ unexpected: true }, { field: "(root)", rule: "schema" }],
      ];
      for (const [overrides, expected] of cases) {
        const body = newClaim(overrides);
        const res = await create(body);
        expect(res.status, JSON.stringify(overrides)).toBe(422);
        expect(res.body.type).toBe("/problems/rule-violation");
        expect(res.body.errors, JSON.stringify(overrides)).toContainEqual(
          expect.objectContaining({ location: "body", ...expected }),
        );
        expect((await harness().fetch(`/v1/claims/${body.id}`)).status).toBe(404);
      }
    });

    it("answers 400 for malformed JSON and 415 for a body that is not JSON", async () => {
      const malformed = await send(harness(), "POST", "/v1/claims", { token: keys.write, body: '{"statement": ' });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ type: "/problems/malformed-json", title: "Malformed JSON", status: 400 });
      const form = await send(harness(), "POST", "/v1/claims", {
        token: keys.write,
        body: "statement=x",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
      expect(form.status).toBe(415);
      expect(form.body).toMatchObject({ type: "/problems/unsupported-media-type", status: 415 });
    });

    it("answers 413 for a body over the limit, writing nothing", async () => {
      const body = newClaim({ statement: "x".repeat(300 * 1024) });
      const res = await create(body);
      expect(res.status).toBe(413);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toMatchObject({ type: "/problems/payload-too-large", status: 413 });
      expect((await harness().fetch(`/v1/claims/${body.id}`)).status).toBe(404);
    });
  });

  describe("PATCH /v1/claims/{id}", () => {
    it("needs If-Match: 428 without it, 412 when stale, 200 with the new ETag when current", async () => {
      const created = await create(newClaim());
      const path = `/v1/claims/${created.body.id}`;
      const missing = await send(harness(), "PATCH", path, { token: keys.write, body: { context: "in mice" } });
      expect(missing.status).toBe(428);
      expect(missing.body).toMatchObject({ type: "/problems/precondition-required", status: 428 });
      const stale = await send(harness(), "PATCH", path, {
        token: keys.write,
        body: { context: "in mice" },
        headers: { "If-Match": '"r7"' },
      });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ type: "/problems/precondition-failed", status: 412 });
      const ok = await send(harness(), "PATCH", path, {
        token: keys.write,
        body: { context: "in mice", statement: "Tianeptine increases BDNF expression in mice." },
        headers: { "If-Match": '"r1"', "Content-Type": "application/merge-patch+json" },
      });
      expect(ok.status).toBe(200);
      expect(ok.headers.get("etag")).toBe('"r2"');
      expect(ok.body).toMatchObject({
        context: "in mice",
        statement: "Tianeptine increases BDNF expression in mice.",
        revision: 2,
      });
      const cleared = await send(harness(), "PATCH", path, {
        token: keys.write,
        body: { context: null },
        headers: { "If-Match": '"r2"' },
      });
      expect(cleared.body).toMatchObject({ context: null, revision: 3 });
    });

    it("refuses a confidence its citations do not earn", async () => {
      const created = await create(newClaim());
      const res = await send(harness(), "PATCH", `/v1/claims/${created.body.id}`, {
        token: keys.write,
        body: { confidence: "established" },
        headers: { "If-Match": '"r1"' },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: "confidence", rule: "confidence-rule" })]);
      expect((await getJson(harness(), `/v1/claims/${created.body.id}`)).body.revision).toBe(1);
    });

    it("lets exactly one of two concurrent patches with the same ETag win; the other gets 412", async () => {
      const created = await create(newClaim());
      const path = `/v1/claims/${created.body.id}`;
      const patch = (context: string) =>
        send(harness(), "PATCH", path, { token: keys.write, body: { context }, headers: { "If-Match": '"r1"' } });
      const results = await Promise.all([patch("in the first writer"), patch("in the second writer")]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 412]);
      const winner = results.find((r) => r.status === 200);
      const now = await getJson(harness(), path);
      expect(now.body.revision).toBe(2);
      expect(now.body.context).toBe(winner?.body.context);
      const history = await getJson(harness(), `${path}/history`);
      expect(history.body.items.map((change: Json) => change.action)).toEqual(["create", "update"]);
    });
  });

  describe("lost updates (If-Match races)", () => {
    const RACERS = 20;

    it(`refuses If-Match: * with 428: ${RACERS} concurrent PATCHes with it change nothing`, async () => {
      const racer = await harness().createKey(`racer-star-${Math.random().toString(36).slice(2, 8)}`, "write");
      const created = await create(newClaim());
      const path = `/v1/claims/${created.body.id}`;
      const results = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          send(harness(), "PATCH", path, {
            token: racer,
            body: { context: `writer ${i}` },
            headers: { "If-Match": "*" },
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(RACERS).fill(428));
      expect(results[0]?.body).toMatchObject({
        type: "/problems/precondition-required",
        status: 428,
        detail:
          'If-Match: * does not protect against lost updates: send the current ETag ("r1") to change this resource.',
      });
      const entity = await send(harness(), "PATCH", "/v1/entities/tianeptine", {
        token: racer,
        body: { description: "lost" },
        headers: { "If-Match": '*, "r1"' },
      });
      expect(entity.status).toBe(428);
      const now = await getJson(harness(), path);
      expect(now.body).toMatchObject({ revision: 1, context: "in rats" });
    });

    it(`lets exactly one of ${RACERS} concurrent PATCHes with the current ETag win; nothing is lost`, async () => {
      const racer = await harness().createKey(`racer-etag-${Math.random().toString(36).slice(2, 8)}`, "write");
      const created = await create(newClaim());
      const path = `/v1/claims/${created.body.id}`;
      const results = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          send(harness(), "PATCH", path, {
            token: racer,
            body: { context: `writer ${i}` },
            headers: { "If-Match": '"r1"' },
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 412)).toHaveLength(RACERS - 1);
      const winner = results.find((r) => r.status === 200);
      const now = await getJson(harness(), path);
      expect(now.body).toMatchObject({ revision: 2, context: winner?.body.context });
      const history = await getJson(harness(), `${path}/history`);
      expect(history.body.items.map((change: Json) => change.action)).toEqual(["create", "update"]);
    });
  });

  describe("citations, retraction and the flag", () => {
    it("contests a claim with a contradicting citation, then flags it when its support is retracted", async () => {
      const doi = uniqueDoi();
      const created = await create(
        newClaim({
          citations: [{ reference: { type: "article-journal", title: "Support", doi }, stance: "supports" }],
        }),
      );
      const id = created.body.id as string;
      const supportId = created.body.referenceIds[0] as string;
      const contested = await send(harness(), "POST", `/v1/claims/${id}/citations?confidence=contested`, {
        token: keys.write,
        body: { referenceId: "loo-deniker1988", stance: "contradicts", note: "no faster onset" },
        headers: { "If-Match": '"r1"' },
      });
      expect(contested.status).toBe(201);
      expect(contested.headers.get("location")).toBe(`/v1/claims/${id}/citations/loo-deniker1988`);
      expect(contested.headers.get("etag")).toBe('"r2"');
      expect(contested.body).toMatchObject({
        confidence: "contested",
        evidence: { supports: 1, contradicts: 1, mentions: 0 },
      });
      const citation = await getJson(harness(), `/v1/claims/${id}/citations/loo-deniker1988`);
      expect(citation.body).toEqual({
        referenceId: "loo-deniker1988",
        stance: "contradicts",
        locator: null,
        quote: null,
        span: null,
        note: "no faster onset",
      });

      const reference = await getJson(harness(), `/v1/references/${supportId}`);
      const retracted = await send(harness(), "PATCH", `/v1/references/${supportId}?reason=Fabricated%20data`, {
        token: keys.write,
        body: { retracted: true, retractedAt: "2026-11-01", retractionNotice: "Retraction Watch notice" },
        headers: { "If-Match": reference.headers.get("etag") as string },
      });
      expect(retracted.status).toBe(200);
      expect(retracted.body).toMatchObject({ retracted: true, retractedAt: "2026-11-01", revision: 2 });
      const flagged = await getJson(harness(), `/v1/claims/${id}`);
      expect(flagged.body).toMatchObject({ supportRetracted: true, revision: 3 });
      const listed = await getJson(harness(), "/v1/claims?supportRetracted=true&limit=100");
      expect(listed.body.items.map((claim: Json) => claim.id)).toContain(id);
      const unflagged = await getJson(harness(), "/v1/claims?supportRetracted=false&limit=100");
      expect(unflagged.body.items.map((claim: Json) => claim.id)).not.toContain(id);
      const history = await getJson(harness(), `/v1/claims/${id}/history`);
      expect(history.body.items.map((change: Json) => change.action)).toEqual(["create", "cite", "support-retracted"]);
      expect(history.body.items[2]).toMatchObject({ reason: "Fabricated data", revision: 3 });
    });

    it("refuses to mark a reference retracted without date and notice", async () => {
      const res = await send(harness(), "PATCH", "/v1/references/brink2006", {
        token: keys.write,
        body: { retracted: true },
        headers: { "If-Match": '"r1"' },
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ rule: "retraction-needs-date-and-notice" })]);
    });

    it("removes a citation: a named confidence must still be admitted, else the claim follows the rules", async () => {
      const created = await create(newClaim());
      const path = `/v1/claims/${created.body.id}/citations/reagan2007`;
      const refused = await send(harness(), "DELETE", `${path}?confidence=supported`, {
        token: keys.write,
        headers: { "If-Match": '"r1"' },
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
      const removed = await send(harness(), "DELETE", `${path}?reason=wrong%20paper`, {
        token: keys.write,
        headers: { "If-Match": '"r1"' },
      });
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ confidence: "unsourced", citations: [], revision: 2 });
      expect((await harness().fetch(path)).status).toBe(404);
    });
  });

  describe("DELETE /v1/claims/{id}", () => {
    it("retracts with a reason: the claim stays readable and in its history, out of the default list", async () => {
      const created = await create(newClaim());
      const id = created.body.id as string;
      const noReason = await send(harness(), "DELETE", `/v1/claims/${id}`, {
        token: keys.write,
        headers: { "If-Match": '"r1"' },
      });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ location: "query", field: "reason" })]);
      const res = await send(harness(), "DELETE", `/v1/claims/${id}?reason=Duplicate%20of%20another%20claim`, {
        token: keys.write,
        headers: { "If-Match": '"r1"' },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: "retracted", revision: 2 });
      expect((await getJson(harness(), `/v1/claims/${id}`)).body.status).toBe("retracted");
      const published = await getJson(harness(), "/v1/claims?limit=100&predicate=increases-expression-of");
      expect(published.body.items.map((claim: Json) => claim.id)).not.toContain(id);
      const retracted = await getJson(harness(), "/v1/claims?limit=100&status=retracted");
      expect(retracted.body.items.map((claim: Json) => claim.id)).toContain(id);
      const history = await getJson(harness(), `/v1/claims/${id}/history`);
      expect(history.body.items.at(-1)).toMatchObject({
        action: "retract",
        reason: "Duplicate of another claim",
        revision: 2,
        before: expect.objectContaining({ status: "published" }),
        after: expect.objectContaining({ status: "retracted" }),
      });
      const again = await send(harness(), "DELETE", `/v1/claims/${id}?reason=again`, {
        token: keys.write,
        headers: { "If-Match": '"r2"' },
      });
      expect(again.status).toBe(409);
    });
  });

  describe("references and entities", () => {
    it("creates a reference with only known fields; a stored DOI is a 422 unique-identifier", async () => {
      const doi = uniqueDoi();
      const res = await send(harness(), "POST", "/v1/references", {
        token: keys.write,
        body: { type: "article-journal", title: "Only a title and a DOI", doi },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get("location")).toBe(`/v1/references/${res.body.id}`);
      expect(res.body).toMatchObject({ authors: [], issued: null, pmid: null, containerTitle: null, doi });
      const duplicate = await send(harness(), "POST", "/v1/references", {
        token: keys.write,
        body: { type: "review", doi: doi.toUpperCase() },
      });
      expect(duplicate.status).toBe(422);
      expect(duplicate.body.errors).toEqual([
        expect.objectContaining({
          field: "doi",
          rule: "unique-identifier",
          message: `doi ${doi} already belongs to reference '${res.body.id}'`,
        }),
      ]);
    });

    it("creates and patches an entity; an alias naming another entity is a 422 unique-alias", async () => {
      const id = `test-entity-${Date.now().toString(36)}`;
      const clash = await send(harness(), "POST", "/v1/entities", {
        token: keys.write,
        body: { id, label: "Test drug", kind: "drug", aliases: ["Stablon"] },
      });
      expect(clash.status).toBe(422);
      expect(clash.body.errors).toEqual([expect.objectContaining({ field: "aliases.0", rule: "unique-alias" })]);
      const created = await send(harness(), "POST", "/v1/entities", {
        token: keys.write,
        body: { id, label: "Test drug", kind: "drug", aliases: [`Brand-${id}`] },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(`/v1/entities/${id}`);
      const patched = await send(harness(), "PATCH", `/v1/entities/${id}`, {
        token: keys.write,
        body: { aliases: [`Other-${id}`], description: "for tests" },
        headers: { "If-Match": '"r1"' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ aliases: [`Other-${id}`], description: "for tests", revision: 2 });
      expect((await getJson(harness(), `/v1/entities/Other-${id}`)).body.id).toBe(id);
      expect((await harness().fetch(`/v1/entities/Brand-${id}`)).status).toBe(404);
    });
  });

  describe("GET /v1/changes", () => {
    it("is a monotonic, paginated feed of every change", async () => {
      await create(newClaim());
      const first = await getJson(harness(), "/v1/changes?since=0&limit=2");
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.nextSince).toBe(first.body.items[1].seq);
      expect(first.headers.get("link")).toBe(`</v1/changes?since=${first.body.nextSince}&limit=2>; rel="next"`);
      const all: Json[] = [];
      let since = 0;
      for (let page = 0; page < 1000; page++) {
        const res = await getJson(harness(), `/v1/changes?since=${since}&limit=100`);
        all.push(...res.body.items);
        if (res.body.nextSince === null) break;
        since = res.body.nextSince;
      }
      const seqs = all.map((change) => change.seq as number);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(all.at(-1)).toMatchObject({
        resourceType: "claim",
        action: "create",
        actor: expect.stringMatching(/^curator-/),
      });
    });
  });
}
