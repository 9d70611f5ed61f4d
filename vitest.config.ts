import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

// Miniflare stays local: the app never reads Request.cf, so it is not downloaded from Cloudflare.
process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";

/**
 * The MCP SDK publishes source maps that name TypeScript sources it does not ship, and Vite warns of
 * each such file in every workerd test run. This drops that warning, for that package only.
 */
const quietMcpSdkSourcemaps: Plugin = {
  name: "cited:quiet-mcp-sdk-sourcemaps",
  configResolved(config) {
    const warnOnce = config.logger.warnOnce.bind(config.logger);
    config.logger.warnOnce = (message, options) => {
      if (!/^Sourcemap for "[^"]*\/@modelcontextprotocol\/sdk\/[^"]*" points to missing source files$/.test(message))
        warnOnce(message, options);
    };
  },
};

/** The lexicon's statements from dist/lexicon.sql, built first if stale (`npm run lexicon:sql`). */
function lexiconStatements(): string[] {
  execFileSync("npm", ["run", "--silent", "lexicon:sql"], { stdio: ["ignore", "ignore", "inherit"] });
  return readFileSync(new URL("./dist/lexicon.sql", import.meta.url), "utf8").split("\n-- statement\n");
}

export default defineConfig({
  test: {
    // The worker logs a line per request; show a test's logs only when it fails.
    silent: "passed-only",
    projects: [
      {
        test: {
          name: "node",
          include: ["tests/node/**/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        // The same scenarios inside workerd, over local D1 and the wrangler.toml bindings.
        plugins: [
          quietMcpSdkSourcemaps,
          cloudflareTest(async () => {
            // wrangler.toml's [assets] directory must exist before its config is read: build it as
            // `wrangler dev` and `wrangler deploy` do.
            execFileSync("npm", ["run", "--silent", "build:worker"], { stdio: ["ignore", "ignore", "inherit"] });
            return {
              wrangler: { configPath: "./wrangler.toml" },
              remoteBindings: false,
              miniflare: {
                bindings: {
                  MIGRATIONS: await readD1Migrations(fileURLToPath(new URL("./migrations", import.meta.url))),
                  // The lexicon's statements (dist/lexicon.sql, built if stale), for the tests that load it
                  // as `npm run lexicon:sql` and `wrangler d1 execute` do in production.
                  LEXICON: lexiconStatements(),
                },
              },
            };
          }),
        ],
        test: {
          name: "workers",
          include: ["tests/workers/**/*.test.ts"],
          setupFiles: ["tests/workers/setup.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
