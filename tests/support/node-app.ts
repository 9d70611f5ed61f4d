import type Database from "better-sqlite3";
import { type AppOptions, createApp } from "../../src/app";
import { MAX_BOUND_PARAMETERS } from "../../src/db/client";
import { openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { lexiconSqlSource } from "../../src/lexicon/node-file";
import { loadLexiconIfStale } from "../../src/lexicon/node-load";
import { nodeDocsAsset } from "../../src/node-assets";
import { loadSeed } from "../../src/seed/load";
import type { Harness } from "./harness";
import { validating } from "./spec";

/** How many `?` placeholders `sql` has outside quoted strings and identifiers. */
export function placeholders(sql: string): number {
  let count = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === "`") quote = char;
    else if (char === "?") count++;
  }
  return count;
}

/**
 * Holds a connection to D1's limit of bound parameters per statement: a statement that would bind more
 * throws when it is prepared, so a statement that would fail on Workers fails on Node too.
 */
export function guardBoundParameters(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const count = placeholders(source);
    if (count > MAX_BOUND_PARAMETERS)
      throw new Error(
        `bound-parameter guard: ${count} parameters > ${MAX_BOUND_PARAMETERS} in: ${source.slice(0, 200)}`,
      );
    return prepare(source);
  }) as typeof sqlite.prepare;
}

/**
 * A Node server under test: a real SQLite database (in memory, or a file), migrated by the real
 * migrations and loaded with the seed, behind the real app, its statements held to D1's limit of
 * bound parameters. Requests go through `app.request`, and
 * every response is checked against openapi/openapi.json.
 */
export async function startNodeApp(
  options: { path?: string; seed?: boolean; lexicon?: boolean; limits?: AppOptions["limits"] } = {},
) {
  const store = openNodeStore(options.path ?? ":memory:");
  guardBoundParameters(store.sqlite);
  if (options.seed !== false) await loadSeed(store);
  // The lexicon, as the server loads it on start (from the file tests share rather than WordNet each time).
  if (options.lexicon !== false) loadLexiconIfStale(store.sqlite, lexiconSqlSource());
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
