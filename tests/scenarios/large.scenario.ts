import { beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness } from "../support/harness";

/** More claims than D1 binds parameters in one statement (100), and more than a page holds. */
export const MANY = 130;

/** An import of one entity with MANY claims, all supported by one reference; tagged so runs do not collide. */
export function manyClaimsImport(tag: string, count = MANY): string {
  const lines: unknown[] = [
    { record: "entity", id: `bulkamine-${tag}`, label: `Bulkamine ${tag}`, kind: "drug", aliases: [`Bulkax-${tag}`] },
    {
      record: "reference",
      id: `bulk-study-${tag}`,
      type: "article-journal",
      title: "A study behind many claims",
      authors: ["Doe J"],
      issued: "2021",
      doi: `10.5555/bulk.${tag}`,
    },
  ];
  for (let i = 0; i < count; i++) {
    lines.push({
      record: "claim",
      id: `bulkamine-${tag}-claim-${i}`,
      statement: `Bulkamine ${tag} enhances the reuptake of serotonin in study arm ${i}.`,
      subject: `bulkamine-${tag}`,
      predicate: "enhances-reuptake-of",
      object: "serotonin",
      confidence: "supported",
      citations: [{ referenceId: `bulk-study-${tag}`, stance: "supports", locator: `arm ${i}` }],
    });
  }
  return `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;
}

/**
 * Requests whose lists outgrow a statement's 100 bound parameters: an entity with MANY claims read,
 * checked and listed, and the reference behind all of them retracted. Each runtime runs them; on
 * Workers, D1's production limits are enforced around the local D1 (tests/workers/d1-guard.ts).
 */
export function largeListScenarios(harness: () => Harness) {
  const tag = Math.random().toString(36).slice(2, 8);
  let admin = "";
  let writer = "";

  beforeAll(async () => {
    admin = await harness().createKey(`bulk-admin-${tag}`, "admin");
    writer = await harness().createKey(`bulk-writer-${tag}`, "write");
    const res = await getJson(harness(), "/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
      body: manyClaimsImport(tag),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.created).toEqual({ entities: 1, references: 1, predicates: 0, claims: MANY, relations: 0 });
  });

  describe(`an entity with ${MANY} claims`, () => {
    it("is checked through /v1/check: every claim about it is a candidate, the best ones answered", async () => {
      const res = await getJson(
        harness(),
        `/v1/check?text=${encodeURIComponent(`Bulkamine ${tag} enhances the reuptake of serotonin.`)}&limit=5`,
      );
      expect(res.status).toBe(200);
      expect(res.body.entities).toEqual(
        expect.arrayContaining([{ text: `Bulkamine ${tag}`, entityId: `bulkamine-${tag}` }]),
      );
      expect(res.body.matches).toHaveLength(5);
      for (const match of res.body.matches) {
        expect(match).toMatchObject({ match: "same-assertion", confidence: "supported" });
        expect(match.citations).toEqual([expect.objectContaining({ referenceId: `bulk-study-${tag}` })]);
      }
      expect(res.body.verdict).toBe("supported");
    });

    it("lists its claims a full page at a time, each with its citation", async () => {
      const first = await getJson(harness(), `/v1/entities/bulkamine-${tag}/claims?limit=100`);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(100);
      expect(first.body.items.every((claim: { citations: unknown[] }) => claim.citations.length === 1)).toBe(true);
      const rest = await getJson(
        harness(),
        `/v1/entities/bulkamine-${tag}/claims?limit=100&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      );
      expect(rest.body.items).toHaveLength(MANY - 100);
      expect(rest.body.nextCursor).toBeNull();
    });

    it("serves its page, a page of its claims at a time", async () => {
      const res = await harness().fetch(`/entities/bulkamine-${tag}`, { headers: { Accept: "text/html" } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html.match(new RegExp(`/claims/bulkamine-${tag}-claim-\\d+"`, "g"))?.length).toBeGreaterThanOrEqual(25);
    });
  });

  describe(`a reference cited by ${MANY} claims`, () => {
    it("is retracted in one write that flags every claim it supported", async () => {
      const ref = await harness().fetch(`/v1/references/bulk-study-${tag}`);
      const res = await getJson(harness(), `/v1/references/bulk-study-${tag}?reason=retracted`, {
        method: "PATCH",
        headers: {
          Authorization: `Bearer ${writer}`,
          "Content-Type": "application/merge-patch+json",
          "If-Match": ref.headers.get("etag") ?? "",
        },
        body: JSON.stringify({ retracted: true, retractedAt: "2026-01-02", retractionNotice: "Fabricated data." }),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ retracted: true, revision: 2 });

      const flagged = await getJson(
        harness(),
        `/v1/claims?reference=bulk-study-${tag}&supportRetracted=true&limit=100`,
      );
      expect(flagged.body.items).toHaveLength(100);
      expect(flagged.body.nextCursor).not.toBeNull();
      const claim = await getJson(harness(), `/v1/claims/bulkamine-${tag}-claim-${MANY - 1}`);
      expect(claim.body).toMatchObject({ supportRetracted: true, revision: 2 });
      const history = await getJson(harness(), `/v1/claims/bulkamine-${tag}-claim-0/history`);
      expect(history.body.items.map((change: { action: string }) => change.action)).toEqual([
        "import",
        "support-retracted",
      ]);
      expect(history.body.items[1]).toMatchObject({ revision: 2, reason: "retracted", actor: `bulk-writer-${tag}` });
    });
  });
}
