import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";
import { startNodeApp } from "../support/node-app";
import { type RunningServer, startServer } from "../support/server";

/** A parsed answer, as getJson gives it. */
type Answer = Awaited<ReturnType<typeof getJson>>;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes (new entities, each a few KB) until one is refused; answers the refusal and how many went in. */
async function writeUntilRefused(post: (i: number) => Promise<Answer>) {
  for (let i = 0; i < 2000; i++) {
    const res = await post(i);
    if (res.status !== 201) return { refused: res, written: i };
  }
  throw new Error("the store never ran out of room");
}

const entity = (i: number) =>
  JSON.stringify({
    id: `filler-${i}`,
    label: `Filler ${i}`,
    kind: "drug",
    description: `${"Padding. ".repeat(200)}${i}`,
  });

/** What a full store must keep answering. */
async function expectReadsServe(fetchJson: (path: string) => Promise<Answer>) {
  expect((await fetchJson("/v1/claims/tianeptine-is-an-ssre")).status).toBe(200);
  expect((await fetchJson("/v1/claims?q=tianeptine")).body.items.length).toBeGreaterThan(0);
  expect((await fetchJson("/v1/entities/filler-0")).status).toBe(200);
  expect((await fetchJson("/health")).status).toBe(200);
}

function expectStorageProblem(res: Answer) {
  expect(res.status).toBe(507);
  expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
  expect(res.headers.get("retry-after")).toBe("60");
  expect(res.body).toMatchObject({
    type: "/problems/insufficient-storage",
    title: "Insufficient storage",
    status: 507,
    detail: "The database is out of room: nothing was written. Reads still work; retry the write later.",
  });
}

describe("a store out of room", () => {
  it("answers writes 507 with Retry-After, writes nothing, keeps serving reads, and recovers (SQLite's page limit)", async () => {
    // SQLite answers SQLITE_FULL ("database or disk is full") at max_page_count as on a full disk.
    const dir = mkdtempSync(join(tmpdir(), "cited-full-"));
    dirs.push(dir);
    const { harness, store } = await startNodeApp({ path: join(dir, "cited.db") });
    const token = await harness.createKey("filler", "write");
    const post = (i: number) =>
      getJson(harness as Harness, "/v1/entities", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: entity(i),
      });
    expect((await post(0)).status).toBe(201);
    const pages = Number(store.sqlite.pragma("page_count", { simple: true }));
    store.sqlite.pragma(`max_page_count = ${pages + 2}`);
    const feed = async () => (await getJson(harness, "/v1/changes?since=0&limit=100")).body;
    const { refused, written } = await writeUntilRefused((i) => post(i + 1));
    expectStorageProblem(refused);
    const before = await feed();
    expect((await getJson(harness, `/v1/entities/filler-${written + 1}`)).status).toBe(404);
    await expectReadsServe((path) => getJson(harness, path));
    expect(await feed()).toEqual(before);
    store.sqlite.pragma(`max_page_count = ${pages + 10_000}`);
    expect((await post(written + 1)).status).toBe(201);
  });

  it("on a real full disk (a small tmpfs), the running server answers 507, keeps reading, and writes once room is made", async (context) => {
    const dir = mkdtempSync(join(tmpdir(), "cited-tmpfs-"));
    dirs.push(dir);
    const mount = (args: string[]) => {
      for (const command of [args, ["sudo", "-n", ...args]]) {
        try {
          execFileSync(command[0] as string, command.slice(1), { stdio: "ignore" });
          return true;
        } catch {}
      }
      return false;
    };
    if (!mount(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", dir])) {
      context.skip(
        "cannot mount a tmpfs here (needs root or passwordless sudo); the page-limit test above covers SQLITE_FULL",
      );
      return;
    }
    let server: RunningServer | undefined;
    try {
      server = await startServer({ path: join(dir, "cited.db") });
      const origin = server.origin;
      const { execFileSync: run } = await import("node:child_process");
      const token = run(
        process.execPath,
        ["--import", "tsx", "scripts/keys.ts", "create", "--name", "filler", "--db", join(dir, "cited.db")],
        {
          cwd: new URL("../..", import.meta.url).pathname,
          encoding: "utf8",
        },
      ).trim();
      const fetchJson = async (path: string, init?: RequestInit): Promise<Answer> => {
        const res = await fetch(`${origin}${path}`, init);
        const text = await res.text();
        return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
      };
      const post = (i: number) =>
        fetchJson("/v1/entities", {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: entity(i),
        });
      expect((await post(0)).status).toBe(201);
      // Fill what is left of the disk.
      const filler = join(dir, "filler");
      const fd = openSync(filler, "w");
      try {
        const chunk = Buffer.alloc(64 * 1024, 1);
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
      } finally {
        closeSync(fd);
      }
      const { refused, written } = await writeUntilRefused((i) => post(i + 1));
      expectStorageProblem(refused);
      expect((await fetchJson(`/v1/entities/filler-${written + 1}`)).status).toBe(404);
      await expectReadsServe((path) => fetchJson(path));
      rmSync(filler);
      expect((await post(written + 1)).status).toBe(201);
      expect((await fetchJson(`/v1/entities/filler-${written + 1}`)).status).toBe(200);
    } finally {
      await server?.stop();
      mount(["umount", dir]);
    }
  }, 60_000);
});
