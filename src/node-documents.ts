/**
 * Keeps the claim documents of the Node server complete (see routes/claims/claims.documents.ts): at
 * start it adopts this build's serializer (marking every claim stale if the documents were written by
 * another), then refills stale documents in small batches, each under the store's `exclusive` so that
 * no write lands between the read and the write, yielding to requests between batches; afterwards it
 * looks again every few seconds (a reference edit, a seed reload from the shell).
 */
import type { NodeStore } from "./db/node";
import { adoptDocumentVersion, refreshClaimDocuments } from "./routes/claims/claims.documents";

export interface DocumentKeeperOptions {
  /** Claims per batch; each batch holds the event loop for about this many × 50 µs. */
  batch?: number;
  /** How often to look for stale documents once none are left, in ms. */
  intervalMs?: number;
  log?: (line: Record<string, unknown>) => void;
}

/**
 * Adopts the serializer and refills every stale document, `batch` claims at a time; resolves with how
 * many claims it took. `stopped` is asked between batches.
 */
export async function refillClaimDocuments(
  store: NodeStore,
  options: { batch?: number; stopped?: () => boolean } = {},
): Promise<number> {
  await store.exclusive((unit) => adoptDocumentVersion(unit.db, unit.runAtomic));
  let written = 0;
  while (!options.stopped?.()) {
    const taken = await store.exclusive((unit) => refreshClaimDocuments(unit, { limit: options.batch ?? 64 }));
    if (taken === 0) break;
    written += taken;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return written;
}

/** Starts the keeper; `stop()` resolves once the batch in progress is written. */
export function keepClaimDocuments(store: NodeStore, options: DocumentKeeperOptions = {}) {
  let stopped = false;
  let wake: (() => void) | undefined;
  const run = async () => {
    while (!stopped) {
      const started = performance.now();
      const written = await refillClaimDocuments(store, { batch: options.batch, stopped: () => stopped });
      if (written > 0)
        options.log?.({
          level: "info",
          message: "claim documents refilled",
          claims: written,
          seconds: Math.round(performance.now() - started) / 1000,
        });
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, options.intervalMs ?? 5000).unref();
      });
    }
  };
  const done = run().catch((error: unknown) =>
    options.log?.({ level: "error", message: "the claim documents keeper stopped", error: String(error) }),
  );
  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
    },
  };
}
