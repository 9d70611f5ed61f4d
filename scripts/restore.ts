/**
 * `npm run restore -- FILE [--replace] [--db PATH | --d1 DB [--local | --remote]]`: loads a backup
 * made by `npm run backup` into a store, as one atomic unit: a better-sqlite3 transaction on Node (the
 * file is created and migrated if missing), one `wrangler d1 execute --file` on D1 (one batch locally,
 * an import that rolls back on failure remotely; apply the migrations first). The target must hold
 * every table and column of the backup, and be empty — a store that seeded itself on first start is
 * not: start it with SEED_ON_START=false, or pass --replace to delete the target's data in the same
 * unit. The full-text index is rebuilt by the store's triggers as the rows go in.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openNodeStore } from "../src/db/node";
import {
  type BackupHeader,
  emptyingStatements,
  readHeader,
  rebuildStatements,
  restoreRefusal,
  type TargetState,
  targetState,
  targetStatements,
  warnings,
} from "./lib/backup";
import { D1_MIGRATIONS, nodeMigrations } from "./lib/stores";
import {
  d1ExecuteFile,
  d1Query,
  describeTarget,
  type StoreTarget,
  TARGET_OPTIONS,
  TARGET_USAGE,
  targetOf,
} from "./lib/target";

const USAGE = `usage: npm run restore -- FILE [--replace] ${TARGET_USAGE}`;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { replace: { type: "boolean", default: false }, ...TARGET_OPTIONS },
});
const file = positionals[0];
const target = targetOf(values);
if (!file || typeof target === "string") {
  console.error(`${typeof target === "string" ? target : "restore needs the backup file"}\n${USAGE}`);
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const header = readHeader(text);
if (typeof header === "string") {
  console.error(`${file}: ${header}`);
  process.exit(1);
}

/** A store the restore reads, then writes in one unit. */
interface RestoreTarget {
  state(): Promise<TargetState>;
  /** Runs `prelude`, the backup's SQL, then `postlude` as one atomic unit. */
  load(prelude: string[], sql: string, postlude: string[]): Promise<void>;
  rows(): Promise<Map<string, number>>;
  close(): void;
}

function nodeTarget(path: string, backup: BackupHeader): RestoreTarget {
  const store = openNodeStore(path);
  const read = () =>
    targetStatements(backup).map((statement) => store.sqlite.prepare(statement).all() as Record<string, unknown>[]);
  return {
    state: async () => targetState(backup, read(), nodeMigrations(store.sqlite)),
    load: async (prelude, sql, postlude) => {
      store.sqlite.exec("BEGIN IMMEDIATE");
      try {
        for (const statement of prelude) store.sqlite.exec(statement);
        store.sqlite.exec(sql);
        for (const statement of postlude) store.sqlite.exec(statement);
        store.sqlite.exec("COMMIT");
      } catch (error) {
        store.sqlite.exec("ROLLBACK");
        throw error;
      }
    },
    rows: async () => targetState(backup, read(), []).rows,
    close: () => store.close(),
  };
}

function d1Target(d1: Extract<StoreTarget, { kind: "d1" }>, backup: BackupHeader): RestoreTarget {
  return {
    state: async () => {
      const [migrations = [], ...answers] = await d1Query(d1, [D1_MIGRATIONS.statement, ...targetStatements(backup)]);
      return targetState(backup, answers, D1_MIGRATIONS.tags(migrations));
    },
    load: async (prelude, sql, postlude) => {
      const dir = mkdtempSync(join(tmpdir(), "cited-restore-"));
      try {
        const script = join(dir, "restore.sql");
        const lines = (statements: string[]) => statements.map((statement) => `${statement};\n`).join("");
        writeFileSync(script, `${lines(prelude)}${sql}\n${lines(postlude)}`);
        await d1ExecuteFile(d1, script);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    rows: async () => targetState(backup, await d1Query(d1, targetStatements(backup)), []).rows,
    close: () => {},
  };
}

const store = target.kind === "node" ? nodeTarget(target.path, header) : d1Target(target, header);
let loaded = false;
try {
  const state = await store.state();
  const refusal = restoreRefusal(header, state, { replace: values.replace });
  if (refusal) {
    console.error(`Not restored into the ${describeTarget(target)}: ${refusal}.`);
    process.exit(1);
  }
  for (const warning of warnings(header, state)) console.error(`Warning: ${warning}.`);
  await store.load(values.replace ? emptyingStatements(header) : [], text, rebuildStatements());
  loaded = true;
  const rows = await store.rows();
  const wrong = Object.entries(header.tables).filter(([table, { rows: expected }]) => rows.get(table) !== expected);
  if (wrong.length) {
    console.error(`Restored, but the row counts differ from the backup's: ${wrong.map(([t]) => t).join(", ")}.`);
    process.exit(1);
  }
  console.error(
    `Restored ${file} (taken ${header.takenAt} from ${header.source}) into the ${describeTarget(target)}: ${Object.entries(
      header.tables,
    )
      .map(([table, { rows: n }]) => `${table} ${n}`)
      .join(", ")}.`,
  );
} catch (error) {
  // What failed was a read or the one transaction of the load: the target holds what it held before,
  // or, when only the recount after the load failed, the restored data.
  const said = error instanceof Error ? error.message : String(error);
  console.error(
    loaded
      ? `Restored into the ${describeTarget(target)}, but its rows could not be counted again: ${said}.`
      : `Not restored into the ${describeTarget(target)}: ${said}.`,
  );
  process.exitCode = 1;
} finally {
  store.close();
}
