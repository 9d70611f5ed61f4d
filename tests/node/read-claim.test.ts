import { afterAll, describe, expect, it } from "vitest";
import { openNodeStore } from "../../src/db/node";
import { claims } from "../../src/db/schema";
import { loadClaimState } from "../../src/routes/claims/claims.queries";
import { loadSeed } from "../../src/seed/load";

describe("the Node store's prepared by-id read of a claim", () => {
  const store = openNodeStore(":memory:");
  afterAll(() => store.close());

  it("reads every seeded claim exactly as the Drizzle read does, citations in the same order", async () => {
    await loadSeed(store);
    const ids = (await store.db.select({ id: claims.id }).from(claims)).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(store.readClaim?.(id)).toStrictEqual(await loadClaimState(store.db, id));
  });

  it("answers null for an unknown id", () => {
    expect(store.readClaim?.("no-such-claim")).toBeNull();
  });
});
