import type { Context } from "hono";
import { type CursorPosition, decodeCursor, encodeCursor, setNextLink } from "./pagination";

/**
 * Reads the `cursor` of a list: `undefined` for the first page, the last id served otherwise, or
 * `null` when the cursor is not one this list made.
 */
export function afterIdOf(cursor: string | undefined, list: string): string | undefined | null {
  if (cursor === undefined) return undefined;
  const position = decodeCursor(cursor, list);
  const after = position?.after[0];
  return typeof after === "string" ? after : null;
}

/** The page body for `items`, setting the `Link` header when more follow. */
export function pageBody<T extends { id: string }>(
  c: Context,
  list: CursorPosition["list"],
  page: { items: T[]; more: boolean },
) {
  const last = page.items.at(-1);
  const nextCursor = page.more && last ? encodeCursor({ list, after: [last.id] }) : null;
  setNextLink(c, nextCursor);
  return { items: page.items, nextCursor };
}
