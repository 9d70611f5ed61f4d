import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { getPath } from "hono/utils/url";
import pkg from "../package.json";
import type { Store } from "./db/client";
import { SearchTimeout } from "./db/search";
import { problem } from "./lib/problem";
import { createRouter } from "./lib/router";
import { claimsRouter } from "./routes/claims";
import { entitiesRouter } from "./routes/entities";
import { type MetaOptions, metaRouter } from "./routes/meta";
import { referencesRouter } from "./routes/references";
import type { AppEnv } from "./types";

export interface AppOptions {
  /** The database for this request: a singleton on Node, the D1 binding on Workers. */
  getStore: (c: Context<AppEnv>) => Store;
  /** Where docs assets come from on this runtime. */
  docsAsset: MetaOptions["docsAsset"];
  /** `node` or `workers`, reported by /health. */
  runtime: string;
  /** Writes one structured log line; defaults to stdout. Pass `() => {}` to silence. */
  log?: (line: Record<string, unknown>) => void;
}

export const API_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Cited API",
    version: pkg.version,
    description:
      "Atomic, citation-backed claims. Every claim carries a confidence status that its references earn, and the references (DOI, PMID, URL…) that support or contradict it. Errors are RFC 9457 `application/problem+json`.",
    license: { name: "MIT", identifier: "MIT" },
  },
  tags: [
    { name: "Claims", description: "Atomic assertions with their confidence and citations." },
    { name: "References", description: "The cited works, shaped like CSL-JSON." },
    { name: "Entities", description: "What claims are about, with their aliases." },
    { name: "Service", description: "Health, this specification and its reference page." },
  ],
} as const;

/**
 * Routing path of a request. A DOI contains `/`, so `/v1/references/doi:10.1000/xyz[/claims]` is
 * routed as if the DOI's slashes were escaped; `%2F` works as well.
 */
function routingPath(request: Request): string {
  const path = getPath(request);
  const match = /^\/v1\/references\/(doi:[^?]+?)(\/claims)?$/i.exec(path);
  if (!match?.[1]?.includes("/")) return path;
  return `/v1/references/${match[1].replaceAll("/", "%2F")}${match[2] ?? ""}`;
}

const defaultLog = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

/** The whole service as one Hono app, independent of the runtime that serves it. */
export function createApp(options: AppOptions) {
  const log = options.log ?? defaultLog;
  const app = createRouter();
  // Routing on a rewritten path needs the constructor option of the root app only.
  (app as unknown as { getPath: typeof routingPath }).getPath = routingPath;

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? "error" : "info",
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  });
  app.use(async (c, next) => {
    const store = options.getStore(c);
    c.set("db", store.db);
    c.set("runAtomic", store.runAtomic);
    c.set("runSearch", store.runSearch ?? (async (query) => store.db.all<Record<string, unknown>>(query)));
    await next();
  });

  app.notFound((c) =>
    problem(c, {
      status: 404,
      type: "no-route",
      title: "Not found",
      detail: `No route for ${c.req.method} ${c.req.path}.`,
    }),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return problem(c, { status: error.status, title: error.message || "Bad request" });
    }
    if (error instanceof SearchTimeout) {
      return problem(c, {
        status: 503,
        type: "search-timeout",
        title: "Search took too long",
        detail: `${error.message} Add words or filters to narrow it, or retry.`,
      });
    }
    log({
      time: new Date().toISOString(),
      level: "error",
      requestId: c.var.requestId,
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return problem(c, {
      status: 500,
      title: "Internal server error",
      detail: "The error was logged with this request's id.",
    });
  });

  let document: Record<string, unknown> | undefined;
  const routes = app
    .route("/", claimsRouter)
    .route("/", referencesRouter)
    .route("/", entitiesRouter)
    .route(
      "/",
      metaRouter({
        version: pkg.version,
        runtime: options.runtime,
        docsAsset: options.docsAsset,
        document: () => {
          document ??= openApiDocument(app);
          return document;
        },
      }),
    );
  return routes;
}

/** The OpenAPI 3.1 document of `app`. */
export function openApiDocument(app: ReturnType<typeof createRouter>): Record<string, unknown> {
  return app.getOpenAPI31Document(structuredClone(API_INFO) as never) as unknown as Record<string, unknown>;
}
