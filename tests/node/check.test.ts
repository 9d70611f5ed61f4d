import { beforeAll, describe, expect, it } from "vitest";
import { checkScenarios } from "../scenarios/check.scenario";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";
import { startNodeApp } from "../support/node-app";

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

checkScenarios(() => harness);

describe("/v1/check over its time budget", () => {
  it("answers 503 check-timeout, problem+json, when the budget is spent", async () => {
    const { harness: tight } = await startNodeApp({ limits: { checkBudgetMs: 0 } });
    const res = await getJson(tight, `/v1/check?text=${encodeURIComponent("Stablon acts on glutamate receptors")}`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
    expect(res.body).toMatchObject({
      type: "/problems/check-timeout",
      title: "Check took too long",
      status: 503,
      detail: "The check ran over its time budget. Send a shorter text, or retry.",
    });
  });
});
