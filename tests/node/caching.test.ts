import { beforeAll } from "vitest";
import { cachingScenarios, corsScenarios } from "../scenarios/caching.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

cachingScenarios(() => harness);
corsScenarios(() => harness);
