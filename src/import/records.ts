import { z } from "@hono/zod-openapi";
import { CLAIM_STATUS } from "../db/schema";
import { CitationInputSchema, ClaimInputSchema } from "../routes/claims/claims.schemas";
import { EntityInputSchema } from "../routes/entities/entities.schemas";
import { PredicateInputSchema } from "../routes/predicates/predicates.schemas";
import { ReferenceInputSchema, ReferencePatchSchema } from "../routes/references/references.schemas";
import { RelationCitationInputSchema, relationFields } from "../routes/relations/relations.schemas";

/**
 * The NDJSON records of the import (and of the export): one JSON object a line, tagged by `record`.
 * They carry the same fields, and pass the same rules, as the write API's bodies.
 */
export const EntityRecordSchema = EntityInputSchema.extend({ record: z.literal("entity") });

export const ReferenceRecordSchema = ReferenceInputSchema.extend({
  record: z.literal("reference"),
  id: ReferenceInputSchema.shape.id.unwrap(),
  retracted: ReferencePatchSchema.shape.retracted,
  retractedAt: ReferencePatchSchema.shape.retractedAt,
  retractionNotice: ReferencePatchSchema.shape.retractionNotice,
});

export const ClaimRecordSchema = ClaimInputSchema.extend({
  record: z.literal("claim"),
  id: ClaimInputSchema.shape.id.unwrap(),
  status: z.enum(CLAIM_STATUS).optional(),
  replacedBy: z.string().min(1).max(128).nullable().optional(),
  citations: z
    .array(CitationInputSchema.omit({ reference: true }).extend({ referenceId: z.string().min(1).max(300) }))
    .max(50)
    .default([]),
});

export const PredicateRecordSchema = PredicateInputSchema.extend({ record: z.literal("predicate") });

/** A relation between two claims (stored or imported): `from` states it about `to`; citations by `referenceId` (an id). */
export const RelationRecordSchema = z.strictObject({
  record: z.literal("relation"),
  from: relationFields.to.openapi({ description: "The id of the claim that states the relation." }),
  ...relationFields,
  citations: z
    .array(RelationCitationInputSchema.extend({ referenceId: z.string().min(1).max(300) }))
    .max(20)
    .default([]),
});

export const ImportRecordSchema = z.discriminatedUnion("record", [
  EntityRecordSchema,
  ReferenceRecordSchema,
  PredicateRecordSchema,
  ClaimRecordSchema,
  RelationRecordSchema,
]);

export type EntityRecord = z.infer<typeof EntityRecordSchema>;
export type ReferenceRecord = z.infer<typeof ReferenceRecordSchema>;
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
export type PredicateRecord = z.infer<typeof PredicateRecordSchema>;
export type RelationRecord = z.infer<typeof RelationRecordSchema>;
export type ImportRecord = z.infer<typeof ImportRecordSchema>;
