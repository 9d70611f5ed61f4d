/**
 * What the home page lists. One function, so that the page does not depend on how the search works.
 */
import type { Db } from "../db/client";
import type { Confidence } from "../db/schema";
import { MAX_QUERY_WORDS, type SearchRunner, searchWords } from "../db/search";
import { checksum, decodeCursor, encodeCursor } from "../lib/pagination";
import {
  type ClaimPosition,
  type ClaimSort,
  listClaims,
  positionKey,
  positionOf,
} from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";
import { resolveEntityId } from "../routes/entities/entities.queries";

export interface ClaimSearch {
  /** What the reader typed in the search box. */
  q?: string;
  /** An entity: id, label or alias. */
  entity?: string;
  confidence?: Confidence;
  predicate?: string;
  cursor?: string;
  limit: number;
}

export type ClaimSearchResult =
  | {
      ok: true;
      items: Claim[];
      nextCursor: string | null;
      /** A name in `entity` that names no entity (nothing can match it). */
      unknownNames: string[];
    }
  | { ok: false; reason: "invalid-cursor" };

/** What the search box matches, shown under it. */
export const SEARCH_HINT =
  "Words of a claim, or the name of what it is about (brand names and aliases too), such as Stablon serotonin or AMPA receptor.";

/**
 * Published claims matching the home page's search, a page at a time: the full-text search and the
 * filters of `GET /v1/claims` (listClaims) — `q` ranked by relevance, else in id order.
 */
export async function searchClaims(db: Db, runSearch: SearchRunner, search: ClaimSearch): Promise<ClaimSearchResult> {
  const q = search.q?.trim();
  const words = q ? searchWords(q).slice(0, MAX_QUERY_WORDS) : undefined;
  const sort: ClaimSort = words?.length ? "relevance" : "id";
  const list = `pages:home:${sort}:${checksum(JSON.stringify([words, search.entity, search.confidence, search.predicate]))}`;
  let after: ClaimPosition | undefined;
  if (search.cursor) {
    const decoded = decodeCursor(search.cursor, list);
    const position = decoded && positionOf(sort, decoded.after);
    if (!position) return { ok: false, reason: "invalid-cursor" };
    after = position;
  }
  const unknownNames: string[] = [];
  let entityId: string | undefined;
  if (search.entity?.trim()) {
    entityId = (await resolveEntityId(db, search.entity)) ?? undefined;
    if (!entityId) unknownNames.push(search.entity.trim());
  }
  if (unknownNames.length > 0 || (q && !words?.length)) return { ok: true, items: [], nextCursor: null, unknownNames };
  const page = await listClaims(db, runSearch, {
    entityId,
    confidence: search.confidence ? [search.confidence] : undefined,
    predicate: search.predicate,
    status: ["published"],
    words,
    sort,
    after,
    limit: search.limit,
  });
  const nextCursor = page.more && page.last ? encodeCursor({ list, after: positionKey(page.last) }) : null;
  return { ok: true, items: page.items, nextCursor, unknownNames };
}
