/**
 * Lists and rows of any length bound as one JSON parameter each, read back with `json_each` — how a
 * statement stays within D1's limits (https://developers.cloudflare.com/d1/platform/limits/): at most
 * 100 bound parameters per statement, and a number of statements per invocation (50 on the Free plan,
 * 1,000 on Paid) that a query or an insert per item would soon exceed. A string value may hold at
 * most 2,000,000 bytes, so long lists and many rows are split into chunks of MAX_JSON_PARAMETER_BYTES.
 */
import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db, WriteStatement } from "./client";

/** Largest JSON parameter built here, in UTF-8 bytes: half of D1's 2,000,000-byte cap on a value. */
export const MAX_JSON_PARAMETER_BYTES = 1_000_000;

const encoder = new TextEncoder();

/**
 * `items` split into runs whose JSON arrays fit in `maxBytes` each (an item larger than that gets a
 * run of its own). An empty list gives no run.
 */
export function jsonChunks<T>(items: readonly T[], maxBytes = MAX_JSON_PARAMETER_BYTES): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let size = 2;
  for (const item of items) {
    const bytes = encoder.encode(JSON.stringify(item)).length + 1;
    if (run.length > 0 && size + bytes > maxBytes) {
      runs.push(run);
      run = [];
      size = 2;
    }
    run.push(item);
    size += bytes;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * `column IN (values)` with the values bound as one JSON array parameter, whatever their number. The
 * list must fit one parameter (MAX_JSON_PARAMETER_BYTES): callers with unbounded lists read them in
 * `jsonChunks`. SQLite still walks `column`'s index for each value.
 */
export function inList(column: SQLiteColumn | SQL, values: readonly (string | number)[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

type Insertable<T extends SQLiteTable> = T["$inferInsert"];

/** The value a column receives when a row leaves it out: its default, else NULL. */
function defaultOf(column: SQLiteColumn): unknown {
  if (column.default !== undefined && column.default !== null) return column.default;
  if (column.defaultFn) return column.defaultFn();
  return null;
}

function insertableColumns(table: SQLiteTable): [string, SQLiteColumn][] {
  return Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>).filter(
    // Generated columns take no value (Drizzle's own insert skips them the same way; the method is internal).
    ([, column]) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert(),
  );
}

/**
 * `rows` as `insertRows` binds them: each an array of the table's insertable columns, encoded as
 * Drizzle encodes them (JSON columns as text, booleans as 0/1); a key left out takes the column's
 * default (an SQL default cannot be carried: give the value).
 */
export function encodeRows<T extends SQLiteTable>(table: T, rows: readonly Insertable<T>[]): unknown[][] {
  const columns = insertableColumns(table);
  return rows.map((row) =>
    columns.map(([key, column]) => {
      const given = (row as Record<string, unknown>)[key];
      const value = given === undefined ? defaultOf(column) : given;
      if (is(value, SQL)) throw new Error(`insertRows: give ${key}, whose default is SQL`);
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    }),
  );
}

export interface InsertRowsOptions {
  /**
   * The insert as the precondition of a compare-and-swap (see changeStatement in changes.ts): this
   * column becomes NULL — a NOT NULL violation that aborts the unit — unless the statement right
   * before changed exactly `expectedChanges` rows.
   */
  guard?: { column: string; expectedChanges: number };
}

/**
 * One statement that inserts `encoded` rows (from `encodeRows`) into `table`:
 * `INSERT INTO t SELECT value ->> '$[0]', … FROM json_each(?)`, one bound parameter however many rows.
 * Rows keep their order: an AUTOINCREMENT key grows along it.
 */
export function insertEncodedRows(
  db: Db,
  table: SQLiteTable,
  encoded: unknown[][],
  options: InsertRowsOptions = {},
): WriteStatement {
  const selected = insertableColumns(table).map(([, column], index) => {
    const read = sql.raw(`value ->> '$[${index}]'`);
    return options.guard?.column === column.name
      ? sql`CASE WHEN changes() = ${options.guard.expectedChanges} THEN ${read} END`
      : read;
  });
  return (db.insert(table) as unknown as { select(query: SQL): WriteStatement }).select(
    sql`SELECT ${sql.join(selected, sql`, `)} FROM json_each(${JSON.stringify(encoded)})`,
  );
}

/**
 * Inserts `rows` into `table` in as few statements as the size of a JSON parameter allows (one per
 * MAX_JSON_PARAMETER_BYTES of rows), in their order.
 */
export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: readonly Insertable<T>[]): WriteStatement[] {
  return jsonChunks(encodeRows(table, rows)).map((chunk) => insertEncodedRows(db, table, chunk));
}
