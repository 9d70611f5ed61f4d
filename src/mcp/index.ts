import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { MEDIA, negotiate } from "../lib/negotiate";
import { PROBLEM_MEDIA_TYPE, problem, problemBody } from "../lib/problem";
import { createRouter } from "../lib/router";
import { invalidUtf8 } from "../lib/writes";
import type { AppEnv } from "../types";
import * as routes from "./mcp.routes";
import { createMcpServer, type McpOptions } from "./mcp.server";

export type { McpOptions } from "./mcp.server";

/** Problem types of the HTTP errors the MCP transport answers. */
const TRANSPORT_PROBLEMS: Partial<Record<number, { type: string; title: string }>> = {
  400: { type: "invalid-mcp-message", title: "Invalid MCP message" },
  406: { type: "not-acceptable", title: "Not acceptable" },
  413: { type: "payload-too-large", title: "Payload too large" },
  415: { type: "unsupported-media-type", title: "Unsupported media type" },
};

interface JsonRpcError {
  code: number;
  message: string;
  data?: unknown;
}

/**
 * An HTTP error of the MCP endpoint: a problem (RFC 9457) that also carries the JSON-RPC error as
 * extension members (`jsonrpc`, `error`, `id`, RFC 9457 §3.2), so that HTTP clients and MCP clients
 * both read it.
 */
function mcpProblem(c: Context<AppEnv>, status: ContentfulStatusCode, error: JsonRpcError) {
  const known = TRANSPORT_PROBLEMS[status];
  const body = {
    ...problemBody(c, { status, type: known?.type, title: known?.title ?? "Bad request", detail: error.message }),
    jsonrpc: "2.0",
    error,
    id: null,
  };
  return c.json(body, status, { "Content-Type": PROBLEM_MEDIA_TYPE });
}

/** GET and DELETE: a stateless endpoint has no server stream and no session (405, as the transport specifies). */
function notOffered(c: Context<AppEnv>) {
  c.header("Allow", "POST");
  return problem(c, {
    status: 405,
    type: "method-not-allowed",
    title: "Method not allowed",
    detail: "The MCP endpoint is stateless: it offers no server stream and no session. POST each message.",
  });
}

/**
 * `/mcp`: the Model Context Protocol over Streamable HTTP, stateless — a server and a transport per
 * request, answering JSON — with the SDK's Web-standard transport, which runs on Node and Workers
 * alike. The request has passed the app's middleware (request id, body limit, the store), and every
 * tool call runs the middleware and the code of its REST twin.
 */
export function mcpRouter(options: McpOptions) {
  return createRouter()
    .openapi(routes.mcpMessage, async (c) => {
      const badBytes = await invalidUtf8(c);
      if (badBytes) return badBytes;
      const body = await c.req.text();
      // MCP dropped JSON-RPC batches (2025-06-18); one request per HTTP request also bounds the work
      // (and the D1 queries) of one invocation, as for the REST API.
      if (/^\s*\[/.test(body))
        return mcpProblem(c, 400, {
          code: -32600,
          message: "Invalid Request: batches are not accepted; send one JSON-RPC message per HTTP request.",
        }) as never;
      const server = createMcpServer(c, body, options);
      const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
      await server.connect(transport);
      try {
        const headers = new Headers(c.req.raw.headers);
        // The transport wants both media types in Accept (as MCP asks of clients), but this endpoint only
        // ever answers JSON: a client that accepts JSON is served, event streams listed or not (curl,
        // Gemini CLI and some SDKs send application/json alone). Others still get the transport's 406.
        if (negotiate(c, [MEDIA.json])) headers.set("Accept", "application/json, text/event-stream");
        const answer = await transport.handleRequest(new Request(c.req.url, { method: "POST", headers, body }));
        // Through the context, so that the headers set by middleware (X-Request-Id) are kept.
        if (answer.status < 400) return c.newResponse(answer.body, answer) as never;
        const { error } = (await answer.json()) as { error: JsonRpcError };
        return mcpProblem(c, answer.status as ContentfulStatusCode, error) as never;
      } finally {
        await server.close();
      }
    })
    .openapi(routes.mcpStream, notOffered)
    .openapi(routes.mcpSessionEnd, notOffered);
}
