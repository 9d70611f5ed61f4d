import { describe, expect, it } from "vitest";
import {
  BLIND_REDTEAM_RUNS,
  EVAL_RUNS,
  type EvalFigures,
  formatFigures,
  REDTEAM_RUNS,
  ratio,
  recordedFigures,
  runEval,
  wrongDecisive,
} from "../support/check-eval";

/**
 * The labelled sentences of tests/check-eval/ (see its README: written before the matcher was tuned,
 * over the seed and a second domain loaded through the import, with held-out sets only ever measured).
 * The figures the issue asks for are enforced per domain on the development sets; the held-out sets are
 * measured and must keep the precision figures. Verdict recall is held to what the matcher reaches
 * (the target, 0.8, is not met: see the README's "Reading a check"), so that it cannot slip.
 */
const TARGETS = { recallAt3: 0.9, noMatchPrecision: 0.9, verdictPrecision: 0.95 };
/**
 * The held-out sets keep the precision targets. (The seed's one wrong decisive answer of earlier
 * rounds, out of 5 since source tiers, is gone since sentences that judge, qualify or narrow what they
 * say get no decisive verdict.)
 */
const HELD_OUT_TARGETS = { noMatchPrecision: 0.9, verdictPrecision: 0.95 };
/**
 * Verdict recall as measured on the development sets, less a margin for noise; the target is 0.8. The
 * seed's measured 0.64 since tiers (the sentences whose claims became `asserted` left the denominator);
 * since every word of a sentence must be accounted for, and a claim's context stated, 0.55, 0.24 and
 * 0.38 (precision first: the sentences that lost their verdict add a detail, an anecdote or a dose);
 * then 0.55, 0.33 and 0.46; then 0.62, 0.41 and 0.52; now 0.62, 0.46 and 0.55.
 */
const VERDICT_RECALL_FLOOR: Record<string, number> = {
  seed: 0.58,
  caffeine: 0.45,
  "caffeine+vocab": 0.54,
  // Two domains written later by authors who had not read the matcher, with their development halves
  // measured before any tuning: vitamin D 0.35 (9/26), alcohol 0.15 (4/26).
  "vitamin-d": 0.46,
  alcohol: 0.15,
  // Three more, written on December 6's fourth stop (below).
  statins: 0.6,
  antibiotics: 0.4,
  omega3: 0.45,
};
/**
 * No-match precision where a domain misses the target: the alcohol domain's sentences name alcohol by
 * what people do with it ("heavy drinking", "a nightcap", "a stiff drink"), which no alias of it says,
 * and get `no-match` (0.50 on its development half, 0.63 held out). The target, 0.9, is not met there.
 */
const NO_MATCH_FLOOR: Record<string, number> = { alcohol: 0.5 };

const sum = (figures: EvalFigures[], key: keyof Omit<EvalFigures, "sentences">): [number, number] =>
  figures.reduce<[number, number]>((acc, f) => [acc[0] + f[key][0], acc[1] + f[key][1]], [0, 0]);

