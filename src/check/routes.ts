import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { PartAlignment } from "../domain/check/align";
import { stopFlag } from "../lib/busy";
import { problemResponses } from "../lib/problem";
import { createRouter } from "../lib/router";
import { prose } from "../lib/rules";
import { requireJsonBody } from "../lib/writes";
import { ConfidenceSchema, EvidenceSchema, StanceSchema, TierSchema } from "../routes/claims/claims.schemas";
import type { AppEnv } from "../types";
import { type CheckResult, VERDICTS } from "./check";
import { MAX_CHECK_TEXT } from "./mentions";

const TextSchema = prose(MAX_CHECK_TEXT);
const LimitSchema = z.coerce.number().int().min(1).max(20).default(5);

const PartSchema = z.object({
  aligned: z
    .boolean()
    .openapi({ description: "Whether the text names it (or, for the subject, a member of its class).", example: true }),
  entityId: z.string().openapi({ description: "The entity the claim names here.", example: "tianeptine" }),
  words: z.string().nullable().openapi({ description: "The text's words that named it.", example: "Stablon" }),
  via: z.enum(["name", "member"]).nullable().openapi({
    description:
      '`name`: the entity itself, an alias or a form of its name; `member`: a member of its class (tianeptine for SSREs) or a word for a kind of it ("beer" for alcohol).',
    example: "name",
  }),
});

export const AlignmentSchema = z
  .object({
    subject: PartSchema,
    predicate: z.object({
      aligned: z.boolean().openapi({ example: true }),
      score: z.number().openapi({ description: "0–1: how well the text's words say the predicate.", example: 1 }),
      words: z.string().nullable().openapi({ description: "The text's words that carried it.", example: "acts" }),
      phrasing: z
        .string()
        .nullable()
        .openapi({ description: "The phrasing of the claim's predicate they met.", example: "acts on" }),
      opposite: z.boolean().openapi({
        description: 'The words say the opposite predicate ("inhibits" against "enhances", "slower" against "faster").',
        example: false,
      }),
      implied: z.boolean().openapi({
        description:
          'No words said the predicate: the text names the claim\'s subject and object and says nothing else of them that could be another predicate (no other verb, adjective, direction or judgement), and the store relates the two in no other way, so the claim\'s predicate is taken as meant ("Red Bull has no caffeine in it" for "energy drinks contain caffeine"). Scored 0.5, below any predicate said in words.',
        example: false,
      }),
    }),
    object: PartSchema,
    polarity: z.object({
      value: z.enum(["agrees", "opposes"]).openapi({ example: "agrees" }),
      negations: z.array(z.string()).openapi({ description: "Negation cues of the text.", example: [] }),
      reasons: z.array(z.string()).openapi({ description: "Why the polarity is what it is.", example: [] }),
    }),
    swapped: z
      .boolean()
      .openapi({ description: "Subject and object appear the other way round from the claim's.", example: false }),
    held: z.string().nullable().openapi({
      description:
        'Why a match is only `related` although the text may name its subject, predicate and object: what the text says that the claim does not (a word unaccounted for, a scope, a condition, a number, "only"…), in a few words; null when nothing holds it.',
      example: 'the sentence says what the claim does not ("cheap")',
    }),
    broader: z.string().nullable().openapi({
      description:
        'The claim\'s context when the text states none of it ("in the rat amygdala"): the text says the claim more broadly than its references show, and gets no decisive verdict unless it denies the claim outright ("Tianeptine does not increase BDNF expression" is refuted); null otherwise.',
      example: null,
    }),
    stronger: z.string().nullable().openapi({
      description:
        'What the text says more strongly than the claim, in a few words: an absolute verb ("prevents" where the claim says "reduces"), or a cause where it says a raised risk. What shows the claim false shows such a text false too, so it is decided only then: refuted when the claim is refuted, or when the claim stands and the text says its contrary ("Atorvastatin causes strokes") or denies a cause ("Aspirin does not cause Reye\'s syndrome"); otherwise its verdict is `unverified`. Null when the text says no more than the claim.',
      example: null,
    }),
    reading: z.object({
      source: z.enum(["statement", "wording"]).openapi({
        description: "What the text met: the claim's statement and predicate, or one of its curated wordings.",
        example: "wording",
      }),
      text: z.string().openapi({ example: "Tianeptine acts on glutamate receptors." }),
    }),
  })
  .openapi("CheckAlignment", {
    description: "Which parts of the claim the text aligned with, and the words that carried each.",
  });

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
    score: z.number().openapi({
      description:
        "0–1: how closely the claim matches the text (subject, object and predicate; a bot can threshold it).",
      example: 0.97,
    }),
    match: z.enum(["same-assertion", "related"]).openapi({
      description:
        "`same-assertion`: subject, predicate and object all align — the text asserts this claim (or its opposite); `related`: it is about the same things but does not say the same.",
      example: "same-assertion",
    }),
    polarity: z.enum(["agrees", "opposes"]).openapi({
      description: "`opposes` when the text says the negation or the opposite of the claim.",
      example: "agrees",
    }),
    alignment: AlignmentSchema,
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
        tier: TierSchema.nullable().openapi({ description: "The reference's tier; null when unknown." }),
        stance: StanceSchema,
        locator: z.string().nullable().openapi({ example: "[2][3][4][5][6][7][8][9]" }),
        quote: z.string().nullable().openapi({
          description: "The source's own words that back (or contradict) the claim, when curated.",
          example:
            "newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity",
        }),
        retracted: z.boolean().openapi({ example: false }),
      }),
    ),
  })
  .openapi("CheckMatch", {
    description: "A claim that matches the checked text, with its evidence and why it matched.",
  });

