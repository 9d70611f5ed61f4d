import { getOpenApiMetadata } from "@asteasolutions/zod-to-openapi";
import { type RouteConfig, z } from "@hono/zod-openapi";
import type { ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import type { Context } from "hono";
import * as check from "../check/routes";
import { notFound } from "../lib/errors";
import { revisionTag } from "../lib/etag";
import { refusal, writerOf } from "../lib/outcome";
import { addCitationTo, claimHistoryPage, claimPage } from "../routes/claims/claims.handlers";
import * as mutations from "../routes/claims/claims.mutations";
import { getClaim as findClaim } from "../routes/claims/claims.queries";
import * as claimRoutes from "../routes/claims/claims.routes";
import { ClaimInputSchema, ClaimSchema } from "../routes/claims/claims.schemas";
import { entityClaimPage } from "../routes/entities/entities.handlers";
import * as entityRoutes from "../routes/entities/entities.routes";
import { getReference as findReference } from "../routes/references/references.queries";
import * as referenceRoutes from "../routes/references/references.routes";
import { ReferenceSchema } from "../routes/references/references.schemas";
import type { AppEnv } from "../types";
import { checkText, claimListText, claimMarkdown, historyText, referenceMarkdown } from "./mcp.render";

/** What a tool's shared call answers: the REST body, or the REST problem response. */
type Outcome<T> = { problem: Response } | { body: T };

/**
 * One MCP tool: a thin call into the code its REST twin runs. The twin's middleware (a write key,
 * the write rate limit…) guards the call, its zod schemas are the tool's input and output, and the
 * twin's problems are the tool's errors.
 */
export interface Tool<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  annotations: ToolAnnotations;
  /** The REST route this tool mirrors; its middleware runs around the call. */
  twin: Pick<RouteConfig, "method" | "path" | "middleware">;
  input: I;
  output: O;
  /** Request headers the twin reads, derived from the arguments (`If-Match`). */
  headers?: (args: z.output<I>) => Record<string, string>;
  run: (c: Context<AppEnv>, args: z.output<I>) => Promise<Outcome<z.input<O>>>;
  /** The short text rendering an agent can quote. */
  render: (body: z.output<O>) => string;
}

const tool = <I extends z.ZodObject, O extends z.ZodObject>(spec: Tool<I, O>) => spec as unknown as Tool;

/**
 * `schema` with each field's OpenAPI description (what the REST spec says of it) as its JSON Schema
 * `description`, so that tools/list documents the arguments as /openapi.json documents the parameters.
 */
function documented<S extends z.ZodObject>(schema: S): S {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const description = field.description ?? getOpenApiMetadata(field).description;
    shape[key] = description ? field.describe(description) : field;
  }
  return schema.extend(shape) as unknown as S;
}

const found = <T>(c: Context<AppEnv>, kind: string, id: string, value: T | null): Outcome<T> =>
  value ? { body: value } : { problem: notFound(c, kind, id) };

const READ: ToolAnnotations = { readOnlyHint: true, openWorldHint: false };
const WRITE: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: false,
  openWorldHint: false,
};

/** The claim with its cited references, as `GET /v1/claims/{id}?include=references` answers it. */
function readClaim(c: Context<AppEnv>, id: string) {
  return findClaim(c.get("db"), id, { withReferences: true, readClaim: c.get("readClaim") });
}

export const checkStatement = tool({
  name: "check_statement",
  title: "Check a statement",
  description:
    "Is this sentence supported, and by what? Finds the claims the sentence asserts or denies (names, brand names and aliases, the kind of assertion, negation) and gives a verdict: `supported` or `refuted` only when subject, predicate (with its direction) and object all align with a claim; else `contested`, `unverified` or `no-match`. Every match comes with its confidence and citations (DOI/PMID/URL, locator, quote). The verdict reports what this store's curated references say, not whether the sentence is true: quote the citations with it. Same as `POST /v1/check`.",
  annotations: READ,
  twin: check.checkPost,
  input: documented(check.CheckBodySchema),
  output: check.CheckResultSchema,
  run: async (c, { text, limit }) => ({ body: await check.answerCheck(c, text, limit) }),
  render: checkText,
});

export const searchClaims = tool({
  name: "search_claims",
  title: "Search claims",
  description:
    "Full-text search (`q`: every word must match, in the statement or the names of its subject and object, aliases too) and filters that combine: `entity`, `subject`, `object` (id, label or alias), `predicate`, `confidence` and `status` (one value or several, comma-separated; status defaults to `published`), `reference` (id, `doi:…`, `pmid:…`), `stance`, `supportRetracted`. A page of claims with their citations; pass `nextCursor` back as `cursor` for the next. Same as `GET /v1/claims`.",
  annotations: READ,
  twin: claimRoutes.listClaims,
  input: documented(claimRoutes.listClaims.request.query),
  output: claimRoutes.ClaimPageSchema,
  run: (c, query) => claimPage(c, query, { list: "claims" }),
  render: claimListText,
});

