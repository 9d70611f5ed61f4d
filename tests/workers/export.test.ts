import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { exportScenarios } from "../scenarios/export.scenario";
import { workerHarness } from "./harness";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
});

exportScenarios(() => workerHarness, { encodedBy: "runtime" });
