import { invalidCursor, notFound } from "../../lib/errors";
import { afterIdOf, pageBody } from "../../lib/list";
import type { AppRouteHandler } from "../../types";
import { resolveEntityId } from "../entities/entities.queries";
import { resolveReferenceId } from "../references/references.queries";
import { getClaim as findClaim, listClaims as findClaims } from "./claims.queries";
import type { GetClaimRoute, ListClaimsRoute } from "./claims.routes";

const EMPTY_PAGE = { items: [], nextCursor: null };

export const listClaims: AppRouteHandler<ListClaimsRoute> = async (c) => {
  const query = c.req.valid("query");
  const db = c.var.db;
  const afterId = afterIdOf(query.cursor, "claims");
  if (afterId === null) return invalidCursor(c);
  let entityId: string | undefined;
  if (query.entity !== undefined) {
    const found = await resolveEntityId(db, query.entity);
    if (!found) return c.json(EMPTY_PAGE, 200);
    entityId = found;
  }
  let referenceId: string | undefined;
  if (query.reference !== undefined) {
    const found = await resolveReferenceId(db, query.reference);
    if (!found) return c.json(EMPTY_PAGE, 200);
    referenceId = found;
  }
  const page = await findClaims(db, {
    entityId,
    referenceId,
    predicate: query.predicate,
    confidence: query.confidence,
    status: query.status ?? ["published"],
    stance: query.stance,
    afterId,
    limit: query.limit,
  });
  return c.json(pageBody(c, "claims", page), 200);
};

export const getClaim: AppRouteHandler<GetClaimRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { include } = c.req.valid("query");
  const claim = await findClaim(c.var.db, id, { withReferences: include === "references" });
  if (!claim) return notFound(c, "claim", id);
  return c.json(claim, 200);
};
