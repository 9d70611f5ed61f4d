/**
 * The lexicon as SQL: multi-row INSERTs of literal values, each well under D1's 100 KB per statement,
 * for `wrangler d1 execute --file` (D1) and for loading a better-sqlite3 database in one transaction.
 * The statements replace whatever lexicon the store had and end by recording their version (a digest of
 * the rows) in `settings`: a store whose lexicon was built by an older builder is known as such and
 * loaded again (an upgrade changes what the check knows of English).
 */
import { createHash } from "node:crypto";
import type { LexiconRow } from "./lexicon";

/** The `settings` row that names the version of the lexicon a store holds. */
export const LEXICON_SETTING = "lexicon-version";

/** Largest statement, in characters (D1 allows 100 KB). */
const MAX_STATEMENT = 90_000;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The statements that load `rows` as the `lexicon` table: a DELETE, the INSERTs, and the version's
 * `settings` row last (a load cut short leaves the old version named, so it is loaded again).
 */
export function lexiconStatements(rows: LexiconRow[]): string[] {
  const inserts = lexiconInserts(rows);
  const version = createHash("sha256").update(inserts.join("\n")).digest("hex").slice(0, 16);
  return [
    "DELETE FROM lexicon;",
    ...inserts,
    `INSERT INTO settings (name, value) VALUES ('${LEXICON_SETTING}', '${version}') ON CONFLICT (name) DO UPDATE SET value = excluded.value;`,
  ];
}

/** The version the statements of lexiconStatements record, or null when they record none. */
export function lexiconVersionOf(statements: string[]): string | null {
  return new RegExp(`'${LEXICON_SETTING}', '([0-9a-f]+)'`).exec(statements.at(-1) ?? "")?.[1] ?? null;
}

/** INSERT statements that load `rows` into the `lexicon` table. */
function lexiconInserts(rows: LexiconRow[]): string[] {
  const head =
    "INSERT OR IGNORE INTO lexicon (word, senses, related, broader, opposite, forms, kinds, direction) VALUES ";
  const statements: string[] = [];
  let values: string[] = [];
  let size = head.length;
  for (const row of rows) {
    const tuple = `(${[row.word, row.senses, row.related, row.broader, row.opposite, row.forms, row.kinds].map(literal).join(",")},${row.direction})`;
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
