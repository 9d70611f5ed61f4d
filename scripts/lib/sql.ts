/**
 * SQL text with its values written as literals, for files that `wrangler d1 execute --file` and
 * better-sqlite3's `exec` run as they are: the seed as SQL, API keys on D1, backups.
 */
import type { WriteStatement } from "../../src/db/client";

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * An SQL literal for a value: text quoted with `'` doubled (text holding NUL, which a literal cannot,
 * as its UTF-8 bytes cast to text), numbers as SQLite spells them, bytes as a blob literal.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") {
    if (value.includes("\0")) return `CAST(X'${hex(encoder.encode(value))}' AS TEXT)`;
    return `'${value.replaceAll("'", "''")}'`;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Uint8Array) return `X'${hex(value)}'`;
  if (value instanceof ArrayBuffer) return `X'${hex(new Uint8Array(value))}'`;
  // D1's JSON answers carry a blob as an array of bytes.
  if (Array.isArray(value) && value.every((byte) => Number.isInteger(byte) && byte >= 0 && byte < 256))
    return `X'${hex(Uint8Array.from(value))}'`;
  throw new Error(`no SQL literal for ${typeof value}`);
}

/** A double-quoted SQL identifier. */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `sql` with each `?` placeholder outside quotes replaced by the literal of its parameter. */
export function inline(sql: string, params: unknown[]): string {
  let out = "";
  let quote: string | null = null;
  let next = 0;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"' || char === "`") {
      quote = char;
      out += char;
    } else if (char === "?") {
      if (next >= params.length) throw new Error("more placeholders than parameters");
      out += literal(params[next++]);
    } else out += char;
  }
  if (next !== params.length) throw new Error("more parameters than placeholders");
  return out;
}

/** One Drizzle statement as SQL text with its parameters inlined. */
export function toSqlText(statement: WriteStatement): string {
  const { sql, params } = (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
  return inline(sql, params);
}

/** The statements as one SQL script, a statement a line. */
export function toSqlScript(statements: WriteStatement[]): string {
  return statements.map((statement) => `${toSqlText(statement)};\n`).join("");
}
