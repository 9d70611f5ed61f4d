/**
 * `npm run backup -- [--out FILE] [--db PATH | --d1 DB [--local | --remote]]`: writes a backup of a
 * store — its data, history and change feed, API keys (hashes) and counters — as one SQL file that
 * `npm run restore` loads into a store on either runtime. On Node it reads a snapshot (one read
 * transaction) while the server keeps serving; on D1 it reads through `wrangler d1 execute`, a page of
 * every table per call, and starts again (up to three times) if a write lands in between. The FTS5
 * index, which `wrangler d1 export` cannot export, is not copied: the restore rebuilds it.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { backUp, StoreChanged } from "./lib/backup";
import { d1Source, nodeSource } from "./lib/stores";
import { describeTarget, TARGET_OPTIONS, TARGET_USAGE, targetOf } from "./lib/target";

const { values } = parseArgs({ options: { out: { type: "string" }, ...TARGET_OPTIONS } });
const target = targetOf(values);
if (typeof target === "string") {
  console.error(`${target}\nusage: npm run backup -- [--out FILE] ${TARGET_USAGE}`);
  process.exit(2);
}
const stamp = new Date()
  .toISOString()
  .replaceAll(":", "-")
  .replace(/\.\d+Z$/, "Z");
const out = values.out ?? `backups/cited-${target.kind === "node" ? "node" : target.database}-${stamp}.sql`;
mkdirSync(dirname(out), { recursive: true });
const partial = `${out}.partial`;

for (let attempt = 1; ; attempt++) {
  const source = target.kind === "node" ? nodeSource(target.path) : d1Source(target);
  const file = openSync(partial, "w");
  try {
    const header = await backUp(source, (text) => writeSync(file, text));
    closeSync(file);
    renameSync(partial, out);
    const rows = Object.entries(header.tables).map(([table, { rows }]) => `${table} ${rows}`);
    console.error(`Backed up the ${describeTarget(target)}: ${rows.join(", ")}.`);
    console.log(out);
    break;
  } catch (error) {
    closeSync(file);
    rmSync(partial, { force: true });
    if (!(error instanceof StoreChanged) || attempt === 3) {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    console.error(`${error.message}; starting again (attempt ${attempt + 1} of 3).`);
  } finally {
    source.close();
  }
}
