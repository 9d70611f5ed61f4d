import { PROBLEM_MEDIA_TYPE, problemDescriptions } from "./problem";

/**
 * D1 session bookmarks over HTTP (https://developers.cloudflare.com/d1/best-practices/read-replication/).
 * Every answer from a replicated D1 carries the bookmark of the data it saw; a client that sends it
 * back reads data at least that fresh, so it reads its own writes from any replica.
 */
export const BOOKMARK_HEADER = "X-D1-Bookmark";

// Opaque to clients. D1's (a Durable Object's SQLite bookmark) are three groups of 8 lower-case hex
// digits and one of 32, e.g. `0000007b-0000b26e-00001538-0c3e87bb37b3db5cc52eedb93cd3b96b`, and compare
// lexically (https://developers.cloudflare.com/durable-objects/glossary). Nothing else is accepted.
const BOOKMARK_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$";
const BOOKMARK = new RegExp(BOOKMARK_PATTERN);

/** Whether `value` can be a bookmark this service gave. */
export function isBookmark(value: string): boolean {
  return BOOKMARK.test(value);
}

const DESCRIPTION =
  "A D1 session bookmark, on Cloudflare Workers with D1 read replication. Send back the value of the last answer's `X-D1-Bookmark` (such as `00000001-0000002a-00000000-7d2b7f62b43a4b3d9f3a56c1a6d2e5f0`) and this read sees at least what that answer saw (your own writes included); without it a read may come from a replica that lags. Ignored on Node, where every read is current.";

interface Operation {
  parameters?: unknown[];
  responses: Record<string, { description: string; headers?: Record<string, unknown> }>;
}

/**
 * Declares the bookmark header on every operation of an OpenAPI document: accepted by each, returned
 * with each success, and a 400 problem when malformed.
 */
export function declareBookmarkHeader(document: Record<string, unknown>): void {
  const badRequest = {
    description: problemDescriptions[400],
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
  };
  const components = document.components as Record<string, Record<string, unknown>>;
  components.parameters = {
    ...components.parameters,
    Bookmark: {
      name: BOOKMARK_HEADER,
      in: "header",
      required: false,
      description: DESCRIPTION,
      // No example: a reference UI would send it with every "Try it out", and a bookmark of
      // another database is not one D1 can honour.
      schema: { type: "string", pattern: BOOKMARK_PATTERN },
    },
  };
  components.headers = {
    ...components.headers,
    Bookmark: {
      description: "The D1 session bookmark of this answer, on Workers; send it back with the next request.",
      schema: { type: "string" },
    },
  };
  for (const item of Object.values(document.paths as Record<string, Record<string, Operation>>)) {
    for (const operation of Object.values(item)) {
      operation.parameters = [...(operation.parameters ?? []), { $ref: "#/components/parameters/Bookmark" }];
      const responses: Operation["responses"] = { 400: badRequest, ...operation.responses };
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith("2"))
          response.headers = { ...response.headers, [BOOKMARK_HEADER]: { $ref: "#/components/headers/Bookmark" } };
      }
      operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
}
