/**
 * Imports off the event loop on Node: each `POST /v1/import` is planned and written by a worker thread
 * (node-import-worker.ts) on its own connection, one import at a time. The worker writes its one
 * transaction while holding the store's write lock (`exclusive`), so writes on the main thread wait for
 * it without blocking; reads go on, on the snapshot before it. At most `maxQueue` imports wait; past
 * that they are turned away with 503 `overloaded`.
 */
import { Worker } from "node:worker_threads";
import type { NodeStore } from "./db/node";
import type { ImportOutcome, ImportRunner } from "./import/run";
import { ImportTooLarge, Overloaded } from "./lib/busy";
import type { ImportWorkerMessage, ImportWorkerSetup } from "./node-import-worker";
import { workerEntry } from "./node-work";

export interface ImportRunnerOptions {
  /** The SQLite file (not `:memory:`: the worker needs a file to share). */
  path: string;
  store: NodeStore;
  /** Nice value of the worker (0–19); default 10. */
  nice?: number;
  /** Most imports waiting for the one that runs; default 4. */
  maxQueue?: number;
  /** The heap (old generation, MiB) of the worker of an import whose body is `bytes` long. */
  heapMb?: (bytes: number) => number;
  /** Called as an import's worker starts: frees memory the import needs more (idle search workers). */
  makeRoom?: () => void;
}

/**
 * An import's heap: its plan holds its rows until they are written, on top of the worker's own ~48 MiB.
 * A 20,000-record import of 5.6 MB runs at 48 + 4 × its body since each claim's change-log entry is
 * built with its batch (it failed at 48 + 4 × when the plan held them all; measured): a margin over that.
 */
export const importHeapMb = (bytes: number) => 64 + Math.ceil((12 * bytes) / 2 ** 20);

type WorkerReply =
  | { kind: "ready" | "lock" | "unlock" }
  | { kind: "done"; outcome: ImportOutcome }
  | { kind: "failed"; error: string };

/** An ImportRunner that runs each import on a fresh worker thread, one at a time. */
export function nodeImportRunner(options: ImportRunnerOptions): ImportRunner & { close(): Promise<void> } {
  const setup: ImportWorkerSetup = { path: options.path, nice: options.nice ?? 10 };
  const entry = workerEntry("node-import-worker");
  const maxQueue = options.maxQueue ?? 4;
  const heapMb = options.heapMb ?? importHeapMb;
  let waiting = 0;
  let tail: Promise<unknown> = Promise.resolve();
  const running = new Set<Worker>();

  function runOnWorker(request: Parameters<ImportRunner>[0]): Promise<ImportOutcome> {
    return new Promise<ImportOutcome>((resolve, reject) => {
      const limitMb = heapMb(request.body.length);
      options.makeRoom?.();
      const worker = new Worker(entry.filename, {
        eval: entry.eval,
        workerData: setup,
        execArgv: [],
        // A small young generation (an import allocates a lot, briefly) and an old one in proportion to
        // the import (it holds its rows until the write); past it the worker stops and the import is
        // answered 413, nothing written.
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: limitMb },
      });
      running.add(worker);
      let release: (() => void) | undefined;
      let settled = false;
      const finish = (error: Error | null, outcome?: ImportOutcome) => {
        release?.();
        release = undefined;
        if (settled) return;
        settled = true;
        running.delete(worker);
        void worker.terminate();
        if (error) reject(error);
        else resolve(outcome as ImportOutcome);
      };
      worker.on("message", (message: WorkerReply) => {
        if (message.kind === "ready") {
          const start: ImportWorkerMessage = { kind: "import", request };
          // The body's bytes move to the worker instead of being copied, when they are a buffer of
          // their own (as a request's body read whole is).
          const { body } = request;
          const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
          worker.postMessage(start, whole && body.buffer instanceof ArrayBuffer ? [body.buffer] : []);
        } else if (message.kind === "lock") {
          void options.store.exclusive(
            () =>
              new Promise<void>((unlocked) => {
                release = unlocked;
                const locked: ImportWorkerMessage = { kind: "locked" };
                worker.postMessage(locked);
              }),
          );
        } else if (message.kind === "unlock") {
          release?.();
          release = undefined;
        } else if (message.kind === "done") finish(null, message.outcome);
        else if (message.kind === "failed") finish(new Error(message.error));
      });
      worker.on("error", (error: Error & { code?: string }) =>
        finish(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new ImportTooLarge(limitMb) : error),
      );
      worker.on("exit", () => finish(new Error("the import's worker thread exited")));
    });
  }

  const runner: ImportRunner = (request) => {
    if (waiting >= maxQueue) return Promise.reject(new Overloaded("imports"));
    waiting++;
    const turn = tail.then(() => {
      waiting--;
      return runOnWorker(request);
    });
    tail = turn.catch(() => {});
    return turn;
  };
  return Object.assign(runner, {
    close: async () => {
      await Promise.all([...running].map((worker) => worker.terminate()));
    },
  });
}
