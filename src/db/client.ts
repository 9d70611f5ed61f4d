import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

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
}

/** D1 binds at most 100 parameters per statement; multi-row inserts are cut to fit on both drivers. */
export const MAX_BOUND_PARAMETERS = 100;

/** Rows per INSERT so that `columns` parameters per row stay within the bound-parameter limit. */
export function rowsPerInsert(columns: number): number {
  return Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / columns));
}

/** Splits `rows` into chunks small enough for one multi-row INSERT each. */
export function chunkRows<T extends object>(rows: T[]): T[][] {
  if (rows.length === 0) return [];
  const size = rowsPerInsert(Object.keys(rows[0] as object).length);
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
