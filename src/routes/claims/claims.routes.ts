import { createRoute, z } from "@hono/zod-openapi";
import { CLAIM_STATUS, CONFIDENCE, RELATION_TYPE, STANCE, TIER } from "../../db/schema";
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, RELEVANCE_WINDOW } from "../../db/search";
import { formatHeaders, formatQuery } from "../../lib/negotiate";
import { CursorQuery, LimitQuery, pageOf } from "../../lib/pagination";
import { problemResponses } from "../../lib/problem";
import { enumListQuery } from "../../lib/query";
import {
  createProblems,
  etagHeader,
  IfMatchHeader,
  mergePatchBody,
  ReasonQuery,
  security,
  updateProblems,
  writeHeaders,
  writeMiddleware,
} from "../../lib/writes";
import { BibtexSchema, CslItemSchema } from "../references/references.schemas";
import { CLAIM_SORT } from "./claims.queries";
import {
  ChangeSchema,
  CitationInputSchema,
  CitationSchema,
  ClaimInputSchema,
  ClaimPatchSchema,
  ClaimSchema,
  ConfidenceSchema,
} from "./claims.schemas";

const tags = ["Claims"];

export const ClaimReviewSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string(),
    itemReviewed: z.object({ "@type": z.literal("Claim"), appearance: z.array(z.record(z.string(), z.unknown())) }),
    reviewRating: z.object({
      "@type": z.literal("Rating"),
      ratingValue: z.number().int().optional(),
      bestRating: z.number().int().optional(),
      worstRating: z.number().int().optional(),
      alternateName: z.string(),
      ratingExplanation: z.string(),
    }),
    author: z.object({ "@type": z.literal("Organization"), name: z.string(), url: z.string() }),
    datePublished: z.string(),
    dateModified: z.string(),
    creativeWorkStatus: z.string().optional(),
  })
  .openapi("ClaimReview", {
    description:
      "A claim as a schema.org ClaimReview (JSON-LD). `reviewRating` maps confidence onto 1–5: established 5, supported 4, asserted 3, speculative 3, contested 2, refuted 1; `unsourced` has no number, only its `alternateName`. `ratingExplanation` is the basis of the confidence in words. `itemReviewed.appearance` lists the cited works.",
  });

export const ClaimPageSchema = pageOf(
  ClaimSchema,
  "ClaimPage",
  "A page of claims, in the order `sort` asks (relevance with `q`, else id).",
);

const entityName = (name: string, description: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name, in: "query" }, description });

/**
 * Filters, search, order and paging shared by every list of claims (`/v1/claims` and the nested lists).
 * The optional filters carry no `example`: a reference UI fills every example into its "Try it out"
 * form, and filters combined that way narrow to nothing. Their descriptions give examples instead.
 */
export const ClaimFilterQuery = {
  q: z
    .string()
    .min(1)
    .max(MAX_QUERY_LENGTH)
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: `Full-text search: claims containing every word of \`q\` (stemmed: "enhances" finds "enhanced") in their statement or in their subject's or object's name or aliases. Only letters and digits count; quotes, operators and symbols are ignored. At most ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_WORDS} different words. Each hit gets a \`score\` and a \`snippet\`. For example \`Stablon serotonin\`.`,
    }),
  sort: z
    .enum(CLAIM_SORT)
    .optional()
    .openapi({
      param: { name: "sort", in: "query" },
      description: `\`relevance\` (needs \`q\`; the default with it): best first, ranked within windows of ${RELEVANCE_WINDOW} matches, newest window first. \`confidence\`: best backed first — established, supported, speculative, contested, refuted, then unsourced (ClaimReview's rating order) — and within each, most recently updated first. \`updated\`: most recently updated first. \`id\` (the default without \`q\`): by id.`,
    }),
  entity: entityName(
    "entity",
    "Claims whose subject or object is this entity: its id, label or any alias, case-insensitive (`tianeptine`, `Stablon`).",
  ),
  subject: entityName("subject", "Claims whose subject is this entity: its id, label or any alias, case-insensitive."),
  object: entityName("object", "Claims whose object is this entity: its id, label or any alias, case-insensitive."),
  predicate: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "predicate", in: "query" },
      description: "Exact predicate, such as `alters-activity-of`.",
    }),
  confidence: enumListQuery(CONFIDENCE, {
    name: "confidence",
    description: "One or more confidence values, comma-separated (`established,supported`).",
  }),
  status: enumListQuery(CLAIM_STATUS, {
    name: "status",
    description: "One or more lifecycle statuses, comma-separated. Default: `published`.",
    example: ["published"],
  }),
  reference: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .openapi({
      param: { name: "reference", in: "query" },
      description:
        "Claims citing this reference: its id, `doi:…` or `pmid:…` (`doi:10.2165/00023210-200115030-00006`).",
    }),
  stance: z
    .enum(STANCE)
    .optional()
    .openapi({
      param: { name: "stance", in: "query" },
      description: "Only claims with a citation of this stance (of `reference`, when given).",
    }),
  supportRetracted: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional()
    .openapi({
      param: { name: "supportRetracted", in: "query" },
      description: "`true`: only claims whose every supporting reference is retracted; `false`: only the others.",
    }),
  supportTier: enumListQuery(TIER, {
    name: "supportTier",
    description:
      "Only claims that a reference of one of these tiers supports, comma-separated (`primary,secondary`: backed by original research or a review).",
  }),
  relatedTo: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .openapi({
      param: { name: "relatedTo", in: "query" },
      description:
        "Only claims in a relation with this claim (its id), in either direction (`tianeptine-modulates-ampa-receptors`).",
    }),
  relation: enumListQuery(RELATION_TYPE, {
    name: "relation",
    description:
      "Only claims in a relation of one of these types, in either direction (with `relatedTo`: a relation with that claim), comma-separated (`supersedes`).",
  }),
  limit: LimitQuery,
  cursor: CursorQuery,
};

