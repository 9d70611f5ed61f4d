/**
 * `npm run lexicon -- [--db PATH | --d1 NAME [--local | --remote]]`: loads the lexicon (general English
 * word relations from WordNet, src/lexicon/wordnet.ts) into a store that has none — what `/v1/check`
 * reads for synonyms, derivations and opposites. The Node server does it on its own at start; a
 * Worker's D1 database gets it here, from dist/lexicon.sql (built first if stale) through
 * `wrangler d1 execute --file`. A store that has the lexicon is left as it is.
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { lexiconSqlFile, lexiconSqlStatements } from "../src/lexicon/node-file";
import { loadLexiconIfEmpty } from "../src/lexicon/node-load";
import { d1ExecuteFile, d1Query, describeTarget, TARGET_OPTIONS, TARGET_USAGE, targetOf } from "./lib/target";

const { values } = parseArgs({ options: TARGET_OPTIONS });
const target = targetOf(values);
if (typeof target === "string") {
  console.error(`${target}\nusage: npm run lexicon -- ${TARGET_USAGE}`);
  process.exit(2);
}

if (target.kind === "node") {
  const sqlite = new Database(target.path, { fileMustExist: true });
  const loaded = loadLexiconIfEmpty(sqlite, lexiconSqlStatements);
  sqlite.close();
  console.log(
    loaded ? `Loaded ${loaded} words into ${describeTarget(target)}.` : `${describeTarget(target)} has the lexicon.`,
  );
} else {
  const [[row] = []] = await d1Query(target, ["SELECT count(*) AS n FROM lexicon"]);
  if (Number(row?.n ?? 0) > 0) console.log(`${describeTarget(target)} has the lexicon (${row?.n} words).`);
  else {
    const { path } = lexiconSqlFile();
    await d1ExecuteFile(target, path);
    const [[after] = []] = await d1Query(target, ["SELECT count(*) AS n FROM lexicon"]);
    console.log(`Loaded ${after?.n} words into ${describeTarget(target)}.`);
  }
}
