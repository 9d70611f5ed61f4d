import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { allBreakingRequests, checkRequest, requestArbitrary } from "../fuzz/spec-fuzz";
import { startNodeApp } from "../support/node-app";

let app: Awaited<ReturnType<typeof startNodeApp>>;
let token = "";
/** What must not move when a request is refused: the change log and every table's size. */
const fingerprint = async () =>
  JSON.stringify(
    app.store.sqlite
      .prepare(
        `select (select coalesce(max(seq), 0) from changes) as changes, (select count(*) from claims) as claims,
                (select count(*) from "references") as refs, (select count(*) from entities) as entities,
                (select count(*) from citations) as citations, (select count(*) from entity_aliases) as aliases`,
      )
      .get(),
  );

beforeAll(async () => {
  app = await startNodeApp();
  token = await app.harness.createKey("fuzzer", "admin");
});

describe("spec-driven fuzzing (fixed seed, bounded)", () => {
  it("answers every breaking request with a declared 4xx problem and changes nothing", async () => {
    const requests = allBreakingRequests(token);
    expect(requests.length).toBeGreaterThan(150);
    for (const request of requests) await checkRequest(app.harness, request, fingerprint);
  }, 120_000);

  it("answers generated requests, conforming or not, with a declared status and never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(requestArbitrary(token), (request) => checkRequest(app.harness, request, fingerprint)),
      { seed: 20261127, numRuns: 400 },
    );
  }, 120_000);
});
