import { beforeAll } from "vitest";
import { largeListScenarios } from "../scenarios/large.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

largeListScenarios(() => harness);
