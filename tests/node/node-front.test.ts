import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { CheckTimeout, checkText } from "../../src/check/check";
import { openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { ClientGone } from "../../src/lib/busy";
import { nodeDocsAsset } from "../../src/node-assets";
import { nodeFront } from "../../src/node-front";
import { nodeImportRunner } from "../../src/node-import";
import { openWorkPool, type WorkPool } from "../../src/node-work";
import { claimDocumentVersion } from "../../src/routes/claims/claims.documents";
import { patchClaim } from "../../src/routes/claims/claims.mutations";
import { loadClaimState } from "../../src/routes/claims/claims.queries";
import { loadSeed } from "../../src/seed/load";
import { freePort } from "../support/server";

interface Raw {
  status: number;
  /** Header lines as sent, in order, but for the request's own id and the date. */
  headers: string[];
  requestId: string | undefined;
  body: string;
}

/** One request over HTTP, its answer as it came on the wire. */
/** A request over HTTP; a `body` given in pieces is written one piece at a time (chunked: no Content-Length). */
function get(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
  body?: string | string[],
) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => {
        const lines: string[] = [];
        let requestId: string | undefined;
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const [name, value] = [res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string];
          if (name.toLowerCase() === "x-request-id") requestId = value;
          else if (name.toLowerCase() !== "date") lines.push(`${name}: ${value}`);
        }
        resolve({ status: res.statusCode as number, headers: lines, requestId, body: text });
      });
    });
    // A server that answers before the whole body is read may close the connection under the client.
    req.on("error", (error) => ((error as { code?: string }).code === "EPIPE" ? undefined : reject(error)));
    if (Array.isArray(body)) {
      for (const piece of body) req.write(piece);
      req.end();
    } else req.end(body);
  });
}

/** The Node server as server.ts wires it, in this process: the app behind its front, over HTTP. */
async function startFront(
  options: {
    maxQueue?: number;
    maxWaitMs?: number;
    checkBudgetMs?: number;
    importHeapMb?: number;
    idleMs?: number;
    cacheBytes?: number;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "cited-front-"));
  const path = join(dir, "cited.db");
  const store = openNodeStore(path);
  await loadSeed(store);
  const { importHeapMb, cacheBytes, ...poolOptions } = options;
  const pool = openWorkPool({ path, threads: 1, ...poolOptions });
  const lines: Record<string, unknown>[] = [];
  const log = (line: Record<string, unknown>) => lines.push(line);
  const runImport = nodeImportRunner({
    path,
    store,
    heapMb: importHeapMb ? () => importHeapMb : undefined,
    makeRoom: () => pool.releaseIdle(),
  });
  const app = createApp({
    getStore: () => ({ ...store, runSearch: pool.runSearch, runCheck: pool.runCheck, runImport }),
    docsAsset: nodeDocsAsset,
    runtime: "node",
    log,
    sha256: (body) =>
      createHash("sha256")
        .update(typeof body === "string" ? body : new Uint8Array(body))
        .digest(),
  });
  const front = nodeFront({ store, workPool: pool, log, cacheBytes });
  const server: Server = createServer(front.listener(getRequestListener(front.fetch(app.fetch))));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    store,
    pool,
    path,
    lines,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await pool.close();
      await runImport.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A header the front does not know, so that the app answers. */
const VIA_APP = { "X-Test-Path": "app" };

