import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIM_WITH_CITATIONS, storedClaimOf } from "../../src/db/claim-rows";
import type { NodeStore } from "../../src/db/node";
import { refillClaimDocuments } from "../../src/node-documents";
import {
  adoptDocumentVersion,
  claimDocumentVersion,
  refreshClaimDocuments,
} from "../../src/routes/claims/claims.documents";
import { toClaim } from "../../src/routes/claims/claims.queries";
import { curationScenarios } from "../scenarios/curation.scenario";
import { evidenceScenarios } from "../scenarios/evidence.scenario";
import { importScenarios } from "../scenarios/import.scenario";
import { predicateScenarios } from "../scenarios/predicates.scenario";
import type { Harness } from "../support/harness";
import { startNodeApp } from "../support/node-app";

interface DocumentState {
  id: string;
  /** The claim's JSON from its tables, through toClaim. */
  live: string;
  body: string | null;
  version: string | null;
  revision: number | null;
  updatedAt: string | null;
  stale: boolean;
  row: { revision: number; updatedAt: string };
}

/** Every claim beside its document and whether it is marked stale. */
function documentStates(store: NodeStore): DocumentState[] {
  const rows = store.sqlite
    .prepare(
      `SELECT ${CLAIM_WITH_CITATIONS}, d.body AS docBody, d.version AS docVersion, d.revision AS docRevision,
         d.updated_at AS docUpdatedAt, s.seq IS NOT NULL AS stale
       FROM claims c LEFT JOIN claim_documents d ON d.seq = c.seq LEFT JOIN stale_claim_documents s ON s.seq = c.seq
       ORDER BY c.seq`,
    )
    .all() as Record<string, unknown>[];
  return rows.map(({ docBody, docVersion, docRevision, docUpdatedAt, stale, ...found }) => {
    const { row, cited, relations } = storedClaimOf(found);
    return {
      id: row.id,
      live: JSON.stringify(toClaim(row, cited, relations)),
      body: docBody as string | null,
      version: docVersion as string | null,
      revision: docRevision as number | null,
      updatedAt: docUpdatedAt as string | null,
      stale: stale === 1,
      row: { revision: row.revision, updatedAt: row.updatedAt },
    };
  });
}

/** A current document is the claim's JSON exactly; a claim without one is marked stale, and only then. */
function expectDocumentsAgree(store: NodeStore) {
  for (const state of documentStates(store)) {
    const current = state.version === claimDocumentVersion();
    if (current) {
      expect({ id: state.id, body: state.body, stale: state.stale }).toEqual({
        id: state.id,
        body: state.live,
        stale: false,
      });
      expect({ revision: state.revision, updatedAt: state.updatedAt }).toEqual(state.row);
    } else expect({ id: state.id, stale: state.stale }).toEqual({ id: state.id, stale: true });
  }
}

async function refillAll(store: NodeStore) {
  for (;;) if ((await store.exclusive((unit) => refreshClaimDocuments(unit, { limit: 10 }))) === 0) return;
}

/** Runs `scenarios` on a fresh seeded store, then checks every claim's document against its JSON. */
function documentsAfter(name: string, scenarios: ((harness: () => Harness) => void)[]) {
  describe(`claim documents after every kind of write (${name})`, () => {
    let harness: Harness;
    let store: NodeStore;
    beforeAll(async () => {
      ({ harness, store } = await startNodeApp());
    });
    afterAll(() => store.close());

    it("starts with a current document for every seeded claim", () => {
      expect(documentStates(store).every((state) => state.version === claimDocumentVersion() && !state.stale)).toBe(
        true,
      );
      expectDocumentsAgree(store);
    });

    for (const scenario of scenarios) scenario(() => harness);

    it("ends with every document equal to its claim's JSON, or absent and marked stale", async () => {
      expectDocumentsAgree(store);
      await refillAll(store);
      const states = documentStates(store);
      expect(states.filter((state) => state.stale)).toEqual([]);
      expectDocumentsAgree(store);
    });
  });
}

documentsAfter("the curation and import scenarios", [curationScenarios, importScenarios]);
// Source tiers that move confidence; relations written, removed and imported (both claims' JSON).
documentsAfter("the evidence scenarios", [evidenceScenarios]);
documentsAfter("the vocabulary scenarios", [predicateScenarios]);

