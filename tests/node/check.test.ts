import { beforeAll } from "vitest";
import { checkScenarios } from "../scenarios/check.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

checkScenarios(() => harness);
