import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { rowCounts } from "../../db/schema";
import { notFound } from "../../lib/errors";
import { createRouter } from "../../lib/router";
import type { AppEnv } from "../../types";
import { DOCS_CONTENT_SECURITY_POLICY, docsAssetResponse, docsHtml } from "./docs";
import { DOCS_CSS, DOCS_JS } from "./docs-ui";
import { FAVICON_SVG, faviconIco } from "./favicon";
import * as routes from "./meta.routes";

export interface MetaOptions {
  version: string;
  runtime: string;
  /** The OpenAPI document of the whole app. */
  document: () => Record<string, unknown>;
  /**
   * Fetches a docs asset (`swagger-ui.css`…) from wherever this runtime keeps it (the request's
   * context holds the Workers bindings); null when absent.
   */
  docsAsset: (file: routes.DocsAsset, c: Context<AppEnv>) => Promise<Response | null>;
}

/** Icons change with a release at most: a day in any cache. */
const ICON_CACHE = "public, max-age=86400";

export function metaRouter(options: MetaOptions) {
  return createRouter()
    .openapi(routes.health, async (c) => {
      // Kept by triggers (migration 0009): counting a large table would hold the event loop.
      const [row] = await c.var.db
        .select({ claims: rowCounts.rows })
        .from(rowCounts)
        .where(eq(rowCounts.name, "claims"));
      return c.json(
        { status: "ok" as const, version: options.version, runtime: options.runtime, claims: row?.claims ?? 0 },
        200,
      );
    })
    .openapi(routes.openapiDocument, (c) => c.json(options.document(), 200))
    .openapi(routes.docsPage, async (c) => {
      c.header("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
      return c.html(await docsHtml(), 200);
    })
    .openapi(routes.faviconSvg, (c) =>
      c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml", "Cache-Control": ICON_CACHE }),
    )
    .openapi(routes.faviconIco, (c) =>
      c.body(faviconIco(), 200, { "Content-Type": "image/vnd.microsoft.icon", "Cache-Control": ICON_CACHE }),
    )
    .openapi(routes.docsAsset, async (c) => {
      const { file } = c.req.valid("param");
      const asset =
        file === "docs.css"
          ? docsAssetResponse(file, DOCS_CSS)
          : file === "docs.js"
            ? docsAssetResponse(file, DOCS_JS)
            : await options.docsAsset(file, c);
      if (!asset) return notFound(c, "docs asset", file);
      // Through the context, so that the headers set by middleware (X-Request-Id) are kept.
      return c.newResponse(asset.body, { status: 200, headers: asset.headers }) as never;
    });
}