describe("the Node server's hot path for GET /v1/claims/{id}", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront();
  });
  afterAll(() => front.close());

  it("answers every claim with the bytes the app answers, but for its own request id", async () => {
    const ids = (front.store.sqlite.prepare("SELECT id FROM claims").pluck().all() as string[]).slice(0, 40);
    // The first answer is the app's, the one the front learns from.
    await get(front.origin, `/v1/claims/${ids[0]}`);
    for (const id of ids) {
      const hot = await get(front.origin, `/v1/claims/${id}`);
      const app = await get(front.origin, `/v1/claims/${id}`, VIA_APP);
      expect(hot).toEqual({ ...app, requestId: hot.requestId });
      expect(hot.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(hot.requestId).not.toBe(app.requestId);
    }
    // Twice: the second answer of each comes from the cache.
    const again = await get(front.origin, `/v1/claims/${ids[1]}`);
    expect(again).toEqual({
      ...(await get(front.origin, `/v1/claims/${ids[1]}`, VIA_APP)),
      requestId: again.requestId,
    });
  });

  it("logs each request it answers as the app does", async () => {
    const answered = await get(front.origin, "/v1/claims/tianeptine-is-an-ssre");
    expect(front.lines.find((line) => line.requestId === answered.requestId)).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: "info",
      requestId: answered.requestId,
      method: "GET",
      path: "/v1/claims/tianeptine-is-an-ssre",
      status: 200,
      durationMs: expect.any(Number),
    });
  });

  it("leaves to the app what could be answered otherwise: other formats, conditions, origins, unknown ids", async () => {
    const path = "/v1/claims/tianeptine-is-an-ssre";
    const etag = (await get(front.origin, path)).headers.find((line) => line.startsWith("etag: ")) as string;
    const cases: [Record<string, string>, number][] = [
      [{ Accept: "application/ld+json" }, 200],
      [{ "If-None-Match": etag.slice("etag: ".length) }, 304],
      [{ Origin: "https://example.org" }, 200],
      [{ "Accept-Encoding": "gzip" }, 200],
    ];
    for (const [headers, status] of cases) {
      const before = front.lines.length;
      const answered = await get(front.origin, path, headers);
      expect(answered.status).toBe(status);
      expect(answered).toEqual({
        ...(await get(front.origin, path, { ...headers, ...VIA_APP })),
        requestId: answered.requestId,
      });
      expect(front.lines.length).toBe(before + 2);
    }
    expect((await get(front.origin, "/v1/claims/no-such-claim")).status).toBe(404);
    expect((await get(front.origin, `${path}?include=references`)).body).toContain('"references":[');
  });

  it("serves a claim's new state after a write, through the API or on another connection", async () => {
    const path = "/v1/claims/tianeptine-is-an-ssre";
    const token = await createKey(front.store.db, "writer", "write");
    const first = await get(front.origin, path);
    const revision = JSON.parse(first.body).revision as number;
    const patched = await get(
      front.origin,
      `${path}?reason=test`,
      {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "If-Match": `"r${revision}"`,
      },
      "PATCH",
      JSON.stringify({ context: "in a test" }),
    );
    expect(patched.status).toBe(200);
    expect(JSON.parse((await get(front.origin, path)).body)).toMatchObject({
      revision: revision + 1,
      context: "in a test",
    });

    // Another connection to the same file (a shell's `npm run seed`, a worker thread's import).
    const other = openNodeStore(front.path);
    const state = await loadClaimState(other.db, "tianeptine-is-an-ssre");
    if (!state) throw new Error("no claim");
    const outcome = await patchClaim(
      { db: other.db, runAtomic: other.runAtomic, actor: "other", now: new Date().toISOString() },
      state,
      { context: "from elsewhere" },
      null,
    );
    other.close();
    expect(outcome.ok).toBe(true);
    const after = await get(front.origin, path);
    expect(JSON.parse(after.body)).toMatchObject({ revision: revision + 2, context: "from elsewhere" });
    expect(after).toEqual({ ...(await get(front.origin, path, VIA_APP)), requestId: after.requestId });
  });
});

