import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { LEXICON_SETTING } from "../../src/lexicon/sql";
import { isLoopbackHost, startupWarnings } from "../../src/node-warnings";
import { startServer } from "../support/server";

describe("the Node server's start", () => {
  it("tells loopback addresses from the others", () => {
    for (const host of ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "cited.example.org", "::ffff:10.0.0.1"])
      expect(isLoopbackHost(host), host).toBe(false);
    expect(startupWarnings({ host: "127.0.0.1" })).toEqual([]);
    expect(startupWarnings({ host: "0.0.0.0", publicUrl: "https://cited.example.org" })).toEqual([]);
    expect(startupWarnings({ host: "0.0.0.0" })).toHaveLength(1);
  });

  it("warns when it binds a non-loopback address without PUBLIC_URL, and serves all the same", async () => {
    const server = await startServer({ env: { HOST: "0.0.0.0", PUBLIC_URL: "" } });
    try {
      const warning = server.startupLog
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line))
        .find((line) => line.level === "warn");
      expect(warning).toEqual({
        level: "warn",
        host: "0.0.0.0",
        message: expect.stringContaining("PUBLIC_URL is unset"),
      });
      expect((await fetch(`${server.origin}/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("stays silent with PUBLIC_URL set, and can leave an empty database unseeded (SEED_ON_START=false)", async () => {
    const server = await startServer({
      env: { HOST: "0.0.0.0", PUBLIC_URL: "https://cited.example.org", SEED_ON_START: "false" },
    });
    try {
      expect(server.startupLog).not.toContain('"level":"warn"');
      expect(server.startupLog).not.toContain("seeded an empty database");
      const health = await (await fetch(`${server.origin}/health`)).json();
      expect(health).toMatchObject({ claims: 0 });
    } finally {
      await server.stop();
    }
  });

  it("loads the lexicon again when the store's is not the version this build makes, and only then", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cited-lexicon-"));
    const path = join(dir, "cited.db");
    const first = await startServer({ path });
    await first.stop();
    expect(first.startupLog).toContain("loaded the lexicon");
    const sqlite = new Database(path);
    const version = sqlite.prepare("SELECT value FROM settings WHERE name = ?").pluck().get(LEXICON_SETTING);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    // A lexicon an older build loaded: no version recorded, and a word's relations as that build made them.
    sqlite.prepare("UPDATE lexicon SET direction = 0 WHERE word = 'relieve'").run();
    sqlite.prepare("DELETE FROM settings WHERE name = ?").run(LEXICON_SETTING);
    sqlite.close();

    const second = await startServer({ path });
    await second.stop();
    expect(second.startupLog).toContain("loaded the lexicon");
    const after = new Database(path, { readonly: true });
    expect(after.prepare("SELECT direction FROM lexicon WHERE word = 'relieve'").pluck().get()).toBe(-1);
    expect(after.prepare("SELECT value FROM settings WHERE name = ?").pluck().get(LEXICON_SETTING)).toBe(version);
    after.close();

    const third = await startServer({ path });
    await third.stop();
    expect(third.startupLog).not.toContain("loaded the lexicon");
    rmSync(dir, { recursive: true, force: true });
  });
});
