import { createRoute, z } from "@hono/zod-openapi";
import { MAX_CHECK_TEXT } from "../check/mentions";
import { CONFIDENCE } from "../db/schema";
import { ProblemSchema, RETRY_AFTER_HEADER } from "../lib/problem";

const tags = ["Pages"];

const html = { "text/html": { schema: z.string().openapi({ description: "An HTML document." }) } };

const pageHeaders = {
  ETag: { description: "Weak ETag of the page, for `If-None-Match`.", schema: { type: "string" as const } },
  "Cache-Control": {
    description: "`no-cache`: keep it, but ask again (a 304 is cheap).",
    schema: { type: "string" as const },
  },
};

function page(description: string) {
  return {
    200: { description, headers: pageHeaders, content: html },
    304: { description: "Not modified: `If-None-Match` matches the page's ETag.", headers: pageHeaders },
  };
}

/** Error responses of a page: an HTML page for a browser (`Accept: text/html`), problem+json otherwise. */
function pageErrors<C extends 400 | 404 | 503>(...codes: C[]) {
  const descriptions = {
    400: "A parameter is invalid: for a browser an HTML page that names it, for other clients problem+json.",
    404: "No such resource: for a browser an HTML page, for other clients problem+json.",
    500: "An unexpected error: for a browser an HTML page, for other clients problem+json.",
    503: "The search or check was turned away (too much work waiting) or ran over its time budget: for a browser an HTML page, for other clients problem+json; `Retry-After` says when to try again.",
  };
  const content = { ...html, "application/problem+json": { schema: ProblemSchema } };
  const out = {} as {
    [K in C | 500]: { description: string; content: typeof content; headers?: typeof RETRY_AFTER_HEADER };
  };
  for (const code of [...codes, 500 as const])
    out[code] = { description: descriptions[code], content, ...(code === 503 && { headers: RETRY_AFTER_HEADER }) };
  return out;
}

const IdParam = (description: string, example: string) =>
  z.object({
    id: z
      .string()
      .min(1)
      .max(300)
      .openapi({ param: { name: "id", in: "path" }, description, example }),
  });

const CursorParam = z
  .string()
  .max(512)
  .optional()
  .openapi({
    param: { name: "cursor", in: "query" },
    description: "Where the page starts, from its “Next page” link.",
  });

export const homePage = createRoute({
  method: "get",
  path: "/",
  operationId: "getHomePage",
  summary: "Home page: search and filter claims",
  description:
    "The published claims, a page at a time, with a search form whose fields are these parameters. Same filters as `GET /v1/claims`.",
  tags,
  request: {
    query: z.object({
      q: z
        .string()
        .max(500)
        .optional()
        .openapi({
          param: { name: "q", in: "query" },
          description: "What the reader searches for.",
          example: "Stablon",
        }),
      entity: z
        .string()
        .max(200)
        .optional()
        .openapi({
          param: { name: "entity", in: "query" },
          description: "Claims about this entity: id, label or alias (`tianeptine`, `Stablon`).",
        }),
      confidence: z
        .enum(["", ...CONFIDENCE])
        .optional()
        .openapi({
          param: { name: "confidence", in: "query" },
          description: "One confidence value; empty for any.",
        }),
      predicate: z
        .string()
        .max(100)
        .optional()
        .openapi({
          param: { name: "predicate", in: "query" },
          description: "Exact predicate (`has-faster-onset-than`); empty for any.",
        }),
      cursor: CursorParam,
    }),
  },
  responses: { ...page("The home page."), ...pageErrors(400, 503) },
});

export const claimPage = createRoute({
  method: "get",
  path: "/claims/{id}",
  operationId: "getClaimPage",
  summary: "A claim's page",
  description:
    "The claim for people: statement, confidence, evidence, citations by stance, history and links to its formats, with ClaimReview JSON-LD, a canonical link and Open Graph tags.",
  tags,
  request: { params: IdParam("The claim's id.", "ssre-has-faster-onset-than-ssri") },
  responses: { ...page("The claim's page."), ...pageErrors(400, 404) },
});

export const referencePage = createRoute({
  method: "get",
  path: "/references/{id}",
  operationId: "getReferencePage",
  summary: "A reference's page",
  description: "The reference, where to read it, and the claims that cite it, grouped by stance.",
  tags,
  request: {
    params: IdParam("The reference's id, `doi:10.…` or `pmid:…`.", "wagstaff2001"),
    query: z.object({ cursor: CursorParam }),
  },
  responses: { ...page("The reference's page."), ...pageErrors(400, 404) },
});

export const entityPage = createRoute({
  method: "get",
  path: "/entities/{id}",
  operationId: "getEntityPage",
  summary: "An entity's page",
  description: "The entity, its aliases, and the claims with it as subject or object.",
  tags,
  request: {
    params: IdParam("The entity's id, label or alias.", "tianeptine"),
    query: z.object({ cursor: CursorParam }),
  },
  responses: { ...page("The entity's page."), ...pageErrors(400, 404) },
});

export const checkPage = createRoute({
  method: "get",
  path: "/check",
  operationId: "getCheckPage",
  summary: "Check a sentence",
  description:
    "A form; with `text`, the entities the text names and the published claims about them, with their confidence. No verdict.",
  tags,
  request: {
    query: z.object({
      text: z
        .string()
        .max(MAX_CHECK_TEXT)
        .optional()
        .openapi({
          param: { name: "text", in: "query" },
          description: "The sentence to check.",
          example: "Stablon enhances serotonin reuptake.",
        }),
    }),
  },
  responses: { ...page("The check page."), ...pageErrors(400, 503) },
});

export type HomePageRoute = typeof homePage;
export type ClaimPageRoute = typeof claimPage;
export type ReferencePageRoute = typeof referencePage;
export type EntityPageRoute = typeof entityPage;
export type CheckPageRoute = typeof checkPage;
