import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { docsAssetResponse } from "./routes/meta/docs";

const require = createRequire(import.meta.url);
const SWAGGER_UI_DIR = dirname(require.resolve("swagger-ui-dist/package.json"));

/** Serves a docs asset from the installed swagger-ui-dist package. */
export async function nodeDocsAsset(file: string): Promise<Response | null> {
  try {
    return docsAssetResponse(file, await readFile(join(SWAGGER_UI_DIR, file)));
  } catch {
    return null;
  }
}
