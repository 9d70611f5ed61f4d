/**
 * A worker thread of the Node server's pool (node-work.ts). It holds its own read-only connection to
 * the database file (WAL lets readers run beside the writer) and runs what would otherwise hold the
 * event loop: full-text search queries and checks of a text. It runs at a lower scheduling priority
 * (set before it loads: see workerEntry; on Linux a thread's nice value is its own), so that when the
 * CPU is short the cheap requests on the main thread go first.
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { checkText } from "./check/check";
import type { Db } from "./db/client";
import * as schema from "./db/schema";
import { OverBudget } from "./lib/budget";

export interface ReadWorkerSetup {
  path: string;
  /** SQLite page cache of this connection, in KiB. */
  cacheKiB: number;
  nice: number;
}

export type ReadTask =
  | { id: number; kind: "sql"; sql: string; params: unknown[] }
  | { id: number; kind: "check"; text: string; options: Parameters<typeof checkText>[2] };

/** Worker → pool: ready to work, or a task's value, its error, or that it ran past its deadline. */
export type ReadReply =
  | { ready: true }
  | { id: number; value: unknown }
  | { id: number; error: string }
  | { id: number; overBudget: true };

const reply = (message: ReadReply) => port?.postMessage(message);
const setup = workerData as ReadWorkerSetup;
const port = parentPort;
if (!port) throw new Error("node-worker.ts runs as a worker thread");
const sqlite = new Database(setup.path, { readonly: true, fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
sqlite.pragma(`cache_size = -${setup.cacheKiB}`);
const db = drizzle(sqlite, { schema }) as unknown as Db;
const prepared = new Map<string, Database.Statement>();

port.on("message", async (task: ReadTask) => {
  try {
    if (task.kind === "sql") {
      let statement = prepared.get(task.sql);
      if (!statement) {
        if (prepared.size >= 256) prepared.clear();
        statement = sqlite.prepare(task.sql);
        prepared.set(task.sql, statement);
      }
      reply({ id: task.id, value: statement.all(...task.params) });
    } else {
      reply({ id: task.id, value: await checkText(db, task.text, task.options) });
    }
  } catch (error) {
    // A check past its deadline is answered as the pool's own timeout (503), not as an error (500).
    if (error instanceof OverBudget) reply({ id: task.id, overBudget: true });
    else reply({ id: task.id, error: error instanceof Error ? error.message : String(error) });
  }
});
reply({ ready: true });
