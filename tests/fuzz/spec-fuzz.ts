/**
 * Property-based fuzzing of every operation in openapi/openapi.json with fast-check: requests that
 * conform to the spec must get a declared 2xx/4xx; requests that break it (wrong types, out of range,
 * unknown enum values, missing required parameters, malformed or non-JSON bodies, oversized or deeply
 * nested bodies, invalid UTF-8) must get a declared 4xx problem — never a 5xx, never a 2xx, and never
 * a change to stored data. Strings carry SQL and FTS syntax throughout.
 */
import fc from "fast-check";
import spec from "../../openapi/openapi.json";
import type { Harness } from "../support/harness";

type Schema = Record<string, unknown> & {
  type?: string | string[];
  enum?: unknown[];
  $ref?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  anyOf?: Schema[];
  example?: unknown;
};
interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: Schema;
  style?: string;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Whether the request conforms to the spec. */
  conforming: boolean;
}

const components = (spec.components as { schemas: Record<string, Schema> }).schemas;
const parameterComponents = (spec.components as unknown as { parameters?: Record<string, Parameter> }).parameters ?? {};
/** A parameter, following a `$ref` to `#/components/parameters`. */
const parameterOf = (p: Parameter | { $ref: string }): Parameter =>
  "$ref" in p ? (parameterComponents[p.$ref.replace("#/components/parameters/", "")] as Parameter) : p;
const resolve = (schema: Schema): Schema =>
  schema.$ref ? resolve(components[schema.$ref.replace("#/components/schemas/", "")] ?? {}) : schema;

/** Strings hostile to SQL, FTS5 and parsers, mixed into every generated string. */
const HOSTILE = [
  "' OR 1=1 --",
  '"; DROP TABLE claims; --',
  'NEAR("a" "b")',
  "tianeptine*",
  "^start",
  "a AND b OR NOT c",
  "((unbalanced",
  '"unterminated',
  "🧪💊 émoji",
  "%00%ff",
  "\u0000nul",
  "doi:10.1038/mp.2009.80",
  "pmid:19704408",
  "Stablon",
  "x".repeat(300),
];

const hostileString = (max = 300) =>
  fc.oneof(
    fc.constantFrom(...HOSTILE.map((s) => s.slice(0, max))),
    fc.string({ minLength: 1, maxLength: Math.min(max, 40) }),
  );

/** A value conforming to `schema` (as a JSON value). */
function arbitraryValue(raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => arbitraryValue(s, depth)));
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "string"];
  const options = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "integer":
        return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 });
      case "number":
        return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000, noNaN: true });
      case "boolean":
        return fc.boolean();
      case "array":
        return depth > 3 ? fc.constant([]) : fc.array(arbitraryValue(schema.items ?? {}, depth + 1), { maxLength: 3 });
      case "object": {
        if (depth > 3 || !schema.properties) return fc.constant({});
        const entries = Object.entries(schema.properties).map(
          ([key, value]) => [key, arbitraryValue(value, depth + 1)] as const,
        );
        return fc.record(Object.fromEntries(entries), { requiredKeys: (schema.required ?? []) as never[] });
      }
      default:
        return schema.example !== undefined && typeof schema.example === "string"
          ? fc.oneof(fc.constant(schema.example), hostileString(schema.maxLength ?? 300))
          : hostileString(schema.maxLength ?? 300).filter((s) => s.length >= (schema.minLength ?? 0));
    }
  });
  return fc.oneof(...options);
}

/** Values that break a parameter's schema. */
function invalidValuesOf(raw: Schema): string[] {
  const schema = resolve(raw);
  const out: string[] = [];
  const items = schema.type === "array" ? resolve(schema.items ?? {}) : schema;
  if (items.enum) out.push("not-a-value", "PUBLISHED_");
  if (items.type === "integer") {
    out.push("abc", "2.5", "NaN");
    if (items.minimum !== undefined) out.push(String(items.minimum - 1));
    if (items.maximum !== undefined) out.push(String(items.maximum + 1));
  }
  if (items.type === "string" && items.maxLength !== undefined) out.push("y".repeat(items.maxLength + 1));
  if (items.type === "string" && (items.minLength ?? 0) > 0) out.push("");
  return out;
}

/**
 * A path parameter as a client sends it. "." and ".." (and their percent-encoded forms) are dot
 * segments, which every URL parser removes (RFC 3986 §5.2.4, the WHATWG URL standard): no client can
 * send them as a value, so an "x" stands in for them.
 */
const encodePath = (value: string) => (value === "." || value === ".." ? "x" : encodeURIComponent(value));

function serialise(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(",") : String(value);
}

/** What a client of the operation accepts: the MCP endpoint answers 406 unless JSON and event streams are. */
const acceptOf = (template: string): Record<string, string> =>
  template === "/mcp" ? { Accept: "application/json, text/event-stream" } : {};

