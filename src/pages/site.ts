import type { Context } from "hono";

/** How the pages name and place this service. Everything is optional. */
export interface SiteOptions {
  /**
   * Absolute URL the service is reached at (`https://cited.example.org`), for canonical links, Open
   * Graph and ClaimReview URLs. Default: the origin of each request.
   */
  publicUrl?: string;
  /** Name shown in titles and as the ClaimReview author. Default: `Cited`. */
  name?: string;
}

/** The site as one request sees it: its name, and absolute URLs built from its base. */
export interface Site {
  name: string;
  /** Base URL without a trailing slash. */
  base: string;
  /** The absolute URL of `path` (which starts with `/`). */
  url(path: string): string;
}

export const DEFAULT_SITE_NAME = "Cited";

/** The site of request `c`: the configured public URL, or the request's own origin. */
export function siteOf(c: Context, options: SiteOptions = {}): Site {
  const base = (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
  return { name: options.name ?? DEFAULT_SITE_NAME, base, url: (path) => `${base}${path}` };
}

/** Path of a resource's page: ids are slugs, but a DOI-like key is escaped all the same. */
export const pagePath = {
  claim: (id: string) => `/claims/${encodeURIComponent(id)}`,
  reference: (id: string) => `/references/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entities/${encodeURIComponent(id)}`,
};
