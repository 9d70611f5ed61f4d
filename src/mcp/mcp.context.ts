import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type Context, Context as HonoContext, type MiddlewareHandler } from "hono";
import type { Problem } from "../lib/problem";
import type { AppEnv } from "../types";

/**
 * A tool call is served like a request to the tool's REST twin, inside the MCP request: a context of
 * its own over the same store, request id and `Authorization`, so that the headers the REST code sets
 * (`Link`, `WWW-Authenticate`, `RateLimit-*`) stay with the call instead of leaking into the MCP
 * answer. `headers` adds what the twin reads from its request (`If-Match`).
 */
export function toolContext(c: Context<AppEnv>, body: string, headers: Record<string, string> = {}): Context<AppEnv> {
  const requestHeaders = new Headers(c.req.raw.headers);
  for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value);
  const request = new Request(c.req.url, { method: c.req.method, headers: requestHeaders, body });
  const context = new HonoContext<AppEnv>(request, { env: c.env, path: c.req.path });
  for (const [name, value] of Object.entries(c.var)) context.set(name as never, value as never);
  return context;
}

/**
 * Runs `work` inside `middleware` (a REST route's: authentication, the write rate limit…) nested as
 * Hono nests it, so that a middleware that holds something around `next()` holds it around the
 * work. A middleware that answers without calling `next()` refuses the call with its answer.
 */
export async function throughMiddleware<T>(
  c: Context<AppEnv>,
  middleware: MiddlewareHandler<AppEnv>[],
  work: () => Promise<T>,
): Promise<{ refused: Response } | { value: T }> {
  let outcome: { refused: Response } | { value: T } | undefined;
  const dispatch = async (index: number): Promise<void> => {
    const handler = middleware[index];
    if (!handler) {
      outcome = { value: await work() };
      return;
    }
    let passed = false;
    const answer = await handler(c, async () => {
      passed = true;
      await dispatch(index + 1);
    });
    if (!passed) outcome = { refused: answer ?? c.res };
  };
  await dispatch(0);
  return outcome ?? { refused: c.res };
}

/** The problem document of a problem+json response, with `Retry-After` when it says when to retry. */
export async function problemOf(response: Response): Promise<Problem & { retryAfter?: number }> {
  const problem = (await response.json()) as Problem & { retryAfter?: number };
  const retryAfter = Number(response.headers.get("Retry-After"));
  if (Number.isInteger(retryAfter) && retryAfter > 0) problem.retryAfter = retryAfter;
  return problem;
}

/**
 * A refused tool call as MCP answers it (a tool execution error, which the agent sees and may act
 * on): the problem in words — title, status, detail, each invalid field, when to retry — and the
 * problem document itself in `_meta.problem`, with its REST `type`.
 */
export async function toolError(response: Response): Promise<CallToolResult> {
  const problem = await problemOf(response);
  const lines = [`${problem.title} (${problem.status}): ${problem.detail ?? problem.title}`];
  for (const error of problem.errors ?? []) lines.push(`- ${error.field}: ${error.message}`);
  if (problem.retryAfter) lines.push(`Retry in ${problem.retryAfter} s.`);
  return { isError: true, content: [{ type: "text", text: lines.join("\n") }], _meta: { problem } };
}