describe("the hot path's cache of answers", () => {
  const [a, b, c] = ["tianeptine-is-an-ssre", "tianeptine-modulates-ampa-receptors", "ssri-are-antidepressants"];
  /** The length of each seed claim's document body: an answer is counted as its body and 512 bytes. */
  const lengths: Record<string, number> = {};
  beforeAll(async () => {
    const seeded = openNodeStore(":memory:");
    await loadSeed(seeded);
    for (const id of [a, b, c])
      lengths[id] = (seeded.turnReader.readClaimDocument(id, claimDocumentVersion()) as { body: string }).body.length;
    seeded.close();
  });

  /**
   * A front keeping `cacheBytes` of answers, which has learned from the app's answer to a request for c
   * (so the hot path has not seen c); `reads` lists the ids of the documents its hot path reads, and
   * `ask` checks that the answer is the app's.
   */
  async function sizedFront(cacheBytes: number) {
    const front = await startFront({ cacheBytes });
    const reads: string[] = [];
    const reader = front.store.turnReader;
    const read = reader.readClaimDocument.bind(reader);
    reader.readClaimDocument = (id, version) => {
      reads.push(id);
      return read(id, version);
    };
    await get(front.origin, `/v1/claims/${c}`);
    reads.length = 0;
    const ask = async (ids: string[]) => {
      for (const id of ids) {
        const hot = await get(front.origin, `/v1/claims/${id}`);
        expect(hot).toEqual({ ...(await get(front.origin, `/v1/claims/${id}`, VIA_APP)), requestId: hot.requestId });
      }
    };
    return { front, reads, ask };
  }

  it("keeps a claim asked for twice, and when it is full lets go the oldest not served since it was kept", async () => {
    // Room for the answers of a and b, not a third.
    expect(lengths[c]).toBeLessThanOrEqual(lengths[a] as number);
    const { front, reads, ask } = await sizedFront((lengths[a] as number) + (lengths[b] as number) + 2 * 512);
    try {
      // Once: read, not kept. Twice: read and kept. Then from memory.
      await ask([a, a, a, b, b, b]);
      expect(reads).toEqual([a, a, b, b]);
      // c kept: a, the oldest, and b were served from memory since they were kept, so both get a
      // second chance; then a, the oldest again, goes.
      reads.length = 0;
      await ask([c, c, b, a]);
      expect(reads).toEqual([c, c, a]);
      // a was kept again, in c's place, b given a second chance on the way. b served once more: when c
      // is kept again, b, the oldest, gets another and a goes; b served again, it outlives c too.
      reads.length = 0;
      await ask([b, c, b, a]);
      expect(reads).toEqual([c, a]);
    } finally {
      await front.close();
    }
  });

  it("does not let go of what it keeps for an answer that could never fit", async () => {
    // Room for a's answer only; b's is bigger.
    expect(lengths[b]).toBeGreaterThan(lengths[a] as number);
    const { front, reads, ask } = await sizedFront((lengths[a] as number) + 512);
    try {
      // a kept at its second request; b read every time, a still served from memory.
      await ask([a, a, b, b, b, a]);
      expect(reads).toEqual([a, a, b, b, b]);
    } finally {
      await front.close();
    }
  });
});

describe("the ETags of lists", () => {
  it("are the same with node:crypto's SHA-256 as with WebCrypto's", async () => {
    const front = await startFront();
    try {
      // The same data, through an app that hashes with WebCrypto.
      const webCrypto = createApp({
        getStore: () => front.store,
        docsAsset: nodeDocsAsset,
        runtime: "node",
        log: () => {},
      });
      for (const path of ["/v1/claims?limit=5", "/v1/claims?q=serotonin", "/v1/references?limit=3"]) {
        const viaNode = (await get(front.origin, path)).headers.find((line) => line.startsWith("etag: "));
        expect(viaNode, path).toMatch(/^etag: "[\w-]{24}"$/);
        expect(`etag: ${(await webCrypto.request(path)).headers.get("ETag")}`, path).toBe(viaNode);
      }
    } finally {
      await front.close();
    }
  });
});

describe("the body limit over HTTP", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront();
  });
  afterAll(() => front.close());

  const CHUNKED_JSON = { "Content-Type": "application/json", "Transfer-Encoding": "chunked" };
  const over = JSON.stringify({ text: "Tianeptine enhances serotonin reuptake. ".repeat(7000) });
  const tooLarge = (requestId: unknown) => ({
    type: "/problems/payload-too-large",
    title: "Payload too large",
    status: 413,
    detail: "The request body exceeds 262144 bytes.",
    instance: "/v1/check",
    requestId,
  });

  it("answers 413 to a body whose Content-Length is over it", async () => {
    expect(Buffer.byteLength(over)).toBeGreaterThan(262_144);
    const res = await get(front.origin, "/v1/check", { "Content-Type": "application/json" }, "POST", over);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual(tooLarge(res.requestId));
  });

  it("counts a chunked body as it arrives: 413 past the limit, the check's answer under it", async () => {
    const large = await get(
      front.origin,
      "/v1/check",
      CHUNKED_JSON,
      "POST",
      Array.from({ length: Math.ceil(over.length / 65_536) }, (_, i) => over.slice(i * 65_536, (i + 1) * 65_536)),
    );
    expect(large.status).toBe(413);
    const problem = JSON.parse(large.body);
    expect(problem).toEqual(tooLarge(problem.requestId));
    const small = await get(front.origin, "/v1/check", CHUNKED_JSON, "POST", [
      '{"text": "Tianeptine enhances ',
      'serotonin reuptake."}',
    ]);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toMatchObject({
      verdict: "supported",
      text: "Tianeptine enhances serotonin reuptake.",
    });
  });
});

