import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { RequestIdVariables } from "hono/request-id";
import type { CheckRunner } from "./check/runner";
import type { Db, ReadClaim, ReadClaimDocument, RunAtomic } from "./db/client";
import type { KeyScope } from "./db/schema";
import type { SearchRunner } from "./db/search";
import type { ImportRunner } from "./import/run";
import type { RateLimiter } from "./lib/rate-limit";
import type { SiteOptions } from "./pages/site";

/** Per-request variables every handler can read through `c.var`. */
export interface AppVariables extends RequestIdVariables {
  db: Db;
  runAtomic: RunAtomic;
  /** Name of the API key that authenticated a write. */
  actor: string;
  actorScope: KeyScope;
  writeLimiter: RateLimiter;
  /** How long a check may run (ms) before it is answered 503. */
  checkBudgetMs: number;
  /** How the service names and places itself (public URL, name), for absolute links. */
  site: SiteOptions;
  runSearch: SearchRunner;
  /** Where this request's check of a text runs (the store's runner, or in the request). */
  runCheck: CheckRunner;
  /** Where this request's import runs (the store's runner, or in the request). */
  runImport: ImportRunner;
  /** The store's prepared by-id read of a claim, where it has one (Node). */
  readClaim: ReadClaim | undefined;
  /**
   * Whether the runtime encodes a body itself as its response's `Content-Encoding` says (workerd does:
   * a handler there sends plain bytes), or the app must send them encoded (Node).
   */
  runtimeEncodesBodies: boolean;
  /** The store's prepared read of a claim's document, where it has one (Node). */
  readClaimDocument: ReadClaimDocument | undefined;
}

export interface AppEnv {
  Variables: AppVariables;
  // biome-ignore lint/suspicious/noExplicitAny: the bindings differ per runtime (none on Node, D1 on Workers).
  Bindings: any;
}

export type AppOpenAPI = OpenAPIHono<AppEnv>;

/** A handler typed against its route's declared responses: a wrong status or body is a compile error. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
