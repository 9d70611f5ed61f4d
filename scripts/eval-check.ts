/**
 * `npm run eval:check [-- --details] [-- --only=<part of a name>]`: runs the labelled evaluation sets of
 * tests/check-eval/ against a fresh in-memory server (seed, lexicon, the domain imported) and prints the
 * figures per set. The caffeine sets run twice: over the domain's claims alone, and with its curated
 * vocabulary (predicate rows and claim wordings). With `--details`, the development sets' wrong answers
 * are listed; held-out sets only ever print figures. With `--write`, the figures of every run are recorded
 * in tests/check-eval/figures.json, which the Node and workerd tests hold the answers to (run it when a
 * change to the check moves them, and say so in the commit).
 */
import {
  EVAL_RUNS,
  type EvalFigures,
  formatFigures,
  REDTEAM_RUNS,
  recordFigures,
  runEval,
} from "../tests/support/check-eval";

const details = process.argv.includes("--details");
const write = process.argv.includes("--write");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);
if (write && only) throw new Error("--write records every run: leave out --only");
const measured: Record<string, EvalFigures> = {};
for (const run of [...EVAL_RUNS, ...REDTEAM_RUNS].filter((r) => !only || r.name.includes(only))) {
  const { rows, figures } = await runEval(run);
  measured[run.name] = figures;
  console.log(formatFigures(run.name, figures));
  if (details && !run.file.startsWith("heldout/"))
    for (const row of rows) {
      const wrongVerdict = !row.expected.includes(row.verdict);
      const missed = row.sentence.claims.length > 0 && !row.found && row.sentence.relation !== "related";
      if (!wrongVerdict && !missed) continue;
      console.log(
        `  ${wrongVerdict ? "VERDICT" : "MISSED "} [${row.sentence.relation}/${row.sentence.kind}] ${row.sentence.text}\n    got ${row.verdict}, want ${row.expected.join("|")}; top3 ${row.top3.join(", ")}; want ${row.sentence.claims.join(", ")}\n    ${row.explanation}`,
      );
    }
}
if (write) recordFigures(measured);
