import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { problemResponses } from "../lib/problem";
import { createRouter } from "../lib/router";
import { requireJsonBody } from "../lib/writes";
import { ConfidenceSchema, EvidenceSchema, StanceSchema } from "../routes/claims/claims.schemas";
import type { AppEnv } from "../types";
import { type CheckResult, VERDICTS } from "./check";
import { MAX_CHECK_TEXT } from "./mentions";

const TextSchema = z.string().trim().min(1).max(MAX_CHECK_TEXT);
const LimitSchema = z.coerce.number().int().min(1).max(20).default(5);

export const CheckMatchSchema = z
  .object({
    claimId: z.string().openapi({ example: "tianeptine-modulates-ampa-receptors" }),
    statement: z
      .string()
      .openapi({ example: "Tianeptine's direct action is to alter AMPA glutamate receptor activity." }),
    confidence: ConfidenceSchema,
    status: z.string().openapi({ example: "published" }),
    supportRetracted: z.boolean().openapi({ example: false }),
    evidence: EvidenceSchema,
    score: z.number().openapi({ description: "0–1: how closely the claim matches the text.", example: 0.9 }),
    match: z.enum(["same-assertion", "related"]).openapi({
      description:
        "`same-assertion`: the text asserts this claim (or its negation); `related`: it is only about the same things.",
      example: "same-assertion",
    }),
    polarity: z.enum(["agrees", "opposes"]).openapi({
      description: '`opposes` when the text says the negation of the claim ("does not…").',
      example: "agrees",
    }),
    url: z.string().openapi({ example: "/v1/claims/tianeptine-modulates-ampa-receptors" }),
    citations: z.array(
      z.object({
        referenceId: z.string().openapi({ example: "wikipedia-ssre" }),
        title: z.string().nullable().openapi({ example: "Selective serotonin reuptake enhancer" }),
        doi: z.string().nullable().openapi({ example: null }),
        pmid: z.string().nullable().openapi({ example: null }),
        url: z.string().nullable().openapi({
          description: "Where to read it: the DOI resolver, PubMed or the reference's URL.",
          example: "https://en.wikipedia.org/wiki/Selective_serotonin_reuptake_enhancer",
        }),
        stance: StanceSchema,
        locator: z.string().nullable().openapi({ example: "[2][3][4][5][6][7][8][9]" }),
        retracted: z.boolean().openapi({ example: false }),
      }),
    ),
  })
  .openapi("CheckMatch", { description: "A claim that matches the checked text, with its evidence." });

export const CheckResultSchema = z
  .object({
    text: z.string().openapi({ example: "Stablon acts on glutamate receptors" }),
    entities: z
      .array(
        z.object({
          text: z.string().openapi({ description: "The name as written in the text.", example: "Stablon" }),
          entityId: z.string().openapi({ example: "tianeptine" }),
        }),
      )
      .openapi({ description: "The names of entities found in the text (ids, labels, aliases)." }),
    verdict: z.enum(VERDICTS).openapi({
      description:
        "From the best same-assertion match: `supported` (its claim is established or supported and the text agrees, or refuted and the text opposes it), `refuted` (the reverse), `contested` (its claim is contested, or equally good matches point both ways), `unverified` (only speculative or unsourced claims, or only related ones), `no-match` (nothing in the store is about it).",
      example: "supported",
    }),
    explanation: z
      .string()
      .openapi({ example: "The store holds this assertion as established or supported by its references." }),
    matches: z.array(CheckMatchSchema),
  })
  .openapi("CheckResult", { description: "What the store knows about a sentence." });

const CheckBodySchema = z
  .strictObject({
    text: TextSchema.openapi({ description: "The sentence to check.", example: "Stablon acts on glutamate receptors" }),
    limit: LimitSchema.openapi({ description: "Most matches to return, 1–20.", example: 5 }),
  })
  .openapi("CheckRequest", { description: "A sentence to check." });

const description =
  'Finds the claims a sentence asserts or is about — by the entities it names (brand names and aliases too), the kind of assertion its verbs make, its negation ("not", "does not") and the words it shares with claims — best first, each with its confidence, citations, a score and whether it is the same assertion or only related; and a verdict derived from the same-assertion matches. The verdict reports what this store\'s references say, not the truth of the sentence.';

export const checkGet = createRoute({
  method: "get",
  path: "/v1/check",
  operationId: "checkTextGet",
  summary: "Check a sentence (cacheable)",
  description,
  tags: ["Check"],
  request: {
    query: z.object({
      text: TextSchema.openapi({
        param: { name: "text", in: "query" },
        example: "tianeptine blocks dopamine reuptake",
      }),
      limit: LimitSchema.openapi({ param: { name: "limit", in: "query" }, example: 5 }),
    }),
  },
  responses: {
    200: {
      description: "The matches and the verdict.",
      content: { "application/json": { schema: CheckResultSchema } },
    },
    ...problemResponses(400, 500, 503),
  },
});

export const checkPost = createRoute({
  method: "post",
  path: "/v1/check",
  operationId: "checkTextPost",
  summary: "Check a sentence",
  description,
  tags: ["Check"],
  middleware: [requireJsonBody],
  request: { body: { required: true, content: { "application/json": { schema: CheckBodySchema } } } },
  responses: {
    200: {
      description: "The matches and the verdict.",
      content: { "application/json": { schema: CheckResultSchema } },
    },
    ...problemResponses(400, 413, 415, 422, 500, 503),
  },
});

/** The JSON of a check. */
export function checkBody(text: string, result: CheckResult): z.infer<typeof CheckResultSchema> {
  return {
    text,
    entities: result.mentions,
    verdict: result.verdict,
    explanation: result.explanation,
    matches: result.matches.map((m) => ({
      claimId: m.claim.id,
      statement: m.claim.statement,
      confidence: m.claim.confidence,
      status: m.claim.status,
      supportRetracted: m.claim.supportRetracted,
      evidence: m.claim.evidence,
      score: m.score,
      match: m.match,
      polarity: m.polarity,
      url: `/v1/claims/${encodeURIComponent(m.claim.id)}`,
      citations: m.claim.citations.map((citation) => {
        const reference = m.references.get(citation.referenceId);
        const links = reference?.links;
        return {
          referenceId: citation.referenceId,
          title: reference?.title ?? null,
          doi: reference?.doi ?? null,
          pmid: reference?.pmid ?? null,
          url: links?.doi ?? links?.pubmed ?? links?.pmc ?? links?.url ?? null,
          stance: citation.stance,
          locator: citation.locator,
          retracted: reference?.retracted ?? false,
        };
      }),
    })),
  };
}

async function answer(c: Context<AppEnv>, text: string, limit: number) {
  return checkBody(text, await c.var.runCheck(text, { limit }));
}

export const checkRouter = createRouter()
  .openapi(checkGet, async (c) => {
    const { text, limit } = c.req.valid("query");
    return c.json(await answer(c, text, limit), 200);
  })
  .openapi(checkPost, async (c) => {
    const { text, limit } = c.req.valid("json");
    return c.json(await answer(c, text, limit), 200);
  });
