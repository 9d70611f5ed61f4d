import type { Context } from "hono";
import { invalidCursor, notFound } from "../../lib/errors";
import { httpDate, ifMatchFailure, noneMatch, revisionTag } from "../../lib/etag";
import { afterIdOf, pageBody } from "../../lib/list";
import { refusal, writerOf } from "../../lib/outcome";
import type { AppEnv, AppRouteHandler } from "../../types";
import { type ClaimPageBody, claimPage, servePage } from "../claims/claims.handlers";
import { CLAIM_JSON, type ClaimForm } from "../claims/claims.queries";
import type { ClaimListQuery } from "../claims/claims.routes";
import type { Claim } from "../claims/claims.schemas";
import { listEntities as findEntities, getEntity as findEntity, resolveEntityId } from "./entities.queries";
import type {
  CreateEntityRoute,
  GetEntityRoute,
  ListEntitiesRoute,
  ListEntityClaimsRoute,
  PatchEntityRoute,
} from "./entities.routes";
import * as writes from "./entities.writes";

export const listEntities: AppRouteHandler<ListEntitiesRoute> = async (c) => {
  const query = c.req.valid("query");
  const afterId = afterIdOf(query.cursor, "entities");
  if (afterId === null) return invalidCursor(c);
  const page = await findEntities(c.var.db, { kind: query.kind, afterId, limit: query.limit });
  return c.json(pageBody(c, "entities", page), 200);
};

export const getEntity: AppRouteHandler<GetEntityRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const entityId = await resolveEntityId(c.var.db, id);
  const entity = entityId ? await findEntity(c.var.db, entityId) : null;
  if (!entity) return notFound(c, "entity", id);
  const etag = revisionTag(entity.revision);
  c.header("ETag", etag);
  c.header("Last-Modified", httpDate(entity.updatedAt));
  if (noneMatch(c, etag)) return c.body(null, 304);
  return c.json(entity, 200);
};

export const createEntity: AppRouteHandler<CreateEntityRoute> = async (c) => {
  const outcome = await writes.createEntity(writerOf(c), c.req.valid("json"));
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("Location", `/v1/entities/${outcome.value.id}`);
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 201);
};

export const patchEntity: AppRouteHandler<PatchEntityRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const entityId = await resolveEntityId(c.var.db, id);
  const entity = entityId ? await findEntity(c.var.db, entityId) : null;
  if (!entity) return notFound(c, "entity", id);
  const precondition = ifMatchFailure(c, revisionTag(entity.revision));
  if (precondition) return precondition;
  const outcome = await writes.patchEntity(
    writerOf(c),
    entity,
    c.req.valid("json"),
    c.req.valid("query").reason ?? null,
  );
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};

/**
 * One page of the claims about entity `id` (its id, label or alias), or the problem (404, or 400 for
 * `q`, `sort`, the cursor): the REST route and the MCP tool `entity_claims`.
 */
export async function entityClaimPage<T = Claim>(
  c: Context<AppEnv>,
  id: string,
  query: Partial<ClaimListQuery> & Pick<ClaimListQuery, "limit">,
  form?: ClaimForm<T>,
): Promise<{ problem: Response } | { body: ClaimPageBody<T> }> {
  const entityId = await resolveEntityId(c.var.db, id);
  if (!entityId) return { problem: notFound(c, "entity", id) };
  return claimPage(c, query, { list: `entities/${entityId}/claims`, entityId }, form);
}

export const listEntityClaims: AppRouteHandler<ListEntityClaimsRoute> = async (c) => {
  const result = await entityClaimPage(c, c.req.valid("param").id, c.req.valid("query"), CLAIM_JSON);
  if ("problem" in result) return result.problem as never;
  return servePage(c, result.body) as never;
};
