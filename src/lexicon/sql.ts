/**
 * The lexicon as SQL: multi-row INSERTs of literal values, each well under D1's 100 KB per statement,
 * for `wrangler d1 execute --file` (D1) and for loading a better-sqlite3 database in one transaction.
 */
import type { LexiconRow } from "./lexicon";

/** Largest statement, in characters (D1 allows 100 KB). */
const MAX_STATEMENT = 90_000;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** INSERT statements that load `rows` into the `lexicon` table (existing words are kept). */
export function lexiconStatements(rows: LexiconRow[]): string[] {
  const head = "INSERT OR IGNORE INTO lexicon (word, senses, related, broader, opposite, forms, direction) VALUES ";
  const statements: string[] = [];
  let values: string[] = [];
  let size = head.length;
  for (const row of rows) {
    const tuple = `(${[row.word, row.senses, row.related, row.broader, row.opposite, row.forms].map(literal).join(",")},${row.direction})`;
    if (size + tuple.length + 1 > MAX_STATEMENT && values.length) {
      statements.push(`${head}${values.join(",")};`);
      values = [];
      size = head.length;
    }
    values.push(tuple);
    size += tuple.length + 1;
  }
  if (values.length) statements.push(`${head}${values.join(",")};`);
  return statements;
}
