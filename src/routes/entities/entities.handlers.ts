import { invalidCursor, notFound } from "../../lib/errors";
import { afterIdOf, pageBody } from "../../lib/list";
import type { AppRouteHandler } from "../../types";
import { claimPage } from "../claims/claims.handlers";
import { listEntities as findEntities, getEntity as findEntity, resolveEntityId } from "./entities.queries";
import type { GetEntityRoute, ListEntitiesRoute, ListEntityClaimsRoute } from "./entities.routes";

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
  return c.json(entity, 200);
};

export const listEntityClaims: AppRouteHandler<ListEntityClaimsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const entityId = await resolveEntityId(c.var.db, id);
  if (!entityId) return notFound(c, "entity", id);
  const result = await claimPage(c, c.req.valid("query"), { list: `entities/${entityId}/claims`, entityId });
  if ("problem" in result) return result.problem;
  return c.json(result.body, 200);
};
