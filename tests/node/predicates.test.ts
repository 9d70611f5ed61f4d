import { beforeAll } from "vitest";
import { predicateScenarios } from "../scenarios/predicates.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

predicateScenarios(() => harness);
