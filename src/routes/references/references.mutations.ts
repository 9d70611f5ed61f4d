import { and, eq, ne, or } from "drizzle-orm";
import { changeStatement } from "../../db/changes";
import type { Db, WriteStatement } from "../../db/client";
import { type ReferenceRow, references } from "../../db/schema";
import { retractionComplete } from "../../domain/evidence";
import { tierViolations } from "../../domain/tiers";
import { slugify, type Violation } from "../../lib/violations";
import { toReference } from "./references.queries";
import type { ReferenceInput, ReferencePatch } from "./references.schemas";

/** Identifier fields that must be unique across references. */
const UNIQUE_IDENTIFIERS = ["doi", "pmid", "pmcid"] as const;

/** Normalises identifiers as stored: DOIs lower-case (they are case-insensitive). */
export function normaliseIdentifiers<T extends { doi?: string | null }>(input: T): T {
  return input.doi ? { ...input, doi: input.doi.toLowerCase() } : input;
}

/**
 * The stored reference that already has one of `input`'s unique identifiers (other than `exceptId`),
 * with the identifier that matched.
 */
export async function findByIdentifier(
  db: Db,
  input: Partial<Record<(typeof UNIQUE_IDENTIFIERS)[number], string | null>>,
  exceptId?: string,
): Promise<{ row: ReferenceRow; field: (typeof UNIQUE_IDENTIFIERS)[number] } | null> {
  const conditions = UNIQUE_IDENTIFIERS.flatMap((field) => {
    const value = input[field];
    return value ? [eq(references[field], value)] : [];
  });
  if (conditions.length === 0) return null;
  const [row] = await db
    .select()
    .from(references)
    .where(and(or(...conditions), exceptId ? ne(references.id, exceptId) : undefined))
    .limit(1);
  if (!row) return null;
  const field = UNIQUE_IDENTIFIERS.find((f) => input[f] && row[f] === input[f]) ?? "doi";
  return { row, field };
}

/** A free id: `wanted`, else `wanted-2`, `wanted-3`… (also avoiding ids taken earlier in the same write). */
export async function freeReferenceId(db: Db, wanted: string, taken: Set<string> = new Set()): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    if (taken.has(candidate)) continue;
    const [row] = await db.select({ id: references.id }).from(references).where(eq(references.id, candidate)).limit(1);
    if (!row) return candidate;
  }
  return `${wanted}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The id a new reference gets when none is given: first author's family name and year (`wagstaff2001`). */
export function suggestedReferenceId(input: ReferenceInput): string {
  const family = input.authors?.[0]?.split(/\s+/)[0];
  const year = input.issued?.slice(0, 4) ?? "";
  if (family) return slugify(`${family}${year}`, 1);
  if (input.doi) return slugify(`doi ${input.doi}`, 12);
  if (input.pmid) return `pmid-${input.pmid}`;
  return slugify(input.title ?? "reference", 6);
}

/** The row of a new reference: the given fields, everything else null. */
export function newReferenceRow(id: string, input: ReferenceInput, now: string): ReferenceRow {
  const known = normaliseIdentifiers(input);
  return {
    id,
    type: known.type,
    title: known.title ?? null,
    authors: known.authors ?? [],
    issued: known.issued ?? null,
    containerTitle: known.containerTitle ?? null,
    volume: known.volume ?? null,
    issue: known.issue ?? null,
    pages: known.pages ?? null,
    doi: known.doi ?? null,
    pmid: known.pmid ?? null,
    pmcid: known.pmcid ?? null,
    isbn: known.isbn ?? null,
    patentNumber: known.patentNumber ?? null,
    url: known.url ?? null,
    note: known.note ?? null,
    tier: known.tier ?? null,
    design: known.design ?? null,
    seenAt: known.seenAt ?? [],
    retracted: false,
    retractedAt: null,
    retractionNotice: null,
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The statements that insert a new reference and log its creation. */
export function insertReferenceStatements(
  db: Db,
  row: ReferenceRow,
  actor: string,
  action = "create",
): WriteStatement[] {
  return [
    db.insert(references).values(row),
    changeStatement(db, {
      resourceType: "reference",
      resourceId: row.id,
      revision: 1,
      action,
      actor,
      after: toReference(row),
      at: row.createdAt,
    }),
  ];
}

/** Checks a reference that is about to be stored: identifiers unique, retraction complete, tier and design. */
export async function referenceViolations(db: Db, row: ReferenceRow, field = ""): Promise<Violation[]> {
  const violations: Violation[] = [];
  const clash = await findByIdentifier(db, row, row.id);
  if (clash) {
    violations.push({
      field: `${field}${clash.field}`,
      rule: "unique-identifier",
      message: `${clash.field} ${row[clash.field]} already belongs to reference '${clash.row.id}'`,
    });
  }
  if (!retractionComplete(row)) {
    violations.push({
      field: `${field}${row.retractedAt ? "retractionNotice" : "retractedAt"}`,
      rule: "retraction-needs-date-and-notice",
      message: "a retracted reference needs retractedAt and retractionNotice",
    });
  }
  for (const violation of tierViolations(row)) violations.push({ ...violation, field: `${field}${violation.field}` });
  return violations;
}

/** The row after a JSON merge patch (RFC 7396): present fields replace, null clears. */
export function patchedReference(row: ReferenceRow, patch: ReferencePatch, now: string): ReferenceRow {
  const known = normaliseIdentifiers(patch);
  const next = { ...row, updatedAt: now, revision: row.revision + 1 } as Record<string, unknown>;
  for (const [key, value] of Object.entries(known)) {
    if (value === undefined) continue;
    next[key] = value === null && (key === "authors" || key === "seenAt") ? [] : value;
  }
  if (next.retracted === false) {
    next.retractedAt = null;
    next.retractionNotice = null;
  }
  return next as ReferenceRow;
}
