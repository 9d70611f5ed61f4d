import type { Context } from "hono";
import { readChanges } from "../../db/changes.queries";
import type { Confidence } from "../../db/schema";
import { toBibtex } from "../../formats/bibtex";
import { toCsl } from "../../formats/csl";
import { invalidCursor, invalidParameter, notFound } from "../../lib/errors";
import { httpDate, ifMatchFailure, noneMatch, revisionTag } from "../../lib/etag";
import { chooseFormat, MEDIA, notAcceptable } from "../../lib/negotiate";
import { refusal, writerOf } from "../../lib/outcome";
import { setNextLink } from "../../lib/pagination";
import { claimReview } from "../../pages/claim-review";
import { siteOf } from "../../pages/site";
import type { AppEnv, AppRouteHandler } from "../../types";
import { claimDocumentVersion, readClaimDocument } from "./claims.documents";
import * as mutations from "./claims.mutations";
import { type ClaimListScope, readClaimPage } from "./claims.page";
import {
  CLAIM_JSON,
  type ClaimForm,
  claimLinkHeader,
  claimLinks,
  getClaim as findClaim,
  loadClaimState,
  toClaim,
} from "./claims.queries";
import type {
  AddCitationRoute,
  ChangePage,
  ClaimHistoryRoute,
  ClaimListQuery,
  CreateClaimRoute,
  GetCitationRoute,
  GetClaimRoute,
  ListChangesRoute,
  ListClaimsRoute,
  PatchClaimRoute,
  RemoveCitationRoute,
  RetractClaimRoute,
} from "./claims.routes";
import type { CitationInput, Claim } from "./claims.schemas";

/** The formats a claim is served in, the first the default; the citation formats give its bibliography. */
const CLAIM_FORMATS = [MEDIA.json, MEDIA.jsonld, MEDIA.csl, MEDIA.bibtex] as const;

export type ClaimPageBody<T = Claim> = { items: T[]; nextCursor: string | null };

type ClaimPageResult<T> = { problem: ReturnType<typeof invalidCursor> } | { body: ClaimPageBody<T> };

/**
 * One page of any list of claims as the API answers it: the body (its claims in `form`), the `Link`
 * header, or a 400 for `q`, `sort` or the cursor.
 */
export async function claimPage<T = Claim>(
  c: Context<AppEnv>,
  query: Partial<ClaimListQuery> & Pick<ClaimListQuery, "limit">,
  scope: ClaimListScope,
  form?: ClaimForm<T>,
): Promise<ClaimPageResult<T>> {
  const read = await readClaimPage(c.var.db, c.var.runSearch, query, scope, form);
  if (!read.ok)
    return { problem: read.field === "cursor" ? invalidCursor(c) : invalidParameter(c, read.field, read.message) };
  setNextLink(c, read.nextCursor);
  return { body: { items: read.items, nextCursor: read.nextCursor } };
}

/** A page read in CLAIM_JSON, answered as `c.json` would answer the same page of objects. */
export function servePage(c: Context<AppEnv>, body: ClaimPageBody<string>): Response {
  return c.body(`{"items":[${body.items.join(",")}],"nextCursor":${JSON.stringify(body.nextCursor)}}`, 200, {
    "Content-Type": MEDIA.json,
  });
}

export const listClaims: AppRouteHandler<ListClaimsRoute> = async (c) => {
  const result = await claimPage(c, c.req.valid("query"), { list: "claims" }, CLAIM_JSON);
  if ("problem" in result) return result.problem;
  return servePage(c, result.body) as never;
};

export const getClaim: AppRouteHandler<GetClaimRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const query = c.req.valid("query");
  const include = query.include;
  const format = chooseFormat(c, CLAIM_FORMATS, { format: query.format, downloadName: id });
  // ClaimReview and the bibliographies show the cited references: they change with them too.
  const withReferences = include === "references" || (format !== null && format !== MEDIA.json);
  if (format === MEDIA.json && !withReferences) {
    // The claim's document is the body as served: one indexed lookup, no serialisation.
    const document = await claimDocument(c, id);
    if (document) {
      const etag = revisionTag(document.revision, format);
      c.header("ETag", etag);
      c.header("Last-Modified", httpDate(document.updatedAt));
      if (noneMatch(c, etag)) return c.body(null, 304);
      c.header("Link", claimLinkHeader(claimLinks(id)));
      return c.body(document.body, 200, { "Content-Type": MEDIA.json }) as never;
    }
  }
  // c.get(), not c.var: Hono builds c.var as a new object from all the variables on every access.
  const claim = await findClaim(c.get("db"), id, { withReferences, readClaim: c.get("readClaim") });
  if (!claim) return notFound(c, "claim", id);
  if (!format) return notAcceptable(c, CLAIM_FORMATS);
  const etag = withReferences
    ? revisionTag(claim.revision, format).replace(
        /^"r(\d+)/,
        `"r$1-${(claim.references ?? []).map((r) => r.revision).join(".")}`,
      )
    : revisionTag(claim.revision, format);
  c.header("ETag", etag);
  c.header("Last-Modified", httpDate(claim.updatedAt));
  if (noneMatch(c, etag)) return c.body(null, 304);
  const cited = claim.references ?? [];
  if (format === MEDIA.jsonld) {
    const site = siteOf(c, c.var.site);
    const review = claimReview(claim, cited, {
      url: site.url(claim.links.page),
      author: { name: site.name, url: site.url("/") },
    });
    return c.body(JSON.stringify(review), 200, { "Content-Type": MEDIA.jsonld }) as never;
  }
  if (format === MEDIA.csl)
    return c.body(JSON.stringify(cited.map(toCsl)), 200, { "Content-Type": MEDIA.csl }) as never;
  if (format === MEDIA.bibtex) {
    return c.body(cited.map(toBibtex).join("\n"), 200, { "Content-Type": `${MEDIA.bibtex}; charset=utf-8` }) as never;
  }
  if (include !== "references") delete claim.references;
  c.header("Link", claimLinkHeader(claim.links));
  return c.json(claim, 200);
};

