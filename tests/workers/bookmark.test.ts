import { env } from "cloudflare:workers";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { entities } from "../../src/db/schema";
import { loadSeed } from "../../src/seed/load";
import { getJson } from "../support/harness";
import { workerHarness } from "./harness";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
});

describe("D1 read replication (Sessions API)", () => {
  it("returns the session's bookmark with every answer that read D1, errors included", async () => {
    for (const path of [
      "/health",
      "/v1/claims?limit=2",
      "/v1/entities/tianeptine",
      "/v1/claims/no-such-claim",
      "/v1/export",
    ]) {
      const res = await workerHarness.fetch(path);
      expect(res.headers.get("x-d1-bookmark"), path).toMatch(BOOKMARK);
    }
  });

  it("lets a writer read its own write by sending back the write's bookmark", async () => {
    const writer = openD1Store(env.DB, { session: "first-primary" });
    await writer.runAtomic([
      writer.db
        .update(entities)
        .set({ label: "Tianeptine (renamed)", revision: sql`${entities.revision} + 1` })
        .where(eq(entities.id, "tianeptine")),
    ]);
    const bookmark = writer.bookmark?.() ?? "";
    expect(bookmark).toMatch(BOOKMARK);

    const res = await getJson(workerHarness, "/v1/entities/tianeptine", { headers: { "X-D1-Bookmark": bookmark } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ label: "Tianeptine (renamed)", revision: 2 });
    // The answer's bookmark is never older than the one sent.
    expect((res.headers.get("x-d1-bookmark") ?? "") >= bookmark).toBe(true);
  });

  it("uses the binding directly, without a bookmark, when no session is asked for", () => {
    expect(openD1Store(env.DB).bookmark).toBeUndefined();
  });
});
