import { beforeAll } from "vitest";
import { evidenceScenarios } from "../scenarios/evidence.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

evidenceScenarios(() => harness);
