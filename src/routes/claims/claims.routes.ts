import { createRoute, z } from "@hono/zod-openapi";
import { CLAIM_STATUS, CONFIDENCE, STANCE } from "../../db/schema";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { enumListQuery } from "../../lib/query";
import { ClaimSchema } from "./claims.schemas";

const tags = ["Claims"];

export const ClaimPageSchema = pageOf(ClaimSchema, "ClaimPage", "A page of claims in id order.");

/** Filters shared by every list of claims (`/v1/claims` and the nested lists). */
export const ClaimFilterQuery = {
  predicate: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "predicate", in: "query" },
      description: "Exact predicate.",
      example: "alters-activity-of",
    }),
  confidence: enumListQuery(CONFIDENCE, {
    name: "confidence",
    description: "One or more confidence values, comma-separated.",
    example: ["established", "supported"],
  }),
  status: enumListQuery(CLAIM_STATUS, {
    name: "status",
    description: "One or more lifecycle statuses, comma-separated. Default: `published`.",
    example: ["published"],
  }),
  stance: z
    .enum(STANCE)
    .optional()
    .openapi({
      param: { name: "stance", in: "query" },
      description: "Only claims with a citation of this stance (of `reference`, when given).",
      example: "contradicts",
    }),
  limit: LimitQuery,
  cursor: CursorQuery,
};

export const listClaims = createRoute({
  method: "get",
  path: "/v1/claims",
  operationId: "listClaims",
  summary: "List claims",
  description: "Claims in id order, filtered. Unknown entity or reference names match nothing.",
  tags,
  request: {
    query: z.object({
      entity: z
        .string()
        .min(1)
        .max(200)
        .optional()
        .openapi({
          param: { name: "entity", in: "query" },
          description: "Claims whose subject or object is this entity: its id, label or any alias, case-insensitive.",
          example: "Stablon",
        }),
      reference: z
        .string()
        .min(1)
        .max(300)
        .optional()
        .openapi({
          param: { name: "reference", in: "query" },
          description: "Claims citing this reference: its id, `doi:…` or `pmid:…`.",
          example: "doi:10.2165/00023210-200115030-00006",
        }),
      ...ClaimFilterQuery,
    }),
  },
  responses: {
    200: { description: "A page of claims.", content: { "application/json": { schema: ClaimPageSchema } } },
    ...problemResponses(400, 500),
  },
});

export const ClaimIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "tianeptine-modulates-ampa-receptors" }),
});

export const getClaim = createRoute({
  method: "get",
  path: "/v1/claims/{id}",
  operationId: "getClaim",
  summary: "Get a claim",
  description: "One claim with its citations; `include=references` embeds the cited references in full.",
  tags,
  request: {
    params: ClaimIdParam,
    query: z.object({
      include: z
        .enum(["references"])
        .optional()
        .openapi({
          param: { name: "include", in: "query" },
          description: "Embed the cited references.",
          example: "references",
        }),
    }),
  },
  responses: {
    200: { description: "The claim.", content: { "application/json": { schema: ClaimSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export type ListClaimsRoute = typeof listClaims;
export type GetClaimRoute = typeof getClaim;
