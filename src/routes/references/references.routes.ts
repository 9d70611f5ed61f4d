import { createRoute, z } from "@hono/zod-openapi";
import { DESIGN, REFERENCE_TYPE, TIER } from "../../db/schema";
import { formatHeaders, formatQuery } from "../../lib/negotiate";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import {
  createProblems,
  etagHeader,
  IfMatchHeader,
  mergePatchBody,
  ReasonQuery,
  security,
  updateProblems,
  writeHeaders,
  writeMiddleware,
} from "../../lib/writes";
import { ClaimFilterQuery, ClaimPageSchema } from "../claims/claims.routes";
import {
  BibtexSchema,
  CslItemSchema,
  ReferenceInputSchema,
  ReferencePatchSchema,
  ReferenceSchema,
} from "./references.schemas";

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
  description: "References in id order, optionally of one CSL type, tier or design.",
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
      tier: z
        .enum([...TIER, "unknown"])
        .optional()
        .openapi({
          param: { name: "tier", in: "query" },
          description: "Only references of this tier; `unknown`: those whose tier no curator has recorded.",
          example: "primary",
        }),
      design: z
        .enum(DESIGN)
        .optional()
        .openapi({
          param: { name: "design", in: "query" },
          description: "Only primary research of this design.",
          example: "animal",
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
  description:
    "By id, by DOI (`doi:10.…`) or by PubMed id (`pmid:…`). `Accept` or `format` chooses the format: JSON (default), CSL-JSON (`application/vnd.citationstyles.csl+json`, `format=csl`) or BibTeX (`application/x-bibtex`, `format=bibtex`); an `Accept` that allows none is 406.",
  tags,
  request: { params: ReferenceKeyParam, query: z.object({ format: formatQuery(["json", "csl", "bibtex"]) }) },
  responses: {
    200: {
      description: "The reference, in the format `format` or `Accept` asked for.",
      headers: { ...etagHeader, ...formatHeaders },
      content: {
        "application/json": { schema: ReferenceSchema },
        "application/vnd.citationstyles.csl+json": { schema: CslItemSchema },
        "application/x-bibtex": { schema: BibtexSchema },
      },
    },
    304: { description: "Not modified: `If-None-Match` matches the current ETag.", headers: etagHeader },
    ...problemResponses(400, 404, 406, 500),
  },
});

export const listReferenceClaims = createRoute({
  method: "get",
  path: "/v1/references/{id}/claims",
  operationId: "listReferenceClaims",
  summary: "List the claims citing a reference",
  description: "Claims that cite the reference, in id order; the claim-list filters apply.",
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

export const createReference = createRoute({
  method: "post",
  path: "/v1/references",
  operationId: "createReference",
  summary: "Create a reference",
  description:
    "Only known fields: omitted ones stay null. A DOI, PMID or PMCID that another reference has is a 422 (`unique-identifier`). Needs a `write` key.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: { body: { required: true, content: { "application/json": { schema: ReferenceInputSchema } } } },
  responses: {
    201: {
      description: "The created reference.",
      headers: writeHeaders({ created: true }),
      content: { "application/json": { schema: ReferenceSchema } },
    },
    ...createProblems(),
  },
});

export const patchReference = createRoute({
  method: "patch",
  path: "/v1/references/{id}",
  operationId: "patchReference",
  summary: "Change a reference (JSON merge patch)",
  description:
    "Also marks a reference retracted (`retracted`, `retractedAt`, `retractionNotice`): every claim whose supporting references are then all retracted gets `supportRetracted: true` (filter `supportRetracted=true`). A change of `tier` re-weighs every claim citing the reference in the same unit: each gets a new revision (its `basis` changed) and, where the rules now give another level, that level (a level curators chose stays while the rules admit it). Needs a `write` key and `If-Match`.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: ReferenceKeyParam,
    headers: IfMatchHeader,
    query: z.object({ reason: ReasonQuery.optional() }),
    body: mergePatchBody(ReferencePatchSchema),
  },
  responses: {
    200: {
      description: "The changed reference.",
      headers: writeHeaders(),
      content: { "application/json": { schema: ReferenceSchema } },
    },
    ...updateProblems(),
  },
});

export type CreateReferenceRoute = typeof createReference;
export type PatchReferenceRoute = typeof patchReference;
