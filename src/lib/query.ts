import { z } from "@hono/zod-openapi";

/**
 * A query parameter holding one or more values of `values`, comma-separated (`a,b`) or repeated
 * (`x=a&x=b`); documented as an exploded-or-not form array.
 */
export function enumListQuery<const T extends readonly [string, ...string[]]>(
  values: T,
  options: { name: string; description: string; example?: T[number][] },
) {
  return z
    .preprocess(
      (raw) => (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : raw),
      z.array(z.string()).transform((parts) => parts.flatMap((part) => part.split(",")).map((part) => part.trim())),
    )
    .pipe(
      z
        .array(z.enum(values))
        .min(1)
        .max(values.length * 2),
    )
    .optional()
    .openapi({
      param: { name: options.name, in: "query", style: "form", explode: false },
      description: options.description,
      ...(options.example ? { example: options.example } : {}),
      items: { type: "string", enum: [...values] },
    });
}
