import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CLAIM_WITH_CITATIONS, storedClaimOf } from "./claim-rows";
import type { Db, ReadClaim, Store, WriteStatement } from "./client";
import * as schema from "./schema";

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

export interface NodeStore extends Store {
  sqlite: Database.Database;
  close(): void;
}

/**
 * Opens (creating if needed) the SQLite file at `path` — or an in-memory database for `:memory:` —
 * with WAL journaling, foreign keys on and synchronous=FULL (a write answered 201 survives a crash
 * of the process and of the machine), and applies the migrations.
 */
export function openNodeStore(path: string): NodeStore {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // better-sqlite3 transactions are synchronous: every statement must run inside the callback.
  const atomic = sqlite.transaction((statements: WriteStatement[]) => {
    for (const statement of statements) (statement as unknown as { run(): unknown }).run();
  });
  return {
    sqlite,
    db: db as unknown as Db,
    readClaim: prepareReadClaim(sqlite),
    runAtomic: async (statements) => {
      atomic.immediate(statements);
    },
    close: () => sqlite.close(),
  };
}

/** getClaim's read (routes/claims/claims.queries.ts) as one statement, prepared once. */
function prepareReadClaim(sqlite: Database.Database): ReadClaim {
  const statement = sqlite.prepare<[string], Record<string, unknown>>(
    `SELECT ${CLAIM_WITH_CITATIONS} FROM claims c WHERE c.id = ?`,
  );
  return (id) => {
    const found = statement.get(id);
    return found ? storedClaimOf(found) : null;
  };
}
