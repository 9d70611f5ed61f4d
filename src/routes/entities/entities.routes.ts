import { createRoute, z } from "@hono/zod-openapi";
import { ENTITY_KIND } from "../../db/schema";
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
import { EntityInputSchema, EntityPatchSchema, EntitySchema } from "./entities.schemas";

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
  description: "Entities in id order, optionally of one kind.",
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
  description: "An entity with its aliases, by id, label or alias (case-insensitive).",
  tags,
  request: { params: EntityKeyParam },
  responses: {
    200: { description: "The entity.", headers: etagHeader, content: { "application/json": { schema: EntitySchema } } },
    304: { description: "Not modified: `If-None-Match` matches the current ETag.", headers: etagHeader },
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

export const createEntity = createRoute({
  method: "post",
  path: "/v1/entities",
  operationId: "createEntity",
  summary: "Create an entity",
  description: "Each alias must name no other entity (422 `unique-alias`). Needs a `write` key.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: { body: { required: true, content: { "application/json": { schema: EntityInputSchema } } } },
  responses: {
    201: {
      description: "The created entity.",
      headers: writeHeaders({ created: true }),
      content: { "application/json": { schema: EntitySchema } },
    },
    ...createProblems(),
  },
});

export const patchEntity = createRoute({
  method: "patch",
  path: "/v1/entities/{id}",
  operationId: "patchEntity",
  summary: "Change an entity or its aliases (JSON merge patch)",
  description: "Needs a `write` key and `If-Match`.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: EntityKeyParam,
    headers: IfMatchHeader,
    query: z.object({ reason: ReasonQuery.optional() }),
    body: mergePatchBody(EntityPatchSchema),
  },
  responses: {
    200: {
      description: "The changed entity.",
      headers: writeHeaders(),
      content: { "application/json": { schema: EntitySchema } },
    },
    ...updateProblems(),
  },
});

export type CreateEntityRoute = typeof createEntity;
export type PatchEntityRoute = typeof patchEntity;
