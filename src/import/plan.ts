import { eq } from "drizzle-orm";
import { changeStatement } from "../db/changes";
import { chunked, type Db, type WriteStatement } from "../db/client";
import { type ClaimRow, citations, claims, entities, entityAliases, type ReferenceRow, references } from "../db/schema";
import { confidenceViolation, tallyStances } from "../domain/confidence";
import { retractionComplete, spanFitsQuote } from "../domain/evidence";
import { RULE_OF_FIELD } from "../lib/rules";
import { toClaim } from "../routes/claims/claims.queries";
import { getEntity, nameKey } from "../routes/entities/entities.queries";
import { newReferenceRow } from "../routes/references/references.mutations";
import { toReference } from "../routes/references/references.queries";
import { type ClaimRecord, type EntityRecord, ImportRecordSchema, type ReferenceRecord } from "./records";

/** A problem with one line of an import. */
export interface ImportError {
  line: number;
  field: string;
  rule: string;
  message: string;
}

export interface ImportCounts {
  entities: number;
  references: number;
  claims: number;
}

/** What an import would do: its errors, or the statements that write it and what they create. */
export interface ImportPlan {
  errors: ImportError[];
  created: ImportCounts;
  /** Records already stored exactly as given, skipped. */
  unchanged: ImportCounts;
  /**
   * The writes, in dependency order (entities, references, claims, citations), one group per record,
   * each built when it is called: a large import then holds its rows until the write, not thousands of
   * query builders.
   */
  groups: (() => WriteStatement[])[];
}

type Lined<T> = { line: number; record: T };

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Plans an import of NDJSON `lines` against the stored data: every line is parsed and checked by the
 * same rules as the write API (schema, identifier syntax and uniqueness, unique aliases, existing
 * entities and references, the confidence table). Records may refer to records anywhere in the same
 * import. A record already stored identically is skipped; one stored differently is an error.
 */
