import { beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

/** NDJSON of an entity, a reference and a claim citing both (deliberately claim first). */
function records(tag: string) {
  return [
    {
      record: "claim",
      id: `import-${tag}-claim`,
      statement: `Agomelatine-${tag} is an antidepressant.`,
      subject: `import-${tag}-drug`,
      predicate: "is-a",
      object: "antidepressants",
      confidence: "established",
      citations: [
        { referenceId: `import-${tag}-ref`, stance: "supports", note: "title" },
        { referenceId: "wagstaff2001", stance: "supports" },
      ],
    },
    {
      record: "entity",
      id: `import-${tag}-drug`,
      label: `Agomelatine ${tag}`,
      kind: "drug",
      aliases: [`Valdoxan-${tag}`],
    },
    {
      record: "reference",
      id: `import-${tag}-ref`,
      type: "article-journal",
      title: "An imported paper",
      authors: ["Doe J"],
      issued: "2020",
      doi: `10.5555/import.${tag}`,
    },
  ];
}

const ndjson = (lines: unknown[]) =>
  `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`;

/** The bulk-import scenarios; each runtime runs them. */
export function importScenarios(harness: () => Harness) {
  let admin = "";
  beforeAll(async () => {
    admin = await harness().createKey(`importer-${Math.random().toString(36).slice(2, 8)}`, "admin");
  });

  const post = (body: string, query = "", contentType = "application/x-ndjson") =>
    getJson(harness(), `/v1/import${query}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": contentType },
      body,
    });

  describe("POST /v1/import", () => {
    it("imports records that refer to each other in any order, all at once", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const res = await post(ndjson(records(tag)));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        dryRun: false,
        created: { entities: 1, references: 1, predicates: 0, claims: 1, relations: 0 },
        unchanged: { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 },
      });
      const claim = await getJson(harness(), `/v1/claims/import-${tag}-claim`);
      expect(claim.body).toMatchObject({ confidence: "established", subject: `import-${tag}-drug`, revision: 1 });
      expect((await getJson(harness(), `/v1/entities/Valdoxan-${tag}`)).body.id).toBe(`import-${tag}-drug`);
      const history = await getJson(harness(), `/v1/claims/import-${tag}-claim/history`);
      expect(history.body.items).toEqual([expect.objectContaining({ action: "import", revision: 1 })]);

      const again = await post(ndjson(records(tag)));
      expect(again.body).toEqual({
        dryRun: false,
        created: { entities: 0, references: 0, predicates: 0, claims: 0, relations: 0 },
        unchanged: { entities: 1, references: 1, predicates: 0, claims: 1, relations: 0 },
      });
    });

    it("reports every bad line by number and writes nothing", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const [claim, entity, reference] = records(tag);
      const before = await getJson(harness(), "/v1/changes?since=0&limit=100");
      const lines = [
        entity,
        "{not json",
        { ...claim, id: `import-${tag}-bad-entity`, subject: "unobtainium" },
        { ...claim, id: `import-${tag}-bad-confidence`, confidence: "refuted" },
        { ...reference, id: `import-${tag}-dup`, doi: "10.1038/mp.2009.80" },
        { record: "banana" },
        reference,
        claim,
      ];
      const res = await post(ndjson(lines));
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(res.body).toMatchObject({
        type: "/problems/rule-violation",
        detail: "5 line(s) break the rules; nothing was written.",
      });
      expect(
        res.body.errors.map((e: { line: number; rule: string; field: string }) => [e.line, e.field, e.rule]),
      ).toEqual([
        [2, "(line)", "json"],
        [3, "subject", "existing-entity"],
        [4, "confidence", "confidence-rule"],
        [5, "doi", "unique-identifier"],
        [6, "record", "schema"],
      ]);
      expect((await harness().fetch(`/v1/entities/import-${tag}-drug`)).status).toBe(404);
      expect((await harness().fetch(`/v1/claims/import-${tag}-claim`)).status).toBe(404);
      const after = await getJson(harness(), "/v1/changes?since=0&limit=100");
      expect(after.body).toEqual(before.body);
    });

    it("holds aliases to the write API's rules: no alias names another entity, none repeats within a record", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const entity = (id: string, aliases: string[]) => ({
        record: "entity",
        id,
        label: `Label ${id}`,
        kind: "drug",
        aliases,
      });
      const res = await post(
        ndjson([
          entity(`alias-a-${tag}`, ["tianeptine"]),
          entity(`alias-b-${tag}`, [`Same-${tag}`, `same-${tag}`]),
          entity(`alias-c-${tag}`, [`Shared-${tag}`]),
          entity(`alias-d-${tag}`, [`shared-${tag}`]),
        ]),
      );
      expect(res.status).toBe(422);
      expect(
        res.body.errors.map((e: { line: number; field: string; rule: string }) => [e.line, e.field, e.rule]),
      ).toEqual([
        [1, "aliases.0", "unique-alias"],
        [2, "aliases.1", "unique-alias"],
        [4, "aliases.0", "unique-alias"],
      ]);
    });

    it("checks without writing on dryRun=true", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const res = await post(ndjson(records(tag)), "?dryRun=true");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ dryRun: true, created: { entities: 1, references: 1, claims: 1 } });
      expect((await harness().fetch(`/v1/claims/import-${tag}-claim`)).status).toBe(404);
    });

    it("reads the body as UTF-8 lines: a byte-order mark at its start, CRLF line ends; refuses bytes that are not UTF-8", async () => {
      const tag = Math.random().toString(36).slice(2, 8);
      const [claim, entity, reference] = records(tag);
      const lines = [entity, { ...reference, title: "Études sur l’agomélatine" }, claim].map((r) => JSON.stringify(r));
      const res = await post(`\uFEFF${lines.join("\r\n")}\r\n`);
      expect(res.status).toBe(200);
      expect(res.body.created).toEqual({ entities: 1, references: 1, predicates: 0, claims: 1, relations: 0 });
      expect((await getJson(harness(), `/v1/references/import-${tag}-ref`)).body.title).toBe(
        "Études sur l’agomélatine",
      );

      // A mark anywhere else is a character of its line, which then is not JSON; a body with a byte that
      // is not UTF-8 is refused whole.
      const other = `other-${tag}`;
      const entityLine = (id: string, label: string) =>
        new TextEncoder().encode(JSON.stringify({ record: "entity", id, label, kind: "drug" }));
      const bad = await getJson(harness(), "/v1/import?dryRun=true", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: new TextEncoder().encode(`${JSON.stringify({ ...entity, id: other, aliases: [] })}\n\uFEFF{}\n`),
      });
      expect(bad.status).toBe(422);
      expect(bad.body.errors).toEqual([
        { location: "body", line: 2, field: "(line)", rule: "json", message: "not a JSON object" },
      ]);
      // A long body is read whole however its characters fall across the slices it is checked in.
      const long = [];
      for (let i = 0; i < 600; i++)
        long.push(JSON.stringify({ record: "entity", id: `${other}-${i}`, label: "é".repeat(60), kind: "drug" }));
      const continues = (bytes: Uint8Array) => ((bytes[65536] ?? 0) & 0xc0) === 0x80;
      let longBody = new TextEncoder().encode(long.join("\n"));
      if (!continues(longBody)) longBody = new TextEncoder().encode(` ${long.join("\n")}`);
      expect(continues(longBody)).toBe(true); // a character split at 64 KiB
      const longRes = await getJson(harness(), "/v1/import?dryRun=true", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: longBody,
      });
      expect(longRes.status).toBe(200);
      expect(longRes.body.created.entities).toBe(600);

      const label = entityLine(`${other}-label`, "Label ~");
      label[label.indexOf(0x7e)] = 0xff; // the "~"
      const refused = await getJson(harness(), "/v1/import", {
        method: "POST",
        headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/x-ndjson" },
        body: label,
      });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        type: "/problems/invalid-utf8",
        detail: "The request body is not valid UTF-8.",
      });
      expect((await harness().fetch(`/v1/entities/${other}-label`)).status).toBe(404);
    });

    it("answers 415 for a body that is not NDJSON", async () => {
      const res = await post("<xml/>", "", "application/xml");
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ type: "/problems/unsupported-media-type" });
    });
  });
}
