import { afterAll, beforeAll } from "vitest";
import { type NodeStore, openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { mcpScenarios } from "../scenarios/mcp.scenario";
import type { Harness } from "../support/harness";
import { type RunningServer, startServer } from "../support/server";
import { validating } from "../support/spec";

let server: RunningServer;
let keys: NodeStore;
let harness: Harness;

// The real Node server (`src/server.ts`) over real HTTP; every answer is checked against the spec.
beforeAll(async () => {
  server = await startServer();
  keys = openNodeStore(server.path);
  harness = validating({
    fetch: (path, init) => fetch(new URL(path, server.origin), init),
    createKey: (name, scope) => createKey(keys.db, name, scope),
  });
}, 60_000);
afterAll(async () => {
  keys?.close();
  await server?.stop();
});

mcpScenarios(() => harness);
