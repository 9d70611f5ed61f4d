import { createApp, openApiDocument } from "./app";

/**
 * The OpenAPI document as committed in `openapi/openapi.json`: built from the routes of an app that
 * is never served, pretty-printed, with a final newline.
 */
export function renderOpenApiDocument(): string {
  const app = createApp({
    getStore: () => {
      throw new Error("the spec needs no database");
    },
    docsAsset: async () => null,
    runtime: "spec",
    log: () => {},
  });
  return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
}
