/**
 * Loading the lexicon into a better-sqlite3 database (Node): built from the installed WordNet package
 * the first time a database has none, in one transaction.
 */
import type Database from "better-sqlite3";
import { lexiconStatements } from "./sql";
import { buildLexiconRows } from "./wordnet";

/** Loads the lexicon unless the database has it; returns how many words it loaded (0 when it had them). */
export function loadLexiconIfEmpty(sqlite: Database.Database, statements?: () => string[]): number {
  const { n } = sqlite.prepare("SELECT count(*) AS n FROM lexicon").get() as { n: number };
  if (n > 0) return 0;
  const sql = statements ? statements() : lexiconStatements(buildLexiconRows());
  sqlite.transaction(() => {
    for (const statement of sql) sqlite.exec(statement);
  })();
  // Six megabytes went through the write-ahead log: give its file's room back.
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return (sqlite.prepare("SELECT count(*) AS n FROM lexicon").get() as { n: number }).n;
}
