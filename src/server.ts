import { createHash } from "node:crypto";
import { createServer, type RequestListener, type ServerOptions } from "node:http";
import { serve } from "@hono/node-server";
import { createApp, DEFAULT_LIMITS } from "./app";
import { refreshStatementNames } from "./check/statement-names";
import { openNodeStore } from "./db/node";
import { lexiconSqlSource } from "./lexicon/node-file";
import { loadLexiconIfStale } from "./lexicon/node-load";
import { DEFAULT_CACHE_POLICY } from "./lib/caching";
import { nodeDocsAsset } from "./node-assets";
import { compressing } from "./node-compress";
import { keepClaimDocuments } from "./node-documents";
import { nodeFront } from "./node-front";
import { nodeImportRunner } from "./node-import";
import { bufferedStdoutLog } from "./node-log";
import { startupWarnings } from "./node-warnings";
import { openWorkPool } from "./node-work";
import { seedIfEmpty } from "./seed/load";

/** A positive integer from the environment, or the default. */
function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not '${raw}'`);
  return value;
}

const config = {
  databasePath: process.env.DATABASE_PATH ?? "data/cited.db",
  port: envInt("PORT", 3000),
  host: process.env.HOST ?? "127.0.0.1",
  cachePolicy: { reads: process.env.CACHE_CONTROL || DEFAULT_CACHE_POLICY.reads },
  corsOrigins: (process.env.CORS_ORIGINS ?? "*")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean),
  /** The public base URL of the pages' canonical links; default: each request's origin. */
  publicUrl: process.env.PUBLIC_URL || undefined,
  limits: {
    maxBodyBytes: envInt("MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes),
    importMaxBodyBytes: envInt("IMPORT_MAX_BODY_BYTES", DEFAULT_LIMITS.importMaxBodyBytes),
    writeRateLimit: {
      limit: envInt("WRITE_RATE_LIMIT", DEFAULT_LIMITS.writeRateLimit.limit),
      windowSeconds: envInt("WRITE_RATE_WINDOW_SECONDS", DEFAULT_LIMITS.writeRateLimit.windowSeconds),
    },
    checkBudgetMs: envInt("CHECK_BUDGET_MS", DEFAULT_LIMITS.checkBudgetMs),
  },
  /** Worker threads for searches; unset: one per CPU the process may use (1–4); 0: search on the main thread. */
  searchThreads: process.env.SEARCH_THREADS === undefined ? undefined : Number(process.env.SEARCH_THREADS),
  /** Seed an empty database on start (default); `false` leaves it empty, e.g. for `npm run restore` or an import. */
  seedOnStart: process.env.SEED_ON_START !== "false",
};

for (const warning of startupWarnings(config))
  console.log(JSON.stringify({ level: "warn", message: warning, host: config.host }));

const log = bufferedStdoutLog();
const store = openNodeStore(config.databasePath);
// The hot path reads on a connection of its own (see TurnReader): this one serves the app, and writes.
store.sqlite.pragma("cache_size = -4096");
if (config.seedOnStart && (await seedIfEmpty(store)))
  console.log(JSON.stringify({ level: "info", message: "seeded an empty database", path: config.databasePath }));
const words = loadLexiconIfStale(store.sqlite, lexiconSqlSource());
if (words > 0) console.log(JSON.stringify({ level: "info", message: "loaded the lexicon (WordNet)", words }));
// Claims written before the check read their statements' words for their subjects (an upgrade, a restore).
const named = await refreshStatementNames(store.db, store.runAtomic);
if (named > 0) console.log(JSON.stringify({ level: "info", message: "wrote the statement names", claims: named }));

// Searches and checks run on worker threads with read-only connections (an in-memory database cannot
// be shared), behind admission control.
const workPool =
  config.databasePath === ":memory:" || config.searchThreads === 0
    ? undefined
    : openWorkPool({ path: config.databasePath, threads: config.searchThreads });
// Imports are planned and written on a worker thread of their own, one at a time.
const importRunner =
  config.databasePath === ":memory:"
    ? undefined
    : nodeImportRunner({ path: config.databasePath, store, makeRoom: () => workPool?.releaseIdle() });
const served = { ...store, runSearch: workPool?.runSearch, runCheck: workPool?.runCheck, runImport: importRunner };

const app = createApp({
  getStore: () => served,
  docsAsset: nodeDocsAsset,
  runtime: "node",
  log,
  limits: config.limits,
  corsOrigins: config.corsOrigins,
  cachePolicy: config.cachePolicy,
  site: { publicUrl: config.publicUrl },
  sha256: (body) =>
    createHash("sha256")
      .update(typeof body === "string" ? body : new Uint8Array(body))
      .digest(),
});

// In front of the app: `GET /v1/claims/{id}` answered from the claim's document, and searches and checks
// that the pool would turn away answered 503 — both before the app's middleware, as the app would.
const front = nodeFront({ store, workPool, log });
const documents = keepClaimDocuments(store, { log });

const server = serve(
  {
    // Compression on the way out (the app itself stays runtime-neutral: Workers compresses on its own).
    fetch: front.fetch(compressing(app.fetch)),
    port: config.port,
    hostname: config.host,
    createServer: ((options: ServerOptions, listener: RequestListener) =>
      createServer(options, front.listener(listener))) as typeof createServer,
  },
  (info) => {
    // The workers start once the server answers: its first requests do not wait for them.
    if (workPool) setTimeout(() => workPool.warm(), 1000).unref();
    const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
    console.log(
      JSON.stringify({
        level: "info",
        message: `Cited listening on http://${host}:${info.port}`,
        database: config.databasePath,
      }),
    );
  },
);

/** Stops accepting connections, lets requests in flight finish, then closes the database. */
function shutdown(signal: string) {
  console.log(JSON.stringify({ level: "info", message: `received ${signal}, shutting down` }));
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(async () => {
    await documents.stop();
    await workPool?.close();
    await importRunner?.close();
    store.close();
    process.exit(0);
  });
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));