export const CheckResultSchema = z
  .object({
    text: z.string().openapi({ example: "Stablon boosts serotonin reuptake" }),
    entities: z
      .array(
        z.object({
          text: z.string().openapi({ description: "The name as written in the text.", example: "Stablon" }),
          entityId: z.string().openapi({ example: "tianeptine" }),
        }),
      )
      .openapi({ description: "The names of entities found in the text (ids, labels, aliases and their forms)." }),
    verdict: z.enum(VERDICTS).openapi({
      description:
        "From the same-assertion matches (subject, predicate and object all aligned): `supported` (its claim is established or supported and the text agrees, or refuted and the text opposes it), `refuted` (the reverse), `contested` (its claim is contested, equally good matches point both ways, or an established or supported claim contradicts it), `unverified` (the claim is asserted — tertiary sources only —, speculative or unsourced, or a newer account supersedes it, or only related claims match), `no-match` (nothing in the store is about it).",
      example: "supported",
    }),
    confidence: z.number().openapi({
      description:
        "0–1: how sure the answer is — for a verdict resting on a claim, that match's score; for `unverified` and `no-match`, how far the text is from saying any claim.",
      example: 0.97,
    }),
    explanation: z.string().openapi({
      example:
        'The store\'s references support what this sentence says: claim "tianeptine-enhances-serotonin-reuptake" (established); subject "Stablon"; predicate "boosts reuptake" ~ "boosts the reuptake of"; object "serotonin"; it agrees.',
    }),
    relations: z
      .array(
        z.object({
          type: z.enum(["contradicts", "supersedes", "refines"]).openapi({ example: "supersedes" }),
          direction: z.enum(["outgoing", "incoming"]).openapi({
            description:
              "`incoming`: the other claim states the relation about this one (it supersedes it, or contradicts it); `outgoing`: this one states it about the other.",
            example: "incoming",
          }),
          claimId: z.string().openapi({ example: "tianeptine-modulates-ampa-receptors" }),
          statement: z
            .string()
            .openapi({ example: "Tianeptine's direct action is to alter AMPA glutamate receptor activity." }),
          confidence: ConfidenceSchema,
          url: z.string().openapi({ example: "/v1/claims/tianeptine-modulates-ampa-receptors" }),
        }),
      )
      .openapi({
        description:
          "Relations of the claim the verdict rests on that bear on it, with the other claim: claims that contradict it (a decisive verdict becomes `contested` when one of them is established or supported), newer accounts that supersede it (`supersedes`, `incoming`: a decisive verdict becomes `unverified`, and the newer account is offered), older accounts it supersedes, and more exact claims that refine it when the text names what they add (`refines`, `incoming`: the text says the more exact claim; a decisive verdict becomes `unverified` unless that claim is established or supported). Published claims only; the explanation says the same in words.",
      }),
    matches: z.array(CheckMatchSchema),
  })
  .openapi("CheckResult", { description: "What the store knows about a sentence." });

