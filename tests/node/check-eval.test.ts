import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

/** Labelled sentences written against the seed: the claims each should find, and the verdict. */
const cases = JSON.parse(readFileSync(new URL("../check-eval.json", import.meta.url), "utf8")) as {
  text: string;
  claims: string[];
  verdict?: string;
}[];

/** Thresholds the matcher must keep (measured: see the README's "Fact-checking" section). */
const MIN_RECALL_AT_3 = 0.9;
const MIN_NO_MATCH_PRECISION = 0.95;
const MIN_VERDICT_ACCURACY = 0.8;

let harness: Harness;
beforeAll(async () => {
  harness = (await startNodeApp()).harness;
});

describe("/v1/check on the evaluation set", () => {
  it(`finds the labelled claim in the top 3, says no-match precisely, and gives the labelled verdict`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    let matchable = 0;
    let found = 0;
    let saidNoMatch = 0;
    let rightNoMatch = 0;
    let verdicts = 0;
    let rightVerdicts = 0;
    const misses: string[] = [];
    for (const sample of cases) {
      const res = await harness.fetch(`/v1/check?text=${encodeURIComponent(sample.text)}&limit=3`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { verdict: string; matches: { claimId: string }[] };
      const top = body.matches.map((m) => m.claimId);
      if (sample.claims.length) {
        matchable += 1;
        if (sample.claims.some((id) => top.includes(id))) found += 1;
        else misses.push(`missed: ${sample.text} → ${top.join(", ")}`);
      }
      if (body.verdict === "no-match") {
        saidNoMatch += 1;
        if (sample.claims.length === 0) rightNoMatch += 1;
        else misses.push(`wrong no-match: ${sample.text}`);
      }
      if (sample.verdict) {
        verdicts += 1;
        if (body.verdict === sample.verdict) rightVerdicts += 1;
        else misses.push(`verdict: ${sample.text} → ${body.verdict}, labelled ${sample.verdict}`);
      }
    }
    const recall = found / matchable;
    const precision = saidNoMatch ? rightNoMatch / saidNoMatch : 1;
    const accuracy = rightVerdicts / verdicts;
    console.log(
      `recall@3 ${recall.toFixed(3)} (${found}/${matchable}), no-match precision ${precision.toFixed(3)} (${rightNoMatch}/${saidNoMatch}), verdicts ${accuracy.toFixed(3)} (${rightVerdicts}/${verdicts})\n${misses.join("\n")}`,
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL_AT_3);
    expect(precision).toBeGreaterThanOrEqual(MIN_NO_MATCH_PRECISION);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_VERDICT_ACCURACY);
  });
});
