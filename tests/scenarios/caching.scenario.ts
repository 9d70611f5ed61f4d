import { describe, expect, it } from "vitest";
import type { Harness } from "../support/harness";

/** HTTP caching of reads; each runtime runs it. */
export function cachingScenarios(harness: () => Harness) {
  describe("HTTP caching", () => {
    it("gives a claim a strong ETag from its revision, Last-Modified, and a CDN-friendly Cache-Control", async () => {
      const res = await harness().fetch("/v1/claims/tianeptine-is-an-ssre");
      expect(res.headers.get("etag")).toBe('"r1"');
      expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=300");
      const body = (await res.json()) as { updatedAt: string };
      expect(res.headers.get("last-modified")).toBe(new Date(body.updatedAt).toUTCString());
    });

    it("answers If-None-Match with 304 and no body, keeping X-Request-Id", async () => {
      for (const path of ["/v1/claims/tianeptine-is-an-ssre", "/v1/claims?limit=5", "/v1/entities", "/openapi.json"]) {
        const first = await harness().fetch(path);
        const etag = first.headers.get("etag") ?? "";
        expect(etag, path).toMatch(/^"[\w-]+"$/);
        const second = await harness().fetch(path, { headers: { "If-None-Match": etag } });
        expect(second.status, path).toBe(304);
        expect(await second.text()).toBe("");
        expect(second.headers.get("etag")).toBe(etag);
        expect(second.headers.get("x-request-id")).toMatch(/\S/);
        const weak = await harness().fetch(path, { headers: { "If-None-Match": `W/${etag}, "other"` } });
        expect(weak.status, path).toBe(304);
      }
    });

    it("gives a list an ETag that covers its data: another page or filter, another tag", async () => {
      const tag = async (path: string) => (await harness().fetch(path)).headers.get("etag");
      expect(await tag("/v1/claims?limit=5")).toBe(await tag("/v1/claims?limit=5"));
      expect(await tag("/v1/claims?limit=5")).not.toBe(await tag("/v1/claims?limit=6"));
      expect(await tag("/v1/claims?confidence=contested")).not.toBe(await tag("/v1/claims?confidence=established"));
    });

    it("keeps the change feed fresh and errors uncached", async () => {
      expect((await harness().fetch("/v1/changes")).headers.get("cache-control")).toBe("no-cache");
      expect((await harness().fetch("/v1/claims/nope")).headers.get("cache-control")).toBeNull();
    });
  });
}

/** CORS for reads; each runtime runs it. */
export function corsScenarios(harness: () => Harness) {
  describe("CORS", () => {
    it("lets any origin read, exposing the headers a client needs", async () => {
      const res = await harness().fetch("/v1/claims/tianeptine-is-an-ssre", {
        headers: { Origin: "https://example.org" },
      });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")?.split(",")).toEqual(
        expect.arrayContaining(["ETag", "Link", "Location", "X-Request-Id"]),
      );
    });

    it("gives a write no CORS headers, answered or refused", async () => {
      const token = await harness().createKey(`cors-${Math.random().toString(36).slice(2, 8)}`, "write");
      for (const auth of [{}, { Authorization: `Bearer ${token}` }] as Record<string, string>[]) {
        const res = await harness().fetch("/v1/references", {
          method: "POST",
          headers: { Origin: "https://example.org", "Content-Type": "application/json", ...auth },
          body: JSON.stringify({ type: "webpage", title: "A page written cross-origin" }),
        });
        expect([401, 201]).toContain(res.status);
        expect(res.headers.get("access-control-allow-origin")).toBeNull();
        expect(res.headers.get("access-control-expose-headers")).toBeNull();
      }
      const read = await harness().fetch("/v1/references/wagstaff2001", { headers: { Origin: "https://example.org" } });
      expect(read.headers.get("access-control-allow-origin")).toBe("*");
    });

    it("allows reads, not writes, in a preflight", async () => {
      const res = await harness().fetch("/v1/claims", {
        method: "OPTIONS",
        headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST" },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-methods")).toBe("GET,HEAD");
    });
  });
}
