import { createApp } from "./app";
import { openD1Store } from "./db/d1";
import { BOOKMARK_HEADER } from "./lib/bookmark";
import { seedIfEmpty } from "./seed/load";
import { workersDocsAsset } from "./worker-assets";

/** The bindings wrangler.toml declares. */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** `false`: leave an empty database empty (for a restore or an import); otherwise the first request seeds it. */
  SEED_ON_START?: string;
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
    if (env.SEED_ON_START !== "false") await seedOnce(env);
    // Reads may come from a replica, no older than the client's bookmark; writes start at the primary.
    const reading = c.req.method === "GET" || c.req.method === "HEAD";
    const bookmark = c.req.header(BOOKMARK_HEADER);
    return openD1Store(env.DB, { session: reading ? (bookmark ?? "first-unconstrained") : "first-primary" });
  },
  docsAsset: (file, c) => workersDocsAsset((c.env as Env).ASSETS, file),
  // workerd gzips a body whose response says `Content-Encoding: gzip`: the app sends it plain.
  runtimeEncodesBodies: true,
});

export default { fetch: app.fetch } satisfies ExportedHandler<Env>;
