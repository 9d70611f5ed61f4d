import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const SWAGGER_UI_DIR = dirname(require.resolve("swagger-ui-dist/package.json"));
const ASSET_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

/** Serves a docs asset from the installed swagger-ui-dist package, cached for a day. */
export async function nodeDocsAsset(file: string): Promise<Response | null> {
  try {
    const body = await readFile(join(SWAGGER_UI_DIR, file));
    const type = ASSET_TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
    return new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=86400" } });
  } catch {
    return null;
  }
}
