/**
 * Runs a labelled evaluation set (tests/check-eval/) against `/v1/check` and measures it: the figures
 * the issue asks for, computed the same way by the test (tests/node/check-eval.test.ts) and by
 * `npm run eval:check`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type EvalFigures,
  type EvalRow,
  type EvalRun,
  type EvalSet,
  importNdjson,
  importOf,
  runEvalSet,
} from "./check-eval-core";
import type { Harness } from "./harness";
import { startNodeApp } from "./node-app";

export * from "./check-eval-core";

export function readEvalSet(path: string): EvalSet {
  return JSON.parse(readFileSync(new URL(`../check-eval/${path}`, import.meta.url), "utf8")) as EvalSet;
}

/** A fresh in-memory server (seed and lexicon loaded) with the domain at `path` imported through the API. */
export async function startDomainApp(path: string): Promise<Harness> {
  const { harness } = await startNodeApp();
  await importDomain(harness, path);
  return harness;
}

/** Imports the domain NDJSON at `path` (from the repository's root) through the API. */
export async function importDomain(harness: Harness, path: string): Promise<void> {
  await importNdjson(harness, readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"), path);
}

/**
 * Runs `run` on a fresh in-memory server (seed and lexicon loaded, the run's domain imported): what the
 * tests and `npm run eval:check` both call.
 */
export async function runEval(run: EvalRun): Promise<{ rows: EvalRow[]; figures: EvalFigures }> {
  const set = readEvalSet(run.file);
  const { harness } = await startNodeApp();
  const domain = importOf(run, set);
  if (domain) await importDomain(harness, domain);
  return runEvalSet(harness, set);
}

/** tests/check-eval/figures.json: each development, held-out and red-team run's figures as last recorded. */
const FIGURES = new URL("../check-eval/figures.json", import.meta.url);

export function recordedFigures(): Record<string, EvalFigures> {
  return JSON.parse(readFileSync(FIGURES, "utf8")) as Record<string, EvalFigures>;
}

/** Records `figures` (by run name) as tests/check-eval/figures.json, formatted as the repository's JSON is. */
export function recordFigures(figures: Record<string, EvalFigures>): void {
  writeFileSync(FIGURES, `${JSON.stringify(figures, null, 2)}\n`);
  execFileSync(
    fileURLToPath(new URL("../../node_modules/.bin/biome", import.meta.url)),
    ["format", "--write", fileURLToPath(FIGURES)],
    {
      stdio: "ignore",
    },
  );
}
