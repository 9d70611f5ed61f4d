import type { Context } from "hono";
import { problem } from "./problem";

/** A broken rule, with the body field it concerns. */
export interface Violation {
  field: string;
  rule: string;
  message: string;
}

/** The outcome of a write that may be refused. */
export type WriteOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "violations"; violations: Violation[] }
  | { ok: false; reason: "conflict"; detail: string }
  | { ok: false; reason: "stale" };

export const refused = {
  violations: (violations: Violation[]) => ({ ok: false as const, reason: "violations" as const, violations }),
  conflict: (detail: string) => ({ ok: false as const, reason: "conflict" as const, detail }),
  stale: () => ({ ok: false as const, reason: "stale" as const }),
};

/** 422: the body breaks rules; each error names the field and the rule. */
export function ruleViolation(c: Context, violations: Violation[]) {
  return problem(c, {
    status: 422,
    type: "rule-violation",
    title: "Rule violated",
    detail: violations.map((v) => `${v.field}: ${v.message}`).join("; "),
    errors: violations.map((v) => ({ location: "body", field: v.field, rule: v.rule, message: v.message })),
  });
}

/** 409: the write conflicts with what is stored. */
export function conflict(c: Context, detail: string) {
  return problem(c, { status: 409, type: "conflict", title: "Conflict", detail });
}

/** A slug made of the first words of `text`, for generated ids. */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).slice(0, maxWords).join("-").slice(0, 80).replace(/-+$/, "") || "item";
}
