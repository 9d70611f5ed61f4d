import { OpenAPIHono } from "@hono/zod-openapi";
import { failureProblem } from "../lib/failure";
import { problem } from "../lib/problem";
import { validationProblem } from "../lib/router";
import type { AppEnv } from "../types";
import { errorPage, pageHandlers } from "./pages.handlers";
import * as routes from "./pages.routes";
import type { SiteOptions } from "./site";

export type { SiteOptions } from "./site";

export interface PagesOptions {
  site?: SiteOptions;
  /** Writes one structured log line (the app's logger). */
  log: (line: Record<string, unknown>) => void;
}

/**
 * The HTML pages: `/`, `/claims/{id}`, `/references/{id}`, `/entities/{id}`, `/check`. They answer
 * people, so for a browser their errors are pages too: an invalid parameter is a 400 page naming it
 * (this router's own validation hook), a search or check turned away or over its budget a 503 page, an
 * unexpected error a 500 page with the request id (its own error handler, which Hono applies to these
 * routes only). Other clients get the API's problem+json.
 */
export function pagesRouter(options: PagesOptions) {
  const site = options.site ?? {};
  const handlers = pageHandlers(site);
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const detail = result.error.issues
        .map((issue) => `${issue.path.map(String).join(".") || result.target}: ${issue.message}`)
        .join("; ");
      return errorPage(c, site, { status: 400, title: "This address is not valid", detail }, () =>
        validationProblem(result, c),
      );
    },
  });
  router.onError(async (error, c) => {
    // What the API answers to it (failureProblem logs the unexpected): a search or check turned away or
    // over its time budget is a 503 here too, with `Retry-After` — a page, for a browser — and work
    // whose client went away is logged 499; anything else is this router's 500 page.
    const answer = failureProblem(error, c, options.log);
    if (answer.status === 499) return answer;
    if (answer.status === 503) {
      const { title, detail } = (await answer.clone().json()) as { title: string; detail: string };
      return errorPage(c, site, { status: 503, title, detail }, () => answer);
    }
    return errorPage(
      c,
      site,
      {
        status: 500,
        title: "Something went wrong",
        detail: "The error was logged with this request’s id. Please try again in a moment.",
      },
      () =>
        problem(c, {
          status: 500,
          title: "Internal server error",
          detail: "The error was logged with this request's id.",
        }),
    );
  });
  return router
    .openapi(routes.homePage, handlers.homePage)
    .openapi(routes.claimPage, handlers.claimPage)
    .openapi(routes.referencePage, handlers.referencePage)
    .openapi(routes.entityPage, handlers.entityPage)
    .openapi(routes.checkPage, handlers.checkPage);
}
