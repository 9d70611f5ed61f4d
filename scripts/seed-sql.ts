/**
 * `npm run seed:sql`: the seed as an SQL file, for `wrangler d1 execute DB --file dist/seed.sql`
 * (`--local` or `--remote`): what `npm run seed` is on Node. The statements are the loader's own
 * (`seedStatements`), with their parameters written as SQL literals.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { openNodeStore } from "../src/db/node";
import { seedStatements } from "../src/seed/load";
import { toSqlScript } from "./lib/sql";

export { toSqlScript };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL("../dist/seed.sql", import.meta.url));
  // Statements are only built, never run: an in-memory database lends Drizzle its dialect.
  const store = openNodeStore(":memory:");
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, toSqlScript(seedStatements(store.db)));
  store.close();
  console.log(`wrote ${target}`);
}
