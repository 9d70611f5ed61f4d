import { describe, expect, it } from "vitest";
import type { Harness } from "../support/harness";
import { seedClaims, seedEntities, seedLiterature, seedRelations } from "../support/seed";

/**
 * The NDJSON export; each runtime runs it. `encodedBy` says who gzips the body: the app (Node), or the
 * runtime on its way out (workerd, whose in-process `fetch` still holds the plain body; the real
 * compression is tested over HTTP in tests/node/worker-http.test.ts).
 */
export function exportScenarios(
  harness: () => Harness,
  options: { encodedBy: "app" | "runtime" } = { encodedBy: "app" },
) {
  describe("GET /v1/export", () => {
    it("streams every entity, reference and claim as typed NDJSON records", async () => {
      const h = harness();
      const res = await h.fetch("/v1/export");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
      const lines = (await res.text())
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      const count = (record: string) => lines.filter((line) => line.record === record).length;
      expect([count("entity"), count("reference"), count("claim"), count("relation")]).toEqual([
        seedEntities.length,
        seedLiterature.length + 1,
        seedClaims.length,
        seedRelations.length,
      ]);
      expect(lines.find((line) => line.id === "wagstaff2001")).toEqual({
        record: "reference",
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
        note: "Probably the article's [1] (inferred; no source confirms it).",
        tier: "secondary",
        seenAt: expect.any(Array),
      });
    });

    it("gzips when the client accepts it, once", async () => {
      const h = harness();
      const plain = await (await h.fetch("/v1/export")).text();
      const res = await h.fetch("/v1/export", { headers: { "Accept-Encoding": "gzip, br" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("vary")).toContain("Accept-Encoding");
      if (options.encodedBy === "runtime") {
        expect(await res.text()).toBe(plain);
        return;
      }
      const body = res.body?.pipeThrough(
        new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>,
      );
      expect(await new Response(body).text()).toBe(plain);
    });
  });
}