describe("claim documents", () => {
  let harness: Harness;
  let store: NodeStore;
  let token: string;
  beforeAll(async () => {
    ({ harness, store } = await startNodeApp());
    token = await harness.createKey("curator", "write");
  });
  afterAll(() => store.close());

  const write = (method: string, path: string, body: unknown, etag?: string) =>
    harness.fetch(path, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        ...(etag ? { "If-Match": etag } : {}),
      },
      body: JSON.stringify(body),
    });
  const stateOf = (id: string) => documentStates(store).find((state) => state.id === id) as DocumentState;

  it("are written by the unit of every claim write, equal to the body the API serves", async () => {
    const created = await write("POST", "/v1/claims", {
      id: "doc-test-claim",
      statement: "Tianeptine modulates AMPA receptors in documents.",
      subject: "tianeptine",
      predicate: "modulates",
      object: "ampa-receptor",
      confidence: "speculative",
      citations: [{ referenceId: "wikipedia-ssre", stance: "mentions" }],
    });
    expect(created.status).toBe(201);
    const steps: [string, string, unknown][] = [
      ["PATCH", "/v1/claims/doc-test-claim", { context: "in rats" }],
      ["POST", "/v1/claims/doc-test-claim/citations", { referenceId: "wagstaff2001", stance: "supports" }],
      ["DELETE", "/v1/claims/doc-test-claim/citations/wagstaff2001", undefined],
    ];
    let etag = created.headers.get("ETag") as string;
    for (const [method, path, body] of steps) {
      const res = await write(method, path, body, etag);
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      etag = res.headers.get("ETag") as string;
      const state = stateOf("doc-test-claim");
      expect(state.stale).toBe(false);
      const served = await harness.fetch("/v1/claims/doc-test-claim");
      expect(state.body).toBe(await served.text());
      expect(served.headers.get("ETag")).toBe(etag);
    }
    expectDocumentsAgree(store);
  });

  it("of the claims citing a reference are dropped when it is edited, and served from the tables until refilled", async () => {
    const reference = await harness.fetch("/v1/references/wagstaff2001");
    const before = (await harness.fetch("/v1/claims?reference=wagstaff2001&limit=100").then((r) => r.json())) as {
      items: { id: string }[];
    };
    expect(before.items.length).toBeGreaterThan(0);
    const patched = await write(
      "PATCH",
      "/v1/references/wagstaff2001",
      { note: "Edited to test claim documents." },
      reference.headers.get("ETag") as string,
    );
    expect(patched.status).toBe(200);
    for (const { id } of before.items) {
      expect(stateOf(id)).toMatchObject({ body: null, stale: true });
      const served = await harness.fetch(`/v1/claims/${id}`);
      expect(served.status).toBe(200);
      expect(await served.text()).toBe(stateOf(id).live);
    }
    expect(await refillClaimDocuments(store)).toBeGreaterThanOrEqual(before.items.length);
    for (const { id } of before.items) expect(stateOf(id)).toMatchObject({ stale: false, body: stateOf(id).live });
    expectDocumentsAgree(store);
  });

  it("written by another serializer are not served, and are rewritten once the new one is adopted", async () => {
    const id = "tianeptine-is-an-ssre";
    store.sqlite
      .prepare(
        "UPDATE claim_documents SET version = 'old', body = '{\"stale\":true}' WHERE seq = (SELECT seq FROM claims WHERE id = ?)",
      )
      .run(id);
    store.sqlite.prepare("DELETE FROM settings WHERE name = 'claim-documents-adopted'").run();
    const served = await harness.fetch(`/v1/claims/${id}`);
    expect(await served.text()).toBe(stateOf(id).live);
    expect(await store.exclusive((unit) => adoptDocumentVersion(unit.db, unit.runAtomic))).toBe(true);
    expect(stateOf(id).stale).toBe(true);
    expect(await store.exclusive((unit) => adoptDocumentVersion(unit.db, unit.runAtomic))).toBe(false);
    await refillAll(store);
    expect(stateOf(id)).toMatchObject({ version: claimDocumentVersion(), stale: false, body: stateOf(id).live });
  });
});
