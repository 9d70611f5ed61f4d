/**
 * `npm run lexicon -- [--db PATH | --d1 NAME [--local | --remote]]`: loads the lexicon (general English
 * word relations from WordNet, src/lexicon/wordnet.ts) into a store that does not hold this version of
 * it — none yet, or one an older builder made — what `/v1/check` reads for synonyms, derivations and
 * opposites. The Node server does it on its own at start; a Worker's D1 database gets it here, from
 * dist/lexicon.sql (built first if stale) through `wrangler d1 execute --file`, which replaces the old
 * one. A store that holds this version is left as it is.
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { lexiconSqlFile, lexiconSqlSource } from "../src/lexicon/node-file";
import { loadLexiconIfStale } from "../src/lexicon/node-load";
import { LEXICON_SETTING } from "../src/lexicon/sql";
import { d1ExecuteFile, d1Query, describeTarget, TARGET_OPTIONS, TARGET_USAGE, targetOf } from "./lib/target";

const { values } = parseArgs({ options: TARGET_OPTIONS });
const target = targetOf(values);
if (typeof target === "string") {
  console.error(`${target}\nusage: npm run lexicon -- ${TARGET_USAGE}`);
  process.exit(2);
}

const source = lexiconSqlSource();
if (target.kind === "node") {
  const sqlite = new Database(target.path, { fileMustExist: true });
  const loaded = loadLexiconIfStale(sqlite, source);
  sqlite.close();
  console.log(
    loaded
      ? `Loaded ${loaded} words into ${describeTarget(target)} (lexicon ${source.version}).`
      : `${describeTarget(target)} has the lexicon (${source.version}).`,
  );
} else {
  const [[row] = [], [setting] = []] = await d1Query(target, [
    "SELECT count(*) AS n FROM lexicon",
    `SELECT value FROM settings WHERE name = '${LEXICON_SETTING}'`,
  ]);
  if (Number(row?.n ?? 0) > 0 && setting?.value === source.version)
    console.log(`${describeTarget(target)} has the lexicon (${row?.n} words, ${source.version}).`);
  else {
    const { path } = lexiconSqlFile();
    await d1ExecuteFile(target, path);
    const [[after] = []] = await d1Query(target, ["SELECT count(*) AS n FROM lexicon"]);
    console.log(`Loaded ${after?.n} words into ${describeTarget(target)} (lexicon ${source.version}).`);
  }
}
