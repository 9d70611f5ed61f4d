import type { Context } from "hono";
import { noneMatch } from "../lib/etag";

/**
 * What the pages allow a browser to load: their own inline styles, links and forms to this origin,
 * nothing else — no script runs (JSON-LD is data, not script) and nothing is fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Whether the request asks for HTML, as a browser's navigation does: page errors are then pages, and
 * problem+json for every other client.
 */
export function acceptsHtml(c: Context): boolean {
  return (c.req.header("Accept") ?? "").includes("text/html");
}

const encoder = new TextEncoder();

/** A weak ETag of a page's HTML (RFC 9110 §8.8.3): the same bytes make the same tag on every runtime. */
async function pageTag(html: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(html)));
  const hex = [...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `"${hex}"`;
}

/**
 * Answers an HTML page. A 200 carries a weak ETag and `Cache-Control: no-cache` and becomes a 304 when
 * `If-None-Match` matches; every answer carries the content security policy.
 */
export async function htmlResponse<S extends 200 | 400 | 404 | 500 | 503>(c: Context, html: string, status: S) {
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "strict-origin-when-cross-origin");
  if (status === 200) {
    const tag = await pageTag(html);
    c.header("ETag", `W/${tag}`);
    c.header("Cache-Control", "no-cache");
    if (noneMatch(c, tag)) return c.body(null, 304);
  } else {
    c.header("Cache-Control", "no-store");
  }
  return c.html(html, status);
}
