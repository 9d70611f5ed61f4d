import { invalidCursor, notFound } from "../../lib/errors";
import { ifMatchFailure, revisionTag } from "../../lib/etag";
import { refusal, writerOf } from "../../lib/outcome";
import { decodeCursor, encodeCursor, setNextLink } from "../../lib/pagination";
import type { AppRouteHandler } from "../../types";
import { loadClaimState, toClaim } from "../claims/claims.queries";
import * as mutations from "./relations.mutations";
import type { AddRelationRoute, GetRelationRoute, ListRelationsRoute, RemoveRelationRoute } from "./relations.routes";

export const listRelations: AppRouteHandler<ListRelationsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const query = c.req.valid("query");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  // A claim's relations are read with it in one statement: the page is cut from them.
  const list = `relations:${state.row.id}:${query.type ?? ""}:${query.direction ?? ""}`;
  let after: string[] | undefined;
  if (query.cursor !== undefined) {
    const position = decodeCursor(query.cursor, list);
    if (position?.after.length !== 3) return invalidCursor(c);
    after = position.after.map(String);
  }
  const key = (r: { type: string; from: string; to: string }) => [r.type, r.from, r.to];
  const isAfter = (k: string[]) => !after || k.join("\u0000") > after.join("\u0000");
  const all = toClaim(state.row, state.cited, state.relations).relations.filter(
    (relation) =>
      (query.type === undefined || relation.type === query.type) &&
      (query.direction === undefined || (query.direction === "outgoing") === (relation.from === state.row.id)) &&
      isAfter(key(relation)),
  );
  const items = all.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = all.length > query.limit && last ? encodeCursor({ list, after: key(last) }) : null;
  setNextLink(c, nextCursor);
  return c.json({ items, nextCursor }, 200);
};

export const getRelation: AppRouteHandler<GetRelationRoute> = async (c) => {
  const { id, type, to } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const relation = mutations.findRelation(state, type, to);
  if (!relation) return notFound(c, "relation", `${id}/${type}/${to}`);
  const served = toClaim(state.row, state.cited, [relation]).relations[0];
  if (!served) return notFound(c, "relation", `${id}/${type}/${to}`);
  return c.json(served, 200);
};

export const addRelation: AppRouteHandler<AddRelationRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return precondition;
  const input = c.req.valid("json");
  const outcome = await mutations.addRelation(writerOf(c), state, input, c.req.valid("query").reason ?? null);
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header(
    "Location",
    `/v1/claims/${encodeURIComponent(state.row.id)}/relations/${input.type}/${encodeURIComponent(input.to)}`,
  );
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 201);
};

export const removeRelation: AppRouteHandler<RemoveRelationRoute> = async (c) => {
  const { id, type, to } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const relation = mutations.findRelation(state, type, to);
  if (!relation) return notFound(c, "relation", `${id}/${type}/${to}`);
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return precondition;
  const outcome = await mutations.removeRelation(writerOf(c), state, relation, c.req.valid("query").reason ?? null);
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};
