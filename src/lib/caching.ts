import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../types";
import { noneMatch } from "./etag";

export interface CachePolicy {
  /** `Cache-Control` of public reads (claims, references, entities, specs). */
  reads: string;
  /** `Cache-Control` of reads that must be fresh: the change feed and a claim's history. */
  feeds: string;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  // Browsers revalidate every time (cheap with ETags); a CDN may serve for a minute and, while it
  // revalidates, a little longer (RFC 9111 §5.2.2.10, RFC 5861).
  reads: "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
  feeds: "no-cache",
};

const FEEDS = /^\/v1\/(changes|claims\/[^/]+\/history)$/;
const HASHED_TYPES = /^(application\/(json|problem\+json|[\w.-]+\+json|x-bibtex)|text\/html)/;

/** SHA-256 of a body (a string as UTF-8); WebCrypto's by default, the same on every runtime. */
export type Sha256 = (body: ArrayBuffer | string) => ArrayBuffer | Uint8Array | Promise<ArrayBuffer | Uint8Array>;

const webCryptoSha256: Sha256 = (body) =>
  crypto.subtle.digest("SHA-256", typeof body === "string" ? new TextEncoder().encode(body) : body);

async function digest(body: ArrayBuffer | string, sha256: Sha256): Promise<string> {
  const hash = await sha256(body);
  let binary = "";
  for (const byte of new Uint8Array(hash).slice(0, 18)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_");
}

/**
 * Has the handler's `c.body` and `c.json` remember each string body they answer with, so that its
 * digest is taken from the string. Reading the body back from the Response instead (a clone of it)
 * turns the Node adapter's plain answer into a web stream that it then reads back in pieces: measured
 * by hand on the bench corpus (server on one CPU, 64 connections, two alternating runs each), searches
 * went from 198–217 to 222–244 answers/s with this alone. The methods are the context's own
 * properties, replaced on this request's context only; `c.json` keeps Hono's meaning
 * (`JSON.stringify`, a default content type).
 */
function rememberStringBodies(c: Context<AppEnv>, bodies: WeakMap<Response, string>): void {
  const body = c.body;
  const remembering = ((data: unknown, ...rest: unknown[]) => {
    const res = (body as (...args: unknown[]) => Response)(data, ...rest);
    if (typeof data === "string") bodies.set(res, data);
    return res;
  }) as typeof c.body;
  c.body = remembering;
  c.json = ((object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) =>
    (remembering as (...args: unknown[]) => Response)(JSON.stringify(object), arg, {
      "Content-Type": "application/json",
      ...headers,
    })) as typeof c.json;
}

/**
 * HTTP caching of every GET (RFC 9111, RFC 9110 §13): a `Cache-Control` policy by route, a strong
 * `ETag` — the handler's own (a resource's revision), else a digest of the body (a list covers the
 * data it shows) — and `If-None-Match` → 304 with no body. Streamed bodies (the export) are left alone.
 * Writes are `no-store`.
 */
export function httpCaching(policy: CachePolicy, sha256: Sha256 = webCryptoSha256): MiddlewareHandler<AppEnv> {
  const bodies = new WeakMap<Response, string>();
  return async (c, next) => {
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    if (read) rememberStringBodies(c, bodies);
    await next();
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD") {
      if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
      return;
    }
    if (c.res.status !== 200 && c.res.status !== 304) return;
    if (!c.res.headers.has("Cache-Control"))
      c.res.headers.set("Cache-Control", FEEDS.test(c.req.path) ? policy.feeds : policy.reads);
    if (c.res.status !== 200) return;
    let etag = c.res.headers.get("ETag");
    if (!etag) {
      const type = c.res.headers.get("Content-Type") ?? "";
      if (!HASHED_TYPES.test(type) || c.res.headers.has("Content-Encoding")) return;
      etag = `"${await digest(bodies.get(c.res) ?? (await c.res.clone().arrayBuffer()), sha256)}"`;
      c.res.headers.set("ETag", etag);
    }
    if (noneMatch(c, etag)) {
      const headers = new Headers(c.res.headers);
      for (const name of ["Content-Type", "Content-Length", "Content-Encoding"]) headers.delete(name);
      await c.res.body?.cancel();
      c.res = new Response(null, { status: 304, headers });
    }
  };
}
