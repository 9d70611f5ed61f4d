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

/** Calls `tool` with `args` as its REST twin would be called: its middleware, its code, its problems. */
async function callTool(c: Context<AppEnv>, body: string, tool: Tool, args: never, log: Log): Promise<CallToolResult> {
  const call = toolContext(c, body, tool.headers?.(args));
  try {
    const middleware = [tool.twin.middleware ?? []].flat();
    const ran = await throughMiddleware(call, middleware, () => tool.run(call, args));
    if ("refused" in ran) return toolError(ran.refused);
    if ("problem" in ran.value) return toolError(ran.value.problem);
    const structured = tool.output.parse(ran.value.body);
    return {
      content: [{ type: "text", text: tool.render(structured) }],
      structuredContent: structured as Record<string, unknown>,
    };
  } catch (error) {
    return toolError(failureProblem(error, call, log));
  }
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

/** A resource read through the tool that reads the same thing: its JSON and its Markdown. */
async function readResource(
  c: Context<AppEnv>,
  body: string,
  tool: Tool,
  uri: URL,
  id: string,
  log: Log,
): Promise<ReadResourceResult> {
  const call = toolContext(c, body);
  let outcome: Awaited<ReturnType<Tool["run"]>>;
  try {
    outcome = await tool.run(call, { id } as never);
  } catch (error) {
    throw await resourceError(failureProblem(error, call, log), uri);
  }
  if ("problem" in outcome) throw await resourceError(outcome.problem, uri);
  const value = tool.output.parse(outcome.body);
  return {
    contents: [
      { uri: uri.href, mimeType: "application/json", text: JSON.stringify(value) },
      { uri: uri.href, mimeType: "text/markdown", text: tool.render(value) },
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
