import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db, ReadClaim, Store, StoredClaim, WriteStatement } from "./client";
import type { Stance } from "./schema";
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

type CitationTuple = [
  string,
  Stance,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
  number,
];

/**
 * getClaim's read (routes/claims/claims.queries.ts) as one prepared statement: the claim's row and its
 * citations as a JSON array, in the order citationsOf() serves them (curated position, then reference
 * id; ORDER BY inside an aggregate needs SQLite ≥ 3.44).
 */
function prepareReadClaim(sqlite: Database.Database): ReadClaim {
  const statement = sqlite.prepare<[string], Record<string, unknown>>(
    `SELECT c.seq AS seq, c.id AS id, c.statement AS statement, c.subject_id AS subjectId,
  c.predicate AS predicate, c.object_id AS objectId, c.context AS context, c.confidence AS confidence,
  c.status AS status, c.replaced_by AS replacedBy, c.revision AS revision, c.created_at AS createdAt,
  c.updated_at AS updatedAt,
  (SELECT json_group_array(json_array(ci.reference_id, ci.stance, ci.locator, ci.quote, ci.span_start,
     ci.span_end, ci.note, r.retracted) ORDER BY ci.position, ci.reference_id)
   FROM citations ci JOIN "references" r ON r.id = ci.reference_id WHERE ci.claim_id = c.id) AS citations
FROM claims c WHERE c.id = ?`,
  );
  return (id) => {
    const found = statement.get(id);
    if (!found) return null;
    const { citations, ...row } = found;
    const tuples = JSON.parse(citations as string) as CitationTuple[];
    return {
      row: row as unknown as StoredClaim["row"],
      cited: tuples.map(([referenceId, stance, locator, quote, spanStart, spanEnd, note, retracted]) => ({
        claimId: row.id as string,
        referenceId,
        stance,
        locator,
        quote,
        spanStart,
        spanEnd,
        note,
        retracted: retracted === 1,
      })),
    };
  };
}
