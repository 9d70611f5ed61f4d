import { z } from "@hono/zod-openapi";
import { DESIGN, REFERENCE_TYPE, TIER } from "../../db/schema";
import { DOI, ISBN, PARTIAL_DATE, PMCID, PMID, prose, slugSchema, text } from "../../lib/rules";

const TIER_DESCRIPTION =
  "What kind of source it is: `primary` (original research), `secondary` (systematic review, meta-analysis, narrative review), `tertiary` (encyclopedia, textbook, news). Set by curators from what the work says it is, never guessed; it weighs in the confidence rules (see `Confidence`).";
const DESIGN_DESCRIPTION =
  "For primary research, its design: `rct` (randomised controlled trial), `cohort`, `case-control`, `case-report`, `animal`, `in-vitro`, `other`; only with tier `primary`.";

const TierField = z.enum(TIER).openapi({ example: "secondary" });
const DesignField = z.enum(DESIGN).openapi({ example: null });

export const ReferenceSchema = z
  .object({
    id: z.string().openapi({ description: "Stable id of the reference.", example: "wagstaff2001" }),
    type: z.enum(REFERENCE_TYPE).openapi({ description: "CSL item type.", example: "article-journal" }),
    title: z.string().nullable().openapi({ example: "Tianeptine: a review of its use in depressive disorders" }),
    authors: z.array(z.string()).openapi({
      description: "Author names as the source gives them; empty when unknown.",
      example: ["Wagstaff AJ", "Ormrod D", "Spencer CM"],
    }),
    issued: z
      .string()
      .nullable()
      .openapi({ description: "Date of issue: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.", example: "2001" }),
    containerTitle: z
      .string()
      .nullable()
      .openapi({ description: "Journal, encyclopedia or book title.", example: "CNS Drugs" }),
    volume: z.string().nullable().openapi({ example: "15" }),
    issue: z.string().nullable().openapi({ example: "3" }),
    pages: z.string().nullable().openapi({ example: "231-259" }),
    doi: z
      .string()
      .nullable()
      .openapi({ description: "DOI, lower-case.", example: "10.2165/00023210-200115030-00006" }),
    pmid: z.string().nullable().openapi({ description: "PubMed id.", example: null }),
    pmcid: z.string().nullable().openapi({ description: "PubMed Central id.", example: null }),
    isbn: z.string().nullable().openapi({ example: null }),
    patentNumber: z.string().nullable().openapi({ example: null }),
    url: z.string().nullable().openapi({ example: null }),
    note: z.string().nullable().openapi({
      description: "Curator's note, e.g. how the reference relates to the source article.",
      example: "Probably the article's [1] (inferred, not confirmed by any source).",
    }),
    tier: TierField.nullable().openapi({ description: `${TIER_DESCRIPTION} \`null\` when no curator has said.` }),
    design: DesignField.nullable().openapi({
      description: `${DESIGN_DESCRIPTION} \`null\` when unknown or not primary research.`,
    }),
    seenAt: z.array(z.string()).openapi({
      description: "Public pages where this metadata was seen.",
      example: ["https://link.springer.com/article/10.2165%2F00023210-200115030-00006"],
    }),
    retracted: z.boolean().openapi({ description: "Whether the work has been retracted.", example: false }),
    retractedAt: z.string().nullable().openapi({ description: "Date of the retraction notice.", example: null }),
    retractionNotice: z
      .string()
      .nullable()
      .openapi({ description: "The retraction notice (text or URL).", example: null }),
    links: z
      .object({
        doi: z.string().optional().openapi({ example: "https://doi.org/10.2165/00023210-200115030-00006" }),
        pubmed: z.string().optional().openapi({ example: "https://pubmed.ncbi.nlm.nih.gov/19704408/" }),
        pmc: z.string().optional(),
        url: z.string().optional(),
      })
      .openapi({ description: "Where to follow the reference: resolver links built from its identifiers." }),
    revision: z.number().int().openapi({ description: "Incremented by one on every change.", example: 1 }),
    createdAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
    updatedAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
  })
  .openapi("Reference", {
    description: "A citable work, shaped like CSL-JSON. Unknown fields are `null`, never guessed.",
  });

export type Reference = z.infer<typeof ReferenceSchema>;