export type ClaimListQuery = {
  [K in keyof typeof ClaimFilterQuery]: z.infer<(typeof ClaimFilterQuery)[K]>;
};

export const listClaims = createRoute({
  method: "get",
  path: "/v1/claims",
  operationId: "listClaims",
  summary: "List and search claims",
  description:
    "Claims, filtered (filters combine), optionally searched with `q`, in the order `sort` asks. Unknown entity or reference names match nothing.",
  tags,
  request: { query: z.object(ClaimFilterQuery) },
  responses: {
    200: { description: "A page of claims.", content: { "application/json": { schema: ClaimPageSchema } } },
    ...problemResponses(400, 500, 503),
  },
});

export const ClaimIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "tianeptine-modulates-ampa-receptors" }),
});

export const getClaim = createRoute({
  method: "get",
  path: "/v1/claims/{id}",
  operationId: "getClaim",
  summary: "Get a claim",
  description:
    "One claim with its citations; `include=references` embeds the cited references in full. `Accept` or `format` chooses the format: JSON (default), a schema.org ClaimReview (`application/ld+json`, `format=jsonld`), or the claim's bibliography — its cited references — as CSL-JSON (`application/vnd.citationstyles.csl+json`, `format=csl`) or BibTeX (`application/x-bibtex`, `format=bibtex`); an `Accept` that allows none is 406.",
  tags,
  request: {
    params: ClaimIdParam,
    query: z.object({
      include: z
        .enum(["references"])
        .optional()
        .openapi({
          param: { name: "include", in: "query" },
          description: "Embed the cited references.",
          example: "references",
        }),
      format: formatQuery(["json", "jsonld", "csl", "bibtex"]),
    }),
  },
  responses: {
    200: {
      description:
        "The claim; with `Accept: application/ld+json` (`format=jsonld`) a schema.org ClaimReview of it; with `application/vnd.citationstyles.csl+json` (`format=csl`) or `application/x-bibtex` (`format=bibtex`), its bibliography (the cited references) in that format.",
      headers: { ...etagHeader, ...formatHeaders },
      content: {
        "application/json": { schema: ClaimSchema },
        "application/ld+json": { schema: ClaimReviewSchema },
        "application/vnd.citationstyles.csl+json": { schema: z.array(CslItemSchema) },
        "application/x-bibtex": { schema: BibtexSchema },
      },
    },
    304: { description: "Not modified: `If-None-Match` matches the current ETag.", headers: etagHeader },
    ...problemResponses(400, 404, 406, 500),
  },
});

export type ListClaimsRoute = typeof listClaims;
export type GetClaimRoute = typeof getClaim;

const claimJson = (description: string) => ({
  description,
  content: { "application/json": { schema: ClaimSchema } },
});

export const createClaim = createRoute({
  method: "post",
  path: "/v1/claims",
  operationId: "createClaim",
  summary: "Create a claim with its citations",
  description:
    "Writes the claim, its citations and any new references as one unit. A citation names an existing reference (`referenceId`) or carries a new one (`reference`); a new one whose DOI/PMID is stored is reused. Without `confidence` the claim gets the level the rules give over its citations; a named one must be admitted by them (422 otherwise). Needs a `write` key.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    body: { required: true, content: { "application/json": { schema: ClaimInputSchema } } },
  },
  responses: {
    201: { ...claimJson("The created claim."), headers: writeHeaders({ created: true }) },
    ...createProblems(),
  },
});

export const patchClaim = createRoute({
  method: "patch",
  path: "/v1/claims/{id}",
  operationId: "patchClaim",
  summary: "Change a claim (JSON merge patch)",
  description:
    "A `confidence` must be admitted by the rules over the claim's citations (422 otherwise); without one the claim keeps its level while the rules admit it. Needs a `write` key and `If-Match` with the claim's current ETag.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: ClaimIdParam,
    headers: IfMatchHeader,
    query: z.object({ reason: ReasonQuery.optional() }),
    body: mergePatchBody(ClaimPatchSchema),
  },
  responses: {
    200: { ...claimJson("The changed claim."), headers: writeHeaders() },
    ...updateProblems(),
  },
});

