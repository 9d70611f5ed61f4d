import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../types";
import { problem } from "./problem";

const locationOf: Record<string, string> = {
  query: "query",
  param: "path",
  header: "header",
  cookie: "header",
  json: "body",
  form: "body",
};

/**
 * A router whose request validation failures answer 400 problem+json naming each invalid field.
 * Every resource router is made here so the hook applies everywhere.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const location = locationOf[result.target] ?? result.target;
      const errors = result.error.issues.map((issue) => ({
        location,
        field: issue.path.map(String).join(".") || "(root)",
        message: issue.message,
      }));
      return problem(c, {
        status: 400,
        type: "invalid-parameter",
        title: location === "body" ? "Invalid body" : "Invalid parameter",
        detail: errors.map((error) => `${error.field}: ${error.message}`).join("; "),
        errors,
      });
    },
  });
}
