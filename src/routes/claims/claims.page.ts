import type { Db } from "../../db/client";
import { MAX_QUERY_WORDS, type SearchRunner, searchWords } from "../../db/search";
import { checksum, decodeCursor, encodeCursor } from "../../lib/pagination";
import { resolveEntityId } from "../entities/entities.queries";
import { resolveReferenceId } from "../references/references.queries";
import {
  CLAIM_OBJECTS,
  type ClaimForm,
  type ClaimListFilter,
  type ClaimSort,
  listClaims,
  positionKey,
  positionOf,
} from "./claims.queries";
import type { ClaimListQuery } from "./claims.routes";
import type { Claim } from "./claims.schemas";

/** What a list fixes by its path or page: the entity or the reference, and the list's name. */
export interface ClaimListScope {
  list: string;
  entityId?: string;
  referenceId?: string;
}

export type ClaimPageRead<T = Claim> =
  | {
      ok: true;
      items: T[];
      nextCursor: string | null;
      /** The entity or reference name that matched nothing, when one did (the page is then empty). */
      unknownName?: { field: "entity" | "subject" | "object" | "reference"; name: string };
    }
  | { ok: false; field: "q" | "sort" | "cursor"; message: string };

/**
 * One page of any list of claims, for the API's lists and the pages alike: validates `q` and `sort`,
 * resolves entity and reference names, reads the cursor and makes the next one. A cursor belongs to
 * one query — list, filters, `q` and `sort` — and is refused elsewhere. Its claims come in `form`.
 */
export async function readClaimPage<T = Claim>(
  db: Db,
  runSearch: SearchRunner,
  query: Partial<ClaimListQuery> & Pick<ClaimListQuery, "limit">,
  scope: ClaimListScope,
  form: ClaimForm<T> = CLAIM_OBJECTS as ClaimForm<unknown> as ClaimForm<T>,
): Promise<ClaimPageRead<T>> {
  let words: string[] | undefined;
  if (query.q !== undefined) {
    words = searchWords(query.q);
    if (words.length === 0) return { ok: false, field: "q", message: "Must contain a letter or a digit." };
    if (words.length > MAX_QUERY_WORDS)
      return { ok: false, field: "q", message: `At most ${MAX_QUERY_WORDS} different words.` };
  }
  const sort: ClaimSort = query.sort ?? (words ? "relevance" : "id");
  if (sort === "relevance" && !words) return { ok: false, field: "sort", message: "Sorting by relevance needs q." };

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
      query.supportRetracted,
      query.supportTier ? [...query.supportTier].sort() : null,
      query.relatedTo,
      query.relation ? [...query.relation].sort() : null,
    ]),
  )}`;
  let after: ClaimListFilter["after"];
  if (query.cursor !== undefined) {
    const decoded = decodeCursor(query.cursor, list);
    const position = decoded && positionOf(sort, decoded.after);
    if (!position) return { ok: false, field: "cursor", message: "Not a cursor of this list." };
    after = position;
  }

  const filter: ClaimListFilter = {
    entityId: scope.entityId,
    referenceId: scope.referenceId,
    predicate: query.predicate,
    confidence: query.confidence,
    status,
    stance: query.stance,
    supportRetracted: query.supportRetracted,
    supportTier: query.supportTier,
    relatedTo: query.relatedTo,
    relation: query.relation,
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
    if (!id) return { ok: true, items: [], nextCursor: null, unknownName: { field: key, name } };
    filter[field] = id;
  }
  if (query.reference !== undefined) {
    const id = await resolveReferenceId(db, query.reference);
    if (!id)
      return { ok: true, items: [], nextCursor: null, unknownName: { field: "reference", name: query.reference } };
    filter.referenceId = id;
  }
  const page = await listClaims(db, runSearch, filter, undefined, form);
  const nextCursor = page.more && page.last ? encodeCursor({ list, after: positionKey(page.last) }) : null;
  return { ok: true, items: page.items, nextCursor };
}
