import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { claims } from "../../src/db/schema";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

type Json = Record<string, unknown>;

/**
 * Text as the service accepts it — no lone surrogates, no control characters but tab and newline
 * where a field holds several lines — and the search highlighter, which no stored text can rig. Each
 * runtime runs them; `db` writes rows directly, as data stored before these rules existed.
 */
export function textScenarios(harness: () => Harness, options: { db: () => Db }) {
  let token = "";
  let admin = "";
  beforeAll(async () => {
    const suffix = Math.random().toString(36).slice(2, 8);
    token = await harness().createKey(`text-${suffix}`, "write");
    admin = await harness().createKey(`text-admin-${suffix}`, "admin");
  });
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    getJson(harness(), path, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...headers },
      body,
    });
  const claim = (fields: Json) =>
    JSON.stringify({
      statement: "Tianeptine increases BDNF expression in a text test.",
      subject: "tianeptine",
      predicate: "increases-expression-of",
      object: "bdnf",
      confidence: "supported",
      citations: [{ referenceId: "reagan2007", stance: "supports" }],
      ...fields,
    });

  describe("text fields", () => {
    it("refuse a lone surrogate with 400 problem+json, wherever it is, and store nothing", async () => {
      const id = `lone-surrogate-${Math.random().toString(36).slice(2, 8)}`;
      // JSON.stringify writes a lone surrogate as the escape "\ud800": valid UTF-8, invalid Unicode.
      const body = claim({ id, statement: "Tianeptine \ud800 increases BDNF expression." });
      expect(body).toContain("\\ud800");
      const res = await post("/v1/claims", body);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toMatchObject({
        type: "/problems/invalid-unicode",
        title: "Invalid Unicode",
        status: 400,
        errors: [
          {
            location: "body",
            field: "statement",
            rule: "unicode",
            message: "holds a lone surrogate (U+D800): not Unicode text",
          },
        ],
      });
      expect((await harness().fetch(`/v1/claims/${id}`)).status).toBe(404);
      const trailing = await post(
        "/v1/entities",
        JSON.stringify({ id: `${id}-e`, label: "Label \udfff", kind: "drug" }),
      );
      expect(trailing.status).toBe(400);
      const inKey = await post("/v1/entities", `{"id":"${id}-k","label":"Label","kind":"drug","\\ud83d":1}`);
      expect(inKey.status).toBe(400);
      // A pair is a character, not two surrogates.
      const paired = await post("/v1/entities", JSON.stringify({ id: `${id}-p`, label: "Label 😀", kind: "drug" }));
      expect(paired.status).toBe(201);
      expect(paired.body.label).toBe("Label 😀");
    });

    it("refuse control characters with 422: none in one-line fields, tab and newline only in prose", async () => {
      for (const [fields, field, rule] of [
        [{ statement: "Tianeptine \u0002increases\u0003 BDNF." }, "statement", "control-character"],
        [{ statement: "Tianeptine increases\nBDNF." }, "statement", "single-line"],
        [{ context: "in\trats" }, "context", "single-line"],
        [
          { citations: [{ referenceId: "reagan2007", stance: "supports", quote: "a\u0000b" }] },
          "citations.0.quote",
          "control-character",
        ],
        [
          { citations: [{ referenceId: "reagan2007", stance: "supports", note: "a\u001bb" }] },
          "citations.0.note",
          "control-character",
        ],
        [
          { citations: [{ referenceId: "reagan\u0007", stance: "supports" }] },
          "citations.0.referenceId",
          "control-character",
        ],
        [{ statement: "Tianeptine increases BDNF\u0085 expression." }, "statement", "control-character"],
      ] as [Json, string, string][]) {
        const res = await post("/v1/claims", claim(fields));
        expect(res.status, JSON.stringify(fields)).toBe(422);
        expect(res.body.errors, JSON.stringify(fields)).toEqual([expect.objectContaining({ field, rule })]);
      }
      const prose = await post(
        "/v1/claims",
        claim({
          citations: [
            { referenceId: "reagan2007", stance: "supports", quote: "Line one,\n\tline two.", note: "A\nnote." },
          ],
        }),
      );
      expect(prose.status).toBe(201);
      expect(prose.body.citations[0]).toMatchObject({ quote: "Line one,\n\tline two.", note: "A\nnote." });
    });

    it("refuse them in the reason of a write and in the text of a check", async () => {
      const res = await getJson(harness(), "/v1/claims/tianeptine-is-an-ssre?reason=bad%02reason", {
        method: "PATCH",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "If-Match": '"r1"' },
        body: "{}",
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ location: "query", field: "reason" })]);
      expect((await getJson(harness(), "/v1/check?text=Stablon%02acts")).status).toBe(400);
      const checked = await post("/v1/check", JSON.stringify({ text: "Stablon \u0003acts on glutamate receptors" }));
      expect(checked.status).toBe(422);
    });

    it("refuse them line by line in an import, writing nothing", async () => {
      const lines = [
        { record: "entity", id: "text-import-ok", label: "Fine", kind: "drug" },
        { record: "entity", id: "text-import-bad", label: "Bad\u0002label", kind: "drug" },
        { record: "reference", id: "text-import-ref", type: "webpage", title: "Lone \ud800" },
      ];
      const res = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`,
      });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: Json) => [e.line, e.field, e.rule])).toEqual([
        [2, "label", "control-character"],
        [3, "title", "unicode"],
      ]);
      expect((await harness().fetch("/v1/entities/text-import-ok")).status).toBe(404);
    });
  });

  describe("the search highlighter", () => {
    it("cannot be rigged by stored text: markers, control characters or tags in a statement", async () => {
      const word = `zyxquat${Math.random().toString(36).slice(2, 7)}`;
      const now = new Date().toISOString();
      const row = (id: string, statement: string) => ({
        id,
        statement,
        subjectId: "tianeptine",
        predicate: "enhances-reuptake-of",
        objectId: "serotonin",
        confidence: "unsourced" as const,
        createdAt: now,
        updatedAt: now,
      });
      // Stored as data written before the text rules, bypassing the API.
      await options
        .db()
        .insert(claims)
        .values([
          row(`${word}-plain`, `${word} enhances the reuptake of serotonin.`),
          row(
            `${word}-rigged`,
            `${word} \u0002\u0002\u0002\u0002 enhances \u0003the\u0003 <mark>reuptake</mark> of serotonin.`,
          ),
        ]);
      const res = await getJson(harness(), `/v1/claims?q=${word}`);
      expect(res.status).toBe(200);
      const byId = Object.fromEntries(res.body.items.map((hit: Json) => [hit.id, hit]));
      const plain = byId[`${word}-plain`];
      const rigged = byId[`${word}-rigged`];
      // Four stray U+0002 are not four more matches: the longer statement ranks lower, not higher.
      expect(rigged.score).toBeLessThan(plain.score);
      expect(res.body.items[0].id).toBe(`${word}-plain`);
      expect(plain.snippet).toBe(`<mark>${word}</mark> enhances the reuptake of serotonin.`);
      expect(rigged.snippet).toBe(
        `<mark>${word}</mark> \u0002\u0002\u0002\u0002 enhances \u0003the\u0003 &lt;mark&gt;reuptake&lt;/mark&gt; of serotonin.`,
      );
    });
  });
}
