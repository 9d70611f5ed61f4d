import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The media type of every error this service answers (RFC 9457 §3). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export const ProblemSchema = z
  .object({
    type: z.string().openapi({
      description: "A URI reference naming the problem type; `about:blank` when the status says it all.",
      example: "/problems/invalid-parameter",
    }),
    title: z
      .string()
      .openapi({ description: "Short, human-readable summary of the problem type.", example: "Invalid parameter" }),
    status: z.number().int().openapi({ description: "The HTTP status code.", example: 400 }),
    detail: z.string().optional().openapi({
      description: "Explanation specific to this occurrence.",
      example: "limit: Too big: expected number to be <=100",
    }),
    instance: z
      .string()
      .optional()
      .openapi({ description: "The request path that produced the problem.", example: "/v1/claims" }),
    requestId: z
      .string()
      .optional()
      .openapi({ description: "The `X-Request-Id` of the request, for support.", example: "1b2c3d4e-…" }),
    errors: z
      .array(
        z.object({
          location: z.string().openapi({
            description: "Where the bad value was: `query`, `path`, `header` or `body`.",
            example: "query",
          }),
          field: z.string().openapi({ description: "The offending field, dotted.", example: "limit" }),
          message: z.string().openapi({ example: "Too big: expected number to be <=100" }),
          rule: z.string().optional().openapi({
            description: "The rule the value breaks, for rule violations (`confidence-rule`, `doi-syntax`…).",
            example: "confidence-rule",
          }),
          line: z.number().int().optional().openapi({ description: "The line of an NDJSON import.", example: 3 }),
        }),
      )
      .optional()
      .openapi({ description: "Each invalid field, for validation problems." }),
  })
  .openapi("Problem", { description: "An RFC 9457 problem details object." });

export type Problem = z.infer<typeof ProblemSchema>;

export interface ProblemInit {
  status: ContentfulStatusCode;
  title: string;
  /** Short slug for the problem type (`invalid-parameter`); omitted for plain HTTP errors. */
  type?: string;
  detail?: string;
  errors?: Problem["errors"];
}

/** The problem document for `init` in the context of request `c`. */
export function problemBody(c: Context, init: ProblemInit): Problem {
  const body: Problem = {
    type: init.type ? `/problems/${init.type}` : "about:blank",
    title: init.title,
    status: init.status,
    instance: c.req.path,
  };
  if (init.detail) body.detail = init.detail;
  if (init.errors) body.errors = init.errors;
  const requestId = c.get("requestId");
  if (requestId) body.requestId = requestId;
  return body;
}

/**
 * Answers an RFC 9457 problem (https://www.rfc-editor.org/rfc/rfc9457). The one place that builds
 * error responses: the validation hook, `notFound`, `onError` and every handler's explicit 4xx.
 */
export function problem<S extends ContentfulStatusCode>(c: Context, init: ProblemInit & { status: S }) {
  return c.json(problemBody(c, init), init.status, { "Content-Type": PROBLEM_MEDIA_TYPE });
}

const problemContent = { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } };

export const problemDescriptions = {
  400: "The request is invalid: a parameter does not match the specification, or the body is not JSON.",
  401: "No API key, or an unknown or revoked one (`WWW-Authenticate` says which).",
  403: "The API key's scope does not allow this request.",
  404: "No such resource.",
  405: "The method is not allowed here; `Allow` names the ones that are.",
  406: "None of the media types in `Accept` can be produced.",
  409: "The request conflicts with the current state (an id that exists, a claim already retracted).",
  412: "`If-Match` does not match the resource's current ETag: it changed since you read it.",
  413: "The request body is larger than the configured limit, or an import needs more than one request may use — more memory than an import may hold (Node, `import-too-large`) or more D1 queries than one invocation may run (Workers, `too-many-queries`): split it.",
  415: "The request body's media type is not accepted here.",
  422: "The body breaks a rule: the schema, the confidence rules, identifier syntax or uniqueness, existing entities. `errors` names the rule and the field.",
  428: "This write needs `If-Match` with the resource's current ETag (`*` is not enough).",
  429: "Too many writes with this API key; `Retry-After` says when to try again.",
  500: "An unexpected server error.",
  503: "The service cannot answer now: too much work is waiting already (`overloaded`), or a search or check went over its time budget (`search-timeout`, `check-timeout`). `Retry-After` says when to try again; a search may also be narrowed.",
  507: "The database is out of room (a full disk, or D1's size limit): nothing was written, reads still work. `Retry-After` suggests when to try again.",
} as const;

/** The `Retry-After` header of a 503, as OpenAPI declares a response header. */
export const RETRY_AFTER_HEADER = {
  "Retry-After": {
    description: "Seconds to wait before retrying (RFC 9110 §10.2.3).",
    schema: { type: "integer" as const },
  },
};

/** Headers of the problem responses that carry more than the body. */
const problemHeaders: Partial<Record<keyof typeof problemDescriptions, Record<string, unknown>>> = {
  503: RETRY_AFTER_HEADER,
};

/** OpenAPI response declarations of problem+json errors, for a route's `responses`. */
export function problemResponses<C extends keyof typeof problemDescriptions>(...codes: C[]) {
  const out = {} as { [K in C]: { description: string; content: typeof problemContent } };
  for (const code of codes) {
    const headers = problemHeaders[code];
    out[code] = { description: problemDescriptions[code], content: problemContent, ...(headers && { headers }) };
  }
  return out;
}
