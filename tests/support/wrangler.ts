/**
 * The Worker as `npm run dev:worker` serves it — `wrangler dev --local`: workerd behind wrangler's
 * local proxy, over real HTTP, with a local D1 — on a free loopback port and a temporary persistence
 * folder, migrated first. Nothing reaches Cloudflare: no account, no telemetry, no download of the
 * Request.cf data.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./server";

const ROOT = new URL("../..", import.meta.url).pathname;
const WRANGLER = join(ROOT, "node_modules/wrangler/bin/wrangler.js");
const ENV = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "true" };

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], {
      cwd: ROOT,
      env: ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`wrangler ${args[0]}: ${output}`))));
  });
}

export interface RunningWorker {
  origin: string;
  /** The `--persist-to` folder of its local D1 (for `npm run keys|backup|restore -- --d1 DB --persist-to`). */
  persistTo: string;
  stop(): Promise<void>;
}

/** Migrates a fresh local D1 and starts `wrangler dev --local` on it; `vars` become `--var NAME:VALUE`. */
export async function startWorker(options: { vars?: Record<string, string> } = {}): Promise<RunningWorker> {
  const persistTo = mkdtempSync(join(tmpdir(), "cited-wrangler-"));
  await run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo]);
  const [port, inspector] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      WRANGLER,
      "dev",
      "--local",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspector),
      "--persist-to",
      persistTo,
      "--show-interactive-dev-session=false",
      ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ["--var", `${name}:${value}`]),
    ],
    // Its own process group: stop() ends wrangler and the workerd it started, and nothing else.
    { cwd: ROOT, env: ENV, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    if (output.length < 100_000) output += chunk;
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(persistTo, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", done);
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`wrangler dev did not start:\n${output}`)), 90_000);
      child.once("exit", (code) => reject(new Error(`wrangler dev exited with ${code}:\n${output}`)));
      const poll = setInterval(async () => {
        if (!output.includes("Ready on")) return;
        try {
          // Ready once it answers (wrangler may rebuild once as its build writes the assets).
          if ((await fetch(`${origin}/openapi.json`)).status !== 200) return;
        } catch {
          return;
        }
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }, 200);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, persistTo, stop };
}