export async function planImport(
  db: Db,
  lines: string[],
  options: { actor: string; now: string },
): Promise<ImportPlan> {
  const errors: ImportError[] = [];
  const fail = (line: number, field: string, rule: string, message: string) =>
    errors.push({ line, field, rule, message });
  const ents: Lined<EntityRecord>[] = [];
  const refs: Lined<ReferenceRecord>[] = [];
  const claimRecords: Lined<ClaimRecord>[] = [];

  lines.forEach((text, index) => {
    const line = index + 1;
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      fail(line, "(line)", "json", "not a JSON object");
      return;
    }
    const parsed = ImportRecordSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const last = [...issue.path].reverse().find((part) => typeof part === "string");
        const rule = (typeof last === "string" && RULE_OF_FIELD[last]) || "schema";
        fail(line, issue.path.map(String).join(".") || "(root)", rule, issue.message);
      }
      return;
    }
    const record = parsed.data;
    if (record.record === "entity") ents.push({ line, record });
    else if (record.record === "reference") refs.push({ line, record });
    else claimRecords.push({ line, record });
  });

  const created: ImportCounts = { entities: 0, references: 0, claims: 0 };
  const unchanged: ImportCounts = { entities: 0, references: 0, claims: 0 };
  const groups: (() => WriteStatement[])[] = [];
  const stamp = { revision: 1, createdAt: options.now, updatedAt: options.now };
  const change = (resourceType: "entity" | "reference" | "claim", resourceId: string, after: unknown) =>
    changeStatement(db, {
      resourceType,
      resourceId,
      revision: 1,
      action: "import",
      actor: options.actor,
      after,
      at: options.now,
    });

  // Entities: new ids, and names that identify one entity across the store and the import.
  const entityIds = new Set<string>();
  const nameOwner = new Map<string, string>();
  for (const { line, record } of ents) {
    if (entityIds.has(record.id)) {
      fail(line, "id", "unique-identifier", `entity '${record.id}' appears twice in the import`);
      continue;
    }
    entityIds.add(record.id);
    const aliases = record.aliases ?? [];
    const stored = await getEntity(db, record.id);
    if (stored) {
      const same = sameJson(
        [stored.label, stored.kind, stored.description, stored.aliases],
        [record.label, record.kind, record.description ?? null, aliases],
      );
      if (same) unchanged.entities += 1;
      else
        fail(line, "id", "unique-identifier", `entity '${record.id}' exists with other content: change it with PATCH`);
      continue;
    }
    let clash = false;
    for (const [index, alias] of aliases.entries()) {
      const key = nameKey(alias);
      const [owner] = await db.select().from(entityAliases).where(eq(entityAliases.key, key)).limit(1);
      const other = owner?.entityId ?? nameOwner.get(key);
      if (other && other !== record.id) {
        fail(line, `aliases.${index}`, "unique-alias", `'${alias}' already names entity '${other}'`);
        clash = true;
      }
      nameOwner.set(key, record.id);
    }
    if (clash) continue;
    const row = {
      id: record.id,
      label: record.label,
      kind: record.kind,
      description: record.description ?? null,
      ...stamp,
    };
    created.entities += 1;
    groups.push(() => [
      db.insert(entities).values(row),
      ...chunked(
        aliases.map((alias, position) => ({ entityId: row.id, alias, key: nameKey(alias), position })),
        (rows) => db.insert(entityAliases).values(rows),
      ),
      change("entity", row.id, { ...row, aliases }),
    ]);
  }

  // References: new ids and identifiers, unique across the store and the import.
  const referenceIds = new Set<string>();
  const identifierOwner = new Map<string, string>();
  for (const { line, record } of refs) {
    const { record: _tag, retracted, retractedAt, retractionNotice, ...input } = record;
    const row: ReferenceRow = {
      ...newReferenceRow(record.id, input, options.now),
      retracted: retracted ?? false,
      retractedAt: retractedAt ?? null,
      retractionNotice: retractionNotice ?? null,
    };
    if (referenceIds.has(row.id)) {
      fail(line, "id", "unique-identifier", `reference '${row.id}' appears twice in the import`);
      continue;
    }
    referenceIds.add(row.id);
    const [stored] = await db.select().from(references).where(eq(references.id, row.id)).limit(1);
    if (stored) {
      const strip = (r: ReferenceRow) => ({ ...toReference(r), revision: 0, createdAt: "", updatedAt: "" });
      if (sameJson(strip(stored), strip(row))) unchanged.references += 1;
      else
        fail(line, "id", "unique-identifier", `reference '${row.id}' exists with other content: change it with PATCH`);
      continue;
    }
    let clash = false;
    for (const field of ["doi", "pmid", "pmcid"] as const) {
      const value = row[field];
      if (!value) continue;
      const [owner] = await db
        .select({ id: references.id })
        .from(references)
        .where(eq(references[field], value))
        .limit(1);
      const other = owner?.id ?? identifierOwner.get(`${field}:${value}`);
      if (other) {
        fail(line, field, "unique-identifier", `${field} ${value} already belongs to reference '${other}'`);
        clash = true;
      }
      identifierOwner.set(`${field}:${value}`, row.id);
    }
    if (!retractionComplete(row)) {
      fail(
        line,
        "retractedAt",
        "retraction-needs-date-and-notice",
        "a retracted reference needs retractedAt and retractionNotice",
      );
      clash = true;
    }
    if (clash) continue;
    created.references += 1;
    groups.push(() => [db.insert(references).values(row), change("reference", row.id, toReference(row))]);
  }

  // Claims: existing entities and references (stored or imported), and the confidence rules.
  const claimIds = new Set(claimRecords.map(({ record }) => record.id));
  const entityExists = async (id: string) => entityIds.has(id) || (await getEntity(db, id)) !== null;
  const referenceRetracted = new Map(refs.map(({ record }) => [record.id, record.retracted ?? false]));
  const seenClaims = new Set<string>();
  for (const { line, record } of claimRecords) {
    if (seenClaims.has(record.id)) {
      fail(line, "id", "unique-identifier", `claim '${record.id}' appears twice in the import`);
      continue;
    }
    seenClaims.add(record.id);
    const before = errors.length;
    for (const field of ["subject", "object"] as const) {
      if (!(await entityExists(record[field]))) fail(line, field, "existing-entity", `no entity '${record[field]}'`);
    }
    const cited = new Set<string>();
    for (const [index, citation] of record.citations.entries()) {
      const known =
        referenceIds.has(citation.referenceId) ||
        (
          await db
            .select({ id: references.id })
            .from(references)
            .where(eq(references.id, citation.referenceId))
            .limit(1)
        ).length > 0;
      if (!known)
        fail(line, `citations.${index}.referenceId`, "existing-reference", `no reference '${citation.referenceId}'`);
      if (cited.has(citation.referenceId)) {
        fail(
          line,
          `citations.${index}.referenceId`,
          "one-citation-per-reference",
          `the claim already cites '${citation.referenceId}'`,
        );
      }
      cited.add(citation.referenceId);
      if (!spanFitsQuote(citation.quote, citation.span)) {
        fail(
          line,
          `citations.${index}.span`,
          "span-matches-quote",
          "a span needs a quote, and end - start must equal the quote's length",
        );
      }
    }
    const broken = confidenceViolation(record.confidence, tallyStances(record.citations));
    if (broken) fail(line, "confidence", "confidence-rule", broken);
    const status = record.status ?? "published";
    if (status === "deprecated" && !record.replacedBy) {
      fail(line, "replacedBy", "deprecated-needs-replacement", "a deprecated claim names the claim that replaces it");
    }
    if (record.replacedBy && !claimIds.has(record.replacedBy)) {
      const [replacement] = await db
        .select({ id: claims.id })
        .from(claims)
        .where(eq(claims.id, record.replacedBy))
        .limit(1);
      if (!replacement) fail(line, "replacedBy", "existing-claim", `no claim '${record.replacedBy}'`);
    }
    if (errors.length > before) continue;
    const row: Omit<ClaimRow, "seq"> = {
      id: record.id,
      statement: record.statement,
      subjectId: record.subject,
      predicate: record.predicate,
      objectId: record.object,
      context: record.context ?? null,
      confidence: record.confidence,
      status,
      replacedBy: record.replacedBy ?? null,
      ...stamp,
    };
    const citationRows = record.citations.map((citation, position) => ({
      claimId: row.id,
      referenceId: citation.referenceId,
      stance: citation.stance,
      locator: citation.locator ?? null,
      quote: citation.quote ?? null,
      spanStart: citation.span?.start ?? null,
      spanEnd: citation.span?.end ?? null,
      note: citation.note ?? null,
      position,
      createdAt: options.now,
    }));
    const [stored] = await db.select().from(claims).where(eq(claims.id, record.id)).limit(1);
    if (stored) {
      const storedCitations = await db
        .select()
        .from(citations)
        .where(eq(citations.claimId, record.id))
        .orderBy(citations.position);
      const shape = (r: Omit<ClaimRow, "seq">, cs: typeof citationRows) => [
        r.statement,
        r.subjectId,
        r.predicate,
        r.objectId,
        r.context,
        r.confidence,
        r.status,
        r.replacedBy,
        cs.map((c) => [c.referenceId, c.stance, c.locator, c.quote, c.spanStart, c.spanEnd, c.note]),
      ];
      if (sameJson(shape(stored, storedCitations), shape(row, citationRows))) unchanged.claims += 1;
      else
        fail(line, "id", "unique-identifier", `claim '${record.id}' exists with other content: change it with PATCH`);
      continue;
    }
    created.claims += 1;
    groups.push(() => [
      db.insert(claims).values(row),
      ...chunked(citationRows, (rows) => db.insert(citations).values(rows)),
      change(
        "claim",
        row.id,
        toClaim(
          { seq: 0, ...row },
          citationRows.map((c) => ({ ...c, retracted: referenceRetracted.get(c.referenceId) ?? false })),
        ),
      ),
    ]);
  }

  errors.sort((a, b) => a.line - b.line);
  return { errors, created, unchanged, groups };
}
