import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";
import type { SearchRunner } from "./search";

/**
 * The database as handlers see it: Drizzle over better-sqlite3 (sync) on Node or over D1 (async) on
 * Workers. Handlers always `await` queries, which works on both.
 */
export type Db = BaseSQLiteDatabase<"sync" | "async", unknown, typeof schema>;

/** A prepared Drizzle statement that can be part of an atomic unit of writes. */
export type WriteStatement = BatchItem<"sqlite">;

/**
 * The one seam where the drivers differ: run several writes as one atomic unit.
 * D1 has no interactive transactions, so it uses `batch()`; better-sqlite3 has no `batch()` and only
 * synchronous transactions.
 */
export type RunAtomic = (statements: WriteStatement[]) => Promise<void>;

/** What an entry point hands to the app: the database and its atomic-write seam. */
export interface Store {
  db: Db;
  runAtomic: RunAtomic;
  /**
   * Where full-text searches run. Optional: by default on `db` itself (D1, tests); the Node server
   * passes a pool of worker threads with read-only connections, so that a search never blocks the
   * event loop that serves other requests.
   */
  runSearch?: SearchRunner;
}
