import { createRoute, z } from "@hono/zod-openapi";
import { REFERENCE_TYPE } from "../../db/schema";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { ClaimFilterQuery, ClaimPageSchema } from "../claims/claims.routes";
import { ReferenceSchema } from "./references.schemas";

const tags = ["References"];

export const ReferencePageSchema = pageOf(ReferenceSchema, "ReferencePage", "A page of references in id order.");

const ReferenceKeyParam = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({
      param: { name: "id", in: "path" },
      description:
        "The reference's id, `doi:10.…` (case-insensitive; its `/` may be sent as is or as `%2F`) or `pmid:…`.",
      example: "doi:10.1038/mp.2009.80",
    }),
});

export const listReferences = createRoute({
  method: "get",
  path: "/v1/references",
  operationId: "listReferences",
  summary: "List references",
  tags,
  request: {
    query: z.object({
      type: z
        .enum(REFERENCE_TYPE)
        .optional()
        .openapi({
          param: { name: "type", in: "query" },
          description: "Only references of this CSL type.",
          example: "article-journal",
        }),
      limit: LimitQuery,
      cursor: CursorQuery,
    }),
  },
  responses: {
    200: { description: "A page of references.", content: { "application/json": { schema: ReferencePageSchema } } },
    ...problemResponses(400, 500),
  },
});

export const getReference = createRoute({
  method: "get",
  path: "/v1/references/{id}",
  operationId: "getReference",
  summary: "Get a reference",
  description: "By id, by DOI (`doi:10.…`) or by PubMed id (`pmid:…`).",
  tags,
  request: { params: ReferenceKeyParam },
  responses: {
    200: { description: "The reference.", content: { "application/json": { schema: ReferenceSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const listReferenceClaims = createRoute({
  method: "get",
  path: "/v1/references/{id}/claims",
  operationId: "listReferenceClaims",
  summary: "List the claims citing a reference",
  tags,
  request: { params: ReferenceKeyParam, query: z.object(ClaimFilterQuery).omit({ reference: true }) },
  responses: {
    200: {
      description: "A page of claims citing the reference.",
      content: { "application/json": { schema: ClaimPageSchema } },
    },
    ...problemResponses(400, 404, 500, 503),
  },
});

export type ListReferencesRoute = typeof listReferences;
export type GetReferenceRoute = typeof getReference;
export type ListReferenceClaimsRoute = typeof listReferenceClaims;
