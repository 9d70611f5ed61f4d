import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { refusal } from "../lib/outcome";
import { problem, problemResponses } from "../lib/problem";
import { createRouter } from "../lib/router";
import { createProblems, invalidUtf8, security, writeMiddleware } from "../lib/writes";
import type { AppEnv } from "../types";

const NDJSON_TYPES = ["application/x-ndjson", "application/jsonl", "application/json-seq", "text/plain"];

const requireNdjson: MiddlewareHandler<AppEnv> = async (c, next) => {
  const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!NDJSON_TYPES.includes(mediaType)) {
    return problem(c, {
      status: 415,
      type: "unsupported-media-type",
      title: "Unsupported media type",
      detail: "Send the import as application/x-ndjson: one JSON record a line.",
    });
  }
  const refused = await invalidUtf8(c);
  if (refused) return refused;
  await next();
};

const CountsSchema = z.object({
  entities: z.number().int().openapi({ example: 21 }),
  references: z.number().int().openapi({ example: 15 }),
  predicates: z.number().int().openapi({ example: 41 }),
  claims: z.number().int().openapi({ example: 37 }),
  relations: z.number().int().openapi({ example: 3 }),
});

export const ImportReportSchema = z
  .object({
    dryRun: z.boolean().openapi({ description: "True when nothing was written.", example: false }),
    created: CountsSchema.openapi({ description: "Records created (or that would be, in a dry run)." }),
    unchanged: CountsSchema.openapi({ description: "Records already stored exactly as given, skipped." }),
  })
  .openapi("ImportReport", { description: "What an import did." });

export const importRecords = createRoute({
  method: "post",
  path: "/v1/import",
  operationId: "importRecords",
  summary: "Bulk import (NDJSON)",
  description:
    'One JSON record a line, each tagged by `record`: `{"record":"entity",…}`, `{"record":"reference",…}`, `{"record":"predicate",…}`, `{"record":"claim",…}` with the fields of the create bodies (ids required; claims cite by `referenceId`; a claim without `confidence` gets the level the rules give), `{"record":"relation","from":…,"type":…,"to":…}` with the fields of `RelationInput`. Every line is checked by the same rules as the write API; records may refer to each other in any order. All or nothing: any bad line is reported by line number in a 422 and nothing is written. A record already stored identically is skipped. `dryRun=true` checks without writing. Needs an `admin` key.',
  tags: ["Import"],
  security,
  middleware: [...writeMiddleware("admin", { jsonBody: false }), requireNdjson],
  request: {
    query: z.object({
      dryRun: z
        .enum(["true", "false"])
        .default("false")
        .transform((value) => value === "true")
        .openapi({
          param: { name: "dryRun", in: "query" },
          description: "Check only; write nothing.",
          example: "false",
        }),
    }),
    body: {
      required: true,
      description: "NDJSON records.",
      content: {
        "application/x-ndjson": {
          schema: z.string().openapi({
            example:
              '{"record":"entity","id":"agomelatine","label":"Agomelatine","kind":"drug","aliases":["Valdoxan"]}\n',
          }),
        },
      },
    },
  },
  responses: {
    200: { description: "The import's report.", content: { "application/json": { schema: ImportReportSchema } } },
    ...createProblems(),
    ...problemResponses(503),
  },
});

export const importRouter = createRouter().openapi(importRecords, async (c) => {
  const { dryRun } = c.req.valid("query");
  const body = new Uint8Array(await c.req.arrayBuffer());
  const result = await c.var.runImport({ body, actor: c.var.actor, now: new Date().toISOString(), dryRun });
  if ("errors" in result) {
    return problem(c, {
      status: 422,
      type: "rule-violation",
      title: "Rule violated",
      detail: `${result.errors.length} line(s) break the rules; nothing was written.`,
      errors: result.errors.slice(0, 1000).map((error) => ({ location: "body", ...error })),
    });
  }
  if (!result.written.ok) return refusal(c, result.written) as never;
  return c.json(result.written.value, 200);
});
