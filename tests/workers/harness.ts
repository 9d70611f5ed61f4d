import { env, exports } from "cloudflare:workers";
import { openD1Store } from "../../src/db/d1";
import { createKey } from "../../src/keys";
import type { Harness } from "../support/harness";
import { validating } from "../support/spec";

/**
 * The deployed shape: requests go through the worker's own `fetch`, bindings and all, and every
 * response is checked against openapi/openapi.json.
 */
export const workerHarness: Harness = validating({
  fetch: (path, init) => exports.default.fetch(new Request(new URL(path, "https://cited.test"), init)),
  createKey: (name, scope) => createKey(openD1Store(env.DB).db, name, scope),
});
