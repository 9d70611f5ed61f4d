import { Validator } from "@cfworker/json-schema";
import spec from "../../openapi/openapi.json";
import type { Harness } from "./harness";

interface MediaType {
  schema?: Record<string, unknown>;
}
interface ResponseSpec {
  content?: Record<string, MediaType>;
  headers?: Record<string, { schema?: Record<string, unknown> }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, ResponseSpec>;
}

const paths = spec.paths as unknown as Record<string, Record<string, Operation>>;
const components = spec.components;

/** Path templates of the spec as patterns; a last parameter may hold `/` (a DOI). */
const templates = Object.keys(paths).map((template) => {
  const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  const loose = template
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{[^}]+\}(?=[^{]*$)/, ".+")
    .replace(/\{[^}]+\}/g, "[^/]+");
  return { template, strict: new RegExp(`^${source}$`), loose: new RegExp(`^${loose}$`) };
});

/** The spec's operation for a request, or undefined when the spec has none. */
export function operationFor(method: string, pathname: string): { template: string; operation: Operation } | undefined {
  const lower = method.toLowerCase();
  const path = decodeURIComponent(pathname);
  for (const pattern of ["strict", "loose"] as const) {
    // The most specific template wins: `/v1/references/{id}/claims` over `/v1/references/{id}`.
    const found = templates
      .filter((t) => t[pattern].test(pathname) || t[pattern].test(path))
      .sort((a, b) => b.template.length - a.template.length)[0];
    const operation = found && paths[found.template]?.[lower];
    if (found && operation) return { template: found.template, operation };
  }
  return undefined;
}

const validators = new Map<Record<string, unknown>, Validator>();
function validatorFor(schema: Record<string, unknown>): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator({ ...schema, components } as never, "2020-12", false);
    validators.set(schema, validator);
  }
  return validator;
}

/**
 * Checks one response against the spec: the route and status are declared, the content type is one
 * the status declares, a JSON body validates against its schema, and declared integer headers are
 * integers. Returns the problems found (empty when it conforms).
 */
export function specViolations(method: string, url: string, res: Response, body: string): string[] {
  // CORS preflights belong to the fetch protocol, answered before any operation; the spec has none.
  if (method.toUpperCase() === "OPTIONS") return [];
  const { pathname } = new URL(url, "http://cited.test");
  const found = operationFor(method, pathname);
  const where = `${method} ${pathname} → ${res.status}`;
  if (!found) return res.status === 404 ? [] : [`${where}: no operation in the spec`];
  const declared = found.operation.responses[String(res.status)];
  if (!declared) return [`${where}: status not declared for ${found.operation.operationId}`];
  const problems: string[] = [];
  const contentType = res.headers.get("content-type")?.split(";")[0]?.trim() ?? null;
  if (!declared.content || res.status === 304) {
    if (body.length > 0) problems.push(`${where}: a body where the spec declares none`);
  } else if (!contentType || !(contentType in declared.content)) {
    problems.push(`${where}: content-type ${contentType} not in ${Object.keys(declared.content).join(", ")}`);
  } else {
    const schema = declared.content[contentType]?.schema;
    const encoded = res.headers.get("content-encoding") !== null;
    if (contentType === "application/x-ndjson" && !encoded) {
      const bad = body.split("\n").findIndex((line) => {
        if (!line.trim()) return false;
        try {
          JSON.parse(line);
          return false;
        } catch {
          return true;
        }
      });
      if (bad >= 0) problems.push(`${where}: NDJSON line ${bad + 1} is not JSON`);
    } else if (schema && !encoded && /^application\/(?:json|[\w.-]+\+json)$/.test(contentType)) {
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch {
        problems.push(`${where}: body is not JSON`);
      }
      if (value !== undefined) {
        const result = validatorFor(schema).validate(value);
        if (!result.valid) {
          problems.push(
            `${where}: body breaks the schema: ${result.errors
              .slice(0, 5)
              .map((e) => `${e.instanceLocation} ${e.error}`)
              .join("; ")}`,
          );
        }
      }
    }
  }
  for (const [name, header] of Object.entries(declared.headers ?? {})) {
    const value = res.headers.get(name);
    if (value !== null && header.schema?.type === "integer" && !/^\d+$/.test(value)) {
      problems.push(`${where}: header ${name} = ${value} is not an integer`);
    }
  }
  return problems;
}

/**
 * Wraps a harness so that every response is checked against openapi/openapi.json; a response the
 * spec does not declare fails the test that made it.
 */
export function validating(harness: Harness): Harness {
  return {
    ...harness,
    async fetch(path, init) {
      const res = await harness.fetch(path, init);
      // Only text is validated against a schema; an image's bytes are not read as text.
      const binary = /^image\/(?!svg)/.test(res.headers.get("Content-Type") ?? "");
      const body = binary ? "" : await res.clone().text();
      const problems = specViolations(init?.method ?? "GET", path, res, body);
      if (problems.length) throw new Error(`Response does not match the spec:\n${problems.join("\n")}`);
      return res;
    },
  };
}
