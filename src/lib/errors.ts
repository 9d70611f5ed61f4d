import type { Context } from "hono";
import { BOOKMARK_HEADER } from "./bookmark";
import { problem } from "./problem";

/** 400 for a cursor that this list did not make. */
export function invalidCursor(c: Context) {
  return problem(c, {
    status: 400,
    type: "invalid-cursor",
    title: "Invalid cursor",
    detail: "The cursor is malformed, was edited, or belongs to another list; start again without it.",
    errors: [{ location: "query", field: "cursor", message: "Not a cursor of this list." }],
  });
}

/** 400 for an `X-D1-Bookmark` header that no answer of this service could have carried. */
export function invalidBookmark(c: Context) {
  return problem(c, {
    status: 400,
    type: "invalid-parameter",
    title: "Invalid parameter",
    detail: `${BOOKMARK_HEADER}: Not a bookmark; send back the value of a previous answer's header.`,
    errors: [{ location: "header", field: BOOKMARK_HEADER, message: "Not a bookmark." }],
  });
}

/** 404 for an unknown resource of `kind` named `id`. */
export function notFound(c: Context, kind: string, id: string) {
  return problem(c, { status: 404, type: "not-found", title: "Not found", detail: `No ${kind} with id '${id}'.` });
}

/** 400 for a query parameter that passed its schema but not a rule the handler checks. */
export function invalidParameter(c: Context, field: string, message: string) {
  return problem(c, {
    status: 400,
    type: "invalid-parameter",
    title: "Invalid parameter",
    detail: `${field}: ${message}`,
    errors: [{ location: "query", field, message }],
  });
}
