import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { getPath } from "hono/utils/url";
import { version } from "../package.json";
import { checkText } from "./check/check";
import { checkRouter } from "./check/routes";
import type { Store } from "./db/client";
import { exportRouter } from "./export/routes";
import { importRouter } from "./import/routes";
import { importNdjson } from "./import/run";
import { BOOKMARK_HEADER, declareBookmarkHeader, isBookmark } from "./lib/bookmark";
import { type CachePolicy, DEFAULT_CACHE_POLICY, httpCaching, type Sha256 } from "./lib/caching";
import { readCors } from "./lib/cors";
import { invalidBookmark } from "./lib/errors";
import { failureProblem } from "./lib/failure";
import { problem } from "./lib/problem";
import { createRateLimiter, type RateLimitOptions } from "./lib/rate-limit";
import { createRouter } from "./lib/router";
import { mcpRouter } from "./mcp";
import { pagesRouter, type SiteOptions } from "./pages";
import { errorPage } from "./pages/pages.handlers";
import { claimsRouter } from "./routes/claims";
import { entitiesRouter } from "./routes/entities";
import { type MetaOptions, metaRouter } from "./routes/meta";
import { predicatesRouter } from "./routes/predicates";
import { referencesRouter } from "./routes/references";
import { relationsRouter } from "./routes/relations";
import type { AppEnv } from "./types";

export interface AppOptions {
  /** The database for this request: a singleton on Node, the D1 binding on Workers. */
  getStore: (c: Context<AppEnv>) => Store | Promise<Store>;
  /** Where docs assets come from on this runtime. */
  docsAsset: MetaOptions["docsAsset"];
  /** `node` or `workers`, reported by /health. */
  runtime: string;
  /** Writes one structured log line; defaults to stdout. Pass `() => {}` to silence. */
  log?: (line: Record<string, unknown>) => void;
  limits?: Partial<Limits>;
  /** Origins allowed to read cross-origin (CORS); default every origin (`*`). Writes are never CORS-enabled. */
  corsOrigins?: string[];
  /** `Cache-Control` of reads. */
  cachePolicy?: Partial<CachePolicy>;
  /** How the HTML pages name and place the service (its public URL, its name); all optional. */
  site?: SiteOptions;
  /**
   * Whether the runtime compresses a body as its response's `Content-Encoding` says — workerd does
   * (https://developers.cloudflare.com/workers/runtime-apis/response/: `encodeBody: "automatic"`), so
   * a body the app compressed itself would be compressed twice. Default false (Node sends bytes as given).
   */
  runtimeEncodesBodies?: boolean;
  /**
   * SHA-256 of a body, for the ETags of lists; default WebCrypto's. (On Node, node:crypto's hash is
   * several times cheaper than `crypto.subtle.digest`, which hops to a thread and back.)
   */
  sha256?: Sha256;
}

export interface Limits {
  /** Largest request body accepted, except by the import. */
  maxBodyBytes: number;
  /** Largest NDJSON body `POST /v1/import` accepts. */
  importMaxBodyBytes: number;
  /** Writes per API key per window. */
  writeRateLimit: RateLimitOptions;
  /** Longest a check may run before it is answered 503 `check-timeout`, in ms. */
  checkBudgetMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 256 * 1024,
  importMaxBodyBytes: 32 * 1024 * 1024,
  writeRateLimit: { limit: 120, windowSeconds: 60 },
  checkBudgetMs: 5000,
};

export const API_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Cited API",
    version,
    description:
      "Atomic, citation-backed claims. Every claim carries a confidence status that its references earn, and the references (DOI, PMID, URL…) that support or contradict it. Errors are RFC 9457 `application/problem+json`.",
    license: { name: "MIT", identifier: "MIT" },
    contact: { name: "Cited maintainers" },
  },
  servers: [{ url: "/", description: "The server that serves this document." }],
  tags: [
    { name: "Claims", description: "Atomic assertions with their confidence and citations." },
    { name: "References", description: "The cited works, shaped like CSL-JSON, with their source tier." },
    {
      name: "Relations",
      description: "How claims bear on each other: contradicts, refines, supersedes, same-as, with their sources.",
    },
    { name: "Entities", description: "What claims are about, with their aliases." },
    {
      name: "Predicates",
      description:
        "The predicate vocabulary: how claims' verbs are said (phrasings), their opposites and grammar. What `/v1/check` knows of a dataset's verbs is these rows.",
    },
    { name: "Check", description: "For fact-checking bots: a sentence in, the matching claims and a verdict out." },
    { name: "Changes", description: "The feed of every change, for mirrors and bots." },
    { name: "Import", description: "Bulk import and full export of NDJSON records." },
    {
      name: "Agents",
      description:
        "The Model Context Protocol endpoint: the same claims, checks and writes as tools and resources for LLM agents.",
    },
    { name: "Service", description: "Health, this specification and its reference page." },
    {
      name: "Pages",
      description:
        "HTML pages for people, beside the JSON API: the same resources at `/claims/{id}`, `/references/{id}`, `/entities/{id}`, plus the home page's search and `/check`.",
    },
  ],
} as const;

/**
 * Routing path of a request. A DOI contains `/`, so `/v1/references/doi:10.1000/xyz[/claims]` (and the
 * page `/references/doi:10.1000/xyz`) is routed as if the DOI's slashes were escaped; `%2F` works as well.
 */
function routingPath(request: Request): string {
  const path = getPath(request);
  const match = /^(\/v1)?\/references\/(doi:[^?]+?)(\/claims)?$/i.exec(path);
  if (!match?.[2]?.includes("/")) return path;
  return `${match[1] ?? ""}/references/${match[2].replaceAll("/", "%2F")}${match[3] ?? ""}`;
}

const defaultLog = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

