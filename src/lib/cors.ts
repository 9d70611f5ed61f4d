import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../types";

export interface CorsOptions {
  /** Origins allowed to read cross-origin, or `*` for every origin. */
  origins: string[] | "*";
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/**
 * CORS (https://fetch.spec.whatwg.org/#http-cors-protocol) for reads, with the headers of Hono's
 * `cors()`: preflights are its own; on a read (`allowMethods`) the headers are set once the response
 * exists. Any other request — a write — gets none: a browser then hides its answer from the calling
 * page, as it refused to send it in the preflight.
 * Hono's sets them on `c.res` before the handler runs, and Hono then merges that response into the
 * handler's on every request — a third Response, with its body turned into a stream.
 */
export function readCors(options: CorsOptions): MiddlewareHandler<AppEnv> {
  const preflight = cors({ ...options, origin: options.origins });
  const exposeHeaders = options.exposeHeaders.join(",");
  const anyOrigin = options.origins === "*";
  const reads = new Set(options.allowMethods);
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    await next();
    if (!reads.has(c.req.method)) return;
    const headers = c.res.headers;
    if (anyOrigin) headers.set("Access-Control-Allow-Origin", "*");
    else {
      const origin = c.req.header("origin") ?? "";
      if (options.origins.includes(origin)) headers.set("Access-Control-Allow-Origin", origin);
    }
    headers.set("Access-Control-Expose-Headers", exposeHeaders);
    if (!anyOrigin) headers.append("Vary", "Origin");
  };
}
