import { z } from "@hono/zod-openapi";
import { ENTITY_KIND } from "../../db/schema";

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
