import type { Context } from "hono";
import { MAX_QUERY_WORDS, searchWords } from "../../db/search";
import { invalidCursor, invalidParameter, notFound } from "../../lib/errors";
import { checksum, decodeCursor, encodeCursor, setNextLink } from "../../lib/pagination";
import type { AppEnv, AppRouteHandler } from "../../types";
import { resolveEntityId } from "../entities/entities.queries";
import { resolveReferenceId } from "../references/references.queries";
import {
  type ClaimListFilter,
  type ClaimSort,
  getClaim as findClaim,
  listClaims as findClaims,
  positionKey,
  positionOf,
} from "./claims.queries";
import type { ClaimListQuery, GetClaimRoute, ListClaimsRoute } from "./claims.routes";
import type { Claim } from "./claims.schemas";

/** What a nested list fixes by its path: the entity or the reference, and the list's name. */
export interface ClaimListScope {
  list: string;
  entityId?: string;
  referenceId?: string;
}

type ClaimPageResult =
  | { problem: ReturnType<typeof invalidCursor> }
  | { body: { items: Claim[]; nextCursor: string | null } };

const EMPTY_PAGE = { body: { items: [], nextCursor: null } };

/**
 * One page of any list of claims: validates `q` and `sort`, resolves entity and reference names,
 * reads the cursor and makes the next one. A cursor belongs to one query — path, filters, `q` and
 * `sort` — and answers 400 elsewhere.
 */
export async function claimPage(
  c: Context<AppEnv>,
  query: Partial<ClaimListQuery> & Pick<ClaimListQuery, "limit">,
  scope: ClaimListScope,
): Promise<ClaimPageResult> {
  const db = c.var.db;
  let words: string[] | undefined;
  if (query.q !== undefined) {
    words = searchWords(query.q);
    if (words.length === 0) return { problem: invalidParameter(c, "q", "Must contain a letter or a digit.") };
    if (words.length > MAX_QUERY_WORDS)
      return { problem: invalidParameter(c, "q", `At most ${MAX_QUERY_WORDS} different words.`) };
  }
  const sort: ClaimSort = query.sort ?? (words ? "relevance" : "id");
  if (sort === "relevance" && !words) return { problem: invalidParameter(c, "sort", "Sorting by relevance needs q.") };

  const status = query.status ?? ["published"];
  // The cursor names its query by a checksum, which keeps it short whatever the path and filters.
  const list = `claims:${sort}:${checksum(
    JSON.stringify([
      scope.list,
      words,
      query.entity,
      query.subject,
      query.object,
      query.predicate,
      query.confidence ? [...query.confidence].sort() : null,
      [...status].sort(),
      query.reference,
      query.stance,
    ]),
  )}`;
  let after: ClaimListFilter["after"];
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(query.cursor, list);
    const position = decoded && positionOf(sort, decoded.after);
    if (!position) return { problem: invalidCursor(c) };
    after = position;
  }

  const filter: ClaimListFilter = {
    entityId: scope.entityId,
    referenceId: scope.referenceId,
    predicate: query.predicate,
    confidence: query.confidence,
    status,
    stance: query.stance,
    words,
    sort,
    after,
    limit: query.limit,
  };
  // Names resolve to ids; a name nobody knows matches nothing. (A nested list has no parameter for
  // what its path fixes.)
  for (const [key, field] of [
    ["entity", "entityId"],
    ["subject", "subjectId"],
    ["object", "objectId"],
  ] as const) {
    const name = query[key];
    if (name === undefined) continue;
    const id = await resolveEntityId(db, name);
    if (!id) return EMPTY_PAGE;
    filter[field] = id;
  }
  if (query.reference !== undefined) {
    const id = await resolveReferenceId(db, query.reference);
    if (!id) return EMPTY_PAGE;
    filter.referenceId = id;
  }
  return pageOf(c, filter, list);
}

async function pageOf(c: Context<AppEnv>, filter: ClaimListFilter, list: string) {
  const page = await findClaims(c.var.db, c.var.runSearch, filter);
  const nextCursor = page.more && page.last ? encodeCursor({ list, after: positionKey(page.last) }) : null;
  setNextLink(c, nextCursor);
  return { body: { items: page.items, nextCursor } };
}

export const listClaims: AppRouteHandler<ListClaimsRoute> = async (c) => {
  const result = await claimPage(c, c.req.valid("query"), { list: "claims" });
  if ("problem" in result) return result.problem;
  return c.json(result.body, 200);
};

export const getClaim: AppRouteHandler<GetClaimRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const { include } = c.req.valid("query");
  const claim = await findClaim(c.var.db, id, { withReferences: include === "references" });
  if (!claim) return notFound(c, "claim", id);
  return c.json(claim, 200);
};
