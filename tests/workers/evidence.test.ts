import { env } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { evidenceScenarios } from "../scenarios/evidence.scenario";
import { workerHarness } from "./harness";
import { loadLexicon } from "./lexicon";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
  await loadLexicon();
});

evidenceScenarios(() => workerHarness);
