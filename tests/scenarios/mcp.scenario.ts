import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult, ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, type Harness, PROBLEM_TYPE } from "../support/harness";

type Json = Record<string, unknown>;

const ACCEPT = "application/json, text/event-stream";

/**
 * An MCP client of the SDK, over `harness` (real HTTP to the Node server, or the Worker's fetch),
 * optionally with an API key. It validates structured tool results against the tools' output
 * schemas, as any SDK client does; Workers forbid Ajv's generated code, so both runtimes use the
 * SDK's Cloudflare validator.
 */
export async function connectMcp(harness: Harness, token?: string): Promise<Client> {
  const client = new Client(
    { name: "cited-tests", version: "1.0.0" },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
  const transport = new StreamableHTTPClientTransport(new URL("http://cited.test/mcp"), {
    fetch: (url, init) => {
      const { pathname, search } = new URL(String(url));
      return harness.fetch(`${pathname}${search}`, init);
    },
    requestInit: token ? { headers: { Authorization: `Bearer ${token}` } } : undefined,
  });
  await client.connect(transport);
  return client;
}

/** The text of a tool result's or resource's `index`th content. */
const textOf = (result: CallToolResult | ReadResourceResult, index = 0): string => {
  const items = ("content" in result ? result.content : result.contents) as { text?: unknown }[];
  return String(items[index]?.text ?? "");
};

const problemOf = (result: CallToolResult) => (result._meta as { problem?: Json } | undefined)?.problem;

let counter = 0;
function draft(overrides: Json = {}): Json {
  counter += 1;
  return {
    id: `mcp-draft-${Date.now().toString(36)}-${counter}`,
    statement: `Tianeptine increases BDNF expression, as proposed by an agent (${counter}).`,
    subject: "tianeptine",
    predicate: "increases-expression-of",
    object: "bdnf",
    context: "in rats",
    confidence: "supported",
    citations: [{ referenceId: "reagan2007", stance: "supports", quote: "tianeptine increased BDNF" }],
    ...overrides,
  };
}

/** The MCP endpoint `/mcp`, driven by the SDK's own client; each runtime runs these. */
export function mcpScenarios(harness: () => Harness) {
  let anonymous: Client;
  const keys = { read: "", write: "" };
  const opened: Client[] = [];
  const connect = async (token?: string) => {
    const client = await connectMcp(harness(), token);
    opened.push(client);
    return client;
  };
  const call = (client: Client, name: string, args: Json) =>
    client.callTool({ name, arguments: args }) as Promise<CallToolResult>;

  beforeAll(async () => {
    const suffix = Math.random().toString(36).slice(2, 8);
    keys.read = await harness().createKey(`mcp-reader-${suffix}`, "read");
    keys.write = await harness().createKey(`mcp-agent-${suffix}`, "write");
    anonymous = await connect();
  });
  afterAll(async () => {
    for (const client of opened) await client.close();
  });

  describe("the MCP endpoint", () => {
    it("initializes statelessly as the server 'cited' with tools and resources and says how to use them", async () => {
      expect(anonymous.getServerVersion()).toEqual({ name: "cited", title: "Cited", version: expect.any(String) });
      expect(anonymous.getServerCapabilities()).toMatchObject({ tools: {}, resources: {} });
      expect(anonymous.getInstructions()).toContain("not whether a sentence is true");
    });

    it("lists the eight tools with input and output schemas, reads marked read-only", async () => {
      const { tools } = await anonymous.listTools();
      expect(tools.map((tool) => tool.name)).toEqual([
        "check_statement",
        "search_claims",
        "get_claim",
        "get_reference",
        "entity_claims",
        "claim_history",
        "propose_claim",
        "add_citation",
      ]);
      for (const tool of tools) {
        expect(tool.description, tool.name).toBeTruthy();
        expect(tool.inputSchema.type, tool.name).toBe("object");
        expect(tool.outputSchema?.type, tool.name).toBe("object");
        const writes = tool.name === "propose_claim" || tool.name === "add_citation";
        expect(tool.annotations?.readOnlyHint, tool.name).toBe(!writes);
      }
      const check = tools[0];
      expect(check?.inputSchema.required).toEqual(["text"]);
      expect(check?.inputSchema.properties?.text).toMatchObject({ type: "string", minLength: 1 });
      const search = tools[1];
      // The arguments are the REST parameters, with the spec's descriptions.
      expect(Object.keys(search?.inputSchema.properties ?? {})).toEqual([
        "q",
        "sort",
        "entity",
        "subject",
        "object",
        "predicate",
        "confidence",
        "status",
        "reference",
        "stance",
        "supportRetracted",
        "supportTier",
        "relatedTo",
        "relation",
        "limit",
        "cursor",
      ]);
      expect(search?.inputSchema.properties?.reference).toHaveProperty(
        "description",
        "Claims citing this reference: its id, `doi:…` or `pmid:…` (`doi:10.2165/00023210-200115030-00006`).",
      );
      expect(tools[7]?.inputSchema.required).toEqual(["id", "revision", "citation"]);
    });

    it("check_statement answers what POST /v1/check answers, with a text that quotes the citations", async () => {
      const text = "Stablon acts on glutamate receptors";
      const result = await call(anonymous, "check_statement", { text, limit: 2 });
      const rest = await getJson(harness(), "/v1/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text, limit: 2 }),
      });
      expect(result.isError).toBeUndefined();
      expect(result.structuredContent).toEqual(rest.body);
      // The encyclopedia alone supports the AMPA claim: asserted, so the check does not say supported.
      expect(result.structuredContent).toMatchObject({ verdict: "unverified" });
      const rendered = textOf(result).split("\n");
      expect(rendered[0]).toBe(`Verdict: unverified. ${rest.body.explanation}`);
      expect(rendered).toContain(
        '   - supports: Selective serotonin reuptake enhancer · <https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer> · at [2][3][4][5][6][7][8][9] — "newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity"',
      );
      expect(rendered).toContain(
        "   - mentions: The neurobiological properties of tianeptine (Stablon): from monoamine hypothesis to glutamatergic modulation · DOI 10.1038/mp.2009.80 · PMID 19704408 · <https://doi.org/10.1038/mp.2009.80>",
      );
    });

    it("check_statement gives refuted for a negated claim and no-match for what the store does not know", async () => {
      const refuted = await call(anonymous, "check_statement", { text: "tianeptine blocks dopamine reuptake" });
      expect(refuted.structuredContent?.verdict).toBe("refuted");
      expect((refuted.structuredContent as { matches: Json[] }).matches[0]).toMatchObject({
        claimId: "tianeptine-is-not-a-dopamine-uptake-inhibitor",
        match: "same-assertion",
        polarity: "opposes",
      });
      const moon = await call(anonymous, "check_statement", { text: "The moon is made of cheese" });
      expect(moon.structuredContent).toEqual({
        text: "The moon is made of cheese",
        entities: [],
        verdict: "no-match",
        confidence: 1,
        explanation: "The store holds no claim about what this sentence says.",
        relations: [],
        matches: [],
      });
      expect(textOf(moon)).toBe(
        "Verdict: no-match. The store holds no claim about what this sentence says.\n(The verdict reports what this store's curated references say about the sentence, not whether it is true.)",
      );
    });

    it("search_claims answers GET /v1/claims, and its cursor pages on in either", async () => {
      const first = await call(anonymous, "search_claims", { q: "Stablon serotonin", limit: 1 });
      const rest = await getJson(harness(), `/v1/claims?q=${encodeURIComponent("Stablon serotonin")}&limit=1`);
      expect(first.structuredContent).toEqual(rest.body);
      const cursor = rest.body.nextCursor as string;
      expect(textOf(first)).toBe(
        `1. Tianeptine enhances the reuptake of serotonin. — established, 3 supporting / 0 contradicting (claim tianeptine-enhances-serotonin-reuptake)\n\nMore claims follow: pass cursor "${cursor}".`,
      );
      const second = await call(anonymous, "search_claims", { q: "Stablon serotonin", limit: 1, cursor });
      const restSecond = await getJson(
        harness(),
        `/v1/claims?q=${encodeURIComponent("Stablon serotonin")}&limit=1&cursor=${cursor}`,
      );
      expect(second.structuredContent).toEqual(restSecond.body);
      const filtered = await call(anonymous, "search_claims", { confidence: ["contested"], limit: 100 });
      const restFiltered = await getJson(harness(), "/v1/claims?confidence=contested&limit=100");
      expect(filtered.structuredContent).toEqual(restFiltered.body);
    });

    it("get_claim answers the claim with its references, and a Markdown text with each citation's quote and link", async () => {
      const result = await call(anonymous, "get_claim", { id: "ssre-has-faster-onset-than-ssri" });
      const rest = await getJson(harness(), "/v1/claims/ssre-has-faster-onset-than-ssri?include=references");
      expect(result.structuredContent).toEqual(rest.body);
      const lines = textOf(result).split("\n");
      expect(lines.slice(0, 7)).toEqual([
        "# SSREs have a much faster, immediate onset of action compared with SSRIs.",
        "",
        "- Claim: `ssre-has-faster-onset-than-ssri` — ssre → has-faster-onset-than → ssri",
        "- Confidence: contested — sources disagree",
        "- Status: published",
        "- Evidence: 1 supporting, 1 contradicting and 1 mentioning references",
        "- Basis: Contested: supported by wikipedia-ssre (tertiary); contradicted by loo-deniker1988 (tier unknown). The rules give contested: contested needs at least 1 supporting and at least 1 contradicting reference.",
      ]);
      expect(lines.slice(lines.indexOf("## Citations") + 2)).toEqual([
        "1. supports (tertiary source): Selective serotonin reuptake enhancer. Wikipedia. <https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer>",
        "   - Locator: [1][10]",
        '   - Quote: "have a much faster onset of action (immediate)"',
        "2. contradicts (tier not recorded): Loo H, Deniker P (1988). Clinical Neuropharmacology 11(Suppl 2):S97-S102.",
        "   - Note: Clinical profile of tianeptine: controlled trials 'do not show a shorter onset time'.",
        "3. mentions (secondary source): Kasper S, Olié JP (2002). A meta-analysis of randomized controlled trials of tianeptine versus SSRI in the short-term treatment of depression. European Psychiatry 17(Suppl 3):331-340.",
        "   - Note: Meta-analysis of tianeptine versus SSRIs (probably the article's [10]) does not report a faster or immediate onset.",
      ]);
    });

    it("get_reference finds a work by id, doi: and pmid:, as GET /v1/references/{id} does", async () => {
      const rest = await getJson(harness(), "/v1/references/mcewen2010");
      for (const id of ["mcewen2010", "doi:10.1038/MP.2009.80", "pmid:19704408"]) {
        const result = await call(anonymous, "get_reference", { id });
        expect(result.structuredContent, id).toEqual(rest.body);
      }
      const text = textOf(await call(anonymous, "get_reference", { id: "pmid:19704408" }));
      expect(text).toContain("- DOI: 10.1038/mp.2009.80\n- PMID: 19704408\n");
      expect(text).toContain(
        "- Read it at: <https://doi.org/10.1038/mp.2009.80>, <https://pubmed.ncbi.nlm.nih.gov/19704408/>",
      );
    });

    it("entity_claims finds an entity's claims by a brand name, as GET /v1/entities/{id}/claims does", async () => {
      const result = await call(anonymous, "entity_claims", { id: "Stablon", predicate: "enhances-reuptake-of" });
      const rest = await getJson(harness(), "/v1/entities/Stablon/claims?predicate=enhances-reuptake-of");
      expect(result.structuredContent).toEqual(rest.body);
      expect((result.structuredContent as { items: Json[] }).items.length).toBeGreaterThan(0);
    });

    it("claim_history answers GET /v1/claims/{id}/history", async () => {
      const result = await call(anonymous, "claim_history", { id: "tianeptine-is-an-ssre" });
      const rest = await getJson(harness(), "/v1/claims/tianeptine-is-an-ssre/history");
      expect(result.structuredContent).toEqual(rest.body);
    });
  });

  describe("errors", () => {
    it("refuses arguments that break the input schema, naming the argument", async () => {
      const empty = await call(anonymous, "check_statement", { text: "" });
      expect(empty.isError).toBe(true);
      expect(textOf(empty)).toContain("Too small: expected string to have >=1 characters at text");
      const tooMany = await call(anonymous, "search_claims", { limit: 500 });
      expect(tooMany.isError).toBe(true);
      expect(textOf(tooMany)).toContain("at limit");
      const extra = await call(anonymous, "check_statement", { text: "tianeptine", verbose: true });
      expect(extra.isError).toBe(true);
      expect(textOf(extra)).toContain('Unrecognized key: "verbose"');
      const unknown = await call(anonymous, "no_such_tool", {});
      expect(unknown.isError).toBe(true);
      expect(textOf(unknown)).toBe("MCP error -32602: Tool no_such_tool not found");
    });

    it("answers the REST API's problems as tool errors, with the problem in _meta", async () => {
      const missing = await call(anonymous, "get_claim", { id: "no-such-claim" });
      expect(missing.isError).toBe(true);
      expect(textOf(missing)).toBe("Not found (404): No claim with id 'no-such-claim'.");
      expect(problemOf(missing)).toEqual({
        type: "/problems/not-found",
        title: "Not found",
        status: 404,
        detail: "No claim with id 'no-such-claim'.",
        instance: "/mcp",
        requestId: expect.any(String),
      });
      const symbols = await call(anonymous, "search_claims", { q: "🧠" });
      expect(problemOf(symbols)).toMatchObject({
        type: "/problems/invalid-parameter",
        status: 400,
        errors: [{ location: "query", field: "q", message: "Must contain a letter or a digit." }],
      });
      expect(textOf(symbols)).toBe(
        "Invalid parameter (400): q: Must contain a letter or a digit.\n- q: Must contain a letter or a digit.",
      );
      const cursor = await call(anonymous, "search_claims", { cursor: "not-a-cursor" });
      expect(problemOf(cursor)).toMatchObject({ type: "/problems/invalid-cursor", status: 400 });
      const reference = await call(anonymous, "get_reference", { id: "doi:10.9999/none" });
      expect(problemOf(reference)).toMatchObject({ type: "/problems/not-found", status: 404 });
      const entity = await call(anonymous, "entity_claims", { id: "no-such-entity" });
      expect(problemOf(entity)).toMatchObject({ type: "/problems/not-found", status: 404 });
    });

    it("answers GET and DELETE with 405, batches with 400, and a client that does not accept JSON with 406", async () => {
      for (const method of ["GET", "DELETE"]) {
        const res = await getJson(harness(), "/mcp", { method, headers: { Accept: ACCEPT } });
        expect(res.status, method).toBe(405);
        expect(res.headers.get("allow")).toBe("POST");
        expect(res.headers.get("content-type")).toBe(PROBLEM_TYPE);
        expect(res.body).toMatchObject({ type: "/problems/method-not-allowed", status: 405 });
      }
      const message = { jsonrpc: "2.0", id: 1, method: "tools/list" };
      const batch = await getJson(harness(), "/mcp", {
        method: "POST",
        headers: { Accept: ACCEPT, "Content-Type": "application/json" },
        body: JSON.stringify([message, { ...message, id: 2 }]),
      });
      expect(batch.status).toBe(400);
      expect(batch.headers.get("content-type")).toBe(PROBLEM_TYPE);
      expect(batch.body).toEqual({
        type: "/problems/invalid-mcp-message",
        title: "Invalid MCP message",
        status: 400,
        detail: "Invalid Request: batches are not accepted; send one JSON-RPC message per HTTP request.",
        instance: "/mcp",
        requestId: expect.any(String),
        jsonrpc: "2.0",
        error: {
          code: -32600,
          message: "Invalid Request: batches are not accepted; send one JSON-RPC message per HTTP request.",
        },
        id: null,
      });
      // Answers are always JSON: a client that accepts JSON alone is served.
      for (const accept of ["application/json", "*/*"]) {
        const json = await getJson(harness(), "/mcp", {
          method: "POST",
          headers: { Accept: accept, "Content-Type": "application/json" },
          body: JSON.stringify(message),
        });
        expect(json.status, accept).toBe(200);
        expect(json.headers.get("content-type")).toBe("application/json");
        expect(json.body).toMatchObject({ jsonrpc: "2.0", id: 1, result: { tools: expect.any(Array) } });
      }
      const html = await getJson(harness(), "/mcp", {
        method: "POST",
        headers: { Accept: "text/html", "Content-Type": "application/json" },
        body: JSON.stringify(message),
      });
      expect(html.status).toBe(406);
      expect(html.body).toMatchObject({ type: "/problems/not-acceptable", error: { code: -32000 } });
      const garbled = await getJson(harness(), "/mcp", {
        method: "POST",
        headers: { Accept: ACCEPT, "Content-Type": "application/json" },
        body: '{"jsonrpc": "2.0", ',
      });
      expect(garbled.status).toBe(400);
      expect(garbled.body).toMatchObject({ type: "/problems/invalid-mcp-message", error: { code: -32700 } });
    });
  });

  describe("write tools", () => {
    it("refuse an anonymous agent with the 401 an anonymous HTTP client gets, and write nothing", async () => {
      const body = draft();
      const result = await call(anonymous, "propose_claim", body);
      const rest = await getJson(harness(), "/v1/claims", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(rest.status).toBe(401);
      expect(result.isError).toBe(true);
      const { instance: _i, requestId: _r, ...problem } = problemOf(result) ?? {};
      const { instance: _ri, requestId: _rr, ...restProblem } = rest.body;
      expect(problem).toEqual(restProblem);
      expect(textOf(result)).toBe(
        "Unauthorized (401): This request needs an API key: send `Authorization: Bearer <token>`.",
      );
      const cite = await call(anonymous, "add_citation", {
        id: "tianeptine-is-an-ssre",
        revision: 1,
        citation: { referenceId: "mcewen2010", stance: "mentions" },
      });
      expect(problemOf(cite)).toMatchObject({ type: "/problems/unauthorized", status: 401 });
      expect((await getJson(harness(), `/v1/claims/${body.id}`)).status).toBe(404);
      expect((await getJson(harness(), "/v1/claims/tianeptine-is-an-ssre")).body.citations).not.toContainEqual(
        expect.objectContaining({ referenceId: "mcewen2010" }),
      );
    });

    it("refuse a key of scope read with 403", async () => {
      const reader = await connect(keys.read);
      const result = await call(reader, "propose_claim", draft());
      expect(problemOf(result)).toMatchObject({ type: "/problems/insufficient-scope", status: 403 });
    });

    it("propose_claim writes a draft with a write key, under the REST rules, attributed to the key", async () => {
      const agent = await connect(keys.write);
      const body = draft();
      const result = await call(agent, "propose_claim", body);
      expect(result.isError).toBeUndefined();
      expect(result.structuredContent).toMatchObject({
        id: body.id,
        status: "draft",
        confidence: "supported",
        revision: 1,
      });
      const stored = await getJson(harness(), `/v1/claims/${body.id}`);
      expect(stored.body).toEqual(result.structuredContent);
      // Drafts are not published: the default list does not show them.
      const listed = await getJson(harness(), `/v1/claims?reference=reagan2007&limit=100`);
      expect((listed.body.items as Json[]).map((claim) => claim.id)).not.toContain(body.id);
      const history = await call(agent, "claim_history", { id: body.id });
      expect(history.structuredContent).toMatchObject({ items: [{ action: "create", revision: 1 }] });
      expect(textOf(history)).toMatch(/^- #\d+ \S+: create by mcp-agent-\w+, revision 1$/);

      const broken = await call(agent, "propose_claim", draft({ confidence: "established" }));
      expect(problemOf(broken)).toMatchObject({
        type: "/problems/rule-violation",
        status: 422,
        errors: [{ location: "body", field: "confidence", rule: "confidence-rule", message: expect.any(String) }],
      });
      const published = await call(agent, "propose_claim", { ...draft(), status: "published" });
      expect(textOf(published)).toContain('Unrecognized key: "status"');
    });

    it("add_citation cites a reference at the claim's revision, and refuses a stale one with 412", async () => {
      const agent = await connect(keys.write);
      const body = draft();
      await call(agent, "propose_claim", body);
      const stale = await call(agent, "add_citation", {
        id: body.id,
        revision: 7,
        citation: { referenceId: "doi:10.1038/mp.2009.80", stance: "mentions" },
      });
      expect(problemOf(stale)).toMatchObject({ type: "/problems/precondition-failed", status: 412 });
      const cited = await call(agent, "add_citation", {
        id: body.id,
        revision: 1,
        citation: { referenceId: "doi:10.1038/mp.2009.80", stance: "mentions", locator: "p. 240" },
        reason: "An agent found a second source.",
      });
      expect(cited.isError).toBeUndefined();
      expect(cited.structuredContent).toMatchObject({
        revision: 2,
        evidence: { supports: 1, contradicts: 0, mentions: 1 },
        citations: [
          { referenceId: "reagan2007", stance: "supports" },
          { referenceId: "mcewen2010", stance: "mentions", locator: "p. 240" },
        ],
      });
      const overclaim = await call(agent, "add_citation", {
        id: body.id,
        revision: 2,
        citation: { referenceId: "wagstaff2001", stance: "mentions" },
        confidence: "established",
      });
      expect(problemOf(overclaim)).toMatchObject({
        type: "/problems/rule-violation",
        errors: [{ field: "confidence", rule: "confidence-rule" }],
      });
      const history = await getJson(harness(), `/v1/claims/${body.id}/history`);
      expect((history.body.items as Json[]).map((change) => [change.action, change.reason])).toEqual([
        ["create", null],
        ["cite", "An agent found a second source."],
      ]);
    });
  });

  describe("resources", () => {
    it("lists the claim and reference templates", async () => {
      const { resourceTemplates } = await anonymous.listResourceTemplates();
      expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual([
        "cited://claims/{id}",
        "cited://references/{id}",
      ]);
    });

    it("reads a claim as JSON and as Markdown", async () => {
      const uri = "cited://claims/tianeptine-modulates-ampa-receptors";
      const result = await anonymous.readResource({ uri });
      const rest = await getJson(harness(), "/v1/claims/tianeptine-modulates-ampa-receptors?include=references");
      expect(result.contents.map((content) => [content.uri, content.mimeType])).toEqual([
        [uri, "application/json"],
        [uri, "text/markdown"],
      ]);
      expect(JSON.parse(textOf(result))).toEqual(rest.body);
      expect(textOf(result, 1)).toMatch(
        /^# Tianeptine's direct action is to alter AMPA glutamate receptor activity\.\n/,
      );
    });

    it("reads a reference by DOI, and answers -32002 for one that does not exist", async () => {
      const result = await anonymous.readResource({ uri: "cited://references/doi:10.1038%2Fmp.2009.80" });
      expect(JSON.parse(textOf(result))).toMatchObject({ id: "mcewen2010", pmid: "19704408" });
      expect(textOf(result)).toContain('"doi":"10.1038/mp.2009.80"');
      await expect(anonymous.readResource({ uri: "cited://references/nobody2099" })).rejects.toMatchObject({
        code: -32002,
        message: "MCP error -32002: Not found: No reference with id 'nobody2099'.",
        data: { uri: "cited://references/nobody2099", problem: { type: "/problems/not-found", status: 404 } },
      });
    });
  });
}