const referenceFields = {
  type: z.enum(REFERENCE_TYPE),
  title: text(1000).nullable().optional(),
  authors: z.array(text(200)).max(100).optional(),
  issued: z.string().regex(PARTIAL_DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD").nullable().optional(),
  containerTitle: text(500).nullable().optional(),
  volume: text(50).nullable().optional(),
  issue: text(50).nullable().optional(),
  pages: text(50).nullable().optional(),
  doi: z
    .string()
    .trim()
    .max(300)
    .regex(DOI, "must be a DOI such as 10.1038/mp.2009.80 (no resolver prefix)")
    .nullable()
    .optional(),
  pmid: z.string().trim().regex(PMID, "must be a PubMed id: digits only").nullable().optional(),
  pmcid: z.string().trim().regex(PMCID, "must look like PMC1234567").nullable().optional(),
  isbn: z.string().trim().regex(ISBN, "must be an ISBN-10 or ISBN-13").nullable().optional(),
  patentNumber: text(100).nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
    .max(2000)
    .nullable()
    .optional(),
  note: prose(2000).nullable().optional(),
  tier: TierField.nullable()
    .optional()
    .openapi({ description: `${TIER_DESCRIPTION} Omit it, or \`null\`, when unknown.` }),
  design: DesignField.nullable()
    .optional()
    .openapi({ description: `${DESIGN_DESCRIPTION} Needs \`tier: primary\` (422 \`design-needs-primary-tier\`).` }),
  seenAt: z
    .array(z.url({ protocol: /^https?$/ }).max(2000))
    .max(50)
    .optional(),
};

export const ReferenceInputSchema = z
  .strictObject({
    id: slugSchema("smith2020")
      .optional()
      .openapi({ description: "Stable id; generated from the first author and year when omitted." }),
    ...referenceFields,
  })
  .openapi("ReferenceInput", {
    description:
      "A new reference. Give only what is known: omitted fields stay null. A DOI or PMID must not belong to another reference.",
    example: {
      type: "article-journal",
      title: "Discriminative stimulus properties of tianeptine",
      authors: ["Alici T", "Kayir H", "Aygoren M", "Saglam E", "Uzbay I"],
      issued: "2006",
      containerTitle: "Psychopharmacology",
      doi: "10.1007/s00213-005-0210-5",
      tier: "primary",
      design: "animal",
    },
  });

export const ReferencePatchSchema = z
  .strictObject({
    ...referenceFields,
    type: referenceFields.type.optional(),
    retracted: z.boolean().optional(),
    retractedAt: z.string().regex(PARTIAL_DATE, "must be YYYY, YYYY-MM or YYYY-MM-DD").nullable().optional(),
    retractionNotice: prose(2000).nullable().optional(),
  })
  .openapi("ReferencePatch", {
    description:
      "A JSON merge patch (RFC 7396) of a reference: present fields replace, `null` clears. Marking it retracted needs `retractedAt` and `retractionNotice`. A change of `tier` re-weighs the confidence of every claim citing it.",
    example: { retracted: true, retractedAt: "2026-11-01", retractionNotice: "https://example.org/retraction-notice" },
  });

export type ReferenceInput = z.infer<typeof ReferenceInputSchema>;
export type ReferencePatch = z.infer<typeof ReferencePatchSchema>;

export const CslItemSchema = z
  .object({ id: z.string(), type: z.string() })
  .catchall(z.unknown())
  .openapi("CslItem", {
    description:
      "A CSL-JSON item (the citation-style-language schema): only known fields are present. Authors given as `Family INITIALS` become `{family, given}`, others `{literal}`.",
    example: {
      id: "wagstaff2001",
      type: "article-journal",
      title: "Tianeptine: a review of its use in depressive disorders",
      author: [
        { family: "Wagstaff", given: "AJ" },
        { family: "Ormrod", given: "D" },
        { family: "Spencer", given: "CM" },
      ],
      issued: { "date-parts": [[2001]] },
      "container-title": "CNS Drugs",
      volume: "15",
      issue: "3",
      page: "231-259",
      DOI: "10.2165/00023210-200115030-00006",
    },
  });

export const BibtexSchema = z.string().openapi({
  description: "BibTeX entries, TeX specials escaped, only known fields.",
  example:
    "@article{wagstaff2001,\n  author = {Wagstaff, AJ and Ormrod, D and Spencer, CM},\n  title = {{Tianeptine: a review of its use in depressive disorders}},\n  journal = {CNS Drugs},\n  year = {2001},\n  volume = {15},\n  number = {3},\n  pages = {231--259},\n  doi = {10.2165/00023210-200115030-00006}\n}\n",
});
