import { beforeAll } from "vitest";
import { claimReviewScenarios, formatsScenarios } from "../scenarios/formats.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

formatsScenarios(() => harness);
claimReviewScenarios(() => harness);
