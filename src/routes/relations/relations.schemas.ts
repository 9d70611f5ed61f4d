import { z } from "@hono/zod-openapi";
import { text } from "../../lib/rules";
import { RelationTypeSchema } from "../claims/claims.schemas";

export const RelationCitationInputSchema = z
  .strictObject({
    referenceId: z.string().min(1).max(300).openapi({
      description: "An existing reference: its id, `doi:…` or `pmid:…`.",
      example: "wikipedia-ssre",
    }),
    locator: text(200).nullable().optional(),
    quote: text(5000)
      .nullable()
      .optional()
      .openapi({ description: "Exact text of the source that states the relation." }),
    span: z
      .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) })
      .nullable()
      .optional()
      .openapi({
        description: "Where `quote` stands in the source text; needs `quote`, and `end - start` its length.",
      }),
    note: text(2000).nullable().optional(),
  })
  .openapi("RelationCitationInput", { description: "A source that states the relation." });

/** The fields of a relation, from the claim that states it. */
export const relationFields = {
  type: RelationTypeSchema,
  to: z.string().min(1).max(200).openapi({
    description: "The id of the claim the relation is about.",
    example: "tianeptine-may-allosterically-modulate-serotonin-transporter",
  }),
  note: text(2000).nullable().optional().openapi({
    example: "The article gives the AMPA account as newer research replacing the speculated one.",
  }),
  citations: z.array(RelationCitationInputSchema).max(20).default([]),
};

export const RelationInputSchema = z.strictObject(relationFields).openapi("RelationInput", {
  description:
    "A relation from the claim of the path to claim `to`, with the sources that establish it. A claim related to itself (`no-self-relation`), a `supersedes` that would close a cycle (`no-supersedes-cycle`), an unknown claim or reference are 422; the same relation again (either way round for `contradicts` and `same-as`) is 409.",
  example: {
    type: "supersedes",
    to: "tianeptine-may-allosterically-modulate-serotonin-transporter",
    note: "The article gives the AMPA account as newer research replacing the speculated one.",
    citations: [{ referenceId: "wikipedia-ssre", locator: "[2][3][4][5][6][7][8][9]" }],
  },
});

export type RelationInput = z.infer<typeof RelationInputSchema>;
export type RelationCitationInput = z.infer<typeof RelationCitationInputSchema>;
