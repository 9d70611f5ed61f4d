/**
 * `npm run seed:sql`: the seed as an SQL file, for `wrangler d1 execute DB --file dist/seed.sql`
 * (`--local` or `--remote`): what `npm run seed` is on Node. The statements are the loader's own
 * (`seedStatements`), with their parameters written as SQL literals.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { WriteStatement } from "../src/db/client";
import { openNodeStore } from "../src/db/node";
import { seedStatements } from "../src/seed/load";

/** An SQL literal for a bound parameter: strings quoted with `'` doubled, the rest as SQLite spells them. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") {
    if (value.includes("\0")) throw new Error("an SQL literal cannot hold NUL");
    return `'${value.replaceAll("'", "''")}'`;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  throw new Error(`no SQL literal for ${typeof value}`);
}

/** `sql` with each `?` placeholder outside quotes replaced by the literal of its parameter. */
function inline(sql: string, params: unknown[]): string {
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

/** The statements as one SQL script, a statement a line. */
export function toSqlScript(statements: WriteStatement[]): string {
  return statements
    .map((statement) => {
      const { sql, params } = (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
      return `${inline(sql, params)};\n`;
    })
    .join("");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL("../dist/seed.sql", import.meta.url));
  // Statements are only built, never run: an in-memory database lends Drizzle its dialect.
  const store = openNodeStore(":memory:");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, toSqlScript(seedStatements(store.db)));
  store.close();
  console.log(`wrote ${target}`);
}
