import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../../lib/problem";

const tags = ["Service"];

export const HealthSchema = z
  .object({
    status: z.enum(["ok"]).openapi({ example: "ok" }),
    version: z.string().openapi({ example: "0.1.0" }),
    runtime: z.string().openapi({ description: "Where the service runs: `node` or `workers`.", example: "node" }),
    claims: z.number().int().openapi({ description: "Number of claims stored.", example: 34 }),
  })
  .openapi("Health", { description: "The service answers and its database can be read." });

export const health = createRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  summary: "Health check",
  description: "Answers 200 while the service runs and its database can be read.",
  tags,
  responses: {
    200: { description: "The service is up.", content: { "application/json": { schema: HealthSchema } } },
    ...problemResponses(500),
  },
});

export const openapiDocument = createRoute({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This OpenAPI 3.1 document",
  description: "The specification of this API, generated from its routes (also committed as `openapi/openapi.json`).",
  tags,
  responses: {
    200: {
      description: "The OpenAPI 3.1 document of this service.",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()).openapi({ type: "object" }) } },
    },
    ...problemResponses(500),
  },
});

export const docsPage = createRoute({
  method: "get",
  path: "/docs",
  operationId: "getDocs",
  summary: "API reference page",
  description: "An interactive API reference (Swagger UI) whose assets are served by this service: it works offline.",
  tags,
  responses: {
    200: { description: "The HTML page.", content: { "text/html": { schema: z.string() } } },
    ...problemResponses(500),
  },
});

export const DOCS_ASSETS = ["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"] as const;
export type DocsAsset = (typeof DOCS_ASSETS)[number];

export const docsAsset = createRoute({
  method: "get",
  path: "/docs/assets/{file}",
  operationId: "getDocsAsset",
  summary: "A static asset of the API reference page",
  description: "Swagger UI's script, stylesheet and icon, served by this service so `/docs` works offline.",
  tags,
  request: {
    params: z.object({
      file: z.enum(DOCS_ASSETS).openapi({ param: { name: "file", in: "path" }, example: "swagger-ui.css" }),
    }),
  },
  responses: {
    200: {
      description: "The asset.",
      content: {
        "text/css": { schema: z.string() },
        "text/javascript": { schema: z.string() },
        "image/png": { schema: z.string().openapi({ format: "binary" }) },
      },
    },
    ...problemResponses(400, 404, 500),
  },
});

export type HealthRoute = typeof health;
