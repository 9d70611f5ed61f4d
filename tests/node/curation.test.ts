import { beforeAll } from "vitest";
import { curationScenarios } from "../scenarios/curation.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

curationScenarios(() => harness);
