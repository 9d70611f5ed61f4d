import { z } from "@hono/zod-openapi";
import { CLAIM_STATUS, CONFIDENCE, RELATION_TYPE, RESOURCE_TYPE, STANCE, TIER } from "../../db/schema";
import { prose, slugSchema, text } from "../../lib/rules";
import { ReferenceInputSchema, ReferenceSchema } from "../references/references.schemas";

export const ConfidenceSchema = z.enum(CONFIDENCE).openapi("Confidence", {
  description:
    "How well the references back the claim: a ladder whose rules the server enforces over the claim's citations and the tiers of the cited references (a tertiary source — encyclopedia, textbook, news — restates others: it neither makes a claim `supported` nor corroborates one; a reference of unknown tier is not counted as tertiary). `established` (≥ 2 distinct supporting references that are not tertiary, no contradicting one), `supported` (≥ 1 supporting reference that is not tertiary), `asserted` (supported by tertiary references only, none contradicting), `speculative` (proposed or hedged by its sources: ≥ 1 citation, and no primary or secondary contradicting reference when only tertiary ones support it; curators' choice, never derived), `contested` (≥ 1 supporting and ≥ 1 contradicting), `refuted` (≥ 1 contradicting), `unsourced` (no supporting or contradicting citation). The rules give one level (`basis.derived`): `contested` when references disagree, `refuted` when only contradicting ones are cited, else `established`, `supported`, `asserted` or `unsourced` by the support. When a primary or secondary reference contradicts a claim that only tertiary ones support, only `contested` and `refuted` are admitted. Curators may choose another level the rules admit (`basis.admitted`).",
  example: "supported",
});

export const StanceSchema = z.enum(STANCE).openapi("Stance", {
  description: "What the cited reference says of the claim.",
  example: "supports",
});

export const TierSchema = z.enum(TIER).openapi("Tier", {
  description:
    "What kind of source a reference is: `primary` (original research), `secondary` (systematic review, meta-analysis, narrative review), `tertiary` (encyclopedia, textbook, news). Set by curators, never guessed.",
  example: "secondary",
});

export const BasisSchema = z
  .object({
    derived: ConfidenceSchema.openapi({ description: "The level the rules give from the citations." }),
    chosen: z.boolean().openapi({
      description:
        "True when curators chose the claim's confidence among several the rules admit (it differs from `derived`).",
      example: false,
    }),
    admitted: z.array(ConfidenceSchema).openapi({
      description: "Every level the rules admit for these citations, `derived` first.",
      example: ["supported", "speculative"],
    }),
    holds: z.boolean().openapi({
      description: "Whether the rules admit the claim's confidence (false only for data written under older rules).",
      example: true,
    }),
    rule: z.string().openapi({
      description: "The rule of the claim's confidence.",
      example:
        "supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier)",
    }),
    counted: z
      .array(
        z.object({
          referenceId: z.string().openapi({ example: "mennini1987" }),
          stance: StanceSchema,
          tier: TierSchema.nullable().openapi({ description: "The reference's tier; null when unknown." }),
        }),
      )
      .openapi({
        description:
          "The citations the rule weighs: the supporting and contradicting ones, and the mentions for `speculative` and `unsourced`.",
      }),
    contradictionOutranksSupport: z.boolean().openapi({
      description:
        "A primary or secondary reference contradicts the claim while only tertiary ones support it: the confidence is then `contested` or `refuted`.",
      example: false,
    }),
    summary: z.string().openapi({
      description: "The basis in a sentence.",
      example:
        "Supported: supported by mennini1987 (primary); none contradicts it. The rules give supported: supported needs at least 1 supporting reference that is not tertiary (primary, secondary or of unknown tier).",
    }),
  })
  .openapi("ConfidenceBasis", {
    description:
      "Why the claim stands at its confidence: the rule that admits it and the citations it counted, derived from the citations and the tiers of their references.",
  });

export const RelationTypeSchema = z.enum(RELATION_TYPE).openapi("RelationType", {
  description:
    "How `from` bears on `to`: `contradicts` (they cannot both hold; symmetric), `refines` (`from` is a narrower or more exact statement of `to`), `supersedes` (`from` is a later account that replaces `to`), `same-as` (the same assertion; symmetric).",
  example: "supersedes",
});

