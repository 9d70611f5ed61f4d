import { createApp } from "./app";
import { refreshStatementNames } from "./check/statement-names";
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

let named: Promise<number> | undefined;

/**
 * Writes the statement names of claims stored before them (an upgrade, a restore), once per isolate: after
 * that, one read of a settings row tells it there is nothing to do. A failure (a database at its size
 * limit) is logged and does not fail the request: the check reads the names there are, and the next
 * isolate tries again.
 */
function nameOnce(env: Env): Promise<number> {
  const store = openD1Store(env.DB);
  named ??= refreshStatementNames(store.db, store.runAtomic).catch((error: unknown) => {
    console.log(
      JSON.stringify({ level: "warn", message: "could not write the statement names", error: String(error) }),
    );
    return 0;
  });
  return named;
}

const app = createApp({
  runtime: "workers",
  getStore: async (c) => {
    const env = c.env as Env;
    if (env.SEED_ON_START !== "false") await seedOnce(env);
    await nameOnce(env);
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
