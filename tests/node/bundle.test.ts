import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BUDGET_KIB = 400;
let outdir: string;
let bundle: string;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "cited-bundle-"));
  // What `wrangler deploy` would upload, built without an account or network.
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    stdio: "pipe",
  });
  bundle = readFileSync(join(outdir, "worker.js"), "utf8");
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("the Worker bundle (wrangler deploy --dry-run)", () => {
  it("holds neither better-sqlite3 nor any node: module", () => {
    expect(bundle).not.toContain("better-sqlite3");
    expect(bundle).not.toMatch(/(?:from\s*|import\s*\(?\s*|require\s*\(\s*)["']node:/);
  });

  it(`stays under ${BUDGET_KIB} KiB gzipped`, async ({ annotate }) => {
    const kib = gzipSync(bundle).length / 1024;
    await annotate(`worker.js: ${(bundle.length / 1024).toFixed(1)} KiB, ${kib.toFixed(1)} KiB gzipped`);
    expect(kib).toBeLessThanOrEqual(BUDGET_KIB);
  });
});
