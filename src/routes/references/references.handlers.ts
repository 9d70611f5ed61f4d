import { eq } from "drizzle-orm";
import { references } from "../../db/schema";
import { toBibtex } from "../../formats/bibtex";
import { toCsl } from "../../formats/csl";
import { invalidCursor, notFound } from "../../lib/errors";
import { httpDate, ifMatchFailure, noneMatch, revisionTag } from "../../lib/etag";
import { afterIdOf, pageBody } from "../../lib/list";
import { chooseFormat, MEDIA, notAcceptable } from "../../lib/negotiate";
import { refusal, writerOf } from "../../lib/outcome";
import type { AppRouteHandler } from "../../types";
import { claimPage, servePage } from "../claims/claims.handlers";
import { CLAIM_JSON } from "../claims/claims.queries";
import {
  getReference as findReference,
  listReferences as findReferences,
  resolveReferenceId,
} from "./references.queries";
import type {
  CreateReferenceRoute,
  GetReferenceRoute,
  ListReferenceClaimsRoute,
  ListReferencesRoute,
  PatchReferenceRoute,
} from "./references.routes";
import * as writes from "./references.writes";

/** The formats a reference is served in, the first the default. */
const REFERENCE_FORMATS = [MEDIA.json, MEDIA.csl, MEDIA.bibtex] as const;

export const listReferences: AppRouteHandler<ListReferencesRoute> = async (c) => {
  const query = c.req.valid("query");
  const afterId = afterIdOf(query.cursor, "references");
  if (afterId === null) return invalidCursor(c);
  const page = await findReferences(c.var.db, {
    type: query.type,
    tier: query.tier,
    design: query.design,
    afterId,
    limit: query.limit,
  });
  return c.json(pageBody(c, "references", page), 200);
};

export const getReference: AppRouteHandler<GetReferenceRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const reference = await findReference(c.var.db, id);
  if (!reference) return notFound(c, "reference", id);
  const format = chooseFormat(c, REFERENCE_FORMATS, {
    format: c.req.valid("query").format,
    downloadName: reference.id,
  });
  if (!format) return notAcceptable(c, REFERENCE_FORMATS);
  const etag = revisionTag(reference.revision, format);
  c.header("ETag", etag);
  c.header("Last-Modified", httpDate(reference.updatedAt));
  if (noneMatch(c, etag)) return c.body(null, 304);
  if (format === MEDIA.csl)
    return c.body(JSON.stringify(toCsl(reference)), 200, { "Content-Type": MEDIA.csl }) as never;
  if (format === MEDIA.bibtex)
    return c.body(toBibtex(reference), 200, { "Content-Type": `${MEDIA.bibtex}; charset=utf-8` }) as never;
  return c.json(reference, 200);
};

export const createReference: AppRouteHandler<CreateReferenceRoute> = async (c) => {
  const outcome = await writes.createReference(writerOf(c), c.req.valid("json"));
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("Location", `/v1/references/${outcome.value.id}`);
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 201);
};

export const patchReference: AppRouteHandler<PatchReferenceRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const referenceId = await resolveReferenceId(c.var.db, id);
  const [row] = referenceId
    ? await c.var.db.select().from(references).where(eq(references.id, referenceId)).limit(1)
    : [];
  if (!row) return notFound(c, "reference", id);
  const precondition = ifMatchFailure(c, revisionTag(row.revision));
  if (precondition) return precondition;
  const outcome = await writes.patchReference(
    writerOf(c),
    row,
    c.req.valid("json"),
    c.req.valid("query").reason ?? null,
  );
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};

export const listReferenceClaims: AppRouteHandler<ListReferenceClaimsRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const referenceId = await resolveReferenceId(c.var.db, id);
  if (!referenceId) return notFound(c, "reference", id);
  const result = await claimPage(
    c,
    c.req.valid("query"),
    { list: `references/${referenceId}/claims`, referenceId },
    CLAIM_JSON,
  );
  if ("problem" in result) return result.problem;
  return servePage(c, result.body) as never;
};
