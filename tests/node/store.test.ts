import { afterAll } from "vitest";
import { type NodeStore, openNodeStore } from "../../src/db/node";
import { storeScenarios } from "../scenarios/store.scenario";

const opened: NodeStore[] = [];
afterAll(() => {
  for (const store of opened) store.close();
});

storeScenarios(() => {
  const store = openNodeStore(":memory:");
  opened.push(store);
  return store;
});