/** A conforming request to `operation`. */
function conformingRequest(method: string, template: string, operation: Operation, token: string) {
  const params = (operation.parameters ?? []).map(parameterOf);
  // HTTP header values are visible ASCII: anything else cannot be sent at all.
  const arbitraryOf = (p: Parameter) =>
    p.in === "header"
      ? fc.oneof(fc.constant('"r1"'), fc.stringMatching(/^[\x21-\x7e]{1,40}$/))
      : arbitraryValue(p.schema);
  const values = Object.fromEntries(
    params.map((p) => [
      p.name,
      p.required || p.in === "path" ? arbitraryOf(p) : fc.option(arbitraryOf(p), { nil: undefined }),
    ]),
  );
  const bodyEntry = Object.entries(operation.requestBody?.content ?? {})[0];
  const body = bodyEntry
    ? bodyEntry[0].includes("ndjson")
      ? fc.constant(`${JSON.stringify({ record: "entity", id: "fuzz-entity", label: "Fuzz", kind: "other" })}\n`)
      : fc.oneof(fc.constant(resolve(bodyEntry[1].schema).example ?? {}), arbitraryValue(bodyEntry[1].schema))
    : fc.constant(undefined);
  return fc.record({ values: fc.record(values), body }).map(({ values, body }): FuzzRequest => {
    let path = template;
    const query = new URLSearchParams();
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...acceptOf(template) };
    for (const p of params) {
      const value = (values as Record<string, unknown>)[p.name];
      if (value === undefined) continue;
      if (p.in === "path") path = path.replace(`{${p.name}}`, encodePath(serialise(value) || "x"));
      else if (p.in === "query") query.set(p.name, serialise(value));
      else headers[p.name] = serialise(value);
    }
    if (bodyEntry) headers["Content-Type"] = bodyEntry[0];
    const search = query.toString();
    return {
      label: `conforming ${method.toUpperCase()} ${template}`,
      method: method.toUpperCase(),
      path: `${path}${search ? `?${search}` : ""}`,
      headers,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      conforming: true,
    };
  });
}

/** `text` as UTF-8 with the bytes 0xFF 0xFE (never valid UTF-8) inside its first string value. */
function withInvalidUtf8(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const at = text.indexOf(':"') + 2;
  if (at < 2) return new Uint8Array([...bytes, 0xff, 0xfe]);
  return new Uint8Array([...bytes.slice(0, at), 0xff, 0xfe, ...bytes.slice(at)]);
}

