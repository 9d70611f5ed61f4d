import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1Store } from "../../src/db/d1";
import { loadSeed } from "../../src/seed/load";
import { manyClaimsImport } from "../scenarios/large.scenario";
import { getJson } from "../support/harness";
import { D1_LIMITS, guardD1, newUsage } from "./d1-guard";
import { d1UsageOf, workerHarness } from "./harness";
import { loadLexicon } from "./lexicon";

beforeAll(async () => {
  await loadSeed(openD1Store(env.DB));
  await loadLexicon();
});

describe("the D1 guard of the Workers tests", () => {
  it("refuses a statement that binds more than 100 parameters, as D1 does", async () => {
    const db = guardD1(env.DB, newUsage());
    const placeholders = Array.from({ length: 101 }, () => "?").join(", ");
    expect(() => db.prepare(`SELECT ${placeholders}`).bind(...Array.from({ length: 101 }, (_, i) => i))).toThrow(
      /too many SQL variables \(101 > 100\)/,
    );
    expect(await db.prepare("SELECT ? AS n").bind(1).first()).toEqual({ n: 1 });
  });

  it("fails the query past the Free plan's 50 per invocation, batches counted statement by statement", async () => {
    const usage = newUsage();
    const db = guardD1(env.DB, usage);
    await db.batch(Array.from({ length: 49 }, () => db.prepare("SELECT 1")));
    await db.prepare("SELECT 1").first();
    expect(usage.queries).toBe(D1_LIMITS.queriesPerInvocation);
    await expect(async () => db.prepare("SELECT 1").first()).rejects.toThrow(/Too many API requests/);
  });
});

describe("POST /v1/import on D1", () => {
  let admin = "";
  beforeAll(async () => {
    admin = await workerHarness.createKey("limits-admin", "admin");
  });
  const post = (body: string) =>
    workerHarness.fetch("/v1/import", {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
      body,
    });

  it("runs about as few queries for 2,000 claims as for 1 (within the Free plan's 50)", async () => {
    const one = await post(manyClaimsImport("one", 1));
    expect(one.status).toBe(200);
    const many = await post(manyClaimsImport("many", 2000));
    expect(many.status).toBe(200);
    expect(await many.json()).toMatchObject({ created: { entities: 1, references: 1, claims: 2000 } });
    // Reads: a statement or two per kind; writes: one per table per MB of rows (2,000 claims' change
    // rows are ~1.4 MB: two statements).
    expect(d1UsageOf(one).queries).toBeLessThanOrEqual(20);
    expect(d1UsageOf(many).queries).toBeLessThanOrEqual(d1UsageOf(one).queries + 2);
    expect(d1UsageOf(many).maxBoundParameters).toBeLessThanOrEqual(3);
  });

  it("answers an import past the Free plan's 50 queries 413 too-many-queries, writing nothing", async () => {
    const res = await post(manyClaimsImport("huge", 20000));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      type: "/problems/too-many-queries",
      status: 413,
      detail: expect.stringMatching(/^This request needs more database queries than one Worker invocation may run/),
    });
    expect((await getJson(workerHarness, "/v1/entities/bulkamine-huge")).status).toBe(404);
  });

  it("checks a 2,000-claim import that breaks a rule in the same queries, writing nothing", async () => {
    const body = manyClaimsImport("broken", 2000).replace('"confidence":"supported"', '"confidence":"refuted"');
    const res = await post(body);
    expect(res.status).toBe(422);
    expect(d1UsageOf(res).queries).toBeLessThanOrEqual(20);
    expect((await getJson(workerHarness, "/v1/entities/bulkamine-broken")).status).toBe(404);
  });
});

describe("/v1/check on D1", () => {
  it("answers a 2,000-character text of names in a bounded number of queries, each binding few parameters", async () => {
    const text = "Stablon Coaxil Tatinol SSRE SSRI serotonin dopamine glutamate BDNF fluoxetine amineptine ".repeat(30);
    const res = await workerHarness.fetch("/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text.slice(0, 2000), limit: 20 }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as { matches: unknown[] }).toMatchObject({ matches: expect.any(Array) });
    // Mentions (2, the lexicon's verbs, and 3 for compound names said otherwise: built on an alias's
    // entity, or as a verb and its object — the names' heads in the lexicon), classes, candidates,
    // vocabulary and names (3), wordings' mentions (2), the lexicon, citations, references, the
    // verdict's relations: 16 at most, whatever the text.
    expect(d1UsageOf(res).queries).toBeLessThanOrEqual(16);
    expect(d1UsageOf(res).maxBoundParameters).toBeLessThanOrEqual(12);
  });
});

describe("POST /v1/claims on D1", () => {
  it("writes a claim with the most citations it may carry (50), of stored or new references, within the Free plan", async () => {
    const writer = await workerHarness.createKey("limits-writer", "admin");
    const post = (path: string, body: string, type = "application/json") =>
      workerHarness.fetch(path, {
        method: "POST",
        headers: { Authorization: `Bearer ${writer}`, "Content-Type": type },
        body,
      });
    const stored = Array.from({ length: 50 }, (_, i) => ({
      record: "reference",
      id: `stored-${i}`,
      type: "webpage",
      title: `Stored ${i}`,
    }));
    expect(
      (await post("/v1/import", stored.map((line) => JSON.stringify(line)).join("\n"), "application/x-ndjson")).status,
    ).toBe(200);
    const claim = (label: string, citations: unknown[]) =>
      JSON.stringify({
        statement: `Tianeptine is an antidepressant, say ${label}.`,
        subject: "Stablon",
        predicate: "is-a",
        object: "antidepressants",
        confidence: "supported",
        citations,
      });
    const cites = await post(
      "/v1/claims",
      claim(
        "50 stored references",
        stored.map((r) => ({ referenceId: r.id, stance: "supports" })),
      ),
    );
    expect(cites.status).toBe(201);
    const carries = await post(
      "/v1/claims",
      claim(
        "50 new references",
        stored.map((_, i) => ({
          reference: { type: "webpage", title: `New ${i}`, authors: ["Doe J"], issued: "2020" },
          stance: "supports",
        })),
      ),
    );
    expect(carries.status).toBe(201);
    const body = (await carries.json()) as { referenceIds: string[] };
    // Generated ids: doe2020, doe2020-2, … each free, none reused.
    expect(new Set(body.referenceIds).size).toBe(50);
    expect(body.referenceIds.slice(0, 3)).toEqual(["doe2020", "doe2020-2", "doe2020-3"]);
    for (const res of [cites, carries]) expect(d1UsageOf(res).queries).toBeLessThanOrEqual(12);
  });
});

describe("GET /v1/check on D1", () => {
  it("reads the names of a 2,000-character text in a few queries (within the Free plan)", async () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}`).join(" ");
    const text = `Stablon acts on glutamate receptors ${words}`.slice(0, 2000).trim();
    expect(text.length).toBeGreaterThan(1900);
    const res = await workerHarness.fetch(`/v1/check?text=${encodeURIComponent(text)}`);
    expect(res.status).toBe(200);
    // Mentions (2, the lexicon's verbs, and 3 for compound names said otherwise: "Stablon"), classes,
    // candidates, vocabulary, names, wordings' mentions (2), the lexicon, citations, references, the
    // verdict's relations: 16 at most, whatever the text.
    expect(d1UsageOf(res).queries).toBeLessThanOrEqual(16);
  });
});
