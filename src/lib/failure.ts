import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isQueryLimit, isStorageFull } from "../db/errors";
import { OverBudget } from "./budget";
import { ClientGone, ImportTooLarge, Overloaded, RETRY_AFTER_SECONDS } from "./busy";
import { problem } from "./problem";

/** Writes one structured log line. */
export type Log = (line: Record<string, unknown>) => void;

/**
 * The problem answering an error thrown while serving a request: Hono's HTTP exceptions keep their
 * 4xx (malformed JSON gets its own type), a search or a check over its time budget or turned away
 * by admission control is 503, a full database 507 (both with `Retry-After`), an import past D1's
 * queries per invocation or past the memory one import may use 413, work whose client went away 499
 * (logged only), and
 * anything else is a 500 whose cause is logged with the request's id, never shown. The app's
 * `onError` and every MCP tool call answer errors through here.
 */
export function failureProblem(error: unknown, c: Context, log: Log): Response {
  if (error instanceof HTTPException && error.status < 500) {
    const malformed = /malformed json/i.test(error.message);
    return problem(c, {
      status: error.status,
      type: malformed ? "malformed-json" : undefined,
      title: malformed ? "Malformed JSON" : error.message || "Bad request",
      detail: malformed ? "The request body is not valid JSON." : undefined,
    });
  }
  if (error instanceof OverBudget) {
    c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return problem(c, {
      status: 503,
      type: error.problemType,
      title: error.title,
      detail: `${error.message} ${error.advice}`,
    });
  }
  if (error instanceof Overloaded) {
    c.header("Retry-After", String(RETRY_AFTER_SECONDS));
    return problem(c, {
      status: 503,
      type: "overloaded",
      title: "Service busy",
      detail: `${error.message} Retry in ${RETRY_AFTER_SECONDS} s.`,
    });
  }
  // Nobody reads this answer: the status is for the log (nginx's 499, "client closed request").
  if (error instanceof ClientGone)
    return problem(c, {
      status: 499 as ContentfulStatusCode,
      type: "client-closed-request",
      title: "Client closed request",
      detail: error.message,
    });
  if (error instanceof ImportTooLarge)
    return problem(c, {
      status: 413,
      type: "import-too-large",
      title: "Import too large",
      detail: `${error.message} Nothing was written. Split the import into smaller requests.`,
    });
  log({
    time: new Date().toISOString(),
    level: "error",
    requestId: c.get("requestId"),
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  if (isQueryLimit(error))
    return problem(c, {
      status: 413,
      type: "too-many-queries",
      title: "Request too large for one invocation",
      detail:
        "This request needs more database queries than one Worker invocation may run (D1: 50 on the Free plan, 1,000 on Paid); nothing was written. Split the import into smaller requests.",
    });
  if (isStorageFull(error)) {
    // The write's unit was rolled back whole; reads go on. Worth retrying once room is made.
    c.header("Retry-After", "60");
    return problem(c, {
      status: 507,
      type: "insufficient-storage",
      title: "Insufficient storage",
      detail: "The database is out of room: nothing was written. Reads still work; retry the write later.",
    });
  }
  return problem(c, {
    status: 500,
    title: "Internal server error",
    detail: "The error was logged with this request's id.",
  });
}
