/**
 * `npm run build` (also run by `npm install`, and by `npm start` when a source file changed since):
 * compiles the Node server and its worker threads from `src/` into plain JavaScript in `dist/node/`,
 * so that the server starts without a TypeScript loader. One bundle per entry point, dependencies
 * included, with the code they share in chunks beside them.
 */
import { rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = resolve(root, "dist/node");
/** The entry points: the server, and the modules its worker threads run. */
const ENTRIES = ["server", "node-worker", "node-import-worker"];

export async function build() {
  const esbuild = await import("esbuild");
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `src/${name}.ts`])),
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Dependencies are bundled too: loading hundreds of small modules is most of a cold start. Not the
    // native driver, nor the docs assets read from their package at run time.
    external: ["better-sqlite3", "swagger-ui-dist"],
    // What the MCP SDK imports but never runs here, left out as in the Worker bundle (wrangler.toml
    // `[alias]`, src/worker-absent.ts): ~300 KB less code to compile at every start.
    alias: Object.fromEntries(
      ["ajv", "ajv-formats", "zod-to-json-schema"].map((name) => [name, "./src/worker-absent.ts"]),
    ),
    // Bundled CommonJS modules still call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    sourcemap: "linked",
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build();
  console.log(`built ${OUT_DIR} in ${Math.round(performance.now() - started)} ms`);
}
