import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CLAIM_DOCUMENT_BY_ID, CLAIM_WITH_CITATIONS, storedClaimOf } from "./claim-rows";
import type { ClaimDocument, Db, ReadClaim, ReadClaimDocument, RunAtomic, Store, WriteStatement } from "./client";
import * as schema from "./schema";

/** The migrations folder, found upwards from this module: beside `src/`, or beside `dist/` when compiled. */
export const MIGRATIONS_DIR = (() => {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "migrations", "meta", "_journal.json"))) return join(dir, "migrations");
    if (dirname(dir) === dir) throw new Error(`no migrations/ folder above ${start}`);
  }
})();

/** The database as one unit of writes sees it, inside `exclusive`. */
export interface WriteUnit {
  db: Db;
  runAtomic: RunAtomic;
}

export interface NodeStore extends Store {
  sqlite: Database.Database;
  readClaimDocument: ReadClaimDocument;
  /**
   * Runs `work` while no other write of this process can start — the store's own units wait, without
   * blocking the event loop — with a `runAtomic` that does not wait for itself. For work that must read
   * and then write one state of the data, and for writers on other connections (a worker thread's
   * import), whose locks would otherwise stall a write here in `busy_timeout`.
   */
  exclusive<T>(work: (unit: WriteUnit) => T | Promise<T>): Promise<T>;
  /** Changes whenever the database may have changed: a commit by another connection, or a write here. */
  dataVersion(): string;
  /** Reads for the hot path, one snapshot per turn of the event loop (see turnReader). */
  turnReader: TurnReader;
  close(): void;
}

/**
 * Reads that share one read transaction per turn of the event loop, on a read-only connection of
 * their own: beginning and ending a transaction costs SQLite a few system calls (file locks, a
 * `stat`), as much as a by-id read itself. The snapshot is renewed after every write made through the
 * store (and after the write lock is released), so a read never misses a write that was answered;
 * another process's commit is seen from the next turn on.
 */
export interface TurnReader {
  /** PRAGMA data_version of this turn's snapshot: it changes whenever the database may have changed. */
  dataVersion(): string;
  readClaimDocument: ReadClaimDocument;
}

/** A statement's SQL and parameters, as better-sqlite3 runs them. */
interface CompiledStatement {
  toSQL(): { sql: string; params: unknown[] };
}

/**
 * One writer at a time, in arrival order, awaited instead of blocking: a lock handed from each holder
 * to the next waiter.
 */
function writeGate() {
  let locked = false;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => T | Promise<T>): Promise<T> => {
    if (locked) await new Promise<void>((resolve) => waiting.push(resolve));
    locked = true;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else locked = false;
    }
  };
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
  const drizzled = drizzle(sqlite, { schema });
  migrate(drizzled, { migrationsFolder: MIGRATIONS_DIR });
  const db = drizzled as unknown as Db;
  // better-sqlite3 transactions are synchronous: every statement must run inside the callback. Each
  // SQL text is prepared once (Drizzle's own run() prepares every time: most of a bulk import's cost).
  const prepared = new Map<string, Database.Statement>();
  const atomic = sqlite.transaction((statements: Iterable<WriteStatement>) => {
    for (const statement of statements) {
      const { sql, params } = (statement as unknown as CompiledStatement).toSQL();
      let ready = prepared.get(sql);
      if (!ready) {
        if (prepared.size >= 512) prepared.clear();
        ready = sqlite.prepare(sql);
        prepared.set(sql, ready);
      }
      ready.run(...params);
    }
  });
  let writes = 0;
  const dataVersion = sqlite.prepare<[], number>("PRAGMA data_version").pluck();
  const documentById = sqlite.prepare<[string, string], ClaimDocument>(CLAIM_DOCUMENT_BY_ID);
  const reader = path === ":memory:" ? null : openTurnReader(path);
  const ungated: RunAtomic = async (statements) => {
    writes++;
    try {
      atomic.immediate(statements);
    } finally {
      reader?.renew();
    }
  };
  const gate = writeGate();
  const storeVersion = () => `${dataVersion.get()}:${writes}`;
  return {
    sqlite,
    db,
    readClaim: prepareReadClaim(sqlite),
    readClaimDocument: (id, version) => documentById.get(id, version) ?? null,
    runAtomic: (statements) => gate(() => ungated(statements)),
    exclusive: (work) =>
      gate(async () => {
        try {
          return await work({ db, runAtomic: ungated });
        } finally {
          // Another connection may have written while the lock was held (an import's worker thread).
          reader?.renew();
        }
      }),
    dataVersion: storeVersion,
    // An in-memory database has no second connection: its reads go through the store's own.
    turnReader: reader ?? {
      dataVersion: storeVersion,
      readClaimDocument: (id, version) => documentById.get(id, version) ?? null,
    },
    close: () => {
      reader?.close();
      sqlite.close();
    },
  };
}

/** A TurnReader on a read-only connection to the file at `path`. */
function openTurnReader(path: string): TurnReader & { renew(): void; close(): void } {
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  reader.pragma("busy_timeout = 5000");
  reader.pragma("cache_size = -24576");
  const version = reader.prepare<[], number>("PRAGMA data_version").pluck();
  const documentById = reader.prepare<[string, string], ClaimDocument>(CLAIM_DOCUMENT_BY_ID);
  /** The data version of the open snapshot, or null between turns. */
  let snapshot: string | null = null;
  const end = () => {
    if (snapshot === null) return;
    snapshot = null;
    if (reader.inTransaction) reader.exec("COMMIT");
  };
  const begin = (): string => {
    reader.exec("BEGIN");
    // The first read takes the snapshot, here.
    snapshot = String(version.get());
    setImmediate(end);
    return snapshot;
  };
  return {
    dataVersion: () => snapshot ?? begin(),
    readClaimDocument: (id, documentVersion) => {
      if (snapshot === null) begin();
      return documentById.get(id, documentVersion) ?? null;
    },
    renew: end,
    close: () => {
      end();
      reader.close();
    },
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