/** Claim `id`'s current document, read where the store prepares it (Node), else through `db`. */
async function claimDocument(c: Context<AppEnv>, id: string) {
  const prepared = c.get("readClaimDocument");
  return prepared ? prepared(id, claimDocumentVersion()) : readClaimDocument(c.get("db"), id);
}

export const createClaim: AppRouteHandler<CreateClaimRoute> = async (c) => {
  const outcome = await mutations.createClaim(writerOf(c), c.req.valid("json"));
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("Location", `/v1/claims/${outcome.value.id}`);
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 201);
};

export const patchClaim: AppRouteHandler<PatchClaimRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return precondition;
  const outcome = await mutations.patchClaim(
    writerOf(c),
    state,
    c.req.valid("json"),
    c.req.valid("query").reason ?? null,
  );
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};

export const retractClaim: AppRouteHandler<RetractClaimRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return precondition;
  const outcome = await mutations.retractClaim(writerOf(c), state, c.req.valid("query").reason);
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};

/**
 * Cites a reference for claim `id` under the request's `If-Match`: the claim, or the problem (404,
 * 428/412, 422, 409). The REST route and the MCP tool `add_citation` write through here.
 */
export async function addCitationTo(
  c: Context<AppEnv>,
  id: string,
  citation: CitationInput,
  options: { confidence?: Confidence; reason?: string },
): Promise<{ problem: Response } | { body: Claim }> {
  const state = await loadClaimState(c.var.db, id);
  if (!state) return { problem: notFound(c, "claim", id) };
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return { problem: precondition };
  const outcome = await mutations.addCitation(writerOf(c), state, citation, {
    confidence: options.confidence,
    reason: options.reason ?? null,
  });
  if (!outcome.ok) return { problem: refusal(c, outcome) as Response };
  return { body: outcome.value };
}

export const addCitation: AppRouteHandler<AddCitationRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const outcome = await addCitationTo(c, id, c.req.valid("json"), c.req.valid("query"));
  if ("problem" in outcome) return outcome.problem as never;
  const added = outcome.body.citations.at(-1);
  c.header("Location", `/v1/claims/${id}/citations/${encodeURIComponent(added?.referenceId ?? "")}`);
  c.header("ETag", revisionTag(outcome.body.revision));
  return c.json(outcome.body, 201);
};

export const getCitation: AppRouteHandler<GetCitationRoute> = async (c) => {
  const { id, referenceId } = c.req.valid("param");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  const citation = toClaim(state.row, state.cited, state.relations).citations.find(
    (cited) => cited.referenceId === referenceId,
  );
  if (!citation) return notFound(c, "citation", `${id}/${referenceId}`);
  return c.json(citation, 200);
};

export const removeCitation: AppRouteHandler<RemoveCitationRoute> = async (c) => {
  const { id, referenceId } = c.req.valid("param");
  const query = c.req.valid("query");
  const state = await loadClaimState(c.var.db, id);
  if (!state) return notFound(c, "claim", id);
  if (!state.cited.some((cited) => cited.referenceId === referenceId))
    return notFound(c, "citation", `${id}/${referenceId}`);
  const precondition = ifMatchFailure(c, revisionTag(state.row.revision));
  if (precondition) return precondition;
  const outcome = await mutations.removeCitation(writerOf(c), state, referenceId, {
    confidence: query.confidence,
    reason: query.reason ?? null,
  });
  if (!outcome.ok) return refusal(c, outcome) as never;
  c.header("ETag", revisionTag(outcome.value.revision));
  return c.json(outcome.value, 200);
};

/** One page of claim `id`'s history, or the 404 problem: the REST route and the MCP tool `claim_history`. */
export async function claimHistoryPage(
  c: Context<AppEnv>,
  id: string,
  query: { since: number; limit: number },
): Promise<{ problem: Response } | { body: ChangePage }> {
  if (!(await loadClaimState(c.var.db, id))) return { problem: notFound(c, "claim", id) };
  return { body: await readChanges(c.var.db, { ...query, resource: { type: "claim", id } }) };
}

export const claimHistory: AppRouteHandler<ClaimHistoryRoute> = async (c) => {
  const page = await claimHistoryPage(c, c.req.valid("param").id, c.req.valid("query"));
  if ("problem" in page) return page.problem as never;
  return c.json(page.body, 200);
};

export const listChanges: AppRouteHandler<ListChangesRoute> = async (c) => {
  const page = await readChanges(c.var.db, c.req.valid("query"));
  if (page.nextSince !== null) {
    const url = new URL(c.req.url);
    url.searchParams.set("since", String(page.nextSince));
    c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  return c.json(page, 200);
};
