import { z } from "@hono/zod-openapi";
import { text } from "../../lib/rules";

const predicateSlug = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "must be a kebab-case verb phrase such as enhances-reuptake-of");

export const PredicateSchema = z
  .object({
    id: z.string().openapi({ description: "The predicate as claims spell it.", example: "enhances-reuptake-of" }),
    label: z.string().openapi({ description: "The predicate in words.", example: "enhances the reuptake of" }),
    phrasings: z.array(z.string()).openapi({
      description: "Other ways people say it; `/v1/check` matches sentences against each.",
      example: ["speeds up the reuptake of", "boosts the reuptake of"],
    }),
    opposite: z.string().nullable().openapi({
      description: "The predicate that asserts the contrary: a sentence saying it opposes claims with this one.",
      example: "inhibits-reuptake-of",
    }),
    negationOf: z.string().nullable().openapi({
      description: "The predicate this one denies (`does-not-inhibit-uptake-of` denies `inhibits-reuptake-of`).",
      example: null,
    }),
    symmetric: z
      .boolean()
      .openapi({ description: "Subject and object may trade places (`is-related-to`).", example: false }),
    membership: z.boolean().openapi({
      description: "A claim with it makes the subject a member of the object's class (`is-a`).",
      example: false,
    }),
    description: z.string().nullable().openapi({ example: null }),
    curated: z.boolean().openapi({
      description:
        "Whether a curator wrote this vocabulary row; an uncurated predicate (used by claims, never described) shows the defaults read from its slug.",
      example: true,
    }),
    claims: z.number().int().openapi({ description: "Published claims that use it.", example: 2 }),
    revision: z.number().int().openapi({ description: "0 while uncurated.", example: 1 }),
    createdAt: z.string().nullable().openapi({ example: "2026-11-27T00:00:00.000Z" }),
    updatedAt: z.string().nullable().openapi({ example: "2026-11-27T00:00:00.000Z" }),
  })
  .openapi("Predicate", {
    description: "A predicate of the vocabulary: how claims' verbs are said, and how they relate to each other.",
  });

export type Predicate = z.infer<typeof PredicateSchema>;

const phrasingsSchema = z
  .array(text(200))
  .max(30)
  .openapi({ description: "Other ways to say it (up to 30).", example: ["speeds up the reuptake of"] });

const fields = {
  label: text(200).openapi({ example: "enhances the reuptake of" }),
  phrasings: phrasingsSchema.optional(),
  opposite: predicateSlug.nullable().optional().openapi({ example: "inhibits-reuptake-of" }),
  negationOf: predicateSlug.nullable().optional().openapi({ example: null }),
  symmetric: z.boolean().optional().openapi({ example: false }),
  membership: z.boolean().optional().openapi({ example: false }),
  description: text(2000).nullable().optional(),
};

export const PredicateInputSchema = z
  .strictObject({ id: predicateSlug.openapi({ example: "antagonizes" }), ...fields })
  .openapi("PredicateInput", {
    description: "A predicate's vocabulary row. Its id may already be used by claims (it describes them) or not yet.",
    example: {
      id: "antagonizes",
      label: "antagonizes",
      phrasings: ["blocks", "is an antagonist of"],
      opposite: "activates",
    },
  });

export const PredicatePatchSchema = z
  .strictObject({
    label: fields.label.optional(),
    phrasings: fields.phrasings,
    opposite: fields.opposite,
    negationOf: fields.negationOf,
    symmetric: fields.symmetric,
    membership: fields.membership,
    description: fields.description,
  })
  .openapi("PredicatePatch", {
    description:
      'A JSON merge patch (RFC 7396) of a predicate; `phrasings` replaces the list. Patching an uncurated predicate (ETag `"r0"`) writes its first row.',
    example: { phrasings: ["speeds up the reuptake of", "boosts the reuptake of"] },
  });

export type PredicateInput = z.infer<typeof PredicateInputSchema>;
export type PredicatePatch = z.infer<typeof PredicatePatchSchema>;
