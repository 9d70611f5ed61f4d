import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

describe("the generated client and the example bot", () => {
  it("commits the client types openapi-typescript generates from openapi/openapi.json (run `npm run client`)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "cited-client-")), "api.d.ts");
    const run = spawnSync(
      process.execPath,
      ["node_modules/openapi-typescript/bin/cli.js", "openapi/openapi.json", "-o", out],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(ROOT, "examples/api.d.ts"), "utf8")).toBe(readFileSync(out, "utf8"));
  });

  it("checks the example sentences against a running server and prints verdicts with citations", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "examples/check-bot.ts", "examples/sentences.txt", "--base", server.origin, "--limit", "1"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.filter((line) => !line.startsWith(" "))).toEqual([
      "✔ supported — Stablon boosts serotonin reuptake",
      "? unverified — Stablon acts on glutamate receptors",
      "✘ refuted — tianeptine blocks dopamine reuptake",
      "⚖ contested — SSREs work faster than SSRIs",
      "⚖ contested — Fluoxetine can replace tianeptine in animal studies",
      "∅ no-match — The moon is made of green cheese",
    ]);
    expect(lines[1]).toBe("  • [established, same-assertion] Tianeptine enhances the reuptake of serotonin.");
    expect(lines[2]).toBe(
      "      supports: Selective serotonin reuptake enhancer [2][3][4][5][6][7][8][9] <https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer>",
    );
    expect(run.stdout).toContain(
      "[supported, same-assertion, the sentence says the opposite] Tianeptine is not a dopamine uptake inhibitor.",
    );
  });
});
