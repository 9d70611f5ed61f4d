import { beforeAll } from "vitest";
import type { Db } from "../../src/db/client";
import { textScenarios } from "../scenarios/text.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
let db: Db;
beforeAll(async () => {
  const app = await startNodeApp();
  harness = app.harness;
  db = app.store.db;
});

textScenarios(() => harness, { db: () => db });
