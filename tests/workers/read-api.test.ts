import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { readApiScenarios } from "../scenarios/read-api.scenario";
import { tryItOutScenarios } from "../scenarios/try-it-out.scenario";
import { workerHarness } from "./harness";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
});

readApiScenarios(() => workerHarness);
tryItOutScenarios(() => workerHarness);
