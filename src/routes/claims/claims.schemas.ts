import { z } from "@hono/zod-openapi";
import { CLAIM_STATUS, CONFIDENCE, STANCE } from "../../db/schema";
import { ReferenceSchema } from "../references/references.schemas";

export const ConfidenceSchema = z.enum(CONFIDENCE).openapi("Confidence", {
  description:
    "How well the references back the claim, enforced by the server: `established` (≥ 2 distinct supporting references, no contradicting one), `supported` (≥ 1 supporting), `speculative` (proposed or hedged by its sources; ≥ 1 citation), `contested` (≥ 1 supporting and ≥ 1 contradicting), `refuted` (≥ 1 contradicting), `unsourced` (no supporting or contradicting citation).",
  example: "supported",
});

export const StanceSchema = z.enum(STANCE).openapi("Stance", {
  description: "What the cited reference says of the claim.",
  example: "supports",
});

export const ClaimStatusSchema = z.enum(CLAIM_STATUS).openapi("ClaimStatus", {
  description: "Lifecycle status. `deprecated` claims name their successor in `replacedBy`.",
  example: "published",
});

export const CitationSchema = z
  .object({
    referenceId: z.string().openapi({ example: "wikipedia-ssre" }),
    stance: StanceSchema,
    locator: z.string().nullable().openapi({
      description: "Page, section, or the source's own citation marker.",
      example: "[2][3][4][5][6][7][8][9]",
    }),
    quote: z.string().nullable().openapi({
      description: "Exact text of the source.",
      example:
        "newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity",
    }),
    span: z
      .object({
        start: z.number().int().openapi({ example: 759 }),
        end: z.number().int().openapi({ example: 864 }),
      })
      .nullable()
      .openapi({
        description: "Where `quote` stands in the stored source text: [start, end) in UTF-16 code units.",
      }),
    note: z
      .string()
      .nullable()
      .openapi({ description: "Curator's note on why the reference bears on the claim.", example: null }),
  })
  .openapi("Citation", { description: "The link between a claim and a reference, with the reference's stance." });

export const EvidenceSchema = z
  .object({
    supports: z.number().int().openapi({ example: 1 }),
    contradicts: z.number().int().openapi({ example: 0 }),
    mentions: z.number().int().openapi({ example: 0 }),
  })
  .openapi("Evidence", { description: "Number of distinct references per stance." });

export const ClaimSchema = z
  .object({
    id: z.string().openapi({ description: "Stable slug.", example: "tianeptine-modulates-ampa-receptors" }),
    statement: z.string().openapi({
      description: "One atomic assertion, one plain-English sentence.",
      example: "Tianeptine's direct action is to alter AMPA glutamate receptor activity.",
    }),
    subject: z.string().openapi({ description: "Entity id of the subject.", example: "tianeptine" }),
    predicate: z.string().openapi({ description: "Short verb phrase.", example: "alters-activity-of" }),
    object: z.string().openapi({ description: "Entity id of the object.", example: "ampa-receptor" }),
    context: z.string().nullable().openapi({
      description: "Where or on what grounds the claim holds (`in rats`…).",
      example: "according to newer research",
    }),
    confidence: ConfidenceSchema,
    status: ClaimStatusSchema,
    replacedBy: z
      .string()
      .nullable()
      .openapi({ description: "The claim that replaces a deprecated one.", example: null }),
    supportRetracted: z.boolean().openapi({
      description: "True when the claim has supporting references and every one of them is retracted.",
      example: false,
    }),
    citations: z.array(CitationSchema),
    referenceIds: z
      .array(z.string())
      .openapi({ description: "Ids of every cited reference.", example: ["wikipedia-ssre", "mcewen2010"] }),
    evidence: EvidenceSchema,
    references: z
      .array(ReferenceSchema)
      .optional()
      .openapi({ description: "The cited references in full; present with `include=references`." }),
    revision: z.number().int().openapi({ description: "Incremented by one on every change.", example: 1 }),
    createdAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
    updatedAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
    score: z.number().optional().openapi({
      description:
        "Present in search results (`q`): the relevance of the claim to the query, higher is better; comparable within one result list only.",
      example: 2.231707,
    }),
    snippet: z.string().optional().openapi({
      description:
        "Present in search results (`q`): the statement, HTML-escaped, with each matched word in `<mark>…</mark>` and `…` where it was cut.",
      example: "<mark>Tianeptine</mark> enhances the <mark>reuptake</mark> of serotonin.",
    }),
  })
  .openapi("Claim", { description: "An atomic, citation-backed claim." });

export type Claim = z.infer<typeof ClaimSchema>;
export type Citation = z.infer<typeof CitationSchema>;
