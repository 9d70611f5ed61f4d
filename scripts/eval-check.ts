/**
 * `npm run eval:check [-- --details]`: runs the labelled evaluation sets of tests/check-eval/ against a
 * fresh in-memory server (seed, lexicon, each domain imported) and prints the figures per set. With
 * `--details`, the development sets' wrong answers are listed; held-out sets only ever print figures.
 */
import { startNodeApp } from "../tests/support/node-app";
import { formatFigures, importDomain, readEvalSet, runEvalSet } from "../tests/support/check-eval";

const details = process.argv.includes("--details");
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);
const files = [
  "seed-dev.json",
  "seed-dev2.json",
  "caffeine-dev.json",
  "caffeine-dev2.json",
  "heldout/seed.json",
  "heldout/caffeine.json",
  "heldout/melatonin.json",
];
for (const file of files.filter((f) => !only || f.includes(only))) {
  const set = readEvalSet(file);
  const { harness } = await startNodeApp();
  if (set.import) await importDomain(harness, set.import);
  const { rows, figures } = await runEvalSet(harness, set);
  console.log(formatFigures(file, figures));
  if (details && !file.startsWith("heldout/"))
    for (const row of rows) {
      const wrongVerdict = !row.expected.includes(row.verdict);
      const missed = row.sentence.claims.length > 0 && !row.found && row.sentence.relation !== "related";
      if (!wrongVerdict && !missed) continue;
      console.log(
        `  ${wrongVerdict ? "VERDICT" : "MISSED "} [${row.sentence.relation}/${row.sentence.kind}] ${row.sentence.text}\n    got ${row.verdict}, want ${row.expected.join("|")}; top3 ${row.top3.join(", ")}; want ${row.sentence.claims.join(", ")}\n    ${row.explanation}`,
      );
    }
}