export const RelationCitationSchema = z
  .object({
    referenceId: z.string().openapi({ example: "wikipedia-ssre" }),
    locator: z.string().nullable().openapi({ example: "[2][3][4][5][6][7][8][9]" }),
    quote: z.string().nullable().openapi({
      description: "Exact text of the source that states the relation.",
      example:
        "it has been speculated that tianeptine might act as an allosteric modulator of the serotonin transporter at a separate site to that used by SSRIs, newer research suggests that its direct action is actually alteration of AMPA glutamate receptor activity",
    }),
    span: z
      .object({ start: z.number().int(), end: z.number().int() })
      .nullable()
      .openapi({ description: "Where `quote` stands in the stored source text: [start, end) in UTF-16 code units." }),
    note: z.string().nullable().openapi({ example: null }),
  })
  .openapi("RelationCitation", { description: "Where a source states a relation between two claims." });

export const RelationSchema = z
  .object({
    from: z
      .string()
      .openapi({ description: "The claim that states the relation.", example: "tianeptine-modulates-ampa-receptors" }),
    type: RelationTypeSchema,
    to: z.string().openapi({
      description: "The claim it is about.",
      example: "tianeptine-may-allosterically-modulate-serotonin-transporter",
    }),
    note: z.string().nullable().openapi({
      description: "Curator's note on the relation.",
      example: "The article gives the AMPA account as newer research replacing the speculated one.",
    }),
    citations: z.array(RelationCitationSchema).openapi({ description: "The sources that establish the relation." }),
    createdAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
  })
  .openapi("Relation", { description: "A typed, directed link between two claims." });

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

const TypedLinkSchema = z.object({
  href: z.string().openapi({
    description: "An address that gives this format from a link (its `format` parameter).",
    example: "/v1/claims/tianeptine-modulates-ampa-receptors?format=jsonld",
  }),
  type: z.string().openapi({ description: "The media type it gives.", example: "application/ld+json" }),
});

export const ClaimLinksSchema = z
  .object({
    page: z
      .string()
      .openapi({ description: "The claim's HTML page.", example: "/claims/tianeptine-modulates-ampa-receptors" }),
    claimReview: TypedLinkSchema.openapi({ description: "The claim as a schema.org ClaimReview (JSON-LD)." }),
    bibliography: z.array(TypedLinkSchema).openapi({ description: "The cited references as CSL-JSON and BibTeX." }),
    history: z.string().openapi({ example: "/v1/claims/tianeptine-modulates-ampa-receptors/history" }),
  })
  .openapi("ClaimLinks", {
    description: "Where else the claim can be read, each typed link an address of its format.",
  });

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
    wordings: z.array(z.string()).openapi({
      description: "Other ways people say the claim, curated; `/v1/check` matches them as well as the statement.",
      example: ["Tianeptine acts on glutamate receptors."],
    }),
    supportRetracted: z.boolean().openapi({
      description: "True when the claim has supporting references and every one of them is retracted.",
      example: false,
    }),
    citations: z.array(CitationSchema),
    referenceIds: z
      .array(z.string())
      .openapi({ description: "Ids of every cited reference.", example: ["wikipedia-ssre", "mcewen2010"] }),
    evidence: EvidenceSchema,
    basis: BasisSchema,
    relations: z.array(RelationSchema).openapi({
      description:
        "Relations with other claims in both directions: those this claim states (`from` is this claim) and those stated about it (`to` is this claim).",
    }),
    references: z
      .array(ReferenceSchema)
      .optional()
      .openapi({ description: "The cited references in full; present with `include=references`." }),
    links: ClaimLinksSchema,
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
export type Relation = z.infer<typeof RelationSchema>;

export const CitationInputSchema = z
  .strictObject({
    referenceId: z.string().min(1).max(300).optional().openapi({
      description: "An existing reference: its id, `doi:…` or `pmid:…`.",
      example: "doi:10.1038/mp.2009.80",
    }),
    reference: ReferenceInputSchema.optional().openapi({
      description: "A new reference, inline. One whose DOI or PMID is already stored is reused, not duplicated.",
    }),
    stance: StanceSchema,
    locator: text(200).nullable().optional(),
    quote: prose(5000).nullable().optional(),
    span: z
      .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) })
      .nullable()
      .optional()
      .openapi({
        description: "Where `quote` stands in the source text; needs `quote`, and `end - start` its length.",
      }),
    note: prose(2000).nullable().optional(),
  })
  .openapi("CitationInput", {
    description: "A citation to add: name an existing reference (`referenceId`) or carry a new one (`reference`).",
    example: { referenceId: "alici2006", stance: "contradicts", note: "fluoxetine only partially substituted" },
  });

