import { createRoute, z } from "@hono/zod-openapi";
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
import { PredicateInputSchema, PredicatePatchSchema, PredicateSchema } from "./predicates.schemas";

const tags = ["Predicates"];

export const PredicatePageSchema = pageOf(PredicateSchema, "PredicatePage", "A page of predicates in id order.");

const PredicateParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({
      param: { name: "id", in: "path" },
      description: "The predicate's slug.",
      example: "enhances-reuptake-of",
    }),
});

export const listPredicates = createRoute({
  method: "get",
  path: "/v1/predicates",
  operationId: "listPredicates",
  summary: "List predicates",
  description:
    "The predicate vocabulary in id order: every predicate a curator described or a claim uses, with its phrasings, opposite and grammar — what `/v1/check` knows of the dataset's verbs.",
  tags,
  request: { query: z.object({ limit: LimitQuery, cursor: CursorQuery }) },
  responses: {
    200: { description: "A page of predicates.", content: { "application/json": { schema: PredicatePageSchema } } },
    ...problemResponses(400, 500),
  },
});

export const getPredicate = createRoute({
  method: "get",
  path: "/v1/predicates/{id}",
  operationId: "getPredicate",
  summary: "Get a predicate",
  description: "A predicate's vocabulary row, or the defaults read from its slug when no curator described it.",
  tags,
  request: { params: PredicateParam },
  responses: {
    200: {
      description: "The predicate.",
      headers: etagHeader,
      content: { "application/json": { schema: PredicateSchema } },
    },
    304: { description: "Not modified: `If-None-Match` matches the current ETag.", headers: etagHeader },
    ...problemResponses(400, 404, 500),
  },
});

export type ListPredicatesRoute = typeof listPredicates;
export type GetPredicateRoute = typeof getPredicate;

export const createPredicate = createRoute({
  method: "post",
  path: "/v1/predicates",
  operationId: "createPredicate",
  summary: "Describe a predicate",
  description:
    "Writes a predicate's vocabulary row: its phrasings, its opposite, the predicate it denies, whether it is symmetric or states membership. 409 when it is already described. Needs a `write` key.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: { body: { required: true, content: { "application/json": { schema: PredicateInputSchema } } } },
  responses: {
    201: {
      description: "The described predicate.",
      headers: writeHeaders({ created: true }),
      content: { "application/json": { schema: PredicateSchema } },
    },
    ...createProblems(),
  },
});

export const patchPredicate = createRoute({
  method: "patch",
  path: "/v1/predicates/{id}",
  operationId: "patchPredicate",
  summary: "Change a predicate (JSON merge patch)",
  description: 'Needs a `write` key and `If-Match` (`"r0"` for a predicate not yet described).',
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: PredicateParam,
    headers: IfMatchHeader,
    query: z.object({ reason: ReasonQuery.optional() }),
    body: mergePatchBody(PredicatePatchSchema),
  },
  responses: {
    200: {
      description: "The changed predicate.",
      headers: writeHeaders(),
      content: { "application/json": { schema: PredicateSchema } },
    },
    ...updateProblems(),
  },
});

export type CreatePredicateRoute = typeof createPredicate;
export type PatchPredicateRoute = typeof patchPredicate;
