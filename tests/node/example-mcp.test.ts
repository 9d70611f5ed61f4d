import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../support/server";

const ROOT = new URL("../..", import.meta.url).pathname;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** Runs the example as a user would, and collects its output. */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "examples/mcp-check.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("the example MCP client", () => {
  it("connects to /mcp on a running server, lists the tools and checks three sentences with their citations", async () => {
    const { status, stdout, stderr } = await run(["--url", `${server.origin}/mcp`]);
    expect(status, stderr).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "Connected to cited: check_statement, search_claims, get_claim, get_reference, entity_claims, claim_history, propose_claim, add_citation",
    );
    expect(lines.filter((line) => line.startsWith("»") || line.startsWith("  verdict:"))).toEqual([
      "» Stablon boosts serotonin reuptake",
      "  verdict: supported",
      "» tianeptine blocks dopamine reuptake",
      "  verdict: refuted",
      "» The moon is made of green cheese",
      "  verdict: no-match",
    ]);
    expect(stdout).toContain(
      '  |    - supports: Selective serotonin reuptake enhancer · <https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer> · at [2][3][4][5][6][7][8][9] — "enhanced serotonin reuptake"',
    );
    expect(stdout).toContain("DOI 10.1016/s0091-3057(98)00242-1");
  }, 30_000);
});
