import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { type CallToolResult, ErrorCode, type ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import type { Context } from "hono";
import { failureProblem, type Log } from "../lib/failure";
import type { AppEnv } from "../types";
import { problemOf, throughMiddleware, toolContext, toolError } from "./mcp.context";
import { getClaim, getReference, TOOLS, type Tool } from "./mcp.tools";

export interface McpOptions {
  /** The service's version, reported by `initialize`. */
  version: string;
  log: Log;
}

const INSTRUCTIONS = `Cited holds atomic, citation-backed claims: each is one statement with a confidence (established, supported, speculative, contested, refuted, unsourced) that its references earn, and the references (DOI, PMID, URL) that support, contradict or mention it.
To check a sentence, call check_statement; to find claims, search_claims or entity_claims; to read one, get_claim (or the resource cited://claims/{id}); a work, get_reference (id, doi:…, pmid:…; or cited://references/{id}).
A verdict reports what this store's curated references say, not whether a sentence is true: quote the citations with it (their DOI, PMID or URL, and quote).
propose_claim (a draft for curators) and add_citation need an API key of scope write, sent as Authorization: Bearer <token>.`;

// The SDK validates elicitation answers with a JSON Schema validator; none is used here, but the
// default (Ajv) would be built for every request and compiles code at run time, which Workers forbid.
const jsonSchemaValidator = new CfWorkerJsonSchemaValidator();

/**
 * Runs `tool` with `args` as its REST twin would run: in a context of its own, through the twin's
 * middleware, its code, and its problems — a refusal, or an error thrown (failureProblem) — or the
 * body as the tool's output schema shapes it.
 */
async function runTwin(
  c: Context<AppEnv>,
  body: string,
  tool: Tool,
  args: never,
  log: Log,
): Promise<{ problem: Response } | { body: Record<string, unknown> }> {
  const call = toolContext(c, body, tool.headers?.(args));
  try {
    const ran = await throughMiddleware(call, [tool.twin.middleware ?? []].flat(), () => tool.run(call, args));
    if ("refused" in ran) return { problem: ran.refused };
    if ("problem" in ran.value) return ran.value;
    return { body: tool.output.parse(ran.value.body) as Record<string, unknown> };
  } catch (error) {
    return { problem: failureProblem(error, call, log) };
  }
}

/** A tool call: the structured result and its text, or the twin's problem as a tool error. */
async function callTool(c: Context<AppEnv>, body: string, tool: Tool, args: never, log: Log): Promise<CallToolResult> {
  const outcome = await runTwin(c, body, tool, args, log);
  if ("problem" in outcome) return toolError(outcome.problem);
  return { content: [{ type: "text", text: tool.render(outcome.body) }], structuredContent: outcome.body };
}

/**
 * The JSON-RPC error of a resource that cannot be read (-32002 when it does not exist, as MCP
 * specifies), with the REST problem in its `data`. A plain error with a `code`: the SDK answers its
 * code, message and data as they are (an McpError's message already carries the prefix that the
 * client adds again).
 */
async function resourceError(response: Response, uri: URL): Promise<Error> {
  const problem = await problemOf(response);
  const code =
    problem.status === 404 ? -32002 : problem.status >= 500 ? ErrorCode.InternalError : ErrorCode.InvalidParams;
  const message = `${problem.title}: ${problem.detail ?? uri.href}`;
  return Object.assign(new Error(message), { code, data: { uri: uri.href, problem } });
}

/** A resource, read as the tool that reads the same thing does: its JSON and its Markdown. */
async function readResource(
  c: Context<AppEnv>,
  body: string,
  tool: Tool,
  uri: URL,
  id: string,
  log: Log,
): Promise<ReadResourceResult> {
  const outcome = await runTwin(c, body, tool, { id } as never, log);
  if ("problem" in outcome) throw await resourceError(outcome.problem, uri);
  return {
    contents: [
      { uri: uri.href, mimeType: "application/json", text: JSON.stringify(outcome.body) },
      { uri: uri.href, mimeType: "text/markdown", text: tool.render(outcome.body) },
    ],
  };
}

/**
 * The MCP server of one request (the endpoint is stateless): the tools and resources, each a thin call
 * into the code of the REST route it mirrors, within the request's context `c`. `body` is the request's
 * body, which tool calls carry as their twin's request would.
 */
export function createMcpServer(c: Context<AppEnv>, body: string, options: McpOptions): McpServer {
  const server = new McpServer(
    { name: "cited", title: "Cited", version: options.version },
    { instructions: INSTRUCTIONS, jsonSchemaValidator },
  );
  for (const tool of TOOLS) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        outputSchema: tool.output,
        annotations: tool.annotations,
      },
      (args) => callTool(c, body, tool, args as never, options.log),
    );
  }
  const resources = [
    { name: "claim", title: "Claim", template: "cited://claims/{id}", tool: getClaim },
    { name: "reference", title: "Reference", template: "cited://references/{id}", tool: getReference },
  ];
  for (const resource of resources) {
    server.registerResource(
      resource.name,
      new ResourceTemplate(resource.template, { list: undefined }),
      {
        title: resource.title,
        description: `A ${resource.name} by id, as JSON (what ${resource.tool.name} answers) and as Markdown.`,
        mimeType: "application/json",
      },
      (uri, variables) =>
        readResource(c, body, resource.tool, uri, decodeURIComponent(String(variables.id)), options.log),
    );
  }
  return server;
}
