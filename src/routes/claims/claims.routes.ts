import { createRoute, z } from "@hono/zod-openapi";
import { CLAIM_STATUS, CONFIDENCE, STANCE } from "../../db/schema";
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, RELEVANCE_WINDOW } from "../../db/search";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { enumListQuery } from "../../lib/query";
import { CLAIM_SORT } from "./claims.queries";
import { ClaimSchema } from "./claims.schemas";

const tags = ["Claims"];

export const ClaimPageSchema = pageOf(
  ClaimSchema,
  "ClaimPage",
  "A page of claims, in the order `sort` asks (relevance with `q`, else id).",
);

const entityName = (name: string, description: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name, in: "query" }, description, example: "Stablon" });

/** Filters, search, order and paging shared by every list of claims (`/v1/claims` and the nested lists). */
export const ClaimFilterQuery = {
  q: z
    .string()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: `Full-text search: claims containing every word of \`q\` (stemmed: "enhances" finds "enhanced") in their statement or in their subject's or object's name or aliases. Only letters and digits count; quotes, operators and symbols are ignored. At most ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_WORDS} different words. Each hit gets a \`score\` and a \`snippet\`.`,
      example: "Stablon serotonin",
    }),
  sort: z
    .enum(CLAIM_SORT)
    .optional()
    .openapi({
      param: { name: "sort", in: "query" },
      description: `\`relevance\` (needs \`q\`; the default with it): best first, ranked within windows of ${RELEVANCE_WINDOW} matches, newest window first. \`updated\`: most recently updated first. \`id\` (the default without \`q\`): by id.`,
      example: "relevance",
    }),
  entity: entityName(
    "entity",
    "Claims whose subject or object is this entity: its id, label or any alias, case-insensitive.",
  ),
  subject: entityName("subject", "Claims whose subject is this entity: its id, label or any alias, case-insensitive."),
  object: entityName("object", "Claims whose object is this entity: its id, label or any alias, case-insensitive."),
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

export type ClaimListQuery = {
  [K in keyof typeof ClaimFilterQuery]: z.infer<(typeof ClaimFilterQuery)[K]>;
};

export const listClaims = createRoute({
  method: "get",
  path: "/v1/claims",
  operationId: "listClaims",
  summary: "List and search claims",
  description:
    "Claims, filtered (filters combine), optionally searched with `q`, in the order `sort` asks. Unknown entity or reference names match nothing.",
  tags,
  request: { query: z.object(ClaimFilterQuery) },
  responses: {
    200: { description: "A page of claims.", content: { "application/json": { schema: ClaimPageSchema } } },
    ...problemResponses(400, 500, 503),
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
