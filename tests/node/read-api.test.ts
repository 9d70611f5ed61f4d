import { beforeAll } from "vitest";
import { readApiScenarios } from "../scenarios/read-api.scenario";
import { tryItOutScenarios } from "../scenarios/try-it-out.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

readApiScenarios(() => harness);
tryItOutScenarios(() => harness);
