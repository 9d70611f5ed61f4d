/**
 * `npm run build:worker`: copies the docs page's assets out of swagger-ui-dist into the folder that
 * wrangler.toml serves as Workers static assets (swagger-ui-bundle.js alone is 1.7 MB, too big to
 * bundle into the Worker).
 */
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOCS_ASSETS } from "../src/routes/meta/meta.routes";

export const WORKER_ASSETS_DIR = fileURLToPath(new URL("../dist/worker-assets", import.meta.url));

/** Copies the docs assets into `WORKER_ASSETS_DIR`; idempotent. */
export async function buildWorkerAssets(): Promise<string[]> {
  const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  await mkdir(WORKER_ASSETS_DIR, { recursive: true });
  await Promise.all(DOCS_ASSETS.map((file) => copyFile(join(source, file), join(WORKER_ASSETS_DIR, file))));
  return DOCS_ASSETS.map((file) => join(WORKER_ASSETS_DIR, file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildWorkerAssets();
  console.log(`copied ${files.length} docs assets to ${WORKER_ASSETS_DIR}`);
}
