/**
 * What the home page lists. One function, so that the page does not depend on how the search works.
 */
import type { Db } from "../db/client";
import type { Confidence } from "../db/schema";
import { MAX_QUERY_WORDS, type SearchRunner, searchWords } from "../db/search";
import { readClaimPage } from "../routes/claims/claims.page";
import type { Claim } from "../routes/claims/claims.schemas";

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
 * filters of `GET /v1/claims` (readClaimPage) — `q` ranked by relevance, else best backed first
 * (`sort=confidence`: established … refuted, unsourced last; newest first within each). Text with no
 * word matches nothing, and only its first words are searched.
 */
export async function searchClaims(db: Db, runSearch: SearchRunner, search: ClaimSearch): Promise<ClaimSearchResult> {
  const words = search.q ? searchWords(search.q) : [];
  if (search.q?.trim() && words.length === 0) return { ok: true, items: [], nextCursor: null, unknownNames: [] };
  const read = await readClaimPage(
    db,
    runSearch,
    {
      q: words.length ? words.slice(0, MAX_QUERY_WORDS).join(" ") : undefined,
      sort: words.length ? "relevance" : "confidence",
      entity: search.entity?.trim() || undefined,
      confidence: search.confidence ? [search.confidence] : undefined,
      predicate: search.predicate,
      status: ["published"],
      cursor: search.cursor,
      limit: search.limit,
    },
    { list: "pages:home" },
  );
  if (!read.ok) return { ok: false, reason: "invalid-cursor" };
  return {
    ok: true,
    items: read.items,
    nextCursor: read.nextCursor,
    unknownNames: read.unknownName ? [read.unknownName.name] : [],
  };
}
