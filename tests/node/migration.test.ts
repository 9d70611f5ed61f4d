import { readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "../../src/db/node";

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta/_journal.json"), "utf8")) as {
  entries: { tag: string }[];
};

/** A migration's statements, as drizzle's migrator splits them. */
const statementsOf = (tag: string) =>
  readFileSync(join(MIGRATIONS_DIR, `${tag}.sql`), "utf8")
    .split("--> statement-breakpoint")
    .map((statement) => statement.trim())
    .filter(Boolean);

/** Runs migrations the way drizzle's better-sqlite3 migrator does: in one transaction, foreign keys on. */
function migrate(db: Database.Database, tags: string[]) {
  db.exec("BEGIN");
  for (const tag of tags) for (const statement of statementsOf(tag)) db.exec(statement);
  db.exec("COMMIT");
}

describe("migration 0008 (tiers, the asserted level, relations)", () => {
  it("rebuilds claims for the new confidence level without losing a claim, a citation or the full-text index", () => {
    const db = new Database(":memory:");
    db.pragma("foreign_keys = ON");
    const tags = journal.entries.map((entry) => entry.tag);
    const at = tags.indexOf("0008_evidence_tiers");
    expect(at).toBeGreaterThan(0);
    migrate(db, tags.slice(0, at));
    const now = "2026-01-01T00:00:00.000Z";
    db.exec(`
      INSERT INTO entities (id, label, kind, created_at, updated_at) VALUES
        ('tianeptine', 'Tianeptine', 'drug', '${now}', '${now}'), ('serotonin', 'Serotonin', 'neurotransmitter', '${now}', '${now}');
      INSERT INTO entity_aliases (entity_id, alias, key) VALUES ('tianeptine', 'Stablon', 'stablon');
      INSERT INTO "references" (id, type, title, created_at, updated_at) VALUES ('r1', 'article-journal', 'A paper', '${now}', '${now}');
      INSERT INTO claims (id, statement, subject_id, predicate, object_id, confidence, created_at, updated_at) VALUES
        ('c1', 'Tianeptine enhances serotonin reuptake.', 'tianeptine', 'enhances-reuptake-of', 'serotonin', 'supported', '${now}', '${now}'),
        ('c2', 'Tianeptine is studied.', 'tianeptine', 'is-studied-in', 'serotonin', 'unsourced', '${now}', '${now}');
      INSERT INTO citations (claim_id, reference_id, stance, created_at) VALUES ('c1', 'r1', 'supports', '${now}');
    `);
    const before = db.prepare("SELECT seq, id, confidence, revision FROM claims ORDER BY seq").all();

    migrate(db, tags.slice(at, at + 1));

    expect(db.prepare("SELECT seq, id, confidence, revision FROM claims ORDER BY seq").all()).toEqual(before);
    expect(db.prepare("SELECT claim_id, reference_id, stance FROM citations").all()).toEqual([
      { claim_id: "c1", reference_id: "r1", stance: "supports" },
    ]);
    expect(db.prepare('SELECT tier, design FROM "references"').all()).toEqual([{ tier: null, design: null }]);
    const search = (word: string) =>
      db.prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid").all(`"${word}"`);
    expect(search("stablon")).toEqual([{ rowid: 1 }, { rowid: 2 }]);
    // The triggers are back: a new claim, an alias and a statement change reach the index.
    db.exec(`INSERT INTO claims (id, statement, subject_id, predicate, object_id, confidence, created_at, updated_at)
      VALUES ('c3', 'Serotonin is asserted.', 'serotonin', 'is', 'tianeptine', 'asserted', '${now}', '${now}')`);
    expect(db.prepare("SELECT seq FROM claims WHERE id = 'c3'").get()).toEqual({ seq: 3 });
    expect(search("asserted")).toEqual([{ rowid: 3 }]);
    db.exec("INSERT INTO entity_aliases (entity_id, alias, key) VALUES ('serotonin', '5-HT', '5-ht')");
    expect(search("5").length).toBe(3);
    // The constraints hold: citations still cascade from and point at claims; the new checks bite.
    expect(() =>
      db.exec(
        `INSERT INTO citations (claim_id, reference_id, stance, created_at) VALUES ('nope', 'r1', 'supports', '${now}')`,
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("UPDATE claims SET confidence = 'certain' WHERE id = 'c1'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE \"references\" SET tier = 'quaternary'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE \"references\" SET tier = 'secondary', design = 'rct'")).toThrow(/CHECK/);
    db.exec("UPDATE \"references\" SET tier = 'primary', design = 'rct'");
    expect(() =>
      db.exec(
        `INSERT INTO claim_relations (from_id, type, to_id, created_at) VALUES ('c1', 'supersedes', 'c1', '${now}')`,
      ),
    ).toThrow(/CHECK/);
    db.exec(
      `INSERT INTO claim_relations (from_id, type, to_id, created_at) VALUES ('c1', 'supersedes', 'c2', '${now}')`,
    );
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
    db.close();
  });
});
