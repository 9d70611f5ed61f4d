import { beforeAll, describe, expect, it } from "vitest";
import { exportScenarios } from "../scenarios/export.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";
import { seedClaims, seedEntities, seedLiterature, seedPredicates, seedRelations } from "../support/seed";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

exportScenarios(() => harness);

describe("export and import", () => {
  it("re-imports into an empty store as the same data (round trip)", async () => {
    const source = await startNodeApp();
    const dump = await (await source.harness.fetch("/v1/export")).text();
    const target = await startNodeApp({ seed: false });
    const token = await target.harness.createKey("restorer", "admin");
    const imported = await target.harness.fetch("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-ndjson" },
      body: dump,
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({
      dryRun: false,
      created: {
        entities: seedEntities.length,
        references: seedLiterature.length + 1,
        predicates: seedPredicates.length,
        claims: seedClaims.length,
        relations: seedRelations.length,
      },
      unchanged: { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 },
    });
    expect(await (await target.harness.fetch("/v1/export")).text()).toBe(dump);
    const claim = (path: string, app: typeof source) => app.harness.fetch(path).then((r) => r.json());
    const {
      createdAt: _a,
      updatedAt: _b,
      ...original
    } = await claim("/v1/claims/ssre-has-faster-onset-than-ssri", source);
    const {
      createdAt: _c,
      updatedAt: _d,
      ...restored
    } = await claim("/v1/claims/ssre-has-faster-onset-than-ssri", target);
    expect(restored).toEqual(original);
    // A claim with relations: the same relations, the same basis.
    const relatedPath = "/v1/claims/tianeptine-modulates-ampa-receptors";
    const withRelations = (body: { relations: { createdAt?: string }[]; createdAt?: string; updatedAt?: string }) => {
      const { createdAt: _c, updatedAt: _u, ...rest } = body;
      return { ...rest, relations: body.relations.map(({ createdAt: _r, ...relation }) => relation) };
    };
    const sourceClaim = await claim(relatedPath, source);
    expect(sourceClaim.relations).toHaveLength(1);
    expect(withRelations(await claim(relatedPath, target))).toEqual(withRelations(sourceClaim));
  });
});
