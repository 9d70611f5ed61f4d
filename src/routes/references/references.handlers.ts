import { invalidCursor, notFound } from "../../lib/errors";
import { afterIdOf, pageBody } from "../../lib/list";
import type { AppRouteHandler } from "../../types";
import { claimPage } from "../claims/claims.handlers";
import {
  getReference as findReference,
  listReferences as findReferences,
  resolveReferenceId,
} from "./references.queries";
import type { GetReferenceRoute, ListReferenceClaimsRoute, ListReferencesRoute } from "./references.routes";

export const listReferences: AppRouteHandler<ListReferencesRoute> = async (c) => {
  const query = c.req.valid("query");
  const afterId = afterIdOf(query.cursor, "references");
  if (afterId === null) return invalidCursor(c);
  const page = await findReferences(c.var.db, { type: query.type, afterId, limit: query.limit });
  return c.json(pageBody(c, "references", page), 200);
};

export const getReference: AppRouteHandler<GetReferenceRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const reference = await findReference(c.var.db, id);
  if (!reference) return notFound(c, "reference", id);
  return c.json(reference, 200);
};

export const listReferenceClaims: AppRouteHandler<ListReferenceClaimsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const referenceId = await resolveReferenceId(c.var.db, id);
  if (!referenceId) return notFound(c, "reference", id);
  const result = await claimPage(c, c.req.valid("query"), { list: `references/${referenceId}/claims`, referenceId });
  if ("problem" in result) return result.problem;
  return c.json(result.body, 200);
};