/** Ways to break a request to `operation`, each with the request it gives. */
function breakingRequests(method: string, template: string, operation: Operation, token: string): FuzzRequest[] {
  const params = (operation.parameters ?? []).map(parameterOf);
  const base = (() => {
    let path = template;
    for (const p of params.filter((p) => p.in === "path")) {
      const example = resolve(p.schema).enum?.[0] ?? "tianeptine-is-an-ssre";
      path = path.replace(`{${p.name}}`, encodePath(String(example)));
    }
    const query = new URLSearchParams();
    for (const p of params.filter((p) => p.in === "query" && p.required)) query.set(p.name, "fuzz");
    return { path, query };
  })();
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    "If-Match": '"r999999"',
    ...acceptOf(template),
  };
  const bodyEntry = Object.entries(operation.requestBody?.content ?? {})[0];
  const example = bodyEntry ? JSON.stringify(resolve(bodyEntry[1].schema).example ?? {}) : undefined;
  const out: FuzzRequest[] = [];
  const label = (what: string) => `${what}: ${method.toUpperCase()} ${template}`;
  const make = (what: string, path: string, query: URLSearchParams, extra: Partial<FuzzRequest> = {}): FuzzRequest => ({
    label: label(what),
    method: method.toUpperCase(),
    path: `${path}${query.toString() ? `?${query}` : ""}`,
    headers: bodyEntry ? { ...headers, "Content-Type": bodyEntry[0] } : headers,
    body: example && !bodyEntry?.[0].includes("ndjson") ? example : undefined,
    conforming: false,
    ...extra,
  });

  for (const p of params) {
    for (const bad of invalidValuesOf(p.schema)) {
      if (p.in === "query") {
        const query = new URLSearchParams(base.query);
        query.set(p.name, bad);
        out.push(make(`query ${p.name}=${bad.slice(0, 20)}`, base.path, query));
      } else if (p.in === "path") {
        out.push(
          make(
            `path ${p.name}=${bad.slice(0, 20)}`,
            template.replace(`{${p.name}}`, encodePath(bad) || "%20"),
            base.query,
          ),
        );
      }
    }
    if (p.in === "query" && p.required) {
      const query = new URLSearchParams(base.query);
      query.delete(p.name);
      out.push(make(`missing ${p.name}`, base.path, query));
    }
  }
  if (bodyEntry && !bodyEntry[0].includes("ndjson")) {
    const json = { ...headers, "Content-Type": bodyEntry[0] };
    out.push(make("malformed JSON", base.path, base.query, { headers: json, body: '{"statement": ' }));
    out.push(
      make("not JSON", base.path, base.query, { headers: { ...headers, "Content-Type": "text/plain" }, body: example }),
    );
    out.push(make("no content type", base.path, base.query, { headers, body: example }));
    for (const wrong of ["[]", '"text"', "42", "null", '{"unexpected": true}']) {
      out.push(make(`body ${wrong}`, base.path, base.query, { headers: json, body: wrong }));
    }
    const schema = resolve(bodyEntry[1].schema);
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const types = [resolve(property).type].flat();
      const wrongValue = types.includes("string") ? { nested: [1] } : "not-the-right-type";
      out.push(
        make(`${key} of the wrong type`, base.path, base.query, {
          headers: json,
          body: JSON.stringify({ ...JSON.parse(example ?? "{}"), [key]: wrongValue }),
        }),
      );
    }
    out.push(
      make("oversized body", base.path, base.query, {
        headers: json,
        body: JSON.stringify({ statement: "z".repeat(400_000) }),
      }),
    );
    out.push(
      make("deeply nested body", base.path, base.query, {
        headers: json,
        body: `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`,
      }),
    );
    out.push(make("very deeply nested body", base.path, base.query, { headers: json, body: "[".repeat(200_000) }));
    out.push(make("invalid UTF-8", base.path, base.query, { headers: json, body: withInvalidUtf8(example ?? "{}") }));
  }
  if (bodyEntry?.[0].includes("ndjson")) {
    const ndjson = { ...headers, "Content-Type": bodyEntry[0] };
    out.push(make("malformed NDJSON", base.path, base.query, { headers: ndjson, body: '{"record": "entity"\n' }));
    out.push(
      make("NDJSON breaking the rules", base.path, base.query, {
        headers: ndjson,
        body: '{"record":"claim","id":"x"}\n',
      }),
    );
    out.push(
      make("not NDJSON", base.path, base.query, {
        headers: { ...headers, "Content-Type": "image/png" },
        body: "\x89PNG",
      }),
    );
    out.push(
      make("invalid UTF-8 NDJSON", base.path, base.query, {
        headers: ndjson,
        body: withInvalidUtf8(`${JSON.stringify({ record: "entity", id: "utf8-fuzz", label: "x", kind: "other" })}\n`),
      }),
    );
  }
  return out;
}

/** Every operation of the spec with its method and path template. */
export function operations(): { method: string; template: string; operation: Operation }[] {
  return Object.entries(spec.paths as unknown as Record<string, Record<string, Operation>>).flatMap(
    ([template, item]) => Object.entries(item).map(([method, operation]) => ({ method, template, operation })),
  );
}

/** Conforming and breaking requests over every operation, with an admin key. */
export function requestArbitrary(token: string): fc.Arbitrary<FuzzRequest> {
  const all = operations();
  const conforming = fc.oneof(
    ...all.map(({ method, template, operation }) => conformingRequest(method, template, operation, token)),
  );
  const breaking = all.flatMap(({ method, template, operation }) =>
    breakingRequests(method, template, operation, token),
  );
  return fc.oneof(conforming, fc.constantFrom(...breaking));
}

/** Every breaking request, for an exhaustive pass. */
export function allBreakingRequests(token: string): FuzzRequest[] {
  return operations().flatMap(({ method, template, operation }) =>
    breakingRequests(method, template, operation, token),
  );
}

/**
 * Sends `request` and checks the properties; `fingerprint` reads what stored data looks like (it
 * must not move for a breaking request). Throws with a reproducer on any violation.
 */
export async function checkRequest(harness: Harness, request: FuzzRequest, fingerprint: () => Promise<string>) {
  const before = request.conforming ? "" : await fingerprint();
  const res = await harness.fetch(request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body as BodyInit | undefined,
  });
  const text = await res.text();
  const reproducer = `${request.label}\n  ${request.method} ${request.path.slice(0, 300)}\n  headers ${JSON.stringify(request.headers)}\n  body ${typeof request.body === "string" ? request.body.slice(0, 300) : request.body ? "<bytes>" : "none"}\n  → ${res.status} ${text.slice(0, 300)}`;
  if (res.status >= 500) throw new Error(`5xx answer:\n${reproducer}`);
  if (!request.conforming) {
    if (res.status < 400) throw new Error(`non-4xx answer to a breaking request:\n${reproducer}`);
    if (res.headers.get("content-type") !== "application/problem+json")
      throw new Error(`not problem+json:\n${reproducer}`);
    const after = await fingerprint();
    if (after !== before) throw new Error(`stored data changed:\n${reproducer}`);
  }
}
