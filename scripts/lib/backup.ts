/**
 * Backups of a store, Node or D1, as one SQL file that restores into either: every row of every
 * ordinary table — the data, the history and change feed (`changes`) and the API keys (their hashes) —
 * in the order of their foreign keys, and the AUTOINCREMENT counters. Derived tables are left out and
 * rebuilt by the restore: the WordNet lexicon (loaded from its package, not written by anyone), the
 * full-text index (an FTS5 virtual table, which `wrangler d1 export`
 * refuses; its triggers fill it as claims are inserted after their entities), and the bookkeeping of
 * migrations (`__drizzle_migrations` on Node, `d1_migrations` on D1), which the target has from
 * migrating it. The first line is a JSON header the restore checks: the format, the migrations of the
 * source, and each table's columns and rows.
 */
import { identifier, literal } from "./sql";

export const BACKUP_FORMAT = 1;
const HEADER_PREFIX = "-- cited-backup ";

/** Where a backup reads from: a snapshot of one store. */
export interface BackupSource {
  /**
   * Runs read statements and answers the rows of each. A source reads consistently across calls when
   * it can (one read transaction on Node); `fingerprint` catches writes between calls otherwise (D1).
   */
  read(statements: string[]): Promise<Record<string, unknown>[][]>;
  /** The statement that lists the migrations the store has, and how its rows become tags (`0000_init`…). */
  migrations: { statement: string; tags(rows: Record<string, unknown>[]): string[] };
  /** A description for the header (`node data/cited.db`, `d1 DB --remote`). */
  description: string;
}

export interface TableHeader {
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: number;
  takenAt: string;
  source: string;
  migrations: string[];
  /** In the order the file inserts them: a table after the tables its foreign keys point to. */
  tables: Record<string, TableHeader>;
  /** AUTOINCREMENT counters (sqlite_sequence) of the tables backed up. */
  sequences: Record<string, number>;
}

/** Virtual tables' shadow tables (FTS5: `x_data`, `x_idx`, `x_content`, `x_docsize`, `x_config`). */
const SHADOW_SUFFIXES = ["_data", "_idx", "_content", "_docsize", "_config"];
const BOOKKEEPING = new Set(["__drizzle_migrations", "d1_migrations"]);
/**
 * Tables built from packages rather than written by anyone: the WordNet lexicon is the same on every
 * store (the Node server loads it on start, `npm run lexicon` on D1), so a backup does not carry it.
 */
const BUILT = new Set(["lexicon"]);
/**
 * Tables derived from the data by the service's triggers and the Node server (migration 0009): claim
 * documents, the row counts of `/health`, and the settings they use; and the statement names the check
 * reads (migration 0010). The restore rebuilds them (`rebuildStatements`): the triggers count the claims
 * as they are inserted, and without its settings row the server writes the statement names again on
 * start (a Worker on an isolate's first request).
 */
const DERIVED = new Set(["claim_documents", "stale_claim_documents", "row_counts", "settings", "statement_names"]);

/** The tables a backup holds: ordinary tables that are not derived, internal or bookkeeping. */
export function tablesToBackUp(schema: { name: string; sql: string | null }[]): string[] {
  const virtual = schema.filter((table) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(table.sql ?? "")).map((t) => t.name);
  return schema
    .map((table) => table.name)
    .filter(
      (name) =>
        !name.startsWith("sqlite_") &&
        !name.startsWith("_cf_") &&
        !BOOKKEEPING.has(name) &&
        !BUILT.has(name) &&
        !DERIVED.has(name) &&
        !virtual.includes(name) &&
        !virtual.some((v) => SHADOW_SUFFIXES.some((suffix) => name === `${v}${suffix}`)),
    )
    .sort();
}

/** `tables` ordered so that each comes after the tables its foreign keys reference (ties by name). */
export function byDependencies(tables: string[], references: Map<string, string[]>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const parent of [...(references.get(table) ?? [])].sort()) if (tables.includes(parent)) visit(parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered;
}

/**
 * What changes when the store is written: the feed's last position and the keys. Every write of
 * Cited appends to `changes` except key management, so equal fingerprints before and after a read
 * mean no write landed in between.
 */
const FINGERPRINT =
  "SELECT (SELECT coalesce(max(seq), 0) FROM changes) AS changes, (SELECT count(*) FROM api_keys) AS keys, (SELECT count(revoked_at) FROM api_keys) AS revoked";

