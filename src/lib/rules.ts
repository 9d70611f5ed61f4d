import { z } from "@hono/zod-openapi";
import { codePointName, controlCharacter, loneSurrogate } from "./text";

/** Syntax rules for identifiers, shared by the schemas, the import and the seed tests. */
export const SLUG = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
/** DOI: directory indicator `10.`, a registrant code, `/`, a suffix (DOI Handbook §2.2). */
export const DOI = /^10\.\d{4,9}\/\S+$/;
export const PMID = /^[1-9]\d{0,8}$/;
export const PMCID = /^PMC\d{1,9}$/;
export const ISBN = /^(?:\d[\d-]{8,15}[\dX])$/;
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The rule each body field's schema enforces, named in 422 problems. */
export const RULE_OF_FIELD: Record<string, string> = {
  doi: "doi-syntax",
  pmid: "pmid-syntax",
  pmcid: "pmcid-syntax",
  isbn: "isbn-syntax",
  url: "url-syntax",
  stance: "stance-vocabulary",
  confidence: "confidence-vocabulary",
  status: "status-vocabulary",
  kind: "kind-vocabulary",
  type: "type-vocabulary",
  id: "id-syntax",
  predicate: "predicate-syntax",
  issued: "date-syntax",
  retractedAt: "date-syntax",
};

export const slugSchema = (example: string) =>
  z.string().min(1).max(128).regex(SLUG, "must be a lower-case slug: letters, digits, '-' or '.'").openapi({ example });

/** The rule a string breaks as text (see src/lib/text.ts), as a zod refinement's issue. */
function textRule(multiline: boolean) {
  return (value: string, context: z.core.$RefinementCtx<string>) => {
    const surrogate = loneSurrogate(value);
    const control = surrogate ? null : controlCharacter(value, { multiline });
    if (surrogate)
      context.addIssue({
        code: "custom",
        message: `holds a lone surrogate (${codePointName(surrogate)}): not Unicode text`,
        params: { rule: "unicode" },
      });
    else if (control)
      context.addIssue({
        code: "custom",
        message: multiline
          ? `holds the control character ${codePointName(control)}`
          : `must be one line: holds the control character ${codePointName(control)}`,
        params: { rule: multiline ? "control-character" : "single-line" },
      });
  };
}

/** One line of text: trimmed, no control characters (no tab or newline either). */
export const text = (max: number) => z.string().trim().min(1).max(max).superRefine(textRule(false));

/** Text that may run over several lines: tab and newline allowed, no other control character. */
export const prose = (max: number) => z.string().trim().min(1).max(max).superRefine(textRule(true));

/** The rule a zod issue names: its own (a text rule), else the one its field enforces, else `schema`. */
export function ruleOfIssue(issue: { path: PropertyKey[]; params?: unknown }): string {
  const own = (issue.params as { rule?: unknown } | undefined)?.rule;
  if (typeof own === "string") return own;
  const last = [...issue.path].reverse().find((part) => typeof part === "string");
  return (typeof last === "string" && RULE_OF_FIELD[last]) || "schema";
}
