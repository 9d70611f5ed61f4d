import { createRoute, z } from "@hono/zod-openapi";
import { RELATION_TYPE } from "../../db/schema";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { IfMatchHeader, ReasonQuery, security, updateProblems, writeHeaders, writeMiddleware } from "../../lib/writes";
import { ClaimIdParam } from "../claims/claims.routes";
import { ClaimSchema, RelationSchema } from "../claims/claims.schemas";
import { RelationInputSchema } from "./relations.schemas";

const tags = ["Relations"];

export const RelationPageSchema = pageOf(
  RelationSchema,
  "RelationPage",
  "A page of a claim's relations in both directions, by type, then `from`, then `to`.",
);

const RelationParams = ClaimIdParam.extend({
  type: z.enum(RELATION_TYPE).openapi({ param: { name: "type", in: "path" }, example: "supersedes" }),
  to: z
    .string()
    .min(1)
    .max(200)
    .openapi({
      param: { name: "to", in: "path" },
      description: "The other claim (for `contradicts` and `same-as`, the relation may have been stated either way).",
      example: "tianeptine-may-allosterically-modulate-serotonin-transporter",
    }),
});

export const listRelations = createRoute({
  method: "get",
  path: "/v1/claims/{id}/relations",
  operationId: "listRelations",
  summary: "A claim's relations",
  description:
    "The relations of a claim with other claims, in both directions: those it states (`from` is the claim) and those stated about it (`to` is the claim). The same list as the claim's `relations`, paged and filterable.",
  tags,
  request: {
    params: ClaimIdParam,
    query: z.object({
      type: z
        .enum(RELATION_TYPE)
        .optional()
        .openapi({
          param: { name: "type", in: "query" },
          description: "Only relations of this type (`supersedes`).",
        }),
      direction: z
        .enum(["outgoing", "incoming"])
        .optional()
        .openapi({
          param: { name: "direction", in: "query" },
          description: "`outgoing`: those the claim states; `incoming`: those stated about it.",
        }),
      limit: LimitQuery,
      cursor: CursorQuery,
    }),
  },
  responses: {
    200: { description: "A page of relations.", content: { "application/json": { schema: RelationPageSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const getRelation = createRoute({
  method: "get",
  path: "/v1/claims/{id}/relations/{type}/{to}",
  operationId: "getRelation",
  summary: "Get one relation",
  description:
    "The relation of type `type` from claim `id` to claim `to` — or, for the symmetric types (`contradicts`, `same-as`), between them either way.",
  tags,
  request: { params: RelationParams },
  responses: {
    200: { description: "The relation.", content: { "application/json": { schema: RelationSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const addRelation = createRoute({
  method: "post",
  path: "/v1/claims/{id}/relations",
  operationId: "addRelation",
  summary: "Relate a claim to another",
  description:
    "States a relation from the claim to claim `to`, with the sources that establish it. Both claims get a new revision and a `relate` change in their history and the feed. A claim related to itself (`no-self-relation`), a `supersedes` that would close a cycle (`no-supersedes-cycle`: an account cannot, through later ones, replace itself), an unknown claim (`existing-claim`) or reference (`existing-reference`) are 422; the same relation again (either way round for `contradicts` and `same-as`) is 409. Answers the claim; `Location` names the relation. Needs a `write` key and `If-Match` with the claim's ETag.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: ClaimIdParam,
    headers: IfMatchHeader,
    query: z.object({ reason: ReasonQuery.optional() }),
    body: { required: true, content: { "application/json": { schema: RelationInputSchema } } },
  },
  responses: {
    201: {
      description: "The claim with its new relation.",
      headers: writeHeaders({ created: true }),
      content: { "application/json": { schema: ClaimSchema } },
    },
    ...updateProblems(),
  },
});

export const removeRelation = createRoute({
  method: "delete",
  path: "/v1/claims/{id}/relations/{type}/{to}",
  operationId: "removeRelation",
  summary: "Remove a relation",
  description:
    "Removes the relation (for `contradicts` and `same-as`, stated either way). Both claims get a new revision and an `unrelate` change; the history keeps the relation. Answers the claim of the path. Needs a `write` key and `If-Match` with that claim's ETag.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: false }),
  request: { params: RelationParams, headers: IfMatchHeader, query: z.object({ reason: ReasonQuery.optional() }) },
  responses: {
    200: {
      description: "The claim without the relation.",
      headers: writeHeaders(),
      content: { "application/json": { schema: ClaimSchema } },
    },
    ...updateProblems(),
  },
});

export type ListRelationsRoute = typeof listRelations;
export type GetRelationRoute = typeof getRelation;
export type AddRelationRoute = typeof addRelation;
export type RemoveRelationRoute = typeof removeRelation;