export const retractClaim = createRoute({
  method: "delete",
  path: "/v1/claims/{id}",
  operationId: "retractClaim",
  summary: "Retract a claim",
  description:
    "Sets the status to `retracted`: the claim stays readable (filter `status=retracted`) and in its history, with the required `reason`. Nothing is ever deleted. Needs a `write` key and `If-Match`.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: false }),
  request: { params: ClaimIdParam, headers: IfMatchHeader, query: z.object({ reason: ReasonQuery }) },
  responses: {
    200: { ...claimJson("The retracted claim."), headers: writeHeaders() },
    ...updateProblems(),
  },
});

const ConfidenceChangeQuery = ConfidenceSchema.optional().openapi({
  param: { name: "confidence", in: "query" },
  description:
    "The claim's new confidence, admitted by the rules (422 otherwise). Without it the claim follows the rules: a level they gave moves to the one they now give; a level curators chose stays while the rules admit it.",
});

export const addCitation = createRoute({
  method: "post",
  path: "/v1/claims/{id}/citations",
  operationId: "addCitation",
  summary: "Cite a reference for a claim",
  description:
    "Adds one citation; the claim's confidence follows the rules (or is `confidence`, which they must admit). Answers the claim; `Location` names the citation. Needs a `write` key and `If-Match` with the claim's ETag.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: true }),
  request: {
    params: ClaimIdParam,
    headers: IfMatchHeader,
    query: z.object({ confidence: ConfidenceChangeQuery, reason: ReasonQuery.optional() }),
    body: { required: true, content: { "application/json": { schema: CitationInputSchema } } },
  },
  responses: {
    201: { ...claimJson("The claim with the new citation."), headers: writeHeaders({ created: true }) },
    ...updateProblems(),
  },
});

const CitationParams = ClaimIdParam.extend({
  referenceId: z
    .string()
    .min(1)
    .max(300)
    .openapi({
      param: { name: "referenceId", in: "path" },
      description: "The cited reference's id.",
      example: "wikipedia-ssre",
    }),
});

export const getCitation = createRoute({
  method: "get",
  path: "/v1/claims/{id}/citations/{referenceId}",
  operationId: "getCitation",
  summary: "Get one citation of a claim",
  description: "The citation of `referenceId` by the claim: stance, locator, quote and span.",
  tags,
  request: { params: CitationParams },
  responses: {
    200: { description: "The citation.", content: { "application/json": { schema: CitationSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const removeCitation = createRoute({
  method: "delete",
  path: "/v1/claims/{id}/citations/{referenceId}",
  operationId: "removeCitation",
  summary: "Remove a citation from a claim",
  description:
    "The claim's confidence follows the rules (or is `confidence`, which they must admit); the history keeps the citation. Needs a `write` key and `If-Match` with the claim's ETag.",
  tags,
  security,
  middleware: writeMiddleware("write", { jsonBody: false }),
  request: {
    params: CitationParams,
    headers: IfMatchHeader,
    query: z.object({ confidence: ConfidenceChangeQuery, reason: ReasonQuery.optional() }),
  },
  responses: {
    200: { ...claimJson("The claim without the citation."), headers: writeHeaders() },
    ...updateProblems(),
  },
});

const HistoryQuery = z.object({
  since: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ param: { name: "since", in: "query" }, description: "Only changes after this `seq`.", example: 0 }),
  limit: LimitQuery,
});

export const ChangePageSchema = z
  .object({
    items: z.array(ChangeSchema),
    nextSince: z.number().int().nullable().openapi({
      description: "Pass as `since` for the next page; `null` when this page is the end so far.",
      example: null,
    }),
  })
  .openapi("ChangePage", { description: "Changes in `seq` order." });

export type ChangePage = z.infer<typeof ChangePageSchema>;

export const claimHistory = createRoute({
  method: "get",
  path: "/v1/claims/{id}/history",
  operationId: "getClaimHistory",
  summary: "A claim's history",
  description:
    "Every change to the claim, oldest first: who, when, what (before and after) and why. The seed is not in the history: a claim as seeded has an empty one until its first change.",
  tags,
  request: { params: ClaimIdParam, query: HistoryQuery },
  responses: {
    200: { description: "The changes.", content: { "application/json": { schema: ChangePageSchema } } },
    ...problemResponses(400, 404, 500),
  },
});

export const listChanges = createRoute({
  method: "get",
  path: "/v1/changes",
  operationId: "listChanges",
  summary: "The feed of all changes",
  description:
    "Every change to claims, references and entities in commit order (`seq` strictly increases), for mirrors and bots: poll with `since` = the last `seq` you saw. The seed is not in the feed (mirrors start from the seed or an export): on a freshly seeded store it is empty until the first write.",
  tags: ["Changes"],
  request: { query: HistoryQuery },
  responses: {
    200: { description: "The changes.", content: { "application/json": { schema: ChangePageSchema } } },
    ...problemResponses(400, 500),
  },
});

export type CreateClaimRoute = typeof createClaim;
export type PatchClaimRoute = typeof patchClaim;
export type RetractClaimRoute = typeof retractClaim;
export type AddCitationRoute = typeof addCitation;
export type GetCitationRoute = typeof getCitation;
export type RemoveCitationRoute = typeof removeCitation;
export type ClaimHistoryRoute = typeof claimHistory;
export type ListChangesRoute = typeof listChanges;
