import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { CheckRunner } from "../check/runner";
import type { ImportRunner } from "../import/run";
import type { StoredRelation } from "./claim-rows";
import type * as schema from "./schema";
import type { ClaimRow, Design, Stance, Tier } from "./schema";
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
export type RunAtomic = (statements: Iterable<WriteStatement>) => Promise<void>;

/** A citation as stored, with what the claim needs of its reference: retraction flag, tier, design. */
export interface StoredCitation {
  claimId: string;
  referenceId: string;
  stance: Stance;
  locator: string | null;
  quote: string | null;
  spanStart: number | null;
  spanEnd: number | null;
  note: string | null;
  retracted: boolean;
  tier: Tier | null;
  design: Design | null;
}

/**
 * A claim's row, its citations in their curated order (with each reference's retraction flag and
 * tier), and its relations to other claims in both directions.
 */
export interface StoredClaim {
  row: ClaimRow;
  cited: StoredCitation[];
  relations: StoredRelation[];
}

/** Reads one claim with its citations and relations by id, synchronously, or null when there is none. */
export type ReadClaim = (id: string) => StoredClaim | null;

/** A claim's materialised document: the body served, and what its headers need without parsing it. */
export interface ClaimDocument {
  revision: number;
  updatedAt: string;
  body: string;
}

/** Reads the document of claim `id` written by serializer `version`, synchronously, or null. */
export type ReadClaimDocument = (id: string, version: string) => ClaimDocument | null;

/** What an entry point hands to the app: the database and its atomic-write seam. */
export interface Store {
  db: Db;
  runAtomic: RunAtomic;
  /**
   * Where this request's reads and writes left the database, for a D1 session over read replicas;
   * the app returns it in the `X-D1-Bookmark` header. Absent where every read sees every write (Node).
   */
  bookmark?: () => string | null;
  /**
   * Where full-text searches run. Optional: by default on `db` itself (D1, tests); the Node server
   * passes a pool of worker threads with read-only connections, so that a search never blocks the
   * event loop that serves other requests.
   */
  runSearch?: SearchRunner;
  /** Where checks of a text run: by default in the request, on `db`; the Node server passes its worker pool. */
  runCheck?: CheckRunner;
  /** Where imports run: by default in the request, through `runAtomic`; the Node server passes a worker thread. */
  runImport?: ImportRunner;
  /**
   * The by-id read of a claim as one statement prepared once. Optional: the Node store offers it
   * (Drizzle's query builder costs ~10× a prepared statement per call); elsewhere (D1) the claim is
   * read through `db`, with the same result.
   */
  readClaim?: ReadClaim;
  /** The read of a claim's document (routes/claims/claims.documents.ts) prepared once; optional, as readClaim. */
  readClaimDocument?: ReadClaimDocument;
}

/**
 * D1 binds at most 100 parameters per statement (https://developers.cloudflare.com/d1/platform/limits/);
 * a statement meant for both drivers stays within it.
 */
export const MAX_BOUND_PARAMETERS = 100;

/** How many parameters a Drizzle statement binds. */
export function boundParameters(statement: WriteStatement): number {
  return (statement as unknown as { toSQL(): { params: unknown[] } }).toSQL().params.length;
}

/**
 * `build` over `rows` in as few statements as D1's limit on bound parameters per statement allows
 * (a multi-row insert binds every column of every row).
 */
export function chunked<R>(rows: R[], build: (rows: R[]) => WriteStatement): WriteStatement[] {
  if (rows.length === 0) return [];
  const widest = Math.max(...rows.map((row) => boundParameters(build([row]))));
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / widest));
  const statements: WriteStatement[] = [];
  for (let start = 0; start < rows.length; start += size) statements.push(build(rows.slice(start, start + size)));
  return statements;
}
