import { createApp } from "./app";
import { openD1Store } from "./db/d1";
import { BOOKMARK_HEADER } from "./lib/bookmark";
import { seedIfEmpty } from "./seed/load";
import { workersDocsAsset } from "./worker-assets";

/** The bindings wrangler.toml declares. */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
}

let seeded: Promise<boolean> | undefined;

/** Seeds an empty D1 on an isolate's first request, as the Node server does on start; retried after a failure. */
function seedOnce(env: Env): Promise<boolean> {
  seeded ??= seedIfEmpty(openD1Store(env.DB)).then(
    (didSeed) => {
      if (didSeed) console.log(JSON.stringify({ level: "info", message: "seeded an empty database" }));
      return didSeed;
    },
    (error) => {
      seeded = undefined;
      throw error;
    },
  );
  return seeded;
}

const app = createApp({
  runtime: "workers",
  getStore: async (c) => {
    const env = c.env as Env;
    await seedOnce(env);
    // Reads may come from a replica, no older than the client's bookmark; writes start at the primary.
    const reading = c.req.method === "GET" || c.req.method === "HEAD";
    const bookmark = c.req.header(BOOKMARK_HEADER);
    return openD1Store(env.DB, { session: reading ? (bookmark ?? "first-unconstrained") : "first-primary" });
  },
  docsAsset: (file, c) => workersDocsAsset((c.env as Env).ASSETS, file),
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
