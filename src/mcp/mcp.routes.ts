import { createRoute, z } from "@hono/zod-openapi";
import { problemResponses } from "../lib/problem";

const tags = ["Agents"];

export const JsonRpcResponseSchema = z
  .object({
    jsonrpc: z.literal("2.0"),
    id: z.union([z.string(), z.number()]).openapi({ example: 1 }),
    result: z.record(z.string(), z.unknown()).optional().openapi({ description: "The method's result." }),
    error: z
      .object({
        code: z.number().int().openapi({ example: -32602 }),
        message: z.string().openapi({ example: "MCP error -32602: Tool no_such_tool not found" }),
        data: z.unknown().optional(),
      })
      .optional()
      .openapi({ description: "A protocol error (unknown method, resource not found…)." }),
  })
  .openapi("JsonRpcResponse", {
    description:
      "The JSON-RPC 2.0 response to the message's request (Model Context Protocol). A tool that refuses a call answers a `result` with `isError: true`, its REST problem in `_meta.problem`.",
  });

/** The body, documented but not validated here: the MCP transport answers malformed messages itself. */
const messageSchema = {
  type: "object" as const,
  description:
    "One JSON-RPC 2.0 message of the Model Context Protocol: `initialize`, `tools/list`, `tools/call`, `resources/templates/list`, `resources/read`, `ping` or a notification. Batches (arrays) are refused.",
  required: ["jsonrpc"],
  properties: {
    jsonrpc: { type: "string" as const, enum: ["2.0"] },
    id: { type: ["string", "integer"] as ("string" | "integer")[] },
    method: { type: "string" as const },
    params: { type: "object" as const },
  },
  example: {
    jsonrpc: "2.0",
    id: 1,
    method: "tools/call",
    params: { name: "check_statement", arguments: { text: "Stablon acts on glutamate receptors" } },
  },
};

export const mcpMessage = createRoute({
  method: "post",
  path: "/mcp",
  operationId: "postMcpMessage",
  summary: "MCP endpoint (Streamable HTTP, stateless)",
  description:
    "The claims store as a Model Context Protocol server, for agents: tools `check_statement`, `search_claims`, `get_claim`, `get_reference`, `entity_claims`, `claim_history`, and with a `write` key `propose_claim` and `add_citation`; resources `cited://claims/{id}` and `cited://references/{id}`. Stateless: no session, every request stands alone and is answered in JSON (never an event stream), so `Accept` must admit `application/json` (MCP clients send `application/json, text/event-stream`). Reads need no key; the write tools need `Authorization: Bearer <token>` of scope `write`, and count against the key's write rate limit.",
  tags,
  security: [{}, { bearerAuth: [] }],
  request: { body: { required: true, content: { "application/json": { schema: messageSchema } } } },
  responses: {
    200: {
      description: "The response to the message's request.",
      content: { "application/json": { schema: JsonRpcResponseSchema } },
    },
    202: { description: "A notification (or response) was accepted; there is nothing to answer." },
    ...problemResponses(400, 406, 413, 415, 500),
  },
});

const noStream = (method: "get" | "delete", operationId: string, summary: string) =>
  createRoute({
    method,
    path: "/mcp",
    operationId,
    summary,
    description:
      "Not offered: the MCP endpoint is stateless, so it has no server-to-client stream (GET) and no session to end (DELETE). Answers 405 with `Allow: POST`, as the Streamable HTTP transport specifies.",
    tags,
    responses: {
      405: {
        ...problemResponses(405)[405],
        headers: { Allow: { description: "The methods `/mcp` answers: `POST`.", schema: { type: "string" as const } } },
      },
      ...problemResponses(500),
    },
  });

export const mcpStream = noStream("get", "getMcpStream", "MCP server stream (not offered)");
export const mcpSessionEnd = noStream("delete", "deleteMcpSession", "End an MCP session (not offered)");
