import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type BackupSource, backUp, byDependencies, StoreChanged, tablesToBackUp } from "../../scripts/lib/backup";
import { NODE_MIGRATIONS } from "../../scripts/lib/stores";
import { openNodeStore } from "../../src/db/node";
import { importStatements, planImport } from "../../src/import/plan";
import { createKey } from "../../src/keys";
import { loadSeed } from "../../src/seed/load";
import { manyClaimsImport } from "../scenarios/large.scenario";

const dir = mkdtempSync(join(tmpdir(), "cited-backup-lib-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("what a backup holds", () => {
  it("leaves out virtual tables, their shadow tables, SQLite's and D1's own, and the migrations' records", () => {
    const schema = [
      { name: "claims", sql: "CREATE TABLE `claims` (…)" },
      { name: "claims_fts", sql: "CREATE VIRTUAL TABLE `claims_fts` USING fts5(statement, entities)" },
      ...["data", "idx", "content", "docsize", "config"].map((s) => ({
        name: `claims_fts_${s}`,
        sql: "CREATE TABLE …",
      })),
      { name: "claims_fts_notes", sql: "CREATE TABLE …" },
      { name: "sqlite_sequence", sql: "CREATE TABLE sqlite_sequence(name,seq)" },
      { name: "_cf_KV", sql: "CREATE TABLE _cf_KV (…)" },
      { name: "d1_migrations", sql: "CREATE TABLE d1_migrations (…)" },
      { name: "__drizzle_migrations", sql: "CREATE TABLE __drizzle_migrations (…)" },
    ];
    expect(tablesToBackUp(schema)).toEqual(["claims", "claims_fts_notes"]);
  });

  it("orders tables after the tables their foreign keys reference", () => {
    const references = new Map([
      ["citations", ["claims", "references"]],
      ["claims", ["entities"]],
      ["entity_aliases", ["entities"]],
    ]);
    expect(byDependencies(["citations", "claims", "entities", "entity_aliases", "references"], references)).toEqual([
      "entities",
      "claims",
      "references",
      "citations",
      "entity_aliases",
    ]);
  });

  it("refuses to finish when the store is written between its reads (D1 cannot read in one transaction)", async () => {
    const store = openNodeStore(join(dir, "busy.db"));
    await loadSeed(store);
    // More rows than one read takes (2,000 a table), so the backup reads again.
    const stamp = { actor: "test", now: new Date().toISOString() };
    const plan = await planImport(store.db, manyClaimsImport("busy", 2500).split("\n"), stamp);
    await store.runAtomic(importStatements(store.db, plan.creates, stamp));
    let reads = 0;
    const source: BackupSource = {
      description: "node busy.db, read outside a transaction",
      migrations: NODE_MIGRATIONS,
      read: async (statements) => {
        const rows = statements.map((statement) => store.sqlite.prepare(statement).all() as Record<string, unknown>[]);
        // A write lands after the first read of the data (schema, columns, then data).
        if (++reads === 3) await createKey(store.db, "written-meanwhile", "write");
        return rows;
      },
    };
    await expect(backUp(source, () => {})).rejects.toThrow(StoreChanged);
    // Left alone, the same source backs up every row.
    reads = 10;
    let text = "";
    const header = await backUp(source, (chunk) => {
      text += chunk;
    });
    expect(header.tables.claims?.rows).toBe(37 + 2500);
    expect(text.match(/^INSERT INTO "claims" /gm)).toHaveLength(37 + 2500);
    store.close();
  });
});
