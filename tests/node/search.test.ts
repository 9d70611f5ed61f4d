import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { claims, entities, entityAliases } from "../../src/db/schema";
import { RELEVANCE_WINDOW } from "../../src/db/search";
import { createKey } from "../../src/keys";
import { nodeDocsAsset } from "../../src/node-assets";
import { openWorkPool, type WorkPool } from "../../src/node-work";
import { CLAIM_JSON, type ClaimListFilter, listClaims } from "../../src/routes/claims/claims.queries";
import { checkScenarios } from "../scenarios/check.scenario";
import { searchScenarios } from "../scenarios/search.scenario";
import { getJson, type Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";
import { validating } from "../support/spec";

type NodeApp = Awaited<ReturnType<typeof startNodeApp>>;

describe("on the request's connection", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = (await startNodeApp()).harness;
  });
  searchScenarios(() => harness);
});

describe("on the worker-thread pool, checks too (as npm start serves)", () => {
  let harness: Harness;
  let pool: WorkPool;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cited-search-"));
    const path = join(dir, "cited.db");
    const { store } = await startNodeApp({ path });
    pool = openWorkPool({ path, threads: 2 });
    const app = createApp({
      getStore: () => ({ ...store, runSearch: pool.runSearch, runCheck: pool.runCheck }),
      docsAsset: nodeDocsAsset,
      runtime: "node",
      log: () => {},
    });
    harness = validating({
      fetch: async (p, init) => app.request(p, init),
      createKey: (name, scope) => createKey(store.db, name, scope),
    });
  });
  afterAll(async () => {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });
  searchScenarios(() => harness);
  checkScenarios(() => harness);
});

