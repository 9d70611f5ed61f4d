/**
 * The Worker over real HTTP: what the tests inside workerd (tests/workers, which call the Worker's
 * `fetch` in-process) cannot see — compression on the way out, headers as a client receives them,
 * streaming — and the operator's tools on D1 (keys, backup, restore) against a running Worker.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editStore, servedState } from "../support/edits";
import { runScript } from "../support/scripts";
import { type RunningServer, startServer } from "../support/server";
import { type RunningWorker, startWorker } from "../support/wrangler";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One HTTP request with exactly these headers (fetch would add Accept-Encoding and decode), raw bytes back. */
function raw(
  origin: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: init.method ?? "GET", headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** Creates an API key in a running Worker's local D1 with `npm run keys -- … --d1 DB`. */
async function d1Key(worker: RunningWorker, name: string): Promise<string> {
  const created = await runScript("keys", [
    "create",
    "--name",
    name,
    "--scope",
    "admin",
    "--d1",
    "DB",
    "--persist-to",
    worker.persistTo,
  ]);
  expect(created.status, created.stderr).toBe(0);
  return created.stdout.trim();
}

/** The SQLite file that holds a running Worker's local D1 (beside Miniflare's metadata.sqlite). */
function localD1File(worker: RunningWorker): string {
  const dir = join(worker.persistTo, "v3/d1/miniflare-D1DatabaseObject");
  const [file, ...others] = readdirSync(dir).filter((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite");
  expect(others).toEqual([]);
  return join(dir, file ?? "");
}

let seeded: RunningWorker;
let empty: RunningWorker;
let token = "";
const dir = mkdtempSync(join(tmpdir(), "cited-worker-http-"));

beforeAll(async () => {
  // Two Workers side by side: one that seeds itself on its first request, one left empty.
  [seeded, empty] = await Promise.all([startWorker(), startWorker({ vars: { SEED_ON_START: "false" } })]);
  token = await d1Key(seeded, "curator");
}, 180_000);

afterAll(async () => {
  await Promise.all([seeded?.stop(), empty?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe("the Worker over HTTP (wrangler dev --local)", () => {
  it("gzips the export once for a client that accepts gzip, and streams it plain to one that does not", async () => {
    const gzipped = await raw(seeded.origin, "/v1/export", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toContain("Accept-Encoding");
    expect(gzipped.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
    // Streamed: chunked, no length announced.
    expect(gzipped.headers["transfer-encoding"]).toBe("chunked");
    expect(gzipped.headers["content-length"]).toBeUndefined();
    expect(gzipped.headers["x-d1-bookmark"]).toMatch(BOOKMARK);
    const ndjson = gunzipSync(gzipped.body).toString("utf8");
    expect(ndjson.startsWith('{"record":"entity"')).toBe(true);
    const lines = ndjson.trimEnd().split("\n");
    expect(lines.every((line) => JSON.parse(line).record)).toBe(true);
    expect(lines.filter((line) => line.startsWith('{"record":"claim"'))).toHaveLength(37);

    for (const headers of [{ "Accept-Encoding": "identity" }, {}] as Record<string, string>[]) {
      const plain = await raw(seeded.origin, "/v1/export", { headers });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString("utf8")).toBe(ndjson);
    }
  });

  it("lets the edge compress JSON for a client that asks, with the same ETag, and not otherwise", async () => {
    const path = "/v1/claims/tianeptine-is-an-ssre";
    const gzipped = await raw(seeded.origin, path, { headers: { "Accept-Encoding": "gzip" } });
    const plain = await raw(seeded.origin, path);
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(gunzipSync(gzipped.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
    expect(gzipped.headers.etag).toBe(plain.headers.etag);
    expect(plain.headers["content-type"]).toBe("application/json");
  });

  it("sends X-D1-Bookmark and X-Request-Id with every answer, and refuses a bookmark D1 never gave", async () => {
    for (const path of ["/health", "/v1/claims?limit=2", "/v1/claims/no-such-claim"]) {
      const res = await raw(seeded.origin, path);
      expect(res.headers["x-d1-bookmark"], path).toMatch(BOOKMARK);
      expect(res.headers["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
    }
    const bookmark = (await raw(seeded.origin, "/health")).headers["x-d1-bookmark"] as string;
    expect((await raw(seeded.origin, "/health", { headers: { "X-D1-Bookmark": bookmark } })).status).toBe(200);
    const hexish = await raw(seeded.origin, "/health", { headers: { "X-D1-Bookmark": "deadbeef-00" } });
    expect(hexish.status).toBe(400);
    expect(hexish.headers["content-type"]).toBe("application/problem+json");
  });

  it("allows reads cross-origin and gives writes no CORS headers", async () => {
    const read = await raw(seeded.origin, "/v1/references/wagstaff2001", {
      headers: { Origin: "https://example.org" },
    });
    expect(read.headers["access-control-allow-origin"]).toBe("*");
    const preflight = await raw(seeded.origin, "/v1/claims", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET,HEAD");
    for (const auth of [{}, { Authorization: `Bearer ${token}` }] as Record<string, string>[]) {
      const write = await raw(seeded.origin, "/v1/entities", {
        method: "POST",
        headers: { Origin: "https://example.org", "Content-Type": "application/json", ...auth },
        body: JSON.stringify({ id: `cross-origin-${Object.keys(auth).length}`, label: "Cross origin", kind: "drug" }),
      });
      expect(write.status).toBe(auth.Authorization ? 201 : 401);
      expect(write.headers["access-control-allow-origin"]).toBeUndefined();
      // A write that reached D1 says where it left it.
      if (auth.Authorization) expect(write.headers["x-d1-bookmark"]).toMatch(BOOKMARK);
    }
  });

  it("exports an edited store that a fresh, unseeded Worker imports as the same data", async () => {
    await editStore(seeded.origin, token);
    expect(await (await fetch(`${empty.origin}/health`)).json()).toMatchObject({ claims: 0 });
    const dump = gunzipSync(
      (await raw(seeded.origin, "/v1/export", { headers: { "Accept-Encoding": "gzip" } })).body,
    ).toString("utf8");
    const importer = await d1Key(empty, "importer");
    const imported = await fetch(`${empty.origin}/v1/import`, {
      method: "POST",
      headers: { Authorization: `Bearer ${importer}`, "Content-Type": "application/x-ndjson" },
      body: dump,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const records = dump
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).record as string);
    const count = (kind: string) => records.filter((record) => record === kind).length;
    expect(count("claim")).toBe(38);
    expect(await imported.json()).toEqual({
      dryRun: false,
      created: {
        entities: count("entity"),
        references: count("reference"),
        predicates: count("predicate"),
        claims: count("claim"),
        relations: count("relation"),
      },
      unchanged: { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 },
    });
    expect((await raw(empty.origin, "/v1/export")).body.toString("utf8")).toBe(dump);
  }, 60_000);

  it("backs up the edited D1 and restores it into another D1 and into Node: same export, feed and history", async () => {
    const file = join(dir, "d1.sql");
    const backup = await runScript("backup", ["--d1", "DB", "--persist-to", seeded.persistTo, "--out", file]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stderr).toContain("Backed up the D1 database DB (local");
    const original = await servedState(seeded.origin);

    // Into the running Worker that imported the export: its data replaced in one unit.
    const refused = await runScript("restore", [file, "--d1", "DB", "--persist-to", empty.persistTo]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("the target is not empty");
    // While another connection holds the database's write lock (as a `wrangler dev` serving a write
    // does): workerd fails at once with SQLITE_BUSY, and the restore waits it out.
    const lock = new Database(localD1File(empty));
    lock.exec("BEGIN IMMEDIATE");
    const replaced = await runScript(
      "restore",
      [file, "--d1", "DB", "--persist-to", empty.persistTo, "--replace"],
      {},
      (chunk) => {
        if (lock.inTransaction && chunk.includes("locked by another process")) lock.exec("COMMIT");
      },
    );
    lock.close();
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stderr).toContain("The local D1 database is locked by another process; trying again in 0.5 s.");
    expect(await servedState(empty.origin)).toEqual(original);
    // The curator's key came along: it writes on the restored Worker.
    const write = await fetch(`${empty.origin}/v1/entities`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ id: "restored-entity", label: "Restored entity", kind: "drug" }),
    });
    expect(write.status).toBe(201);

    // And across runtimes, into a fresh Node store.
    const node = join(dir, "from-d1.db");
    const restored = await runScript("restore", [file, "--db", node]);
    expect(restored.status, restored.stderr).toBe(0);
    let server: RunningServer | undefined;
    try {
      server = await startServer({ path: node });
      expect(await servedState(server.origin)).toEqual(original);
    } finally {
      await server?.stop();
    }
  }, 120_000);
});
