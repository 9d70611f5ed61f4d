import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { getJson, PROBLEM_TYPE } from "../support/harness";
import { D1_FULL_ERROR } from "./d1-guard";
import { withFullDatabase, workerHarness } from "./harness";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
});

describe("a D1 database at its size limit", () => {
  // Local D1 has no size limit and no PRAGMA max_page_count: the guard refuses writes with D1's own error.
  it(`answers writes 507 with Retry-After (D1: "${D1_FULL_ERROR}"), writes nothing, and keeps serving reads`, async () => {
    const token = await workerHarness.createKey("full-writer", "admin");
    const post = (path: string, body: string, type = "application/json") =>
      getJson(workerHarness, path, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": type },
        body,
      });
    const entity = JSON.stringify({ id: "too-late", label: "Too late", kind: "drug" });
    await withFullDatabase(async () => {
      for (const res of [
        await post("/v1/entities", entity),
        await post(
          "/v1/import",
          `${JSON.stringify({ record: "entity", id: "too-late-2", label: "Late", kind: "drug" })}\n`,
          "application/x-ndjson",
        ),
      ]) {
        expect(res.status).toBe(507);
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.headers.get("retry-after")).toBe("60");
        expect(res.body).toMatchObject({ type: "/problems/insufficient-storage", status: 507 });
      }
      expect((await getJson(workerHarness, "/v1/claims/tianeptine-is-an-ssre")).status).toBe(200);
      expect((await getJson(workerHarness, "/v1/claims?q=tianeptine")).body.items.length).toBeGreaterThan(0);
      expect((await getJson(workerHarness, "/v1/entities/too-late")).status).toBe(404);
    });
    expect((await post("/v1/entities", entity)).status).toBe(201);
  });
});
