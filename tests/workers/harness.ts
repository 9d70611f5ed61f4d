import { exports } from "cloudflare:workers";
import type { Harness } from "../support/harness";

/** The deployed shape: requests go through the worker's own `fetch`, bindings and all. */
export const workerHarness: Harness = {
  fetch: (path, init) => exports.default.fetch(new Request(new URL(path, "https://cited.test"), init)),
};
