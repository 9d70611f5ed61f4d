import { describe, expect, it } from "vitest";
import { toSqlScript } from "../../scripts/seed-sql";
import { openNodeStore } from "../../src/db/node";
import { entities } from "../../src/db/schema";
import { seedStatements } from "../../src/seed/load";

const NOW = "2026-01-01T00:00:00.000Z";
const TABLES = ["entities", "entity_aliases", '"references"', "claims", "citations"];

/** Every row of the seeded tables, in a stable order. */
function dump(store: ReturnType<typeof openNodeStore>) {
  return TABLES.map((table) => store.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all());
}

describe("npm run seed:sql", () => {
  it("writes SQL that loads exactly what the loader loads", async () => {
    const loaded = openNodeStore(":memory:");
    await loaded.runAtomic(seedStatements(loaded.db, NOW));
    const executed = openNodeStore(":memory:");
    executed.sqlite.exec(toSqlScript(seedStatements(executed.db, NOW)));
    expect(dump(executed)).toEqual(dump(loaded));
    expect(dump(executed)[3]).toHaveLength(37);
    loaded.close();
    executed.close();
  });

  it("quotes text as SQL literals, apostrophes and question marks included", () => {
    const store = openNodeStore(":memory:");
    const statement = store.db.insert(entities).values({
      id: "o'brien?",
      label: "O'Brien's -- 'drug'?; DROP TABLE claims",
      kind: "other",
      createdAt: NOW,
      updatedAt: NOW,
    });
    store.sqlite.exec(toSqlScript([statement]));
    expect(store.sqlite.prepare("SELECT id, label FROM entities").all()).toEqual([
      { id: "o'brien?", label: "O'Brien's -- 'drug'?; DROP TABLE claims" },
    ]);
    store.close();
  });
});
