import { beforeAll } from "vitest";
import { importScenarios } from "../scenarios/import.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

importScenarios(() => harness);