export const CheckBodySchema = z
  .strictObject({
    text: TextSchema.openapi({ description: "The sentence to check.", example: "Stablon boosts serotonin reuptake" }),
    limit: LimitSchema.openapi({ description: "Most matches to return, 1–20.", example: 5 }),
  })
  .openapi("CheckRequest", { description: "A sentence to check." });

const description =
  "Finds the claims a sentence asserts or is about and says what the store's references make of it. A claim is the **same assertion** only when the sentence names its subject (an alias or brand name, or a member of its class), says its predicate — by the predicate vocabulary's phrasings, the claim's curated wordings, or words the lexicon (WordNet) relates to them — in the same or the opposite direction, and names its object; `supported`/`refuted` come only from such a match on a claim whose evidence is decisive. Otherwise the answer is `unverified` (related claims listed) or `no-match`. Each match explains what aligned, with the words that carried each part, and a 0–1 score; hedged sentences and questions are checked against the assertion they contain. The verdict reports what this store's references say, not the truth of the sentence.";

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
    confidence: result.confidence,
    explanation: result.explanation,
    relations: result.relations.map((relation) => ({
      ...relation,
      url: `/v1/claims/${encodeURIComponent(relation.claimId)}`,
    })),
    matches: result.matches.map(({ claim, alignment, references }) => ({
      claimId: claim.id,
      statement: claim.statement,
      confidence: claim.confidence,
      status: claim.status,
      supportRetracted: claim.supportRetracted,
      evidence: claim.evidence,
      score: alignment.score,
      match: alignment.match,
      polarity: alignment.polarity.value,
      alignment: {
        subject: partBody(alignment.subject),
        predicate: alignment.predicate,
        object: partBody(alignment.object),
        polarity: alignment.polarity,
        swapped: alignment.swapped,
        held: alignment.held,
        broader: alignment.broader,
        stronger: alignment.stronger?.said ?? null,
        reading: { source: alignment.reading.source, text: alignment.reading.text },
      },
      url: `/v1/claims/${encodeURIComponent(claim.id)}`,
      citations: claim.citations.map((citation) => {
        const reference = references.get(citation.referenceId);
        const links = reference?.links;
        return {
          referenceId: citation.referenceId,
          title: reference?.title ?? null,
          doi: reference?.doi ?? null,
          pmid: reference?.pmid ?? null,
          url: links?.doi ?? links?.pubmed ?? links?.pmc ?? links?.url ?? null,
          tier: reference?.tier ?? null,
          stance: citation.stance,
          locator: citation.locator,
          quote: citation.quote,
          retracted: reference?.retracted ?? false,
        };
      }),
    })),
  };
}

function partBody(part: PartAlignment): z.infer<typeof PartSchema> {
  return { aligned: part.aligned, entityId: part.entityId, words: part.words, via: part.via };
}

/** Runs the check of `text` within the request's time budget: what `/v1/check`, the MCP tool and the page call. */
export function runCheck(c: Context<AppEnv>, text: string, limit: number): Promise<CheckResult> {
  return c.var.runCheck(text, {
    limit,
    deadline: Date.now() + c.var.checkBudgetMs,
    // (The client may leave before the answer: then the check stops, waiting or running.)
    stop: stopFlag(c.req.raw.signal),
  });
}

/** The check of `text` as the API answers it: the one call behind `/v1/check` and the MCP tool `check_statement`. */
export async function answerCheck(c: Context<AppEnv>, text: string, limit: number) {
  return checkBody(text, await runCheck(c, text, limit));
}

export const checkRouter = createRouter()
  .openapi(checkGet, async (c) => {
    const { text, limit } = c.req.valid("query");
    return c.json(await answerCheck(c, text, limit), 200);
  })
  .openapi(checkPost, async (c) => {
    const { text, limit } = c.req.valid("json");
    return c.json(await answerCheck(c, text, limit), 200);
  });
