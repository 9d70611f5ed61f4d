import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { textScenarios } from "../scenarios/text.scenario";
import { workerHarness } from "./harness";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
});

textScenarios(() => workerHarness, { db: () => openD1Store(env.DB).db });
