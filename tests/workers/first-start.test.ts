import { env } from "cloudflare:workers";
import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { claims } from "../../src/db/schema";
import { getJson } from "../support/harness";
import { seedClaims } from "../support/seed";
import { workerHarness } from "./harness";

// This file's D1 is migrated (setup.ts) but not seeded.
describe("the worker on an empty D1", () => {
  it("seeds it on the first request, once, as the Node server does on start", async () => {
    const { db } = openD1Store(env.DB);
    expect(await db.select({ n: count() }).from(claims)).toEqual([{ n: 0 }]);
    const answers = await Promise.all([1, 2, 3].map(() => getJson(workerHarness, "/health")));
    for (const answer of answers) expect(answer.body.claims).toBe(seedClaims.length);
    expect(await db.select({ n: count() }).from(claims)).toEqual([{ n: seedClaims.length }]);
  });
});
