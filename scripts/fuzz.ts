/**
 * `npm run fuzz [-- --runs N --seed S]`: the spec-driven fuzzer of tests/fuzz for longer, with a random
 * seed, against a fresh in-memory server. On a failure fast-check shrinks the request to a minimal
 * one and this prints it with the seed and path that replay it.
 */
import { parseArgs } from "node:util";
import fc from "fast-check";
import { allBreakingRequests, checkRequest, requestArbitrary } from "../tests/fuzz/spec-fuzz";
import { startNodeApp } from "../tests/support/node-app";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5000" }, seed: { type: "string" } } });
const seed = values.seed ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const numRuns = Number(values.runs);

const app = await startNodeApp();
const token = await app.harness.createKey("fuzzer", "admin");
const fingerprint = async () =>
  JSON.stringify(
    app.store.sqlite
      .prepare(
        `select (select coalesce(max(seq), 0) from changes) as c, (select count(*) from claims) as n, (select count(*) from "references") as r`,
      )
      .get(),
  );

console.log(`fuzzing with seed ${seed}, ${numRuns} generated requests`);
let failed = false;
for (const request of allBreakingRequests(token)) {
  try {
    await checkRequest(app.harness, request, fingerprint);
  } catch (error) {
    failed = true;
    console.error(String(error instanceof Error ? error.message : error));
  }
}
const result = await fc.check(
  fc.asyncProperty(requestArbitrary(token), (request) => checkRequest(app.harness, request, fingerprint)),
  { seed, numRuns },
);
if (result.failed) {
  failed = true;
  console.error(fc.defaultReportMessage(result));
  console.error(`\nreplay: npm run fuzz -- --seed ${seed} --runs ${numRuns}`);
}
app.store.close();
console.log(failed ? "fuzzing found failures" : `no failures in ${numRuns} generated and every breaking request`);
process.exit(failed ? 1 : 0);
