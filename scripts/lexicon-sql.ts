/**
 * `npm run lexicon:sql`: the lexicon (general English word relations from WordNet, see
 * src/lexicon/wordnet.ts) as an SQL file, for `wrangler d1 execute DB --file dist/lexicon.sql`
 * (`--local` or `--remote`): what the Node server loads on its own. It replaces a store's lexicon and
 * records its version (see src/lexicon/sql.ts). Writes the file only when it is missing or older than
 * its sources.
 */
import { lexiconSqlFile } from "../src/lexicon/node-file";

const { path, built } = lexiconSqlFile();
console.log(built ? `Wrote ${path}` : `${path} is up to date`);
