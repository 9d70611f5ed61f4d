/** `npm run seed`: (re)loads the curated seed into the database, idempotently, with stable ids. */
import { count } from "drizzle-orm";
import { openNodeStore } from "../src/db/node";
import { claims, references } from "../src/db/schema";
import { lexiconSqlSource } from "../src/lexicon/node-file";
import { loadLexiconIfStale } from "../src/lexicon/node-load";
import { loadSeed } from "../src/seed/load";

const path = process.env.DATABASE_PATH ?? "data/cited.db";
const store = openNodeStore(path);
await loadSeed(store);
const words = loadLexiconIfStale(store.sqlite, lexiconSqlSource());
if (words > 0) console.log(`Lexicon loaded: ${words} words (WordNet).`);
const [claimCount] = await store.db.select({ n: count() }).from(claims);
const [referenceCount] = await store.db.select({ n: count() }).from(references);
console.log(`Seed loaded into ${path}: ${claimCount?.n} claims, ${referenceCount?.n} references.`);
store.close();
