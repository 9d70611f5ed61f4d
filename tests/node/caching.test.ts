import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cachingScenarios, corsScenarios } from "../scenarios/caching.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
let app: Awaited<ReturnType<typeof startNodeApp>>["app"];
beforeAll(async () => {
  ({ harness, app } = await startNodeApp());
});

cachingScenarios(() => harness);
corsScenarios(() => harness);

describe("HTTP caching on Node", () => {
  it("digests a JSON body from the text the handler answered with, never reading the answer back", async () => {
    // Reading it back (a clone) turns the Node adapter's plain answer into a web stream it then reads.
    const clone = vi.spyOn(Response.prototype, "clone");
    try {
      for (const path of [
        "/v1/claims?limit=5",
        "/v1/claims?q=tianeptine",
        "/v1/entities",
        "/v1/entities/tianeptine/claims?q=serotonin",
        "/v1/references/wagstaff2001/claims",
        "/openapi.json",
      ]) {
        // The app itself: the harness reads a clone of each answer to check it against the spec.
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        const digest = createHash("sha256")
          .update(Buffer.from(await res.arrayBuffer()))
          .digest()
          .subarray(0, 18)
          .toString("base64url");
        expect(res.headers.get("etag"), path).toBe(`"${digest}"`);
      }
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
    }
  });
});