/** Rows per read of a table. */
const PAGE_ROWS = 2000;

/** The store changed while a backup read it (D1); retrying usually helps. */
export class StoreChanged extends Error {}

/**
 * Reads a whole store from `source` and writes its backup through `write`, a chunk of SQL text at a
 * time, in a flat amount of memory; answers the header. The first read takes the row counts and a
 * page of every table (a small store is one read); larger tables follow page by page.
 */
export async function backUp(source: BackupSource, write: (text: string) => void): Promise<BackupHeader> {
  const [schema = [], sequences = [], migrations = []] = await source.read([
    "SELECT name, sql FROM sqlite_master WHERE type = 'table'",
    "SELECT name, seq FROM sqlite_sequence",
    source.migrations.statement,
  ]);
  const tables = tablesToBackUp(schema as { name: string; sql: string | null }[]);
  const described = await source.read(
    tables.flatMap((table) => [
      `PRAGMA table_info(${identifier(table)})`,
      `PRAGMA foreign_key_list(${identifier(table)})`,
    ]),
  );
  const columns = new Map<string, string[]>();
  const references = new Map<string, string[]>();
  tables.forEach((table, index) => {
    const info = (described[index * 2] ?? []) as { name: string; cid: number }[];
    columns.set(
      table,
      [...info].sort((a, b) => a.cid - b.cid).map((column) => column.name),
    );
    references.set(
      table,
      ((described[index * 2 + 1] ?? []) as { table: string }[]).map((fk) => fk.table),
    );
  });
  const order = byDependencies(tables, references);
  // Keyset pages by rowid, each statement reading its table from where the last page ended.
  const page = (table: string, after: number) =>
    `SELECT rowid AS "__rowid", ${(columns.get(table) ?? []).map(identifier).join(", ")} FROM ${identifier(table)} WHERE rowid > ${after} ORDER BY rowid LIMIT ${PAGE_ROWS}`;
  const [seen, ...firstRead] = await source.read([
    FINGERPRINT,
    ...order.map((table) => `SELECT count(*) AS n FROM ${identifier(table)}`),
    ...order.map((table) => page(table, 0)),
  ]);
  const fingerprint = JSON.stringify(seen);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    takenAt: new Date().toISOString(),
    source: source.description,
    migrations: source.migrations.tags(migrations),
    tables: Object.fromEntries(
      order.map((table, index) => [
        table,
        { columns: columns.get(table) ?? [], rows: Number(firstRead[index]?.[0]?.n ?? 0) },
      ]),
    ),
    sequences: Object.fromEntries(
      (sequences as { name: string; seq: number }[])
        .filter((row) => order.includes(row.name))
        .map((row) => [row.name, Number(row.seq)]),
    ),
  };

  write(`${HEADER_PREFIX}${JSON.stringify(header)}\n`);
  write("PRAGMA defer_foreign_keys = ON;\n");
  for (const [index, table] of order.entries()) {
    const names = columns.get(table) ?? [];
    const into = `INSERT INTO ${identifier(table)} (${names.map(identifier).join(", ")}) VALUES `;
    let rows = firstRead[order.length + index] ?? [];
    let written = 0;
    for (;;) {
      for (const row of rows) write(`${into}(${names.map((name) => literal(row[name])).join(", ")});\n`);
      written += rows.length;
      if (rows.length < PAGE_ROWS) break;
      const [again, next] = await source.read([FINGERPRINT, page(table, Number(rows.at(-1)?.__rowid))]);
      if (JSON.stringify(again) !== fingerprint) throw new StoreChanged("the store was written during the backup");
      rows = next ?? [];
    }
    if (written !== header.tables[table]?.rows) throw new StoreChanged(`${table} changed during the backup`);
  }
  for (const [table, seq] of Object.entries(header.sequences)) write(sequenceStatement(table, seq));
  return header;
}

/** Sets a table's AUTOINCREMENT counter to `seq` (inserting its row of sqlite_sequence if missing). */
function sequenceStatement(table: string, seq: number): string {
  return (
    `INSERT INTO sqlite_sequence (name, seq) SELECT ${literal(table)}, ${seq} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ${literal(table)});\n` +
    `UPDATE sqlite_sequence SET seq = ${seq} WHERE name = ${literal(table)};\n`
  );
}

