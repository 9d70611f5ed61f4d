// Types of the test runtime: `env` and `exports` from "cloudflare:workers".
import type { D1Migration } from "cloudflare:test";
import type { Env as WorkerEnv } from "../../src/worker";

declare global {
  namespace Cloudflare {
    interface GlobalProps {
      mainModule: typeof import("../../src/worker");
    }
    /** The worker's bindings, plus the migrations that vitest.config.ts reads for the tests. */
    interface Env extends WorkerEnv {
      MIGRATIONS: D1Migration[];
      /** The lexicon's INSERT statements (dist/lexicon.sql). */
      LEXICON: string[];
    }
  }
}
