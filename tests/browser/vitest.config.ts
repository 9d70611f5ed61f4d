import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The browser tests: the pages in headless Chromium against a real server (`npm run test:browser`).
 * Apart from `npm test` because they need Debian's chromium, which `.ci/run` installs.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    name: "browser",
    include: ["tests/browser/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser and one server for the whole file; files run one after another.
    fileParallelism: false,
  },
});
