import { createRoute, z } from "@hono/zod-openapi";
import { asc, gt } from "drizzle-orm";
import type { Db } from "../db/client";
import { claims, references } from "../db/schema";
import { problemResponses } from "../lib/problem";
import { createRouter } from "../lib/router";
import { citationsOf, toClaim } from "../routes/claims/claims.queries";
import { listEntities } from "../routes/entities/entities.queries";
import { toReference } from "../routes/references/references.queries";
import { claimRecord, entityRecord, referenceRecord } from "./records";

const PAGE = 100;

export const exportRecords = createRoute({
  method: "get",
  path: "/v1/export",
  operationId: "exportRecords",
  summary: "Export everything (NDJSON)",
  description:
    "Every entity, reference and claim (with its citations), one JSON record a line, in the format `POST /v1/import` reads — so an export re-imports into an empty store as the same data. Streamed page by page, never loaded whole; gzip-compressed when `Accept-Encoding` allows.",
  tags: ["Import"],
  responses: {
    200: {
      description: "NDJSON records: entities, then references, then claims.",
      headers: {
        "Content-Encoding": { description: "`gzip` when the client accepts it.", schema: { type: "string" } },
      },
      content: {
        "application/x-ndjson": {
          schema: z.string().openapi({
            example:
              '{"record":"entity","id":"tianeptine","label":"Tianeptine","kind":"drug","aliases":["Stablon","Coaxil","Tatinol"]}\n',
          }),
        },
      },
    },
    ...problemResponses(500),
  },
});

/** Pages of export records, read with keyset pagination so memory stays flat whatever the store's size. */
async function* records(db: Db): AsyncGenerator<unknown[]> {
  for (let after: string | undefined, more = true; more; ) {
    const page = await listEntities(db, { afterId: after, limit: PAGE });
    if (page.items.length) yield page.items.map(entityRecord);
    after = page.items.at(-1)?.id;
    more = page.more;
  }
  for (let after = ""; ; ) {
    const rows = await db
      .select()
      .from(references)
      .where(gt(references.id, after))
      .orderBy(asc(references.id))
      .limit(PAGE);
    if (rows.length === 0) break;
    yield rows.map((row) => referenceRecord(toReference(row)));
    after = rows.at(-1)?.id ?? after;
  }
  for (let after = ""; ; ) {
    const rows = await db.select().from(claims).where(gt(claims.id, after)).orderBy(asc(claims.id)).limit(PAGE);
    if (rows.length === 0) break;
    const cited = await citationsOf(
      db,
      rows.map((row) => row.id),
    );
    yield rows.map((row) => claimRecord(toClaim(row, cited.get(row.id) ?? [])));
    after = rows.at(-1)?.id ?? after;
  }
}

export const exportRouter = createRouter().openapi(exportRecords, (c) => {
  const encoder = new TextEncoder();
  const pages = records(c.var.db);
  const ndjson = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pages.next();
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.map((record) => `${JSON.stringify(record)}\n`).join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  const gzip = /\bgzip\b/i.test(c.req.header("Accept-Encoding") ?? "");
  c.header("Content-Type", "application/x-ndjson; charset=utf-8");
  c.header("Content-Disposition", 'attachment; filename="cited-export.ndjson"');
  c.header("Cache-Control", "no-cache");
  c.header("Vary", "Accept-Encoding");
  if (gzip) c.header("Content-Encoding", "gzip");
  return c.body(
    gzip
      ? ndjson.pipeThrough(new CompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>)
      : ndjson,
    200,
  ) as never;
});
