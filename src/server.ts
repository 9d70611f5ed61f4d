import { serve } from "@hono/node-server";
import { createApp, DEFAULT_LIMITS } from "./app";
import { openNodeStore } from "./db/node";
import { openSearchPool } from "./db/node-search";
import { lexiconSqlStatements } from "./lexicon/node-file";
import { loadLexiconIfEmpty } from "./lexicon/node-load";
import { DEFAULT_CACHE_POLICY } from "./lib/caching";
import { nodeDocsAsset } from "./node-assets";
import { compressing } from "./node-compress";
import { bufferedStdoutLog } from "./node-log";
import { startupWarnings } from "./node-warnings";
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

const store = openNodeStore(config.databasePath);
if (config.seedOnStart && (await seedIfEmpty(store)))
  console.log(JSON.stringify({ level: "info", message: "seeded an empty database", path: config.databasePath }));
const words = loadLexiconIfEmpty(store.sqlite, lexiconSqlStatements);
if (words > 0) console.log(JSON.stringify({ level: "info", message: "loaded the lexicon (WordNet)", words }));

// Searches run on worker threads with read-only connections (an in-memory database cannot be shared).
const searchPool =
  config.databasePath === ":memory:" || config.searchThreads === 0
    ? undefined
    : openSearchPool({ path: config.databasePath, threads: config.searchThreads });
const served = { ...store, runSearch: searchPool?.runSearch };

const app = createApp({
  getStore: () => served,
  docsAsset: nodeDocsAsset,
  runtime: "node",
  log: bufferedStdoutLog(),
  limits: config.limits,
  corsOrigins: config.corsOrigins,
  cachePolicy: config.cachePolicy,
  site: { publicUrl: config.publicUrl },
});

// Compression on the way out; the app itself stays runtime-neutral (Workers compresses on its own).
const server = serve({ fetch: compressing(app.fetch), port: config.port, hostname: config.host }, (info) => {
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  console.log(
    JSON.stringify({
      level: "info",
      message: `Cited listening on http://${host}:${info.port}`,
      database: config.databasePath,
    }),
  );
});

/** Stops accepting connections, lets requests in flight finish, then closes the database. */
function shutdown(signal: string) {
  console.log(JSON.stringify({ level: "info", message: `received ${signal}, shutting down` }));
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(async () => {
    await searchPool?.close();
    store.close();
    process.exit(0);
  });
}
process.once("SIGINT", () => shutdown("SIGINT"));
process.once("SIGTERM", () => shutdown("SIGTERM"));
