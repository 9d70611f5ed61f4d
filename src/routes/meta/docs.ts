import { html } from "hono/html";

/**
 * What /docs allows a browser to load: scripts, styles and images of this origin only, requests
 * ("Try it out") to this origin only. Swagger UI sets element styles from script, draws its icons
 * as data: images and shows an image answer (the favicon) from a blob: URL.
 */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The API reference page: Swagger UI over `/openapi.json` inside the site's header, every asset
 * served by this service. `docs.js` configures it and `docs.css` restyles it to WCAG AA (see there).
 */
export function docsHtml() {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference · Cited</title>
    <meta name="description" content="The Cited API: every route, its parameters and answers, and a Try it out form for each." />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
    <link rel="stylesheet" href="/docs/assets/docs.css" />
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site-header">
      <div class="wrap">
        <a class="brand" href="/">Cited <span>citation-backed claims</span></a>
        <nav aria-label="Main">
          <ul>
            <li><a href="/">Claims</a></li>
            <li><a href="/check">Check a sentence</a></li>
            <li><a href="/docs" aria-current="page">API</a></li>
          </ul>
        </nav>
      </div>
    </header>
    <!-- Swagger UI renders its own <main> (the operations); the skip link leads here. -->
    <div id="main" tabindex="-1">
      <h1 class="visually-hidden">API reference</h1>
      <noscript><p class="wrap">This page needs JavaScript; the specification is at <a href="/openapi.json">/openapi.json</a>.</p></noscript>
      <div id="swagger-ui"></div>
    </div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/docs.js"></script>
  </body>
</html>`;
}

const ASSET_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

/** A docs asset as every runtime serves it: its media type, cached for a day. */
export function docsAssetResponse(file: string, body: BodyInit | null): Response {
  const type = ASSET_TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
  return new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" } });
}
