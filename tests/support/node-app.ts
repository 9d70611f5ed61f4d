import { type AppOptions, createApp } from "../../src/app";
import { openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { nodeDocsAsset } from "../../src/node-assets";
import { lexiconSqlStatements } from "../../src/lexicon/node-file";
import { loadLexiconIfEmpty } from "../../src/lexicon/node-load";
import { loadSeed } from "../../src/seed/load";
import type { Harness } from "./harness";
import { validating } from "./spec";

/**
 * A Node server under test: a real SQLite database (in memory, or a file), migrated by the real
 * migrations and loaded with the seed, behind the real app. Requests go through `app.request`, and
 * every response is checked against openapi/openapi.json.
 */
export async function startNodeApp(
  options: { path?: string; seed?: boolean; lexicon?: boolean; limits?: AppOptions["limits"] } = {},
) {
  const store = openNodeStore(options.path ?? ":memory:");
  if (options.seed !== false) await loadSeed(store);
  // The lexicon, as the server loads it on start (from the file tests share rather than WordNet each time).
  if (options.lexicon !== false) loadLexiconIfEmpty(store.sqlite, lexiconSqlStatements);
  const app = createApp({
    getStore: () => store,
    docsAsset: nodeDocsAsset,
    runtime: "node",
    log: () => {},
    limits: options.limits,
  });
  const harness: Harness = validating({
    fetch: async (path, init) => app.request(path, init),
    createKey: (name, scope) => createKey(store.db, name, scope),
  });
  return { app, store, harness };
}
