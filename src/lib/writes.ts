import { z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../types";
import { requireScope } from "./auth";
import { problem, problemResponses } from "./problem";
import { limitWrites } from "./rate-limit";
import { prose } from "./rules";
import { textFaults } from "./text";

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * 400 when the body is not valid UTF-8 (RFC 8259 §8.1 requires it of JSON). Decoders elsewhere would
 * silently replace bad bytes with U+FFFD and store them; reading the body here also caches it for the
 * validator.
 */
export async function invalidUtf8(c: Context<AppEnv>) {
  if (isUtf8(new Uint8Array(await c.req.arrayBuffer()))) return null;
  return invalidUtf8Problem(c);
}

/**
 * Whether `bytes` are UTF-8, checked a slice at a time: a large body (an import) is never decoded into
 * one string only to be thrown away.
 */
function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const slice = 1 << 16;
  try {
    for (let start = 0; start < bytes.length; start += slice)
      decoder.decode(bytes.subarray(start, start + slice), { stream: true });
    decoder.decode();
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

function invalidUtf8Problem(c: Context<AppEnv>) {
  return problem(c, {
    status: 400,
    type: "invalid-utf8",
    title: "Invalid UTF-8",
    detail: "The request body is not valid UTF-8.",
  });
}

/** The body as text, or the 400 problem answering a body that is not UTF-8. */
async function decodeBody(c: Context<AppEnv>) {
  try {
    return utf8.decode(await c.req.arrayBuffer());
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return invalidUtf8Problem(c);
  }
}

/**
 * The problem answering a JSON body whose strings are not text (src/lib/text.ts), or null: 400 for a
 * lone surrogate, which no UTF-8 can carry (the JSON escape `\ud800` can); 422 for a control character.
 * A body that is not JSON passes, for the validator to answer.
 */
function textProblem(c: Context<AppEnv>, body: string) {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  const faults = textFaults(value);
  if (faults.length === 0) return null;
  const errors = faults.map((fault) => ({ location: "body", ...fault }));
  const detail = faults.map((fault) => `${fault.field}: ${fault.message}`).join("; ");
  if (faults.some((fault) => fault.rule === "unicode"))
    return problem(c, { status: 400, type: "invalid-unicode", title: "Invalid Unicode", detail, errors });
  return problem(c, { status: 422, type: "rule-violation", title: "Rule violated", detail, errors });
}

/**
 * 415 unless the body is JSON (`application/json`, `application/merge-patch+json`…); 400 unless UTF-8
 * text; 400/422 when a string holds a lone surrogate or a control character.
 */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    return problem(c, {
      status: 415,
      type: "unsupported-media-type",
      title: "Unsupported media type",
      detail: `Send the body as application/json${mediaType ? `, not ${mediaType}` : ""}.`,
    });
  }
  const body = await decodeBody(c);
  if (typeof body !== "string") return body;
  const refused = textProblem(c, body);
  if (refused) return refused;
  await next();
};

/** Middleware of every write: an API key of `scope`, the per-key rate limit, and a JSON body if any. */
export function writeMiddleware(scope: "write" | "admin", options: { jsonBody: boolean }) {
  const chain: MiddlewareHandler<AppEnv>[] = [requireScope(scope), limitWrites];
  if (options.jsonBody) chain.push(requireJsonBody);
  return chain;
}

export const security = [{ bearerAuth: [] }];

/** Declares `If-Match` in the spec; handlers read the header itself (validated header keys are lower-case). */
export const IfMatchHeader = z.object({
  "If-Match": z.string().max(200).optional().openapi({
    description:
      "The resource's current ETag, as its GET served it (required: 428 without it or with `*`, which would not protect against lost updates; 412 when stale).",
    example: '"r1"',
  }),
});

export const ReasonQuery = prose(1000).openapi({
  param: { name: "reason", in: "query" },
  description: "Why: kept in the history.",
  example: "Typo in the statement.",
});

const rateLimitHeaders = {
  "RateLimit-Limit": { description: "Writes allowed per window for this key.", schema: { type: "integer" as const } },
  "RateLimit-Remaining": { description: "Writes left in this window.", schema: { type: "integer" as const } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "integer" as const } },
  "RateLimit-Policy": { description: "`limit;w=window-seconds`.", schema: { type: "string" as const } },
};

export const etagHeader = {
  ETag: {
    description: "The resource's strong ETag, for `If-Match` on the next write.",
    schema: { type: "string" as const },
  },
};

/** Response headers of a successful write. */
export function writeHeaders(options: { created?: boolean } = {}) {
  return {
    ...etagHeader,
    ...rateLimitHeaders,
    ...(options.created
      ? { Location: { description: "URL of the created resource.", schema: { type: "string" as const } } }
      : {}),
  };
}

/** Problem responses of a write that creates a resource. */
export function createProblems() {
  return { ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 500), ...insufficientStorage() };
}

/** Problem responses of a write to an existing resource (which needs `If-Match`). */
export function updateProblems() {
  return { ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 500), ...insufficientStorage() };
}

/** 507 of a write that finds the database out of room, with its `Retry-After`. */
function insufficientStorage() {
  const { 507: response } = problemResponses(507);
  return {
    507: {
      ...response,
      headers: {
        "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" as const } },
      },
    },
  };
}

/** The request body of a JSON merge patch (RFC 7396), also accepted as plain `application/json`. */
export function mergePatchBody<T extends z.ZodType>(schema: T) {
  return {
    required: true,
    content: { "application/merge-patch+json": { schema }, "application/json": { schema } },
  } as const;
}
