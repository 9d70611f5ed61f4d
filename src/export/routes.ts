import { createRoute, z } from "@hono/zod-openapi";
import { asc, gt, sql } from "drizzle-orm";
import { CLAIM_WITH_CITATIONS, storedClaimOf, storedRelationOf } from "../db/claim-rows";
import type { Db } from "../db/client";
import { claimRelations, predicates, references } from "../db/schema";
import { problemResponses } from "../lib/problem";
import { createRouter } from "../lib/router";
import { toClaim } from "../routes/claims/claims.queries";
import { listEntities } from "../routes/entities/entities.queries";
import { toReference } from "../routes/references/references.queries";
import { claimRecord, entityRecord, predicateRecord, referenceRecord, relationRecord } from "./records";

export const exportRecords = createRoute({
  method: "get",
  path: "/v1/export",
  operationId: "exportRecords",
  summary: "Export everything (NDJSON)",
  description:
    "Every entity, reference, curated predicate, claim (with its citations and wordings) and relation between claims, one JSON record a line, in the format `POST /v1/import` reads — so an export re-imports into an empty store as the same data. Streamed page by page, never loaded whole; gzip-compressed when `Accept-Encoding` allows.",
  tags: ["Import"],
  responses: {
    200: {
      description: "NDJSON records: entities, then references, predicates, claims and relations.",
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

/** Records per page: few statements per export (D1 counts each against a request's queries), ~1 MB a page. */
const PAGE = 1000;

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
    if (rows.length < PAGE) break;
  }
  // The curated predicate vocabulary, before the claims whose verbs it describes.
  for (let after = ""; ; ) {
    const rows = await db
      .select()
      .from(predicates)
      .where(gt(predicates.id, after))
      .orderBy(asc(predicates.id))
      .limit(PAGE);
    if (rows.length === 0) break;
    yield rows.map(predicateRecord);
    after = rows.at(-1)?.id ?? after;
    if (rows.length < PAGE) break;
  }
  for (let after = ""; ; ) {
    // Each claim with its citations in one row: one statement a page.
    const rows = (
      await db.all<Record<string, unknown>>(
        sql`SELECT ${sql.raw(CLAIM_WITH_CITATIONS)} FROM claims c WHERE c.id > ${after} ORDER BY c.id LIMIT ${PAGE}`,
      )
    ).map(storedClaimOf);
    if (rows.length === 0) break;
    yield rows.map(({ row, cited, relations }) => claimRecord(toClaim(row, cited, relations)));
    after = rows.at(-1)?.row.id ?? after;
    if (rows.length < PAGE) break;
  }
  // Relations after the claims they link, keyed by (from, type, to).
  for (let after: [string, string, string] = ["", "", ""]; ; ) {
    const rows = await db
      .select()
      .from(claimRelations)
      .where(
        sql`(${claimRelations.fromId}, ${claimRelations.type}, ${claimRelations.toId}) > (${after[0]}, ${after[1]}, ${after[2]})`,
      )
      .orderBy(asc(claimRelations.fromId), asc(claimRelations.type), asc(claimRelations.toId))
      .limit(PAGE);
    if (rows.length === 0) break;
    yield rows.map((row) => relationRecord(storedRelationOf(row)));
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) break;
    after = [last.fromId, last.type, last.toId];
  }
}

/**
 * The `Accept-Encoding` the client sent. On Cloudflare the Worker sees `gzip, br` whatever the client
 * said (the edge recompresses the content types it knows); the client's own header is in
 * `request.cf.clientAcceptEncoding` (https://developers.cloudflare.com/workers/runtime-apis/request/#incomingrequestcfproperties).
 * NDJSON is not a type the edge recompresses, so the export must answer the client's own.
 */
function clientAcceptEncoding(request: Request): string | undefined {
  const cf = (request as Request & { cf?: { clientAcceptEncoding?: string } }).cf;
  return cf?.clientAcceptEncoding ?? request.headers.get("Accept-Encoding") ?? undefined;
}

export const exportRouter = createRouter().openapi(exportRecords, async (c) => {
  const encoder = new TextEncoder();
  const pages = records(c.var.db);
  // The first page is read before the answer leaves, so that it carries the bookmark of what the
  // export read (X-D1-Bookmark, on D1): later pages read in the same session, at least as fresh.
  let first: IteratorResult<unknown[]> | undefined = await pages.next();
  const ndjson = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = first ?? (await pages.next());
      first = undefined;
      if (done) return controller.close();
      controller.enqueue(encoder.encode(value.map((record) => `${JSON.stringify(record)}\n`).join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  const gzip = /\bgzip\b/i.test(clientAcceptEncoding(c.req.raw) ?? "");
  c.header("Content-Type", "application/x-ndjson; charset=utf-8");
  c.header("Content-Disposition", 'attachment; filename="cited-export.ndjson"');
  c.header("Cache-Control", "no-cache");
  c.header("Vary", "Accept-Encoding");
  if (gzip) c.header("Content-Encoding", "gzip");
  // On workerd the runtime gzips the body because the header says so; elsewhere the app does.
  const compress = gzip && !c.var.runtimeEncodesBodies;
  return c.body(
    compress
      ? ndjson.pipeThrough(new CompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>)
      : ndjson,
    200,
  ) as never;
});