describe("admission control of searches and checks", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  let pool: WorkPool;
  beforeAll(async () => {
    // No task may wait: while the worker is busy, every new search or check is turned away.
    front = await startFront({ maxQueue: 0 });
    pool = front.pool;
  });
  afterAll(() => front.close());

  it("turns work away with 503 overloaded and Retry-After, from the app and then from the front alike", async () => {
    const path = "/v1/claims?q=serotonin";
    const first = await get(front.origin, path);
    expect(first.status).toBe(503);
    expect(JSON.parse(first.body)).toEqual({
      type: "/problems/overloaded",
      title: "Service busy",
      status: 503,
      instance: "/v1/claims",
      detail: "Too many searches are waiting to run. Retry in 1 s.",
      requestId: first.requestId,
    });
    expect(first.headers).toContain("retry-after: 1");
    expect(first.headers).toContain("content-type: application/problem+json");
    expect(pool.saturated()).toBe(true);
    const shed = await get(front.origin, "/v1/claims?q=reuptake&limit=5");
    const viaApp = await get(front.origin, "/v1/claims?q=reuptake&limit=5", VIA_APP);
    expect({ ...shed, body: JSON.parse(shed.body) }).toEqual({
      ...viaApp,
      requestId: shed.requestId,
      body: { ...JSON.parse(viaApp.body), requestId: shed.requestId },
    });
    const check = await get(
      front.origin,
      "/v1/check",
      { "Content-Type": "application/json" },
      "POST",
      JSON.stringify({ text: "Stablon acts on glutamate receptors" }),
    );
    expect(check.status).toBe(503);
    expect(JSON.parse(check.body)).toMatchObject({ type: "/problems/overloaded", instance: "/v1/check" });
    // What needs no worker is served as before.
    expect((await get(front.origin, "/health")).status).toBe(200);
    expect((await get(front.origin, "/v1/claims/tianeptine-is-an-ssre")).status).toBe(200);
    expect((await get(front.origin, "/v1/claims?limit=2")).status).toBe(200);
  });

  it("answers a burst of turned-away requests (written a batch per turn), each its own, and /health beside them", async () => {
    expect(pool.saturated()).toBe(true);
    const logged = front.lines.length;
    const burst = Array.from({ length: 120 }, (_, i) => get(front.origin, `/v1/claims?q=reuptake${i}`));
    const health = get(front.origin, "/health");
    const answers = await Promise.all(burst);
    expect((await health).status).toBe(200);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 503));
    expect(new Set(answers.map((answer) => answer.requestId)).size).toBe(120);
    for (const answer of answers)
      expect(JSON.parse(answer.body)).toEqual({
        type: "/problems/overloaded",
        title: "Service busy",
        status: 503,
        instance: "/v1/claims",
        detail: "Too many searches are waiting to run. Retry in 1 s.",
        requestId: answer.requestId,
      });
    const shedLines = front.lines.slice(logged).filter((line) => line.status === 503);
    expect(shedLines.map((line) => line.requestId).sort()).toEqual(answers.map((answer) => answer.requestId).sort());
  });
});

