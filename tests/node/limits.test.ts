import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { loadSeed } from "../../src/seed/load";
import { getJson } from "../support/harness";
import { startNodeApp } from "../support/node-app";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("write rate limit", () => {
  it("answers 429 with Retry-After past the per-key limit, with RateLimit headers on every write", async () => {
    const { harness } = await startNodeApp({ limits: { writeRateLimit: { limit: 2, windowSeconds: 60 } } });
    const token = await harness.createKey("busy", "write");
    const post = () =>
      getJson(harness, "/v1/references", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ type: "webpage", title: "A page", url: "https://example.org/" }),
      });
    const first = await post();
    expect(first.status).toBe(201);
    expect(first.headers.get("ratelimit-limit")).toBe("2");
    expect(first.headers.get("ratelimit-remaining")).toBe("1");
    expect(first.headers.get("ratelimit-policy")).toBe("2;w=60");
    expect((await post()).status).toBe(201);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect(limited.body).toMatchObject({ type: "/problems/rate-limited", status: 429 });
    const other = await harness.createKey("calm", "write");
    const res = await getJson(harness, "/v1/references", {
      method: "POST",
      headers: { Authorization: `Bearer ${other}`, "Content-Type": "application/json" },
      body: JSON.stringify({ type: "webpage", title: "Another page" }),
    });
    expect(res.status).toBe(201);
  });
});

describe("npm run keys", () => {
  it("creates a key shown once, lists it without the secret, and revokes it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "cited-keys-")), "cited.db");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/keys.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: path },
        encoding: "utf8",
      });
    const created = run("create", "--name", "curator", "--scope", "write");
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^cited_[A-Za-z0-9_-]{43}$/);
    const listed = run("list");
    expect(listed.stdout).toMatch(/^curator\twrite\tcited_\S{6}…\tcreated \S+\n$/);
    expect(listed.stdout).not.toContain(token);
    expect(run("create", "--name", "curator").status).toBe(2);
    expect(run("create", "--name", "x", "--scope", "root").status).toBe(2);

    const { harness } = await startNodeApp({ path, seed: true });
    const write = (t: string) =>
      harness.fetch("/v1/references", {
        method: "POST",
        headers: { Authorization: `Bearer ${t}`, "Content-Type": "application/json" },
        body: JSON.stringify({ type: "webpage", title: "A page" }),
      });
    expect((await write(token)).status).toBe(201);
    expect(run("revoke", "curator").status).toBe(0);
    expect((await write(token)).status).toBe(401);
    expect(run("revoke", "curator").status).toBe(2);
  });

  it("stores only a hash of the token", async () => {
    const store = openNodeStore(":memory:");
    const token = await createKey(store.db, "hashed", "admin");
    const row = store.sqlite.prepare("select * from api_keys").get() as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    store.close();
  });
});

describe("npm run import", () => {
  const tag = "cli";
  const good = [
    { record: "entity", id: `${tag}-drug`, label: "CLI drug", kind: "drug" },
    {
      record: "claim",
      id: `${tag}-claim`,
      statement: "CLI drug is an antidepressant.",
      subject: `${tag}-drug`,
      predicate: "is-a",
      object: "antidepressants",
      confidence: "supported",
      citations: [{ referenceId: "wagstaff2001", stance: "supports" }],
    },
  ];

  async function setUp(lines: unknown[]) {
    const dir = mkdtempSync(join(tmpdir(), "cited-import-"));
    const file = join(dir, "records.ndjson");
    writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
    const path = join(dir, "cited.db");
    const store = openNodeStore(path);
    await loadSeed(store);
    store.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", file, ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: path },
        encoding: "utf8",
      });
    const count = () => {
      const s = openNodeStore(path);
      const n = (s.sqlite.prepare("select count(*) as n from claims").get() as { n: number }).n;
      s.close();
      return n;
    };
    return { run, count };
  }

  it("reports bad lines by number and changes nothing", async () => {
    const { run, count } = await setUp([...good, { ...good[1], id: "cli-bad", confidence: "established" }]);
    const before = count();
    const res = run();
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(
      "line 3: confidence: established needs at least 2 distinct supporting references that are not tertiary (primary, secondary or of unknown tier) and no contradicting one (confidence-rule)",
    );
    expect(res.stderr).toContain("1 error(s); nothing was written.");
    expect(count()).toBe(before);
  });

  it("dry-runs, then imports in batches with a progress bar", async () => {
    const { run, count } = await setUp(good);
    const before = count();
    const dry = run("--dry-run");
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("Dry run: would create 1 entities, 0 references, 0 predicates, 1 claims, 0 relations");
    expect(count()).toBe(before);
    const real = run("--batch-size", "1");
    expect(real.status).toBe(0);
    expect(real.stderr).toContain("[##############################] 2/2 records");
    expect(real.stdout).toContain("Imported 1 entities, 0 references, 0 predicates, 1 claims, 0 relations");
    expect(count()).toBe(before + 1);
  });
});
