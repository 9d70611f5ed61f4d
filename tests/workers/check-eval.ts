/// <reference types="vite/client" />
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import recorded from "../check-eval/figures.json";
import {
  BLIND_REDTEAM_RUNS,
  EVAL_RUNS,
  type EvalRun,
  type EvalSet,
  importNdjson,
  importOf,
  REDTEAM_RUNS,
  runEvalSet,
  wrongDecisive,
} from "../support/check-eval-core";
import { workerHarness } from "./harness";
import { loadLexicon } from "./lexicon";

/** Every labelled set and every domain file of tests/check-eval/, bundled into the test worker. */
const SETS = import.meta.glob<EvalSet>("../check-eval/**/*.json", { eager: true, import: "default" });
const DOMAINS = import.meta.glob<string>("../check-eval/*.ndjson", { eager: true, query: "?raw", import: "default" });

const setOf = (run: EvalRun): EvalSet => {
  const set = SETS[`../check-eval/${run.file}`];
  if (!set) throw new Error(`no set ${run.file}`);
  return set;
};

/**
 * The evaluation inside workerd, over local D1 held to its production limits (./harness.ts): the runs
 * that import `domain` (`null`: the seed alone) on this test file's database, which holds the seed, the
 * lexicon and that domain, imported through the API as the Node runs do. Each development, held-out and
 * red-team run must give the figures recorded from Node (tests/check-eval/figures.json); each blind
 * red-team run no wrong `supported` or `refuted` answer.
 */
export function checkEvalOnWorker(domain: string | null) {
  beforeAll(async () => {
    await loadSeed(openD1Store(env.DB));
    await loadLexicon();
    if (domain) {
      const body = DOMAINS[domain.replace(/^tests\//, "../")];
      if (body === undefined) throw new Error(`no domain file ${domain}`);
      await importNdjson(workerHarness, body, domain);
    }
  });

  describe(`/v1/check on the evaluation sets over ${domain ?? "the seed"}, inside workerd`, () => {
    const figures: Record<string, unknown> = recorded;
    for (const run of [...EVAL_RUNS, ...REDTEAM_RUNS].filter((r) => importOf(r, setOf(r)) === domain))
      it(`gives Node's figures on the ${run.name} set`, { timeout: 120_000 }, async () => {
        expect((await runEvalSet(workerHarness, setOf(run))).figures).toEqual(figures[run.name]);
      });
    for (const run of BLIND_REDTEAM_RUNS.filter((r) => importOf(r, setOf(r)) === domain))
      it(`gives no wrong supported or refuted verdict on the ${run.name} set`, { timeout: 120_000 }, async () => {
        expect(wrongDecisive((await runEvalSet(workerHarness, setOf(run))).rows)).toEqual([]);
      });
  });
}
