import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editStore, servedState } from "../support/edits";
import { runScript } from "../support/scripts";
import { type RunningServer, startServer } from "../support/server";
import { STATEMENT_NAME_IMPORT, STATEMENT_NAME_SENTENCE } from "../support/statement-names";

const dir = mkdtempSync(join(tmpdir(), "cited-backup-"));
const path = (name: string) => join(dir, name);
let source: RunningServer;
let token = "";

beforeAll(async () => {
  source = await startServer({ path: path("source.db") });
  const key = await runScript("keys", ["create", "--name", "curator", "--scope", "admin", "--db", source.path]);
  expect(key.status, key.stderr).toBe(0);
  token = key.stdout.trim();
  await editStore(source.origin, token);
}, 60_000);

afterAll(async () => {
  await source?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup / npm run restore on Node", () => {
  it("restores an edited store into a fresh instance: same export, feed, history and keys", async () => {
    // Taken while the server runs (a read transaction: a snapshot).
    const backup = await runScript("backup", ["--db", source.path, "--out", path("edited.sql")]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout.trim()).toBe(path("edited.sql"));
    expect(backup.stderr).toMatch(/^Backed up the SQLite file .*: api_keys 1, changes 10, entities 22, claims 38,/);

    const restore = await runScript("restore", [path("edited.sql"), "--db", path("restored.db")]);
    expect(restore.status, restore.stderr).toBe(0);
    const restored = await startServer({ path: path("restored.db") });
    try {
      const [before, after] = [await servedState(source.origin), await servedState(restored.origin)];
      expect(after).toEqual(before);
      expect(JSON.parse(after.changes).items).toHaveLength(10);
      expect(JSON.parse(after.search).items).toHaveLength(1);
      expect(restored.startupLog).not.toContain("seeded an empty database");
      // The key came along (its hash), and the feed goes on from where it was.
      const next = await fetch(`${restored.origin}/v1/entities`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ id: "vortioxetine", label: "Vortioxetine", kind: "drug" }),
      });
      expect(next.status).toBe(201);
      const feed = await (await fetch(`${restored.origin}/v1/changes?since=10`)).json();
      expect(feed.items.map((change: { seq: number }) => change.seq)).toEqual([11]);
    } finally {
      await restored.stop();
    }
  });

  it("refuses a store that seeded itself, unless --replace, which swaps its data in one unit", async () => {
    const seeded = await startServer({ path: path("seeded.db") });
    await seeded.stop();
    const refused = await runScript("restore", [path("edited.sql"), "--db", path("seeded.db")]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("the target is not empty (entities: 21, claims: 37,");
    const replaced = await runScript("restore", [path("edited.sql"), "--db", path("seeded.db"), "--replace"]);
    expect(replaced.status, replaced.stderr).toBe(0);
    const server = await startServer({ path: path("seeded.db") });
    try {
      expect(await servedState(server.origin)).toEqual(await servedState(source.origin));
    } finally {
      await server.stop();
    }
  });

  it("restores nothing from a file that is not a backup, or into a store without its tables", async () => {
    const notBackup = await runScript("restore", [join(import.meta.dirname, "backup.test.ts"), "--db", path("x.db")]);
    expect(notBackup.status).toBe(1);
    expect(notBackup.stderr).toContain("not a Cited backup");
    const text = readFileSync(path("edited.sql"), "utf8");
    expect(text.split("\n")[1]).toBe("PRAGMA defer_foreign_keys = ON;");
    // Derived and bookkeeping tables stay out: the FTS5 index and its shadow tables, the migrations.
    expect(text).not.toMatch(/INSERT INTO "(claims_fts\w*|__drizzle_migrations|d1_migrations)"/);
  });

  it("lets an export be imported into a fresh store started with SEED_ON_START=false", async () => {
    const empty = await startServer({ path: path("empty.db"), env: { SEED_ON_START: "false" } });
    try {
      const key = await runScript("keys", ["create", "--name", "importer", "--scope", "admin", "--db", empty.path]);
      const dump = await (await fetch(`${source.origin}/v1/export`)).text();
      const imported = await fetch(`${empty.origin}/v1/import`, {
        method: "POST",
        headers: { Authorization: `Bearer ${key.stdout.trim()}`, "Content-Type": "application/x-ndjson" },
        body: dump,
      });
      expect(imported.status, await imported.clone().text()).toBe(200);
      expect(await (await fetch(`${empty.origin}/v1/export`)).text()).toBe(dump);
    } finally {
      await empty.stop();
    }
  });

  it("restores a store whose statements name a subject in their own words, and the check reads them again", async () => {
    const named = await startServer({ path: path("named.db") });
    const said = STATEMENT_NAME_SENTENCE;
    const mentioned = async (origin: string) =>
      (
        (await (await fetch(`${origin}/v1/check?text=${encodeURIComponent(said)}`)).json()).entities as {
          entityId: string;
        }[]
      ).map((m) => m.entityId);
    try {
      const key = await runScript("keys", ["create", "--name", "namer", "--scope", "admin", "--db", named.path]);
      const imported = await fetch(`${named.origin}/v1/import`, {
        method: "POST",
        headers: { Authorization: `Bearer ${key.stdout.trim()}`, "Content-Type": "application/x-ndjson" },
        body: STATEMENT_NAME_IMPORT,
      });
      expect(imported.status, await imported.clone().text()).toBe(200);
      expect(await mentioned(named.origin)).toEqual(["sea-bathing-regimen", "wintertime-gloom"]);
    } finally {
      await named.stop();
    }
    // A backup leaves the names out; the restored store's server writes them again on start.
    const backup = await runScript("backup", ["--db", path("named.db"), "--out", path("named.sql")]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(readFileSync(path("named.sql"), "utf8")).not.toMatch(/INSERT INTO "statement_names"/);
    const restore = await runScript("restore", [path("named.sql"), "--db", path("named-restored.db")]);
    expect(restore.status, restore.stderr).toBe(0);
    const restored = await startServer({ path: path("named-restored.db") });
    try {
      expect(restored.startupLog).toContain('"message":"wrote the statement names","claims":1');
      expect(await mentioned(restored.origin)).toEqual(["sea-bathing-regimen", "wintertime-gloom"]);
    } finally {
      await restored.stop();
    }
  });
});
