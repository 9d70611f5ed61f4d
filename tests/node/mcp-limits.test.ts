import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createKey } from "../../src/keys";
import { nodeDocsAsset } from "../../src/node-assets";
import { openWorkPool } from "../../src/node-work";
import { connectMcp } from "../scenarios/mcp.scenario";
import { getJson } from "../support/harness";
import { startNodeApp } from "../support/node-app";
import { validating } from "../support/spec";

const problemOf = (result: CallToolResult) => (result._meta as { problem?: Record<string, unknown> }).problem;

const claim = (id: string) => ({
  id,
  statement: `Tianeptine increases BDNF expression (${id}).`,
  subject: "tianeptine",
  predicate: "increases-expression-of",
  object: "bdnf",
  confidence: "unsourced",
});

describe("the REST API's limits, through MCP", () => {
  it("counts write tools against the key's write rate limit, shared with the REST API: 429 with when to retry", async () => {
    const { harness } = await startNodeApp({ limits: { writeRateLimit: { limit: 2, windowSeconds: 60 } } });
    const token = await harness.createKey("eager-agent", "write");
    const agent = await connectMcp(harness, token);
    const propose = (id: string) =>
      agent.callTool({ name: "propose_claim", arguments: claim(id) }) as Promise<CallToolResult>;
    expect((await propose("mcp-limit-1")).isError).toBeUndefined();
    const rest = await getJson(harness, "/v1/claims", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ ...claim("mcp-limit-2"), status: "draft" }),
    });
    expect(rest.status).toBe(201);
    const limited = await propose("mcp-limit-3");
    expect(limited.isError).toBe(true);
    expect(problemOf(limited)).toEqual({
      type: "/problems/rate-limited",
      title: "Too many requests",
      status: 429,
      detail: expect.stringMatching(/^The key 'eager-agent' may write 2 times per 60 s; retry in \d+ s\.$/),
      instance: "/mcp",
      requestId: expect.any(String),
      retryAfter: expect.any(Number),
    });
    const retryAfter = problemOf(limited)?.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect((limited.content[0] as { text: string }).text).toMatch(
      new RegExp(
        `^Too many requests \\(429\\): The key 'eager-agent' may write 2 times per 60 s; retry in \\d+ s\\.\nRetry in ${retryAfter} s\\.$`,
      ),
    );
    expect((await getJson(harness, "/v1/claims/mcp-limit-3")).status).toBe(404);
    // Reads are not limited, as on the REST API.
    const read = (await agent.callTool({ name: "get_claim", arguments: { id: "mcp-limit-1" } })) as CallToolResult;
    expect(read.isError).toBeUndefined();
    await agent.close();
  });

  it("answers a message over the body limit with 413, as the REST API does", async () => {
    const { harness } = await startNodeApp({ limits: { maxBodyBytes: 2048 } });
    const agent = await connectMcp(harness);
    await expect(
      agent.callTool({ name: "search_claims", arguments: { q: "tianeptine", cursor: "x".repeat(3000) } }),
    ).rejects.toMatchObject({ code: 413, message: expect.stringContaining("/problems/payload-too-large") });
    const res = await getJson(harness, "/mcp", {
      method: "POST",
      headers: { Accept: "application/json, text/event-stream", "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping", params: { padding: "x".repeat(3000) } }),
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ type: "/problems/payload-too-large", status: 413 });
    await agent.close();
  });

  it("answers a search over its time budget with the 503 search-timeout problem, and keeps serving", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cited-mcp-search-"));
    const path = join(dir, "cited.db");
    const { store } = await startNodeApp({ path });
    const pool = openWorkPool({ path, threads: 1, searchBudgetMs: 0 });
    const app = createApp({
      getStore: () => ({ ...store, runSearch: pool.runSearch }),
      docsAsset: nodeDocsAsset,
      runtime: "node",
      log: () => {},
    });
    const harness = validating({
      fetch: async (p, init) => app.request(p, init),
      createKey: (name, scope) => createKey(store.db, name, scope),
    });
    const agent = await connectMcp(harness);
    const slow = (await agent.callTool({ name: "search_claims", arguments: { q: "tianeptine" } })) as CallToolResult;
    expect(slow.isError).toBe(true);
    expect(problemOf(slow)).toMatchObject({
      type: "/problems/search-timeout",
      status: 503,
      detail: "The search ran over its time budget of 0 ms. Add words or filters to narrow it, or retry.",
    });
    const read = (await agent.callTool({
      name: "get_claim",
      arguments: { id: "tianeptine-is-an-ssre" },
    })) as CallToolResult;
    expect(read.isError).toBeUndefined();
    await agent.close();
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers an unexpected failure with the 500 problem, logged with the request's id, never its cause", async () => {
    const { store } = await startNodeApp();
    const lines: Record<string, unknown>[] = [];
    const app = createApp({
      getStore: () => store,
      docsAsset: nodeDocsAsset,
      runtime: "node",
      log: (line) => lines.push(line),
    });
    const harness = validating({
      fetch: async (p, init) => app.request(p, init),
      createKey: (name, scope) => createKey(store.db, name, scope),
    });
    const agent = await connectMcp(harness);
    store.sqlite.exec("ALTER TABLE claims RENAME TO claims_elsewhere");
    const broken = (await agent.callTool({
      name: "get_claim",
      arguments: { id: "tianeptine-is-an-ssre" },
    })) as CallToolResult;
    store.sqlite.exec("ALTER TABLE claims_elsewhere RENAME TO claims");
    expect(broken.isError).toBe(true);
    const problem = problemOf(broken);
    expect(problem).toMatchObject({ title: "Internal server error", status: 500 });
    expect(JSON.stringify(broken)).not.toContain("no such table");
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "error",
        requestId: problem?.requestId,
        message: expect.stringContaining("claims"),
      }),
    );
    await agent.close();
  });
});
