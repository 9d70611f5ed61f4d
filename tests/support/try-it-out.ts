/**
 * The request a reference UI's "Try it out" sends for an operation when the reader changes nothing:
 * each parameter filled the way Swagger UI 5 fills it (ParameterRow.setDefaultValue — the first of
 * `examples`, the content's example, the parameter's `example`, its schema's `example`, its schema's
 * `default`, its own `default`), arrays serialised by `style`/`explode`, and a JSON body from the
 * examples of its schema's properties (Swagger UI's sample generator).
 */

interface Schema {
  $ref?: string;
  type?: string | string[];
  example?: unknown;
  default?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

interface Parameter {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
  content?: Record<string, { example?: unknown }>;
  default?: unknown;
  schema?: Schema;
  style?: string;
  explode?: boolean;
}

interface Operation {
  operationId: string;
  security?: unknown[];
  responses?: Record<string, unknown>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema; example?: unknown }> };
}

export interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Schema>; parameters?: Record<string, Parameter> };
}

export interface DefaultRequest {
  operationId: string;
  method: string;
  /** Path and query, as the UI sends them. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function resolve<T extends { $ref?: string }>(document: Document, value: T): T {
  if (!value.$ref) return value;
  const [, , kind, name] = value.$ref.split("/");
  const target = (document.components as Record<string, Record<string, unknown>>)[kind ?? ""]?.[name ?? ""];
  if (!target) throw new Error(`unresolved ${value.$ref}`);
  return resolve(document, target as T);
}

/** A parameter's initial value in the form, or undefined when the UI leaves it empty. */
function initialValue(document: Document, parameter: Parameter): unknown {
  const schema = parameter.schema ? resolve(document, parameter.schema) : undefined;
  const firstExample = parameter.examples ? Object.values(parameter.examples)[0]?.value : undefined;
  const contentExample = parameter.content ? Object.values(parameter.content)[0]?.example : undefined;
  for (const candidate of [
    firstExample,
    contentExample,
    parameter.example,
    schema?.example,
    schema?.default,
    parameter.default,
  ]) {
    if (candidate !== undefined) return candidate;
  }
  return undefined;
}

/** A JSON sample of `schema` built from its examples, as Swagger UI's sample generator does. */
function sample(document: Document, raw: Schema): unknown {
  const schema = resolve(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  const variant = schema.allOf?.[0] ?? schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return sample(document, variant);
  if (schema.properties)
    return Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, sample(document, value)]));
  if (schema.items) return [sample(document, schema.items)];
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  return type === "string" ? "string" : type === "integer" || type === "number" ? 0 : type === "boolean" ? true : null;
}

/**
 * The default "Try it out" request of every operation that needs no credentials and can succeed (one
 * that declares no 2xx, such as GET /mcp of a stateless MCP endpoint, only ever refuses).
 */
export function defaultRequests(document: Document): DefaultRequest[] {
  const out: DefaultRequest[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.security?.length) continue;
      if (!Object.keys(operation.responses ?? {}).some((status) => status.startsWith("2"))) continue;
      let path = template;
      const query = new URLSearchParams();
      const headers: Record<string, string> = {};
      for (const raw of operation.parameters ?? []) {
        const parameter = resolve(document, raw);
        const value = initialValue(document, parameter);
        if (value === undefined || value === "") {
          if (parameter.required) throw new Error(`${operation.operationId}: required ${parameter.name} has no value`);
          continue;
        }
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encodeURIComponent(values.join(",")));
        else if (parameter.in === "header") headers[parameter.name] = values.join(",");
        else if (parameter.in === "query") {
          const explode = parameter.explode ?? (parameter.style ?? "form") === "form";
          if (explode) for (const v of values) query.append(parameter.name, v);
          else query.set(parameter.name, values.join(","));
        }
      }
      const json = operation.requestBody?.content["application/json"];
      const body = json
        ? JSON.stringify(json.example ?? (json.schema ? sample(document, json.schema) : {}))
        : undefined;
      if (body !== undefined) headers["Content-Type"] = "application/json";
      out.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        url: query.size ? `${path}?${query}` : path,
        headers,
        body,
      });
    }
  }
  return out;
}
