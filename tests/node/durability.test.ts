import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openNodeStore } from "../../src/db/node";
import { createKey } from "../../src/keys";
import { type RunningServer, startServer } from "../support/server";

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) server.child.kill("SIGKILL");
});

describe("durability", () => {
  it("keeps every write answered 201 across a SIGKILL in the middle of a stream of writes", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "cited-crash-")), "cited.db");
    const store = openNodeStore(path);
    const token = await createKey(store.db, "crash-writer", "write");
    store.close();

    const server = await startServer({ path });
    servers.push(server);
    const port = server.port;
    const answered: string[] = [];
    let sent = 0;
    let killed = false;
    const writer = async (lane: number) => {
      while (!killed && sent < 2000) {
        sent += 1;
        const id = `crash-${lane}-${sent}`;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/v1/claims`, {
            method: "POST",
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: JSON.stringify({
              id,
              statement: `Crash test claim ${id}.`,
              subject: "tianeptine",
              predicate: "is-tested-by",
              object: "bdnf",
              confidence: "supported",
              citations: [{ referenceId: "wagstaff2001", stance: "supports" }],
            }),
          });
          if (res.status === 201) answered.push(id);
          else if (res.status !== 429) throw new Error(`unexpected ${res.status}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const lanes = [writer(1), writer(2), writer(3), writer(4)];
    while (answered.length < 60) await new Promise((resolve) => setTimeout(resolve, 5));
    killed = true;
    server.child.kill("SIGKILL");
    await Promise.allSettled(lanes);
    expect(answered.length).toBeGreaterThanOrEqual(60);

    const sqlite = new Database(path);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const stored = new Set(
      (sqlite.prepare("select id from claims where id like 'crash-%'").all() as { id: string }[]).map((row) => row.id),
    );
    sqlite.close();
    for (const id of answered) expect(stored.has(id), id).toBe(true);

    const restarted = await startServer({ path, port });
    servers.push(restarted);
    const last = answered.at(-1);
    expect((await fetch(`http://127.0.0.1:${port}/v1/claims/${last}`)).status).toBe(200);
    await restarted.stop();
  }, 60_000);
});
