/**
 * Which store an operator's script works on: the Node server's SQLite file, or a D1 database reached
 * through wrangler — local (what `wrangler dev` serves) or remote (the deployed one). The same flags
 * for every script: `--db PATH` (else DATABASE_PATH, else data/cited.db), or `--d1 NAME` (a binding or
 * database name of wrangler.toml) with `--local` (the default; `--persist-to DIR` as for wrangler dev)
 * or `--remote`, and `--config FILE` for another wrangler configuration.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export type StoreTarget =
  | { kind: "node"; path: string }
  | { kind: "d1"; database: string; remote: boolean; persistTo?: string; config?: string };

/** The `parseArgs` options that name a store. */
export const TARGET_OPTIONS = {
  db: { type: "string" },
  d1: { type: "string" },
  local: { type: "boolean", default: false },
  remote: { type: "boolean", default: false },
  "persist-to": { type: "string" },
  config: { type: "string" },
} as const;

export const TARGET_USAGE = "[--db PATH | --d1 NAME [--local [--persist-to DIR] | --remote] [--config wrangler.toml]]";

interface TargetValues {
  db?: string;
  d1?: string;
  local?: boolean;
  remote?: boolean;
  "persist-to"?: string;
  config?: string;
}

/** The store the flags name, or an error message. */
export function targetOf(values: TargetValues): StoreTarget | string {
  if (values.d1 === undefined) {
    if (values.remote || values.local || values["persist-to"] || values.config)
      return "--local, --remote, --persist-to and --config need --d1 NAME";
    return { kind: "node", path: values.db ?? process.env.DATABASE_PATH ?? "data/cited.db" };
  }
  if (values.db !== undefined) return "give --db or --d1, not both";
  if (values.local && values.remote) return "give --local or --remote, not both";
  if (values.remote && values["persist-to"]) return "--persist-to is for --local";
  return {
    kind: "d1",
    database: values.d1,
    remote: values.remote ?? false,
    ...(values["persist-to"] && { persistTo: values["persist-to"] }),
    ...(values.config && { config: values.config }),
  };
}

/** How a target reads in messages. */
export function describeTarget(target: StoreTarget): string {
  if (target.kind === "node") return `SQLite file ${target.path}`;
  return `D1 database ${target.database} (${target.remote ? "remote" : `local${target.persistTo ? ` in ${target.persistTo}` : ""}`})`;
}

const WRANGLER = fileURLToPath(new URL("../../node_modules/wrangler/bin/wrangler.js", import.meta.url));

/** What `wrangler d1 execute --json` answers per statement. */
interface ExecuteResult {
  results: Record<string, unknown>[];
  success: boolean;
}

/** Runs wrangler once with `args`: its exit code, standard output and standard error. */
function wranglerOnce(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], {
      // No telemetry, and no prompt: these scripts run unattended.
      env: { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", ...process.env, CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, out, err }));
  });
}

/** What workerd says when another connection holds the local database's write lock. */
const LOCKED = /database is locked|SQLITE_BUSY/;

/**
 * How long a script waits out a lock on a local D1 database — a `wrangler dev` serving a write or
 * checkpointing its log, another `wrangler d1 execute` whose workerd has not exited yet — before it
 * gives up: workerd's SQLite does not wait for a lock itself, it fails at once.
 */
const LOCAL_LOCK_WAIT_MS = 30_000;

/**
 * Runs wrangler with `args`, returning its standard output; fails with what it said. On a local
 * database a lock is waited out (tries again after 0.5, 1, 2, 4, 4… s, up to LOCAL_LOCK_WAIT_MS): a
 * failed statement or batch changed nothing, since each runs as one transaction.
 */
async function wrangler(args: string[], local: boolean): Promise<string> {
  const started = Date.now();
  for (let delay = 500; ; delay = Math.min(delay * 2, 4_000)) {
    const { code, out, err } = await wranglerOnce(args);
    if (code === 0) return out;
    const said = (err || out).trim();
    if (!local || !LOCKED.test(said))
      throw new Error(`wrangler ${args.slice(0, 3).join(" ")} failed (exit ${code}):\n${said}`);
    if (Date.now() - started + delay > LOCAL_LOCK_WAIT_MS)
      throw new Error(
        `the local D1 database stayed locked for ${Math.round((Date.now() - started) / 1000)} s: another process is writing to it (a wrangler dev serving a write, another wrangler d1 execute); what was asked of it changed nothing, try again`,
      );
    console.error(`The local D1 database is locked by another process; trying again in ${delay / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

function d1Args(target: Extract<StoreTarget, { kind: "d1" }>): string[] {
  return [
    "d1",
    "execute",
    target.database,
    target.remote ? "--remote" : "--local",
    ...(target.persistTo ? ["--persist-to", target.persistTo] : []),
    ...(target.config ? ["--config", target.config] : []),
  ];
}

/**
 * Runs `statements` on a D1 database in one `wrangler d1 execute --command` (one batch: D1 runs it as
 * one transaction), answering the rows of each.
 */
export async function d1Query(
  target: Extract<StoreTarget, { kind: "d1" }>,
  statements: string[],
): Promise<Record<string, unknown>[][]> {
  const out = await wrangler([...d1Args(target), "--json", "--command", statements.join(";\n")], !target.remote);
  const results = JSON.parse(out.slice(out.indexOf("["))) as ExecuteResult[];
  if (results.length !== statements.length || results.some((result) => !result.success))
    throw new Error(`D1 did not run every statement: ${out.slice(0, 500)}`);
  return results.map((result) => result.results);
}

/** Runs an SQL file on a D1 database: as one batch (`--local`) or one import that rolls back on failure (`--remote`). */
export async function d1ExecuteFile(target: Extract<StoreTarget, { kind: "d1" }>, file: string): Promise<void> {
  await wrangler([...d1Args(target), "--yes", "--file", file], !target.remote);
}
