/** The two kinds of store a backup reads from and a restore writes to. */
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { MIGRATIONS_DIR } from "../../src/db/node";
import type { BackupSource } from "./backup";
import { d1Query, type StoreTarget } from "./target";

/** Migration tags by the timestamp drizzle-orm records for each in `__drizzle_migrations`. */
function journalTags(): Map<number, string> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, "utf8")) as {
    entries: { when: number; tag: string }[];
  };
  return new Map(journal.entries.map((entry) => [entry.when, entry.tag]));
}

/** The migrations a Node store (drizzle-orm's migrator) has had applied, read as tags. */
export const NODE_MIGRATIONS = {
  statement: "SELECT created_at FROM __drizzle_migrations ORDER BY id",
  tags(rows: Record<string, unknown>[]): string[] {
    const tags = journalTags();
    return rows.map((row) => tags.get(Number(row.created_at)) ?? `unknown@${row.created_at}`);
  },
};

/** The migrations a D1 database has had applied (`wrangler d1 migrations apply`), read as tags. */
export const D1_MIGRATIONS = {
  statement: "SELECT name FROM d1_migrations ORDER BY id",
  tags: (rows: Record<string, unknown>[]): string[] => rows.map((row) => String(row.name).replace(/\.sql$/, "")),
};

/** The migrations a Node store has had applied, by tag. */
export function nodeMigrations(sqlite: Database.Database): string[] {
  return NODE_MIGRATIONS.tags(sqlite.prepare(NODE_MIGRATIONS.statement).all() as Record<string, unknown>[]);
}

export interface OpenSource extends BackupSource {
  close(): void;
}

/**
 * A Node store read in one read transaction (WAL: a snapshot, while the server goes on writing), over
 * a read-only connection.
 */
export function nodeSource(path: string): OpenSource {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.exec("BEGIN");
  return {
    description: `node ${path}`,
    read: async (statements) =>
      statements.map((statement) => sqlite.prepare(statement).all() as Record<string, unknown>[]),
    migrations: NODE_MIGRATIONS,
    close: () => {
      sqlite.exec("COMMIT");
      sqlite.close();
    },
  };
}

/** A D1 database read through wrangler, a batch of statements per call. */
export function d1Source(target: Extract<StoreTarget, { kind: "d1" }>): OpenSource {
  return {
    description: `d1 ${target.database} ${target.remote ? "--remote" : "--local"}`,
    read: (statements) => d1Query(target, statements),
    migrations: D1_MIGRATIONS,
    close: () => {},
  };
}
