import { z } from "@hono/zod-openapi";
import { ENTITY_KIND } from "../../db/schema";
import { prose, slugSchema, text } from "../../lib/rules";

export const EntitySchema = z
  .object({
    id: z.string().openapi({ description: "Stable slug.", example: "tianeptine" }),
    label: z.string().openapi({ example: "Tianeptine" }),
    kind: z.enum(ENTITY_KIND).openapi({ example: "drug" }),
    description: z.string().nullable().openapi({ example: "An atypical antidepressant; the only known SSRE." }),
    aliases: z.array(z.string()).openapi({
      description: "Other names (brand names, abbreviations); each names exactly one entity.",
      example: ["Stablon", "Coaxil", "Tatinol"],
    }),
    revision: z.number().int().openapi({ example: 1 }),
    createdAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
    updatedAt: z.string().openapi({ example: "2026-11-27T00:00:00.000Z" }),
  })
  .openapi("Entity", { description: "What claims are about: a drug, a receptor, a condition…" });

export type Entity = z.infer<typeof EntitySchema>;

const aliasesSchema = z
  .array(text(200))
  .max(50)
  .openapi({ description: "Other names; each must name no other entity.", example: ["Stablon", "Coaxil", "Tatinol"] });

export const EntityInputSchema = z
  .strictObject({
    id: slugSchema("tianeptine"),
    label: text(200),
    kind: z.enum(ENTITY_KIND),
    description: prose(2000).nullable().optional(),
    aliases: aliasesSchema.optional(),
  })
  .openapi("EntityInput", {
    description: "A new entity.",
    example: { id: "agomelatine", label: "Agomelatine", kind: "drug", aliases: ["Valdoxan"] },
  });

export const EntityPatchSchema = z
  .strictObject({
    label: text(200).optional(),
    kind: z.enum(ENTITY_KIND).optional(),
    description: prose(2000).nullable().optional(),
    aliases: aliasesSchema.optional(),
  })
  .openapi("EntityPatch", {
    description: "A JSON merge patch (RFC 7396) of an entity; `aliases` replaces the whole list.",
    example: { aliases: ["Stablon", "Coaxil", "Tatinol"] },
  });

export type EntityInput = z.infer<typeof EntityInputSchema>;
export type EntityPatch = z.infer<typeof EntityPatchSchema>;