export const getClaim = tool({
  name: "get_claim",
  title: "Get a claim with its references",
  description:
    "One claim by id: statement, confidence (and what it means), status, evidence tallies, every citation (stance, locator, quote, note) and the cited references in full (title, authors, DOI, PMID, URL, retraction). Same as `GET /v1/claims/{id}?include=references`; also the resource `cited://claims/{id}`.",
  annotations: READ,
  twin: claimRoutes.getClaim,
  input: documented(claimRoutes.getClaim.request.params),
  output: ClaimSchema,
  run: async (c, { id }) => found(c, "claim", id, await readClaim(c, id)),
  render: claimMarkdown,
});

export const getReference = tool({
  name: "get_reference",
  title: "Get a reference",
  description:
    "One cited work by its id, `doi:10.…` or `pmid:…`: type, title, authors, date, journal, identifiers, where to read it and whether it was retracted. Same as `GET /v1/references/{id}`; also the resource `cited://references/{id}`.",
  annotations: READ,
  twin: referenceRoutes.getReference,
  input: documented(referenceRoutes.getReference.request.params),
  output: ReferenceSchema,
  run: async (c, { id }) => found(c, "reference", id, await findReference(c.var.db, id)),
  render: referenceMarkdown,
});

export const entityClaims = tool({
  name: "entity_claims",
  title: "Claims about an entity",
  description:
    "The claims whose subject or object is an entity — a drug, drug class, receptor, condition… — named by id, label or any alias (`Stablon` finds tianeptine's), with the same search, filters and paging as `search_claims`. Same as `GET /v1/entities/{id}/claims`.",
  annotations: READ,
  twin: entityRoutes.listEntityClaims,
  input: documented(
    entityRoutes.listEntityClaims.request.params.extend(entityRoutes.listEntityClaims.request.query.shape),
  ),
  output: claimRoutes.ClaimPageSchema,
  run: (c, { id, ...query }) => entityClaimPage(c, id, query),
  render: claimListText,
});

export const claimHistory = tool({
  name: "claim_history",
  title: "A claim's history",
  description:
    "Every change to a claim, oldest first: what (before and after), who (the API key's name), when and why; page on with `since` = `nextSince`. Same as `GET /v1/claims/{id}/history`.",
  annotations: READ,
  twin: claimRoutes.claimHistory,
  input: documented(claimRoutes.claimHistory.request.params.extend(claimRoutes.claimHistory.request.query.shape)),
  output: claimRoutes.ChangePageSchema,
  run: (c, { id, ...query }) => claimHistoryPage(c, id, query),
  render: historyText,
});

export const proposeClaim = tool({
  name: "propose_claim",
  title: "Propose a claim (draft)",
  description:
    "Writes a new claim as a draft, for curators to review and publish: one atomic statement, its subject and object (entity id, label or alias), a kebab-case predicate, a confidence that must follow the rules over its citations (`supported` needs a supporting citation, `unsourced` none…), and citations of existing references (`referenceId`: id, `doi:…`, `pmid:…`) or new ones (`reference`, never duplicated by DOI/PMID). Needs `Authorization: Bearer <token>` of a key with scope `write`; counts against its write rate limit. Same rules as `POST /v1/claims` with `status: draft`.",
  annotations: WRITE,
  twin: claimRoutes.createClaim,
  input: documented(ClaimInputSchema.omit({ status: true })),
  output: ClaimSchema,
  run: async (c, input) => {
    const outcome = await mutations.createClaim(writerOf(c), { ...input, status: "draft" });
    return outcome.ok ? { body: outcome.value } : { problem: refusal(c, outcome) as Response };
  },
  render: claimMarkdown,
});

const addCitationRoute = claimRoutes.addCitation;

export const addCitation = tool({
  name: "add_citation",
  title: "Cite a reference for a claim",
  description:
    "Adds one citation to a claim: an existing reference (`referenceId`) or a new one (`reference`), its stance, and where it says so (locator, quote). `revision` is the claim's current revision, as `get_claim` shows it: a claim changed since is refused, to be read again. The claim's confidence (kept, or `confidence`) must still follow the rules. Needs `Authorization: Bearer <token>` of a key with scope `write`; counts against its write rate limit. Same as `POST /v1/claims/{id}/citations` with `If-Match`.",
  annotations: WRITE,
  twin: addCitationRoute,
  input: documented(
    addCitationRoute.request.params.extend({
      revision: z
        .number()
        .int()
        .min(1)
        .describe("The claim's current revision (its `revision`): the write's If-Match."),
      citation: addCitationRoute.request.body.content["application/json"].schema,
      ...addCitationRoute.request.query.shape,
    }),
  ),
  output: ClaimSchema,
  headers: ({ revision }) => ({ "If-Match": revisionTag(revision) }),
  run: (c, { id, citation, confidence, reason }) => addCitationTo(c, id, citation, { confidence, reason }),
  render: claimMarkdown,
});

/** Every tool, in the order tools/list shows them. */
export const TOOLS: Tool[] = [
  checkStatement,
  searchClaims,
  getClaim,
  getReference,
  entityClaims,
  claimHistory,
  proposeClaim,
  addCitation,
];
