import type { WriteOutcome } from "../lib/violations";
import { commit, type Writer } from "../routes/claims/claims.mutations";
import {
  type ImportCounts,
  type ImportError,
  importBatches,
  importStatements,
  ndjsonLines,
  planImport,
  recordCount,
} from "./plan";

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  dryRun: boolean;
  created: ImportCounts;
  unchanged: ImportCounts;
}

/** An import's result: the lines that break the rules (nothing written), or the write's outcome. */
export type ImportOutcome = { errors: ImportError[] } | { written: WriteOutcome<ImportReport> };

/** What an import needs besides the data: who writes it, when, and whether to write at all. */
export interface ImportRequest {
  /** The NDJSON body, as the UTF-8 bytes it came in (a large one is never copied into one string). */
  body: Uint8Array;
  actor: string;
  now: string;
  dryRun: boolean;
}

/**
 * Where imports run: in the request by default (D1, tests), on a worker thread with its own
 * connection on the Node server (node-import.ts), so that planning and writing thousands of records
 * never stalls the event loop.
 */
export type ImportRunner = (request: ImportRequest) => Promise<ImportOutcome>;

/**
 * Plans the import of an NDJSON body and, unless it is a dry run, writes it as one unit (however it is
 * batched, one transaction: all or nothing).
 */
export async function importNdjson(
  store: Pick<Writer, "db" | "runAtomic">,
  request: ImportRequest,
  options: { batchRecords?: number } = {},
): Promise<ImportOutcome> {
  const stamp = { actor: request.actor, now: request.now };
  const plan = await planImport(store.db, ndjsonLines(request.body), stamp);
  if (plan.errors.length) return { errors: plan.errors };
  const report = { dryRun: request.dryRun, created: plan.created, unchanged: plan.unchanged };
  if (request.dryRun || recordCount(plan.creates) === 0) return { written: { ok: true, value: report } };
  const writer = { ...store, actor: request.actor, now: request.now };
  // Statements are built as the unit reaches them, not all before the first is run: a kind at a time,
  // or `batchRecords` records at a time where the driver runs them one by one (better-sqlite3) — on D1
  // every statement of the batch counts against the invocation's queries, so fewer, larger ones.
  const batches = options.batchRecords ? importBatches(plan.creates, options.batchRecords) : [plan.creates];
  const statements = (function* () {
    for (const batch of batches) yield* importStatements(store.db, batch, stamp);
  })();
  return { written: await commit(writer, statements, report) };
}
