/**
 * An MCP client, as an agent's host would be one: connects to Cited's `/mcp` endpoint with the
 * official SDK, lists the tools, and checks three sentences with `check_statement`, printing each
 * verdict from the structured result and the text rendering an agent would quote.
 *
 *   npx tsx examples/mcp-check.ts [--url http://127.0.0.1:3000/mcp] [--token TOKEN] [sentence…]
 *
 * Without sentences it checks three: one the store supports, one it refutes, one it knows nothing of.
 * A `--token` (an API key, `npm run keys -- create`) is sent as `Authorization: Bearer …`; reads need none.
 */
import { parseArgs } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: "string", default: "http://127.0.0.1:3000/mcp" }, token: { type: "string" } },
});
const sentences = positionals.length
  ? positionals
  : ["Stablon boosts serotonin reuptake", "tianeptine blocks dopamine reuptake", "The moon is made of green cheese"];

const client = new Client({ name: "cited-mcp-check", version: "1.0.0" });
await client.connect(
  new StreamableHTTPClientTransport(new URL(values.url), {
    requestInit: values.token ? { headers: { Authorization: `Bearer ${values.token}` } } : undefined,
  }),
);
const { tools } = await client.listTools();
console.log(`Connected to ${client.getServerVersion()?.name}: ${tools.map((tool) => tool.name).join(", ")}`);

let failures = 0;
for (const text of sentences) {
  const result = (await client.callTool({ name: "check_statement", arguments: { text, limit: 2 } })) as CallToolResult;
  const rendered = result.content.map((item) => (item.type === "text" ? item.text : "")).join("\n");
  if (result.isError) {
    failures += 1;
    console.error(`\n! ${text}\n${rendered}`);
    continue;
  }
  const { verdict } = result.structuredContent as { verdict: string };
  console.log(`\n» ${text}\n  verdict: ${verdict}\n${rendered.replace(/^/gm, "  | ")}`);
}
await client.close();
process.exit(failures ? 1 : 0);
