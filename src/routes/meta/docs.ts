import { html } from "hono/html";

/** The API reference page: Swagger UI over `/openapi.json`, every asset served by this service. */
export function docsHtml() {
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Cited API reference</title>
    <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png" />
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <noscript>This page needs JavaScript; the raw specification is at <a href="/openapi.json">/openapi.json</a>.</noscript>
    <div id="swagger-ui"></div>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script>
      window.ui = SwaggerUIBundle({
        url: "/openapi.json",
        dom_id: "#swagger-ui",
        deepLinking: true,
        validatorUrl: null,
        tryItOutEnabled: true,
      });
    </script>
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
