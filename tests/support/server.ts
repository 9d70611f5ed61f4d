import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningServer {
  origin: string;
  port: number;
  /** The SQLite file it serves. */
  path: string;
  child: ChildProcess;
  /** What the server printed until it listened. */
  startupLog: string;
  /** SIGTERM, then the temporary folder goes (when the server made it). */
  stop(): Promise<void>;
}

/**
 * Starts the real Node entry point (`src/server.ts`, as `npm start` does) on `path` — by default a
 * fresh database in a temporary folder, which it migrates and seeds as on a first start — and waits
 * until it listens.
 */
export async function startServer(
  options: { path?: string; port?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dir = options.path ? undefined : mkdtempSync(join(tmpdir(), "cited-server-"));
  const path = options.path ?? join(dir as string, "cited.db");
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: path, PORT: String(port), HOST: "127.0.0.1", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let started = false;
  // Keep reading the request log after start, or a full pipe would stall the server.
  child.stdout?.on("data", (chunk: Buffer) => {
    if (!started) output += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    if (!started) output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      if (!output.includes("Cited listening on")) return;
      started = true;
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    }, 20);
    child.once("exit", (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      if (!started) reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    path,
    child,
    startupLog: output,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          if (dir) rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", done);
        child.kill("SIGTERM");
      }),
  };
}