const claimFields = {
  statement: text(1000).openapi({ example: "Tianeptine increases BDNF expression in the rat hippocampus." }),
  subject: z.string().min(1).max(200).openapi({ description: "Entity id, label or alias.", example: "tianeptine" }),
  predicate: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "must be a kebab-case verb phrase such as enhances-reuptake-of")
    .openapi({ example: "increases-expression-of" }),
  object: z.string().min(1).max(200).openapi({ description: "Entity id, label or alias.", example: "bdnf" }),
  context: text(300).nullable().optional().openapi({ example: "in rats" }),
  confidence: ConfidenceSchema.optional().openapi({
    description:
      "Omit it for the level the rules give from the citations; name one only to choose among the levels the rules admit (e.g. `speculative` for a hedged claim): 422 otherwise.",
  }),
  wordings: z
    .array(text(300))
    .max(20)
    .optional()
    .openapi({
      description:
        "Other ways people say the claim (up to 20), curated: `/v1/check` matches sentences against them as well as the statement.",
      example: ["Tianeptine raises BDNF levels in the amygdala of rats."],
    }),
};

export const ClaimInputSchema = z
  .strictObject({
    id: slugSchema("tianeptine-increases-bdnf-in-hippocampus")
      .optional()
      .openapi({ description: "Stable id; generated from the statement when omitted." }),
    ...claimFields,
    status: z
      .enum(["draft", "published"])
      .optional()
      .openapi({ description: "Default `published`.", example: "published" }),
    citations: z.array(CitationInputSchema).max(50).default([]),
  })
  .openapi("ClaimInput", {
    description:
      "A new claim with its citations, written as one unit. Its confidence is the level the rules of `Confidence` give over the citations, unless it names another one they admit.",
    example: {
      statement: "Tianeptine increases BDNF expression in the rat amygdala.",
      subject: "tianeptine",
      predicate: "increases-expression-of",
      object: "bdnf",
      context: "in rats",
      citations: [{ referenceId: "reagan2007", stance: "supports" }],
    },
  });

export const ClaimPatchSchema = z
  .strictObject({
    statement: claimFields.statement.optional(),
    subject: claimFields.subject.optional(),
    predicate: claimFields.predicate.optional(),
    object: claimFields.object.optional(),
    context: claimFields.context,
    confidence: ConfidenceSchema.optional().openapi({
      description: "A level the rules admit for the claim's citations (422 otherwise).",
    }),
    wordings: claimFields.wordings,
    status: z.enum(["draft", "published", "deprecated"]).optional(),
    replacedBy: z.string().min(1).max(128).nullable().optional(),
  })
  .openapi("ClaimPatch", {
    description:
      "A JSON merge patch (RFC 7396) of a claim: present fields replace, `null` clears. Citations change through their own routes; retraction is `DELETE`. `deprecated` needs `replacedBy`.",
    example: { confidence: "speculative" },
  });

export type CitationInput = z.infer<typeof CitationInputSchema>;
export type ClaimInput = z.infer<typeof ClaimInputSchema>;
export type ClaimPatch = z.infer<typeof ClaimPatchSchema>;

export const ChangeSchema = z
  .object({
    seq: z.number().int().openapi({ description: "Position in the feed: strictly increasing.", example: 42 }),
    resourceType: z.enum(RESOURCE_TYPE).openapi({ example: "claim" }),
    resourceId: z.string().openapi({ example: "ssre-has-faster-onset-than-ssri" }),
    revision: z.number().int().openapi({ description: "The resource's revision after the change.", example: 2 }),
    action: z.string().openapi({
      description:
        "`create`, `update`, `retract`, `cite`, `uncite`, `relate`, `unrelate`, `support-retracted`, `support-restored`, `reference-updated`, `seed` or `import`.",
      example: "cite",
    }),
    actor: z
      .string()
      .openapi({ description: "Name of the API key that made it (`seed` for the seed).", example: "curator" }),
    reason: z.string().nullable().openapi({ example: "Loo & Deniker 1988 report no shorter onset." }),
    before: z.unknown().nullable().openapi({ description: "The resource before the change (null on create)." }),
    after: z.unknown().nullable().openapi({ description: "The resource after the change." }),
    createdAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
  })
  .openapi("Change", { description: "One change to a claim, reference or entity." });

export type Change = z.infer<typeof ChangeSchema>;
