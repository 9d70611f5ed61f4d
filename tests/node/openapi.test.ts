import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderOpenApiDocument } from "../../src/openapi";
import { startNodeApp } from "../support/node-app";

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  parameters?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const committed = readFileSync(new URL("../../openapi/openapi.json", import.meta.url), "utf8");
const spec = JSON.parse(committed);

describe("openapi/openapi.json", () => {
  it("is what `npm run openapi` generates from the routes (run it after changing a route)", () => {
    expect(renderOpenApiDocument()).toBe(committed);
  });

  it("is what GET /openapi.json serves", async () => {
    const { harness } = await startNodeApp({ seed: false });
    const res = await harness.fetch("/openapi.json");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(spec);
  });

  it("declares problem+json errors, an operationId, a summary and tags on every operation", () => {
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(operation.summary, where).toBeTruthy();
        expect(operation.tags?.length, where).toBe(1);
        expect(operation.responses["500"]?.content?.["application/problem+json"]?.schema, where).toEqual({
          $ref: "#/components/schemas/Problem",
        });
        if (operation.parameters?.length) expect(operation.responses["400"], where).toBeDefined();
      }
    }
  });

  it("names its schemas as components, with examples from the seed", () => {
    const schemas = spec.components.schemas;
    for (const name of ["Claim", "Citation", "Reference", "Entity", "Problem", "ClaimPage", "Confidence", "Stance"]) {
      expect(schemas[name], name).toBeDefined();
      expect(schemas[name].description, name).toBeTruthy();
    }
    expect(schemas.Entity.properties.aliases.example).toEqual(["Stablon", "Coaxil", "Tatinol"]);
  });
});
