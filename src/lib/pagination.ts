import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { fnv1a } from "./fnv";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export const LimitQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .openapi({ param: { name: "limit", in: "query" }, description: `Page size, 1–${MAX_LIMIT}.`, example: 20 });

export const CursorQuery = z
  .string()
  .max(512)
  .optional()
  .openapi({
    param: { name: "cursor", in: "query" },
    description: "Opaque cursor from a previous page's `nextCursor`; omit for the first page.",
  });

/** A keyset position: which list it belongs to and the sort key of the last row served. */
export interface CursorPosition {
  /** The list the cursor was made for (`claims`, `references:wagstaff2001:claims`, …). */
  list: string;
  /** Sort key values of the last row served. */
  after: (string | number)[];
}

const encoder = new TextEncoder();
// ignoreBOM is the default; spelled out because @cloudflare/workers-types marks it required.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** FNV-1a: a cheap checksum that makes an edited cursor detectable (integrity, not secrecy). */
export function checksum(text: string): string {
  return fnv1a(text).toString(36);
}

export function encodeCursor(position: CursorPosition): string {
  const payload = toBase64Url(encoder.encode(JSON.stringify([1, position.list, position.after])));
  return `${payload}.${checksum(payload)}`;
}

const CursorPayload = z.tuple([
  z.literal(1),
  z.string(),
  z
    .array(z.union([z.string(), z.number()]))
    .min(1)
    .max(4),
]);

/**
 * The position in `cursor`, or `null` when it is malformed, edited, or was made for another list
 * (the caller answers 400).
 */
export function decodeCursor(cursor: string, list: string): CursorPosition | null {
  const [payload, sum, ...rest] = cursor.split(".");
  if (!payload || !sum || rest.length > 0 || checksum(payload) !== sum) return null;
  try {
    const parsed = CursorPayload.safeParse(JSON.parse(decoder.decode(fromBase64Url(payload))));
    if (!parsed.success || parsed.data[1] !== list) return null;
    return { list, after: parsed.data[2] };
  } catch {
    return null;
  }
}

/**
 * Sets the `Link: <…>; rel="next"` header (RFC 8288) to the same URL with `cursor` replaced.
 */
export function setNextLink(c: Context, nextCursor: string | null): void {
  if (!nextCursor) return;
  const url = new URL(c.req.url);
  url.searchParams.set("cursor", nextCursor);
  c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
}

/** The schema of a page of `item`s. */
export function pageOf<T extends z.ZodType>(item: T, name: string, description: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().openapi({
        description: "Pass as `cursor` to get the next page; `null` on the last page.",
        example: null,
      }),
    })
    .openapi(name, { description });
}
