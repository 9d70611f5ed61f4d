/**
 * What the home page lists. One function, so that the page does not depend on how the search works.
 */
import type { Db } from "../db/client";
import type { Confidence } from "../db/schema";
import { afterIdOf } from "../lib/list";
import { encodeCursor } from "../lib/pagination";
import { listClaims } from "../routes/claims/claims.queries";
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
      /** Names in `q` or `entity` that name no entity (nothing can match them). */
      unknownNames: string[];
    }
  | { ok: false; reason: "invalid-cursor" };

/** What the search box matches, shown under it. */
export const SEARCH_HINT = "An entity's name or any alias, such as Stablon, SERT or AMPA receptor.";

const CURSOR_LIST = "pages:home";
/** Rows of one entity's claims scanned per page when `q` and `entity` name two entities. */
const SCAN_LIMIT = 100;

/**
 * Published claims matching the home page's search, in id order, a page at a time.
 *
 * It runs on the list filters of `GET /v1/claims` (listClaims): `entity`, `confidence`, `predicate`.
 * `q` is matched the way `entity` is — as the name, label or alias of an entity — so "Stablon" finds
 * tianeptine's claims. When `q` and `entity` name two different entities, the claims linking both are
 * kept from a scan of the first one's claims, so a page may hold fewer than `limit` items while
 * `nextCursor` still leads on.
 */
export async function searchClaims(db: Db, search: ClaimSearch): Promise<ClaimSearchResult> {
  const afterId = afterIdOf(search.cursor, CURSOR_LIST);
  if (afterId === null) return { ok: false, reason: "invalid-cursor" };
  const names = [search.entity, search.q].map((name) => name?.trim()).filter((name): name is string => !!name);
  const ids: string[] = [];
  const unknownNames: string[] = [];
  for (const name of names) {
    const id = await resolveEntityId(db, name);
    if (id) ids.push(id);
    else unknownNames.push(name);
  }
  if (unknownNames.length > 0) return { ok: true, items: [], nextCursor: null, unknownNames };
  const [entityId, otherId] = [...new Set(ids)];
  const filter = {
    entityId,
    confidence: search.confidence ? [search.confidence] : undefined,
    predicate: search.predicate,
    status: ["published" as const],
    afterId,
  };
  if (otherId === undefined) {
    const page = await listClaims(db, { ...filter, limit: search.limit });
    const last = page.items.at(-1);
    const nextCursor = page.more && last ? encodeCursor({ list: CURSOR_LIST, after: [last.id] }) : null;
    return { ok: true, items: page.items, nextCursor, unknownNames };
  }
  const scanned = await listClaims(db, { ...filter, limit: SCAN_LIMIT });
  const linking = scanned.items.filter((claim) => claim.subject === otherId || claim.object === otherId);
  const items = linking.slice(0, search.limit);
  const resumeAt = linking.length > search.limit ? items.at(-1) : scanned.more ? scanned.items.at(-1) : undefined;
  return {
    ok: true,
    items,
    nextCursor: resumeAt ? encodeCursor({ list: CURSOR_LIST, after: [resumeAt.id] }) : null,
    unknownNames,
  };
}
