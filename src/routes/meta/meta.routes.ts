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
  description:
    "An interactive API reference (Swagger UI, configured and restyled for accessibility) whose assets are served by this service: it works offline.",
  tags,
  responses: {
    200: { description: "The HTML page.", content: { "text/html": { schema: z.string() } } },
    ...problemResponses(500),
  },
});

/** Swagger UI's files, served from its package (Node) or the Workers static assets. */
export const SWAGGER_UI_ASSETS = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;
export type DocsAsset = (typeof SWAGGER_UI_ASSETS)[number];
/** Every file of /docs: Swagger UI's, and ours that configure and restyle it. */
export const DOCS_ASSETS = [...SWAGGER_UI_ASSETS, "docs.css", "docs.js"] as const;

export const docsAsset = createRoute({
  method: "get",
  path: "/docs/assets/{file}",
  operationId: "getDocsAsset",
  summary: "A static asset of the API reference page",
  description:
    "Swagger UI's script and stylesheet, and the page's own (`docs.js`, `docs.css`), served by this service so `/docs` works offline.",
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
      },
    },
    ...problemResponses(400, 404, 500),
  },
});

export const faviconSvg = createRoute({
  method: "get",
  path: "/favicon.svg",
  operationId: "getFaviconSvg",
  summary: "The site's icon (SVG)",
  description: "The icon the pages and `/docs` name, cached for a day.",
  tags,
  responses: {
    200: { description: "The icon.", content: { "image/svg+xml": { schema: z.string() } } },
    ...problemResponses(500),
  },
});

export const faviconIco = createRoute({
  method: "get",
  path: "/favicon.ico",
  operationId: "getFaviconIco",
  summary: "The site's icon (ICO)",
  description: "The same icon at 32×32 px, where browsers look for one by default; cached for a day.",
  tags,
  responses: {
    200: {
      description: "The icon.",
      content: { "image/vnd.microsoft.icon": { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...problemResponses(500),
  },
});

export type HealthRoute = typeof health;
