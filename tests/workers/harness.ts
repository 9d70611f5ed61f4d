import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { openD1Store } from "../../src/db/d1";
import { createKey } from "../../src/keys";
import worker from "../../src/worker";
import type { Harness } from "../support/harness";
import { validating } from "../support/spec";
import { type D1Usage, guardD1, newUsage } from "./d1-guard";

const usages = new WeakMap<Response, D1Usage>();
let queryLimit: number | undefined;
let full = false;

/**
 * What the request that answered `res` asked of D1 so far (a streamed body may still be running
 * queries until it is read to the end).
 */
export function d1UsageOf(res: Response): D1Usage {
  const usage = usages.get(res);
  if (!usage) throw new Error("no D1 usage recorded for this response");
  return usage;
}

/** Runs `body` with requests allowed `limit` queries each (the Paid plan's 1,000, say), then restores the Free plan's. */
export async function withQueryLimit<T>(limit: number, body: () => Promise<T>): Promise<T> {
  queryLimit = limit;
  try {
    return await body();
  } finally {
    queryLimit = undefined;
  }
}

/** Runs `body` with D1 at its size limit: writes refused as D1 refuses them, reads served. */
export async function withFullDatabase<T>(body: () => Promise<T>): Promise<T> {
  full = true;
  try {
    return await body();
  } finally {
    full = false;
  }
}

/**
 * The deployed shape: requests go through the worker's own `fetch`, bindings and all — its D1 binding
 * held to D1's production limits (./d1-guard.ts: 100 bound parameters per statement, the Free plan's
 * 50 queries per request) — and every response is checked against openapi/openapi.json.
 */
const guarded: Harness = {
  fetch: async (path, init) => {
    const usage = newUsage(queryLimit, { full });
    const ctx = createExecutionContext();
    const res = await worker.fetch(
      new Request(new URL(path, "https://cited.test"), init),
      { ...env, DB: guardD1(env.DB, usage) },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    usages.set(res, usage);
    return res;
  },
  createKey: (name, scope) => createKey(openD1Store(env.DB).db, name, scope),
};

export const workerHarness: Harness = validating(guarded);
