import { spawn } from "node:child_process";

const ROOT = new URL("../..", import.meta.url).pathname;

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an operator's script (`scripts/NAME.ts`) as `npm run NAME -- …` does (tsx, from the project's
 * root), without telemetry or prompts from wrangler. `onStderr` sees its standard error as it comes.
 */
export function runScript(
  name: string,
  args: string[],
  env: Record<string, string> = {},
  onStderr?: (chunk: string) => void,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      onStderr?.(chunk.toString("utf8"));
    });
    child.once("error", reject);
    child.once("exit", (status) => resolve({ status, stdout, stderr }));
  });
}
