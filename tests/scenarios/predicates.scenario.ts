import { beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness, ISO_TIME, PROBLEM_TYPE } from "../support/harness";

const json = (token: string, body: unknown, headers: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
  body: JSON.stringify(body),
});

/** The predicate vocabulary: read, described, changed, imported — and what `/v1/check` makes of it. */
export function predicateScenarios(harness: () => Harness) {
  let writer: string;
  let admin: string;
  beforeAll(async () => {
    writer = await harness().createKey(`predicates-${Math.random().toString(36).slice(2)}`, "write");
    admin = await harness().createKey(`predicates-admin-${Math.random().toString(36).slice(2)}`, "admin");
  });

  describe("GET /v1/predicates", () => {
    it("serves a curated predicate with its phrasings, opposite and counts, with an ETag", async () => {
      const res = await getJson(harness(), "/v1/predicates/enhances-reuptake-of");
      expect(res.status).toBe(200);
      expect(res.headers.get("etag")).toBe('"r1"');
      expect(res.body).toEqual({
        id: "enhances-reuptake-of",
        label: "enhances the reuptake of",
        phrasings: [
          "increases the reuptake of",
          "speeds up the reuptake of",
          "boosts the reuptake of",
          "promotes the reuptake of",
          "enhances the uptake of",
          "increases the uptake of",
          "is a reuptake enhancer of",
          "speeds up the reabsorption of",
          "increases the reabsorption of",
          "boosts the reabsorption of",
        ],
        opposite: "inhibits-reuptake-of",
        negationOf: null,
        symmetric: false,
        membership: false,
        description: null,
        curated: true,
        claims: 2,
        revision: 1,
        createdAt: expect.stringMatching(ISO_TIME),
        updatedAt: expect.stringMatching(ISO_TIME),
      });
    });

    it("lists curated predicates and those claims use, in id order, and 404s one that is neither", async () => {
      const page = await getJson(harness(), "/v1/predicates?limit=100");
      expect(page.status).toBe(200);
      const ids = page.body.items.map((p: { id: string }) => p.id);
      expect(ids).toEqual([...ids].sort());
      expect(ids).toContain("is-a");
      expect(ids).toContain("has-slower-onset-than");
      expect(page.body.items.find((p: { id: string }) => p.id === "is-a")).toMatchObject({
        membership: true,
        curated: true,
        claims: 3,
      });
      const missing = await getJson(harness(), "/v1/predicates/is-made-of-cheese");
      expect(missing.status).toBe(404);
      expect(missing.headers.get("content-type")).toBe(PROBLEM_TYPE);
    });
  });

  describe("writes", () => {
    it("describes a new predicate (201, Location), refuses it twice (409), and patches it with If-Match", async () => {
      const id = `test-dampens-${Math.random().toString(36).slice(2, 8)}`;
      const created = await getJson(harness(), "/v1/predicates", {
        method: "POST",
        ...json(writer, { id, label: "dampens", phrasings: ["tones down"], opposite: "increases" }),
      });
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(`/v1/predicates/${id}`);
      expect(created.body).toMatchObject({ id, curated: true, claims: 0, revision: 1, opposite: "increases" });
      const again = await getJson(harness(), "/v1/predicates", {
        method: "POST",
        ...json(writer, { id, label: "dampens" }),
      });
      expect(again.status).toBe(409);
      const patched = await getJson(harness(), `/v1/predicates/${id}`, {
        method: "PATCH",
        ...json(writer, { phrasings: ["tones down", "softens"] }, { "If-Match": '"r1"' }),
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ phrasings: ["tones down", "softens"], revision: 2 });
      const stale = await getJson(harness(), `/v1/predicates/${id}`, {
        method: "PATCH",
        ...json(writer, { label: "damps" }, { "If-Match": '"r1"' }),
      });
      expect(stale.status).toBe(412);
      const feed = await getJson(harness(), "/v1/changes?since=0&limit=100");
      expect(
        feed.body.items
          .filter((c: { resourceId: string }) => c.resourceId === id)
          .map((c: { action: string }) => c.action),
      ).toEqual(["create", "update"]);
    });

    it("refuses an opposite that is itself or unknown, naming the rule", async () => {
      const id = `test-self-${Math.random().toString(36).slice(2, 8)}`;
      const res = await getJson(harness(), "/v1/predicates", {
        method: "POST",
        ...json(writer, { id, label: "x", opposite: id, negationOf: "is-made-of-cheese" }),
      });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { location: "body", field: "opposite", rule: "not-self", message: "a predicate cannot be its own opposite" },
        {
          location: "body",
          field: "negationOf",
          rule: "existing-predicate",
          message: "no predicate 'is-made-of-cheese': describe it first, or use it in a claim",
        },
      ]);
    });

    it("needs a write key", async () => {
      const res = await getJson(harness(), "/v1/predicates", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: "test-anonymous", label: "x" }),
      });
      expect(res.status).toBe(401);
    });
  });

  describe("a domain's vocabulary through the import", () => {
    it("imports predicate rows and claim wordings that /v1/check then reads, and exports them again", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const lines = [
        { record: "entity", id: `vq-${tag}-drug`, label: `Zorbalin ${tag}`, kind: "drug" },
        { record: "entity", id: `vq-${tag}-sleep`, label: `Snooze ${tag}`, kind: "process" },
        {
          record: "predicate",
          id: `deepens-${tag}`,
          label: "deepens",
          phrasings: ["makes deeper", "improves"],
          opposite: `lightens-${tag}`,
        },
        { record: "predicate", id: `lightens-${tag}`, label: "lightens", phrasings: ["makes lighter", "disturbs"] },
        {
          record: "claim",
          id: `vq-${tag}-claim`,
          statement: `Zorbalin ${tag} deepens snooze ${tag}.`,
          subject: `vq-${tag}-drug`,
          predicate: `deepens-${tag}`,
          object: `vq-${tag}-sleep`,
          confidence: "unsourced",
          wordings: [`Zorbalin ${tag} gives you a deeper snooze ${tag}.`],
        },
      ];
      const res = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: lines.map((line) => JSON.stringify(line)).join("\n"),
      });
      expect(res.status).toBe(200);
      expect(res.body.created).toEqual({ entities: 2, references: 0, predicates: 2, claims: 1, relations: 0 });
      const predicate = await getJson(harness(), `/v1/predicates/deepens-${tag}`);
      expect(predicate.body).toMatchObject({ curated: true, claims: 1, opposite: `lightens-${tag}` });
      const claim = await getJson(harness(), `/v1/claims/vq-${tag}-claim`);
      expect(claim.body.wordings).toEqual([`Zorbalin ${tag} gives you a deeper snooze ${tag}.`]);

      const opposite = await getJson(harness(), "/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: `Zorbalin ${tag} disturbs snooze ${tag}` }),
      });
      expect(opposite.body.matches[0]).toMatchObject({
        claimId: `vq-${tag}-claim`,
        match: "same-assertion",
        polarity: "opposes",
      });

      const again = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: lines.map((line) => JSON.stringify(line)).join("\n"),
      });
      expect(again.body.unchanged).toEqual({ entities: 2, references: 0, predicates: 2, claims: 1, relations: 0 });
      const changed = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: JSON.stringify({ ...lines[3], phrasings: ["other"] }),
      });
      expect(changed.status).toBe(422);
      expect(changed.body.errors[0]).toMatchObject({ line: 1, field: "id", rule: "unique-identifier" });
    });

    it("reads a denial after the predicate as said of the other name, not of a subject-only wording", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const drug = `Vexamol ${tag}`;
      const lines = [
        { record: "entity", id: `vw-${tag}-drug`, label: drug, kind: "drug" },
        { record: "entity", id: `vw-${tag}-wake`, label: `wakefulness ${tag}`, kind: "process" },
        { record: "entity", id: `vw-${tag}-q1`, label: `Q1${tag} receptor`, kind: "receptor" },
        {
          record: "predicate",
          id: `wakes-via-${tag}`,
          label: "promotes wakefulness via",
          phrasings: ["keeps you awake through"],
        },
        {
          record: "predicate",
          id: `not-wakes-via-${tag}`,
          label: "does not promote wakefulness via",
          phrasings: [],
          negationOf: `wakes-via-${tag}`,
        },
        {
          record: "claim",
          id: `vw-${tag}-awake`,
          statement: `${drug} promotes wakefulness ${tag}.`,
          subject: `vw-${tag}-drug`,
          predicate: "promotes",
          object: `vw-${tag}-wake`,
          confidence: "unsourced",
          wordings: [`${drug} keeps you awake.`],
        },
        {
          record: "claim",
          id: `vw-${tag}-q1`,
          statement: `The wake-promoting effect of ${drug} does not depend on Q1${tag} receptors.`,
          subject: `vw-${tag}-drug`,
          predicate: `not-wakes-via-${tag}`,
          object: `vw-${tag}-q1`,
          confidence: "unsourced",
          wordings: [`${drug} does not keep you awake through Q1${tag} receptors.`],
        },
      ];
      const res = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: lines.map((line) => JSON.stringify(line)).join("\n"),
      });
      expect(res.status).toBe(200);
      const check = await getJson(harness(), "/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: `${drug}'s ability to keep you awake doesn't rely on Q1${tag} receptors.` }),
      });
      expect(check.status).toBe(200);
      const matches = check.body.matches as { claimId: string; polarity: string }[];
      expect(matches[0]?.claimId).toBe(`vw-${tag}-q1`);
      expect(matches.find((m) => m.claimId === `vw-${tag}-awake`)?.polarity).not.toBe("opposes");
      expect(check.body.verdict).not.toBe("refuted");
    });
  });
}