describe("the time budget of a check", () => {
  it("answers 503 check-timeout with Retry-After when a check runs over it, and keeps serving", async () => {
    const front = await startFront({ checkBudgetMs: 0 });
    try {
      const answered = await get(front.origin, "/v1/check?text=Stablon%20acts%20on%20glutamate%20receptors");
      expect(answered.status).toBe(503);
      expect(answered.headers).toContain("retry-after: 1");
      expect(JSON.parse(answered.body)).toEqual({
        type: "/problems/check-timeout",
        title: "Check took too long",
        status: 503,
        instance: "/v1/check",
        detail: "The check ran over its time budget of 0 ms. Send a shorter text, or retry.",
        requestId: answered.requestId,
      });
      expect((await get(front.origin, "/v1/claims/tianeptine-is-an-ssre")).status).toBe(200);
      // The check page too: 503 with Retry-After, a page for a browser and the problem for others (it
      // was a 500 page, "Something went wrong").
      const page = await get(front.origin, "/check?text=Stablon%20acts%20on%20glutamate%20receptors", {
        Accept: "text/html",
      });
      expect(page.status).toBe(503);
      expect(page.headers).toContain("retry-after: 1");
      expect(page.headers).toContain("content-type: text/html; charset=UTF-8");
      expect(page.body).toContain("Check took too long");
      expect(page.body).toContain("The check ran over its time budget of 0 ms. Send a shorter text, or retry.");
      const asProblem = await get(front.origin, "/check?text=Stablon%20acts%20on%20glutamate%20receptors");
      expect(asProblem.status).toBe(503);
      expect(JSON.parse(asProblem.body)).toEqual({
        type: "/problems/check-timeout",
        title: "Check took too long",
        status: 503,
        instance: "/check",
        detail: "The check ran over its time budget of 0 ms. Send a shorter text, or retry.",
        requestId: asProblem.requestId,
      });
    } finally {
      await front.close();
    }
  });

  it("answers a check its worker stops at the request's deadline as that timeout, not as an error", async () => {
    const front = await startFront({ checkBudgetMs: 60_000 });
    try {
      // The request's deadline (it counts the wait for a worker) passed before the worker's own timer.
      const stopped = front.pool.runCheck("Stablon acts on glutamate receptors", { limit: 3, deadline: Date.now() });
      await expect(stopped).rejects.toBeInstanceOf(CheckTimeout);
      await expect(stopped).rejects.toThrow("The check ran over its time budget of 60000 ms.");
    } finally {
      await front.close();
    }
  });
});

describe("work whose client went away", () => {
  /** A search that keeps the one worker busy for a second or so. */
  const slow = sql`WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 3000000) SELECT count(*) FROM n`;
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it("is dropped while it waits — a check and a search — logged 499, and the next is served", async () => {
    const front = await startFront({ maxWaitMs: 60_000 });
    try {
      const busy = front.pool.runSearch(slow);
      await until(() => front.pool.load().running === 1);
      const left: ReturnType<typeof request>[] = [];
      for (const [method, path, body] of [
        ["POST", "/v1/check", JSON.stringify({ text: "Stablon acts on glutamate receptors" })],
        ["GET", "/v1/claims?q=serotonin", undefined],
      ] as const) {
        const req = request(`${front.origin}${path}`, { method, headers: { "Content-Type": "application/json" } });
        req.on("error", () => {});
        req.end(body);
        left.push(req);
      }
      await until(() => front.pool.load().queued === 2);
      for (const req of left) req.destroy();
      await until(() => front.lines.filter((line) => line.status === 499).length === 2);
      // Both were dropped as the worker came free: neither ran.
      await busy;
      expect(front.pool.load()).toEqual({ queued: 0, running: 0, workers: 1 });
      expect(
        front.lines
          .filter((line) => line.status === 499)
          .map(({ level, method, path }) => ({ level, method, path }))
          .sort((a, b) => String(a.path).localeCompare(String(b.path))),
      ).toEqual([
        { level: "info", method: "POST", path: "/v1/check" },
        { level: "info", method: "GET", path: "/v1/claims" },
      ]);
      const next = await get(
        front.origin,
        "/v1/check",
        { "Content-Type": "application/json" },
        "POST",
        JSON.stringify({ text: "Stablon acts on glutamate receptors" }),
      );
      expect(next.status).toBe(200);
    } finally {
      await front.close();
    }
  });

  it("stops a check at its next step once its client is gone, on the worker and in the request alike", async () => {
    const front = await startFront();
    try {
      await front.pool.runCheck("Stablon acts on glutamate receptors", { limit: 3 });
      const stop = new Int32Array(new SharedArrayBuffer(4));
      const running = front.pool.runCheck("Stablon acts on glutamate receptors", { limit: 3, stop });
      expect(front.pool.load().running).toBe(1);
      Atomics.store(stop, 0, 1);
      await expect(running).rejects.toBeInstanceOf(ClientGone);
      const inRequest = checkText(front.store.db, "Stablon acts on glutamate receptors", { limit: 3, stop });
      await expect(inRequest).rejects.toThrow("The client closed the connection before its check ran to the end.");
      expect(
        (await front.pool.runCheck("Stablon acts on glutamate receptors", { limit: 3 })).matches.length,
      ).toBeGreaterThan(0);
    } finally {
      await front.close();
    }
  });
});