/** The header of a backup file's text, or an error message when it is not one. */
export function readHeader(text: string): BackupHeader | string {
  const first = text.slice(0, text.indexOf("\n"));
  if (!first.startsWith(HEADER_PREFIX)) return "not a Cited backup (its first line is not a cited-backup header)";
  let header: BackupHeader;
  try {
    header = JSON.parse(first.slice(HEADER_PREFIX.length)) as BackupHeader;
  } catch {
    return "the backup's header is not JSON";
  }
  if (header.format !== BACKUP_FORMAT) return `backup format ${header.format} is not ${BACKUP_FORMAT}`;
  return header;
}

/** What a restore finds in its target. */
export interface TargetState {
  migrations: string[];
  /** Columns of the target's tables. */
  columns: Map<string, string[]>;
  /** Rows in each of the backup's tables. */
  rows: Map<string, number>;
}

/** The statements a target is read with before a restore (answers: see `targetState`). */
export function targetStatements(header: BackupHeader): string[] {
  return Object.keys(header.tables).flatMap((table) => [
    `PRAGMA table_info(${identifier(table)})`,
    `SELECT count(*) AS n FROM ${identifier(table)}`,
  ]);
}

/** The target as `targetStatements` read it. */
export function targetState(
  header: BackupHeader,
  answers: Record<string, unknown>[][],
  migrations: string[],
): TargetState {
  const state: TargetState = { migrations, columns: new Map(), rows: new Map() };
  Object.keys(header.tables).forEach((table, index) => {
    state.columns.set(
      table,
      ((answers[index * 2] ?? []) as { name: string }[]).map((column) => column.name),
    );
    state.rows.set(table, Number(answers[index * 2 + 1]?.[0]?.n ?? 0));
  });
  return state;
}

/**
 * Why the backup cannot go into the target, or null: a table or column the target lacks (migrate it
 * first), or data in it unless `replace`. Migrations that differ are only a warning (see `warnings`).
 */
export function restoreRefusal(
  header: BackupHeader,
  target: TargetState,
  options: { replace: boolean },
): string | null {
  for (const [table, { columns }] of Object.entries(header.tables)) {
    const present = target.columns.get(table) ?? [];
    if (present.length === 0) return `the target has no table ${table}: apply the migrations first`;
    const missing = columns.filter((column) => !present.includes(column));
    if (missing.length) return `the target's ${table} lacks ${missing.join(", ")}: apply the migrations first`;
  }
  const filled = [...target.rows].filter(([, n]) => n > 0);
  if (filled.length && !options.replace)
    return `the target is not empty (${filled.map(([table, n]) => `${table}: ${n}`).join(", ")}): restore into an empty store, or pass --replace to delete its data first`;
  return null;
}

/** What the operator should know before trusting the restore. */
export function warnings(header: BackupHeader, target: TargetState): string[] {
  const same =
    header.migrations.length === target.migrations.length &&
    header.migrations.every((tag, index) => target.migrations[index] === tag);
  return same
    ? []
    : [
        `the backup was taken at migrations [${header.migrations.join(", ")}], the target is at [${target.migrations.join(", ")}]`,
      ];
}

/** Statements that empty the backup's tables in the target (children first), for `--replace`. */
export function emptyingStatements(header: BackupHeader): string[] {
  const tables = Object.keys(header.tables).reverse();
  return [
    ...tables.map((table) => `DELETE FROM ${identifier(table)}`),
    `DELETE FROM sqlite_sequence WHERE name IN (${tables.map(literal).join(", ")})`,
  ];
}

/**
 * Statements run after the backup's rows, in the same unit: no claim document survives the restore
 * (the change rows it inserts would have written documents from the JSON of their time), and every
 * claim is marked for the Node server to rewrite its document; until then claims are read from the tables.
 */
export function rebuildStatements(): string[] {
  return [
    "DELETE FROM claim_documents",
    "INSERT INTO stale_claim_documents (seq) SELECT seq FROM claims WHERE seq NOT IN (SELECT seq FROM stale_claim_documents)",
    // The statement names: written again by the server on its next start (a Worker's next isolate).
    "DELETE FROM statement_names",
    "DELETE FROM settings WHERE name = 'statement-names'",
  ];
}
