/**
 * Full-text searches off the main thread on Node: a pool of worker threads, each with its own
 * read-only better-sqlite3 connection to the database file (WAL lets readers run beside the writer).
 * better-sqlite3 is synchronous, so a search on the main thread would stall every other request for
 * its whole duration; here the event loop only waits for a message. The workers also lower their own
 * scheduling priority (on Linux a thread's nice value is its own), so that when the CPU is short the
 * cheap requests on the main thread go first and a burst of searches slows searches, not lookups.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SQL } from "drizzle-orm";
import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { type SearchRunner, SearchTimeout } from "./search";

export interface SearchPoolOptions {
  /** The SQLite file (not `:memory:`: workers need a file to share). */
  path: string;
  /** Worker threads; default: the CPUs this process may run on, 1 to 4. */
  threads?: number;
  /** SQLite page cache of each worker's connection, in KiB; default 16 MiB (SQLite's own is 2 MiB). */
  cacheKiB?: number;
  /** Time budget of one search from dispatch, in ms; over it the worker is replaced and the search fails. */
  timeoutMs?: number;
  /** Nice value the workers run at (0–19); default 10. */
  nice?: number;
}

export interface SearchPool {
  runSearch: SearchRunner;
  close(): Promise<void>;
}

// Runs inside each worker (CommonJS, as `eval` workers are): prepare once, run, answer.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
try { require("node:os").setPriority(workerData.nice); } catch {}
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 5000");
db.pragma("cache_size = -" + workerData.cacheKiB);
const statements = new Map();
parentPort.on("message", ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 256) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message) });
  }
});
`;

interface Pending {
  sql: string;
  params: unknown[];
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Starts the pool; `runSearch` sends each query to the least busy worker. */
export function openSearchPool(options: SearchPoolOptions): SearchPool {
  // More workers than CPUs add memory, not speed: on one CPU one worker served as many searches as two.
  const threads = Math.max(1, options.threads ?? Math.min(4, availableParallelism()));
  const timeoutMs = options.timeoutMs ?? 5000;
  const workerData = {
    path: options.path,
    nice: options.nice ?? 10,
    cacheKiB: options.cacheKiB ?? 16 * 1024,
    driver: createRequire(import.meta.url).resolve("better-sqlite3"),
  };
  const dialect = new SQLiteSyncDialect();
  let nextId = 0;
  let closed = false;

  function start(): Slot {
    const slot: Slot = {
      worker: new Worker(WORKER_SOURCE, { eval: true, workerData, execArgv: [] }),
      pending: new Map(),
    };
    slot.worker.unref();
    slot.worker.on("message", (message: { id: number; rows?: Record<string, unknown>[]; error?: string }) => {
      const pending = slot.pending.get(message.id);
      if (!pending) return;
      slot.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error !== undefined) pending.reject(new Error(message.error));
      else pending.resolve(message.rows ?? []);
    });
    slot.worker.on("error", (error) => replace(slot, error));
    slot.worker.on("exit", () => replace(slot, new Error("search worker exited")));
    return slot;
  }

  const slots = Array.from({ length: threads }, start);

  /**
   * Puts a fresh worker in the place of one that failed or ran over time: the search that ran over
   * (`culprit`) fails, the ones queued behind it go to the new worker; after a crash they all fail.
   */
  function replace(slot: Slot, error: Error, culprit?: number) {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    void slot.worker.terminate();
    const fresh = closed ? undefined : start();
    if (fresh) slots[index] = fresh;
    else slots.splice(index, 1);
    for (const [id, pending] of slot.pending) {
      if (fresh && culprit !== undefined && id !== culprit) {
        fresh.pending.set(id, pending);
        fresh.worker.postMessage({ id, sql: pending.sql, params: pending.params });
      } else {
        clearTimeout(pending.timer);
        pending.reject(error);
      }
    }
    slot.pending.clear();
  }

  /** The slot that now holds search `id`, if any. */
  const holderOf = (id: number) => slots.find((slot) => slot.pending.has(id));

  const runSearch: SearchRunner = (query: SQL) => {
    const { sql, params } = dialect.sqlToQuery(query);
    const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const holder = holderOf(id);
        if (holder) replace(holder, new SearchTimeout(timeoutMs), id);
      }, timeoutMs);
      slot.pending.set(id, { sql, params, resolve, reject, timer });
      slot.worker.postMessage({ id, sql, params });
    });
  };

  return {
    runSearch,
    close: async () => {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
