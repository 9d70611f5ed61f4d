import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/db/client";
import { entities, entityAliases } from "../../src/db/schema";

const now = "2026-01-01T00:00:00.000Z";

/** The atomic-write seam: each runtime's suite runs these over its own driver and migrated database. */
export function storeScenarios(openStore: () => Store | Promise<Store>) {
  describe("Store.runAtomic", () => {
    it("commits every statement of a unit together", async () => {
      const { db, runAtomic } = await openStore();
      await runAtomic([
        db.insert(entities).values({ id: "atomic-ok", label: "Atomic", kind: "other", createdAt: now, updatedAt: now }),
        db.insert(entityAliases).values({ entityId: "atomic-ok", alias: "Atom", key: "atom" }),
      ]);
      expect(await db.select({ id: entities.id }).from(entities).where(eq(entities.id, "atomic-ok"))).toEqual([
        { id: "atomic-ok" },
      ]);
      expect(await db.select().from(entityAliases).where(eq(entityAliases.entityId, "atomic-ok"))).toEqual([
        { entityId: "atomic-ok", alias: "Atom", key: "atom", position: 0 },
      ]);
    });

    it("rolls the whole unit back when one statement fails", async () => {
      const { db, runAtomic } = await openStore();
      const write = runAtomic([
        db.insert(entities).values({ id: "atomic-no", label: "Undone", kind: "other", createdAt: now, updatedAt: now }),
        // The alias names an entity that does not exist: a foreign-key violation, after the first write.
        db.insert(entityAliases).values({ entityId: "no-such-entity", alias: "Nobody", key: "nobody" }),
      ]);
      await expect(write).rejects.toThrow(/FOREIGN KEY/i);
      expect(await db.select().from(entities).where(eq(entities.id, "atomic-no"))).toEqual([]);
    });

    it("does nothing for an empty unit", async () => {
      const { runAtomic } = await openStore();
      await expect(runAtomic([])).resolves.toBeUndefined();
    });
  });
}