describe("checks and imports on worker threads", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront();
  });
  afterAll(() => front.close());

  it("checks a text on the pool as in the request", async () => {
    const answered = await get(front.origin, "/v1/check?text=Stablon%20speeds%20up%20serotonin%20reuptake");
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toMatchObject({
      entities: [
        { text: "Stablon", entityId: "tianeptine" },
        { text: "serotonin", entityId: "serotonin" },
      ],
      verdict: "supported",
    });
    expect(JSON.parse(answered.body).matches[0]).toMatchObject({
      claimId: "tianeptine-enhances-serotonin-reuptake",
      match: "same-assertion",
      polarity: "agrees",
    });
  });

  it("imports on a worker thread while a write on the main thread waits its turn, and both land", async () => {
    const admin = await createKey(front.store.db, "admin", "admin");
    const writer = await createKey(front.store.db, "writer", "write");
    const records = Array.from({ length: 300 }, (_, i) =>
      JSON.stringify({
        record: "claim",
        id: `imported-${i}`,
        statement: `Tianeptine modulates AMPA receptors, finding ${i}.`,
        subject: "tianeptine",
        predicate: "modulates",
        object: "ampa-receptor",
        confidence: "speculative",
        citations: [{ referenceId: "wikipedia-ssre", stance: "mentions" }],
      }),
    ).join("\n");
    const [imported, created] = await Promise.all([
      get(
        front.origin,
        "/v1/import",
        { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        "POST",
        records,
      ),
      get(
        front.origin,
        "/v1/claims",
        { Authorization: `Bearer ${writer}`, "Content-Type": "application/json" },
        "POST",
        JSON.stringify({
          id: "written-beside-an-import",
          statement: "Tianeptine modulates AMPA receptors beside an import.",
          subject: "tianeptine",
          predicate: "modulates",
          object: "ampa-receptor",
          confidence: "unsourced",
        }),
      ),
    ]);
    expect(imported.status).toBe(200);
    expect(JSON.parse(imported.body)).toEqual({
      dryRun: false,
      created: { entities: 0, references: 0, predicates: 0, claims: 300, relations: 0 },
      unchanged: { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 },
    });
    expect(created.status).toBe(201);
    const health = JSON.parse((await get(front.origin, "/health")).body);
    expect(health.claims).toBe(front.store.sqlite.prepare("SELECT count(*) FROM claims").pluck().get() as number);
    // Imported claims are served from the documents their import wrote.
    const claim = await get(front.origin, "/v1/claims/imported-299");
    expect(claim).toEqual({
      ...(await get(front.origin, "/v1/claims/imported-299", VIA_APP)),
      requestId: claim.requestId,
    });
    expect(
      front.store.sqlite
        .prepare(
          "SELECT count(*) FROM stale_claim_documents s JOIN claims c ON c.seq = s.seq WHERE c.id LIKE 'imported-%'",
        )
        .pluck()
        .get(),
    ).toBe(0);
  });
});

