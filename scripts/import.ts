/**
 * `npm run import -- FILE.ndjson [--dry-run] [--batch-size N]`: checks every line of FILE by the
 * rules of the write API and reports errors by line number, writing nothing if any line is bad;
 * otherwise writes the records in atomic batches of N (default 500), with a progress bar on stderr.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openNodeStore } from "../src/db/node";
import { importBatches, importStatements, ndjsonLines, planImport, recordCount } from "../src/import/plan";
import { documentVersionStatement } from "../src/routes/claims/claims.documents";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, "batch-size": { type: "string", default: "500" } },
});
const file = positionals[0];
const batchSize = Number(values["batch-size"]);
if (!file || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error("usage: npm run import -- FILE.ndjson [--dry-run] [--batch-size N]");
  process.exit(2);
}

/** Draws `done` of `total` as a bar on stderr (a terminal), or a line per tenth (a pipe). */
function progress(done: number, total: number) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const text = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} records`;
  if (process.stderr.isTTY) process.stderr.write(`\r${text}${done === total ? "\n" : ""}`);
  else if (done === total || Math.floor((done / total) * 10) !== Math.floor(((done - 1) / total) * 10))
    console.error(text);
}

const store = openNodeStore(process.env.DATABASE_PATH ?? "data/cited.db");
try {
  const stamp = { actor: "import", now: new Date().toISOString() };
  const plan = await planImport(store.db, ndjsonLines(readFileSync(file)), stamp);
  if (plan.errors.length) {
    for (const error of plan.errors)
      console.error(`line ${error.line}: ${error.field}: ${error.message} (${error.rule})`);
    console.error(`${plan.errors.length} error(s); nothing was written.`);
    process.exitCode = 1;
  } else {
    const summary = (counts: typeof plan.created) =>
      `${counts.entities} entities, ${counts.references} references, ${counts.predicates} predicates, ${counts.claims} claims, ${counts.relations} relations`;
    if (values["dry-run"]) {
      console.log(`Dry run: would create ${summary(plan.created)}; ${summary(plan.unchanged)} unchanged.`);
    } else {
      const total = recordCount(plan.creates);
      let done = 0;
      for (const batch of importBatches(plan.creates, batchSize)) {
        await store.runAtomic([documentVersionStatement(store.db), ...importStatements(store.db, batch, stamp)]);
        done += recordCount(batch);
        progress(done, total);
      }
      console.log(`Imported ${summary(plan.created)}; ${summary(plan.unchanged)} unchanged.`);
    }
  }
} finally {
  store.close();
}