describe("/v1/check on the labelled evaluation sets", () => {
  const figures = new Map<string, { dev: EvalFigures[]; heldOut: EvalFigures[] }>();

  // Each run's figures are the ones recorded in tests/check-eval/figures.json (`npm run eval:check --
  // --write`), which the same sets give inside workerd too (tests/workers/check-eval.ts).
  it("measures every set, with the recorded figures", { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    const measured: Record<string, EvalFigures> = {};
    const recorded = recordedFigures();
    for (const run of EVAL_RUNS) {
      const result = await runEval(run);
      measured[run.name] = result.figures;
      const entry = figures.get(run.domain) ?? { dev: [], heldOut: [] };
      (run.heldOut ? entry.heldOut : entry.dev).push(result.figures);
      figures.set(run.domain, entry);
      lines.push(formatFigures(run.name, result.figures));
    }
    console.log(lines.join("\n"));
    expect(figures.size).toBe(24);
    expect(measured).toEqual(Object.fromEntries(EVAL_RUNS.map((run) => [run.name, recorded[run.name]])));
  });

  for (const domain of ["seed", "caffeine", "caffeine+vocab"]) {
    it(`keeps recall@3, no-match precision and verdict precision on the ${domain} development sets`, () => {
      const dev = figures.get(domain)?.dev ?? [];
      expect(dev.length).toBe(2);
      expect(ratio(sum(dev, "recallAt3"))).toBeGreaterThanOrEqual(TARGETS.recallAt3);
      expect(ratio(sum(dev, "noMatchPrecision"))).toBeGreaterThanOrEqual(TARGETS.noMatchPrecision);
      expect(ratio(sum(dev, "verdictPrecision"))).toBeGreaterThanOrEqual(TARGETS.verdictPrecision);
      expect(ratio(sum(dev, "verdictRecall"))).toBeGreaterThanOrEqual(VERDICT_RECALL_FLOOR[domain] as number);
    });
  }

  // (Recall@3 on these two is below the target — 0.83 and 0.73 on their development halves — and not
  // enforced: the names they miss are said in words no alias has. Their precision is.)
  for (const domain of ["vitamin-d", "alcohol"]) {
    it(`keeps verdict precision on the ${domain} development set`, () => {
      const dev = figures.get(domain)?.dev ?? [];
      expect(dev.length).toBe(1);
      expect(ratio(sum(dev, "noMatchPrecision"))).toBeGreaterThanOrEqual(
        NO_MATCH_FLOOR[domain] ?? TARGETS.noMatchPrecision,
      );
      expect(ratio(sum(dev, "verdictPrecision"))).toBeGreaterThanOrEqual(TARGETS.verdictPrecision);
      expect(ratio(sum(dev, "verdictRecall"))).toBeGreaterThanOrEqual(VERDICT_RECALL_FLOOR[domain] as number);
    });
  }

  // Development sets written on December 6's fourth stop over three domains that had blind sets only, by
  // authors who read no other sentence, measured on e9d1013 before any tuning: verdict recall statins 0.66
  // (23/35; one wrong answer, fixed since), antibiotics 0.44 (16/36), omega-3 0.51 (20/39). Their recall@3
  // and precision keep the targets.
  for (const domain of ["statins", "antibiotics", "omega3"]) {
    it(`keeps recall@3, no-match precision and verdict precision on the ${domain} development set`, () => {
      const dev = figures.get(domain)?.dev ?? [];
      expect(dev.length).toBe(1);
      expect(ratio(sum(dev, "recallAt3"))).toBeGreaterThanOrEqual(TARGETS.recallAt3);
      expect(ratio(sum(dev, "noMatchPrecision"))).toBeGreaterThanOrEqual(TARGETS.noMatchPrecision);
      expect(ratio(sum(dev, "verdictPrecision"))).toBeGreaterThanOrEqual(TARGETS.verdictPrecision);
      expect(ratio(sum(dev, "verdictRecall"))).toBeGreaterThanOrEqual(VERDICT_RECALL_FLOOR[domain] as number);
    });
  }

  for (const domain of [
    "seed",
    "caffeine",
    "caffeine+vocab",
    "melatonin",
    "vitamin-d",
    "alcohol",
    "nicotine",
    "aspirin",
    "metformin",
    "lithium",
    "vitamin-c",
    "zinc",
    "iron",
    "magnesium",
    "paracetamol",
    "creatine",
    "fluoride",
    "sugar",
    "probiotics",
    "antihistamines",
    "salt",
  ]) {
    it(`keeps its precision on the held-out ${domain} set`, () => {
      const heldOut = figures.get(domain)?.heldOut ?? [];
      expect(heldOut.length).toBe(1);
      expect(ratio(sum(heldOut, "noMatchPrecision"))).toBeGreaterThanOrEqual(
        NO_MATCH_FLOOR[domain] ?? HELD_OUT_TARGETS.noMatchPrecision,
      );
      expect(ratio(sum(heldOut, "verdictPrecision"))).toBeGreaterThanOrEqual(HELD_OUT_TARGETS.verdictPrecision);
    });
  }
});

describe("/v1/check on the red-team sets", () => {
  for (const run of REDTEAM_RUNS)
    it(`gives no wrong supported or refuted verdict on the ${run.name} set`, { timeout: 60_000 }, async () => {
      const { rows, figures } = await runEval(run);
      console.log(formatFigures(run.name, figures));
      expect(wrongDecisive(rows)).toEqual([]);
      expect(figures).toEqual(recordedFigures()[run.name]);
      // (Some decisive answers are given, so the guard is not met by silence alone.)
      expect(figures.verdictPrecision[1]).toBeGreaterThan(0);
      expect(ratio(figures.noMatchPrecision)).toBeGreaterThanOrEqual(0.9);
    });
});

describe("/v1/check on the blind red-team sets", () => {
  for (const run of BLIND_REDTEAM_RUNS)
    it(`gives no wrong supported or refuted verdict on the ${run.name} set`, { timeout: 60_000 }, async () => {
      const { rows, figures } = await runEval(run);
      console.log(formatFigures(run.name, figures));
      expect(wrongDecisive(rows)).toEqual([]);
    });
});
