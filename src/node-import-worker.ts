/**
 * The worker thread of an import on the Node server (node-import.ts): its own read-write connection,
 * on which it plans the import and writes it as one transaction. Before it writes, it asks the main
 * thread for the store's write lock and holds it until the transaction ends, so that the main thread's
 * own writes wait (without blocking its event loop) instead of stalling in `busy_timeout` on the file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openNodeStore } from "./db/node";
import { type ImportRequest, importNdjson } from "./import/run";

export interface ImportWorkerSetup {
  path: string;
  nice: number;
}

/** Main → worker: an import to run, or the write lock it asked for. */
export type ImportWorkerMessage = { kind: "import"; request: ImportRequest } | { kind: "locked" };

const setup = workerData as ImportWorkerSetup;
const port = parentPort;
if (!port) throw new Error("node-import-worker.ts runs as a worker thread");
const store = openNodeStore(setup.path);
// A small page cache: an import writes mostly new pages, and this connection lives for one import.
store.sqlite.pragma("cache_size = -4096");
let granted: (() => void) | undefined;

/** The main thread's write lock, held while `work` runs. */
async function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  await new Promise<void>((resolve) => {
    granted = resolve;
    port?.postMessage({ kind: "lock" });
  });
  try {
    return await work();
  } finally {
    port?.postMessage({ kind: "unlock" });
  }
}

port.on("message", async (message: ImportWorkerMessage) => {
  if (message.kind === "locked") {
    granted?.();
    return;
  }
  try {
    const outcome = await importNdjson(
      { db: store.db, runAtomic: (statements) => withWriteLock(() => store.runAtomic(statements)) },
      message.request,
      // A few hundred records' statements at a time: an import of 20,000 holds its rows, not all of
      // their statements and change rows at once.
      { batchRecords: 500 },
    );
    port.postMessage({ kind: "done", outcome });
  } catch (error) {
    port.postMessage({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ kind: "ready" });