/** Inserts a published claim about tianeptine and serotonin with `statement`. */
async function insertClaim(
  app: NodeApp,
  id: string,
  statement: string,
  fields: Partial<typeof claims.$inferInsert> = {},
) {
  const now = new Date().toISOString();
  await app.store.db.insert(claims).values({
    id,
    statement,
    subjectId: "tianeptine",
    predicate: "enhances-reuptake-of",
    objectId: "serotonin",
    confidence: "unsourced",
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

/** Walks `path` page by page, calling `between` after each page; returns the ids served. */
async function walkWith(h: Harness, path: string, between: (page: number) => Promise<void>) {
  const ids: string[] = [];
  let url: string | null = path;
  for (let page = 0; url && page < 50; page++) {
    const res = await getJson(h, url);
    expect(res.status, url).toBe(200);
    ids.push(...res.body.items.map((item: { id: string }) => item.id));
    url = res.body.nextCursor ? `${path}&cursor=${res.body.nextCursor}` : null;
    await between(page);
  }
  return ids;
}

describe("cursors while claims are written", () => {
  for (const sort of ["relevance", "confidence", "updated", "id"] as const) {
    it(`neither repeats nor skips a claim when matching claims are inserted between pages, sort=${sort}`, async () => {
      const app = await startNodeApp();
      const path = `/v1/claims?q=serotonin&sort=${sort}&limit=3`;
      const before = (await getJson(app.harness, `/v1/claims?q=serotonin&sort=${sort}&limit=100`)).body.items.map(
        (item: { id: string }) => item.id,
      );
      let n = 0;
      const walked = await walkWith(app.harness, path, async () => {
        // Short statements full of the word: they would rank first, and sort first by id ("0…") and update.
        for (let i = 0; i < 2; i++, n++) await insertClaim(app, `0-inserted-${n}`, `Serotonin serotonin ${n}.`);
      });
      expect(new Set(walked).size).toBe(walked.length);
      const original = walked.filter((id) => !id.startsWith("0-inserted"));
      expect(original).toEqual(before);
      app.store.close();
    });
  }
});

describe("relevance over more matches than one window", () => {
  const total = RELEVANCE_WINDOW * 2 + 17;
  let app: NodeApp;
  beforeAll(async () => {
    app = await startNodeApp();
    // Statements of varied length and word counts, so that scores differ and tie.
    for (let i = 0; i < total; i++) {
      const padding = " filler".repeat(i % 11);
      const repeats = " zebrafish".repeat(i % 3);
      await insertClaim(app, `zebrafish-${String(i).padStart(3, "0")}`, `Zebrafish${repeats} study${padding}.`);
    }
  });
  afterAll(() => app.store.close());

  it("ranks each window of the newest matches by score and serves every match once, whatever the page size", async () => {
    const whole: { id: string; score: number }[] = [];
    for (const limit of [100, 7, 64, 1]) {
      const items: { id: string; score: number }[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 500; page++) {
        const res = await getJson(
          app.harness,
          `/v1/claims?q=zebrafish&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(res.status).toBe(200);
        items.push(...res.body.items);
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      if (whole.length === 0) whole.push(...items);
      expect(
        items.map((item) => item.id),
        `limit=${limit}`,
      ).toEqual(whole.map((item) => item.id));
    }
    expect(new Set(whole.map((item) => item.id)).size).toBe(total);
    // The newest window (highest seq: the last inserted) comes first, each window best score first.
    const newest = whole.slice(0, RELEVANCE_WINDOW);
    expect(Math.min(...newest.map((item) => Number(item.id.slice(10))))).toBe(total - RELEVANCE_WINDOW);
    for (const window of [newest, whole.slice(RELEVANCE_WINDOW, 2 * RELEVANCE_WINDOW)]) {
      const scores = window.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe("both ways of finding candidates give the same page", () => {
  it("walks the index or tests the filtered claims, for every sort and filter", async () => {
    const app = await startNodeApp();
    const runSearch = async (query: SQL) => app.store.db.all<Record<string, unknown>>(query);
    const cases: Partial<ClaimListFilter>[] = [
      { words: ["serotonin"] },
      { words: ["tianeptine"], entityId: "tianeptine" },
      { words: ["serotonin"], subjectId: "ssre", confidence: ["established", "supported"] },
      { words: ["selective"], objectId: "ssri", predicate: "is-a" },
      { words: ["ssres"], referenceId: "kasper-olie2002", stance: "contradicts" },
      { words: ["tianeptine"], stance: "mentions" },
    ];
    for (const sort of ["relevance", "confidence", "updated", "id"] as const) {
      for (const filter of cases) {
        const full = { status: ["published" as const], sort, limit: 100, ...filter };
        const viaIndex = await listClaims(app.store.db, runSearch, full, { scopeLimit: -1, frequentLimit: 1e9 });
        const viaClaims = await listClaims(app.store.db, runSearch, full, { scopeLimit: 1e9, frequentLimit: -1 });
        expect(viaClaims, `${sort} ${JSON.stringify(filter)}`).toEqual(viaIndex);
        expect(viaIndex.items.length, `${sort} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
      }
    }
    app.store.close();
  });
});

describe("a page served as JSON text", () => {
  it("is the JSON of the same page of objects, spliced from the documents, and read from the tables without one", async () => {
    const app = await startNodeApp();
    const runSearch = async (query: SQL) => app.store.db.all<Record<string, unknown>>(query);
    // One claim without a current document: its JSON is made from its rows.
    app.store.sqlite
      .prepare("DELETE FROM claim_documents WHERE seq = (SELECT seq FROM claims WHERE id = ?)")
      .run("tianeptine-is-an-ssre");
    const cases: Partial<ClaimListFilter>[] = [
      { words: ["serotonin"] },
      { words: ["tianeptine"], sort: "relevance" },
      { words: ["tianeptine"], sort: "updated" },
      { words: ["serotonin"], entityId: "tianeptine" },
      {},
      { sort: "confidence" },
    ];
    for (const filter of cases) {
      const full = { status: ["published" as const], sort: "id" as const, limit: 100, ...filter };
      const objects = await listClaims(app.store.db, runSearch, full);
      const texts = await listClaims(app.store.db, runSearch, full, undefined, CLAIM_JSON);
      expect(texts.items.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(`[${texts.items.join(",")}]`, JSON.stringify(filter)).toBe(JSON.stringify(objects.items));
      expect(texts.more).toBe(objects.more);
      expect(texts.last).toEqual(objects.last);
    }
    const served = await getJson(app.harness, "/v1/claims?q=tianeptine&limit=100");
    expect(served.body.items.map((item: { id: string }) => item.id)).toContain("tianeptine-is-an-ssre");
    expect(served.body.items.every((item: { snippet?: string }) => item.snippet?.includes("<mark>"))).toBe(true);
    app.store.close();
  });
});

describe("the full-text index stays in sync", () => {
  let app: NodeApp;
  beforeAll(async () => {
    app = await startNodeApp();
  });
  afterAll(() => app.store.close());
  const search = async (q: string) =>
    (
      await getJson(app.harness, `/v1/claims?q=${encodeURIComponent(q)}&status=published,draft&limit=100`)
    ).body.items.map((item: { id: string }) => item.id);

  it("indexes an inserted claim, and serves drafts only when status asks", async () => {
    await insertClaim(app, "tianeptine-draft", "Tianeptine is a quokkalike draft.", { status: "draft" });
    expect(await search("quokkalike")).toEqual(["tianeptine-draft"]);
    const published = await getJson(app.harness, "/v1/claims?q=quokkalike");
    expect(published.body).toEqual({ items: [], nextCursor: null });
  });

  it("re-indexes an edited statement and forgets a deleted claim", async () => {
    await app.store.db
      .update(claims)
      .set({ statement: "Tianeptine is a wombatish draft." })
      .where(eq(claims.id, "tianeptine-draft"));
    expect(await search("quokkalike")).toEqual([]);
    expect(await search("wombatish")).toEqual(["tianeptine-draft"]);
    await app.store.db.delete(claims).where(eq(claims.id, "tianeptine-draft"));
    expect(await search("wombatish")).toEqual([]);
  });

  it("finds the claims of an entity by an alias added, renamed or removed later", async () => {
    const about = (await getJson(app.harness, "/v1/claims?entity=fluoxetine&limit=100")).body.items.map(
      (item: { id: string }) => item.id,
    );
    expect(await search("Fontex")).toEqual([]);
    await app.store.db
      .insert(entityAliases)
      .values({ entityId: "fluoxetine", alias: "Fontex", key: "fontex", position: 0 });
    expect((await search("Fontex")).sort()).toEqual(about);
    await app.store.db
      .update(entityAliases)
      .set({ alias: "Sarafem", key: "sarafem" })
      .where(eq(entityAliases.key, "fontex"));
    expect(await search("Fontex")).toEqual([]);
    expect((await search("Sarafem")).sort()).toEqual(about);
    await app.store.db.delete(entityAliases).where(eq(entityAliases.key, "sarafem"));
    expect(await search("Sarafem")).toEqual([]);
    await app.store.db.update(entities).set({ label: "fluoxetine hydrochloride" }).where(eq(entities.id, "fluoxetine"));
    expect((await search("hydrochloride")).sort()).toEqual(about);
  });
});

describe("the search pool", () => {
  it("turns away (503 overloaded) the searches running or waiting when the pool closes, rather than failing them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cited-search-"));
    const path = join(dir, "cited.db");
    const { store } = await startNodeApp({ path });
    const pool = openWorkPool({ path, threads: 1 });
    expect(await pool.runSearch(sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    // (A search that runs a second or so: the worker ends once SQLite hands control back.)
    const slow = sql`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 3000000) SELECT count(*) FROM n`;
    const running = pool.runSearch(slow).catch((error: Error) => error);
    const waiting = pool.runSearch(slow).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pool.close();
    expect(await running).toMatchObject({ name: "Overloaded", message: "Too many searches are waiting to run." });
    expect(await waiting).toMatchObject({ name: "Overloaded" });
    await expect(pool.runSearch(sql`SELECT 1 AS one`)).rejects.toMatchObject({ name: "Overloaded" });
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 problem+json when a search runs over its time budget, and keeps serving", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cited-search-"));
    const path = join(dir, "cited.db");
    const { store } = await startNodeApp({ path });
    const pool = openWorkPool({ path, threads: 1, searchBudgetMs: 0 });
    const app = createApp({
      getStore: () => ({ ...store, runSearch: pool.runSearch }),
      docsAsset: nodeDocsAsset,
      runtime: "node",
      log: () => {},
    });
    const res = await getJson(
      validating({ fetch: async (p) => app.request(p), createKey: (name, scope) => createKey(store.db, name, scope) }),
      "/v1/claims?q=tianeptine",
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("1");
    expect(res.body).toEqual({
      type: "/problems/search-timeout",
      title: "Search took too long",
      status: 503,
      detail: "The search ran over its time budget of 0 ms. Add words or filters to narrow it, or retry.",
      instance: "/v1/claims",
      requestId: expect.any(String),
    });
    expect((await app.request("/v1/claims/tianeptine-is-an-ssre")).status).toBe(200);
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
