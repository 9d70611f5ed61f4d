import { createRoute, z } from "@hono/zod-openapi";
import { ENTITY_KIND } from "../../db/schema";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { ClaimFilterQuery, ClaimPageSchema } from "../claims/claims.routes";
import { EntitySchema } from "./entities.schemas";

const tags = ["Entities"];

export const EntityPageSchema = pageOf(EntitySchema, "EntityPage", "A page of entities in id order.");

const EntityKeyParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({
      param: { name: "id", in: "path" },
      description: "The entity's id, label or any alias, case-insensitive.",
      example: "tianeptine",
    }),
});

export const listEntities = createRoute({
  method: "get",
  path: "/v1/entities",
  operationId: "listEntities",
  summary: "List entities",
  tags,
  request: {
    query: z.object({
      kind: z
        .enum(ENTITY_KIND)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, description: "Only entities of this kind.", example: "drug" }),
      limit: LimitQuery,
      cursor: CursorQuery,
    }),
  },
  responses: {
    200: { description: "A page of entities.", content: { "application/json": { schema: EntityPageSchema } } },
    ...problemResponses(400, 500),
  },
});

export const getEntity = createRoute({
  method: "get",
  path: "/v1/entities/{id}",
  operationId: "getEntity",
  summary: "Get an entity",
  tags,
  request: { params: EntityKeyParam },
  responses: {
    200: { description: "The entity.", content: { "application/json": { schema: EntitySchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const listEntityClaims = createRoute({
  method: "get",
  path: "/v1/entities/{id}/claims",
  operationId: "listEntityClaims",
  summary: "List the claims about an entity",
  description: "Claims whose subject or object is the entity.",
  tags,
  request: { params: EntityKeyParam, query: z.object(ClaimFilterQuery).omit({ entity: true }) },
  responses: {
    200: {
      description: "A page of claims about the entity.",
      content: { "application/json": { schema: ClaimPageSchema } },
    },
    ...problemResponses(400, 404, 500, 503),
  },
});

export type ListEntitiesRoute = typeof listEntities;
export type GetEntityRoute = typeof getEntity;
export type ListEntityClaimsRoute = typeof listEntityClaims;