describe("the memory of idle search workers", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    front = await startFront({ idleMs: 300 });
  });
  afterAll(() => front.close());
  const search = "/v1/claims?q=serotonin%20reuptake";

  it("is given back when no work came for a while, and the next search starts them again", async () => {
    const first = await get(front.origin, search);
    expect(first.status).toBe(200);
    expect(front.pool.load()).toEqual({ queued: 0, running: 0, workers: 1 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(front.pool.load()).toEqual({ queued: 0, running: 0, workers: 0 });
    const again = await get(front.origin, search);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual(JSON.parse(first.body));
    expect(front.pool.load().workers).toBe(1);
  });

  it("is kept while work waits for a worker that is starting", async () => {
    front.pool.releaseIdle();
    expect(front.pool.load().workers).toBe(0);
    // The search starts a worker and waits for it; an import starting now must not end that worker.
    const waiting = front.pool.runSearch(sql`SELECT count(*) AS n FROM claims`);
    expect(front.pool.load()).toEqual({ queued: 1, running: 0, workers: 1 });
    front.pool.releaseIdle();
    expect(front.pool.load().workers).toBe(1);
    expect(await waiting).toEqual([{ n: front.store.sqlite.prepare("SELECT count(*) FROM claims").pluck().get() }]);
  });

  it("is given back when an import starts, and searches beside and after it are answered", async () => {
    expect((await get(front.origin, search)).status).toBe(200);
    expect(front.pool.load().workers).toBe(1);
    const admin = await createKey(front.store.db, "idle-admin", "admin");
    const record = JSON.stringify({
      record: "claim",
      id: "imported-while-idle",
      statement: "Tianeptine modulates AMPA receptors, once more.",
      subject: "tianeptine",
      predicate: "modulates",
      object: "ampa-receptor",
      confidence: "unsourced",
    });
    const importing = get(
      front.origin,
      "/v1/import",
      { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
      "POST",
      record,
    );
    // The import's worker starts on the next turns; the idle search worker has ended by then.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(front.pool.load().workers).toBe(0);
    const [imported, beside] = await Promise.all([importing, get(front.origin, search)]);
    expect(imported.status).toBe(200);
    expect(beside.status).toBe(200);
    expect((await get(front.origin, "/v1/claims?q=AMPA%20once%20more")).body).toContain("imported-while-idle");
  });
});

describe("an import past the memory an import may use", () => {
  let front: Awaited<ReturnType<typeof startFront>>;
  beforeAll(async () => {
    // A fixed heap for every import's worker, small enough for a large import to run out of it.
    front = await startFront({ importHeapMb: 48 });
  });
  afterAll(() => front.close());

  const claims = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        record: "claim",
        id: `${prefix}-${i}`,
        statement: `Tianeptine modulates AMPA receptors, finding ${i} of a long series of findings.`,
        subject: "tianeptine",
        predicate: "modulates",
        object: "ampa-receptor",
        confidence: "speculative",
        wordings: [`Tianeptine acts on AMPA receptors (${i})`, `Stablon affects AMPA receptors (${i})`],
        citations: [{ referenceId: "wikipedia-ssre", stance: "mentions", locator: `finding ${i}` }],
      }),
    ).join("\n");

  it("is answered 413 import-too-large, writes nothing, and the next import runs", async () => {
    const admin = await createKey(front.store.db, "admin", "admin");
    const headers = { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" };
    const count = () => front.store.sqlite.prepare("SELECT count(*) FROM claims").pluck().get() as number;
    const before = count();
    const large = await get(front.origin, "/v1/import", headers, "POST", claims("too-many", 60_000));
    expect(large.status).toBe(413);
    expect(large.headers).toContain("content-type: application/problem+json");
    expect(JSON.parse(large.body)).toEqual({
      type: "/problems/import-too-large",
      title: "Import too large",
      status: 413,
      detail: `The import needed more than the 48 MiB of memory one import may use. Nothing was written. Split the import into smaller requests.`,
      instance: "/v1/import",
      requestId: large.requestId,
    });
    expect(count()).toBe(before);
    const small = await get(front.origin, "/v1/import", headers, "POST", claims("few", 200));
    expect(small.status).toBe(200);
    expect(count()).toBe(before + 200);
  });
});

describe("npm start", () => {
  it("runs the compiled server, built from src/ when missing or older", async () => {
    const root = new URL("../..", import.meta.url).pathname;
    const dir = mkdtempSync(join(tmpdir(), "cited-start-"));
    rmSync(join(root, "dist/node"), { recursive: true, force: true });
    const port = await freePort();
    const child = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, DATABASE_PATH: join(dir, "cited.db"), PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      let health: Response | undefined;
      for (let attempt = 0; attempt < 300 && !health; attempt++) {
        health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
        if (!health) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health?.status).toBe(200);
      expect(existsSync(join(root, "dist/node/server.js"))).toBe(true);
      // The check runs on a worker thread, from the compiled worker module.
      expect((await (await fetch(`http://127.0.0.1:${port}/v1/check?text=Stablon`)).json()).entities).toEqual([
        { text: "Stablon", entityId: "tianeptine" },
      ]);
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
