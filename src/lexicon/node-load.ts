/**
 * Loading the lexicon into a better-sqlite3 database (Node): the first time a database has none, and
 * again when the store's lexicon is not the version the installed builder makes — in one transaction.
 */
import type Database from "better-sqlite3";
import { LEXICON_SETTING, lexiconStatements, lexiconVersionOf } from "./sql";
import { buildLexiconRows } from "./wordnet";

/** Where the lexicon comes from: its version, and its statements (read only when they are needed). */
export interface LexiconSource {
  version: string;
  statements(): string[];
}

/** The lexicon built in memory from WordNet (where no file of it is at hand). */
export function builtLexicon(): LexiconSource {
  const statements = lexiconStatements(buildLexiconRows());
  return { version: lexiconVersionOf(statements) ?? "", statements: () => statements };
}

/** The version of the lexicon `sqlite` holds, or null (none, or one loaded before versions were kept). */
export function storedLexiconVersion(sqlite: Database.Database): string | null {
  const { n } = sqlite.prepare("SELECT count(*) AS n FROM lexicon").get() as { n: number };
  if (n === 0) return null;
  const row = sqlite.prepare("SELECT value FROM settings WHERE name = ?").get(LEXICON_SETTING) as
    | { value: string }
    | undefined;
  return row?.value ?? null;
}

/**
 * Loads the lexicon unless the database holds this version of it; returns how many words it loaded (0
 * when it had them).
 */
export function loadLexiconIfStale(sqlite: Database.Database, source: LexiconSource = builtLexicon()): number {
  if (storedLexiconVersion(sqlite) === source.version) return 0;
  const sql = source.statements();
  sqlite.transaction(() => {
    for (const statement of sql) sqlite.exec(statement);
  })();
  // Six megabytes went through the write-ahead log: give its file's room back.
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return (sqlite.prepare("SELECT count(*) AS n FROM lexicon").get() as { n: number }).n;
}