/** The whole service as one Hono app, independent of the runtime that serves it. */
export function createApp(options: AppOptions) {
  const log = options.log ?? defaultLog;
  const app = createRouter();
  // Routing on a rewritten path needs the constructor option of the root app only.
  (app as unknown as { getPath: typeof routingPath }).getPath = routingPath;

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const writeLimiter = createRateLimiter(limits.writeRateLimit);
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description:
      "An API key made with `npm run keys -- create`. Reads need none; writes need scope `write`, the import `admin`.",
  });

  app.use(requestId());
  app.use(secureHeaders({ crossOriginResourcePolicy: "cross-origin" }));
  app.use(httpCaching({ ...DEFAULT_CACHE_POLICY, ...options.cachePolicy }, options.sha256));
  app.use(
    readCors({
      origins: options.corsOrigins?.length && !options.corsOrigins.includes("*") ? options.corsOrigins : "*",
      allowMethods: ["GET", "HEAD"],
      allowHeaders: ["If-None-Match", "X-Request-Id", "X-D1-Bookmark"],
      exposeHeaders: ["ETag", "Link", "Location", "X-Request-Id", "Last-Modified", "X-D1-Bookmark"],
      maxAge: 86400,
    }),
  );
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? "error" : "info",
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  });
  app.use(async (c, next) => {
    const bookmark = c.req.header(BOOKMARK_HEADER);
    if (bookmark !== undefined && !isBookmark(bookmark)) return invalidBookmark(c);
    const store = await options.getStore(c);
    c.set("db", store.db);
    c.set("runAtomic", store.runAtomic);
    c.set("writeLimiter", writeLimiter);
    c.set("checkBudgetMs", limits.checkBudgetMs);
    c.set("site", options.site ?? {});
    const runSearch = store.runSearch;
    if (runSearch) {
      // Once one query of this request was admitted, its next ones are not turned away.
      let admitted = false;
      c.set("runSearch", (query) => {
        const started = admitted;
        admitted = true;
        return runSearch(query, { admitted: started, signal: c.req.raw.signal });
      });
    } else c.set("runSearch", async (query) => store.db.all<Record<string, unknown>>(query));
    c.set("runCheck", store.runCheck ?? ((text, checkOptions) => checkText(store.db, text, checkOptions)));
    c.set("runImport", store.runImport ?? ((request) => importNdjson(store, request)));
    c.set("readClaim", store.readClaim);
    c.set("runtimeEncodesBodies", options.runtimeEncodesBodies ?? false);
    c.set("readClaimDocument", store.readClaimDocument);
    await next();
    const seen = store.bookmark?.();
    if (seen) c.header(BOOKMARK_HEADER, seen);
  });
  const tooLargeProblem = (c: Context<AppEnv>, maxSize: number) =>
    problem(c, {
      status: 413,
      type: "payload-too-large",
      title: "Payload too large",
      detail: `The request body exceeds ${maxSize} bytes.`,
    });
  const tooLarge = (maxSize: number) => bodyLimit({ maxSize, onError: (c) => tooLargeProblem(c, maxSize) });
  const bodyLimitDefault = tooLarge(limits.maxBodyBytes);
  const bodyLimitImport = tooLarge(limits.importMaxBodyBytes);
  app.use(async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const isImport = c.req.path === "/v1/import";
    const maxSize = isImport ? limits.importMaxBodyBytes : limits.maxBodyBytes;
    // A declared length (no chunked body) is checked here as bodyLimit checks it, without touching the
    // request's `body`: on Node that turns the adapter's light request into a web Request whose body is
    // a stream, which a check's JSON is then read through. The runtime holds the body to the length it
    // declares.
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined)
      return Number.parseInt(length, 10) > maxSize ? tooLargeProblem(c, maxSize) : next();
    return (isImport ? bodyLimitImport : bodyLimitDefault)(c, next);
  });

  app.notFound((c) => {
    const noRoute = () =>
      problem(c, {
        status: 404,
        type: "no-route",
        title: "Not found",
        detail: `No route for ${c.req.method} ${c.req.path}.`,
      });
    if (c.req.path.startsWith("/v1/")) return noRoute();
    return errorPage(
      c,
      options.site ?? {},
      { status: 404, title: "Page not found", detail: `There is no page at ${c.req.path}.` },
      noRoute,
    );
  });
  app.onError((error, c) => failureProblem(error, c, log));

  let document: Record<string, unknown> | undefined;
  const routes = app
    .route("/", claimsRouter)
    .route("/", referencesRouter)
    .route("/", relationsRouter)
    .route("/", entitiesRouter)
    .route("/", predicatesRouter)
    .route("/", importRouter)
    .route("/", exportRouter)
    .route("/", checkRouter)
    .route("/", mcpRouter({ version, log }))
    .route("/", pagesRouter({ site: options.site, log }))
    .route(
      "/",
      metaRouter({
        version,
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

/**
 * The OpenAPI 3.1 document of `app`, with the headers every operation shares. Operations that declare
 * no security are public reads and say so with an empty requirement (`security: []`, OpenAPI §4.8.10).
 */
export function openApiDocument(app: ReturnType<typeof createRouter>): Record<string, unknown> {
  const document = app.getOpenAPI31Document(structuredClone(API_INFO) as never);
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      const operation = item?.[method];
      if (operation && !operation.security) operation.security = [];
    }
    // Every GET answers If-None-Match (src/lib/caching.ts).
    const read = item?.get;
    if (read?.responses?.["200"] && !read.responses["304"]) {
      read.responses["304"] = { description: "Not modified: `If-None-Match` matches the current ETag." };
    }
  }
  const plain = document as unknown as Record<string, unknown>;
  declareBookmarkHeader(plain);
  return plain;
}
