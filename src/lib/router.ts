import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../types";
import { problem } from "./problem";
import { ruleOfIssue } from "./rules";

const locationOf: Record<string, string> = {
  query: "query",
  param: "path",
  header: "header",
  cookie: "header",
  json: "body",
  form: "body",
};

/** A failed validation as `@hono/zod-openapi` hands it to a router's hook: where, and zod's issues. */
interface ValidationFailure {
  target: string;
  error: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] };
}

/**
 * The problem answering a request that fails validation, naming each invalid field: 400 for
 * parameters, 422 for a JSON body that breaks the schema (with the rule each field enforces).
 */
export function validationProblem(result: ValidationFailure, c: Context) {
  const location = locationOf[result.target] ?? result.target;
  const inBody = location === "body";
  const errors = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "(root)";
    const error: { location: string; field: string; message: string; rule?: string } = {
      location,
      field,
      message: issue.message,
    };
    if (inBody) error.rule = ruleOfIssue(issue);
    return error;
  });
  const detail = errors.map((error) => `${error.field}: ${error.message}`).join("; ");
  if (inBody) return problem(c, { status: 422, type: "rule-violation", title: "Rule violated", detail, errors });
  return problem(c, { status: 400, type: "invalid-parameter", title: "Invalid parameter", detail, errors });
}

/**
 * A router whose request validation failures answer problem+json (validationProblem). Every
 * resource router is made here so the hook applies everywhere.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(result, c);
    },
  });
}
