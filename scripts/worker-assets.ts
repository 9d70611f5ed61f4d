/**
 * `npm run build:worker`: copies the docs page's assets out of swagger-ui-dist into the folder that
 * wrangler.toml serves as Workers static assets (swagger-ui-bundle.js alone is 1.7 MB, too big to
 * bundle into the Worker). Wrangler runs it before `dev` and `deploy`, vitest.config.ts before the
 * workerd tests.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SWAGGER_UI_ASSETS } from "../src/routes/meta/meta.routes";

const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const target = fileURLToPath(new URL("../dist/worker-assets", import.meta.url));
mkdirSync(target, { recursive: true });
for (const file of SWAGGER_UI_ASSETS) copyFileSync(join(source, file), join(target, file));
console.log(`copied ${SWAGGER_UI_ASSETS.length} docs assets to ${target}`);
