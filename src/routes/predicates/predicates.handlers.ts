import { invalidCursor, notFound } from "../../lib/errors";
import { httpDate, ifMatchFailure, noneMatch, revisionTag } from "../../lib/etag";
import { afterIdOf, pageBody } from "../../lib/list";
import { refusal, writerOf } from "../../lib/outcome";
import type { AppRouteHandler } from "../../types";
import { getPredicate as findPredicate, listPredicates as findPredicates } from "./predicates.queries";
import type {
  CreatePredicateRoute,
  GetPredicateRoute,
  ListPredicatesRoute,
  PatchPredicateRoute,
} from "./predicates.routes";
import * as writes from "./predicates.writes";

export const listPredicates: AppRouteHandler<ListPredicatesRoute> = async (c) => {
  const query = c.req.valid("query");
  const afterId = afterIdOf(query.cursor, "predicates");
  if (afterId === null) return invalidCursor(c);
  const page = await findPredicates(c.var.db, { afterId, limit: query.limit });
  return c.json(pageBody(c, "predicates", page), 200);
};

export const getPredicate: AppRouteHandler<GetPredicateRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const predicate = await findPredicate(c.var.db, id);
  if (!predicate) return notFound(c, "predicate", id);
  const etag = revisionTag(predicate.revision);
  c.header("ETag", etag);
  if (predicate.updatedAt) c.header("Last-Modified", httpDate(predicate.updatedAt));
  if (noneMatch(c, etag)) return c.body(null, 304);
  return c.json(predicate, 200);
};

export const createPredicate: AppRouteHandler<CreatePredicateRoute> = async (c) => {
  const outcome = await writes.createPredicate(writerOf(c), c.req.valid("json"));
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("Location", `/v1/predicates/${outcome.value.id}`);
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 201);
};

export const patchPredicate: AppRouteHandler<PatchPredicateRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const predicate = await findPredicate(c.var.db, id);
  if (!predicate) return notFound(c, "predicate", id);
  const precondition = ifMatchFailure(c, revisionTag(predicate.revision));
  if (precondition) return precondition;
  const outcome = await writes.patchPredicate(
    writerOf(c),
    predicate,
    c.req.valid("json"),
    c.req.valid("query").reason ?? null,
  );
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};
